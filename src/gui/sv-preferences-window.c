/* sv-preferences-window.c: the name journal entries are signed with (and
 * the audit log names), the extra days off, the daily backup and the
 * retention period, and whether the app follows the system style or is
 * always light or dark. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-field-error.h"
#include "sv-preferences-window.h"

struct _SvPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;  /* owned */

  AdwEntryRow          *name_row;
  AdwEntryRow          *extra_days_row;
  SvFieldError         *extra_days_error;
  AdwComboRow          *style_row;
  GtkSwitch            *backup_switch;
  GtkSpinButton        *kept_spin;
  GtkSpinButton        *retention_spin;
};

G_DEFINE_FINAL_TYPE (SvPreferencesWindow, sv_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The values of the "color-scheme" key, in the order of the style combo. */
static const char *schemes[] = { "default", "light", "dark" };

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_style_selected_cb (AdwComboRow         *row,
                      GParamSpec          *pspec,
                      SvPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autofree char *current = NULL;

  if (self->settings == NULL || selected >= G_N_ELEMENTS (schemes))
    return;
  current = g_settings_get_string (self->settings, "color-scheme");
  if (!g_str_equal (current, schemes[selected]))
    g_settings_set_string (self->settings, "color-scheme", schemes[selected]);
}

static void
on_color_scheme_changed_cb (GSettings           *settings,
                            const char          *key,
                            SvPreferencesWindow *self)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (scheme, schemes[i]) && adw_combo_row_get_selected (self->style_row) != i)
      adw_combo_row_set_selected (self->style_row, i);
}

/* "07-05-2027, 26-12-2027" ↔ the ISO dates of the "extra-days-off" key.
 * Nothing is stored while one of the dates is not a date. */
static void
on_extra_days_apply_cb (AdwEntryRow         *row,
                        SvPreferencesWindow *self)
{
  g_auto(GStrv) parts = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (row)), ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) days = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      if (*g_strstrip (parts[i]) == '\0')
        continue;
      if (!sv_date_parse_user (parts[i], &date, &error))
        {
          sv_field_error_set_message (self->extra_days_error, error->message);
          return;
        }
      {
        g_autofree char *iso = sv_date_to_iso (&date);

        g_strv_builder_add (builder, iso);
      }
    }
  sv_field_error_set_message (self->extra_days_error, NULL);
  days = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "extra-days-off", (const char * const *) days);
}

static void
show_extra_days (SvPreferencesWindow *self)
{
  g_auto(GStrv) days = g_settings_get_strv (self->settings, "extra-days-off");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; days[i] != NULL; i++)
    {
      GDate date;
      g_autofree char *shown = NULL;

      if (!sv_date_from_iso (days[i], &date))
        continue;
      shown = sv_date_format_numeric (&date);
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", shown);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->extra_days_row), text->str);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_preferences_window_dispose (GObject *object)
{
  SvPreferencesWindow *self = SV_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    {
      g_settings_unbind (self->name_row, "text");
      g_settings_unbind (self->backup_switch, "active");
      g_settings_unbind (self->kept_spin, "value");
      g_settings_unbind (self->retention_spin, "value");
      g_signal_handlers_disconnect_by_data (self->settings, self);
    }
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sv_preferences_window_parent_class)->dispose (object);
}

static void
sv_preferences_window_class_init (SvPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, extra_days_row);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, extra_days_error);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, backup_switch);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, kept_spin);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_extra_days_apply_cb);
}

static void
sv_preferences_window_init (SvPreferencesWindow *self)
{
  g_autoptr(GtkStringList) styles = gtk_string_list_new (NULL);

  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (styles, C_("style", "Follow system"));
  gtk_string_list_append (styles, C_("style", "Light"));
  gtk_string_list_append (styles, C_("style", "Dark"));
  adw_combo_row_set_model (self->style_row, G_LIST_MODEL (styles));
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvPreferencesWindow *
sv_preferences_window_new (GSettings *settings)
{
  SvPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SV_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "user-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "automatic-backup", self->backup_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backups-kept", self->kept_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "automatic-backup", self->kept_spin, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "retention-years", self->retention_spin, "value", G_SETTINGS_BIND_DEFAULT);
  on_color_scheme_changed_cb (settings, "color-scheme", self);
  show_extra_days (self);
  g_signal_connect (settings, "changed::color-scheme", G_CALLBACK (on_color_scheme_changed_cb), self);
  g_signal_connect (self->style_row, "notify::selected", G_CALLBACK (on_style_selected_cb), self);
  return self;
}
