/* sv-print-pdf.h: a paginated document written to a PDF file without a
 * display — for the command line and for tests.
 *
 * The file appears whole or not at all (written beside it under another
 * name, then renamed), readable by its owner only: it holds case data.
 */
#pragma once

#include "sv-print-doc.h"

G_BEGIN_DECLS

/* A context that measures in points, as a PDF page does (72 dpi), with
 * hinting off so the layout does not depend on a screen. */
PangoContext *sv_print_pdf_context_new (void);

/* @title goes into the PDF's metadata: never a family's name. */
gboolean      sv_print_doc_write_pdf   (SvPrintDoc   *doc,
                                        const char   *title,
                                        const char   *path,
                                        GError      **error);

G_END_DECLS
