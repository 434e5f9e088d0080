/* sv-case-page-deadlines.c: the deadlines of the case shown — the
 * OTS-closure countdown and every date the facts imply, each one to be
 * marked done (and undone). */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-facts-editor.h"
#include "sv-gui-util.h"

/* 18-/18+ over the youths of the household: one who turns 18 before the
 * end decides; a youth without a date of birth leaves it unknown. */
static SvTriState
adult_flag_for (SvCasePage        *self,
                const SvCaseFacts *facts)
{
  g_autoptr(GPtrArray) members = sv_store_list_members (self->store, self->record->household_id, NULL);
  SvTriState flag = SV_TRI_NO;

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      SvMember *member = members->pdata[i];
      SvTriState one;

      if (member->role != SV_MEMBER_ROLE_JEUGDIGE)
        continue;
      one = sv_deadline_vht_needed_at_18 (facts, &member->birth_date);
      if (one == SV_TRI_YES)
        return SV_TRI_YES;
      if (one == SV_TRI_UNKNOWN)
        flag = SV_TRI_UNKNOWN;
    }
  return flag;
}

static int
by_due_date (gconstpointer a,
             gconstpointer b)
{
  const SvDeadline *x = a, *y = b;
  int cmp = g_date_compare (&x->due, &y->due);

  return cmp != 0 ? cmp : x->due_minutes - y->due_minutes;
}

