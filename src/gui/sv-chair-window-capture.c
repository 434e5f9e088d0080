/* sv-chair-window-capture.c: what the chair captures for the current
 * case — the VeiligheidsTeam's advice, the family's attendance (LEJO),
 * the agreements and the minutes — and finishing the case.
 *
 * An agreement is stored the moment it is added; removing one can be
 * undone from the toast. An agreement typed but not added stays with its
 * case when the chair moves on, and is back when the chair returns.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-chair-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-meeting-ops.h"
#include "sv-minutes.h"

#define SAVE_DELAY_MS 500

typedef struct {
  char *who;
  char *what;
  char *due;
  char *monitoring;
} SvAgreementDraft;

static void
draft_free (gpointer data)
{
  SvAgreementDraft *draft = data;

  g_free (draft->who);
  g_free (draft->what);
  g_free (draft->due);
  g_free (draft->monitoring);
  g_free (draft);
}

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static gboolean
blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
is_vht (SvChairWindow *self)
{
  return g_strcmp0 (self->meeting->kind_code, "VHT") == 0;
}

static gboolean
form_empty (SvChairWindow *self)
{
  AdwEntryRow *rows[] = { self->who_row, self->what_row, ADW_ENTRY_ROW (self->due_row), self->monitoring_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = sv_entry_row_dup_text (rows[i]);
      if (*text != '\0')
        return FALSE;
    }
  return TRUE;
}

static void
set_form (SvChairWindow          *self,
          const SvAgreementDraft *draft)
{
  gtk_editable_set_text (GTK_EDITABLE (self->who_row), draft != NULL ? draft->who : "");
  gtk_editable_set_text (GTK_EDITABLE (self->what_row), draft != NULL ? draft->what : "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), draft != NULL ? draft->due : "");
  gtk_editable_set_text (GTK_EDITABLE (self->monitoring_row), draft != NULL ? draft->monitoring : "");
  gtk_label_set_text (self->agreement_error, "");
}

/* Keeps what is typed in the form with the current case. */
static void
keep_draft (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  SvAgreementDraft *draft;
  gint64 *key;

  if (item == NULL)
    return;
  if (form_empty (self))
    {
      g_hash_table_remove (self->drafts, &item->id);
      return;
    }
  draft = g_new0 (SvAgreementDraft, 1);
  draft->who = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->who_row)));
  draft->what = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->what_row)));
  draft->due = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_row)));
  draft->monitoring = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->monitoring_row)));
  key = g_new (gint64, 1);
  *key = item->id;
  g_hash_table_replace (self->drafts, key, draft);
}

static char *
composed_minutes (SvChairWindow *self,
                  SvAgendaItem  *item)
{
  return sv_minutes_compose_item (self->meeting, item, self->agreements, self->attendance);
}

/* The minutes as finishing would write them now. */
static char *
current_minutes (SvChairWindow *self)
{
  return sv_text_view_dup_text (self->minutes_view);
}

static void
update_journal_state (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autofree char *text = NULL;
  const char *icon, *label, *style;

  if (item == NULL)
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (self->journal_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->journal_icon), "warning");
  text = current_minutes (self);
  if (self->journal_text == NULL)
    {
      icon = "document-edit-symbolic";
      label = _("Not yet in the case journal.");
      style = NULL;
    }
  else if (g_strcmp0 (self->journal_text, text) == 0)
    {
      icon = "emblem-ok-symbolic";
      label = _("In the case journal.");
      style = "success";
    }
  else
    {
      icon = "dialog-warning-symbolic";
      label = _("Changed since it went into the case journal. Finish the case again to add a correction.");
      style = "warning";
    }
  gtk_image_set_from_icon_name (self->journal_icon, icon);
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->journal_icon), style);
  gtk_label_set_text (self->journal_label, label);
}

/* The minutes view shows the chair's text, or the composed text while the
 * chair has not written any. */
static void
fill_minutes (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->minutes_view);
  g_autofree char *shown = NULL;
  g_autofree char *wanted = NULL;
  gboolean was_filling = self->filling;

  if (item == NULL)
    return;
  wanted = !blank (item->minutes) ? g_strdup (item->minutes) : composed_minutes (self, item);
  shown = current_minutes (self);
  if (g_strcmp0 (shown, wanted) != 0)
    {
      self->filling = TRUE;
      gtk_text_buffer_set_text (buffer, wanted, -1);
      self->filling = was_filling;
    }
  update_journal_state (self);
}

