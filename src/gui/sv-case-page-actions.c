/* sv-case-page-actions.c: what can be done from the case page — edit the
 * report and consent, add, edit and remove members, network and
 * professionals (removal undoable from a toast), close and reopen the case,
 * and write or correct journal entries. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-card-window.h"
#include "sv-case-editor.h"
#include "sv-case-page-private.h"
#include "sv-close-case-dialog.h"
#include "sv-consent-editor.h"
#include "sv-gui-util.h"
#include "sv-member-editor.h"
#include "sv-network-editor.h"
#include "sv-role-editor.h"

static GtkWindow *
parent_window (SvCasePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
edit_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);

  gtk_window_present (GTK_WINDOW (sv_case_editor_new (parent_window (self), self->store, self->case_id)));
}

static void
open_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);

  sv_card_window_present (parent_window (self), self->store, self->settings, self->case_id);
}

static void
edit_consent_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);

  gtk_window_present (GTK_WINDOW (sv_consent_editor_new (parent_window (self), self->store, self->case_id)));
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(SvMember) member = sv_member_new ();

  member->household_id = self->record->household_id;
  gtk_window_present (GTK_WINDOW (sv_member_editor_new (parent_window (self), self->store, member)));
}

static SvMember *
find_member (SvCasePage *self,
             gint64      id)
{
  g_autoptr(GPtrArray) members = sv_store_list_members (self->store, self->record->household_id, NULL);

  for (guint i = 0; members != NULL && i < members->len; i++)
    if (((SvMember *) members->pdata[i])->id == id)
      return sv_member_copy (members->pdata[i]);
  return NULL;
}

static void
edit_member_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(SvMember) member = find_member (self, g_variant_get_int64 (parameter));

  if (member != NULL)
    gtk_window_present (GTK_WINDOW (sv_member_editor_new (parent_window (self), self->store, member)));
}

typedef struct {
  SvStore *store;
  gpointer record;   /* the removed record, stored again on Undo */
  gboolean (*save) (SvStore *, gpointer, GError **);
  GDestroyNotify free_record;
  GtkWidget *widget;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  undo->free_record (undo->record);
  g_object_unref (undo->widget);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!undo->save (undo->store, undo->record, &error))
    sv_show_error_toast (undo->widget, error);
}

/* Removal is undoable for as long as the toast shows. */
static void
offer_undo (SvCasePage     *self,
            const char     *message,
            gpointer        record,
            gboolean      (*save) (SvStore *, gpointer, GError **),
            GDestroyNotify  free_record)
{
  AdwToast *toast = adw_toast_new (message);
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (self->store);
  undo->record = record;
  undo->save = save;
  undo->free_record = free_record;
  undo->widget = g_object_ref (GTK_WIDGET (self));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo,
                         (GClosureNotify) undo_free, 0);
  sv_add_toast (GTK_WIDGET (self), toast);
}

static gboolean
restore_member (SvStore  *store,
                gpointer  record,
                GError  **error)
{
  SvMember *member = record;

  member->id = 0;
  return sv_store_save_member (store, member, error);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  SvMember *member = find_member (self, g_variant_get_int64 (parameter));
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (member == NULL)
    return;
  name = sv_member_dup_full_name (member);
  if (!sv_store_delete_member (self->store, member->id, &error))
    {
      sv_show_error_toast (widget, error);
      sv_member_free (member);
      return;
    }
  message = g_strdup_printf (_("%s removed from the household"), name);
  offer_undo (self, message, member, restore_member, (GDestroyNotify) sv_member_free);
}

static void
add_network_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(SvNetworkMember) person = sv_network_member_new ();

  person->household_id = self->record->household_id;
  gtk_window_present (GTK_WINDOW (sv_network_editor_new (parent_window (self), self->store, person)));
}

static SvNetworkMember *
find_network_member (SvCasePage *self,
                     gint64      id)
{
  g_autoptr(GPtrArray) network = sv_store_list_network (self->store, self->record->household_id, NULL);

  for (guint i = 0; network != NULL && i < network->len; i++)
    if (((SvNetworkMember *) network->pdata[i])->id == id)
      return sv_network_member_copy (network->pdata[i]);
  return NULL;
}

static void
edit_network_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(SvNetworkMember) person = find_network_member (self, g_variant_get_int64 (parameter));

  if (person != NULL)
    gtk_window_present (GTK_WINDOW (sv_network_editor_new (parent_window (self), self->store, person)));
}

static gboolean
restore_network_member (SvStore  *store,
                        gpointer  record,
                        GError  **error)
{
  SvNetworkMember *person = record;

  person->id = 0;
  return sv_store_save_network_member (store, person, error);
}

static void
remove_network_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  SvNetworkMember *person = find_network_member (self, g_variant_get_int64 (parameter));
  g_autofree char *message = NULL;

  if (person == NULL)
    return;
  if (!sv_store_delete_network_member (self->store, person->id, &error))
    {
      sv_show_error_toast (widget, error);
      sv_network_member_free (person);
      return;
    }
  message = g_strdup_printf (_("%s removed from the network"), person->name);
  offer_undo (self, message, person, restore_network_member, (GDestroyNotify) sv_network_member_free);
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);

  gtk_window_present (GTK_WINDOW (sv_role_editor_new (parent_window (self), self->store, self->case_id)));
}

