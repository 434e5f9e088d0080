/* sv-gesprek-planner.c: the planner window — kind and RvdK gate, when,
 * where, safety, chair, the definitive Veiligheidskaart and the
 * checklist; who, the letters and the outcome live in their own files.
 *
 * Every widget writes into the draft at once; the rows that follow from
 * it (the latest date, the warnings, the gate, who is 8 or older, the
 * checklist) are recomputed from the draft by the same core rules the
 * store judges a save with. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-gesprek-planner-private.h"
#include "sv-gui-util.h"

G_DEFINE_FINAL_TYPE (SvGesprekPlanner, sv_gesprek_planner, ADW_TYPE_WINDOW)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static char *
format_minutes (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* "14:30", "14.30" or "9:05"; -1 for empty or anything else. */
static int
parse_time (const char *text,
            gboolean   *valid)
{
  g_auto(GStrv) parts = NULL;
  guint64 h, m;

  *valid = TRUE;
  if (text == NULL || *text == '\0')
    return -1;
  parts = g_strsplit_set (text, ":.", -1);
  if (g_strv_length (parts) != 2 || strlen (parts[1]) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, 23, &h, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &m, NULL))
    {
      *valid = FALSE;
      return -1;
    }
  return (int) (h * 60 + m);
}

static void
set_row_error (GtkWidget *row,
               gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* A date row's date into @out; a wrong text marks the row and clears. */
static void
read_date_row (SvDateRow *row,
               GDate     *out)
{
  gboolean ok = sv_date_row_get_date (row, out, NULL);

  if (!ok)
    g_date_clear (out, 1);
  set_row_error (GTK_WIDGET (row), !ok);
}

static void
replace (char       **field,
         AdwEntryRow *row)
{
  g_free (*field);
  *field = sv_entry_row_dup_text (row);
}

void
sv_gesprek_planner_show_error (SvGesprekPlanner *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* ------------------------------------------------------------------------
 * Derived rows
 * ------------------------------------------------------------------------ */

static void
refresh_when (SvGesprekPlanner *self,
              SvIgPlan         *plan)
{
  g_autoptr(GError) gate = NULL;
  g_autofree char *warning = NULL;
  gboolean open = sv_ig_plan_may_plan (plan, &gate);
  gboolean late = FALSE;
  GDate latest, due, prep;
  int prep_minutes;

  /* The gate explains instead of offering a date. */
  gtk_widget_set_visible (GTK_WIDGET (self->gate_row), !open);
  if (!open)
    {
      g_autofree char *sent = self->card_state != NULL && !g_date_valid (&self->draft->rvdk_kaart_sent)
                              ? sv_gesprek_card_state_describe_rvdk (self->card_state) : NULL;
      /* TRANSLATORS: %s says when the Veiligheidskaart went to the RvdK */
      g_autofree char *hint = sent != NULL ? g_strdup_printf (_("%s: take the date over in the checklist."), sent)
                                           : NULL;
      g_autofree char *text = hint != NULL ? g_strconcat (gate->message, "\n", hint, NULL)
                                           : g_strdup (gate->message);

      adw_action_row_set_subtitle (self->gate_row, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), open);
  gtk_widget_set_visible (GTK_WIDGET (self->time_row), open);
  gtk_widget_set_visible (GTK_WIDGET (self->duration_row), open);
  gtk_widget_set_visible (GTK_WIDGET (self->kaart_sent_row), self->draft->kind == SV_IG_KIND_RVDK);
  gtk_widget_set_visible (self->rvdk_row, self->draft->kind == SV_IG_KIND_RVDK);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (self->rvdk_switch),
                                                                        ADW_TYPE_ACTION_ROW)),
                               self->draft->kind == SV_IG_KIND_RVDK
                               ? _("The Raad voor de Kinderbescherming decides whether to join")
                               : _("Off: in the voluntary frame, with a network partner"));

  if (sv_ig_plan_latest_date (plan, self->workdays, &latest))
    {
      g_autofree char *text = sv_date_format_long (&latest);

      adw_action_row_set_subtitle (self->latest_row, text);
      late = g_date_valid (&self->draft->date) && g_date_compare (&self->draft->date, &latest) > 0;
    }
  else
    adw_action_row_set_subtitle (self->latest_row, _("Fill in the date of the VeiligheidsTeam consultation"));

  gtk_widget_set_visible (GTK_WIDGET (self->late_row), open && late);
  set_row_error (GTK_WIDGET (self->late_row), late && (self->draft->late_reason == NULL ||
                                                      *self->draft->late_reason == '\0'));
  warning = open ? sv_ig_plan_date_warning (plan, self->workdays) : NULL;
  if (open && late)
    {
      g_autofree char *latest_text = sv_date_format_long (&latest);
      g_autofree char *late_text = NULL;

      /* TRANSLATORS: %s is a long date */
      late_text = g_strdup_printf (_("Later than the latest date, %s: give the reason below"), latest_text);
      if (warning != NULL)
        {
          char *both = g_strconcat (late_text, "\n", warning, NULL);

          g_free (warning);
          warning = both;
        }
      else
        warning = g_steal_pointer (&late_text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warning_row), warning != NULL);
  if (warning != NULL)
    adw_action_row_set_subtitle (self->warning_row, warning);

  gtk_widget_set_visible (GTK_WIDGET (self->preparation_row), FALSE);
  if (open && sv_ig_plan_preparation (plan, self->workdays, &prep, &prep_minutes))
    {
      g_autofree char *day = sv_date_format_long (&prep);
      g_autofree char *time = format_minutes (prep_minutes);
      /* TRANSLATORS: "Thursday 3 December 2026 at 14:00" */
      g_autofree char *text = g_strdup_printf (_("%s at %s"), day, time);

      adw_action_row_set_subtitle (self->preparation_row, text);
      gtk_widget_set_visible (GTK_WIDGET (self->preparation_row), TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->kaart_due_row), FALSE);
  if (open && sv_ig_plan_kaart_due (plan, self->workdays, &due))
    {
      g_autofree char *text = sv_date_format_long (&due);

      adw_action_row_set_subtitle (self->kaart_due_row, text);
      gtk_widget_set_visible (GTK_WIDGET (self->kaart_due_row), TRUE);
    }
}

