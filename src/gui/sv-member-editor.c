/* sv-member-editor.c: the household member form. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"
#include "sv-member-editor.h"

struct _SvMemberEditor
{
  SvFormDialog  parent_instance;

  SvStore      *store;    /* owned */
  SvMember     *member;   /* owned: the record being edited */

  AdwEntryRow  *given_names_row;
  AdwEntryRow  *family_name_row;
  SvFieldError *name_error;
  SvDateRow    *birth_row;
  SvFieldError *birth_error;
  AdwComboRow  *role_row;
  AdwEntryRow  *note_row;
};

G_DEFINE_FINAL_TYPE (SvMemberEditor, sv_member_editor, SV_TYPE_FORM_DIALOG)

static gboolean
sv_member_editor_save (SvFormDialog  *dialog,
                       GError       **error)
{
  SvMemberEditor *self = SV_MEMBER_EDITOR (dialog);
  g_autoptr(SvMember) member = sv_member_copy (self->member);
  g_autoptr(GError) local = NULL;
  gboolean ok = TRUE;
  GDate today;

  sv_date_today (&today);
  g_free (member->given_names);
  member->given_names = sv_entry_row_dup_text (self->given_names_row);
  g_free (member->family_name);
  member->family_name = sv_entry_row_dup_text (self->family_name_row);
  g_free (member->note);
  member->note = sv_entry_row_dup_text (self->note_row);
  member->role = adw_combo_row_get_selected (self->role_row);

  if (*member->given_names == '\0' && *member->family_name == '\0')
    {
      sv_field_error_set_message (self->name_error, _("Enter a given name or a family name."));
      ok = FALSE;
    }
  else
    sv_field_error_set_message (self->name_error, NULL);

  if (!sv_date_row_get_date (self->birth_row, &member->birth_date, &local) ||
      !sv_date_check_birth (&member->birth_date, &today, &local))
    {
      sv_field_error_set_message (self->birth_error, local->message);
      ok = FALSE;
    }
  else
    sv_field_error_set_message (self->birth_error, NULL);

  if (!ok)
    return FALSE;
  if (!sv_store_save_member (self->store, member, error))
    return FALSE;
  sv_member_free (self->member);
  self->member = g_steal_pointer (&member);
  return TRUE;
}

static void
sv_member_editor_finalize (GObject *object)
{
  SvMemberEditor *self = SV_MEMBER_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->member, sv_member_free);
  G_OBJECT_CLASS (sv_member_editor_parent_class)->finalize (object);
}

static void
sv_member_editor_class_init (SvMemberEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_member_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_member_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-member-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, given_names_row);
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, birth_row);
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, birth_error);
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, SvMemberEditor, note_row);
}

static void
sv_member_editor_init (SvMemberEditor *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  SV_COMBO_ROW_FILL (self->role_row, member_role);
}

SvMemberEditor *
sv_member_editor_new (GtkWindow      *parent,
                      SvStore        *store,
                      const SvMember *member)
{
  SvMemberEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (member != NULL, NULL);

  self = g_object_new (SV_TYPE_MEMBER_EDITOR,
                       "transient-for", parent,
                       "title", member->id == 0 ? _("New Household Member") : _("Household Member"),
                       NULL);
  self->store = g_object_ref (store);
  self->member = sv_member_copy (member);
  gtk_editable_set_text (GTK_EDITABLE (self->given_names_row), member->given_names);
  gtk_editable_set_text (GTK_EDITABLE (self->family_name_row), member->family_name);
  sv_date_row_set_date (self->birth_row, &member->birth_date);
  adw_combo_row_set_selected (self->role_row, member->role);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), member->note);
  if (member->id == 0)
    sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Add"), NULL);
  return self;
}
