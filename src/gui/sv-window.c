/* sv-window.c: the main window. It remembers its size and the area last
 * used — but never which case was open: the app may start in front of a
 * room, and the first screen shows no family's name. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-editor.h"
#include "sv-cases-view.h"
#include "sv-chair-window.h"
#include "sv-gui-util.h"
#include "sv-meeting-ops.h"
#include "sv-meeting-plan-view.h"
#include "sv-planning-view.h"
#include "sv-professionals-view.h"
#include "sv-trajecten-view.h"
#include "sv-window.h"

struct _SvWindow
{
  AdwApplicationWindow  parent_instance;

  SvStore              *store;     /* owned */
  GSettings            *settings;  /* owned */

  AdwViewStack         *stack;
  SvCasesView          *cases_view;
  AdwBin               *planning_page;
  AdwBin               *meetings_page;
  AdwBin               *professionals_page;
  AdwBin               *trajecten_page;
};

G_DEFINE_FINAL_TYPE (SvWindow, sv_window, ADW_TYPE_APPLICATION_WINDOW)

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_open_case_cb (SvWindow *self,
                 gint64    case_id)
{
  adw_view_stack_set_visible_child_name (self->stack, "cases");
  sv_cases_view_show_case (self->cases_view, case_id);
}

/* The planning view gets its store in its second frame: the first shows
 * its bar and calendar (still empty), so that once the deadlines of all
 * cases are computed, only the list is left for the frame after them. */
static gboolean
planning_tick_cb (GtkWidget     *view,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  SvWindow *self = SV_WINDOW (user_data);

  if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (view), "sv-ticks")) == 0)
    {
      g_object_set_data (G_OBJECT (view), "sv-ticks", GUINT_TO_POINTER (1));
      return G_SOURCE_CONTINUE;
    }
  sv_planning_view_set_store (SV_PLANNING_VIEW (view), self->store, self->settings);
  return G_SOURCE_REMOVE;
}

/* The planning, meetings, trajecten and professionals areas are made when
 * first visited: start-up builds only what it shows. */
static void
on_visible_child_changed_cb (SvWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "planning") == 0 && adw_bin_get_child (self->planning_page) == NULL)
    {
      SvPlanningView *view = g_object_new (SV_TYPE_PLANNING_VIEW, NULL);

      g_signal_connect_object (view, "open-case", G_CALLBACK (on_open_case_cb), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->planning_page, GTK_WIDGET (view));
      gtk_widget_add_tick_callback (GTK_WIDGET (view), planning_tick_cb, self, NULL);
    }
  else if (g_strcmp0 (name, "meetings") == 0 && adw_bin_get_child (self->meetings_page) == NULL)
    {
      SvMeetingPlanView *view = g_object_new (SV_TYPE_MEETING_PLAN_VIEW, NULL);

      sv_meeting_plan_view_set_store (view, self->store, self->settings);
      adw_bin_set_child (self->meetings_page, GTK_WIDGET (view));
    }
  else if (g_strcmp0 (name, "trajecten") == 0 && adw_bin_get_child (self->trajecten_page) == NULL)
    {
      GtkWidget *view = sv_trajecten_view_new ();

      sv_trajecten_view_set_store (SV_TRAJECTEN_VIEW (view), self->store);
      adw_bin_set_child (self->trajecten_page, view);
    }
  else if (g_strcmp0 (name, "professionals") == 0 && adw_bin_get_child (self->professionals_page) == NULL)
    {
      SvProfessionalsView *view = g_object_new (SV_TYPE_PROFESSIONALS_VIEW, NULL);

      sv_professionals_view_set_store (view, self->store);
      adw_bin_set_child (self->professionals_page, GTK_WIDGET (view));
    }
}