static GtkWidget *
check_row (gboolean    done,
           const char *text,
           const char *note)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (done ? "object-select-symbolic" : "dialog-warning-symbolic");
  const char *state = done ? _("Done") : _("Missing");
  g_autofree char *subtitle = note != NULL ? g_strconcat (state, "\n", note, NULL) : g_strdup (state);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  /* The icon alone says nothing to a screen reader. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, state, -1);
  gtk_widget_add_css_class (icon, done ? "success" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static void
on_take_over_clicked_cb (GtkButton        *button,
                         SvGesprekPlanner *self)
{
  SvDateRow *row = g_object_get_data (G_OBJECT (button), "sv-date-row");
  const GDate *date = g_object_get_data (G_OBJECT (button), "sv-date");

  /* Through the date row, so the draft, the checklist and the question
   * on closing unsaved follow as when the date is typed; the date shows
   * in its row and the check turns done. */
  sv_date_row_set_date (row, date);
}

/* A button that puts the card's @date into @row, the user's choice: the
 * plan records what the inbrenger confirms, never silently. */
static void
add_take_over (SvGesprekPlanner *self,
               GtkWidget        *row,
               SvDateRow        *date_row,
               const GDate      *date)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Take Over"));
  g_autofree char *day = sv_date_format_medium (date);
  /* TRANSLATORS: tooltip of the Take Over button; %s is a date */
  g_autofree char *tip = g_strdup_printf (_("Record %s, the day the Veiligheidskaart was sent, in the plan"), day);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tip);
  g_object_set_data (G_OBJECT (button), "sv-date-row", date_row);
  g_object_set_data_full (G_OBJECT (button), "sv-date", g_memdup2 (date, sizeof *date), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_take_over_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* The row of a check, with what the Veiligheidskaart's versions say where
 * the check is about the card. */
static GtkWidget *
card_check_row (SvGesprekPlanner *self,
                const SvIgCheck  *check)
{
  const SvGesprekCardState *state = self->card_state;
  GtkWidget *row;

  if (state != NULL && g_str_equal (check->id, "kaart-definitief"))
    {
      g_autofree char *note = sv_gesprek_card_state_describe (state);

      row = check_row (check->done, check->text, note);
      if (state->sent_number != 0 && !g_date_valid (&self->draft->kaart_definitive_sent))
        add_take_over (self, row, self->definitive_row, &state->sent_on);
      return row;
    }
  if (state != NULL && g_str_equal (check->id, "rvdk-kaart"))
    {
      g_autofree char *note = sv_gesprek_card_state_describe_rvdk (state);

      row = check_row (check->done, check->text, note);
      if (g_date_valid (&state->rvdk_sent_on) && !g_date_valid (&self->draft->rvdk_kaart_sent))
        add_take_over (self, row, self->kaart_sent_row, &state->rvdk_sent_on);
      return row;
    }
  return check_row (check->done, check->text, NULL);
}

static void
refresh_checklist (SvGesprekPlanner *self,
                   SvIgPlan         *plan)
{
  g_autoptr(GPtrArray) checks = sv_ig_plan_checklist (plan, self->workdays);
  guint missing = 0;

  sv_group_clear_rows (self->check_group);
  for (guint i = 0; i < checks->len; i++)
    {
      const SvIgCheck *check = g_ptr_array_index (checks, i);

      sv_group_add_row (self->check_group, card_check_row (self, check));
      missing += check->done ? 0 : 1;
    }
  sv_group_add_row (self->check_group,
                    check_row (self->draft->room_reserved,
                               self->draft->room_reserved ? _("Room reserved") : _("Reserve a room"), NULL));
  missing += self->draft->room_reserved ? 0 : 1;
  sv_group_add_row (self->check_group,
                    check_row (self->draft->final, self->draft->final ? _("Plan final, invitations can go out")
                                                                      : _("Make the plan final"), NULL));
  missing += self->draft->final ? 0 : 1;
  if (missing == 0)
    adw_preferences_group_set_description (self->check_group, _("Everything is ready for the day."));
  else
    {
      /* TRANSLATORS: the checklist's summary */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing is still missing.",
                                                            "%u things are still missing.", missing), missing);

      adw_preferences_group_set_description (self->check_group, text);
    }
}

