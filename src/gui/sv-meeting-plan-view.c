/* sv-meeting-plan-view.c: the list of dated meetings beside the page of
 * the one chosen, the "Plan Meeting" menu, and the kinds of meeting.
 *
 * The list is read again after every change to the plan (the number of
 * cases per meeting is in it) and keeps the meeting shown selected. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-meeting-editor.h"
#include "sv-meeting-page.h"
#include "sv-meeting-plan-view.h"
#include "sv-meetings-view.h"

#define MEETING_DATA "sv-meeting-id"
#define UPCOMING_DATA "sv-upcoming"

struct _SvMeetingPlanView
{
  GtkWidget       parent_instance;

  SvStore        *store;      /* owned */
  GSettings      *settings;   /* owned, may be NULL */
  gulong          changed_id;
  GPtrArray      *kinds;      /* owned, of SvMeetingKind */
  gint64          meeting_id; /* the meeting shown, or 0 */
  guint           reload_id;
  gboolean        selecting;  /* the list follows the page */

  AdwLeaflet     *leaflet;
  GtkWidget      *sidebar;
  GtkMenuButton  *plan_button;
  GtkStack       *list_stack;
  GtkListBox     *meetings_list;
  GtkMenuButton  *empty_plan_button;
  GtkListBox     *kinds_list;
  GtkListBoxRow  *kinds_row;
  GtkWidget      *separator;
  GtkStack       *content_stack;
  SvMeetingPage  *page;        /* made when the first meeting is shown */
  SvMeetingsView *kinds_view;  /* made when first shown */
};

G_DEFINE_FINAL_TYPE (SvMeetingPlanView, sv_meeting_plan_view, GTK_TYPE_WIDGET)

/* Kinds that hold extra meetings (MDO) besides their series (seed 000). */
static const char *const extra_kinds[] = { "LEVO", "LEJO" };

static void reload (SvMeetingPlanView *self);

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static gint64
row_meeting_id (GtkListBoxRow *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), MEETING_DATA) : NULL;

  return id != NULL ? *id : 0;
}

static void
rebuild_menu (SvMeetingPlanView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) regular = g_menu_new ();
  g_autoptr(GMenu) extra = g_menu_new ();

  for (guint i = 0; self->kinds != NULL && i < self->kinds->len; i++)
    {
      SvMeetingKind *kind = self->kinds->pdata[i];
      /* TRANSLATORS: meeting code — name, "LEJO — Lokaal Expertiseteam Jeugd Overbetuwe" */
      g_autofree char *label = g_strdup_printf (C_("meeting", "%s — %s"), kind->code, kind->name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "meetings.plan", g_variant_new_int64 (kind->id));
      g_menu_append_item (regular, item);
      for (guint j = 0; j < G_N_ELEMENTS (extra_kinds); j++)
        if (g_str_equal (kind->code, extra_kinds[j]))
          {
            /* TRANSLATORS: menu item, "Extra meeting (MDO) of LEVO" */
            g_autofree char *extra_label = g_strdup_printf (_("Extra meeting (MDO) of %s"), kind->code);
            g_autoptr(GMenuItem) extra_item = g_menu_item_new (extra_label, NULL);

            g_menu_item_set_action_and_target_value (extra_item, "meetings.plan-extra",
                                                     g_variant_new_int64 (kind->id));
            g_menu_append_item (extra, extra_item);
          }
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (regular));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (extra));
  gtk_menu_button_set_menu_model (self->plan_button, G_MENU_MODEL (menu));
  gtk_menu_button_set_menu_model (self->empty_plan_button, G_MENU_MODEL (menu));
}

