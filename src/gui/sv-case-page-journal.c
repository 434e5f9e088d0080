/* sv-case-page-journal.c: the case journal on the case page — writing a new
 * entry, and reading the entries, newest first. Entries are never edited:
 * "Correct…" adds a new entry that refers to the old one, and the old text
 * stays readable. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-correction-dialog.h"
#include "sv-date.h"
#include "sv-gui-util.h"

static const SvJournalEntry *
find_entry (GPtrArray *journal,
            gint64     id)
{
  for (guint i = 0; i < journal->len; i++)
    if (((SvJournalEntry *) journal->pdata[i])->id == id)
      return journal->pdata[i];
  return NULL;
}

static char *
describe_history (const SvJournalEntry *entry,
                  GPtrArray            *journal)
{
  g_autofree char *written = sv_datetime_format (entry->created_at);
  GString *text = g_string_new (NULL);
  const SvJournalEntry *other;

  /* TRANSLATORS: when the entry was typed in: "Written 5 November 2026, 14:03" */
  g_string_append_printf (text, _("Written %s"), written);
  if (entry->corrects_id != 0 && (other = find_entry (journal, entry->corrects_id)) != NULL)
    {
      g_autofree char *date = sv_date_format_medium (&other->date);
      /* TRANSLATORS: "Corrects the entry of 3 November 2026 by Inge" */
      g_string_append_printf (text, " · ");
      g_string_append_printf (text, _("Corrects the entry of %s by %s"), date, other->author);
    }
  if (entry->corrected_by_id != 0 && (other = find_entry (journal, entry->corrected_by_id)) != NULL)
    {
      g_autofree char *when = sv_datetime_format (other->created_at);
      g_string_append_printf (text, " · ");
      /* TRANSLATORS: "Corrected on 6 November 2026, 09:12 by Inge; the correction is above" */
      g_string_append_printf (text, _("Corrected on %s by %s; the correction is listed above"), when, other->author);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
entry_row (const SvJournalEntry *entry,
           GPtrArray            *journal)
{
  g_autofree char *date = sv_date_format_long (&entry->date);
  g_autofree char *heading = g_strdup_printf ("%s · %s", date, entry->author);
  g_autofree char *history = describe_history (entry, journal);
  g_autofree char *correct_label = g_strdup_printf (_("Correct the entry of %s"), date);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *text = gtk_label_new (entry->text);
  GtkWidget *footer = gtk_label_new (history);
  GtkWidget *correct = gtk_button_new_with_mnemonic (_("C_orrect…"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);
  if (entry->corrects_id != 0 || entry->corrected_by_id != 0)
    {
      /* Which of two alike entries is the correction shows at a glance. */
      GtkWidget *badge = gtk_label_new (entry->corrects_id != 0 ? C_("journal badge", "Correction")
                                                                 : C_("journal badge", "Corrected"));

      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_add_css_class (badge, "sv-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (top), badge);
    }
  gtk_widget_set_tooltip_text (correct, correct_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (correct), GTK_ACCESSIBLE_PROPERTY_LABEL, correct_label, -1);
  gtk_widget_add_css_class (correct, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (correct), "case.correct-entry");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (correct), g_variant_new_int64 (entry->id));
  gtk_widget_set_valign (correct, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), correct);
  gtk_box_append (GTK_BOX (box), top);

  /* Shown exactly as written: no markup, every character kept. */
  gtk_label_set_use_markup (GTK_LABEL (text), FALSE);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_add_css_class (text, "sv-entry-text");
  if (entry->corrected_by_id != 0)
    gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (box), text);

  gtk_label_set_xalign (GTK_LABEL (footer), 0);
  gtk_label_set_wrap (GTK_LABEL (footer), TRUE);
  gtk_widget_add_css_class (footer, "caption");
  gtk_widget_add_css_class (footer, "dim-label");
  gtk_box_append (GTK_BOX (box), footer);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  if (entry->corrected_by_id != 0)
    gtk_widget_add_css_class (row, "sv-corrected");
  if (entry->corrects_id != 0)
    gtk_widget_add_css_class (row, "sv-correction");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  return row;
}

void
sv_case_page_fill_journal (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal = sv_store_list_journal (self->store, self->case_id, &error);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->journal_list))) != NULL)
    gtk_list_box_remove (self->journal_list, child);

  if (journal == NULL || journal->len == 0)
    {
      GtkWidget *label = gtk_label_new (journal == NULL ? error->message : _("No journal entries yet"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_append (self->journal_list, label);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->journal_list, 0), FALSE);
      return;
    }
  for (guint i = journal->len; i > 0; i--)
    gtk_list_box_append (self->journal_list, entry_row (journal->pdata[i - 1], journal));
}

void
sv_case_page_reset_entry (SvCasePage *self)
{
  GDate today;

  sv_date_today (&today);
  sv_date_row_set_date (self->entry_date_row, &today);
  sv_field_error_set_message (self->entry_date_error, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->entry_view), "", -1);
  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), FALSE);
}

void
sv_case_page_add_entry (SvCasePage *self)
{
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sv_text_view_dup_text (self->entry_view);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gboolean ok = TRUE;
  GDate today;

  if (self->case_id == 0)
    return;
  sv_date_today (&today);
  if (!sv_date_row_get_date (self->entry_date_row, &entry->date, &error))
    {
      sv_field_error_set_message (self->entry_date_error, error->message);
      ok = FALSE;
    }
  else if (g_date_compare (&entry->date, &today) > 0)
    {
      sv_field_error_set_message (self->entry_date_error,
                                  _("The journal records what happened: the date cannot lie in the future."));
      ok = FALSE;
    }
  else
    sv_field_error_set_message (self->entry_date_error, NULL);
  g_clear_error (&error);

  gtk_widget_set_visible (GTK_WIDGET (self->entry_error), *trimmed == '\0');
  if (*trimmed == '\0')
    {
      gtk_label_set_text (self->entry_error, _("Write the entry first."));
      ok = FALSE;
    }
  if (!ok)
    return;

  entry->case_id = self->case_id;
  g_free (entry->author);
  entry->author = sv_dup_user_name (self->settings);
  g_free (entry->text);
  entry->text = g_steal_pointer (&text);
  if (!sv_store_add_journal_entry (self->store, entry, &error))
    {
      /* The typed text stays in the field: nothing is lost. */
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  sv_case_page_reset_entry (self);
  sv_show_toast (GTK_WIDGET (self), _("Journal entry added"));
}

void
sv_case_page_correct_entry (SvCasePage *self,
                            gint64      entry_id)
{
  g_autoptr(GPtrArray) journal = sv_store_list_journal (self->store, self->case_id, NULL);
  const SvJournalEntry *entry = journal != NULL ? find_entry (journal, entry_id) : NULL;
  g_autofree char *author = sv_dup_user_name (self->settings);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (entry == NULL)
    return;
  gtk_window_present (GTK_WINDOW (sv_correction_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                            self->store, entry, author)));
}