void
sv_gesprek_planner_load_card_state (SvGesprekPlanner *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->card_state, sv_gesprek_card_state_free);
  /* Without its versions the checklist says only what the plan records. */
  self->card_state = sv_store_get_gesprek_card_state (self->store, self->draft->case_id, &error);
  if (self->card_state == NULL)
    g_debug ("Veiligheidskaart versions of case %" G_GINT64_FORMAT ": %s", self->draft->case_id, error->message);
}

void
sv_gesprek_planner_refresh (SvGesprekPlanner *self)
{
  g_autoptr(SvIgPlan) plan = sv_gesprek_to_plan (self->draft);

  refresh_when (self, plan);
  gtk_widget_set_visible (self->delete_button, self->draft->id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->place_other_row), self->draft->place == SV_GESPREK_PLACE_OTHER);
  gtk_widget_set_sensitive (GTK_WIDGET (self->room_row), self->draft->room_reserved);
  gtk_widget_set_visible (GTK_WIDGET (self->safety_other_row), (self->draft->safety & SV_IG_SAFETY_OTHER) != 0);
  sv_gesprek_planner_update_people (self);
  refresh_checklist (self, plan);
}

void
sv_gesprek_planner_changed (SvGesprekPlanner *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  sv_gesprek_planner_refresh (self);
}

/* ------------------------------------------------------------------------
 * Callbacks: the widgets write into the draft
 * ------------------------------------------------------------------------ */

void
sv_gesprek_planner_field_changed_cb (GtkWidget        *widget,
                     GParamSpec       *pspec,
                     SvGesprekPlanner *self)
{
  SvGesprek *g = self->draft;
  gboolean valid;

  if (self->loading)
    return;
  g->kind = gtk_switch_get_active (self->rvdk_switch) ? SV_IG_KIND_RVDK : SV_IG_KIND_VOLUNTARY;
  read_date_row (self->kaart_sent_row, &g->rvdk_kaart_sent);
  g->rvdk_joins = gtk_toggle_button_get_active (self->rvdk_checks[1]) ? SV_TRI_YES
                  : gtk_toggle_button_get_active (self->rvdk_checks[2]) ? SV_TRI_NO : SV_TRI_UNKNOWN;
  read_date_row (self->consultation_row, &g->vht_consultation);
  read_date_row (self->date_row, &g->date);
  g->minutes = parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &valid);
  set_row_error (GTK_WIDGET (self->time_row), !valid);
  g->duration = gtk_spin_button_get_value_as_int (self->duration);
  replace (&g->late_reason, self->late_row);
  g->place = (SvGesprekPlace) MIN (adw_combo_row_get_selected (self->place_row), SV_GESPREK_N_PLACES - 1);
  replace (&g->place_other, self->place_other_row);
  g->room_reserved = gtk_switch_get_active (self->room_switch);
  replace (&g->room_note, self->room_row);
  g->safety = SV_IG_SAFETY_NONE;
  for (guint i = 0; i < SV_N_SAFETY; i++)
    if (gtk_switch_get_active (self->safety[i]))
      g->safety |= sv_gesprek_planner_safety_flags[i];
  replace (&g->safety_other, self->safety_other_row);
  g->chair = adw_combo_row_get_selected (self->chair_row) == 1 ? SV_GESPREK_CHAIR_INDEPENDENT
                                                              : SV_GESPREK_CHAIR_INBRENGER;
  replace (&g->chair_name, self->chair_name_row);
  replace (&g->chair_role, self->chair_role_row);
  read_date_row (self->definitive_row, &g->kaart_definitive_sent);
  g->final = gtk_switch_get_active (self->final_switch);
  sv_gesprek_planner_changed (self);
}