static GtkLabel *
add_line (GtkWidget  *box,
          const char *text,
          const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

/* Three lines: the kind and the status; the day; time, room and the
 * number of cases. */
static GtkWidget *
new_meeting_row (SvMeetingPlanView *self,
                 const SvMeeting   *m,
                 guint              n_cases,
                 gboolean           upcoming)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge;
  GtkLabel *details;
  g_autofree char *day = sv_date_format_long (&m->date);
  g_autofree char *from = sv_minutes_format (m->start_minutes);
  g_autofree char *to = sv_minutes_format (sv_meeting_end_minutes (m));
  g_autofree char *kind = NULL;
  g_autofree char *cases = NULL;
  g_autofree char *accessible = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  /* TRANSLATORS: an extra meeting in the list, "LEVO, extra (MDO)" */
  kind = m->extra ? g_strdup_printf (_("%s, extra (MDO)"), m->kind_code) : g_strdup (m->kind_code);
  add_line (top, kind, "heading");
  badge = gtk_label_new (sv_meeting_status_label (m->status));
  gtk_widget_add_css_class (badge, "sv-badge");
  gtk_widget_add_css_class (badge, "caption");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (box), top);
  add_line (box, day, NULL);

  cases = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case", "%u cases", n_cases), n_cases);
  /* TRANSLATORS: start–end, "14:00–16:00" */
  g_string_append_printf (line, _("%s–%s"), from, to);
  if (*m->room != '\0')
    g_string_append_printf (line, " · %s", m->room);
  g_string_append_printf (line, " · %s", cases);
  details = add_line (box, line->str, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (details), "dim-label");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  accessible = g_strdup_printf ("%s, %s, %s, %s", kind, day, line->str, sv_meeting_status_label (m->status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (row), MEETING_DATA, g_memdup2 (&m->id, sizeof m->id), g_free);
  g_object_set_data (G_OBJECT (row), UPCOMING_DATA, GINT_TO_POINTER (upcoming));
  return row;
}

static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  gboolean upcoming = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), UPCOMING_DATA));
  GtkWidget *label;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), UPCOMING_DATA)) == upcoming)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (upcoming ? _("Upcoming") : _("Past"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, before != NULL ? 12 : 6);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_list_box_row_set_header (row, label);
}

static void
select_shown (SvMeetingPlanView *self)
{
  GtkListBoxRow *found = NULL;

  for (int i = 0; self->meeting_id != 0; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->meetings_list, i);

      if (row == NULL)
        break;
      if (row_meeting_id (row) == self->meeting_id)
        found = row;
    }
  self->selecting = TRUE;
  if (found != NULL)
    gtk_list_box_select_row (self->meetings_list, found);
  else
    gtk_list_box_unselect_all (self->meetings_list);
  self->selecting = FALSE;
}

static void
reload (SvMeetingPlanView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  gboolean shown_exists = FALSE;
  GtkWidget *child;
  GDate today;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store == NULL)
    return;
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  self->kinds = sv_store_list_meeting_kinds (self->store, &error);
  if (self->kinds == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      g_clear_error (&error);
    }
  rebuild_menu (self);

  self->selecting = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->meetings_list))) != NULL)
    gtk_list_box_remove (self->meetings_list, child);
  self->selecting = FALSE;

  meetings = sv_store_list_meetings (self->store, NULL, NULL, &error);
  if (meetings == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  sv_date_today (&today);
  /* Upcoming from the nearest on, then the past from the latest back. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < meetings->len; k++)
      {
        guint i = pass == 0 ? k : meetings->len - 1 - k;
        SvMeeting *m = meetings->pdata[i];
        gboolean upcoming = g_date_compare (&m->date, &today) >= 0;
        g_autoptr(GPtrArray) agenda = NULL;

        if (upcoming != (pass == 0))
          continue;
        agenda = sv_store_list_agenda (self->store, m->id, NULL);
        gtk_list_box_append (self->meetings_list,
                             new_meeting_row (self, m, agenda != NULL ? agenda->len : 0, upcoming));
        shown_exists |= m->id == self->meeting_id;
      }
  gtk_stack_set_visible_child_name (self->list_stack, meetings->len > 0 ? "list" : "empty");

  /* A meeting removed (here or elsewhere) leaves its page. */
  if (self->meeting_id != 0 && !shown_exists)
    sv_meeting_plan_view_show_meeting (self, 0);
  select_shown (self);
}

static void
reload_idle_cb (gpointer user_data)
{
  SvMeetingPlanView *self = user_data;

  self->reload_id = 0;
  reload (self);
}

static SvMeetingPage *
ensure_page (SvMeetingPlanView *self)
{
  if (self->page != NULL)
    return self->page;
  self->page = g_object_new (SV_TYPE_MEETING_PAGE, NULL);
  sv_meeting_page_set_store (self->page, self->store, self->settings);
  g_object_bind_property (self->leaflet, "folded", self->page, "show-back-button", G_BINDING_SYNC_CREATE);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->page), "meeting");
  return self->page;
}

