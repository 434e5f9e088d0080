/* sv-planning-view.c: deadlines across cases by week, filters, and a
 * month calendar that marks the days with deadlines. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-month-calendar.h"
#include "sv-planning-model.h"
#include "sv-planning-row.h"
#include "sv-planning-view.h"

struct _SvPlanningView
{
  GtkWidget         parent_instance;

  SvStore          *store;          /* owned */
  GSettings        *settings;       /* owned */
  SvPlanningModel  *model;          /* owned */
  GArray           *professionals;  /* gint64 ids, in the dropdown's order after "all" */
  GArray           *meetings;       /* gint64 ids, likewise */
  GHashTable       *names;          /* case id → "2026-0003 · Gezin Voorbeeld" */
  gulong            changed_id;

  GtkWidget        *box;
  GtkDropDown      *family_dropdown;
  GtkDropDown      *professional_dropdown;
  GtkDropDown      *meeting_dropdown;
  GtkCheckButton   *done_check;
  GtkLabel         *count_label;
  GtkStack         *stack;
  GtkGridView      *list_view;      /* one column: it keeps some 30 rows alive, a list view 200 */
  SvMonthCalendar  *calendar;
};

G_DEFINE_FINAL_TYPE (SvPlanningView, sv_planning_view, GTK_TYPE_WIDGET)

enum {
  OPEN_CASE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

#define NAMES_AHEAD 64

/* Case number and household, read when a row first shows the case —
 * with those of the rows after it in the same query: the list binds its
 * rows all at once when it opens. */
static const char *
case_label (SvPlanningView *self,
            gint64          case_id,
            guint           position)
{
  const char *label = g_hash_table_lookup (self->names, &case_id);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) found = NULL;
  guint n_items;

  if (label != NULL)
    return label;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (ids, case_id);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  for (guint i = position + 1; i < MIN (n_items, position + NAMES_AHEAD); i++)
    {
      g_autoptr(SvPlanningItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), i);
      const SvDeadline *d = sv_planning_item_get_deadline (item);

      if (d != NULL && d->case_id != case_id && !g_hash_table_contains (self->names, &d->case_id))
        g_array_append_val (ids, d->case_id);
    }
  found = sv_store_get_case_summaries (self->store, (const gint64 *) ids->data, ids->len, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      gint64 id = sv_case_summary_get_id (found->pdata[i]);

      if (!g_hash_table_contains (self->names, &id))
        g_hash_table_insert (self->names, g_memdup2 (&id, sizeof id),
                             g_strdup_printf ("%s · %s", sv_case_summary_get_number (found->pdata[i]),
                                              sv_case_summary_get_household_name (found->pdata[i])));
    }
  label = g_hash_table_lookup (self->names, &case_id);
  return label != NULL ? label : "";
}

/* The month calendar counts the open deadlines of each day. */
static void
mark_month (SvPlanningView *self)
{
  GArray *deadlines = sv_planning_model_get_deadlines (self->model);
  guint counts[32] = { 0 };
  guint year, month, lo = 0, hi = deadlines->len;
  guint32 first, end;
  GDate date;

  sv_month_calendar_get_month (self->calendar, &year, &month);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, (GDateMonth) month, (GDateYear) year);
  first = g_date_get_julian (&date);
  end = first + g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
  /* The model keeps the deadlines in date order (some 240,000 for
   * 100,000 cases): look up the month's first one, count to its end. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_date_get_julian (&g_array_index (deadlines, SvDeadline, mid).due) < first)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < deadlines->len; i++)
    {
      const SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);
      guint32 due = g_date_get_julian (&d->due);

      if (due >= end)
        break;
      if (d->state != SV_DEADLINE_DONE)
        counts[due - first + 1]++;
    }
  sv_month_calendar_set_counts (self->calendar, counts);
}

static void
update_state (SvPlanningView *self)
{
  guint n = sv_planning_model_get_deadlines (self->model)->len;
  const GError *error = sv_planning_model_get_error (self->model);
  g_autofree char *count = NULL;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  if (error != NULL)
    count = g_strdup (error->message);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline", "%u deadlines", n), n);
  gtk_label_set_text (self->count_label, count);
  mark_month (self);
}

static void
fill_professionals (SvPlanningView *self)
{
  g_autoptr(GPtrArray) professionals = sv_store_list_professionals (self->store, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (self->professionals, 0);
  gtk_string_list_append (names, _("All professionals"));
  for (guint i = 0; professionals != NULL && i < professionals->len; i++)
    {
      SvProfessional *p = professionals->pdata[i];
      g_autofree char *label = *p->organisation_name != '\0'
                               ? g_strdup_printf ("%s (%s)", p->name, p->organisation_name)
                               : g_strdup (p->name);

      gtk_string_list_append (names, label);
      g_array_append_val (self->professionals, p->id);
    }
  gtk_drop_down_set_model (self->professional_dropdown, G_LIST_MODEL (names));
}

#define MEETINGS_LISTED 40

/* The meetings from today on (the next forty), keeping the one chosen
 * while it is still there. */