void
sv_gesprek_planner_save_clicked_cb (GtkButton        *button,
                    SvGesprekPlanner *self)
{
  g_autoptr(GError) error = NULL;

  if (sv_gesprek_planner_save (self, &error))
    sv_show_toast (GTK_WIDGET (self->toasts), _("Interventiegesprek saved"));
}

/* ------------------------------------------------------------------------
 * Loading
 * ------------------------------------------------------------------------ */

static void
show_draft (SvGesprekPlanner *self)
{
  SvGesprek *g = self->draft;
  g_autofree char *time = g->minutes >= 0 ? format_minutes (g->minutes) : g_strdup ("");

  self->loading = TRUE;
  gtk_switch_set_active (self->rvdk_switch, g->kind == SV_IG_KIND_RVDK);
  sv_date_row_set_date (self->kaart_sent_row, &g->rvdk_kaart_sent);
  gtk_toggle_button_set_active (self->rvdk_checks[g->rvdk_joins == SV_TRI_YES ? 1 : g->rvdk_joins == SV_TRI_NO ? 2 : 0],
                                TRUE);
  sv_date_row_set_date (self->consultation_row, &g->vht_consultation);
  sv_date_row_set_date (self->date_row, &g->date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  gtk_spin_button_set_value (self->duration, g->duration);
  gtk_editable_set_text (GTK_EDITABLE (self->late_row), g->late_reason != NULL ? g->late_reason : "");
  adw_combo_row_set_selected (self->place_row, g->place);
  gtk_editable_set_text (GTK_EDITABLE (self->place_other_row), g->place_other != NULL ? g->place_other : "");
  gtk_switch_set_active (self->room_switch, g->room_reserved);
  gtk_editable_set_text (GTK_EDITABLE (self->room_row), g->room_note != NULL ? g->room_note : "");
  for (guint i = 0; i < SV_N_SAFETY; i++)
    gtk_switch_set_active (self->safety[i], (g->safety & sv_gesprek_planner_safety_flags[i]) != 0);
  gtk_editable_set_text (GTK_EDITABLE (self->safety_other_row), g->safety_other != NULL ? g->safety_other : "");
  adw_combo_row_set_selected (self->chair_row, g->chair == SV_GESPREK_CHAIR_INDEPENDENT ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->chair_name_row), g->chair_name != NULL ? g->chair_name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->chair_role_row), g->chair_role != NULL ? g->chair_role : "");
  sv_date_row_set_date (self->definitive_row, &g->kaart_definitive_sent);
  gtk_switch_set_active (self->final_switch, g->final);
  sv_gesprek_planner_fill_people (self);
  sv_gesprek_planner_load_card_state (self);
  self->loading = FALSE;
  sv_gesprek_planner_refresh (self);
  sv_gesprek_planner_fill_letters (self);
}

/* A new conversation starts from the household and the case's facts. */
static SvGesprek *
new_draft (SvGesprekPlanner *self,
           gint64            case_id)
{
  g_autoptr(SvGesprek) g = sv_gesprek_new ();
  g_autoptr(SvCase) c = sv_store_get_case (self->store, case_id, NULL);
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (self->store, case_id, NULL);
  g_autoptr(SvVhtInterventions) vht = sv_store_get_vht_interventions (self->store, case_id, NULL);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) roles = NULL;

  g->case_id = case_id;
  if (facts != NULL)
    g->vht_consultation = facts->vht_consultation;
  /* Sent to the RvdK for the VeiligheidsTeam's intervention 4: the same. */
  if (vht != NULL && g_date_valid (&vht->context.rvdk_kaart_sent))
    {
      g->kind = SV_IG_KIND_RVDK;
      g->rvdk_kaart_sent = vht->context.rvdk_kaart_sent;
    }
  if (c != NULL)
    members = sv_store_list_members (self->store, c->household_id, NULL);
  /* The inbrenger chairs unless someone independent is chosen: named in
   * the letters. */
  roles = sv_store_list_case_roles (self->store, case_id, NULL);
  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      const SvCaseRole *role = g_ptr_array_index (roles, i);

      if (role->role != SV_CASE_ROLE_INBRENGER || role->professional == NULL || g->chair_name != NULL)
        continue;
      g->chair_name = g_strdup (role->professional->name);
      if (role->professional->organisation_name != NULL && *role->professional->organisation_name != '\0')
        g->chair_role = g_strdup (role->professional->organisation_name);
    }
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const SvMember *member = g_ptr_array_index (members, i);
      g_autofree char *name = sv_member_dup_full_name (member);

      if (member->role == SV_MEMBER_ROLE_OUDER_VERZORGER)
        sv_gesprek_add_person (g, SV_GESPREK_PARENT, name);
      else if (member->role == SV_MEMBER_ROLE_JEUGDIGE)
        sv_gesprek_add_person (g, SV_GESPREK_YOUTH, name)->birth = member->birth_date;
    }
  return g_steal_pointer (&g);
}

