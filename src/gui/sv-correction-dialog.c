/* sv-correction-dialog.c: correct a journal entry with a new entry that
 * refers to it; the original stays readable. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-correction-dialog.h"
#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-error.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"

struct _SvCorrectionDialog
{
  SvFormDialog    parent_instance;

  SvStore        *store;     /* owned */
  SvJournalEntry *original;  /* owned */
  char           *author;    /* owned */

  AdwActionRow   *original_row;
  GtkLabel       *original_label;
  GtkTextView    *text_view;
  SvFieldError   *text_error;
  SvDateRow      *date_row;
  SvFieldError   *date_error;
};

G_DEFINE_FINAL_TYPE (SvCorrectionDialog, sv_correction_dialog, SV_TYPE_FORM_DIALOG)

static gboolean
sv_correction_dialog_save (SvFormDialog  *dialog,
                           GError       **error)
{
  SvCorrectionDialog *self = SV_CORRECTION_DIALOG (dialog);
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autoptr(GError) local = NULL;
  g_autofree char *text = sv_text_view_dup_text (self->text_view);
  gboolean ok = TRUE;
  GDate today;

  sv_date_today (&today);
  entry->case_id = self->original->case_id;
  entry->corrects_id = self->original->id;
  g_free (entry->author);
  entry->author = g_strdup (self->author);
  g_free (entry->text);
  entry->text = g_strdup (g_strstrip (text));

  if (*entry->text == '\0')
    {
      sv_field_error_set_message (self->text_error,
                                  _("Write the correction: what is wrong in the entry and what is right."));
      ok = FALSE;
    }
  else
    sv_field_error_set_message (self->text_error, NULL);

  if (sv_date_row_get_date (self->date_row, &entry->date, &local) &&
      g_date_compare (&entry->date, &today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (&entry->date);
      g_set_error (&local, SV_ERROR, SV_ERROR_INVALID,
                   _("%s lies in the future: enter today’s date or an earlier one."), shown);
    }
  sv_field_error_set_message (self->date_error, local != NULL ? local->message : NULL);
  ok &= local == NULL;

  return ok && sv_store_add_journal_entry (self->store, entry, error);
}

static void
sv_correction_dialog_finalize (GObject *object)
{
  SvCorrectionDialog *self = SV_CORRECTION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->original, sv_journal_entry_free);
  g_clear_pointer (&self->author, g_free);
  G_OBJECT_CLASS (sv_correction_dialog_parent_class)->finalize (object);
}

static void
sv_correction_dialog_class_init (SvCorrectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_correction_dialog_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_correction_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-correction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCorrectionDialog, original_row);
  gtk_widget_class_bind_template_child (widget_class, SvCorrectionDialog, original_label);
  gtk_widget_class_bind_template_child (widget_class, SvCorrectionDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, SvCorrectionDialog, text_error);
  gtk_widget_class_bind_template_child (widget_class, SvCorrectionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SvCorrectionDialog, date_error);
}

static void
sv_correction_dialog_init (SvCorrectionDialog *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvCorrectionDialog *
sv_correction_dialog_new (GtkWindow            *parent,
                          SvStore              *store,
                          const SvJournalEntry *entry,
                          const char           *author)
{
  SvCorrectionDialog *self;
  g_autofree char *date = NULL;
  GDate today;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (SV_TYPE_CORRECTION_DIALOG,
                       "transient-for", parent,
                       "title", _("Correct Journal Entry"),
                       NULL);
  self->store = g_object_ref (store);
  self->original = sv_journal_entry_copy (entry);
  self->author = g_strdup (author != NULL ? author : "");

  date = sv_date_format_long (&entry->date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->original_row), date);
  adw_action_row_set_subtitle (self->original_row, entry->author);
  gtk_label_set_text (self->original_label, entry->text);
  sv_date_today (&today);
  sv_date_row_set_date (self->date_row, &today);
  sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Add Correction"), NULL);
  return self;
}
