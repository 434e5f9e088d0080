/* sv-print-doc.c: building the flow of a printed document — titles,
 * headings, paragraphs, fields, tables and drawings as rows of measured
 * text. Placing them on pages is sv-print-doc-layout.c, drawing them
 * sv-print-doc-draw.c. */
#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "sv-print-doc-private.h"

#define MM            (72.0 / 25.4)
#define CELL_PAD_X    3.5
#define CELL_PAD_Y    2.5
#define LABEL_SHARE   0.29
#define LABEL_GAP     8.0

/* Sans is DejaVu Sans on Debian: it has the Dutch accents and many
 * scripts; what it lacks Pango takes from other fonts (emoji, CJK). */
static const struct {
  const char *font;
  double      gray;    /* 0 black … 1 white */
} styles[N_STYLES] = {
  [STYLE_TITLE]              = { "Sans Bold 17",     0.08 },
  [STYLE_SUBTITLE]           = { "Sans 10",          0.30 },
  [STYLE_HEADING]            = { "Sans Bold 12.5",   0.08 },
  [STYLE_SUBHEADING]         = { "Sans Bold 10",     0.15 },
  [STYLE_BODY]               = { "Sans 9.5",         0.10 },
  [STYLE_NOTE]               = { "Sans Italic 8.5",  0.38 },
  [STYLE_STRONG]             = { "Sans Bold 9.5",    0.10 },
  [STYLE_LABEL]              = { "Sans 9",           0.35 },
  [STYLE_CELL]               = { "Sans 9",           0.10 },
  [STYLE_CELL_HEADER]        = { "Sans Bold 8.5",    0.10 },
  [STYLE_PAGE_HEADER]        = { "Sans 8",           0.30 },
  [STYLE_PAGE_HEADER_STRONG] = { "Sans Bold 8.5",    0.05 },
  [STYLE_FOOTER]             = { "Sans 8",           0.30 },
};

void
sv_page_geometry_a4 (SvPageGeometry *geometry)
{
  g_return_if_fail (geometry != NULL);

  *geometry = (SvPageGeometry) {
    .width = 210 * MM, .height = 297 * MM,
    .margin_top = 20 * MM, .margin_bottom = 20 * MM,
    .margin_left = 20 * MM, .margin_right = 20 * MM,
  };
}

double
sv_print_doc_gray (Style style)
{
  return styles[style].gray;
}

/* ------------------------------------------------------------------------
 * Cells: text measured line by line
 * ------------------------------------------------------------------------ */

