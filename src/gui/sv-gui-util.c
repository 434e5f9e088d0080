/* sv-gui-util.c: small helpers the widgets share. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"

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

GtkWidget *
sv_icon_button_new (const char *icon_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}
