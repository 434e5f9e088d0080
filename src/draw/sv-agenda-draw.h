/* sv-agenda-draw.h: the printed agenda of a meeting and, once it has run,
 * its minutes (issue 8, "The meeting") as a paginated document.
 *
 * Before the meeting: when, where, who is invited, and per case the
 * planned start, the question, the inbrenger and the planned minutes.
 * After it (in progress or closed) the same pages carry what was
 * captured: attendance, the VeiligheidsTeam's advice, the minutes and the
 * agreements per case, and the meeting's own minutes. One document for
 * the printer and for `samenveilig --export-agenda`; the content comes
 * from an SvAgendaPrint, masked before it gets here.
 */
#pragma once

#include "sv-agenda-print-model.h"
#include "sv-print-doc.h"

G_BEGIN_DECLS

SvPrintDoc *sv_agenda_doc_new   (const SvAgendaPrint  *agenda,
                                 PangoContext         *context,
                                 const SvPageGeometry *geometry);

/* "Agenda LEJO 24-11-2026" or "Minutes LEJO 24-11-2026": the PDF's title
 * and, without spaces, the print job's name. No family's name. */
char       *sv_agenda_doc_title (const SvAgendaPrint  *agenda);

G_END_DECLS
