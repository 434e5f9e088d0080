/* sv-close-case-dialog.c: close a case — the closing date and a note on
 * how the case ends. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-close-case-dialog.h"
#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-error.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"

struct _SvCloseCaseDialog
{
  SvFormDialog  parent_instance;

  SvStore      *store;   /* owned */
  SvCase       *record;  /* owned; NULL when the case could not be read */

  SvDateRow    *closed_row;
  SvFieldError *closed_error;
  GtkTextView  *note_view;
};

G_DEFINE_FINAL_TYPE (SvCloseCaseDialog, sv_close_case_dialog, SV_TYPE_FORM_DIALOG)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static gboolean
sv_close_case_dialog_save (SvFormDialog  *dialog,
                           GError       **error)
{
  SvCloseCaseDialog *self = SV_CLOSE_CASE_DIALOG (dialog);
  g_autoptr(SvCase) record = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *note = NULL;
  GDate today;

  if (self->record == NULL)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                           _("The case could not be read: close this dialog and open the case again."));
      return FALSE;
    }
  record = sv_case_copy (self->record);
  sv_date_today (&today);
  if (sv_date_row_get_date (self->closed_row, &record->closed_on, &local))
    {
      if (g_date_compare (&record->closed_on, &record->received) < 0)
        {
          g_autofree char *received = sv_date_format_medium (&record->received);
          g_set_error (&local, SV_ERROR, SV_ERROR_INVALID,
                       _("The report came in on %s: enter that date or a later one."), received);
        }
      else if (g_date_compare (&record->closed_on, &today) > 0)
        {
          g_autofree char *shown = sv_date_format_medium (&record->closed_on);
          g_set_error (&local, SV_ERROR, SV_ERROR_INVALID,
                       _("%s lies in the future: enter today’s date or an earlier one."), shown);
        }
    }
  sv_field_error_set_message (self->closed_error, local != NULL ? local->message : NULL);
  if (local != NULL)
    return FALSE;

  note = sv_text_view_dup_text (self->note_view);
  g_free (record->closing_note);
  record->closing_note = g_strdup (g_strstrip (note));
  record->status = SV_CASE_STATUS_GESLOTEN;
  if (!sv_store_save_case (self->store, record, error))
    return FALSE;
  sv_case_free (self->record);
  self->record = g_steal_pointer (&record);
  return TRUE;
}

static void
sv_close_case_dialog_finalize (GObject *object)
{
  SvCloseCaseDialog *self = SV_CLOSE_CASE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->record, sv_case_free);
  G_OBJECT_CLASS (sv_close_case_dialog_parent_class)->finalize (object);
}

static void
sv_close_case_dialog_class_init (SvCloseCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_close_case_dialog_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_close_case_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-close-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCloseCaseDialog, closed_row);
  gtk_widget_class_bind_template_child (widget_class, SvCloseCaseDialog, closed_error);
  gtk_widget_class_bind_template_child (widget_class, SvCloseCaseDialog, note_view);
}

static void
sv_close_case_dialog_init (SvCloseCaseDialog *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Closing takes the case off the list of open cases: the button is red. */
  sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Close Case"), _("Close the case (Ctrl+Enter)"));
  sv_form_dialog_set_destructive (SV_FORM_DIALOG (self), TRUE);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvCloseCaseDialog *
sv_close_case_dialog_new (GtkWindow *parent,
                          SvStore   *store,
                          gint64     case_id)
{
  g_autoptr(GError) error = NULL;
  SvCloseCaseDialog *self;
  GDate closed_on;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_CLOSE_CASE_DIALOG,
                       "transient-for", parent,
                       "title", _("Close Case"),
                       NULL);
  self->store = g_object_ref (store);
  self->record = sv_store_get_case (store, case_id, &error);
  if (self->record == NULL)
    {
      sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
      return self;
    }
  if (g_date_valid (&self->record->closed_on))
    closed_on = self->record->closed_on;
  else
    sv_date_today (&closed_on);
  sv_date_row_set_date (self->closed_row, &closed_on);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), self->record->closing_note, -1);
  return self;
}
