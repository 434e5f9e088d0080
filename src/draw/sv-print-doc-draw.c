/* sv-print-doc-draw.c: drawing one page of a paginated document — the
 * header and footer every page has, then the rows placed on it. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sv-print-doc-private.h"

#define RULE_WIDTH   0.6
#define GRID_WIDTH   0.5
#define GRID_GRAY    0.55
#define SHADE_GRAY   0.90
#define RULE_GAP     3.0

static void
record (SvPrintDoc *self,
        double      x,
        double      y,
        double      width,
        double      height)
{
  SvPrintBox box = { x, y, width, height };

  if (self->record_boxes)
    g_array_append_val (self->boxes, box);
}

static void
set_gray (cairo_t *cr,
          double   gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
}

static void
hline (SvPrintDoc *self,
       cairo_t    *cr,
       double      x0,
       double      x1,
       double      y,
       double      width,
       double      gray)
{
  set_gray (cr, gray);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
  record (self, x0, y - width / 2, x1 - x0, width);
}

/* Draws lines [first, end) of @cell with the top of line @first at @top,
 * shifted so that content offset @from lands on @top. */
static void
draw_lines (SvPrintDoc *self,
            cairo_t    *cr,
            const Cell *cell,
            double      left,
            double      top,
            double      from,
            guint       first,
            guint       end,
            double      gray)
{
  set_gray (cr, gray);
  for (guint k = first; k < end; k++)
    {
      double x = left + cell->x + cell->line_x[k];
      double y = top + cell->top[k] - from;

      cairo_move_to (cr, x, top + cell->baseline[k] - from);
      pango_cairo_show_layout_line (cr, cell->lines[k]);
      if (cell->line_width[k] > 0)
        record (self, x, y, cell->line_width[k], cell->bottom[k] - cell->top[k]);
    }
}

static void
draw_placement (SvPrintDoc      *self,
                cairo_t         *cr,
                const Placement *p)
{
  const Row *row = p->row;
  double left = self->geometry.margin_left;

  if (row->kind == ROW_DRAWING)
    {
      cairo_save (cr);
      cairo_translate (cr, left, p->y + row->pad_top);
      row->draw (cr, self->context, self->body_width, row->content_height, row->draw_data);
      cairo_restore (cr);
      record (self, left, p->y + row->pad_top, self->body_width, row->content_height);
      return;
    }

  if (row->shaded)
    {
      set_gray (cr, SHADE_GRAY);
      cairo_rectangle (cr, left, p->y, self->body_width, p->height);
      cairo_fill (cr);
      record (self, left, p->y, self->body_width, p->height);
    }
  for (guint c = 0; c < row->cells->len; c++)
    {
      const Cell *cell = row->cells->pdata[c];

      draw_lines (self, cr, cell, left, p->y + row->pad_top, p->from, p->first[c], p->end[c],
                  sv_print_doc_gray (cell->style));
    }
  if (row->grid)
    {
      /* Lines of half a point inside the body: each part of a row on a
       * page is closed above and below. */
      set_gray (cr, GRID_GRAY);
      cairo_set_line_width (cr, GRID_WIDTH);
      cairo_rectangle (cr, left + GRID_WIDTH / 2, p->y + GRID_WIDTH / 2,
                       self->body_width - GRID_WIDTH, p->height - GRID_WIDTH);
      for (guint c = 1; c < row->cells->len; c++)
        {
          cairo_move_to (cr, left + row->column_x[c], p->y);
          cairo_line_to (cr, left + row->column_x[c], p->y + p->height);
        }
      cairo_stroke (cr);
      record (self, left, p->y, self->body_width, p->height);
    }
  if (row->rule_below)
    hline (self, cr, left, left + self->body_width, p->y + p->height - RULE_WIDTH, RULE_WIDTH, 0.25);
}

/* ------------------------------------------------------------------------
 * Header and footer
 * ------------------------------------------------------------------------ */

/* Left the case, in the middle the word "confidential" at its natural
 * width (never broken), right who printed when, the longest of the three.
 * The sides share what the middle leaves. */
