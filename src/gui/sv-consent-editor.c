/* sv-consent-editor.c: the consent form — status, date, who signed, what
 * it covers, and the exceptions that allow a discussion without consent. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-consent-editor.h"
#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-error.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"

struct _SvConsentEditor
{
  SvFormDialog  parent_instance;

  SvStore      *store;    /* owned */
  SvConsent    *consent;  /* owned: the record being edited */

  AdwActionRow *required_row;
  AdwComboRow  *status_row;
  SvDateRow    *date_row;
  SvFieldError *date_error;
  AdwEntryRow  *given_by_row;
  SvFieldError *given_by_error;
  AdwEntryRow  *scope_row;
  AdwComboRow  *exception_row;
  AdwEntryRow  *note_row;
};

G_DEFINE_FINAL_TYPE (SvConsentEditor, sv_consent_editor, SV_TYPE_FORM_DIALOG)

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

/* A date belongs to an answer: asked and given or refused. */
static void
on_status_selected_cb (AdwComboRow     *row,
                       GParamSpec      *pspec,
                       SvConsentEditor *self)
{
  sv_date_row_set_optional (self->date_row,
                            adw_combo_row_get_selected (row) == SV_CONSENT_STATUS_ONBEKEND);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static gboolean
sv_consent_editor_save (SvFormDialog  *dialog,
                        GError       **error)
{
  SvConsentEditor *self = SV_CONSENT_EDITOR (dialog);
  g_autoptr(SvConsent) consent = sv_consent_copy (self->consent);
  g_autoptr(GError) local = NULL;
  gboolean ok = TRUE;
  GDate today;

  sv_date_today (&today);
  consent->status = adw_combo_row_get_selected (self->status_row);
  consent->exception = adw_combo_row_get_selected (self->exception_row);
  g_free (consent->given_by);
  consent->given_by = sv_entry_row_dup_text (self->given_by_row);
  g_free (consent->scope);
  consent->scope = sv_entry_row_dup_text (self->scope_row);
  g_free (consent->note);
  consent->note = sv_entry_row_dup_text (self->note_row);

  sv_date_row_set_optional (self->date_row, consent->status == SV_CONSENT_STATUS_ONBEKEND);
  if (!sv_date_row_get_date (self->date_row, &consent->date, &local))
    ok = FALSE;
  else if (g_date_valid (&consent->date) && g_date_compare (&consent->date, &today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (&consent->date);
      g_set_error (&local, SV_ERROR, SV_ERROR_INVALID,
                   _("%s lies in the future: enter the date the residents signed or refused."), shown);
      ok = FALSE;
    }
  sv_field_error_set_message (self->date_error, local != NULL ? local->message : NULL);

  if (consent->status == SV_CONSENT_STATUS_GEGEVEN && *consent->given_by == '\0')
    {
      sv_field_error_set_message (self->given_by_error,
                                  _("Enter who signed the toestemmingsverklaring, for example both parents by name."));
      ok = FALSE;
    }
  else
    sv_field_error_set_message (self->given_by_error, NULL);

  if (!ok || !sv_store_save_consent (self->store, consent, error))
    return FALSE;
  sv_consent_free (self->consent);
  self->consent = g_steal_pointer (&consent);
  return TRUE;
}

static void
sv_consent_editor_finalize (GObject *object)
{
  SvConsentEditor *self = SV_CONSENT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->consent, sv_consent_free);
  G_OBJECT_CLASS (sv_consent_editor_parent_class)->finalize (object);
}

static void
sv_consent_editor_class_init (SvConsentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_consent_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_consent_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-consent-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, required_row);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, given_by_row);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, given_by_error);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, scope_row);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, exception_row);
  gtk_widget_class_bind_template_child (widget_class, SvConsentEditor, note_row);
}

static void
sv_consent_editor_init (SvConsentEditor *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  SV_COMBO_ROW_FILL (self->status_row, consent_status);
  SV_COMBO_ROW_FILL (self->exception_row, consent_exception);
  g_signal_connect (self->status_row, "notify::selected", G_CALLBACK (on_status_selected_cb), self);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvConsentEditor *
sv_consent_editor_new (GtkWindow *parent,
                       SvStore   *store,
                       gint64     case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCase) record = NULL;
  SvConsentEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_CONSENT_EDITOR,
                       "transient-for", parent,
                       "title", _("Consent"),
                       NULL);
  self->store = g_object_ref (store);
  record = sv_store_get_case (store, case_id, &error);
  if (record != NULL)
    self->consent = sv_store_get_consent (store, case_id, &error);
  if (error != NULL)
    sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
  if (self->consent == NULL)
    {
      self->consent = sv_consent_new ();
      self->consent->case_id = case_id;
    }

  if (record == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->required_row), FALSE);
  else if (sv_consent_required (record->report_kind))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->required_row), _("Consent needed"));
      adw_action_row_set_subtitle (self->required_row,
                                   _("This case is a zorgelijke melding: the residents’ consent is needed before it is discussed or shared."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->required_row), _("No consent needed"));
      adw_action_row_set_subtitle (self->required_row,
                                   _("This case is a zorgmelding from Veilig Thuis: it needs no consent of the residents."));
    }

  adw_combo_row_set_selected (self->status_row, self->consent->status);
  sv_date_row_set_optional (self->date_row, self->consent->status == SV_CONSENT_STATUS_ONBEKEND);
  sv_date_row_set_date (self->date_row, &self->consent->date);
  gtk_editable_set_text (GTK_EDITABLE (self->given_by_row), self->consent->given_by);
  gtk_editable_set_text (GTK_EDITABLE (self->scope_row), self->consent->scope);
  adw_combo_row_set_selected (self->exception_row, self->consent->exception);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), self->consent->note);
  return self;
}
