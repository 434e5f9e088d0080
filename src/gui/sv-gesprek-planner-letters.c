/* sv-gesprek-planner-letters.c: the planner's Invitations group (one row
 * per letter, to edit, print and save; all letters at once into a
 * folder; the calendar of the case) and its Outcome group. The letters
 * follow the saved plan: with unsaved changes they ask for a save. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-gesprek-letter.h"
#include "sv-gesprek-outcome.h"
#include "sv-gesprek-planner-private.h"
#include "sv-gui-util.h"
#include "sv-letter-editor.h"
#include "sv-letter-pdf.h"

#define KEY_DATA "sv-letter-key"

static gboolean
saved_or_save (SvGesprekPlanner *self)
{
  g_autoptr(GError) error = NULL;

  return (self->draft->id > 0 && !self->dirty) || sv_gesprek_planner_save (self, &error);
}

static void
on_editor_destroyed_cb (GtkWidget        *editor,
                        SvGesprekPlanner *self)
{
  sv_gesprek_planner_fill_letters (self);
}

static void
on_edit_clicked_cb (GtkButton        *button,
                    SvGesprekPlanner *self)
{
  SvLetterEditor *editor;

  if (!saved_or_save (self))
    return;
  editor = sv_letter_editor_new (GTK_WINDOW (self), self->store, self->draft,
                                 g_object_get_data (G_OBJECT (button), KEY_DATA));
  g_signal_connect_object (editor, "destroy", G_CALLBACK (on_editor_destroyed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_folder_response_cb (GtkNativeDialog  *dialog,
                       int               response,
                       SvGesprekPlanner *self)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) letters = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  dir = folder != NULL ? g_file_get_path (folder) : NULL;
  if (dir != NULL && (letters = sv_gesprek_letters_collect (self->store, self->draft, &error)) != NULL)
    {
      guint i;

      for (i = 0; i < letters->len; i++)
        {
          SvGesprekLetter *letter = g_ptr_array_index (letters, i);
          g_autofree char *path = g_build_filename (dir, letter->file_name, NULL);

          if (!sv_letter_write_pdf (letter->text, path, &error))
            break;
        }
      if (i == letters->len)
        {
          /* TRANSLATORS: "3 letters saved in brieven" */
          g_autofree char *name = g_file_get_basename (folder);
          g_autofree char *done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u letter saved in %s",
                                                                "%u letters saved in %s", letters->len),
                                                   letters->len, name);

          sv_show_toast (GTK_WIDGET (self->toasts), done);
        }
    }
  if (error != NULL)
    sv_show_error_toast (GTK_WIDGET (self->toasts), error);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
on_save_all_clicked_cb (GtkButton        *button,
                        SvGesprekPlanner *self)
{
  GtkFileChooserNative *dialog;

  if (!saved_or_save (self))
    return;
  dialog = gtk_file_chooser_native_new (_("Save All Letters as PDF"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_folder_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_calendar_clicked_cb (GtkButton        *button,
                        SvGesprekPlanner *self)
{
  if (!saved_or_save (self))
    return;
  sv_export_calendar (GTK_WIDGET (self->toasts), self->store, self->settings, self->draft->case_id);
}

static GtkWidget *
letter_row (SvGesprekPlanner      *self,
            const SvGesprekLetter *letter)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Edit…"));
  /* TRANSLATORS: the accessible name of a letter's Edit button: "Edit Letter: Bram" */
  g_autofree char *name = g_strdup_printf (_("Edit Letter: %s"), letter->label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), letter->label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), letter->edited ? _("Edited") : _("Generated from the plan"));
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "mail-unread-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (button), KEY_DATA, g_strdup (letter->key), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
on_outcome_saved_cb (SvGesprekOutcome *outcome,
                     gboolean          in_card,
                     SvGesprekPlanner *self)
{
  sv_gesprek_planner_load_card_state (self);
  sv_gesprek_planner_refresh (self);
  if (in_card)
    sv_show_toast (GTK_WIDGET (self->toasts), _("The outcome is also in the Veiligheidskaart"));
}

static void
on_outcome_clicked_cb (GtkButton        *button,
                       SvGesprekPlanner *self)
{
  SvGesprekOutcome *outcome;

  if (!saved_or_save (self))
    return;
  outcome = sv_gesprek_outcome_new (GTK_WINDOW (self), self->store, self->draft->id);
  g_signal_connect_object (outcome, "destroy", G_CALLBACK (on_editor_destroyed_cb), self, 0);
  g_signal_connect_object (outcome, "saved", G_CALLBACK (on_outcome_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (outcome));
}

static void
fill_outcome (SvGesprekPlanner *self)
{
  g_autoptr(SvGesprek) stored = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Record Outcome…"));
  GDate today;
  gboolean after;

  sv_date_today (&today);
  after = self->draft->id > 0 && g_date_valid (&self->draft->date) && g_date_compare (&self->draft->date, &today) <= 0;
  if (self->draft->id > 0)
    stored = sv_store_get_gesprek (self->store, self->draft->id, NULL);
  sv_group_clear_rows (self->outcome_group);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Uitkomst uit het gesprek"));
  if (stored != NULL && stored->outcome != NULL && *stored->outcome != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), stored->outcome);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), after ? _("Not recorded yet")
                                                             : _("Can be recorded on or after the day"));
  gtk_widget_set_sensitive (button, after);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_outcome_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  sv_group_add_row (self->outcome_group, row);
}

void
sv_gesprek_planner_fill_letters (SvGesprekPlanner *self)
{
  g_autoptr(GPtrArray) letters = NULL;
  g_autoptr(GError) error = NULL;

  sv_group_clear_rows (self->letters_group);
  fill_outcome (self);
  if (self->draft->id == 0)
    {
      adw_preferences_group_set_description (self->letters_group,
                                             _("Save the plan to make the letters for the parents and for each youth of 8 and older."));
      return;
    }
  if (!(letters = sv_gesprek_letters_collect (self->store, self->draft, &error)))
    {
      adw_preferences_group_set_description (self->letters_group, error->message);
      return;
    }
  adw_preferences_group_set_description (self->letters_group,
                                         self->draft->final ? _("Read and edit each letter before it is printed.")
                                                            : _("Draft: make the plan final before the letters go out."));
  for (guint i = 0; i < letters->len; i++)
    sv_group_add_row (self->letters_group, letter_row (self, g_ptr_array_index (letters, i)));
}

GtkWidget *
sv_gesprek_planner_letters_group (SvGesprekPlanner *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *all = gtk_button_new_with_mnemonic (_("Save _All as PDF…"));
  GtkWidget *calendar = gtk_button_new_with_mnemonic (_("_Calendar…"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Invitations"));
  gtk_widget_set_tooltip_text (calendar, _("The conversation and the preparation as iCalendar for a calendar app"));
  g_signal_connect (all, "clicked", G_CALLBACK (on_save_all_clicked_cb), self);
  g_signal_connect (calendar, "clicked", G_CALLBACK (on_calendar_clicked_cb), self);
  gtk_widget_add_css_class (all, "flat");
  gtk_widget_add_css_class (calendar, "flat");
  gtk_box_append (GTK_BOX (box), calendar);
  gtk_box_append (GTK_BOX (box), all);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), box);
  self->letters_group = ADW_PREFERENCES_GROUP (group);
  return group;
}

GtkWidget *
sv_gesprek_planner_outcome_group (SvGesprekPlanner *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Outcome"));
  self->outcome_group = ADW_PREFERENCES_GROUP (group);
  return group;
}
