/* test-chair-window.c: the chair's window, driven as a chair would —
 * keys, buttons and typed fields — and checked against what the store
 * holds at once (as if the laptop crashed the next moment). Also the
 * Agreements group of the case page and the window's run-meeting action. */
#include <string.h>

#include "sv-case-page.h"
#include "sv-cases-view.h"
#include "sv-chair-window.h"
#include "sv-date-row.h"
#include "sv-date.h"
#include "sv-gui-test-util.h"
#include "sv-meeting-ops.h"
#include "sv-meeting-timer.h"
#include "sv-projection-window.h"
#include "sv-window.h"

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;   /* the same object */
  GSettings     *settings;
  gint64         meeting_id;
  gint64         cases[3];
  gint64         items[3];
  gint64         now;
  SvChairWindow *chair;   /* weak */
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static gint64
local_time (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GDateTime) at = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (at);
}

static gint64
kind_id (SvStore    *store,
         const char *code)
{
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (store, NULL);

  for (guint i = 0; i < kinds->len; i++)
    if (g_str_equal (((SvMeetingKind *) kinds->pdata[i])->code, code))
      return ((SvMeetingKind *) kinds->pdata[i])->id;
  g_assert_not_reached ();
}

static void
plan_meeting (Fixture    *f,
              const char *kind)
{
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(GError) error = NULL;
  static const char *names[] = { "Gezin Een", "Gezin Twee", "Gezin Drie" };

  meeting->kind_id = kind_id (f->store, kind);
  g_assert_true (sv_date_from_iso ("2026-11-20", &meeting->date));
  meeting->start_minutes = 14 * 60;
  meeting->duration_minutes = 120;
  g_assert_true (sv_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  f->meeting_id = meeting->id;
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();

      f->cases[i] = sv_test_add_case (f->store, names[i], "Zorgen");
      item->meeting_id = meeting->id;
      item->case_id = f->cases[i];
      item->planned_minutes = 20;
      g_free (item->question);
      item->question = g_strdup ("Wat is er nodig om de kinderen veilig te laten opgroeien?");
      g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
      g_assert_no_error (error);
      f->items[i] = item->id;
    }
}

static void
open_chair (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) started = sv_meeting_ops_start (f->store, f->meeting_id, &error);

  g_assert_no_error (error);
  f->chair = sv_chair_window_new (NULL, f->store, f->settings, f->meeting_id);
  g_object_add_weak_pointer (G_OBJECT (f->chair), (gpointer *) &f->chair);
  sv_chair_window_set_clock (f->chair, fake_clock, f);
  gtk_window_present (GTK_WINDOW (f->chair));
  sv_gui_test_frames (GTK_WIDGET (f->chair), 2);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "chair.db");
  f->store = SV_STORE (f->sqlite);
  f->settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  g_settings_set_string (f->settings, "user-name", "Anna de Voorzitter");
  f->now = local_time (2026, 11, 20, 14, 1);
  plan_meeting (f, data != NULL ? data : "LEJO");
  open_chair (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);
      gtk_window_destroy (window);
    }
  sv_gui_test_wait (30);
  g_assert_null (f->chair);
  g_settings_reset (f->settings, "user-name");
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return sv_gui_test_child (f->chair, SV_TYPE_CHAIR_WINDOW, name);
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (child (f, name)));
}

/* Runs the shortcut of @widget bound to @keyval + @mods, as the key would;
 * FALSE when none handled it. */
static gboolean
press (GtkWidget       *widget,
       guint            keyval,
       GdkModifierType  mods)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, mods);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget, gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
activate (Fixture    *f,
          const char *action,
          GVariant   *target)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->chair), action, target));
  sv_gui_test_frames (GTK_WIDGET (f->chair), 1);
}

static gint64
stored_current (Fixture *f)
{
  g_autoptr(SvMeeting) meeting = sv_store_get_meeting (f->store, f->meeting_id, NULL);

  return meeting->current_item_id;
}

static SvAgendaItem *
stored_item (Fixture *f,
             guint    index)
{
  SvAgendaItem *item = sv_store_get_agenda_item (f->store, f->items[index], NULL);

  g_assert_nonnull (item);
  return item;
}

static GPtrArray *
stored_agreements (Fixture *f,
                   guint    index)
{
  GPtrArray *list = sv_store_list_agreements (f->store, 0, f->items[index], NULL);

  g_assert_nonnull (list);
  return list;
}