static void
fill_meetings (SvPlanningView *self)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_dropdown);
  gint64 chosen = selected > 0 && selected != GTK_INVALID_LIST_POSITION && selected - 1 < self->meetings->len
                  ? g_array_index (self->meetings, gint64, selected - 1) : 0;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) meetings = NULL;
  guint keep = 0;
  GDate today;

  sv_date_today (&today);
  meetings = sv_store_list_meetings (self->store, &today, NULL, NULL);
  g_array_set_size (self->meetings, 0);
  gtk_string_list_append (names, _("All meetings"));
  for (guint i = 0; meetings != NULL && i < MIN (meetings->len, MEETINGS_LISTED); i++)
    {
      SvMeeting *m = meetings->pdata[i];
      g_autofree char *day = sv_date_format_short (&m->date);
      g_autofree char *start = sv_minutes_format (m->start_minutes);
      /* TRANSLATORS: a meeting in a filter: "LEJO, 24 nov, 14:00" */
      g_autofree char *label = g_strdup_printf (_("%s, %s, %s"), m->kind_code, day, start);

      gtk_string_list_append (names, label);
      g_array_append_val (self->meetings, m->id);
      if (m->id == chosen)
        keep = self->meetings->len;
    }
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->meeting_dropdown, keep);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_filter_changed_cb (SvPlanningView *self)
{
  guint family, professional, meeting;

  if (self->model == NULL)
    return;
  family = gtk_drop_down_get_selected (self->family_dropdown);
  professional = gtk_drop_down_get_selected (self->professional_dropdown);
  meeting = gtk_drop_down_get_selected (self->meeting_dropdown);
  /* The drop-down lists every deadline, the families, then each rule. */
  sv_planning_model_set_family (self->model, family == 0 || family == GTK_INVALID_LIST_POSITION ||
                                             family > SV_DEADLINE_N_FAMILIES
                                             ? SV_PLANNING_ALL_FAMILIES : (int) family - 1);
  sv_planning_model_set_rule (self->model, family != GTK_INVALID_LIST_POSITION && family > SV_DEADLINE_N_FAMILIES
                                           ? sv_deadline_rule_ids ()[family - 1 - SV_DEADLINE_N_FAMILIES] : NULL);
  sv_planning_model_set_professional (self->model,
                                      professional > 0 && professional != GTK_INVALID_LIST_POSITION &&
                                      professional - 1 < self->professionals->len
                                      ? g_array_index (self->professionals, gint64, professional - 1) : 0);
  sv_planning_model_set_meeting (self->model,
                                 meeting > 0 && meeting != GTK_INVALID_LIST_POSITION &&
                                 meeting - 1 < self->meetings->len
                                 ? g_array_index (self->meetings, gint64, meeting - 1) : 0);
  sv_planning_model_set_show_done (self->model, gtk_check_button_get_active (self->done_check));
}

static void
on_items_changed_cb (GListModel     *model,
                     guint           position,
                     guint           removed,
                     guint           added,
                     SvPlanningView *self)
{
  update_state (self);
}

static void
on_month_changed_cb (SvPlanningView *self)
{
  if (self->model != NULL)
    mark_month (self);
}

