/* sv-meeting-plan-view.h: the Meetings area — the dated meetings, upcoming
 * first, each prepared on its own page; planning the next one; and the
 * editor of the four kinds of meeting and their participants. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_MEETING_PLAN_VIEW (sv_meeting_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (SvMeetingPlanView, sv_meeting_plan_view, SV, MEETING_PLAN_VIEW, GtkWidget)

/* @settings gives the extra days off; may be NULL. */
void   sv_meeting_plan_view_set_store      (SvMeetingPlanView *self,
                                            SvStore           *store,
                                            GSettings         *settings);
/* Shows and selects meeting @meeting_id; 0 shows nothing. */
void   sv_meeting_plan_view_show_meeting   (SvMeetingPlanView *self,
                                            gint64             meeting_id);
gint64 sv_meeting_plan_view_get_meeting_id (SvMeetingPlanView *self);
/* Shows the editor of the kinds of meeting and their participants. */
void   sv_meeting_plan_view_show_kinds     (SvMeetingPlanView *self);

G_END_DECLS