static void
load_journal_text (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autoptr(GPtrArray) journal = NULL;

  g_clear_pointer (&self->journal_text, g_free);
  if (item == NULL || item->journal_entry_id == 0)
    return;
  journal = sv_store_list_journal (self->store, item->case_id, NULL);
  for (guint i = 0; journal != NULL && i < journal->len; i++)
    {
      SvJournalEntry *entry = journal->pdata[i];
      if (entry->id == item->journal_entry_id)
        self->journal_text = g_strdup (entry->text);
    }
}

static GtkWidget *
agreement_row (const SvAgreement *agreement)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s: %s", agreement->who, agreement->what);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *remove = NULL;
  GtkWidget *button;

  if (g_date_valid (&agreement->due))
    {
      g_autofree char *due = sv_date_format_medium (&agreement->due);
      /* TRANSLATORS: an agreement's date: "Uiterlijk 3 december 2026" */
      g_string_append_printf (subtitle, _("By %s"), due);
    }
  else
    g_string_append (subtitle, _("No date agreed"));
  if (*agreement->monitoring != '\0')
    {
      g_string_append (subtitle, " · ");
      /* TRANSLATORS: how an agreement is followed up: "Monitoring: terug in LEJO" */
      g_string_append_printf (subtitle, _("Monitoring: %s"), agreement->monitoring);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  /* TRANSLATORS: tooltip of an agreement's remove button: "Afspraak verwijderen: Politie: huisbezoek" */
  remove = g_strdup_printf (_("Remove agreement: %s"), title);
  button = sv_icon_button_new ("user-trash-symbolic", remove);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "chair.remove-agreement");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (agreement->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill_agreements_list (SvChairWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agreements_list))) != NULL)
    gtk_list_box_remove (self->agreements_list, child);
  for (guint i = 0; self->agreements != NULL && i < self->agreements->len; i++)
    gtk_list_box_append (self->agreements_list, agreement_row (self->agreements->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->agreements_list), self->agreements != NULL && self->agreements->len > 0);
}

void
sv_chair_window_reload_agreements (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autoptr(GError) error = NULL;
  GPtrArray *agreements;

  if (item == NULL)
    return;
  agreements = sv_store_list_agreements (self->store, 0, item->id, &error);
  if (agreements == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  self->agreements = agreements;
  fill_agreements_list (self);
  fill_minutes (self);
  sv_chair_window_update_projection (self);
}

void
sv_chair_window_fill_capture (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  SvAgreementDraft *draft;
  gboolean was_filling = self->filling;

  if (item == NULL)
    return;
  self->filling = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->advice_group), is_vht (self));
  adw_combo_row_set_selected (self->advice_row, item->advice);
  gtk_editable_set_text (GTK_EDITABLE (self->advice_text_row), item->advice_text);
  gtk_widget_set_visible (GTK_WIDGET (self->family_group),
                          item->family_invited || g_strcmp0 (self->meeting->kind_code, "LEJO") == 0);
  adw_combo_row_set_selected (self->family_row, item->family_attendance);
  draft = g_hash_table_lookup (self->drafts, &item->id);
  set_form (self, draft);
  self->filling = was_filling;

  load_journal_text (self);
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  sv_chair_window_reload_agreements (self);
}

static gboolean
save_advice_text (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->advice_save_id, g_source_remove);
  if (!self->advice_dirty || item == NULL)
    return TRUE;
  self->advice_dirty = FALSE;
  text = sv_entry_row_dup_text (self->advice_text_row);
  if (g_strcmp0 (text, item->advice_text) == 0)
    return TRUE;
  g_free (item->advice_text);
  item->advice_text = g_steal_pointer (&text);
  return sv_chair_window_save_item (self, item);
}

static gboolean
save_minutes (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);

  g_clear_handle_id (&self->minutes_save_id, g_source_remove);
  if (!self->minutes_dirty || item == NULL)
    return TRUE;
  self->minutes_dirty = FALSE;
  return sv_chair_window_save_item (self, item);
}

void
sv_chair_window_flush_edits (SvChairWindow *self)
{
  if (self->meeting == NULL || self->drafts == NULL)
    return;
  save_advice_text (self);
  save_minutes (self);
  keep_draft (self);
}