static const SvMeetingKind *
kind_by_id (SvMeetingPlanView *self,
            gint64             id)
{
  for (guint i = 0; self->kinds != NULL && i < self->kinds->len; i++)
    if (((SvMeetingKind *) self->kinds->pdata[i])->id == id)
      return self->kinds->pdata[i];
  return NULL;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_store_changed_cb (SvStore           *store,
                     guint              what,
                     gint64             case_id,
                     SvMeetingPlanView *self)
{
  if ((what & (SV_STORE_CHANGE_MEETING_PLAN | SV_STORE_CHANGE_MEETINGS)) && self->reload_id == 0)
    self->reload_id = g_idle_add_once (reload_idle_cb, self);
}

static void
on_meeting_selected_cb (GtkListBox        *list,
                        GtkListBoxRow     *row,
                        SvMeetingPlanView *self)
{
  gint64 id = row_meeting_id (row);

  if (self->selecting || row == NULL)
    return;
  if (id != self->meeting_id || g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "meeting") != 0)
    sv_meeting_plan_view_show_meeting (self, id);
}

static void
on_meeting_activated_cb (GtkListBox        *list,
                         GtkListBoxRow     *row,
                         SvMeetingPlanView *self)
{
  sv_meeting_plan_view_show_meeting (self, row_meeting_id (row));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

static void
on_kinds_activated_cb (GtkListBox        *list,
                       GtkListBoxRow     *row,
                       SvMeetingPlanView *self)
{
  sv_meeting_plan_view_show_kinds (self);
}

static void
on_meeting_saved_cb (SvMeetingEditor   *editor,
                     SvMeetingPlanView *self)
{
  reload (self);
  sv_meeting_plan_view_show_meeting (self, sv_meeting_editor_get_meeting_id (editor));
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
plan (SvMeetingPlanView *self,
      gint64             kind_id,
      gboolean           extra)
{
  const SvMeetingKind *kind = kind_by_id (self, kind_id);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SvMeetingEditor *editor;

  if (kind == NULL)
    return;
  editor = sv_meeting_editor_new_plan (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->store, self->settings, kind, extra);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_meeting_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  plan (SV_MEETING_PLAN_VIEW (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
plan_extra_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  plan (SV_MEETING_PLAN_VIEW (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SvMeetingPlanView *self = SV_MEETING_PLAN_VIEW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->meetings_list);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (row != NULL ? GTK_WIDGET (row) : GTK_WIDGET (self->plan_button));
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_meeting_plan_view_dispose (GObject *object)
{
  SvMeetingPlanView *self = SV_MEETING_PLAN_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_MEETING_PLAN_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  G_OBJECT_CLASS (sv_meeting_plan_view_parent_class)->dispose (object);
}

static void
sv_meeting_plan_view_class_init (SvMeetingPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_meeting_plan_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-meeting-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, plan_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, empty_plan_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, kinds_list);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, kinds_row);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, separator);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPlanView, content_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kinds_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "meetings.plan", "x", plan_action);
  gtk_widget_class_install_action (widget_class, "meetings.plan-extra", "x", plan_extra_action);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "meetings.back", NULL);
}

static void
sv_meeting_plan_view_init (SvMeetingPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meetings"), -1);
  gtk_list_box_set_header_func (self->meetings_list, header_cb, NULL, NULL);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->separator), FALSE);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_meeting_plan_view_set_store (SvMeetingPlanView *self,
                                SvStore           *store,
                                GSettings         *settings)
{
  g_return_if_fail (SV_IS_MEETING_PLAN_VIEW (self));
  g_return_if_fail (SV_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_set_object (&self->settings, settings);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  reload (self);
}

void
sv_meeting_plan_view_show_meeting (SvMeetingPlanView *self,
                                   gint64             meeting_id)
{
  g_return_if_fail (SV_IS_MEETING_PLAN_VIEW (self));

  self->meeting_id = meeting_id;
  if (meeting_id != 0)
    sv_meeting_page_set_meeting (ensure_page (self), meeting_id);
  gtk_stack_set_visible_child_name (self->content_stack, meeting_id != 0 ? "meeting" : "none");
  gtk_list_box_unselect_all (self->kinds_list);
  select_shown (self);
  if (meeting_id != 0)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

gint64
sv_meeting_plan_view_get_meeting_id (SvMeetingPlanView *self)
{
  g_return_val_if_fail (SV_IS_MEETING_PLAN_VIEW (self), 0);
  return self->meeting_id;
}

void
sv_meeting_plan_view_show_kinds (SvMeetingPlanView *self)
{
  g_return_if_fail (SV_IS_MEETING_PLAN_VIEW (self));

  if (self->kinds_view == NULL)
    {
      self->kinds_view = g_object_new (SV_TYPE_MEETINGS_VIEW, NULL);
      sv_meetings_view_set_store (self->kinds_view, self->store);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->kinds_view), "kinds");
    }
  self->meeting_id = 0;
  select_shown (self);
  gtk_list_box_select_row (self->kinds_list, self->kinds_row);
  gtk_stack_set_visible_child_name (self->content_stack, "kinds");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}