Cell *
sv_print_cell_new (SvPrintDoc     *self,
                   const char     *text,
                   Style           style,
                   double          x,
                   double          width,
                   PangoAlignment  alignment)
{
  Cell *cell = g_new0 (Cell, 1);
  PangoAttrList *attrs;
  PangoLayoutIter *iter;
  guint i = 0;

  cell->style = style;
  cell->x = x;
  cell->width = MAX (width, 1);
  cell->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (cell->layout, self->fonts[style]);
  pango_layout_set_width (cell->layout, (int) (cell->width * PANGO_SCALE));
  /* A word longer than the column (an e-mail address, a URL) breaks
   * inside rather than running over the margin. */
  pango_layout_set_wrap (cell->layout, PANGO_WRAP_WORD_CHAR);
  /* …without a hyphen: an e-mail address or a name with a hyphen added
   * reads as something else (paper has no hyphenation dictionary). */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (cell->layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_alignment (cell->layout, alignment);
  pango_layout_set_text (cell->layout, text != NULL ? text : "", -1);

  cell->n_lines = (guint) pango_layout_get_line_count (cell->layout);
  cell->lines = g_new0 (PangoLayoutLine *, cell->n_lines);
  cell->top = g_new0 (double, cell->n_lines);
  cell->bottom = g_new0 (double, cell->n_lines);
  cell->baseline = g_new0 (double, cell->n_lines);
  cell->line_x = g_new0 (double, cell->n_lines);
  cell->line_width = g_new0 (double, cell->n_lines);

  iter = pango_layout_get_iter (cell->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      g_assert (i < cell->n_lines);
      cell->lines[i] = pango_layout_iter_get_line_readonly (iter);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cell->top[i] = (double) y0 / PANGO_SCALE;
      cell->bottom[i] = (double) y1 / PANGO_SCALE;
      cell->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cell->line_x[i] = (double) logical.x / PANGO_SCALE;
      cell->line_width[i] = (double) logical.width / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return cell;
}

void
sv_print_cell_free (Cell *cell)
{
  if (cell == NULL)
    return;
  g_object_unref (cell->layout);
  g_free (cell->lines);
  g_free (cell->top);
  g_free (cell->bottom);
  g_free (cell->baseline);
  g_free (cell->line_x);
  g_free (cell->line_width);
  g_free (cell);
}

static double
cell_height (const Cell *cell)
{
  return cell->n_lines > 0 ? cell->bottom[cell->n_lines - 1] : 0;
}

/* ------------------------------------------------------------------------
 * Rows
 * ------------------------------------------------------------------------ */

static void
row_free (Row *row)
{
  if (row->cells != NULL)
    g_ptr_array_unref (row->cells);
  if (row->draw_destroy != NULL)
    row->draw_destroy (row->draw_data);
  g_free (row);
}

static void
invalidate (SvPrintDoc *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/* A new text row at the end of the flow, taking the space asked before. */
static Row *
append_row (SvPrintDoc *self,
            double      space_before)
{
  Row *row = g_new0 (Row, 1);

  row->kind = ROW_TEXT;
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_print_cell_free);
  row->space_before = space_before + self->pending_space;
  self->pending_space = 0;
  g_ptr_array_add (self->rows, row);
  invalidate (self);
  return row;
}

static void
add_cell (Row  *row,
          Cell *cell)
{
  g_ptr_array_add (row->cells, cell);
  row->content_height = MAX (row->content_height, cell_height (cell));
}

static void
add_text_row (SvPrintDoc *self,
              const char *text,
              Style       style,
              double      space_before,
              double      pad_bottom)
{
  Row *row = append_row (self, space_before);

  add_cell (row, sv_print_cell_new (self, text, style, 0, self->body_width, PANGO_ALIGN_LEFT));
  row->pad_bottom = pad_bottom;
  row->splittable = TRUE;
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvPrintDoc *
sv_print_doc_new (PangoContext         *context,
                  const SvPageGeometry *geometry)
{
  SvPrintDoc *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (geometry != NULL, NULL);

  self = g_new0 (SvPrintDoc, 1);
  self->context = g_object_ref (context);
  self->geometry = *geometry;
  self->body_width = MAX (geometry->width - geometry->margin_left - geometry->margin_right, 36);
  for (guint i = 0; i < N_STYLES; i++)
    self->fonts[i] = pango_font_description_from_string (styles[i].font);
  /* Drawings take their sizes from the context's font. */
  pango_context_set_font_description (context, self->fonts[STYLE_CELL]);
  for (guint i = 0; i < 3; i++)
    self->header[i] = g_strdup ("");
  self->footer_note = g_strdup ("");
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->block_start = -1;
  self->tables = g_ptr_array_new_with_free_func (g_free);
  self->boxes = g_array_new (FALSE, FALSE, sizeof (SvPrintBox));
  return self;
}

void
sv_print_doc_free (SvPrintDoc *self)
{
  if (self == NULL)
    return;
  invalidate (self);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->tables);
  for (guint i = 0; i < N_STYLES; i++)
    pango_font_description_free (self->fonts[i]);
  for (guint i = 0; i < 3; i++)
    g_free (self->header[i]);
  g_free (self->footer_note);
  g_array_unref (self->boxes);
  g_object_unref (self->context);
  g_free (self);
}

PangoContext *
sv_print_doc_get_context (SvPrintDoc *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->context;
}

const SvPageGeometry *
sv_print_doc_get_geometry (SvPrintDoc *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->geometry;
}

double
sv_print_doc_get_body_width (SvPrintDoc *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->body_width;
}

void
sv_print_doc_set_header (SvPrintDoc *self,
                         const char *left,
                         const char *center,
                         const char *right)
{
  const char *texts[3] = { left, center, right };

  g_return_if_fail (self != NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_free (self->header[i]);
      self->header[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
    }
  invalidate (self);
}

void
sv_print_doc_set_footer_note (SvPrintDoc *self,
                              const char *note)
{
  g_return_if_fail (self != NULL);
  g_free (self->footer_note);
  self->footer_note = g_strdup (note != NULL ? note : "");
  invalidate (self);
}

void
sv_print_doc_add_title (SvPrintDoc *self,
                        const char *title,
                        const char *subtitle)
{
  g_return_if_fail (self != NULL);

  add_text_row (self, title, STYLE_TITLE, 0, 2);
  if (subtitle != NULL && *subtitle != '\0')
    {
      ((Row *) self->rows->pdata[self->rows->len - 1])->keep_with_next = TRUE;
      add_text_row (self, subtitle, STYLE_SUBTITLE, 0, 4);
    }
  self->pending_space += 6;
}

void
sv_print_doc_add_heading (SvPrintDoc *self,
                          const char *text)
{
  Row *row;

  g_return_if_fail (self != NULL);
  row = append_row (self, 14);
  add_cell (row, sv_print_cell_new (self, text, STYLE_HEADING, 0, self->body_width, PANGO_ALIGN_LEFT));
  row->pad_bottom = 5;
  row->rule_below = TRUE;
  row->keep_with_next = TRUE;
  self->pending_space += 3;
}

void
sv_print_doc_add_subheading (SvPrintDoc *self,
                             const char *text)
{
  Row *row;

  g_return_if_fail (self != NULL);
  row = append_row (self, 8);
  add_cell (row, sv_print_cell_new (self, text, STYLE_SUBHEADING, 0, self->body_width, PANGO_ALIGN_LEFT));
  row->pad_bottom = 3;
  row->keep_with_next = TRUE;
}

void
sv_print_doc_add_paragraph (SvPrintDoc       *self,
                            const char       *text,
                            SvPrintTextStyle  style)
{
  g_return_if_fail (self != NULL);

  switch (style)
    {
    case SV_PRINT_TEXT_NOTE:
      add_text_row (self, text, STYLE_NOTE, 0, 4);
      break;
    case SV_PRINT_TEXT_STRONG:
      add_text_row (self, text, STYLE_STRONG, 0, 2);
      ((Row *) self->rows->pdata[self->rows->len - 1])->keep_with_next = TRUE;
      break;
    case SV_PRINT_TEXT_BODY:
    default:
      add_text_row (self, text, STYLE_BODY, 0, 5);
      break;
    }
}

void
sv_print_doc_add_field (SvPrintDoc *self,
                        const char *label,
                        const char *value)
{
  double label_width = self->body_width * LABEL_SHARE;
  Row *row;

  g_return_if_fail (self != NULL);
  row = append_row (self, 0);
  add_cell (row, sv_print_cell_new (self, label, STYLE_LABEL, 0, label_width - LABEL_GAP, PANGO_ALIGN_LEFT));
  add_cell (row, sv_print_cell_new (self, value != NULL && *value != '\0' ? value : "—", STYLE_BODY,
                                    label_width, self->body_width - label_width, PANGO_ALIGN_LEFT));
  row->pad_bottom = 3;
  /* A long value (a reason of a page) breaks like a paragraph. */
  row->splittable = TRUE;
}

void
sv_print_doc_begin_table (SvPrintDoc         *self,
                          guint               n_columns,
                          const double       *fractions,
                          const char * const *headers)
{
  double *edges;
  double sum = 0;
  Row *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (n_columns > 0 && fractions != NULL && headers != NULL);
  g_return_if_fail (self->table_header == NULL);

  for (guint i = 0; i < n_columns; i++)
    sum += fractions[i];
  edges = g_new0 (double, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    edges[i + 1] = edges[i] + self->body_width * fractions[i] / sum;
  edges[n_columns] = self->body_width;
  g_ptr_array_add (self->tables, edges);

  row = append_row (self, 2);
  for (guint i = 0; i < n_columns; i++)
    add_cell (row, sv_print_cell_new (self, headers[i], STYLE_CELL_HEADER, edges[i] + CELL_PAD_X,
                                      edges[i + 1] - edges[i] - 2 * CELL_PAD_X, PANGO_ALIGN_LEFT));
  row->pad_top = row->pad_bottom = CELL_PAD_Y;
  row->shaded = row->grid = TRUE;
  row->keep_with_next = TRUE;
  row->column_x = edges;
  self->table_header = row;
  self->table_columns = edges;
  self->table_n_columns = n_columns;
}

void
sv_print_doc_add_row (SvPrintDoc         *self,
                      const char * const *cells)
{
  Row *row;

  g_return_if_fail (self != NULL && cells != NULL);
  g_return_if_fail (self->table_header != NULL);

  row = append_row (self, 0);
  for (guint i = 0; i < self->table_n_columns; i++)
    {
      double *e = self->table_columns;

      add_cell (row, sv_print_cell_new (self, cells[i], STYLE_CELL, e[i] + CELL_PAD_X,
                                        e[i + 1] - e[i] - 2 * CELL_PAD_X, PANGO_ALIGN_LEFT));
    }
  row->pad_top = row->pad_bottom = CELL_PAD_Y;
  row->grid = TRUE;
  row->header = self->table_header;
  row->column_x = self->table_columns;
}

void
sv_print_doc_end_table (SvPrintDoc *self)
{
  g_return_if_fail (self != NULL && self->table_header != NULL);

  /* A header with no rows under it stands alone. */
  if (self->rows->pdata[self->rows->len - 1] == self->table_header)
    self->table_header->keep_with_next = FALSE;
  self->table_header = NULL;
  self->table_columns = NULL;
  self->table_n_columns = 0;
  self->pending_space += 6;
}

void
sv_print_doc_add_drawing (SvPrintDoc      *self,
                          double           height,
                          SvPrintDrawFunc  draw,
                          gpointer         user_data,
                          GDestroyNotify   destroy)
{
  Row *row;

  g_return_if_fail (self != NULL && draw != NULL);
  row = append_row (self, 2);
  g_clear_pointer (&row->cells, g_ptr_array_unref);
  row->kind = ROW_DRAWING;
  row->content_height = MAX (height, 0);
  row->pad_bottom = 6;
  row->draw = draw;
  row->draw_data = user_data;
  row->draw_destroy = destroy;
}

void
sv_print_doc_add_space (SvPrintDoc *self,
                        double      points)
{
  g_return_if_fail (self != NULL);
  self->pending_space += MAX (points, 0);
}

void
sv_print_doc_begin_block (SvPrintDoc *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->block_start < 0);
  self->block_start = (int) self->rows->len;
}

void
sv_print_doc_end_block (SvPrintDoc *self)
{
  double height = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->block_start >= 0);
  for (guint i = (guint) self->block_start; i < self->rows->len; i++)
    {
      const Row *row = self->rows->pdata[i];

      height += (i > (guint) self->block_start ? row->space_before : 0) +
                row->pad_top + row->content_height + row->pad_bottom;
    }
  if ((guint) self->block_start < self->rows->len)
    ((Row *) self->rows->pdata[self->block_start])->block_height = height;
  self->block_start = -1;
}

void
sv_print_doc_set_record_boxes (SvPrintDoc *self,
                               gboolean    record)
{
  g_return_if_fail (self != NULL);
  self->record_boxes = record;
}

GArray *
sv_print_doc_get_boxes (SvPrintDoc *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->boxes;
}
