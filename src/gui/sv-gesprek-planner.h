/* sv-gesprek-planner.h: planning one interventiegesprek of a case — a
 * window that shows the latest date and warns for a later one (a reason
 * is asked), for a weekend or feestdag; explains the RvdK gate instead of
 * offering a date; who is invited (8 or older on the day, computed per
 * youth; a youth without a date of birth is asked for it); place and
 * room, safety, chair; the preparation and the definitive Veiligheidskaart
 * as deadlines; a checklist of what is done and what is missing; the
 * invitations to edit, print and save as PDF; and the outcome afterwards. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_GESPREK_PLANNER (sv_gesprek_planner_get_type ())

G_DECLARE_FINAL_TYPE (SvGesprekPlanner, sv_gesprek_planner, SV, GESPREK_PLANNER, AdwWindow)

/* @gesprek_id 0 plans a new conversation for case @case_id, with the
 * household's parents and youths and the consultation date of the case. */
SvGesprekPlanner *sv_gesprek_planner_new        (GtkWindow  *parent,
                                                 SvStore    *store,
                                                 GSettings  *settings,
                                                 gint64      case_id,
                                                 gint64      gesprek_id);
/* The conversation as the window holds it (not necessarily saved). */
const SvGesprek  *sv_gesprek_planner_get_draft  (SvGesprekPlanner *self);
/* Saves; FALSE with @error when the store refused (the window shows it). */
gboolean          sv_gesprek_planner_save       (SvGesprekPlanner *self,
                                                 GError          **error);

G_END_DECLS
