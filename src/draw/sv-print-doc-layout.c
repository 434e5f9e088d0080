/* sv-print-doc-layout.c: placing the rows of a document on pages.
 *
 * A row goes whole onto the page when it fits. Paragraphs, and table rows
 * taller than a page, break between lines — at least two lines on the
 * page they start on, else they start on the next. Other table rows move
 * whole to the next page, which starts with the table's header row again.
 * A heading (and a table header) needs room for the start of what follows
 * it, so it never ends a page alone. A block that fits on a page but not
 * below the current position starts a new page.
 */
#include "config.h"

#include <string.h>

#include "sv-print-doc-private.h"

#define HEADER_GAP 10.0   /* between the header rule and the body */
#define FOOTER_GAP 10.0
#define MIN_LINES  2      /* lines a paragraph must have on its first page */
#define KEEP_DEPTH 3      /* heading → table header → first row */
#define EPSILON    0.01

double
sv_print_doc_body_top (SvPrintDoc *self)
{
  return self->geometry.margin_top + self->header_height + HEADER_GAP;
}

double
sv_print_doc_body_bottom (SvPrintDoc *self)
{
  return self->geometry.height - self->geometry.margin_bottom - self->footer_height - FOOTER_GAP;
}

void
sv_print_page_free (Page *page)
{
  for (guint i = 0; i < page->placements->len; i++)
    {
      Placement *p = page->placements->pdata[i];

      g_free (p->first);
      g_free (p->end);
      g_free (p);
    }
  g_ptr_array_unref (page->placements);
  g_free (page);
}

static guint
n_cells (const Row *row)
{
  return row->cells != NULL ? row->cells->len : 0;
}

static double
full_height (const Row *row)
{
  return row->pad_top + row->content_height + row->pad_bottom;
}

/* The least of @row that may start a page: a paragraph's first lines, a
 * row that may not break whole. */
static double
min_height (const Row *row)
{
  double lines = 0;

  if (row->kind != ROW_TEXT || !row->splittable)
    return full_height (row);
  for (guint c = 0; c < n_cells (row); c++)
    {
      const Cell *cell = row->cells->pdata[c];

      if (cell->n_lines > 0)
        lines = MAX (lines, cell->bottom[MIN (MIN_LINES, cell->n_lines) - 1]);
    }
  return row->pad_top + lines + row->pad_bottom;
}

/* What must fit below the current position before row @i is placed. */
static double
needed (SvPrintDoc *self,
        guint       i,
        gboolean    at_top,
        guint       depth)
{
  const Row *row = self->rows->pdata[i];
  double need = (at_top ? 0 : row->space_before) + (depth == 0 ? full_height (row) : min_height (row));

  if (row->keep_with_next && i + 1 < self->rows->len && depth < KEEP_DEPTH)
    need += needed (self, i + 1, FALSE, depth + 1);
  return need;
}

typedef struct {
  SvPrintDoc *doc;
  Page       *page;
  double      y;
  gboolean    at_top;     /* nothing but a repeated header on the page yet */
} Cursor;

static void
start_page (Cursor *cur)
{
  cur->page = g_new0 (Page, 1);
  cur->page->placements = g_ptr_array_new ();
  g_ptr_array_add (cur->doc->pages, cur->page);
  cur->y = sv_print_doc_body_top (cur->doc);
  cur->at_top = TRUE;
}

static Placement *
place (Cursor *cur,
       Row    *row,
       double  height,
       double  from)
{
  Placement *p = g_new0 (Placement, 1);

  p->row = row;
  p->y = cur->y;
  p->height = height;
  p->from = from;
  p->first = g_new0 (guint, MAX (n_cells (row), 1));
  p->end = g_new0 (guint, MAX (n_cells (row), 1));
  for (guint c = 0; c < n_cells (row); c++)
    p->end[c] = ((Cell *) row->cells->pdata[c])->n_lines;
  g_ptr_array_add (cur->page->placements, p);
  cur->y += height;
  return p;
}

/* A new page; in the middle of a table it starts with the header row. */
static void
next_page (Cursor *cur,
           Row    *row)
{
  start_page (cur);
  if (row->header != NULL && row->header != row)
    place (cur, row->header, full_height (row->header), 0);
}

/* The lines of each cell from @next on that end within @room below
 * @from; fills @end and returns the height they take. */
static double
fit_lines (const Row   *row,
           const guint *next,
           double       from,
           double       room,
           guint       *end)
{
  double used = 0;

  for (guint c = 0; c < n_cells (row); c++)
    {
      const Cell *cell = row->cells->pdata[c];
      guint k = next[c];

      while (k < cell->n_lines && cell->bottom[k] - from <= room + EPSILON)
        k++;
      end[c] = k;
      if (k > next[c])
        used = MAX (used, cell->bottom[k - 1] - from);
    }
  return used;
}

