/* sv-case-page-traject.c: the Interventieteam's path of the case shown —
 * the chart, what the next moves need (adviesverslag, Traject IV hours,
 * the closing checklist) and the log of moves. A step chosen on the chart
 * moves the case after a confirmation, or says why it cannot. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-gui-util.h"

typedef enum {
  CHECK_ADVIESVERSLAG,
  CHECK_GESPREKSVERSLAGEN,
  CHECK_ZORGJOURNAAL,
  CHECK_PLAN,
} Check;

static gboolean *
check_field (SvTraject *traject,
             Check      check)
{
  switch (check)
    {
    case CHECK_ADVIESVERSLAG:     return &traject->adviesverslag;
    case CHECK_GESPREKSVERSLAGEN: return &traject->gespreksverslagen;
    case CHECK_ZORGJOURNAAL:      return &traject->zorgjournaal;
    case CHECK_PLAN:
    default:                      return &traject->plan_goedgekeurd;
    }
}

/* One change to the traject's record: a checklist item set to a value,
 * or the Traject IV hours. */
typedef struct {
  SvCasePage *page;
  int         check;       /* a Check, or −1 for the hours */
  gboolean    value;
  guint       iv_minutes;
} TrajectChange;

/* Written from idle, to the record read fresh from the store: the store's
 * change notice fills the group again, and the switch or spin button that
 * asked must not be destroyed while it is still emitting. */
static gboolean
write_change_cb (gpointer data)
{
  TrajectChange *change = data;
  SvCasePage *self = change->page;
  g_autoptr(GError) error = NULL;
  g_autoptr(SvTraject) traject = NULL;

  if (self->store != NULL)
    traject = sv_store_get_traject (self->store, self->case_id, &error);
  if (traject != NULL)
    {
      if (change->check >= 0)
        *check_field (traject, (Check) change->check) = change->value;
      else
        traject->iv_minutes = change->iv_minutes;
      sv_store_save_traject (self->store, traject, &error);
    }
  if (error != NULL)
    sv_show_error_toast (GTK_WIDGET (self), error);
  g_object_unref (change->page);
  g_free (change);
  return G_SOURCE_REMOVE;
}

static void
save_change (SvCasePage *self,
             int         check,
             gboolean    value,
             guint       iv_minutes)
{
  TrajectChange *change = g_new0 (TrajectChange, 1);

  change->page = g_object_ref (self);
  change->check = check;
  change->value = value;
  change->iv_minutes = iv_minutes;
  g_idle_add (write_change_cb, change);
}

static gboolean
on_check_state_set_cb (GtkSwitch  *button,
                       gboolean    state,
                       SvCasePage *self)
{
  save_change (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "check")), state, 0);
  gtk_switch_set_state (button, state);
  return TRUE;
}

static void
on_hours_changed_cb (GtkSpinButton *spin,
                     SvCasePage    *self)
{
  save_change (self, -1, FALSE, (guint) (gtk_spin_button_get_value (spin) * 60 + 0.5));
}

static GtkWidget *
check_row (SvCasePage *self,
           Check       check,
           const char *title,
           gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (button), active);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Named by the row's title: the row labels its activatable widget (a
   * label of its own as well made screen readers say the title twice). */
  g_object_set_data (G_OBJECT (button), "check", GINT_TO_POINTER (check));
  g_signal_connect (button, "state-set", G_CALLBACK (on_check_state_set_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
hours_row (SvCasePage      *self,
           const SvTraject *traject)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, SV_TRAJECT_IV_MAX_MINUTES / 60, 0.25);
  const char *title = _("Hours of help in Traject IV (at most 18)");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), traject->iv_minutes / 60.0);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_hours_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  return row;
}

static GtkWidget *
log_row (GPtrArray *moves)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u move logged", "%u moves logged",
                                                         moves->len),
                                            moves->len);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  /* Newest first. */
  for (guint i = moves->len; i > 0; i--)
    {
      const SvTrajectMove *move = moves->pdata[i - 1];
      GtkWidget *row = adw_action_row_new ();
      SvTrajectStep from, to;
      g_autofree char *date = sv_date_format_medium (&move->on);
      g_autofree char *what = g_strdup_printf ("%s → %s",
                                               sv_traject_step_from_nick (move->from_step, &from)
                                               ? sv_traject_step_label (from) : move->from_step,
                                               sv_traject_step_from_nick (move->to_step, &to)
                                               ? sv_traject_step_label (to) : move->to_step);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date, move->who);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  return expander;
}

