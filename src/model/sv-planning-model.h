/* sv-planning-model.h: every deadline of the open cases, grouped for
 * planning — overdue first, then this week, next week and later (up to a
 * year ahead), each group under a heading — as a GListModel of
 * SvPlanningItem. Filters: a family of rules or one rule, the cases of one
 * professional, the cases on one meeting's agenda, and whether done
 * deadlines show. */
#pragma once

#include <gio/gio.h>

#include "sv-planning-item.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_PLANNING_MODEL (sv_planning_model_get_type ())

G_DECLARE_FINAL_TYPE (SvPlanningModel, sv_planning_model, SV, PLANNING_MODEL, GObject)

#define SV_PLANNING_ALL_FAMILIES (-1)
#define SV_PLANNING_DAYS_AHEAD   365

SvPlanningModel *sv_planning_model_new              (SvStore         *store,
                                                     SvWorkdays      *workdays);
/* Computes everything anew from the store (also done on every change of
 * a case, from an idle). */
void             sv_planning_model_reload           (SvPlanningModel *self);
void             sv_planning_model_set_workdays     (SvPlanningModel *self,
                                                     SvWorkdays      *workdays);
void             sv_planning_model_set_family       (SvPlanningModel *self,
                                                     int              family);
void             sv_planning_model_set_professional (SvPlanningModel *self,
                                                     gint64           professional_id);
/* Only the deadlines of one rule (an id of sv_deadline_rule_ids()); NULL
 * for all. Applies together with the family. */
void             sv_planning_model_set_rule         (SvPlanningModel *self,
                                                     const char      *rule_id);
/* Only the cases on the agenda of @meeting_id; 0 for all. */
void             sv_planning_model_set_meeting      (SvPlanningModel *self,
                                                     gint64           meeting_id);
void             sv_planning_model_set_show_done    (SvPlanningModel *self,
                                                     gboolean         show_done);
/* The deadlines listed, in list order (GArray of SvDeadline). */
GArray          *sv_planning_model_get_deadlines    (SvPlanningModel *self);
/* The position of the first deadline due on or after @date, or
 * G_MAXUINT. */
guint            sv_planning_model_find_date        (SvPlanningModel *self,
                                                     const GDate     *date);
const GError    *sv_planning_model_get_error        (SvPlanningModel *self);

G_END_DECLS