static void
type_agreement (Fixture    *f,
                const char *who,
                const char *what,
                const char *due,
                const char *monitoring)
{
  gtk_editable_set_text (GTK_EDITABLE (child (f, "who_row")), who);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "what_row")), what);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "due_row")), due);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "monitoring_row")), monitoring);
}

/* The first descendant of @widget of @type whose preferences-row title,
 * button tooltip or button label is @text. */
static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *text)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        {
          const char *title = NULL;

          if (ADW_IS_PREFERENCES_ROW (c))
            title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c));
          else if (GTK_IS_BUTTON (c))
            title = gtk_widget_get_tooltip_text (c) != NULL ? gtk_widget_get_tooltip_text (c)
                                                            : gtk_button_get_label (GTK_BUTTON (c));
          if (g_strcmp0 (title, text) == 0)
            return c;
        }
      if ((found = find_titled (c, type, text)) != NULL)
        return found;
    }
  return NULL;
}

static char *
minutes_text (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (f, "minutes_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* ------------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------------ */

static void
test_navigate (Fixture       *f,
               gconstpointer  data)
{
  GtkListBox *agenda = GTK_LIST_BOX (child (f, "agenda_list"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) meeting = sv_store_get_meeting (f->store, f->meeting_id, &error);

  /* Started: in progress, at the first case, and that is stored. */
  g_assert_cmpint (meeting->status, ==, SV_MEETING_STATUS_LOPEND);
  g_assert_cmpint (sv_chair_window_get_current_item_id (f->chair), ==, f->items[0]);
  g_assert_cmpint (stored_current (f), ==, f->items[0]);
  g_assert_cmpstr (label_text (f, "position_label"), ==, "Case 1 of 3");
  g_assert_nonnull (strstr (label_text (f, "case_title"), "Gezin Een"));
  g_assert_false (gtk_widget_is_sensitive (child (f, "previous_button")));

  /* Alt+Right: the next case, stored at once. */
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpint (sv_chair_window_get_current_item_id (f->chair), ==, f->items[1]);
  g_assert_cmpint (stored_current (f), ==, f->items[1]);
  g_assert_true (gtk_list_box_get_selected_row (agenda) == gtk_list_box_get_row_at_index (agenda, 1));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (agenda, 1)), "sv-current"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (gtk_list_box_get_row_at_index (agenda, 0)), "sv-current"));

  /* Page Down (not typing): the third; the last has no next. */
  gtk_widget_grab_focus (child (f, "finish_button"));
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_Page_Down, 0));
  g_assert_cmpint (stored_current (f), ==, f->items[2]);
  g_assert_false (gtk_widget_is_sensitive (child (f, "next_button")));

  /* While typing, Page Up stays with the text. */
  gtk_widget_grab_focus (child (f, "who_row"));
  g_assert_false (press (GTK_WIDGET (f->chair), GDK_KEY_Page_Up, 0));
  g_assert_cmpint (stored_current (f), ==, f->items[2]);

  /* Alt+Left and the button go back. */
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpint (stored_current (f), ==, f->items[1]);
  activate (f, "chair.previous", NULL);
  g_assert_cmpint (stored_current (f), ==, f->items[0]);

  /* A click in the agenda goes straight to a case. */
  g_signal_emit_by_name (agenda, "row-activated", gtk_list_box_get_row_at_index (agenda, 2));
  g_assert_cmpint (stored_current (f), ==, f->items[2]);

  /* A restart resumes at the same case. */
  gtk_window_destroy (GTK_WINDOW (f->chair));
  sv_gui_test_wait (20);
  g_assert_null (f->chair);
  open_chair (f);
  g_assert_cmpint (sv_chair_window_get_current_item_id (f->chair), ==, f->items[2]);
}