static gboolean
restore_role (SvStore  *store,
              gpointer  record,
              GError  **error)
{
  SvCaseRole *role = record;

  role->id = 0;
  return sv_store_save_case_role (store, role, error);
}

static void
remove_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) roles = sv_store_list_case_roles (self->store, self->case_id, NULL);
  gint64 id = g_variant_get_int64 (parameter);
  SvCaseRole *role = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; roles != NULL && i < roles->len; i++)
    if (((SvCaseRole *) roles->pdata[i])->id == id)
      role = sv_case_role_copy (roles->pdata[i]);
  if (role == NULL)
    return;
  if (!sv_store_delete_case_role (self->store, id, &error))
    {
      sv_show_error_toast (widget, error);
      sv_case_role_free (role);
      return;
    }
  /* TRANSLATORS: "Wim Wijkagent (Inbrenger) removed from this case" */
  message = g_strdup_printf (_("%s (%s) removed from this case"), role->professional->name,
                             sv_case_role_label (role->role));
  offer_undo (self, message, role, restore_role, (GDestroyNotify) sv_case_role_free);
}

static void
close_case_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);

  gtk_window_present (GTK_WINDOW (sv_close_case_dialog_new (parent_window (self), self->store, self->case_id)));
}

static void
reopen_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);
  g_autoptr(SvCase) c = sv_case_copy (self->record);
  g_autoptr(GError) error = NULL;

  c->status = SV_CASE_STATUS_OPEN;
  g_date_clear (&c->closed_on, 1);
  if (!sv_store_save_case (self->store, c, &error))
    sv_show_error_toast (widget, error);
  else
    sv_show_toast (widget, _("The case is open again"));
}

static void
correct_entry_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sv_case_page_correct_entry (SV_CASE_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
edit_facts_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sv_case_page_edit_facts (SV_CASE_PAGE (widget));
}

static void
toggle_deadline_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sv_case_page_toggle_deadline (SV_CASE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
advance_intervention_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  sv_case_page_advance_vht (SV_CASE_PAGE (widget), g_variant_get_uint32 (parameter));
}

static void
plan_gesprek_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sv_case_page_open_gesprek (SV_CASE_PAGE (widget), 0);
}

static void
open_gesprek_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sv_case_page_open_gesprek (SV_CASE_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SvCasePage *self = SV_CASE_PAGE (widget);

  sv_export_calendar (widget, self->store, self->settings, self->case_id);
}

static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sv_case_page_add_entry (SV_CASE_PAGE (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sv_case_page_print (SV_CASE_PAGE (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sv_case_page_print (SV_CASE_PAGE (widget), GTK_PRINT_OPERATION_ACTION_PREVIEW);
}

static void
audit_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sv_case_page_show_audit_log (SV_CASE_PAGE (widget));
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  sv_case_page_confirm_erase (SV_CASE_PAGE (widget));
}

void
sv_case_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.audit-log", NULL, audit_log_action);
  gtk_widget_class_install_action (widget_class, "case.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "case.edit", NULL, edit_report_action);
  gtk_widget_class_install_action (widget_class, "case.edit-consent", NULL, edit_consent_action);
  gtk_widget_class_install_action (widget_class, "case.open-card", NULL, open_card_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "case.open-card", NULL);
  gtk_widget_class_install_action (widget_class, "case.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "case.edit-member", "x", edit_member_action);
  gtk_widget_class_install_action (widget_class, "case.remove-member", "x", remove_member_action);
  gtk_widget_class_install_action (widget_class, "case.add-network", NULL, add_network_action);
  gtk_widget_class_install_action (widget_class, "case.edit-network", "x", edit_network_action);
  gtk_widget_class_install_action (widget_class, "case.remove-network", "x", remove_network_action);
  gtk_widget_class_install_action (widget_class, "case.add-role", NULL, add_role_action);
  gtk_widget_class_install_action (widget_class, "case.remove-role", "x", remove_role_action);
  gtk_widget_class_install_action (widget_class, "case.close", NULL, close_case_action);
  gtk_widget_class_install_action (widget_class, "case.reopen", NULL, reopen_case_action);
  gtk_widget_class_install_action (widget_class, "case.add-entry", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "case.edit-facts", NULL, edit_facts_action);
  gtk_widget_class_install_action (widget_class, "case.export-calendar", NULL, export_calendar_action);
  gtk_widget_class_install_action (widget_class, "case.toggle-deadline", "s", toggle_deadline_action);
  gtk_widget_class_install_action (widget_class, "case.advance-intervention", "u", advance_intervention_action);
  gtk_widget_class_install_action (widget_class, "case.plan-gesprek", NULL, plan_gesprek_action);
  gtk_widget_class_install_action (widget_class, "case.open-gesprek", "x", open_gesprek_action);
  gtk_widget_class_install_action (widget_class, "case.correct-entry", "x", correct_entry_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "case.edit", NULL);
  gtk_widget_class_install_action (widget_class, "case.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "case.print-preview", NULL, print_preview_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "case.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "case.print-preview", NULL);
}
