/* sv-network-editor.c: the form for someone of the informal network. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-field-error.h"
#include "sv-gui-util.h"
#include "sv-network-editor.h"

struct _SvNetworkEditor
{
  SvFormDialog     parent_instance;

  SvStore         *store;    /* owned */
  SvNetworkMember *member;   /* owned: the record being edited */

  AdwEntryRow     *name_row;
  SvFieldError    *name_error;
  AdwEntryRow     *relation_row;
  AdwEntryRow     *contact_row;
  AdwEntryRow     *note_row;
};

G_DEFINE_FINAL_TYPE (SvNetworkEditor, sv_network_editor, SV_TYPE_FORM_DIALOG)

static gboolean
sv_network_editor_save (SvFormDialog  *dialog,
                        GError       **error)
{
  SvNetworkEditor *self = SV_NETWORK_EDITOR (dialog);
  g_autoptr(SvNetworkMember) member = sv_network_member_copy (self->member);

  g_free (member->name);
  member->name = sv_entry_row_dup_text (self->name_row);
  g_free (member->relation);
  member->relation = sv_entry_row_dup_text (self->relation_row);
  g_free (member->contact);
  member->contact = sv_entry_row_dup_text (self->contact_row);
  g_free (member->note);
  member->note = sv_entry_row_dup_text (self->note_row);

  if (*member->name == '\0')
    {
      sv_field_error_set_message (self->name_error, _("Enter the name of this person, or how the family calls them."));
      return FALSE;
    }
  sv_field_error_set_message (self->name_error, NULL);

  if (!sv_store_save_network_member (self->store, member, error))
    return FALSE;
  sv_network_member_free (self->member);
  self->member = g_steal_pointer (&member);
  return TRUE;
}

static void
sv_network_editor_finalize (GObject *object)
{
  SvNetworkEditor *self = SV_NETWORK_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->member, sv_network_member_free);
  G_OBJECT_CLASS (sv_network_editor_parent_class)->finalize (object);
}

static void
sv_network_editor_class_init (SvNetworkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_network_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_network_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-network-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvNetworkEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SvNetworkEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, SvNetworkEditor, relation_row);
  gtk_widget_class_bind_template_child (widget_class, SvNetworkEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, SvNetworkEditor, note_row);
}

static void
sv_network_editor_init (SvNetworkEditor *self)
{
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvNetworkEditor *
sv_network_editor_new (GtkWindow             *parent,
                       SvStore               *store,
                       const SvNetworkMember *member)
{
  SvNetworkEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (member != NULL, NULL);

  self = g_object_new (SV_TYPE_NETWORK_EDITOR,
                       "transient-for", parent,
                       "title", member->id == 0 ? _("New Network Member") : _("Network Member"),
                       NULL);
  self->store = g_object_ref (store);
  self->member = sv_network_member_copy (member);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), member->name);
  gtk_editable_set_text (GTK_EDITABLE (self->relation_row), member->relation);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), member->contact);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), member->note);
  if (member->id == 0)
    sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Add"), NULL);
  return self;
}
