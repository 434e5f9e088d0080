/* sv-letter-pdf.h: an invitation letter (sv-gesprek-letter.h) laid out
 * as a printed page — for the print dialog and, without a display, for
 * PDF files. */
#pragma once

#include "sv-print-doc.h"

G_BEGIN_DECLS

/* The letter's text as a document: "# " lines become the title, "- "
 * lines the points of a list, other lines paragraphs (an empty line
 * between them; a single line break is kept). */
SvPrintDoc *sv_letter_doc_new   (PangoContext         *context,
                                 const SvPageGeometry *geometry,
                                 const char           *text);
/* One PDF of @text at @path (A4), written whole or not at all. */
gboolean    sv_letter_write_pdf (const char           *text,
                                 const char           *path,
                                 GError              **error);

G_END_DECLS
