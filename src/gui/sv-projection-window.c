/* sv-projection-window.c: the projector's window — one drawing, nothing
 * else. It keeps the SvProjection it was last given and no records. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-projection-draw.h"
#include "sv-projection-window.h"

#define CURSOR_HIDE_MS 2000

struct _SvProjectionWindow
{
  AdwWindow      parent_instance;

  GtkWidget     *header;          /* child; shown when not fullscreen */
  GtkWidget     *area;            /* child */
  SvProjection  *projection;      /* owned; may be NULL */
  GdkMonitor    *monitor;         /* owned; the one we are fullscreen on */
  gulong         invalidate_id;   /* on monitor */
  gulong         dark_id;         /* on the default AdwStyleManager */
  guint          hide_cursor_id;
  gboolean       disposed;
};

G_DEFINE_FINAL_TYPE (SvProjectionWindow, sv_projection_window, ADW_TYPE_WINDOW)

enum {
  MONITOR_LOST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
forget_monitor (SvProjectionWindow *self)
{
  if (self->monitor != NULL)
    g_clear_signal_handler (&self->invalidate_id, self->monitor);
  g_clear_object (&self->monitor);
}

static void
update_accessible (SvProjectionWindow *self)
{
  g_autofree char *summary = sv_projection_describe (self->projection);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Projection"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static gboolean
hide_cursor_cb (gpointer user_data)
{
  SvProjectionWindow *self = user_data;

  self->hide_cursor_id = 0;
  gtk_widget_set_cursor_from_name (self->area, "none");
  return G_SOURCE_REMOVE;
}

static void
schedule_cursor_hide (SvProjectionWindow *self)
{
  g_clear_handle_id (&self->hide_cursor_id, g_source_remove);
  self->hide_cursor_id = g_timeout_add (CURSOR_HIDE_MS, hide_cursor_cb, self);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  SvProjectionWindow *self = user_data;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  sv_projection_draw (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)), self->projection, dark,
                      width, height, NULL, NULL);
}

static void
on_dark_changed_cb (AdwStyleManager    *manager,
                    GParamSpec         *pspec,
                    SvProjectionWindow *self)
{
  gtk_widget_queue_draw (self->area);
}

static void
on_fullscreened_changed_cb (GtkWindow          *window,
                            GParamSpec         *pspec,
                            SvProjectionWindow *self)
{
  /* Fullscreen shows the picture alone; a window has a bar to move,
   * resize and close it by. */
  gtk_widget_set_visible (self->header, !gtk_window_is_fullscreen (window));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              SvProjectionWindow       *self)
{
  gtk_widget_set_cursor (self->area, NULL);
  schedule_cursor_hide (self);
}

/* The projector was unplugged: tell the chair, then go. */
static void
on_monitor_invalidate_cb (GdkMonitor         *monitor,
                          SvProjectionWindow *self)
{
  g_autoptr(GdkMonitor) lost = g_object_ref (monitor);
  g_autoptr(SvProjectionWindow) keep = g_object_ref (self);

  /* Before emitting: whatever the handlers do, it is said once. */
  forget_monitor (self);
  g_signal_emit (self, signals[MONITOR_LOST], 0, lost);
  if (!self->disposed)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_close (window);
}

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SvProjectionWindow *self = SV_PROJECTION_WINDOW (widget);

  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  else if (self->monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), self->monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_projection_window_dispose (GObject *object)
{
  SvProjectionWindow *self = SV_PROJECTION_WINDOW (object);

  self->disposed = TRUE;
  g_clear_handle_id (&self->hide_cursor_id, g_source_remove);
  /* GTK 4.8's gtk_window_fullscreen_on_monitor() connects the window to
   * the monitor's "invalidate" and keeps a weak pointer to the monitor;
   * only unfullscreening drops them, destroying does not. Left behind,
   * the next unplugging would call into a freed window. */
  gtk_window_unfullscreen (GTK_WINDOW (self));
  forget_monitor (self);
  g_clear_signal_handler (&self->dark_id, adw_style_manager_get_default ());
  G_OBJECT_CLASS (sv_projection_window_parent_class)->dispose (object);
}

