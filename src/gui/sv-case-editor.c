/* sv-case-editor.c: the report form — household name, kind and source of
 * the report, date received and reason. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-editor.h"
#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-error.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"

struct _SvCaseEditor
{
  SvFormDialog  parent_instance;

  SvStore      *store;      /* owned */
  SvCase       *record;     /* owned */
  SvHousehold  *household;  /* owned */

  AdwEntryRow  *household_row;
  SvFieldError *household_error;
  AdwComboRow  *source_row;
  AdwEntryRow  *detail_row;
  SvDateRow    *received_row;
  SvFieldError *received_error;
  AdwEntryRow  *reason_row;
  SvFieldError *reason_error;
};

G_DEFINE_FINAL_TYPE (SvCaseEditor, sv_case_editor, SV_TYPE_FORM_DIALOG)

typedef struct {
  SvHousehold *household;
  SvCase      *record;
} Pending;

/* Household and case are written together or not at all. */
static gboolean
write_case (SvStore  *store,
            gpointer  user_data,
            GError  **error)
{
  Pending *pending = user_data;

  if (!sv_store_save_household (store, pending->household, error))
    return FALSE;
  pending->record->household_id = pending->household->id;
  return sv_store_save_case (store, pending->record, error);
}

static gboolean
sv_case_editor_save (SvFormDialog  *dialog,
                     GError       **error)
{
  SvCaseEditor *self = SV_CASE_EDITOR (dialog);
  g_autoptr(SvHousehold) household = sv_household_copy (self->household);
  g_autoptr(SvCase) record = sv_case_copy (self->record);
  g_autoptr(GError) local = NULL;
  Pending pending = { household, record };
  gboolean ok = TRUE;
  GDate today;

  sv_date_today (&today);
  g_free (household->name);
  household->name = sv_entry_row_dup_text (self->household_row);
  record->source = adw_combo_row_get_selected (self->source_row);
  record->report_kind = sv_report_kind_for_source (record->source);
  g_free (record->source_detail);
  record->source_detail = sv_entry_row_dup_text (self->detail_row);
  g_free (record->reason);
  record->reason = sv_entry_row_dup_text (self->reason_row);

  sv_field_error_set_message (self->household_error,
                              *household->name == '\0' ? _("Enter a name for the household, for example “Gezin Jansen”.") : NULL);
  ok &= *household->name != '\0';
  sv_field_error_set_message (self->reason_error,
                              *record->reason == '\0' ? _("Give the reason for the report in a few words.") : NULL);
  ok &= *record->reason != '\0';

  if (!sv_date_row_get_date (self->received_row, &record->received, &local))
    ok = FALSE;
  else if (g_date_compare (&record->received, &today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (&record->received);
      g_set_error (&local, SV_ERROR, SV_ERROR_INVALID, _("%s lies in the future: a report is registered when it has come in."), shown);
      ok = FALSE;
    }
  sv_field_error_set_message (self->received_error, local != NULL ? local->message : NULL);

  if (!ok || !sv_store_run_in_transaction (self->store, write_case, &pending, error))
    return FALSE;
  sv_household_free (self->household);
  self->household = g_steal_pointer (&household);
  sv_case_free (self->record);
  self->record = g_steal_pointer (&record);
  return TRUE;
}

static void
sv_case_editor_finalize (GObject *object)
{
  SvCaseEditor *self = SV_CASE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->record, sv_case_free);
  g_clear_pointer (&self->household, sv_household_free);
  G_OBJECT_CLASS (sv_case_editor_parent_class)->finalize (object);
}

static void
sv_case_editor_class_init (SvCaseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_case_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_case_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-case-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, household_row);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, household_error);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, detail_row);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, received_row);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, received_error);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, reason_row);
  gtk_widget_class_bind_template_child (widget_class, SvCaseEditor, reason_error);
}

static void
sv_case_editor_init (SvCaseEditor *self)
{
  /* The report kind follows from the source (seed 000): one choice. */
  static const char *choices[] = {
    [SV_REPORT_SOURCE_VEILIG_THUIS] = N_("Zorgmelding from Veilig Thuis"),
    [SV_REPORT_SOURCE_HUISARTS] = N_("Zorgelijke melding from a general practitioner"),
    [SV_REPORT_SOURCE_DERDE] = N_("Zorgelijke melding from a third party"),
    [SV_REPORT_SOURCE_BETROKKENE] = N_("Zorgelijke melding from the residents themselves"),
  };
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    gtk_string_list_append (list, _(choices[i]));
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (list));
}

SvCaseEditor *
sv_case_editor_new (GtkWindow *parent,
                    SvStore   *store,
                    gint64     case_id)
{
  g_autoptr(GError) error = NULL;
  SvCaseEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_CASE_EDITOR,
                       "transient-for", parent,
                       "title", case_id == 0 ? _("New Case") : _("Edit Report"),
                       NULL);
  self->store = g_object_ref (store);
  if (case_id != 0)
    self->record = sv_store_get_case (store, case_id, &error);
  if (self->record != NULL)
    self->household = sv_store_get_household (store, self->record->household_id, &error);
  if (error != NULL)
    sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
  if (self->record == NULL || self->household == NULL)
    {
      g_clear_pointer (&self->record, sv_case_free);
      g_clear_pointer (&self->household, sv_household_free);
      self->record = sv_case_new ();
      self->household = sv_household_new ();
      sv_date_today (&self->record->received);
      sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Register"), NULL);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->household_row), self->household->name);
  adw_combo_row_set_selected (self->source_row, self->record->source);
  gtk_editable_set_text (GTK_EDITABLE (self->detail_row), self->record->source_detail);
  sv_date_row_set_date (self->received_row, &self->record->received);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), self->record->reason);
  return self;
}

gint64
sv_case_editor_get_case_id (SvCaseEditor *self)
{
  g_return_val_if_fail (SV_IS_CASE_EDITOR (self), 0);
  return self->record->id;
}
