/* sv-planning-model.c: deadlines of all open cases, grouped by week. */
#include "config.h"

#include "sv-date.h"
#include "sv-planning-model.h"

typedef struct {
  gboolean           heading;
  SvPlanningSection  section;
  guint              count;     /* headings */
  guint              index;     /* deadlines: into self->deadlines */
} Entry;

struct _SvPlanningModel
{
  GObject       parent_instance;

  SvStore      *store;          /* owned */
  SvWorkdays   *workdays;       /* owned */
  gulong        changed_id;
  guint         reload_id;
  int           family;
  const char   *rule_id;        /* static, the engine's; NULL: every rule */
  gint64        professional_id;
  gint64        meeting_id;
  gboolean      show_done;
  GArray       *deadlines;      /* SvDeadline, listed, in order */
  GArray       *entries;        /* Entry: headings and deadlines */
  GError       *error;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SvPlanningModel, sv_planning_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* ------------------------------------------------------------------------
 * Computing
 * ------------------------------------------------------------------------ */

static int
by_due (gconstpointer a,
        gconstpointer b)
{
  const SvDeadline *x = a, *y = b;
  int cmp = g_date_compare (&x->due, &y->due);

  if (cmp != 0)
    return cmp;
  if (x->due_minutes != y->due_minutes)
    return x->due_minutes - y->due_minutes;
  return x->case_id < y->case_id ? -1 : x->case_id > y->case_id;
}

static SvPlanningSection
section_of (const SvDeadline *d,
            const GDate      *today,
            guint32           this_week_end,
            guint32           next_week_end)
{
  guint32 due = g_date_get_julian (&d->due);

  if (d->state == SV_DEADLINE_DONE)
    return SV_PLANNING_DONE;
  if (g_date_compare (&d->due, today) < 0)
    return SV_PLANNING_OVERDUE;
  if (due <= this_week_end)
    return SV_PLANNING_THIS_WEEK;
  if (due <= next_week_end)
    return SV_PLANNING_NEXT_WEEK;
  return SV_PLANNING_LATER;
}

static GHashTable *
professional_cases (SvPlanningModel *self)
{
  g_autoptr(GArray) ids = NULL;
  GHashTable *set;

  if (self->professional_id == 0)
    return NULL;
  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ids = sv_store_list_case_ids_for_professional (self->store, self->professional_id, NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_hash_table_add (set, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
  return set;
}

/* Leaves in @only (creating it when NULL) the cases on the meeting's
 * agenda: the filters add up. */
static GHashTable *
meeting_cases (SvPlanningModel *self,
               GHashTable      *only)
{
  g_autoptr(GPtrArray) agenda = NULL;
  GHashTable *set;

  if (self->meeting_id == 0)
    return only;
  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  agenda = sv_store_list_agenda (self->store, self->meeting_id, NULL);
  for (guint i = 0; agenda != NULL && i < agenda->len; i++)
    {
      gint64 case_id = ((SvAgendaItem *) agenda->pdata[i])->case_id;

      if (only == NULL || g_hash_table_contains (only, &case_id))
        g_hash_table_add (set, g_memdup2 (&case_id, sizeof case_id));
    }
  g_clear_pointer (&only, g_hash_table_unref);
  return set;
}

static void
compute (SvPlanningModel *self)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) facts = sv_store_list_case_facts (self->store, SV_CASE_FILTER_OPEN, &error);
  g_autoptr(GHashTable) done = facts != NULL ? sv_store_list_all_deadlines_done (self->store, SV_CASE_FILTER_OPEN, &error) : NULL;
  g_autoptr(GHashTable) only = meeting_cases (self, professional_cases (self));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  guint counts[SV_PLANNING_DONE + 1] = { 0 };
  guint32 horizon, this_week_end, next_week_end;
  GDate today;

  g_clear_error (&self->error);
  self->error = error;
  g_array_set_size (self->deadlines, 0);
  g_array_set_size (self->entries, 0);
  if (facts == NULL || done == NULL)
    return;

  sv_date_today (&today);
  horizon = g_date_get_julian (&today) + SV_PLANNING_DAYS_AHEAD;
  /* Weeks run Monday to Sunday. */
  this_week_end = g_date_get_julian (&today) + (7 - g_date_get_weekday (&today));
  next_week_end = this_week_end + 7;

  for (guint i = 0; i < facts->len; i++)
    {
      SvCaseFacts *f = facts->pdata[i];

      if (only != NULL && !g_hash_table_contains (only, &f->case_id))
        continue;
      g_array_set_size (all, 0);
      sv_deadlines_compute (f, self->workdays, &today, g_hash_table_lookup (done, &f->case_id), all);
      for (guint j = 0; j < all->len; j++)
        {
          SvDeadline *d = &g_array_index (all, SvDeadline, j);

          if (self->family != SV_PLANNING_ALL_FAMILIES &&
              (int) sv_deadline_rule_family (d->rule_id) != self->family)
            continue;
          if (self->rule_id != NULL && d->rule_id != self->rule_id)
            continue;
          if (d->state == SV_DEADLINE_DONE && !self->show_done)
            continue;
          if (d->state != SV_DEADLINE_OVERDUE && g_date_get_julian (&d->due) > horizon)
            continue;
          g_array_append_val (self->deadlines, *d);
        }
    }
  g_array_sort (self->deadlines, by_due);

  /* One pass per section keeps each group in date order. */
  for (SvPlanningSection s = SV_PLANNING_OVERDUE; s <= SV_PLANNING_DONE; s++)
    for (guint i = 0; i < self->deadlines->len; i++)
      counts[s] += section_of (&g_array_index (self->deadlines, SvDeadline, i), &today,
                               this_week_end, next_week_end) == s;
  for (SvPlanningSection s = SV_PLANNING_OVERDUE; s <= SV_PLANNING_DONE; s++)
    {
      Entry heading = { TRUE, s, counts[s], 0 };

      if (counts[s] == 0)
        continue;
      g_array_append_val (self->entries, heading);
      for (guint i = 0; i < self->deadlines->len; i++)
        if (section_of (&g_array_index (self->deadlines, SvDeadline, i), &today, this_week_end, next_week_end) == s)
          {
            Entry entry = { FALSE, s, 0, i };
            g_array_append_val (self->entries, entry);
          }
    }
}

/* Computes anew and tells the views — all out, then all in: GTK 4.8 then
 * does not look for its old rows among the new ones. */
static void
refresh (SvPlanningModel *self)
{
  guint old_n = self->entries->len;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_array_set_size (self->entries, 0);
  if (old_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);
  compute (self);
  if (self->entries->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->entries->len);
}

static void
reload_idle_cb (gpointer user_data)
{
  SvPlanningModel *self = user_data;

  self->reload_id = 0;
  refresh (self);
}

static void
on_store_changed_cb (SvStore         *store,
                     guint            what,
                     gint64           case_id,
                     SvPlanningModel *self)
{
  /* Many writes in a row (an import) give one recomputation. */
  /* The agenda filtered on may have changed. */
  if (self->meeting_id != 0 && (what & SV_STORE_CHANGE_MEETING_PLAN))
    what |= SV_STORE_CHANGE_CASE_LIST;
  if ((what & (SV_STORE_CHANGE_CASE | SV_STORE_CHANGE_CASE_LIST | SV_STORE_CHANGE_PROFESSIONALS)) &&
      self->reload_id == 0)
    self->reload_id = g_idle_add_once (reload_idle_cb, self);
}

/* ------------------------------------------------------------------------
 * GListModel
 * ------------------------------------------------------------------------ */

static GType
get_item_type (GListModel *model)
{
  return SV_TYPE_PLANNING_ITEM;
}

static guint
get_n_items (GListModel *model)
{
  return SV_PLANNING_MODEL (model)->entries->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SvPlanningModel *self = SV_PLANNING_MODEL (model);
  const Entry *entry;

  if (position >= self->entries->len)
    return NULL;
  entry = &g_array_index (self->entries, Entry, position);
  if (entry->heading)
    return sv_planning_item_new_heading (entry->section, entry->count);
  return sv_planning_item_new (&g_array_index (self->deadlines, SvDeadline, entry->index), entry->section);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_planning_model_dispose (GObject *object)
{
  SvPlanningModel *self = SV_PLANNING_MODEL (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sv_planning_model_parent_class)->dispose (object);
}

static void
sv_planning_model_finalize (GObject *object)
{
  SvPlanningModel *self = SV_PLANNING_MODEL (object);

  g_clear_pointer (&self->workdays, sv_workdays_unref);
  g_array_unref (self->deadlines);
  g_array_unref (self->entries);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (sv_planning_model_parent_class)->finalize (object);
}

static void
sv_planning_model_class_init (SvPlanningModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_planning_model_dispose;
  object_class->finalize = sv_planning_model_finalize;
}

static void
sv_planning_model_init (SvPlanningModel *self)
{
  self->family = SV_PLANNING_ALL_FAMILIES;
  self->deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvPlanningModel *
sv_planning_model_new (SvStore    *store,
                       SvWorkdays *workdays)
{
  SvPlanningModel *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (workdays != NULL, NULL);

  self = g_object_new (SV_TYPE_PLANNING_MODEL, NULL);
  self->store = g_object_ref (store);
  self->workdays = sv_workdays_ref (workdays);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  compute (self);
  return self;
}

void
sv_planning_model_reload (SvPlanningModel *self)
{
  g_return_if_fail (SV_IS_PLANNING_MODEL (self));
  refresh (self);
}

void
sv_planning_model_set_workdays (SvPlanningModel *self,
                                SvWorkdays      *workdays)
{
  g_return_if_fail (SV_IS_PLANNING_MODEL (self));
  g_return_if_fail (workdays != NULL);

  sv_workdays_ref (workdays);
  sv_workdays_unref (self->workdays);
  self->workdays = workdays;
  refresh (self);
}

void
sv_planning_model_set_family (SvPlanningModel *self,
                              int              family)
{
  g_return_if_fail (SV_IS_PLANNING_MODEL (self));

  if (self->family == family)
    return;
  self->family = family;
  refresh (self);
}

void
sv_planning_model_set_professional (SvPlanningModel *self,
                                    gint64           professional_id)
{
  g_return_if_fail (SV_IS_PLANNING_MODEL (self));

  if (self->professional_id == professional_id)
    return;
  self->professional_id = professional_id;
  refresh (self);
}

void
sv_planning_model_set_rule (SvPlanningModel *self,
                            const char      *rule_id)
{
  const char *known = NULL;

  g_return_if_fail (SV_IS_PLANNING_MODEL (self));

  /* The engine's own string, so that rows compare by pointer. */
  for (const char * const *id = sv_deadline_rule_ids (); rule_id != NULL && *id != NULL; id++)
    if (g_str_equal (*id, rule_id))
      known = *id;
  g_return_if_fail (rule_id == NULL || known != NULL);
  if (self->rule_id == known)
    return;
  self->rule_id = known;
  refresh (self);
}

void
sv_planning_model_set_meeting (SvPlanningModel *self,
                               gint64           meeting_id)
{
  g_return_if_fail (SV_IS_PLANNING_MODEL (self));

  if (self->meeting_id == meeting_id)
    return;
  self->meeting_id = meeting_id;
  refresh (self);
}

void
sv_planning_model_set_show_done (SvPlanningModel *self,
                                 gboolean         show_done)
{
  g_return_if_fail (SV_IS_PLANNING_MODEL (self));

  if (self->show_done == !!show_done)
    return;
  self->show_done = !!show_done;
  refresh (self);
}

GArray *
sv_planning_model_get_deadlines (SvPlanningModel *self)
{
  g_return_val_if_fail (SV_IS_PLANNING_MODEL (self), NULL);
  return self->deadlines;
}

guint
sv_planning_model_find_date (SvPlanningModel *self,
                             const GDate     *date)
{
  g_return_val_if_fail (SV_IS_PLANNING_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);

      if (!entry->heading && entry->section != SV_PLANNING_DONE &&
          g_date_compare (&g_array_index (self->deadlines, SvDeadline, entry->index).due, date) >= 0)
        return i;
    }
  return G_MAXUINT;
}

const GError *
sv_planning_model_get_error (SvPlanningModel *self)
{
  g_return_val_if_fail (SV_IS_PLANNING_MODEL (self), NULL);
  return self->error;
}
