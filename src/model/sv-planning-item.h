/* sv-planning-item.h: one row of the planning list — a week heading or a
 * deadline of a case. */
#pragma once

#include <glib-object.h>

#include "sv-deadline.h"

G_BEGIN_DECLS

#define SV_TYPE_PLANNING_ITEM (sv_planning_item_get_type ())

G_DECLARE_FINAL_TYPE (SvPlanningItem, sv_planning_item, SV, PLANNING_ITEM, GObject)

typedef enum {
  SV_PLANNING_OVERDUE,    /* headings: where a deadline falls */
  SV_PLANNING_THIS_WEEK,
  SV_PLANNING_NEXT_WEEK,
  SV_PLANNING_LATER,
  SV_PLANNING_DONE,
} SvPlanningSection;

SvPlanningItem    *sv_planning_item_new_heading (SvPlanningSection  section,
                                                 guint              n_deadlines);
SvPlanningItem    *sv_planning_item_new         (const SvDeadline  *deadline,
                                                 SvPlanningSection  section);
gboolean           sv_planning_item_is_heading  (SvPlanningItem    *self);
SvPlanningSection  sv_planning_item_get_section (SvPlanningItem    *self);
/* Headings: how many deadlines follow. */
guint              sv_planning_item_get_count   (SvPlanningItem    *self);
/* Deadlines: the deadline (rule_id points to static text). */
const SvDeadline  *sv_planning_item_get_deadline (SvPlanningItem   *self);
const char        *sv_planning_section_label    (SvPlanningSection  section);

G_END_DECLS
