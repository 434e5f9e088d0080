/* sv-professional-editor.c: the form for a professional — name,
 * organisation (found or created by name), function and contact. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-field-error.h"
#include "sv-gui-util.h"
#include "sv-professional-editor.h"

struct _SvProfessionalEditor
{
  SvFormDialog    parent_instance;

  SvStore        *store;         /* owned */
  SvProfessional *professional;  /* owned: the record being edited */

  AdwEntryRow    *name_row;
  SvFieldError   *name_error;
  AdwEntryRow    *organisation_row;
  AdwEntryRow    *function_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *phone_row;
};

G_DEFINE_FINAL_TYPE (SvProfessionalEditor, sv_professional_editor, SV_TYPE_FORM_DIALOG)

static gboolean
sv_professional_editor_save (SvFormDialog  *dialog,
                             GError       **error)
{
  SvProfessionalEditor *self = SV_PROFESSIONAL_EDITOR (dialog);
  g_autoptr(SvProfessional) professional = sv_professional_copy (self->professional);
  g_autofree char *organisation = sv_entry_row_dup_text (self->organisation_row);

  g_free (professional->name);
  professional->name = sv_entry_row_dup_text (self->name_row);
  g_free (professional->function);
  professional->function = sv_entry_row_dup_text (self->function_row);
  g_free (professional->email);
  professional->email = sv_entry_row_dup_text (self->email_row);
  g_free (professional->phone);
  professional->phone = sv_entry_row_dup_text (self->phone_row);
  /* A changed name means another organisation: the store finds or creates
   * it by name. */
  if (g_strcmp0 (organisation, professional->organisation_name) != 0)
    {
      professional->organisation_id = 0;
      g_free (professional->organisation_name);
      professional->organisation_name = g_steal_pointer (&organisation);
    }

  if (*professional->name == '\0')
    {
      sv_field_error_set_message (self->name_error, _("Enter the name of the professional."));
      return FALSE;
    }
  sv_field_error_set_message (self->name_error, NULL);

  if (!sv_store_save_professional (self->store, professional, error))
    return FALSE;
  sv_professional_free (self->professional);
  self->professional = g_steal_pointer (&professional);
  return TRUE;
}

static void
sv_professional_editor_finalize (GObject *object)
{
  SvProfessionalEditor *self = SV_PROFESSIONAL_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->professional, sv_professional_free);
  G_OBJECT_CLASS (sv_professional_editor_parent_class)->finalize (object);
}

static void
sv_professional_editor_class_init (SvProfessionalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_professional_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_professional_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-professional-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalEditor, function_row);
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalEditor, phone_row);
}

static void
sv_professional_editor_init (SvProfessionalEditor *self)
{
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvProfessionalEditor *
sv_professional_editor_new (GtkWindow            *parent,
                            SvStore              *store,
                            const SvProfessional *professional)
{
  SvProfessionalEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_PROFESSIONAL_EDITOR,
                       "transient-for", parent,
                       "title", professional == NULL ? _("New Professional") : _("Professional"),
                       NULL);
  self->store = g_object_ref (store);
  self->professional = professional != NULL ? sv_professional_copy (professional) : sv_professional_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->professional->name);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), self->professional->organisation_name);
  gtk_editable_set_text (GTK_EDITABLE (self->function_row), self->professional->function);
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), self->professional->email);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), self->professional->phone);
  if (professional == NULL)
    sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Add"), NULL);
  return self;
}