static void
on_case_saved_cb (SvCaseEditor *editor,
                  SvWindow     *self)
{
  adw_view_stack_set_visible_child_name (self->stack, "cases");
  sv_cases_view_show_case (self->cases_view, sv_case_editor_get_case_id (editor));
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SvWindow *self = SV_WINDOW (widget);
  SvCaseEditor *editor = sv_case_editor_new (GTK_WINDOW (self), self->store, 0);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_case_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SvWindow *self = SV_WINDOW (widget);

  sv_export_calendar (widget, self->store, self->settings, 0);
}

/* Runs a meeting: planned becomes in progress, and the chair's window
 * opens — or comes forward, when it is open already for that meeting. */
static void
run_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvWindow *self = SV_WINDOW (widget);
  gint64 meeting_id = g_variant_get_int64 (parameter);
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(SvMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  SvChairWindow *chair;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SV_IS_CHAIR_WINDOW (window) && sv_chair_window_get_meeting_id (SV_CHAIR_WINDOW (window)) == meeting_id)
        {
          gtk_window_present (window);
          return;
        }
    }
  meeting = sv_meeting_ops_start (self->store, meeting_id, &error);
  if (meeting == NULL)
    {
      sv_show_error_toast (widget, error);
      return;
    }
  chair = sv_chair_window_new (gtk_window_get_application (GTK_WINDOW (self)), self->store, self->settings,
                               meeting_id);
  /* The chair's view is the laptop's one task during a meeting, and its
   * columns want the room: a 1366×768 laptop gets all of it. */
  gtk_window_maximize (GTK_WINDOW (chair));
  gtk_window_present (GTK_WINDOW (chair));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SvWindow *self = SV_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "cases");
  sv_cases_view_focus_search (self->cases_view);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static gboolean
sv_window_close_request (GtkWindow *window)
{
  SvWindow *self = SV_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_string (self->settings, "last-view", adw_view_stack_get_visible_child_name (self->stack));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (sv_window_parent_class)->close_request (window);
}

static void
sv_window_dispose (GObject *object)
{
  SvWindow *self = SV_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sv_window_parent_class)->dispose (object);
}

static void
sv_window_class_init (SvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sv_window_dispose;
  window_class->close_request = sv_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SvWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, cases_view);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, planning_page);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, trajecten_page);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, professionals_page);

  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-case", NULL);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.export-calendar", NULL, export_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.run-meeting", "x", run_meeting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
sv_window_init (SvWindow *self)
{
  GtkEventController *shortcuts;

  g_type_ensure (SV_TYPE_CASES_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+F searches wherever the focus is. As a binding it would come
   * after the focused widget, and a selectable label (the title of a case
   * page) takes Ctrl+F to move its cursor. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.search")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

/* The database could only be opened for reading: say so in the title and
 * in a toast that stays, so nobody types in vain. Every write is refused
 * by the store with its own message. */
void
sv_window_set_read_only (SvWindow *self)
{
  AdwToast *toast;

  g_return_if_fail (SV_IS_WINDOW (self));

  gtk_window_set_title (GTK_WINDOW (self), _("Samen Veilig (read-only)"));
  toast = adw_toast_new (_("Read-only: cases can be read, not changed. Ask your administrator for write permission."));
  adw_toast_set_timeout (toast, 0);
  sv_add_toast (GTK_WIDGET (self->cases_view), toast);
}

SvWindow *
sv_window_new (SvApplication *application,
               SvStore       *store,
               GSettings     *settings)
{
  SvWindow *self;
  g_autofree char *view = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SV_TYPE_WINDOW, "application", application, NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  sv_cases_view_set_store (self->cases_view, store, settings);

  view = g_settings_get_string (settings, "last-view");
  if (adw_view_stack_get_child_by_name (self->stack, view) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, view);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name",
                            G_CALLBACK (on_visible_child_changed_cb), self);
  on_visible_child_changed_cb (self);
  return self;
}

SvStore *
sv_window_get_store (SvWindow *self)
{
  g_return_val_if_fail (SV_IS_WINDOW (self), NULL);
  return self->store;
}