gboolean
sv_gesprek_planner_save (SvGesprekPlanner  *self,
                         GError           **error)
{
  GError *local = NULL;

  g_return_val_if_fail (SV_IS_GESPREK_PLANNER (self), FALSE);

  if (!sv_store_save_gesprek (self->store, self->draft, self->workdays, &local))
    {
      sv_gesprek_planner_show_error (self, local->message);
      sv_show_error_toast (GTK_WIDGET (self->toasts), local);
      g_propagate_error (error, local);
      return FALSE;
    }
  sv_gesprek_planner_show_error (self, NULL);
  self->dirty = FALSE;
  sv_gesprek_planner_fill_people (self);
  sv_gesprek_planner_refresh (self);
  sv_gesprek_planner_fill_letters (self);
  return TRUE;
}

const SvGesprek *
sv_gesprek_planner_get_draft (SvGesprekPlanner *self)
{
  g_return_val_if_fail (SV_IS_GESPREK_PLANNER (self), NULL);
  return self->draft;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
on_store_changed_cb (SvStore          *store,
                     guint             what,
                     gint64            case_id,
                     SvGesprekPlanner *self)
{
  if (self->draft == NULL || self->store == NULL || (what & SV_STORE_CHANGE_CARD) == 0 ||
      (case_id != 0 && case_id != self->draft->case_id))
    return;
  /* The gate's explanation and the checklist both tell the card. */
  sv_gesprek_planner_load_card_state (self);
  sv_gesprek_planner_refresh (self);
}

static void
sv_gesprek_planner_dispose (GObject *object)
{
  SvGesprekPlanner *self = SV_GESPREK_PLANNER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->workdays, sv_workdays_unref);
  g_clear_pointer (&self->draft, sv_gesprek_free);
  g_clear_pointer (&self->card_state, sv_gesprek_card_state_free);
  G_OBJECT_CLASS (sv_gesprek_planner_parent_class)->dispose (object);
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SvGesprekPlanner *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save") && !sv_gesprek_planner_save (self, &error))
    return;
  /* The question is transient for this window: it goes first. */
  if (g_str_equal (response, "discard") || g_str_equal (response, "save"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle_cb, g_object_ref (self), g_object_unref);
}

/* Unsaved changes are not lost without a question. */
static gboolean
sv_gesprek_planner_close_request (GtkWindow *window)
{
  SvGesprekPlanner *self = SV_GESPREK_PLANNER (window);
  GtkWidget *dialog;

  if (!self->dirty)
    return GTK_WINDOW_CLASS (sv_gesprek_planner_parent_class)->close_request (window);
  dialog = adw_message_dialog_new (window, _("Save the Interventiegesprek?"),
                                   _("The plan has changes that have not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
sv_gesprek_planner_class_init (SvGesprekPlannerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sv_gesprek_planner_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = sv_gesprek_planner_close_request;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "planner.add-person", "s",
                                   sv_gesprek_planner_add_person_action);
}

static void
sv_gesprek_planner_init (SvGesprekPlanner *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Interventiegesprek"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 820);
}

SvGesprekPlanner *
sv_gesprek_planner_new (GtkWindow *parent,
                        SvStore   *store,
                        GSettings *settings,
                        gint64     case_id,
                        gint64     gesprek_id)
{
  SvGesprekPlanner *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_GESPREK_PLANNER, "modal", parent != NULL, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->workdays = settings != NULL ? sv_workdays_from_settings (settings) : sv_workdays_new ();
  sv_gesprek_planner_build (self);
  if (gesprek_id > 0)
    self->draft = sv_store_get_gesprek (store, gesprek_id, &error);
  if (self->draft == NULL)
    self->draft = new_draft (self, case_id);
  if (error != NULL)
    sv_gesprek_planner_show_error (self, error->message);
  show_draft (self);
  /* A version made or sent in the Veiligheidskaart meanwhile shows here. */
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  return self;
}