static Cell *
header_cell (SvPrintDoc *self,
             guint       i)
{
  static const PangoAlignment align[3] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };
  static const double gap = 8;
  Cell *probe = sv_print_cell_new (self, self->header[1], STYLE_PAGE_HEADER_STRONG, 0, G_MAXINT / PANGO_SCALE / 2,
                                   PANGO_ALIGN_LEFT);
  double middle = MIN (probe->line_width[0], self->body_width / 2);
  double sides = MAX (self->body_width - middle - 2 * gap, 2);
  double left = sides * 0.4;

  sv_print_cell_free (probe);
  if (i == 0)
    return sv_print_cell_new (self, self->header[0], STYLE_PAGE_HEADER, 0, left, align[0]);
  if (i == 1)
    return sv_print_cell_new (self, self->header[1], STYLE_PAGE_HEADER_STRONG, left + gap, middle + 0.5,
                              align[1]);
  return sv_print_cell_new (self, self->header[2], STYLE_PAGE_HEADER, left + middle + 2 * gap, sides - left,
                            align[2]);
}

static char *
footer_text (guint page,
             guint n_pages)
{
  /* TRANSLATORS: the footer of every printed page: "page 2 of 5" */
  return g_strdup_printf (_("page %u of %u"), page, n_pages);
}

/* The heights the header and the footer take, for the body between. The
 * footer is measured with the widest page numbers it will show. */
void
sv_print_doc_measure_frame (SvPrintDoc *self)
{
  double header = 0;
  g_autofree char *footer = footer_text (9999, 9999);
  Cell *note, *number;

  for (guint i = 0; i < 3; i++)
    {
      Cell *cell = header_cell (self, i);

      header = MAX (header, cell->bottom[cell->n_lines - 1]);
      sv_print_cell_free (cell);
    }
  self->header_height = header + RULE_GAP + RULE_WIDTH;

  note = sv_print_cell_new (self, self->footer_note, STYLE_FOOTER, 0, self->body_width * 0.7, PANGO_ALIGN_LEFT);
  number = sv_print_cell_new (self, footer, STYLE_FOOTER, 0, self->body_width * 0.3, PANGO_ALIGN_RIGHT);
  self->footer_height = RULE_WIDTH + RULE_GAP +
                        MAX (note->bottom[note->n_lines - 1], number->bottom[number->n_lines - 1]);
  sv_print_cell_free (note);
  sv_print_cell_free (number);
}

static void
draw_frame (SvPrintDoc *self,
            cairo_t    *cr,
            guint       page)
{
  const SvPageGeometry *g = &self->geometry;
  double left = g->margin_left, top = g->margin_top;
  double footer_top = g->height - g->margin_bottom - self->footer_height;
  g_autofree char *numbers = footer_text (page + 1, self->pages->len);
  Cell *note, *number;

  for (guint i = 0; i < 3; i++)
    {
      Cell *cell = header_cell (self, i);

      draw_lines (self, cr, cell, left, top, 0, 0, cell->n_lines, sv_print_doc_gray (cell->style));
      sv_print_cell_free (cell);
    }
  hline (self, cr, left, left + self->body_width, top + self->header_height - RULE_WIDTH / 2, RULE_WIDTH, 0.4);

  hline (self, cr, left, left + self->body_width, footer_top + RULE_WIDTH / 2, RULE_WIDTH, 0.4);
  note = sv_print_cell_new (self, self->footer_note, STYLE_FOOTER, 0, self->body_width * 0.7, PANGO_ALIGN_LEFT);
  number = sv_print_cell_new (self, numbers, STYLE_FOOTER, self->body_width * 0.7, self->body_width * 0.3,
                              PANGO_ALIGN_RIGHT);
  draw_lines (self, cr, note, left, footer_top + RULE_WIDTH + RULE_GAP, 0, 0, note->n_lines,
              sv_print_doc_gray (STYLE_FOOTER));
  draw_lines (self, cr, number, left, footer_top + RULE_WIDTH + RULE_GAP, 0, 0, number->n_lines,
              sv_print_doc_gray (STYLE_FOOTER));
  sv_print_cell_free (note);
  sv_print_cell_free (number);
}

void
sv_print_doc_draw_page (SvPrintDoc *self,
                        cairo_t    *cr,
                        guint       page)
{
  Page *p;

  g_return_if_fail (self != NULL && cr != NULL);
  if (self->pages == NULL)
    sv_print_doc_paginate (self);
  g_return_if_fail (page < self->pages->len);

  g_array_set_size (self->boxes, 0);
  p = self->pages->pdata[page];
  cairo_save (cr);
  draw_frame (self, cr, page);
  for (guint i = 0; i < p->placements->len; i++)
    draw_placement (self, cr, p->placements->pdata[i]);
  cairo_restore (cr);
}
