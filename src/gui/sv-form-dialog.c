/* sv-form-dialog.c: modal edit dialog with Cancel/Save and a guard against
 * losing typed text. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-form-dialog.h"

typedef struct
{
  AdwToastOverlay *toasts;
  AdwHeaderBar    *header;
  GtkButton       *save_button;
  AdwPreferencesPage *page;
  gboolean         modified;
  gboolean         watching;   /* edits are being watched */
} SvFormDialogPrivate;

static GtkBuildableIface *parent_buildable_iface;

static void sv_form_dialog_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (SvFormDialog, sv_form_dialog, ADW_TYPE_WINDOW,
                         G_ADD_PRIVATE (SvFormDialog)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, sv_form_dialog_buildable_init))

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
on_edited_cb (SvFormDialog *self)
{
  sv_form_dialog_set_modified (self, TRUE);
}

/* Any typing, choosing or toggling in the form counts as an edit. */
static void
watch_edits (SvFormDialog *self,
             GtkWidget    *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_EDITABLE (child) && gtk_editable_get_delegate (GTK_EDITABLE (child)) == NULL)
        g_signal_connect_swapped (child, "changed", G_CALLBACK (on_edited_cb), self);
      else if (GTK_IS_TEXT_VIEW (child))
        g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child)), "changed",
                                  G_CALLBACK (on_edited_cb), self);
      else if (ADW_IS_COMBO_ROW (child))
        g_signal_connect_swapped (child, "notify::selected", G_CALLBACK (on_edited_cb), self);
      else if (GTK_IS_SWITCH (child) || GTK_IS_CHECK_BUTTON (child))
        g_signal_connect_swapped (child, "notify::active", G_CALLBACK (on_edited_cb), self);
      watch_edits (self, child);
    }
}

static void
save (SvFormDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (SV_FORM_DIALOG_GET_CLASS (self)->save == NULL ||
      SV_FORM_DIALOG_GET_CLASS (self)->save (self, &error))
    {
      g_signal_emit (self, signals[SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (error != NULL)
    sv_form_dialog_show_message (self, error->message);
}

static gboolean
destroy_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SvFormDialog     *self)
{
  /* The question is a child of the form and still busy answering: the
   * form goes once that is done. */
  if (g_str_equal (response, "discard"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle_cb, g_object_ref (self), g_object_unref);
}

static void
cancel (SvFormDialog *self)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);
  GtkWidget *dialog;

  if (!priv->modified)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                   _("What you typed in this form has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------
 * Actions and overrides
 * ------------------------------------------------------------------------ */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (SV_FORM_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cancel (SV_FORM_DIALOG (widget));
}

static gboolean
sv_form_dialog_close_request (GtkWindow *window)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (SV_FORM_DIALOG (window));

  if (!priv->modified)
    return FALSE;
  cancel (SV_FORM_DIALOG (window));
  return TRUE;
}

static void
sv_form_dialog_map (GtkWidget *widget)
{
  SvFormDialog *self = SV_FORM_DIALOG (widget);
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);

  GTK_WIDGET_CLASS (sv_form_dialog_parent_class)->map (widget);
  /* Watch only once the subclass has filled in the record; typing starts
   * in the first field, not on Cancel. */
  if (!priv->watching)
    {
      priv->watching = TRUE;
      watch_edits (self, GTK_WIDGET (priv->page));
      gtk_widget_child_focus (GTK_WIDGET (priv->page), GTK_DIR_TAB_FORWARD);
    }
}

static void
sv_form_dialog_add_child (GtkBuildable *buildable,
                          GtkBuilder   *builder,
                          GObject      *child,
                          const char   *type)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (SV_FORM_DIALOG (buildable));

  if (ADW_IS_PREFERENCES_GROUP (child) && priv->page != NULL)
    adw_preferences_page_add (priv->page, ADW_PREFERENCES_GROUP (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
sv_form_dialog_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = sv_form_dialog_add_child;
}

static void
sv_form_dialog_class_init (SvFormDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  widget_class->map = sv_form_dialog_map;
  window_class->close_request = sv_form_dialog_close_request;

  /**
   * SvFormDialog::saved:
   *
   * The record was stored; the dialog closes next.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-form-dialog.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SvFormDialog, toasts);
  gtk_widget_class_bind_template_child_private (widget_class, SvFormDialog, header);
  gtk_widget_class_bind_template_child_private (widget_class, SvFormDialog, save_button);
  gtk_widget_class_bind_template_child_private (widget_class, SvFormDialog, page);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "form.save", NULL);
  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "form.cancel", NULL);
}

static void
sv_form_dialog_init (SvFormDialog *self)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (priv->save_button));
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_form_dialog_set_save_label (SvFormDialog *self,
                               const char   *label,
                               const char   *tooltip)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);

  g_return_if_fail (SV_IS_FORM_DIALOG (self));
  gtk_button_set_label (priv->save_button, label);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (priv->save_button), tooltip);
}

void
sv_form_dialog_set_destructive (SvFormDialog *self,
                                gboolean      destructive)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);
  GtkWidget *button;

  g_return_if_fail (SV_IS_FORM_DIALOG (self));
  button = GTK_WIDGET (priv->save_button);
  gtk_widget_remove_css_class (button, destructive ? "suggested-action" : "destructive-action");
  gtk_widget_add_css_class (button, destructive ? "destructive-action" : "suggested-action");
}

void
sv_form_dialog_set_modified (SvFormDialog *self,
                             gboolean      modified)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);

  g_return_if_fail (SV_IS_FORM_DIALOG (self));
  priv->modified = !!modified;
}

gboolean
sv_form_dialog_get_modified (SvFormDialog *self)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);

  g_return_val_if_fail (SV_IS_FORM_DIALOG (self), FALSE);
  return priv->modified;
}

void
sv_form_dialog_show_message (SvFormDialog *self,
                             const char   *message)
{
  SvFormDialogPrivate *priv = sv_form_dialog_get_instance_private (self);
  AdwToast *toast;

  g_return_if_fail (SV_IS_FORM_DIALOG (self));
  toast = adw_toast_new (message);
  /* An error stays until it has been read. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (priv->toasts, toast);
}
