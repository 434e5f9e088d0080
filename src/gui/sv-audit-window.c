/* sv-audit-window.c: the read-only audit log of a case. Built in code: a
 * header bar with the export, a note that the log cannot be changed, and
 * one row per line, newest first. Opening it is itself recorded: the log
 * shows old and new values. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-audit-window.h"
#include "sv-date.h"

struct _SvAuditWindow
{
  AdwWindow   parent_instance;

  SvStore    *store;        /* owned */
  gint64      case_id;
  char       *case_number;
  GPtrArray  *entries;      /* owned, SvAuditEntry, oldest first */

  GtkListBox *list;
  GtkWidget  *stack;
  AdwToastOverlay *overlay;
};

G_DEFINE_FINAL_TYPE (SvAuditWindow, sv_audit_window, ADW_TYPE_WINDOW)

static void
toast (SvAuditWindow *self,
       const char    *message)
{
  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (message));
}

static GtkWidget *
entry_row (const SvAuditEntry *e)
{
  g_autofree char *title = sv_audit_entry_describe (e);
  g_autofree char *who = sv_audit_entry_who (e);
  g_autoptr(GDateTime) local = e->at != NULL ? g_date_time_to_local (e->at) : NULL;
  g_autofree char *when = local != NULL ? sv_datetime_format (local) : g_strdup ("");
  /* TRANSLATORS: below an audit line: "22 november 2026, 15:03 · Els de Vries (els)" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), when, who);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
fill (SvAuditWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = sv_store_list_audit (self->store, self->case_id, &error);
  if (self->entries == NULL)
    {
      self->entries = g_ptr_array_new ();
      toast (self, error->message);
    }
  for (guint i = self->entries->len; i-- > 0;)
    gtk_list_box_append (self->list, entry_row (self->entries->pdata[i]));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->entries->len > 0 ? "list" : "empty");
}

gboolean
sv_audit_window_export (SvAuditWindow  *self,
                        const char     *path,
                        GError        **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (SV_IS_AUDIT_WINDOW (self), FALSE);

  csv = sv_audit_entries_to_csv (self->entries);
  /* Recorded first: an export that cannot be recorded is not made. The
   * file is written to a private temporary file and renamed. */
  return sv_store_log_access (self->store, SV_AUDIT_EXPORT, self->case_id, _("audit log (CSV)"), error) &&
         g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
on_file_chosen_cb (GtkNativeDialog *dialog,
                   int              response,
                   SvAuditWindow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))))
    path = g_file_get_path (file);
  if (path != NULL)
    {
      if (sv_audit_window_export (self, path, &error))
        toast (self, _("Audit log exported"));
      else
        toast (self, error->message);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_export_clicked_cb (SvAuditWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Export Audit Log"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  /* TRANSLATORS: file name of the exported audit log; no spaces */
  name = g_strdup_printf (_("audit-log-%s.csv"), self->case_number);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
sv_audit_window_finalize (GObject *object)
{
  SvAuditWindow *self = SV_AUDIT_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->case_number);
  G_OBJECT_CLASS (sv_audit_window_parent_class)->finalize (object);
}

static void
sv_audit_window_class_init (SvAuditWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sv_audit_window_finalize;
}

static void
sv_audit_window_init (SvAuditWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *note = gtk_label_new (_("Who opened, printed, exported, revealed or changed this case, and when. "
                                     "The log is kept by the app and cannot be changed."));
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 680, 600);
  gtk_widget_set_tooltip_text (export, _("Save the log as a CSV file"));
  g_signal_connect_swapped (export, "clicked", G_CALLBACK (on_export_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  gtk_box_append (GTK_BOX (box), header);

  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Audit log"), -1);
  gtk_box_append (GTK_BOX (inner), note);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->list));
  gtk_widget_set_margin_top (inner, 18);
  gtk_widget_set_margin_bottom (inner, 18);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Recorded Yet"));
  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_widget_set_vexpand (self->stack, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), self->stack);
  self->overlay = ADW_TOAST_OVERLAY (overlay);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_window_set_content (ADW_WINDOW (self), box);
}

SvAuditWindow *
sv_audit_window_new (GtkWindow  *parent,
                     SvStore    *store,
                     gint64      case_id,
                     const char *case_number)
{
  SvAuditWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_AUDIT_WINDOW, "modal", TRUE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->case_id = case_id;
  self->case_number = g_strdup (case_number);
  /* TRANSLATORS: window title: "Audit Log of Case 2026-0012" */
  title = g_strdup_printf (_("Audit Log of Case %s"), case_number);
  gtk_window_set_title (GTK_WINDOW (self), title);
  sv_store_log_access (store, SV_AUDIT_OPEN, case_id, _("audit log"), NULL);
  fill (self);
  return self;
}

guint
sv_audit_window_get_n_rows (SvAuditWindow *self)
{
  g_return_val_if_fail (SV_IS_AUDIT_WINDOW (self), 0);
  return self->entries->len;
}