static void
test_agreement_saved_at_once (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autofree char *minutes = NULL;
  SvAgreement *a;
  GtkLabel *error = GTK_LABEL (child (f, "agreement_error"));

  /* Enter in the last field adds; it is in the store at once. */
  type_agreement (f, "Jeugdconsulent \"Sanne\"", "Plant een netwerkberaad 🤝", "3-12-2026", "Terug in LEJO");
  g_signal_emit_by_name (child (f, "monitoring_row"), "entry-activated");
  sv_gui_test_frames (GTK_WIDGET (f->chair), 1);
  agreements = stored_agreements (f, 0);
  g_assert_cmpuint (agreements->len, ==, 1);
  a = agreements->pdata[0];
  g_assert_cmpstr (a->who, ==, "Jeugdconsulent \"Sanne\"");
  g_assert_cmpstr (a->what, ==, "Plant een netwerkberaad 🤝");
  g_assert_cmpint (a->case_id, ==, f->cases[0]);
  g_assert_cmpint (g_date_get_day (&a->due), ==, 3);
  g_assert_cmpint (g_date_get_month (&a->due), ==, G_DATE_DECEMBER);
  g_assert_cmpstr (a->monitoring, ==, "Terug in LEJO");
  /* The form is empty for the next one; the list and the minutes show it. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "who_row"))), ==, "");
  g_assert_nonnull (find_titled (child (f, "agreements_list"), ADW_TYPE_ACTION_ROW,
                                 "Jeugdconsulent \"Sanne\": Plant een netwerkberaad 🤝"));
  minutes = minutes_text (f);
  g_assert_nonnull (strstr (minutes, "– Jeugdconsulent \"Sanne\": Plant een netwerkberaad 🤝 (by 3 December 2026; monitoring: Terug in LEJO)"));

  /* 20,000 characters of "what": refused with the store's message, the
   * text kept, nothing saved. */
  for (guint i = 0; i < 20000; i++)
    g_string_append_c (huge, 'a' + i % 26);
  type_agreement (f, "Politie", huge->str, "", "");
  activate (f, "chair.add-agreement", NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (error), "What"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "what_row"))), ==, huge->str);
  g_clear_pointer (&agreements, g_ptr_array_unref);
  agreements = stored_agreements (f, 0);
  g_assert_cmpuint (agreements->len, ==, 1);

  /* An impossible date: refused at the form too. */
  type_agreement (f, "Politie", "Huisbezoek", "31-02-2026", "");
  activate (f, "chair.add-agreement", NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (error), "28"));
  g_clear_pointer (&agreements, g_ptr_array_unref);
  agreements = stored_agreements (f, 0);
  g_assert_cmpuint (agreements->len, ==, 1);

  /* What was typed stays with its case when the chair moves on. */
  activate (f, "chair.next", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "who_row"))), ==, "");
  activate (f, "chair.previous", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "what_row"))), ==, "Huisbezoek");
}

static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) agreements = NULL;
  g_autofree char *uid = NULL;
  GtkWidget *button;

  type_agreement (f, "GI", "Borgingsplan naar de RvdK", "", "Terug in LEJO");
  activate (f, "chair.add-agreement", NULL);
  agreements = stored_agreements (f, 0);
  g_assert_cmpuint (agreements->len, ==, 1);
  uid = g_strdup (((SvAgreement *) agreements->pdata[0])->uid);

  button = find_titled (child (f, "agreements_list"), GTK_TYPE_BUTTON,
                        "Remove agreement: GI: Borgingsplan naar de RvdK");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (GTK_WIDGET (f->chair), 2);
  g_clear_pointer (&agreements, g_ptr_array_unref);
  agreements = stored_agreements (f, 0);
  g_assert_cmpuint (agreements->len, ==, 0);
  g_assert_null (find_titled (child (f, "agreements_list"), ADW_TYPE_ACTION_ROW, "GI: Borgingsplan naar de RvdK"));

  button = find_titled (child (f, "toasts"), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (GTK_WIDGET (f->chair), 2);
  g_clear_pointer (&agreements, g_ptr_array_unref);
  agreements = stored_agreements (f, 0);
  g_assert_cmpuint (agreements->len, ==, 1);
  g_assert_cmpstr (((SvAgreement *) agreements->pdata[0])->uid, ==, uid);
  g_assert_cmpstr (((SvAgreement *) agreements->pdata[0])->monitoring, ==, "Terug in LEJO");
  g_assert_nonnull (find_titled (child (f, "agreements_list"), ADW_TYPE_ACTION_ROW, "GI: Borgingsplan naar de RvdK"));
}

