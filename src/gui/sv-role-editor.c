/* sv-role-editor.c: give a professional a role on a case. The professional
 * is one the team knows, or a new one entered here and stored together
 * with the role. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-error.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"
#include "sv-role-editor.h"

struct _SvRoleEditor
{
  SvFormDialog          parent_instance;

  SvStore              *store;          /* owned */
  gint64                case_id;
  GPtrArray            *professionals;  /* owned, of SvProfessional; in the combo's order */

  AdwComboRow          *professional_row;
  AdwPreferencesGroup  *new_group;
  AdwEntryRow          *name_row;
  SvFieldError         *name_error;
  AdwEntryRow          *organisation_row;
  AdwEntryRow          *function_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *phone_row;
  AdwComboRow          *role_row;
  SvFieldError         *role_error;
  AdwEntryRow          *note_row;
};

G_DEFINE_FINAL_TYPE (SvRoleEditor, sv_role_editor, SV_TYPE_FORM_DIALOG)

typedef struct {
  SvProfessional *professional;  /* new, to store first; or NULL */
  SvCaseRole     *role;
} Pending;

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* The last entry of the combo stands for a professional not yet known. */
static gboolean
new_professional_chosen (SvRoleEditor *self)
{
  return adw_combo_row_get_selected (self->professional_row) >= self->professionals->len;
}

/* A new professional and the role are stored together or not at all. */
static gboolean
write_role (SvStore  *store,
            gpointer  user_data,
            GError  **error)
{
  Pending *pending = user_data;

  if (pending->professional != NULL)
    {
      if (!sv_store_save_professional (store, pending->professional, error))
        return FALSE;
      g_clear_pointer (&pending->role->professional, sv_professional_free);
      pending->role->professional = sv_professional_copy (pending->professional);
    }
  return sv_store_save_case_role (store, pending->role, error);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_professional_selected_cb (AdwComboRow  *row,
                             GParamSpec   *pspec,
                             SvRoleEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->new_group), new_professional_chosen (self));
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static gboolean
sv_role_editor_save (SvFormDialog  *dialog,
                     GError       **error)
{
  SvRoleEditor *self = SV_ROLE_EDITOR (dialog);
  g_autoptr(SvProfessional) professional = NULL;
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autoptr(GError) local = NULL;
  Pending pending;
  guint selected = adw_combo_row_get_selected (self->professional_row);

  role->case_id = self->case_id;
  role->role = adw_combo_row_get_selected (self->role_row);
  g_free (role->note);
  role->note = sv_entry_row_dup_text (self->note_row);
  sv_field_error_set_message (self->role_error, NULL);

  if (new_professional_chosen (self))
    {
      professional = sv_professional_new ();
      g_free (professional->name);
      professional->name = sv_entry_row_dup_text (self->name_row);
      g_free (professional->organisation_name);
      professional->organisation_name = sv_entry_row_dup_text (self->organisation_row);
      g_free (professional->function);
      professional->function = sv_entry_row_dup_text (self->function_row);
      g_free (professional->email);
      professional->email = sv_entry_row_dup_text (self->email_row);
      g_free (professional->phone);
      professional->phone = sv_entry_row_dup_text (self->phone_row);
      if (*professional->name == '\0')
        {
          sv_field_error_set_message (self->name_error,
                                      _("Enter the name of the new professional, or choose a known one above."));
          return FALSE;
        }
      sv_field_error_set_message (self->name_error, NULL);
    }
  else
    role->professional = sv_professional_copy (g_ptr_array_index (self->professionals, selected));

  pending.professional = professional;
  pending.role = role;
  if (sv_store_run_in_transaction (self->store, write_role, &pending, &local))
    return TRUE;
  if (g_error_matches (local, SV_ERROR, SV_ERROR_EXISTS))
    {
      g_autofree char *message =
        g_strdup_printf (_("%s already has this role on this case: choose another role or another professional."),
                         role->professional->name);

      sv_field_error_set_message (self->role_error, message);
      return FALSE;
    }
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static void
sv_role_editor_finalize (GObject *object)
{
  SvRoleEditor *self = SV_ROLE_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->professionals, g_ptr_array_unref);
  G_OBJECT_CLASS (sv_role_editor_parent_class)->finalize (object);
}

static void
sv_role_editor_class_init (SvRoleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_role_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_role_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-role-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, professional_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, new_group);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, function_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, role_error);
  gtk_widget_class_bind_template_child (widget_class, SvRoleEditor, note_row);
}

static void
sv_role_editor_init (SvRoleEditor *self)
{
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  SV_COMBO_ROW_FILL (self->role_row, case_role);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvRoleEditor *
sv_role_editor_new (GtkWindow *parent,
                    SvStore   *store,
                    gint64     case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  SvRoleEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_ROLE_EDITOR,
                       "transient-for", parent,
                       "title", _("Add Professional to Case"),
                       NULL);
  self->store = g_object_ref (store);
  self->case_id = case_id;
  self->professionals = sv_store_list_professionals (store, &error);
  if (self->professionals == NULL)
    {
      sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
      self->professionals = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_professional_free);
    }

  for (guint i = 0; i < self->professionals->len; i++)
    {
      SvProfessional *professional = g_ptr_array_index (self->professionals, i);
      g_autofree char *label = NULL;

      if (*professional->organisation_name != '\0')
        /* TRANSLATORS: a professional's name — their organisation */
        label = g_strdup_printf (C_("professional", "%s — %s"), professional->name, professional->organisation_name);
      else
        label = g_strdup (professional->name);
      gtk_string_list_append (choices, label);
    }
  gtk_string_list_append (choices, _("New professional…"));
  adw_combo_row_set_model (self->professional_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->professional_row, 0);
  g_signal_connect (self->professional_row, "notify::selected", G_CALLBACK (on_professional_selected_cb), self);
  gtk_widget_set_visible (GTK_WIDGET (self->new_group), new_professional_chosen (self));
  sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Add"), NULL);
  return self;
}