void
sv_case_page_fill_traject (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvTraject) traject = sv_store_get_traject (self->store, self->case_id, &error);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvWorkdays) workdays = sv_workdays_from_settings (self->settings);
  g_autofree char *limit = NULL;
  SvTrajectChart chart;
  GDate today;

  sv_group_clear_rows (self->traject_group);
  if (traject == NULL || !(moves = sv_store_list_traject_moves (self->store, self->case_id, &error)))
    {
      sv_traject_view_set_chart (self->traject_view, NULL);
      adw_preferences_group_set_description (self->traject_group, error->message);
      return;
    }
  sv_date_today (&today);
  sv_traject_chart_init_case (&chart, traject, moves, workdays, &today);
  sv_traject_view_set_chart (self->traject_view, &chart);

  if (traject->unknown_step != NULL)
    limit = g_strdup_printf (_("The case stands at “%s”, a step this version does not know. It is shown as stored "
                               "and cannot be moved; ask the application manager to correct it."),
                             traject->unknown_step);
  else
    limit = sv_traject_limit_describe (&chart.limit);
  adw_preferences_group_set_description (self->traject_group,
                                         limit != NULL ? limit : _("Choose a step outlined on the chart to move the case."));

  sv_group_add_row (self->traject_group, check_row (self, CHECK_ADVIESVERSLAG, _("Adviesverslag complete"),
                                                    traject->adviesverslag));
  if (traject->step == SV_TRAJECT_STEP_TRAJECT_IV || traject->iv_minutes > 0)
    sv_group_add_row (self->traject_group, hours_row (self, traject));
  if (sv_traject_step_is_outcome (traject->step))
    {
      sv_group_add_row (self->traject_group, check_row (self, CHECK_GESPREKSVERSLAGEN,
                                                        _("Conversation reports present"), traject->gespreksverslagen));
      sv_group_add_row (self->traject_group, check_row (self, CHECK_ZORGJOURNAAL,
                                                        _("Zorgjournaal complete"), traject->zorgjournaal));
      sv_group_add_row (self->traject_group, check_row (self, CHECK_PLAN,
                                                        _("Veiligheids-, herstel- or gezinsplan jointly approved"),
                                                        traject->plan_goedgekeurd));
    }
  if (moves->len > 0)
    sv_group_add_row (self->traject_group, log_row (moves));
}

/* ------------------------------------------------------------------------
 * Moving
 * ------------------------------------------------------------------------ */

static void
on_move_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SvCasePage       *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;
  SvTrajectStep from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "from"));
  SvTrajectStep to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "to"));

  if (g_strcmp0 (response, "move") != 0 || self->store == NULL)
    return;
  who = sv_dup_user_name (self->settings);
  if (sv_store_move_traject (self->store, self->case_id, from, to, NULL, who, &error))
    {
      g_autofree char *done = g_strdup_printf (_("Moved to “%s”"), sv_traject_step_label (to));

      sv_show_toast (GTK_WIDGET (self), done);
      return;
    }
  /* Another window may have moved it: show where it stands now. */
  if (g_error_matches (error, SV_ERROR, SV_ERROR_STALE))
    sv_case_page_fill_traject (self);
  sv_show_error_toast (GTK_WIDGET (self), error);
}

void
on_traject_step_activated_cb (SvTrajectView *view,
                              guint          step,
                              SvCasePage    *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvTraject) traject = NULL;
  g_autoptr(SvWorkdays) workdays = NULL;
  g_autofree char *why = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GDate today;

  if (self->store == NULL || self->case_id == 0 || step >= SV_TRAJECT_N_STEPS)
    return;
  traject = sv_store_get_traject (self->store, self->case_id, &error);
  if (traject == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  workdays = sv_workdays_from_settings (self->settings);
  sv_date_today (&today);
  if (!sv_traject_can_move (traject, step, workdays, &today, &why))
    {
      heading = g_strdup_printf (_("Not to “%s” Now"), sv_traject_step_label (step));
      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, why);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  heading = g_strdup_printf (_("Move to “%s”?"), sv_traject_step_label (step));
  body = g_strdup_printf (_("The case goes from “%s” to “%s” today. The move is logged with your name and cannot be "
                            "undone."),
                          sv_traject_step_label (traject->step), sv_traject_step_label (step));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "move", _("_Move"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "move");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "from", GUINT_TO_POINTER (traject->step));
  g_object_set_data (G_OBJECT (dialog), "to", GUINT_TO_POINTER (step));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_move_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