static GtkWidget *
deadline_row (const SvDeadline *deadline)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  GtkWidget *button;
  g_autofree char *due = sv_date_format_long (&deadline->due);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;

  if (deadline->due_minutes >= 0)
    /* TRANSLATORS: a date and a time: "Thursday 3 December 2026, 09:30" */
    when = g_strdup_printf (_("%s, %02d:%02d"), due, deadline->due_minutes / 60, deadline->due_minutes % 60);
  else
    when = g_strdup (due);
  if (deadline->state == SV_DEADLINE_DONE)
    {
      g_autofree char *done = sv_date_format_medium (&deadline->done_on);

      /* TRANSLATORS: "Thursday 3 December 2026 · done on 1 December 2026" */
      subtitle = g_strdup_printf (_("%s · done on %s"), when, done);
    }
  else
    subtitle = g_strdup_printf ("%s · %s", when, sv_deadline_state_label (deadline->state));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sv_deadline_rule_description (deadline->rule_id));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  /* State by icon as well as by word: overdue, today, done, to come. */
  icon = gtk_image_new_from_icon_name (deadline->state == SV_DEADLINE_DONE ? "emblem-ok-symbolic"
                                       : deadline->state == SV_DEADLINE_OVERDUE ? "dialog-warning-symbolic"
                                       : deadline->state == SV_DEADLINE_DUE_TODAY ? "alarm-symbolic"
                                       : "x-office-calendar-symbolic");
  if (deadline->state == SV_DEADLINE_OVERDUE)
    gtk_widget_add_css_class (icon, "error");
  else if (deadline->state == SV_DEADLINE_DONE)
    gtk_widget_add_css_class (icon, "success");
  else if (deadline->state == SV_DEADLINE_DUE_TODAY)
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  button = gtk_button_new_with_label (deadline->state == SV_DEADLINE_DONE ? _("Not Done") : _("Done"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, deadline->state == SV_DEADLINE_DONE
                                       ? _("Mark this deadline as not done")
                                       : _("Mark this deadline as done today"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "case.toggle-deadline");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (deadline->rule_id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
sv_case_page_fill_deadlines (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (self->store, self->case_id, &error);
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(SvWorkdays) workdays = sv_workdays_from_settings (self->settings);
  g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  SvCountdownModel model;
  GDate today;

  sv_group_clear_rows (self->deadlines_group);
  if (facts == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      sv_group_add_row (self->deadlines_group, row);
      gtk_widget_set_visible (GTK_WIDGET (self->countdown_group), FALSE);
      return;
    }
  done = sv_store_list_deadlines_done (self->store, self->case_id, NULL);
  sv_date_today (&today);
  sv_deadlines_compute (facts, workdays, &today, done, deadlines);

  if (sv_countdown_model_init (&model, facts, &today, deadlines, adult_flag_for (self, facts)))
    {
      adw_preferences_group_set_title (self->countdown_group,
                                       facts->order_kind == SV_ORDER_KIND_VOOGDIJ
                                       ? _("Closing the Voogdij") : _("Closing the OTS"));
      sv_countdown_set_model (self->countdown, &model);
      gtk_widget_set_visible (GTK_WIDGET (self->countdown_group), TRUE);
    }
  else
    {
      sv_countdown_set_model (self->countdown, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->countdown_group), FALSE);
    }

  if (deadlines->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No dates recorded yet: add the dates deadlines count from with the pencil"));
      gtk_widget_add_css_class (row, "dim-label");
      sv_group_add_row (self->deadlines_group, row);
      return;
    }
  /* Later than two weeks after the VeiligheidsTeam is allowed, but never
   * unnoticed (DOMAIN.md, Interventiegesprek). */
  for (guint i = 0; i < deadlines->len; i++)
    {
      const SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);

      if (g_str_equal (d->rule_id, "ig-uiterlijk") && g_date_valid (&facts->ig_date) &&
          g_date_compare (&facts->ig_date, &d->due) > 0)
        {
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          g_autofree char *planned = sv_date_format_long (&facts->ig_date);
          g_autofree char *latest = sv_date_format_long (&d->due);
          g_autofree char *text = g_strdup_printf (_("The interventiegesprek on %s is planned after its latest day, %s. Record the reason in the case journal."),
                                                   planned, latest);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
          gtk_widget_add_css_class (icon, "warning");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          sv_group_add_row (self->deadlines_group, row);
        }
    }
  g_array_sort (deadlines, by_due_date);
  for (guint i = 0; i < deadlines->len; i++)
    sv_group_add_row (self->deadlines_group, deadline_row (&g_array_index (deadlines, SvDeadline, i)));
}

typedef struct {
  SvStore *store;
  gint64   case_id;
  char    *rule_id;
  GDate    done_on;   /* what to put back; cleared: not done */
} UndoDeadline;

static void
undo_deadline_free (gpointer data,
                    GClosure *closure)
{
  UndoDeadline *undo = data;

  g_object_unref (undo->store);
  g_free (undo->rule_id);
  g_free (undo);
}

static void
on_undo_deadline_cb (AdwToast     *toast,
                     UndoDeadline *undo)
{
  sv_store_set_deadline_done (undo->store, undo->case_id, undo->rule_id,
                              g_date_valid (&undo->done_on) ? &undo->done_on : NULL, NULL);
}

void
sv_case_page_toggle_deadline (SvCasePage *self,
                              const char *rule_id)
{
  g_autoptr(GHashTable) done = sv_store_list_deadlines_done (self->store, self->case_id, NULL);
  g_autoptr(GError) error = NULL;
  const GDate *was = done != NULL ? g_hash_table_lookup (done, rule_id) : NULL;
  UndoDeadline *undo;
  AdwToast *toast;
  GDate today;

  sv_date_today (&today);
  if (!sv_store_set_deadline_done (self->store, self->case_id, rule_id, was != NULL ? NULL : &today, &error))
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  undo = g_new0 (UndoDeadline, 1);
  undo->store = g_object_ref (self->store);
  undo->case_id = self->case_id;
  undo->rule_id = g_strdup (rule_id);
  g_date_clear (&undo->done_on, 1);
  if (was != NULL)
    undo->done_on = *was;
  toast = adw_toast_new (was != NULL ? _("Marked as not done") : _("Marked as done"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_deadline_cb), undo, undo_deadline_free, 0);
  sv_add_toast (GTK_WIDGET (self), toast);
}

void
on_countdown_step_activated_cb (SvCountdown *countdown,
                                guint        index,
                                SvCasePage  *self)
{
  const SvCountdownModel *model = sv_countdown_get_model (countdown);

  if (model != NULL && index < SV_COUNTDOWN_N_STEPS)
    sv_case_page_toggle_deadline (self, model->steps[index].rule_id);
}

void
sv_case_page_edit_facts (SvCasePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_present (GTK_WINDOW (sv_facts_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       self->store, self->case_id)));
}
