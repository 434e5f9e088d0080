/* sv-letter-editor.c: editing, printing and saving one invitation. What
 * is printed or saved as PDF is stored first: the letter on record is the
 * letter that went out. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gesprek-letter.h"
#include "sv-gui-util.h"
#include "sv-letter-editor.h"
#include "sv-letter-pdf.h"
#include "sv-print-operation.h"

struct _SvLetterEditor
{
  AdwWindow        parent_instance;

  SvStore         *store;      /* owned */
  SvGesprek       *gesprek;    /* owned copy */
  SvGesprekLetter *letter;     /* owned */

  AdwToastOverlay *toasts;
  GtkTextView     *view;
  GtkLabel        *state_label;
};

G_DEFINE_FINAL_TYPE (SvLetterEditor, sv_letter_editor, ADW_TYPE_WINDOW)

char *
sv_letter_editor_dup_text (SvLetterEditor *self)
{
  g_return_val_if_fail (SV_IS_LETTER_EDITOR (self), NULL);
  return sv_text_view_dup_text (self->view);
}

void
sv_letter_editor_set_text (SvLetterEditor *self,
                           const char     *text)
{
  g_return_if_fail (SV_IS_LETTER_EDITOR (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text != NULL ? text : "", -1);
}

static void
show_state (SvLetterEditor *self)
{
  gtk_label_set_text (self->state_label,
                      self->letter->edited
                      ? _("Edited text, stored with the conversation. A line starting with “# ” is the title, one starting with “- ” a point of a list.")
                      : _("Generated from the plan; edit it as you like. A line starting with “# ” is the title, one starting with “- ” a point of a list."));
}

gboolean
sv_letter_editor_save (SvLetterEditor  *self,
                       GError         **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SV_IS_LETTER_EDITOR (self), FALSE);

  text = sv_letter_editor_dup_text (self);
  if (!sv_store_save_gesprek_letter (self->store, self->gesprek->id, self->letter->key, text, error))
    return FALSE;
  g_free (self->letter->text);
  self->letter->text = g_steal_pointer (&text);
  self->letter->edited = TRUE;
  show_state (self);
  return TRUE;
}

/* In the case's audit log before the letter leaves the app. */
static gboolean
log_letter (SvLetterEditor  *self,
            SvAuditAction    action,
            GError         **error)
{
  return sv_store_log_access (self->store, action, self->gesprek->case_id, _("invitation letter"), error);
}

gboolean
sv_letter_editor_write_pdf (SvLetterEditor  *self,
                            const char      *path,
                            GError         **error)
{
  g_return_val_if_fail (SV_IS_LETTER_EDITOR (self), FALSE);

  return sv_letter_editor_save (self, error) && log_letter (self, SV_AUDIT_EXPORT, error) &&
         sv_letter_write_pdf (self->letter->text, path, error);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_save_clicked_cb (GtkButton      *button,
                    SvLetterEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (sv_letter_editor_save (self, &error))
    sv_show_toast (GTK_WIDGET (self->toasts), _("Letter saved"));
  else
    sv_show_error_toast (GTK_WIDGET (self->toasts), error);
}

static void
on_reset_clicked_cb (GtkButton      *button,
                     SvLetterEditor *self)
{
  g_autoptr(GError) error = NULL;
  const SvGesprekPerson *youth = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (self->gesprek->people, i);
      g_autofree char *key = sv_gesprek_letter_key (person);

      if (person->role == SV_GESPREK_YOUTH && g_str_equal (key, self->letter->key))
        youth = person;
    }
  if (!(text = sv_gesprek_letter_generate (self->gesprek, youth, &error)) ||
      !sv_store_save_gesprek_letter (self->store, self->gesprek->id, self->letter->key, NULL, &error))
    {
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  g_free (self->letter->text);
  self->letter->text = g_steal_pointer (&text);
  self->letter->edited = FALSE;
  sv_letter_editor_set_text (self, self->letter->text);
  show_state (self);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   SvLetterEditor    *self)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  SvPageGeometry geometry;
  SvPrintDoc *doc;

  sv_print_geometry_for_setup (gtk_print_context_get_page_setup (context), &geometry);
  doc = sv_letter_doc_new (pango, &geometry, self->letter->text);
  g_object_unref (pango);
  g_object_set_data_full (G_OBJECT (operation), "sv-letter-doc", doc, (GDestroyNotify) sv_print_doc_free);
  gtk_print_operation_set_n_pages (operation, (int) sv_print_doc_get_n_pages (doc));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 SvLetterEditor    *self)
{
  SvPrintDoc *doc = g_object_get_data (G_OBJECT (operation), "sv-letter-doc");

  sv_print_doc_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page);
}

