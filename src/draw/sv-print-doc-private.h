/* sv-print-doc-private.h: what the files of SvPrintDoc share — the flow
 * of rows (building: sv-print-doc.c), their placement on pages
 * (sv-print-doc-layout.c) and the drawing (sv-print-doc-draw.c). */
#pragma once

#include "sv-print-doc.h"

G_BEGIN_DECLS

/* Every kind of text the documents use, with its font and grey. */
typedef enum {
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_BODY,
  STYLE_NOTE,
  STYLE_STRONG,
  STYLE_LABEL,
  STYLE_CELL,
  STYLE_CELL_HEADER,
  STYLE_PAGE_HEADER,
  STYLE_PAGE_HEADER_STRONG,
  STYLE_FOOTER,
  N_STYLES,
} Style;

/* One block of text, laid out once at its final width; its lines are
 * measured so that a page can take some and the next page the rest. */
typedef struct {
  PangoLayout      *layout;
  Style             style;
  double            x;        /* left edge, from the body's left margin */
  double            width;
  guint             n_lines;
  PangoLayoutLine **lines;    /* borrowed from the layout */
  double           *top;      /* line tops from the layout's top */
  double           *bottom;
  double           *baseline;
  double           *line_x;   /* line origins from the cell's left edge */
  double           *line_width;
} Cell;

typedef enum {
  ROW_TEXT,
  ROW_DRAWING,
} RowKind;

typedef struct _Row Row;

struct _Row
{
  RowKind          kind;
  GPtrArray       *cells;            /* Cell, owned; ROW_TEXT only */
  double           content_height;   /* tallest cell, or the drawing's height */
  double           pad_top, pad_bottom;
  double           space_before;     /* dropped at the top of a page */
  gboolean         splittable;       /* may break between lines anywhere */
  gboolean         keep_with_next;
  gboolean         shaded;           /* a table's header row */
  gboolean         grid;             /* table borders */
  gboolean         rule_below;       /* a heading's line */
  double           block_height;     /* > 0: first row of a block kept on one page */
  Row             *header;           /* the table's header row, repeated */
  double          *column_x;         /* borrowed from the table; n_cells + 1 edges */

  SvPrintDrawFunc  draw;
  gpointer         draw_data;
  GDestroyNotify   draw_destroy;
};

/* A row, or the part of it on one page. */
typedef struct {
  Row    *row;
  double  y;          /* top on the page, padding included */
  double  height;     /* padding included */
  double  from;       /* where in the row's content this part starts */
  guint  *first;      /* per cell: the lines drawn, [first, end) */
  guint  *end;
} Placement;

typedef struct {
  GPtrArray *placements;   /* Placement, owned */
} Page;

struct _SvPrintDoc
{
  PangoContext   *context;        /* owned */
  SvPageGeometry  geometry;
  double          body_width;
  PangoFontDescription *fonts[N_STYLES];

  char           *header[3];
  char           *footer_note;
  double          header_height;  /* of the header block, rule included */
  double          footer_height;

  GPtrArray      *rows;           /* Row, owned */
  GPtrArray      *tables;         /* double * column edges, owned */
  double          pending_space;
  Row            *table_header;   /* while a table is open */
  double         *table_columns;
  guint           table_n_columns;
  int             block_start;    /* first row of the open block, or −1 */

  GPtrArray      *pages;          /* Page, owned; NULL until paginated */
  gboolean        record_boxes;
  GArray         *boxes;          /* SvPrintBox */
};

/* sv-print-doc.c */
Cell       *sv_print_cell_new        (SvPrintDoc  *self,
                                      const char  *text,
                                      Style        style,
                                      double       x,
                                      double       width,
                                      PangoAlignment alignment);
void        sv_print_cell_free       (Cell        *cell);
double      sv_print_doc_gray        (Style        style);

/* sv-print-doc-layout.c */
double      sv_print_doc_body_top    (SvPrintDoc  *self);
double      sv_print_doc_body_bottom (SvPrintDoc  *self);
void        sv_print_page_free       (Page        *page);

/* sv-print-doc-draw.c */
void        sv_print_doc_measure_frame (SvPrintDoc *self);

G_END_DECLS
