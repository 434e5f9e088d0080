/* sv-gesprek-planner-build.c: the planner's widgets, built once — the
 * groups for the kind and the RvdK, when, who, where, safety, chair, the
 * Veiligheidskaart, the checklist, the letters and the outcome — each
 * writing into the draft as it changes; and deleting a conversation. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gesprek-planner-private.h"
#include "sv-gui-util.h"

const SvIgSafety sv_gesprek_planner_safety_flags[SV_N_SAFETY] = {
  SV_IG_SAFETY_INDEPENDENT_CHAIR, SV_IG_SAFETY_SECURITY_INFORMED,
  SV_IG_SAFETY_POLICE_PRESENT, SV_IG_SAFETY_OTHER,
};

static const char *safety_labels[SV_N_SAFETY] = {
  N_("Independent chair"), N_("Security informed"), N_("Police present"), N_("Another measure"),
};

/* ------------------------------------------------------------------------
 * Deleting
 * ------------------------------------------------------------------------ */

/* Closed once the question has gone: it is transient for this window. */
static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SvGesprekPlanner *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!sv_store_delete_gesprek (self->store, self->draft->id, &error))
    {
      sv_gesprek_planner_show_error (self, error->message);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  self->dirty = FALSE;  /* nothing left to save */
  g_idle_add (close_later_cb, g_object_ref (self));
}

