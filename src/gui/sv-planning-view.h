/* sv-planning-view.h: the planning area — every upcoming and overdue
 * deadline of the open cases, by week, with a month calendar. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_PLANNING_VIEW (sv_planning_view_get_type ())

G_DECLARE_FINAL_TYPE (SvPlanningView, sv_planning_view, SV, PLANNING_VIEW, GtkWidget)

void sv_planning_view_set_store (SvPlanningView *self,
                                 SvStore        *store,
                                 GSettings      *settings);

G_END_DECLS