void
sv_chair_window_set_read_only_capture (SvChairWindow *self,
                                       gboolean       read_only)
{
  GtkWidget *editable[] = {
    GTK_WIDGET (self->advice_group), GTK_WIDGET (self->family_group), GTK_WIDGET (self->who_row),
    GTK_WIDGET (self->what_row), GTK_WIDGET (self->due_row), GTK_WIDGET (self->monitoring_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (editable); i++)
    gtk_widget_set_sensitive (editable[i], !read_only);
  gtk_text_view_set_editable (self->minutes_view, !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.add-agreement", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.remove-agreement", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.finish-case", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.compose-minutes", !read_only);
}

char *
sv_chair_window_dup_unsaved_drafts (SvChairWindow *self)
{
  GString *numbers = NULL;

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      SvAgendaItem *item = self->items->pdata[i];

      if (!g_hash_table_contains (self->drafts, &item->id))
        continue;
      if (numbers == NULL)
        numbers = g_string_new (item->case_number);
      else
        g_string_append_printf (numbers, ", %s", item->case_number);
    }
  return numbers != NULL ? g_string_free (numbers, FALSE) : NULL;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_advice_selected_cb (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  SvVhtAdvice was;

  if (self->filling || item == NULL)
    return;
  was = item->advice;
  item->advice = (SvVhtAdvice) adw_combo_row_get_selected (self->advice_row);
  if (item->advice == was)
    return;
  if (!sv_chair_window_save_item (self, item))
    item->advice = was;
  fill_minutes (self);
  sv_chair_window_update_projection (self);
}

static gboolean
advice_save_timeout_cb (gpointer user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (user_data);

  self->advice_save_id = 0;
  save_advice_text (self);
  fill_minutes (self);
  sv_chair_window_update_projection (self);
  return G_SOURCE_REMOVE;
}

static void
on_advice_text_changed_cb (SvChairWindow *self)
{
  if (self->filling || sv_chair_window_current_item (self) == NULL)
    return;
  self->advice_dirty = TRUE;
  g_clear_handle_id (&self->advice_save_id, g_source_remove);
  self->advice_save_id = g_timeout_add (SAVE_DELAY_MS, advice_save_timeout_cb, self);
}

static void
on_family_selected_cb (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  SvFamilyAttendance was;

  if (self->filling || item == NULL)
    return;
  was = item->family_attendance;
  item->family_attendance = (SvFamilyAttendance) adw_combo_row_get_selected (self->family_row);
  if (item->family_attendance == was)
    return;
  if (!sv_chair_window_save_item (self, item))
    item->family_attendance = was;
  fill_minutes (self);
}

static gboolean
minutes_save_timeout_cb (gpointer user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (user_data);

  self->minutes_save_id = 0;
  save_minutes (self);
  return G_SOURCE_REMOVE;
}

static void
on_minutes_changed_cb (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);

  if (self->filling || item == NULL)
    return;
  /* From the first key on, the minutes are the chair's text. */
  g_free (item->minutes);
  item->minutes = current_minutes (self);
  self->minutes_dirty = TRUE;
  g_clear_handle_id (&self->minutes_save_id, g_source_remove);
  self->minutes_save_id = g_timeout_add (SAVE_DELAY_MS, minutes_save_timeout_cb, self);
  update_journal_state (self);
}

/* Enter moves on through the form; in the last field it adds. */
static void
on_entry_activated_cb (AdwEntryRow   *row,
                       SvChairWindow *self)
{
  if (row == self->who_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->what_row));
  else if (row == self->what_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->due_row));
  else if (row == ADW_ENTRY_ROW (self->due_row))
    gtk_widget_grab_focus (GTK_WIDGET (self->monitoring_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "chair.add-agreement", NULL);
}

typedef struct {
  SvStore     *store;
  SvAgreement *agreement;
  GWeakRef     window;
} UndoRemove;

static void
undo_remove_free (gpointer  data,
                  GClosure *closure)
{
  UndoRemove *undo = data;

  g_object_unref (undo->store);
  sv_agreement_free (undo->agreement);
  g_weak_ref_clear (&undo->window);
  g_free (undo);
}

static void
on_undo_remove_cb (AdwToast   *toast,
                   UndoRemove *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvChairWindow) self = g_weak_ref_get (&undo->window);

  /* Stored again as new, under its own uid. */
  undo->agreement->id = 0;
  if (!sv_store_save_agreement (undo->store, undo->agreement, &error) && self != NULL)
    sv_show_error_toast (GTK_WIDGET (self->toasts), error);
  else if (self != NULL)
    sv_chair_window_reload_agreements (self);
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
add_agreement_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autoptr(SvAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL || self->read_only)
    return;
  agreement = sv_agreement_new ();
  agreement->case_id = item->case_id;
  agreement->agenda_item_id = item->id;
  g_free (agreement->who);
  agreement->who = sv_entry_row_dup_text (self->who_row);
  g_free (agreement->what);
  agreement->what = sv_entry_row_dup_text (self->what_row);
  g_free (agreement->monitoring);
  agreement->monitoring = sv_entry_row_dup_text (self->monitoring_row);
  if (!sv_date_row_get_date (self->due_row, &agreement->due, &error) ||
      !sv_store_save_agreement (self->store, agreement, &error))
    {
      /* Refused: the message at the form, the text kept, nothing saved. */
      gtk_label_set_text (self->agreement_error, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->agreement_error), "error");
      return;
    }
  self->filling = TRUE;
  set_form (self, NULL);
  self->filling = FALSE;
  g_hash_table_remove (self->drafts, &item->id);
  sv_chair_window_reload_agreements (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->who_row));
}