static void
test_timer_overrun (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvAgendaItem) item = NULL;
  GtkWidget *timer = child (f, "timer_label");

  g_assert_cmpstr (label_text (f, "timer_label"), ==, "0:00");
  g_assert_cmpstr (label_text (f, "planned_label"), ==, "of 20:00 planned");
  g_assert_false (gtk_widget_get_visible (child (f, "overrun_label")));

  /* F5 starts the timer; it is stored as running. */
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_F5, 0));
  item = stored_item (f, 0);
  g_assert_true (sv_agenda_timer_running (item));
  g_clear_pointer (&item, sv_agenda_item_free);

  /* 22 minutes and 10 seconds later: 2:10 over, in the error colour. */
  f->now += 22 * 60 + 10;
  sv_chair_window_set_clock (f->chair, fake_clock, f);
  g_assert_cmpstr (label_text (f, "timer_label"), ==, "22:10");
  g_assert_true (gtk_widget_get_visible (child (f, "overrun_label")));
  g_assert_cmpstr (label_text (f, "overrun_label"), ==, "+2:10 over");
  g_assert_true (gtk_widget_has_css_class (timer, "sv-over"));
  /* The meeting: 23:10 since 14:00, 1:36:50 to go. */
  g_assert_cmpstr (label_text (f, "clock_label"), ==, "23:10");
  g_assert_cmpstr (label_text (f, "remaining_label"), ==, "1:36:50 left");

  /* Ctrl+Space pauses: the time is stored. */
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_space, GDK_CONTROL_MASK));
  item = stored_item (f, 0);
  g_assert_false (sv_agenda_timer_running (item));
  g_assert_cmpint (item->elapsed_seconds, ==, 22 * 60 + 10);
  g_clear_pointer (&item, sv_agenda_item_free);

  /* Moving on pauses a running timer and does not start the next. */
  activate (f, "chair.toggle-timer", NULL);
  f->now += 60;
  activate (f, "chair.next", NULL);
  item = stored_item (f, 0);
  g_assert_false (sv_agenda_timer_running (item));
  g_assert_cmpint (item->elapsed_seconds, ==, 23 * 60 + 10);
  g_clear_pointer (&item, sv_agenda_item_free);
  item = stored_item (f, 1);
  g_assert_false (sv_agenda_timer_running (item));
  g_assert_false (gtk_widget_has_css_class (timer, "sv-over"));
  g_assert_cmpstr (label_text (f, "timer_label"), ==, "0:00");
}

static void
test_timer_cut_at_midnight (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SvAgendaItem) item = NULL;
  GtkRevealer *notice = GTK_REVEALER (child (f, "notice_revealer"));

  f->now = local_time (2026, 11, 20, 23, 50);
  sv_chair_window_set_clock (f->chair, fake_clock, f);
  activate (f, "chair.toggle-timer", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (notice));

  /* Left running into the next day: counted up to midnight, then paused,
   * and the chair is told. */
  f->now = local_time (2026, 11, 21, 0, 10);
  sv_chair_window_set_clock (f->chair, fake_clock, f);
  g_assert_cmpstr (label_text (f, "timer_label"), ==, "10:00");
  g_assert_true (gtk_revealer_get_reveal_child (notice));
  g_assert_nonnull (strstr (label_text (f, "notice_label"), "midnight"));
  item = stored_item (f, 0);
  g_assert_false (sv_agenda_timer_running (item));
  g_assert_cmpint (item->elapsed_seconds, ==, 600);
}