static void
on_delete_clicked_cb (GtkButton        *button,
                      SvGesprekPlanner *self)
{
  GtkWidget *dialog;

  if (self->draft->id == 0)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Interventiegesprek?"),
                                   _("The plan, the people invited, the letters and the outcome are removed; the case’s deadlines for this conversation go too."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------
 * Building the window
 * ------------------------------------------------------------------------ */

static void
watch (SvGesprekPlanner *self,
       gpointer          widget,
       const char       *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_signal_connect (widget, signal, G_CALLBACK (sv_gesprek_planner_field_changed_cb), self);
}

static AdwEntryRow *
entry_row (SvGesprekPlanner    *self,
           AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  watch (self, row, "text");
  return ADW_ENTRY_ROW (row);
}

static SvDateRow *
date_row (SvGesprekPlanner    *self,
          AdwPreferencesGroup *group,
          const char          *title)
{
  GtkWidget *row = sv_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sv_date_row_set_optional (SV_DATE_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
  watch (self, row, "text");
  return SV_DATE_ROW (row);
}

static AdwActionRow *
info_row (AdwPreferencesGroup *group,
          const char          *title,
          const char          *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  adw_preferences_group_add (group, row);
  return ADW_ACTION_ROW (row);
}

static GtkSwitch *
switch_row (SvGesprekPlanner    *self,
            AdwPreferencesGroup *group,
            const char          *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
  watch (self, button, "active");
  return GTK_SWITCH (button);
}

static AdwComboRow *
combo_row (SvGesprekPlanner    *self,
           AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_preferences_group_add (group, row);
  watch (self, row, "selected");
  return ADW_COMBO_ROW (row);
}

static AdwPreferencesGroup *
group_new (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

void
sv_gesprek_planner_build (SvGesprekPlanner *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesPage *p = ADW_PREFERENCES_PAGE (page);
  AdwPreferencesGroup *g;
  const char *decisions[] = { _("The RvdK has not decided yet"), _("The RvdK joins"), _("The RvdK does not join"), NULL };
  const char *decision_short[] = { C_("rvdk decision", "Not Yet"), C_("rvdk decision", "Joins"),
                                   C_("rvdk decision", "Does Not Join"), NULL };
  const char *chairs[] = { _("The inbrenger"), _("An independent chair"), NULL };
  g_autoptr(GtkStringList) places = gtk_string_list_new (NULL);
  GtkWidget *row;
  GtkWidget *box;

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  adw_toast_overlay_set_child (self->toasts, toolbar);
  gtk_box_append (GTK_BOX (toolbar), header);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect (self->save_button, "clicked", G_CALLBACK (sv_gesprek_planner_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  self->delete_button = sv_icon_button_new ("user-trash-symbolic", _("Delete Interventiegesprek"));
  g_signal_connect (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->delete_button);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_start (GTK_WIDGET (self->error_label), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->error_label), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why the plan was not saved"), -1);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->error_label));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (toolbar), page);

  g = group_new (p, _("Kind"), _("With the RvdK the Veiligheidskaart goes to the RvdK first; the RvdK decides from it whether to join."));
  self->rvdk_switch = switch_row (self, g, _("With the RvdK"));
  self->kaart_sent_row = date_row (self, g, _("Veiligheidskaart sent to the RvdK on"));
  /* Linked toggle buttons: one choice of three, each a button a screen
   * reader names in full. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (self->rvdk_checks); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (decision_short[i]);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, decisions[i], -1);
      gtk_widget_set_tooltip_text (button, decisions[i]);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->rvdk_checks[0]);
      gtk_box_append (GTK_BOX (box), button);
      watch (self, button, "active");
      self->rvdk_checks[i] = GTK_TOGGLE_BUTTON (button);
    }
  self->rvdk_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rvdk_row), _("Decision of the RvdK"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->rvdk_row), box);
  adw_preferences_group_add (g, self->rvdk_row);

  g = self->when_group = group_new (p, _("When"), NULL);
  self->gate_row = info_row (g, _("No date yet"), "dialog-information-symbolic");
  self->consultation_row = date_row (self, g, _("VeiligheidsTeam consultation on"));
  self->latest_row = info_row (g, _("Latest date (two weeks after the consultation)"), NULL);
  self->date_row = date_row (self, g, _("Date of the conversation"));
  self->time_row = entry_row (self, g, _("Start time (HH:MM)"));
  self->duration_row = info_row (g, _("Duration in minutes"), NULL);
  self->duration = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (15, 480, 15));
  gtk_widget_set_valign (GTK_WIDGET (self->duration), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duration), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Duration in minutes"), -1);
  adw_action_row_add_suffix (self->duration_row, GTK_WIDGET (self->duration));
  watch (self, self->duration, "value");
  self->warning_row = info_row (g, _("Check the date"), "dialog-warning-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->warning_row), "warning");
  self->late_row = entry_row (self, g, _("Reason for the later date"));
  self->preparation_row = info_row (g, _("Preparation with the professionals"), "alarm-symbolic");
  self->kaart_due_row = info_row (g, _("Definitive Veiligheidskaart to all participants by"), "mail-send-symbolic");

  adw_preferences_page_add (p, ADW_PREFERENCES_GROUP (sv_gesprek_planner_who_group (self)));

  g = group_new (p, _("Where"), NULL);
  for (guint i = 0; i < SV_GESPREK_N_PLACES; i++)
    gtk_string_list_append (places, sv_gesprek_place_label ((SvGesprekPlace) i));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Place"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (places));
  adw_preferences_group_add (g, row);
  watch (self, row, "selected");
  self->place_row = ADW_COMBO_ROW (row);
  self->place_other_row = entry_row (self, g, _("The other place (name and address)"));
  self->room_switch = switch_row (self, g, _("Room reserved"));
  self->room_row = entry_row (self, g, _("Room"));

  g = group_new (p, _("Safety"), _("The inbrenger assesses everyone’s safety: record at least one decision before the plan is final."));
  for (guint i = 0; i < SV_N_SAFETY; i++)
    self->safety[i] = switch_row (self, g, _(safety_labels[i]));
  self->safety_other_row = entry_row (self, g, _("The other measure"));

  g = group_new (p, _("Chair"), NULL);
  self->chair_row = combo_row (self, g, _("Chaired by"), chairs);
  self->chair_name_row = entry_row (self, g, _("Name of the chair"));
  self->chair_role_row = entry_row (self, g, _("Role of the chair"));

  g = group_new (p, _("Veiligheidskaart and Plan"), NULL);
  self->definitive_row = date_row (self, g, _("Definitive Veiligheidskaart sent on"));
  self->final_switch = switch_row (self, g, _("Plan is final"));

  self->check_group = group_new (p, _("Checklist"), NULL);
  adw_preferences_page_add (p, ADW_PREFERENCES_GROUP (sv_gesprek_planner_letters_group (self)));
  adw_preferences_page_add (p, ADW_PREFERENCES_GROUP (sv_gesprek_planner_outcome_group (self)));
}

