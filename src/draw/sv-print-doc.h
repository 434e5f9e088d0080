/* sv-print-doc.h: a small paginated document typeset with Pango.
 *
 * The printed overview, the agenda and the minutes are a flow of titles,
 * headings, paragraphs, label–value fields, tables and drawings. This
 * lays that flow out on pages of a given size and margins — paragraphs and
 * table rows break between lines, a table repeats its header row on each
 * new page, a heading stays with what follows it — and draws any page
 * with a header line and "page N of M" in the footer. The same object
 * serves GtkPrintOperation (paginate once, draw page by page) and the PDF
 * export without a display.
 *
 * Every line, rule and drawing it puts on a page can be recorded as a box,
 * so tests can check that nothing lies outside the margins.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _SvPrintDoc SvPrintDoc;

/* Sizes in points (1/72 inch). */
typedef struct {
  double width, height;
  double margin_top, margin_bottom, margin_left, margin_right;
} SvPageGeometry;

typedef struct {
  double x, y, width, height;
} SvPrintBox;

typedef enum {
  SV_PRINT_TEXT_BODY,
  SV_PRINT_TEXT_NOTE,      /* smaller and grey: "none recorded", explanations */
  SV_PRINT_TEXT_STRONG,    /* bold body: the head of a journal entry */
} SvPrintTextStyle;

/* Draws a block at (0, 0) of @width × @height on @cr. */
typedef void (*SvPrintDrawFunc) (cairo_t      *cr,
                                 PangoContext *context,
                                 double        width,
                                 double        height,
                                 gpointer      user_data);

/* A4 portrait with 20 mm margins. */
void        sv_page_geometry_a4         (SvPageGeometry       *geometry);

/* @context decides the fonts and the resolution; it must measure in
 * points (a GtkPrintContext's does; for PDF set 72 dpi). */
SvPrintDoc *sv_print_doc_new            (PangoContext         *context,
                                         const SvPageGeometry *geometry);
void        sv_print_doc_free           (SvPrintDoc           *self);

PangoContext *sv_print_doc_get_context  (SvPrintDoc           *self);
const SvPageGeometry *sv_print_doc_get_geometry (SvPrintDoc     *self);
/* The width between the margins, for drawings. */
double      sv_print_doc_get_body_width (SvPrintDoc           *self);

/* The header line of every page: left, centre (bold) and right. */
void        sv_print_doc_set_header     (SvPrintDoc           *self,
                                         const char           *left,
                                         const char           *center,
                                         const char           *right);
/* A short line in the footer beside the page number, e.g. the masking. */
void        sv_print_doc_set_footer_note (SvPrintDoc          *self,
                                          const char          *note);

/* The flow, in order. Texts are plain (no markup). */
void        sv_print_doc_add_title      (SvPrintDoc           *self,
                                         const char           *title,
                                         const char           *subtitle);
void        sv_print_doc_add_heading    (SvPrintDoc           *self,
                                         const char           *text);
void        sv_print_doc_add_subheading (SvPrintDoc           *self,
                                         const char           *text);
void        sv_print_doc_add_paragraph  (SvPrintDoc           *self,
                                         const char           *text,
                                         SvPrintTextStyle      style);
/* One "label   value" line; the value wraps in its column. */
void        sv_print_doc_add_field      (SvPrintDoc           *self,
                                         const char           *label,
                                         const char           *value);
/* A table: @n_columns widths as fractions of the body width (summing to
 * 1) and the header texts; then rows of @n_columns plain texts. */
void        sv_print_doc_begin_table    (SvPrintDoc           *self,
                                         guint                 n_columns,
                                         const double         *fractions,
                                         const char * const   *headers);
void        sv_print_doc_add_row        (SvPrintDoc           *self,
                                         const char * const   *cells);
void        sv_print_doc_end_table      (SvPrintDoc           *self);
/* A drawing of fixed height, never split; @destroy frees @user_data. */
void        sv_print_doc_add_drawing    (SvPrintDoc           *self,
                                         double                height,
                                         SvPrintDrawFunc       draw,
                                         gpointer              user_data,
                                         GDestroyNotify        destroy);
void        sv_print_doc_add_space      (SvPrintDoc           *self,
                                         double                points);
/* What is added between these two goes onto one page when it fits on a
 * page at all (a case on the agenda): it starts a new page rather than
 * break. Blocks do not nest. */
void        sv_print_doc_begin_block    (SvPrintDoc           *self);
void        sv_print_doc_end_block      (SvPrintDoc           *self);

/* Lays the flow out on pages; returns the number of pages (at least 1).
 * Adding to the flow afterwards needs another call. */
guint       sv_print_doc_paginate       (SvPrintDoc           *self);
guint       sv_print_doc_get_n_pages    (SvPrintDoc           *self);
/* Draws page @page (from 0) with its top left corner of the paper at
 * (0, 0) of @cr, in points. */
void        sv_print_doc_draw_page      (SvPrintDoc           *self,
                                         cairo_t              *cr,
                                         guint                 page);

/* With @record, each draw_page() keeps the boxes of what it drew (text
 * lines, rules, shading, drawings) in page coordinates. */
void        sv_print_doc_set_record_boxes (SvPrintDoc         *self,
                                           gboolean            record);
/* The boxes of the last page drawn: SvPrintBox, owned by @self. */
GArray     *sv_print_doc_get_boxes      (SvPrintDoc           *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvPrintDoc, sv_print_doc_free)

G_END_DECLS