static void
test_reveal_resets (Fixture       *f,
                    gconstpointer  data)
{
  SvProjectionWindow *projection;
  const SvProjection *shown;
  GtkRevealer *notice = GTK_REVEALER (child (f, "notice_revealer"));

  g_assert_false (gtk_widget_get_visible (child (f, "reveal_group")));
  activate (f, "chair.project", g_variant_new_int32 (-1));
  projection = SV_PROJECTION_WINDOW (sv_gui_test_toplevel (SV_TYPE_PROJECTION_WINDOW));
  g_assert_nonnull (projection);
  g_assert_true (gtk_widget_get_visible (child (f, "reveal_group")));

  /* Masked by default. */
  shown = sv_projection_window_get_projection (projection);
  g_assert_nonnull (shown);
  g_assert_cmpint (shown->current, ==, 0);
  g_assert_cmpstr (shown->case_label, ==, "Family A");
  g_assert_cmpint (shown->reveal, ==, SV_REVEAL_NONE);

  /* Names revealed for this case: the projector shows them. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child (f, "reveal_names")), TRUE);
  shown = sv_projection_window_get_projection (projection);
  g_assert_cmpint (shown->reveal, ==, SV_REVEAL_NAMES);
  g_assert_cmpstr (shown->case_label, ==, "Gezin Een");
  /* … and the case's audit log says who showed what. */
  {
    g_autoptr(GPtrArray) log = sv_store_list_audit (f->store, f->cases[0], NULL);
    const SvAuditEntry *last = log->pdata[log->len - 1];

    g_assert_cmpint (last->action, ==, SV_AUDIT_REVEAL);
    g_assert_cmpstr (last->detail, ==, "names");
  }

  /* An agreement reaches the projector at once. */
  type_agreement (f, "Politie", "Huisbezoek", "", "");
  activate (f, "chair.add-agreement", NULL);
  shown = sv_projection_window_get_projection (projection);
  g_assert_cmpuint (shown->agreements->len, ==, 1);

  /* Moving on: the reveal is gone, on the projector and the toggles. */
  activate (f, "chair.next", NULL);
  shown = sv_projection_window_get_projection (projection);
  g_assert_cmpint (shown->current, ==, 1);
  g_assert_cmpint (shown->reveal, ==, SV_REVEAL_NONE);
  g_assert_cmpstr (shown->case_label, ==, "Family B");
  g_assert_cmpstr (((SvProjectionLine *) shown->agenda->pdata[0])->label, ==, "Family A");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child (f, "reveal_names"))));
  g_assert_cmpuint (shown->agreements->len, ==, 0);

  /* Closed on the projector itself: the meeting goes on, and says so
   * without blaming the cable. */
  g_assert_false (gtk_revealer_get_reveal_child (notice));
  gtk_window_destroy (GTK_WINDOW (projection));
  sv_gui_test_frames (GTK_WIDGET (f->chair), 1);
  g_assert_null (sv_gui_test_toplevel (SV_TYPE_PROJECTION_WINDOW));
  g_assert_nonnull (f->chair);
  g_assert_true (gtk_revealer_get_reveal_child (notice));
  g_assert_nonnull (strstr (label_text (f, "notice_label"), "projection was closed"));
  g_assert_false (gtk_widget_get_visible (child (f, "reveal_group")));

  /* The projector unplugged: its window says so, then goes. */
  activate (f, "chair.project", g_variant_new_int32 (-1));
  projection = SV_PROJECTION_WINDOW (sv_gui_test_toplevel (SV_TYPE_PROJECTION_WINDOW));
  g_assert_nonnull (projection);
  {
    GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
    g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);

    g_signal_emit_by_name (projection, "monitor-lost", monitor);
  }
  gtk_window_destroy (GTK_WINDOW (projection));
  sv_gui_test_frames (GTK_WIDGET (f->chair), 1);
  g_assert_null (sv_gui_test_toplevel (SV_TYPE_PROJECTION_WINDOW));
  g_assert_true (gtk_revealer_get_reveal_child (notice));
  g_assert_nonnull (strstr (label_text (f, "notice_label"), "disconnected"));

  /* Projecting again shows the same case. */
  activate (f, "chair.project", g_variant_new_int32 (-1));
  projection = SV_PROJECTION_WINDOW (sv_gui_test_toplevel (SV_TYPE_PROJECTION_WINDOW));
  g_assert_nonnull (projection);
  g_assert_cmpint (sv_projection_window_get_projection (projection)->current, ==, 1);
  g_assert_false (gtk_revealer_get_reveal_child (notice));

  /* Stopping on purpose says nothing. */
  activate (f, "chair.stop-projecting", NULL);
  g_assert_null (sv_gui_test_toplevel (SV_TYPE_PROJECTION_WINDOW));
  g_assert_false (gtk_revealer_get_reveal_child (notice));
}

static void
test_escape_asks (Fixture       *f,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog;
  g_autoptr(SvMeeting) meeting = NULL;
  g_autoptr(SvAgendaItem) item = NULL;

  activate (f, "chair.toggle-timer", NULL);

  /* Escape asks; staying keeps the window. */
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_Escape, 0));
  sv_gui_test_frames (GTK_WIDGET (f->chair), 1);
  dialog = ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Leave the Meeting?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "It stays in progress; you can continue later.");
  adw_message_dialog_response (dialog, "stay");
  sv_gui_test_wait (20);
  g_assert_nonnull (f->chair);

  /* Leaving: the meeting stays in progress, the timer is paused; an
   * agreement typed but not added is pointed out. */
  gtk_editable_set_text (GTK_EDITABLE (child (f, "who_row")), "Politie");
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_Escape, 0));
  sv_gui_test_frames (GTK_WIDGET (f->chair), 1);
  dialog = ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "typed but not added"));
  adw_message_dialog_response (dialog, "leave");
  sv_gui_test_wait (30);
  g_assert_null (f->chair);
  meeting = sv_store_get_meeting (f->store, f->meeting_id, NULL);
  g_assert_cmpint (meeting->status, ==, SV_MEETING_STATUS_LOPEND);
  item = stored_item (f, 0);
  g_assert_false (sv_agenda_timer_running (item));
}