static void
remove_agreement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  SvAgreement *found = NULL;
  g_autoptr(GError) error = NULL;
  UndoRemove *undo;
  AdwToast *toast;

  for (guint i = 0; self->agreements != NULL && i < self->agreements->len; i++)
    if (((SvAgreement *) self->agreements->pdata[i])->id == id)
      found = self->agreements->pdata[i];
  if (found == NULL)
    return;
  undo = g_new0 (UndoRemove, 1);
  undo->store = g_object_ref (self->store);
  undo->agreement = sv_agreement_copy (found);
  g_weak_ref_init (&undo->window, self);
  if (!sv_store_delete_agreement (self->store, id, &error))
    {
      undo_remove_free (undo, NULL);
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  sv_chair_window_reload_agreements (self);
  toast = adw_toast_new (_("Agreement removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), undo, undo_remove_free, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
  gtk_widget_grab_focus (GTK_WIDGET (self->who_row));
}

static void
compose_minutes_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  SvAgendaItem *item = sv_chair_window_current_item (self);

  if (item == NULL || self->read_only)
    return;
  g_clear_handle_id (&self->minutes_save_id, g_source_remove);
  self->minutes_dirty = FALSE;
  g_free (item->minutes);
  item->minutes = g_strdup ("");
  sv_chair_window_save_item (self, item);
  fill_minutes (self);
}

static void
finish_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autofree char *author = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  SvFinishResult result;

  if (item == NULL || self->read_only)
    return;
  sv_chair_window_flush_edits (self);
  author = sv_chair_window_dup_author (self);
  if (!sv_meeting_ops_finish_item (self->store, item->id, author, sv_chair_window_now (self), &result, &error))
    {
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  switch (result)
    {
    case SV_FINISH_WRITTEN:
      /* TRANSLATORS: "De notulen van casus 2026-0012 staan in het casusjournaal" */
      message = g_strdup_printf (_("The minutes of case %s are in the case journal"), item->case_number);
      break;
    case SV_FINISH_CORRECTED:
      message = g_strdup_printf (_("A correction of the minutes of case %s was added to the case journal"),
                                 item->case_number);
      break;
    case SV_FINISH_UNCHANGED:
    default:
      message = g_strdup_printf (_("The case journal already holds these minutes of case %s"), item->case_number);
      break;
    }
  sv_chair_window_refresh_current (self);
  sv_show_toast (GTK_WIDGET (self->toasts), message);
}

/* ------------------------------------------------------------------------
 * Set-up
 * ------------------------------------------------------------------------ */

void
sv_chair_window_install_capture (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chair.add-agreement", NULL, add_agreement_action);
  gtk_widget_class_install_action (widget_class, "chair.remove-agreement", "x", remove_agreement_action);
  gtk_widget_class_install_action (widget_class, "chair.compose-minutes", NULL, compose_minutes_action);
  gtk_widget_class_install_action (widget_class, "chair.finish-case", NULL, finish_case_action);
}

void
sv_chair_window_init_capture (SvChairWindow *self)
{
  self->drafts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, draft_free);

  SV_COMBO_ROW_FILL (self->advice_row, vht_advice);
  SV_COMBO_ROW_FILL (self->family_row, family_attendance);
  sv_date_row_set_optional (self->due_row, TRUE);

  g_signal_connect_object (self->advice_row, "notify::selected", G_CALLBACK (on_advice_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->advice_text_row, "changed", G_CALLBACK (on_advice_text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->family_row, "notify::selected", G_CALLBACK (on_family_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->minutes_view), "changed",
                           G_CALLBACK (on_minutes_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->who_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self, 0);
  g_signal_connect_object (self->what_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self, 0);
  g_signal_connect_object (self->due_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self, 0);
  g_signal_connect_object (self->monitoring_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self, 0);
}