gboolean
sv_letter_editor_print (SvLetterEditor           *self,
                        GtkPrintOperationAction   action,
                        const char               *export_path,
                        GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();

  g_return_val_if_fail (SV_IS_LETTER_EDITOR (self), FALSE);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_path != NULL, FALSE);

  if (!sv_letter_editor_save (self, error))
    return FALSE;
  if (!log_letter (self, action == GTK_PRINT_OPERATION_ACTION_EXPORT ? SV_AUDIT_EXPORT : SV_AUDIT_PRINT, error))
    return FALSE;
  /* The job and file name say what it is, never whose. */
  gtk_print_operation_set_job_name (operation, _("invitation"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), self);
  return gtk_print_operation_run (operation, action, GTK_WINDOW (self), error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
on_print_clicked_cb (GtkButton      *button,
                     SvLetterEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!sv_letter_editor_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    sv_show_error_toast (GTK_WIDGET (self->toasts), error);
}

static void
on_pdf_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    SvLetterEditor  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      if (sv_letter_editor_write_pdf (self, path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          /* TRANSLATORS: %s is a file name */
          g_autofree char *done = g_strdup_printf (_("Letter saved as %s"), name);

          sv_show_toast (GTK_WIDGET (self->toasts), done);
        }
      else
        sv_show_error_toast (GTK_WIDGET (self->toasts), error);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
on_pdf_clicked_cb (GtkButton      *button,
                   SvLetterEditor *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Save Letter as PDF"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF files"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), self->letter->file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_pdf_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_letter_editor_dispose (GObject *object)
{
  SvLetterEditor *self = SV_LETTER_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->gesprek, sv_gesprek_free);
  g_clear_pointer (&self->letter, sv_gesprek_letter_free);
  G_OBJECT_CLASS (sv_letter_editor_parent_class)->dispose (object);
}

static void
sv_letter_editor_class_init (SvLetterEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sv_letter_editor_dispose;
}

static GtkWidget *
text_button (const char *label,
             GCallback   callback,
             gpointer    data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static void
sv_letter_editor_init (SvLetterEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *bar = gtk_action_bar_new ();
  GtkWidget *save = text_button (_("_Save"), G_CALLBACK (on_save_clicked_cb), self);

  gtk_window_set_default_size (GTK_WINDOW (self), 680, 760);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  adw_toast_overlay_set_child (self->toasts, box);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->state_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->state_label, 0);
  gtk_label_set_wrap (self->state_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "dim-label");
  gtk_widget_set_margin_start (GTK_WIDGET (self->state_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->state_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->state_label), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->state_label));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_text_view_set_top_margin (self->view, 12);
  gtk_text_view_set_bottom_margin (self->view, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Text of the letter"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);

  gtk_action_bar_pack_start (GTK_ACTION_BAR (bar),
                             text_button (_("_Generated Text"), G_CALLBACK (on_reset_clicked_cb), self));
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), text_button (_("Save as _PDF…"), G_CALLBACK (on_pdf_clicked_cb), self));
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), text_button (_("_Print…"), G_CALLBACK (on_print_clicked_cb), self));
  gtk_box_append (GTK_BOX (box), bar);
}

SvLetterEditor *
sv_letter_editor_new (GtkWindow       *parent,
                      SvStore         *store,
                      const SvGesprek *gesprek,
                      const char      *key)
{
  SvLetterEditor *self;
  g_autoptr(GPtrArray) letters = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SV_IS_STORE (store) && gesprek != NULL && key != NULL, NULL);

  self = g_object_new (SV_TYPE_LETTER_EDITOR, "modal", parent != NULL, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->gesprek = sv_gesprek_copy (gesprek);
  letters = sv_gesprek_letters_collect (store, gesprek, &error);
  for (guint i = 0; letters != NULL && i < letters->len; i++)
    {
      SvGesprekLetter *letter = g_ptr_array_index (letters, i);

      if (g_str_equal (letter->key, key))
        self->letter = g_ptr_array_steal_index (letters, i);
      if (self->letter != NULL)
        break;
    }
  if (self->letter == NULL)
    {
      self->letter = g_new0 (SvGesprekLetter, 1);
      self->letter->key = g_strdup (key);
      self->letter->label = g_strdup ("");
      self->letter->file_name = g_strdup ("uitnodiging.pdf");
      self->letter->text = g_strdup ("");
      gtk_label_set_text (self->state_label, error != NULL ? error->message : "");
    }
  else
    show_state (self);
  /* TRANSLATORS: the title of the letter editor: "Letter: Bram" */
  title = g_strdup_printf (_("Letter: %s"), self->letter->label);
  gtk_window_set_title (GTK_WINDOW (self), title);
  sv_letter_editor_set_text (self, self->letter->text);
  return self;
}