static void
test_finish_and_close (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(SvAgendaItem) item = NULL;
  g_autoptr(SvMeeting) meeting = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (f, "minutes_view")));
  AdwMessageDialog *dialog;
  g_autofree char *text = NULL;

  type_agreement (f, "Politie", "Huisbezoek", "", "");
  activate (f, "chair.add-agreement", NULL);
  activate (f, "chair.finish-case", NULL);
  journal = sv_store_list_journal (f->store, f->cases[0], NULL);
  g_assert_cmpuint (journal->len, ==, 1);
  g_assert_cmpstr (((SvJournalEntry *) journal->pdata[0])->author, ==, "Anna de Voorzitter");
  g_assert_nonnull (strstr (((SvJournalEntry *) journal->pdata[0])->text, "– Politie: Huisbezoek"));
  item = stored_item (f, 0);
  g_assert_true (item->discussed);
  g_assert_cmpstr (label_text (f, "journal_label"), ==, "In the case journal.");

  /* The chair edits the minutes: saved as typed, and finishing again
   * adds a correction. */
  gtk_text_buffer_set_text (buffer, "Besproken; de politie gaat op huisbezoek.", -1);
  g_assert_nonnull (strstr (label_text (f, "journal_label"), "correction"));
  activate (f, "chair.finish-case", NULL);
  g_clear_pointer (&journal, g_ptr_array_unref);
  journal = sv_store_list_journal (f->store, f->cases[0], NULL);
  g_assert_cmpuint (journal->len, ==, 2);
  g_assert_cmpint (((SvJournalEntry *) journal->pdata[1])->corrects_id, ==, ((SvJournalEntry *) journal->pdata[0])->id);
  g_assert_cmpstr (((SvJournalEntry *) journal->pdata[1])->text, ==, "Besproken; de politie gaat op huisbezoek.");
  g_clear_pointer (&item, sv_agenda_item_free);
  item = stored_item (f, 0);
  g_assert_cmpstr (item->minutes, ==, "Besproken; de politie gaat op huisbezoek.");

  /* Case two: time spent, never finished. Closing finishes it. */
  activate (f, "chair.next", NULL);
  activate (f, "chair.toggle-timer", NULL);
  f->now += 300;
  activate (f, "chair.close-meeting", NULL);
  dialog = ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not finished"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "1 case was not discussed"));
  adw_message_dialog_response (dialog, "close");
  sv_gui_test_frames (GTK_WIDGET (f->chair), 2);

  meeting = sv_store_get_meeting (f->store, f->meeting_id, NULL);
  g_assert_cmpint (meeting->status, ==, SV_MEETING_STATUS_AFGEROND);
  g_assert_nonnull (strstr (meeting->minutes, "Cases discussed:"));
  g_assert_nonnull (strstr (meeting->minutes, "Not discussed:"));
  g_clear_pointer (&journal, g_ptr_array_unref);
  journal = sv_store_list_journal (f->store, f->cases[1], NULL);
  g_assert_cmpuint (journal->len, ==, 1);

  /* Closed: read-only, and leaving does not ask. */
  g_assert_false (gtk_widget_is_sensitive (child (f, "finish_button")));
  g_assert_false (gtk_widget_is_sensitive (child (f, "who_row")));
  g_assert_true (press (GTK_WIDGET (f->chair), GDK_KEY_Escape, 0));
  sv_gui_test_wait (30);
  g_assert_null (f->chair);
}