static void
sv_projection_window_finalize (GObject *object)
{
  SvProjectionWindow *self = SV_PROJECTION_WINDOW (object);

  g_clear_pointer (&self->projection, sv_projection_free);
  G_OBJECT_CLASS (sv_projection_window_parent_class)->finalize (object);
}

static void
sv_projection_window_class_init (SvProjectionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_projection_window_dispose;
  object_class->finalize = sv_projection_window_finalize;

  signals[MONITOR_LOST] = g_signal_new ("monitor-lost", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, GDK_TYPE_MONITOR);

  gtk_widget_class_install_action (widget_class, "projection.leave", NULL, leave_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "projection.leave", NULL);
  gtk_widget_class_install_action (widget_class, "projection.toggle-fullscreen", NULL, toggle_fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "projection.toggle-fullscreen", NULL);
}

static void
sv_projection_window_init (SvProjectionWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  /* No case in the title: a title shows in task switchers and docks. */
  gtk_window_set_title (GTK_WINDOW (self), _("Projection"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);

  self->header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), adw_window_title_new (_("Projection"), NULL));
  gtk_box_append (GTK_BOX (box), self->header);

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (self->area, TRUE);
  gtk_widget_set_vexpand (self->area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (self->area, motion);
  gtk_box_append (GTK_BOX (box), self->area);
  adw_window_set_content (ADW_WINDOW (self), box);

  self->dark_id = g_signal_connect (adw_style_manager_get_default (), "notify::dark",
                                    G_CALLBACK (on_dark_changed_cb), self);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened_changed_cb), self);
  update_accessible (self);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvProjectionWindow *
sv_projection_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (SV_TYPE_PROJECTION_WINDOW, "application", application, NULL);
}

void
sv_projection_window_set_projection (SvProjectionWindow *self,
                                     SvProjection       *projection)
{
  g_return_if_fail (SV_IS_PROJECTION_WINDOW (self));

  if (projection == self->projection)
    return;
  g_clear_pointer (&self->projection, sv_projection_free);
  self->projection = projection;
  update_accessible (self);
  gtk_widget_queue_draw (self->area);
}

const SvProjection *
sv_projection_window_get_projection (SvProjectionWindow *self)
{
  g_return_val_if_fail (SV_IS_PROJECTION_WINDOW (self), NULL);

  return self->projection;
}

void
sv_projection_window_present_on (SvProjectionWindow *self,
                                 GdkMonitor         *monitor)
{
  g_return_if_fail (SV_IS_PROJECTION_WINDOW (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  if (monitor != self->monitor)
    {
      forget_monitor (self);
      if (monitor != NULL)
        {
          self->monitor = g_object_ref (monitor);
          self->invalidate_id = g_signal_connect (monitor, "invalidate",
                                                  G_CALLBACK (on_monitor_invalidate_cb), self);
        }
    }
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  schedule_cursor_hide (self);
}

GListModel *
sv_projection_window_list_monitors (GtkWindow *chair_window)
{
  GListStore *store = g_list_store_new (GDK_TYPE_MONITOR);
  GdkDisplay *display;
  GListModel *monitors;
  GdkSurface *surface;
  GdkMonitor *chair = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (chair_window), G_LIST_MODEL (store));

  display = gtk_widget_get_display (GTK_WIDGET (chair_window));
  monitors = gdk_display_get_monitors (display);
  surface = gtk_native_get_surface (GTK_NATIVE (chair_window));
  if (surface != NULL)
    chair = gdk_display_get_monitor_at_surface (display, surface);
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != chair && gdk_monitor_is_valid (monitor))
        g_list_store_append (store, monitor);
    }
  return G_LIST_MODEL (store);
}
