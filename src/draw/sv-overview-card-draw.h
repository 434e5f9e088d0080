/* sv-overview-card-draw.h: the Veiligheidskaart section of the printed
 * case overview (private to sv-overview-draw.c, kept apart to keep both
 * files readable). */
#pragma once

#include "sv-overview-model.h"
#include "sv-print-doc.h"

G_BEGIN_DECLS

/* Adds the card under @title: which version it is, every section with
 * text, the advice, the scores, the conditions and the recipients.
 * Nothing at all when the case has no card (sv_overview_has_card()). */
void sv_overview_add_card (SvPrintDoc       *doc,
                           const SvOverview *o,
                           const char       *title);

G_END_DECLS
