/* sv-chair-window-projection.c: the projector, seen from the chair.
 *
 * The projection window is given an SvProjection — the allow-list of
 * sv-projection.h — rebuilt on every change: another case, an agreement
 * added or removed, the advice, a reveal. The reveal (initials, names,
 * dates of birth) holds for the current case only and is dropped when the
 * chair moves on. A projector that disappears takes nothing with it: the
 * meeting goes on here, and projecting again is one click.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-chair-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"

#define LAST_CONNECTOR "sv-last-connector"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static char *
monitor_label (GdkMonitor *monitor,
               guint       index)
{
  GdkRectangle geometry;
  const char *name = gdk_monitor_get_model (monitor);

  if (name == NULL || *name == '\0')
    name = gdk_monitor_get_connector (monitor);
  gdk_monitor_get_geometry (monitor, &geometry);
  if (name == NULL || *name == '\0')
    /* TRANSLATORS: a screen without a name, with its size: "Scherm 2 (1920×1080)" */
    return g_strdup_printf (_("Screen %u (%d×%d)"), index + 1, geometry.width, geometry.height);
  /* TRANSLATORS: a screen and its size: "HDMI-1 (1920×1080)" */
  return g_strdup_printf (_("%s (%d×%d)"), name, geometry.width, geometry.height);
}

void
sv_chair_window_update_projection (SvChairWindow *self)
{
  g_autofree SvProjectionSource *sources = NULL;
  SvProjection *projection;
  GDate today;

  if (self->projection == NULL || self->meeting == NULL)
    return;
  sources = g_new0 (SvProjectionSource, MAX (self->items->len, 1));
  for (guint i = 0; i < self->items->len; i++)
    {
      sources[i].item = self->items->pdata[i];
      sources[i].household = self->households->pdata[i];
      sources[i].members = self->members->pdata[i];
      sources[i].network = self->networks->pdata[i];
    }
  sv_date_today (&today);
  projection = sv_projection_build (self->meeting, sources, self->items->len, self->current,
                                    self->agreements, self->reveal, &today);
  sv_projection_window_set_projection (self->projection, projection);
}

void
sv_chair_window_reset_reveal (SvChairWindow *self)
{
  gboolean was_filling = self->filling;

  self->filling = TRUE;
  gtk_toggle_button_set_active (self->reveal_initials, FALSE);
  gtk_toggle_button_set_active (self->reveal_names, FALSE);
  gtk_toggle_button_set_active (self->reveal_births, FALSE);
  self->filling = was_filling;
  self->reveal = SV_REVEAL_NONE;
}

void
sv_chair_window_stop_projection (SvChairWindow *self)
{
  if (self->projection == NULL)
    return;
  self->stopping_projection = TRUE;
  gtk_window_destroy (GTK_WINDOW (self->projection));
  self->stopping_projection = FALSE;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
projector_lost (SvChairWindow *self)
{
  sv_chair_window_show_notice (self, _("The projector was disconnected; the meeting goes on."),
                               _("_Project Again"), "chair.project-again");
}

static void
on_monitor_lost_cb (SvProjectionWindow *projection,
                    GdkMonitor         *monitor,
                    SvChairWindow      *self)
{
  if (!self->stopping_projection)
    {
      self->projector_lost = TRUE;
      projector_lost (self);
    }
}

static void
on_projection_destroy_cb (SvProjectionWindow *projection,
                          SvChairWindow      *self)
{
  if (self->projection != projection)
    return;
  self->projection = NULL;
  sv_chair_window_reset_reveal (self);
  if (self->reveal_group != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->reveal_group), FALSE);
  /* Closed on the projector itself (its close button or Escape): said
   * plainly, with the way back; an unplugged projector has said so already. */
  if (!self->stopping_projection && !self->projector_lost &&
      gtk_widget_get_realized (GTK_WIDGET (self)))
    sv_chair_window_show_notice (self, _("The projection was closed; the meeting goes on."),
                                 _("_Project Again"), "chair.project-again");
  self->projector_lost = FALSE;
}

/* Every field newly shown on the projector goes into the case's audit
 * log: what the room saw is part of who saw what. */
static void
log_reveal (SvChairWindow *self,
            SvRevealFlags  added)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autoptr(GString) what = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (added == SV_REVEAL_NONE || item == NULL)
    return;
  if (added & SV_REVEAL_INITIALS)
    g_string_append (what, _("initials"));
  if (added & SV_REVEAL_NAMES)
    g_string_append_printf (what, "%s%s", what->len > 0 ? ", " : "", _("names"));
  if (added & SV_REVEAL_BIRTH_DATES)
    g_string_append_printf (what, "%s%s", what->len > 0 ? ", " : "", _("dates of birth"));
  if (!sv_store_log_access (self->store, SV_AUDIT_REVEAL, item->case_id, what->str, &error))
    sv_show_error_toast (GTK_WIDGET (self), error);
}