static void
test_vht_advice (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvAgendaItem) item = NULL;
  g_autofree char *minutes = NULL;

  g_assert_true (gtk_widget_get_visible (child (f, "advice_group")));
  g_assert_false (gtk_widget_get_visible (child (f, "family_group")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (f, "advice_row")), SV_VHT_ADVICE_GEDWONGEN_KADER);
  item = stored_item (f, 0);
  g_assert_cmpint (item->advice, ==, SV_VHT_ADVICE_GEDWONGEN_KADER);
  g_clear_pointer (&item, sv_agenda_item_free);

  /* Typed text is written when the chair moves on, at the latest. */
  gtk_editable_set_text (GTK_EDITABLE (child (f, "advice_text_row")), "Via de RvdK, met het netwerk erbij");
  activate (f, "chair.next", NULL);
  item = stored_item (f, 0);
  g_assert_cmpstr (item->advice_text, ==, "Via de RvdK, met het netwerk erbij");
  activate (f, "chair.previous", NULL);
  minutes = minutes_text (f);
  g_assert_nonnull (strstr (minutes, "Advice: Step to the compulsory framework — Via de RvdK, met het netwerk erbij"));
}

static void
test_run_meeting_action (Fixture       *f,
                         gconstpointer  data)
{
  SvWindow *window;
  g_autoptr(GListModel) toplevels = NULL;
  g_autoptr(SvMeeting) meeting = NULL;
  guint chairs = 0;

  /* A second meeting, planned; the action starts it and opens its chair's
   * window, and a second start only raises it. */
  plan_meeting (f, "VHT");
  window = sv_window_new (NULL, f->store, f->settings);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-meeting", "x", f->meeting_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-meeting", "x", f->meeting_id));
  sv_gui_test_frames (GTK_WIDGET (window), 1);
  meeting = sv_store_get_meeting (f->store, f->meeting_id, NULL);
  g_assert_cmpint (meeting->status, ==, SV_MEETING_STATUS_LOPEND);
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      if (SV_IS_CHAIR_WINDOW (w) && sv_chair_window_get_meeting_id (SV_CHAIR_WINDOW (w)) == f->meeting_id)
        chairs++;
    }
  g_assert_cmpuint (chairs, ==, 1);
}

static void
test_case_page_agreements (Fixture       *f,
                           gconstpointer  data)
{
  SvWindow *window;
  SvCasesView *cases;
  GtkWidget *group, *check, *button;
  g_autoptr(GPtrArray) agreements = NULL;

  type_agreement (f, "Politie", "Huisbezoek", "1-11-2026", "Terug in LEJO");
  activate (f, "chair.add-agreement", NULL);

  window = sv_window_new (NULL, f->store, f->settings);
  gtk_window_present (GTK_WINDOW (window));
  cases = SV_CASES_VIEW (sv_gui_test_child (window, SV_TYPE_WINDOW, "cases_view"));
  sv_cases_view_show_case (cases, f->cases[0]);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  {
    GtkStack *stack = GTK_STACK (sv_gui_test_child (cases, SV_TYPE_CASES_VIEW, "content_stack"));
    GtkWidget *page = gtk_stack_get_child_by_name (stack, "case");
    GtkWidget *row;

    group = sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "agreements_group");
    row = find_titled (group, ADW_TYPE_ACTION_ROW, "Politie: Huisbezoek");
    g_assert_nonnull (row);
    /* Overdue on 22 November, and made in this LEJO. */
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "overdue"));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Made in LEJO, 20 November 2026"));
    g_assert_nonnull (find_titled (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "meetings_group"), ADW_TYPE_ACTION_ROW,
                                   "LEJO, Friday 20 November 2026, 14:00–16:00"));

    /* Ticked: done at once; the toast's Undo takes it back. */
    check = sv_gui_test_find (row, GTK_TYPE_CHECK_BUTTON);
    g_assert_nonnull (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    sv_gui_test_frames (GTK_WIDGET (window), 2);
    agreements = stored_agreements (f, 0);
    g_assert_true (((SvAgreement *) agreements->pdata[0])->done);
    g_clear_pointer (&agreements, g_ptr_array_unref);

    button = find_titled (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    sv_gui_test_frames (GTK_WIDGET (window), 2);
    agreements = stored_agreements (f, 0);
    g_assert_false (((SvAgreement *) agreements->pdata[0])->done);
  }
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

/* A long agenda resumed near its end: the lines in sight and the current
 * case's come with the window, the rest right after its first frame. */
static void
test_long_agenda (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(GError) error = NULL;
  SvChairWindow *chair;
  GtkListBox *agenda;
  gint64 current = 0;

  meeting->kind_id = kind_id (f->store, "LEJO");
  g_assert_true (sv_date_from_iso ("2026-11-27", &meeting->date));
  meeting->start_minutes = 9 * 60;
  meeting->duration_minutes = 480;
  g_assert_true (sv_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
      g_autofree char *name = g_strdup_printf ("Gezin Lang %02u", i);

      item->meeting_id = meeting->id;
      item->case_id = sv_test_add_case (f->store, name, "Zorgen");
      item->planned_minutes = 15;
      g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
      g_assert_no_error (error);
      if (i == 27)
        current = item->id;
    }
  meeting->current_item_id = current;
  meeting->status = SV_MEETING_STATUS_LOPEND;
  g_assert_true (sv_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);

  chair = sv_chair_window_new (NULL, f->store, f->settings, meeting->id);
  agenda = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (chair), SV_TYPE_CHAIR_WINDOW, "agenda_list"));
  g_assert_cmpuint (count_rows (agenda), >=, 28);
  g_assert_true (gtk_list_box_get_selected_row (agenda) == gtk_list_box_get_row_at_index (agenda, 27));
  g_assert_cmpint (sv_chair_window_get_current_item_id (chair), ==, current);

  gtk_window_present (GTK_WINDOW (chair));
  sv_gui_test_frames (GTK_WIDGET (chair), 2);
  g_assert_cmpuint (count_rows (agenda), ==, 30);
  g_assert_true (gtk_list_box_get_selected_row (agenda) == gtk_list_box_get_row_at_index (agenda, 27));
  g_assert_cmpstr (gtk_label_get_text (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (agenda, 29)),
                                                          "sv-subtitle")), ==, "16:15 · 15 min");
  gtk_window_destroy (GTK_WINDOW (chair));
}

