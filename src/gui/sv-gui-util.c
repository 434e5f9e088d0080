/* sv-gui-util.c: small helpers the widgets share. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"
#include "sv-ics-export.h"

#define ROWS_KEY "sv-group-rows"

char *
sv_entry_row_dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

char *
sv_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
sv_group_add_row (AdwPreferencesGroup *group,
                  GtkWidget           *row)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), ROWS_KEY);

  if (rows == NULL)
    {
      rows = g_ptr_array_new ();
      g_object_set_data_full (G_OBJECT (group), ROWS_KEY, rows, (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (rows, row);
  adw_preferences_group_add (group, row);
}

void
sv_group_clear_rows (AdwPreferencesGroup *group)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), ROWS_KEY);

  if (rows == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

char *
sv_dup_user_name (GSettings *settings)
{
  g_autofree char *name = settings != NULL ? g_settings_get_string (settings, "user-name") : NULL;
  const char *real;

  if (name != NULL && *g_strstrip (name) != '\0')
    return g_steal_pointer (&name);
  real = g_get_real_name ();
  if (real != NULL && *real != '\0' && !g_str_equal (real, "Unknown"))
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (widget);

      overlay = root != NULL ? gtk_widget_get_first_child (GTK_WIDGET (root)) : NULL;
      while (overlay != NULL && !ADW_IS_TOAST_OVERLAY (overlay))
        overlay = gtk_widget_get_next_sibling (overlay);
    }
  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL;
}

void
sv_add_toast (GtkWidget *widget,
              AdwToast  *toast)
{
  AdwToastOverlay *overlay = find_overlay (widget);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

void
sv_show_toast (GtkWidget  *widget,
               const char *message)
{
  sv_add_toast (widget, adw_toast_new (message));
}

void
sv_show_error_toast (GtkWidget    *widget,
                     const GError *error)
{
  AdwToast *toast;

  if (error == NULL)
    return;
  toast = adw_toast_new (error->message);
  /* An error stays until it has been read. */
  adw_toast_set_timeout (toast, 0);
  sv_add_toast (widget, toast);
}

void
sv_widget_set_new_tooltip (GtkWidget  *widget,
                           const char *tooltip)
{
  gboolean visible = gtk_widget_get_visible (widget);

  /* GTK asks the display server where the pointer is when a visible
   * widget gets a tooltip (three round trips on X11); a widget not yet
   * in a window cannot be under it. */
  if (gtk_widget_get_root (widget) != NULL || !visible)
    {
      gtk_widget_set_tooltip_text (widget, tooltip);
      return;
    }
  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_widget_set_visible (widget, TRUE);
}

/* GTK 4.8 measures the minimum width of a wrapping label by laying it out
 * at width 0. With the word-or-character wrapping of libadwaita's rows
 * that breaks after every character, and Pango 1.50 shapes the rest of
 * the text again at each break: 0.5 ms for a subtitle of 70 characters
 * against 0.04 ms when it breaks at words only, and a page measures a
 * few hundred such labels. */
void
sv_widget_wrap_at_words (GtkWidget *widget)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (w) && gtk_label_get_wrap (GTK_LABEL (w)) &&
          gtk_label_get_wrap_mode (GTK_LABEL (w)) == PANGO_WRAP_WORD_CHAR)
        gtk_label_set_wrap_mode (GTK_LABEL (w), PANGO_WRAP_WORD);
      for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
}

void
sv_widget_single_line (GtkWidget *widget)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (w))
        {
          gtk_label_set_wrap (GTK_LABEL (w), FALSE);
          gtk_label_set_lines (GTK_LABEL (w), -1);
          gtk_label_set_ellipsize (GTK_LABEL (w), PANGO_ELLIPSIZE_END);
        }
      for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
}

GtkWidget *
sv_icon_button_new (const char *icon_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  sv_widget_set_new_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

SvWorkdays *
sv_workdays_from_settings (GSettings *settings)
{
  SvWorkdays *workdays = sv_workdays_new ();
  g_auto(GStrv) extra = settings != NULL ? g_settings_get_strv (settings, "extra-days-off") : NULL;

  /* The preferences check the dates; should one be broken anyway, no
   * extra days count rather than some. */
  sv_workdays_set_extra_days (workdays, (const char **) extra, NULL);
  return workdays;
}

typedef struct {
  GtkWidget *widget;
  SvStore   *store;
  GSettings *settings;
  gint64     case_id;
} CalendarExport;

static void
calendar_export_free (CalendarExport *export)
{
  g_object_unref (export->widget);
  g_object_unref (export->store);
  g_clear_object (&export->settings);
  g_free (export);
}

static void
on_calendar_file_chosen_cb (GtkNativeDialog *dialog,
                            int              response,
                            CalendarExport  *export)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SvWorkdays) workdays = NULL;
  SvIcsExportCounts counts = { 0 };

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      workdays = sv_workdays_from_settings (export->settings);
      if (sv_store_log_access (export->store, SV_AUDIT_EXPORT, export->case_id,
                               export->case_id != 0 ? _("calendar file (iCalendar), no names")
                                                    : _("calendar file (iCalendar) of all open cases, no names"),
                               &error) &&
          sv_ics_export_to_file_full (export->store, export->case_id != 0 ? &export->case_id : NULL,
                                      export->case_id != 0 ? 1 : 0, workdays, NULL, path, &counts, &error))
        {
          g_autofree char *message = NULL;

          if (counts.n_meetings > 0)
            /* TRANSLATORS: "12 deadlines and 3 meetings exported to the calendar file" */
            message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadlines and %u meeting exported to the calendar file",
                                                    "%u deadlines and %u meetings exported to the calendar file",
                                                    counts.n_meetings),
                                       counts.n_deadlines, counts.n_meetings);
          else
            message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline exported to the calendar file",
                                                    "%u deadlines exported to the calendar file", counts.n_deadlines),
                                       counts.n_deadlines);

          sv_show_toast (export->widget, message);
        }
      else
        sv_show_error_toast (export->widget, error);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  calendar_export_free (export);
}

void
sv_export_calendar (GtkWidget *widget,
                    SvStore   *store,
                    GSettings *settings,
                    gint64     case_id)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  CalendarExport *export = g_new0 (CalendarExport, 1);

  export->widget = g_object_ref (widget);
  export->store = g_object_ref (store);
  export->settings = settings != NULL ? g_object_ref (settings) : NULL;
  export->case_id = case_id;

  dialog = gtk_file_chooser_native_new (_("Export Calendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* A calendar file names no one, but it is still about cases: the name
   * says what it holds, not whose it is. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog),
                                     case_id != 0 ? _("samenveilig-case-deadlines.ics") : _("samenveilig-deadlines.ics"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_calendar_file_chosen_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
