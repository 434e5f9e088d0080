/* sv-overview-draw.h: the printed case overview (issue 8) as a paginated
 * document — what goes into the file and onto the table at a meeting.
 *
 * One document serves the printer (GtkPrintOperation) and the PDF export
 * without a display. The content comes from an SvOverview model, masked
 * before it gets here; this file only decides what goes where.
 */
#pragma once

#include "sv-overview-model.h"
#include "sv-print-doc.h"

G_BEGIN_DECLS

/* The sections in print order, by stable id ("household", "report", …);
 * NULL-terminated. A section with nothing to show still prints its
 * heading with a short "none" line, except the countdown (only with an
 * order end date), the Veiligheidskaart (only when the case has one) and
 * the journal (only when asked for). */
const char * const *sv_overview_section_ids   (void);
/* Its heading, translated. */
const char         *sv_overview_section_title (const char           *id);

/* The overview of @overview on pages of @geometry, measured with
 * @context (its base font is set to the document's body font). */
SvPrintDoc         *sv_overview_doc_new       (const SvOverview     *overview,
                                               PangoContext         *context,
                                               const SvPageGeometry *geometry);

G_END_DECLS