static void
on_reveal_toggled_cb (SvChairWindow *self)
{
  SvRevealFlags reveal = SV_REVEAL_NONE;

  if (self->filling)
    return;
  if (gtk_toggle_button_get_active (self->reveal_initials))
    reveal |= SV_REVEAL_INITIALS;
  if (gtk_toggle_button_get_active (self->reveal_names))
    reveal |= SV_REVEAL_NAMES;
  if (gtk_toggle_button_get_active (self->reveal_births))
    reveal |= SV_REVEAL_BIRTH_DATES;
  log_reveal (self, reveal & ~self->reveal);
  self->reveal = reveal;
  sv_chair_window_update_projection (self);
}

/* The screens are listed when the menu opens: a projector plugged in a
 * minute ago is there. */
static void
create_project_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (user_data);
  g_autoptr(GListModel) monitors = sv_projection_window_list_monitors (GTK_WINDOW (self));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) screens = g_menu_new ();
  guint n = monitors != NULL ? g_list_model_get_n_items (monitors) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      g_autofree char *label = monitor_label (monitor, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "chair.project", g_variant_new_int32 ((gint32) i));
      g_menu_append_item (screens, item);
    }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("In a Window"), NULL);

    g_menu_item_set_action_and_target_value (item, "chair.project", g_variant_new_int32 (-1));
    g_menu_append_item (screens, item);
  }
  g_menu_append_section (menu, n > 0 ? _("Project on") : NULL, G_MENU_MODEL (screens));
  if (self->projection != NULL)
    {
      g_autoptr(GMenu) stop = g_menu_new ();

      g_menu_append (stop, _("_Stop Projecting"), "chair.stop-projecting");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (stop));
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
project_on (SvChairWindow *self,
            GdkMonitor    *monitor)
{
  if (self->projection == NULL)
    {
      self->projection = sv_projection_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      g_signal_connect_object (self->projection, "monitor-lost", G_CALLBACK (on_monitor_lost_cb), self, 0);
      g_signal_connect_object (self->projection, "destroy", G_CALLBACK (on_projection_destroy_cb), self, 0);
    }
  g_object_set_data_full (G_OBJECT (self), LAST_CONNECTOR,
                          monitor != NULL ? g_strdup (gdk_monitor_get_connector (monitor)) : NULL, g_free);
  sv_chair_window_update_projection (self);
  sv_projection_window_present_on (self->projection, monitor);
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_group), TRUE);
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
}

static void
project_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  int index = g_variant_get_int32 (parameter);
  g_autoptr(GListModel) monitors = NULL;
  g_autoptr(GdkMonitor) monitor = NULL;

  if (index >= 0)
    {
      monitors = sv_projection_window_list_monitors (GTK_WINDOW (self));
      monitor = monitors != NULL ? g_list_model_get_item (monitors, (guint) index) : NULL;
      if (monitor == NULL)
        {
          sv_show_toast (GTK_WIDGET (self->toasts), _("That screen is no longer connected; choose another"));
          return;
        }
    }
  project_on (self, monitor);
}

static void
project_again_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  const char *connector = g_object_get_data (G_OBJECT (self), LAST_CONNECTOR);
  g_autoptr(GListModel) monitors = sv_projection_window_list_monitors (GTK_WINDOW (self));

  for (guint i = 0; connector != NULL && monitors != NULL && i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (g_strcmp0 (gdk_monitor_get_connector (monitor), connector) == 0)
        {
          project_on (self, monitor);
          return;
        }
    }
  /* That screen is not back: let the chair choose. */
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  gtk_menu_button_popup (self->project_button);
}

static void
stop_projecting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sv_chair_window_stop_projection (SV_CHAIR_WINDOW (widget));
}

/* ------------------------------------------------------------------------
 * Set-up
 * ------------------------------------------------------------------------ */

void
sv_chair_window_install_projection (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chair.project", "i", project_action);
  gtk_widget_class_install_action (widget_class, "chair.project-again", NULL, project_again_action);
  gtk_widget_class_install_action (widget_class, "chair.stop-projecting", NULL, stop_projecting_action);
}

void
sv_chair_window_init_projection (SvChairWindow *self)
{
  gtk_menu_button_set_create_popup_func (self->project_button, create_project_menu_cb, self, NULL);
  g_signal_connect_object (self->reveal_initials, "toggled", G_CALLBACK (on_reveal_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reveal_names, "toggled", G_CALLBACK (on_reveal_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reveal_births, "toggled", G_CALLBACK (on_reveal_toggled_cb), self,
                           G_CONNECT_SWAPPED);
}
