/* sv-planning-item.c: a row of the planning list. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-planning-item.h"

struct _SvPlanningItem
{
  GObject            parent_instance;

  gboolean           heading;
  SvPlanningSection  section;
  guint              count;
  SvDeadline         deadline;
};

G_DEFINE_FINAL_TYPE (SvPlanningItem, sv_planning_item, G_TYPE_OBJECT)

static void
sv_planning_item_class_init (SvPlanningItemClass *klass)
{
}

static void
sv_planning_item_init (SvPlanningItem *self)
{
}

SvPlanningItem *
sv_planning_item_new_heading (SvPlanningSection section,
                              guint             n_deadlines)
{
  SvPlanningItem *self = g_object_new (SV_TYPE_PLANNING_ITEM, NULL);

  self->heading = TRUE;
  self->section = section;
  self->count = n_deadlines;
  return self;
}

SvPlanningItem *
sv_planning_item_new (const SvDeadline  *deadline,
                      SvPlanningSection  section)
{
  SvPlanningItem *self = g_object_new (SV_TYPE_PLANNING_ITEM, NULL);

  self->section = section;
  self->deadline = *deadline;
  return self;
}

gboolean
sv_planning_item_is_heading (SvPlanningItem *self)
{
  g_return_val_if_fail (SV_IS_PLANNING_ITEM (self), FALSE);
  return self->heading;
}

SvPlanningSection
sv_planning_item_get_section (SvPlanningItem *self)
{
  g_return_val_if_fail (SV_IS_PLANNING_ITEM (self), SV_PLANNING_LATER);
  return self->section;
}

guint
sv_planning_item_get_count (SvPlanningItem *self)
{
  g_return_val_if_fail (SV_IS_PLANNING_ITEM (self), 0);
  return self->count;
}

const SvDeadline *
sv_planning_item_get_deadline (SvPlanningItem *self)
{
  g_return_val_if_fail (SV_IS_PLANNING_ITEM (self), NULL);
  return self->heading ? NULL : &self->deadline;
}

const char *
sv_planning_section_label (SvPlanningSection section)
{
  switch (section)
    {
    case SV_PLANNING_OVERDUE:
      return C_("planning", "Overdue");
    case SV_PLANNING_THIS_WEEK:
      return C_("planning", "This week");
    case SV_PLANNING_NEXT_WEEK:
      return C_("planning", "Next week");
    case SV_PLANNING_LATER:
      return C_("planning", "Later");
    case SV_PLANNING_DONE:
      return C_("planning", "Done");
    default:
      g_return_val_if_reached (NULL);
    }
}