/* A long agenda opened at its start: not every line is made before the
 * first frame. */
static void
test_long_agenda_start (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(GError) error = NULL;
  SvChairWindow *chair;
  GtkListBox *agenda;

  meeting->kind_id = kind_id (f->store, "LEJO");
  g_assert_true (sv_date_from_iso ("2026-11-27", &meeting->date));
  meeting->start_minutes = 9 * 60;
  meeting->duration_minutes = 480;
  g_assert_true (sv_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
      g_autofree char *name = g_strdup_printf ("Gezin Kort %02u", i);

      item->meeting_id = meeting->id;
      item->case_id = sv_test_add_case (f->store, name, "Zorgen");
      item->planned_minutes = 10;
      g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
      g_assert_no_error (error);
    }

  chair = sv_chair_window_new (NULL, f->store, f->settings, meeting->id);
  agenda = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (chair), SV_TYPE_CHAIR_WINDOW, "agenda_list"));
  g_assert_cmpuint (count_rows (agenda), <, 40);
  g_assert_true (gtk_list_box_get_selected_row (agenda) == gtk_list_box_get_row_at_index (agenda, 0));
  gtk_window_present (GTK_WINDOW (chair));
  sv_gui_test_frames (GTK_WIDGET (chair), 2);
  g_assert_cmpuint (count_rows (agenda), ==, 40);
  g_assert_true (gtk_list_box_get_selected_row (agenda) == gtk_list_box_get_row_at_index (agenda, 0));
  gtk_window_destroy (GTK_WINDOW (chair));
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);

#define ADD(path, kind, func) g_test_add (path, Fixture, kind, fixture_set_up, func, fixture_tear_down)
  ADD ("/chair/navigate", NULL, test_navigate);
  ADD ("/chair/agreement-saved-at-once", NULL, test_agreement_saved_at_once);
  ADD ("/chair/remove-and-undo", NULL, test_remove_and_undo);
  ADD ("/chair/timer-overrun", NULL, test_timer_overrun);
  ADD ("/chair/timer-cut-at-midnight", NULL, test_timer_cut_at_midnight);
  ADD ("/chair/reveal-resets", NULL, test_reveal_resets);
  ADD ("/chair/escape-asks", NULL, test_escape_asks);
  ADD ("/chair/finish-and-close", NULL, test_finish_and_close);
  ADD ("/chair/vht-advice", "VHT", test_vht_advice);
  ADD ("/chair/run-meeting-action", NULL, test_run_meeting_action);
  ADD ("/chair/case-page-agreements", NULL, test_case_page_agreements);
  ADD ("/chair/long-agenda", NULL, test_long_agenda);
  ADD ("/chair/long-agenda-start", NULL, test_long_agenda_start);
  return g_test_run ();
}