static void
on_day_activated_cb (SvMonthCalendar *calendar,
                     guint            julian,
                     SvPlanningView  *self)
{
  GDate date;
  guint position;

  if (self->model == NULL)
    return;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  position = sv_planning_model_find_date (self->model, &date);
  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
on_list_activate_cb (GtkGridView    *list_view,
                     guint           position,
                     SvPlanningView *self)
{
  g_autoptr(SvPlanningItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  const SvDeadline *deadline = item != NULL ? sv_planning_item_get_deadline (item) : NULL;

  if (deadline != NULL)
    g_signal_emit (self, signals[OPEN_CASE], 0, deadline->case_id);
}

static void
on_store_changed_cb (SvStore        *store,
                     guint           what,
                     gint64          case_id,
                     SvPlanningView *self)
{
  /* Names may have changed; the list itself follows through its model. */
  if (what & (SV_STORE_CHANGE_CASE_LIST | SV_STORE_CHANGE_CASE))
    g_hash_table_remove_all (self->names);
  if (what & SV_STORE_CHANGE_PROFESSIONALS)
    fill_professionals (self);
  if (what & SV_STORE_CHANGE_MEETING_PLAN)
    fill_meetings (self);
}

/* One drawn widget a row (sv-planning-row.c). */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, sv_planning_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             SvPlanningView           *self)
{
  SvPlanningItem *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  gboolean is_heading = sv_planning_item_is_heading (row);
  const SvDeadline *d = sv_planning_item_get_deadline (row);
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;

  gtk_list_item_set_activatable (item, !is_heading);
  gtk_list_item_set_selectable (item, FALSE);
  if (is_heading)
    {
      /* TRANSLATORS: a week group and its size: "Overdue (3)" */
      text = g_strdup_printf (_("%s (%u)"), sv_planning_section_label (sv_planning_item_get_section (row)),
                              sv_planning_item_get_count (row));
      sv_planning_row_set_heading (SV_PLANNING_ROW (box), text,
                                   sv_planning_item_get_section (row) == SV_PLANNING_OVERDUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      return;
    }

  when = sv_date_format_long (&d->due);
  if (d->due_minutes >= 0)
    {
      g_autofree char *day = g_steal_pointer (&when);

      when = g_strdup_printf (_("%s, %02d:%02d"), day, d->due_minutes / 60, d->due_minutes % 60);
    }
  /* TRANSLATORS: "Thursday 26 November 2026 · 2026-0003 · Gezin Voorbeeld · Overdue" */
  text = g_strdup_printf ("%s · %s · %s", when, case_label (self, d->case_id, gtk_list_item_get_position (item)),
                          sv_deadline_state_label (d->state));
  sv_planning_row_set_deadline (SV_PLANNING_ROW (box), sv_deadline_rule_title (d->rule_id), text);
  {
    g_autofree char *accessible = g_strdup_printf ("%s, %s", sv_deadline_rule_title (d->rule_id), text);

    gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  }
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_planning_view_dispose (GObject *object)
{
  SvPlanningView *self = SV_PLANNING_VIEW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_PLANNING_VIEW);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sv_planning_view_parent_class)->dispose (object);
}

static void
sv_planning_view_finalize (GObject *object)
{
  SvPlanningView *self = SV_PLANNING_VIEW (object);

  g_array_unref (self->professionals);
  g_array_unref (self->meetings);
  g_hash_table_unref (self->names);
  G_OBJECT_CLASS (sv_planning_view_parent_class)->finalize (object);
}

static void
sv_planning_view_class_init (SvPlanningViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_planning_view_dispose;
  object_class->finalize = sv_planning_view_finalize;

  /**
   * SvPlanningView::open-case:
   * @case_id: the case of the chosen deadline
   */
  signals[OPEN_CASE] = g_signal_new ("open-case", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-planning-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, box);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, family_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, professional_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, done_check);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, stack);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SvPlanningView, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_month_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sv_planning_view_init (SvPlanningView *self)
{
  g_autoptr(GtkStringList) families = gtk_string_list_new (NULL);

  g_type_ensure (SV_TYPE_MONTH_CALENDAR);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->professionals = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->meetings = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gtk_string_list_append (families, _("All deadlines"));
  for (guint i = 0; i < SV_DEADLINE_N_FAMILIES; i++)
    gtk_string_list_append (families, sv_deadline_family_label (i));
  for (const char * const *id = sv_deadline_rule_ids (); *id != NULL; id++)
    gtk_string_list_append (families, sv_deadline_rule_title (*id));
  gtk_drop_down_set_model (self->family_dropdown, G_LIST_MODEL (families));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Planning"), -1);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_planning_view_set_store (SvPlanningView *self,
                            SvStore        *store,
                            GSettings      *settings)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_from_settings (settings);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (SV_IS_PLANNING_VIEW (self));
  g_return_if_fail (SV_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->model = sv_planning_model_new (store, workdays);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->list_view, factory);
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect (self->model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  fill_professionals (self);
  fill_meetings (self);
  update_state (self);
}