static guint
count_lines (const Row   *row,
             const guint *first,
             const guint *end)
{
  guint n = 0;

  for (guint c = 0; c < n_cells (row); c++)
    n = MAX (n, end[c] - first[c]);
  return n;
}

/* Places @row part by part from the cursor on, breaking between lines;
 * the first part needs @min_first lines or it starts on the next page. */
static void
place_split (Cursor *cur,
             Row    *row,
             guint   min_first)
{
  guint n = n_cells (row);
  g_autofree guint *next = g_new0 (guint, n);
  g_autofree guint *end = g_new0 (guint, n);
  double from = 0, bottom = sv_print_doc_body_bottom (cur->doc);
  gboolean first_part = TRUE;

  for (;;)
    {
      double room = bottom - cur->y - row->pad_top - row->pad_bottom;
      double used = fit_lines (row, next, from, room, end);
      guint drawn = count_lines (row, next, end);
      gboolean done = TRUE;
      Placement *p;

      if (drawn == 0 && cur->at_top)
        {
          /* Not one line fits on an empty page: take one anyway rather
           * than loop for ever (it is drawn clipped by the paper). */
          for (guint c = 0; c < n; c++)
            if (next[c] < ((Cell *) row->cells->pdata[c])->n_lines)
              {
                end[c] = next[c] + 1;
                used = MAX (used, ((Cell *) row->cells->pdata[c])->bottom[next[c]] - from);
                break;
              }
          drawn = 1;
        }
      if (drawn == 0 || (first_part && drawn < min_first && !cur->at_top))
        {
          next_page (cur, row);
          continue;
        }

      p = place (cur, row, row->pad_top + used + row->pad_bottom, from);
      memcpy (p->first, next, n * sizeof (guint));
      memcpy (p->end, end, n * sizeof (guint));
      cur->at_top = FALSE;
      first_part = FALSE;

      /* The next part starts at the highest line not yet drawn. */
      from = G_MAXDOUBLE;
      for (guint c = 0; c < n; c++)
        {
          const Cell *cell = row->cells->pdata[c];

          next[c] = end[c];
          if (next[c] < cell->n_lines)
            {
              from = MIN (from, cell->top[next[c]]);
              done = FALSE;
            }
        }
      if (done)
        return;
      next_page (cur, row);
    }
}

guint
sv_print_doc_paginate (SvPrintDoc *self)
{
  Cursor cur = { self, NULL, 0, TRUE };
  double body_height;

  g_return_val_if_fail (self != NULL, 0);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_print_page_free);
  sv_print_doc_measure_frame (self);
  body_height = sv_print_doc_body_bottom (self) - sv_print_doc_body_top (self);
  start_page (&cur);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = self->rows->pdata[i];
      double space = cur.at_top ? 0 : row->space_before;
      double avail = sv_print_doc_body_bottom (self) - cur.y;
      gboolean tall = full_height (row) > body_height;

      if (row->block_height > 0 && !cur.at_top && space + row->block_height > avail + EPSILON &&
          row->block_height <= body_height)
        {
          next_page (&cur, row);
          space = 0;
          avail = sv_print_doc_body_bottom (self) - cur.y;
        }

      if (needed (self, i, cur.at_top, 0) <= avail + EPSILON)
        {
          cur.y += space;
          place (&cur, row, full_height (row), 0);
          cur.at_top = FALSE;
          continue;
        }
      /* It does not fit whole (with what it keeps with). A paragraph
       * fills the page and goes on; a row that fits a page moves there. */
      if (row->kind == ROW_TEXT && (row->splittable || tall) && !row->keep_with_next &&
          space + min_height (row) <= avail + EPSILON)
        {
          cur.y += space;
          place_split (&cur, row, MIN_LINES);
          continue;
        }
      if (!cur.at_top)
        next_page (&cur, row);
      if (row->kind == ROW_TEXT && tall)
        place_split (&cur, row, 1);
      else
        {
          /* Whole on the new page, even a drawing taller than the page. */
          place (&cur, row, full_height (row), 0);
          cur.at_top = FALSE;
        }
    }
  return self->pages->len;
}

guint
sv_print_doc_get_n_pages (SvPrintDoc *self)
{
  g_return_val_if_fail (self != NULL, 0);
  if (self->pages == NULL)
    sv_print_doc_paginate (self);
  return self->pages->len;
}
