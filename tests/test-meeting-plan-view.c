/* test-meeting-plan-view.c: the Meetings area as the chair who prepares a
 * meeting uses it — planning (the proposed date, a room that is taken),
 * the agenda (adding a case, the consent gate, the order by buttons, keys
 * and drag and drop, the planned time), standing items, attendance, the
 * Start button and removing a meeting — each checked against what the
 * store then holds. SV_TODAY is 2026-11-22, a Sunday. */
#include <string.h>

#include "sv-add-case-dialog.h"
#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-field-error.h"
#include "sv-gui-test-util.h"
#include "sv-meeting-editor.h"
#include "sv-meeting-page.h"
#include "sv-meeting-plan-view.h"
#include "sv-meetings-view.h"

typedef struct {
  char              *dir;
  SvSqliteStore     *sqlite;
  SvStore           *store;   /* the same object */
  gint64             levo, lejo, it;
  GtkWidget         *window;
  GtkWidget         *overlay;
  SvMeetingPlanView *view;
} Fixture;

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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "plan.db");
  f->store = SV_STORE (f->sqlite);
  f->levo = kind_id (f->store, "LEVO");
  f->lejo = kind_id (f->store, "LEJO");
  f->it = kind_id (f->store, "IT");
}

/* The view in a window, with a toast overlay as in the app. */
static void
show_view (Fixture *f)
{
  f->window = adw_window_new ();
  f->overlay = adw_toast_overlay_new ();
  f->view = g_object_new (SV_TYPE_MEETING_PLAN_VIEW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), GTK_WIDGET (f->view));
  adw_window_set_content (ADW_WINDOW (f->window), f->overlay);
  sv_meeting_plan_view_set_store (f->view, f->store, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  sv_gui_test_frames (f->window, 2);
}

static void
destroy_window (gpointer window)
{
  GtkWidget *widget = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  gtk_window_destroy (GTK_WINDOW (widget));
  sv_gui_test_wait (20);
  g_assert_null (widget);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *left;

  /* Dialogs a test left open go first. */
  while ((left = sv_gui_test_toplevel (GTK_TYPE_WINDOW)) != NULL && GTK_WIDGET (left) != f->window)
    destroy_window (left);
  if (f->window != NULL)
    destroy_window (f->window);
  sv_gui_test_wait (20);
  g_assert_finalize_object (f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static SvMeeting *
plan (Fixture    *f,
      gint64      kind,
      const char *date,
      int         start,
      int         duration,
      const char *room)
{
  g_autoptr(GError) error = NULL;
  SvMeeting *m = sv_meeting_new ();

  m->kind_id = kind;
  g_assert_true (sv_date_from_iso (date, &m->date));
  m->series_date = m->date;
  m->start_minutes = start;
  m->duration_minutes = duration;
  g_free (m->room);
  m->room = g_strdup (room);
  g_assert_true (sv_store_save_meeting (f->store, m, &error));
  g_assert_no_error (error);
  return m;
}

static gint64
add_item (Fixture *f,
          gint64   meeting_id,
          gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (sv_agenda_add_case (f->store, meeting_id, case_id, SV_STANDING_NONE, &id, &error));
  g_assert_no_error (error);
  return id;
}

static guint
count_meetings (Fixture *f)
{
  g_autoptr(GPtrArray) list = sv_store_list_meetings (f->store, NULL, NULL, NULL);

  g_assert (list != NULL);
  return list->len;
}

static GPtrArray *
agenda (Fixture *f,
        gint64   meeting_id)
{
  GPtrArray *items = sv_store_list_agenda (f->store, meeting_id, NULL);

  g_assert (items != NULL);
  return items;
}

static char *
case_number (Fixture *f,
             gint64   case_id)
{
  g_autoptr(SvCase) c = sv_store_get_case (f->store, case_id, NULL);

  g_assert_nonnull (c);
  return g_strdup (c->number);
}

/* The first descendant of @widget of @type whose preferences-row title,
 * or button tooltip or label, is (or with @prefix starts with) @text. */
static GtkWidget *
find_titled_full (GtkWidget  *widget,
                  GType       type,
                  const char *text,
                  gboolean    prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *title = NULL;

          if (ADW_IS_PREFERENCES_ROW (child))
            title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          else if (GTK_IS_BUTTON (child))
            title = gtk_widget_get_tooltip_text (child) != NULL
                    ? gtk_widget_get_tooltip_text (child)
                    : gtk_button_get_label (GTK_BUTTON (child));
          if (title != NULL && (prefix ? g_str_has_prefix (title, text) : g_str_equal (title, text)))
            return child;
        }
      if ((found = find_titled_full (child, type, text, prefix)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *text)
{
  return find_titled_full (widget, type, text, FALSE);
}

/* The agenda row of @number: its title is "14:20 · number · household". */
static GtkWidget *
agenda_row (SvMeetingPage *page,
            const char    *number)
{
  GtkWidget *group = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "agenda_group");
  GtkWidget *found = NULL;

  for (GtkWidget *w = sv_gui_test_find (group, ADW_TYPE_EXPANDER_ROW); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_EXPANDER_ROW (w) && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), number) != NULL)
      found = w;
  return found;
}

static SvMeetingPage *
page_of (Fixture *f)
{
  GtkWidget *page = sv_gui_test_find (GTK_WIDGET (f->view), SV_TYPE_MEETING_PAGE);

  g_assert_nonnull (page);
  return SV_MEETING_PAGE (page);
}

static gboolean
loading_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The proposed standing items and the attendance come a frame after the
 * page: waits for them. */
static void
wait_loaded (SvMeetingPage *page)
{
  gboolean loading = TRUE, timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (5, loading_timeout_cb, &timed_out);

  while (!timed_out)
    {
      g_object_get (page, "loading", &loading, NULL);
      if (!loading)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_false (loading);
  if (!timed_out)
    g_source_remove (timeout);
}

static SvMeetingPage *
show_meeting (Fixture *f,
              gint64   meeting_id)
{
  SvMeetingPage *page;

  sv_meeting_plan_view_show_meeting (f->view, meeting_id);
  sv_gui_test_frames (f->window, 2);
  page = page_of (f);
  wait_loaded (page);
  return page;
}

static SvMeetingEditor *
open_plan (Fixture  *f,
           gint64    kind,
           gboolean  extra)
{
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), extra ? "meetings.plan-extra" : "meetings.plan",
                                             "x", kind));
  editor = sv_gui_test_toplevel (SV_TYPE_MEETING_EDITOR);
  g_assert_nonnull (editor);
  sv_gui_test_frames (GTK_WIDGET (editor), 1);
  return SV_MEETING_EDITOR (editor);
}

static const char *
editor_text (SvMeetingEditor *editor,
             const char      *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (sv_gui_test_child (editor, SV_TYPE_MEETING_EDITOR, name)));
}

static void
set_editor_text (SvMeetingEditor *editor,
                 const char      *name,
                 const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (sv_gui_test_child (editor, SV_TYPE_MEETING_EDITOR, name)), text);
}

/* Saves @editor and tells whether it closed. */
static gboolean
save_closes (SvMeetingEditor *editor)
{
  GtkWidget *widget = GTK_WIDGET (editor);

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  g_assert_true (gtk_widget_activate_action (widget, "form.save", NULL));
  sv_gui_test_wait (20);
  if (widget == NULL)
    return TRUE;
  g_object_remove_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  return FALSE;
}

static SvAddCaseDialog *
open_add_case (SvMeetingPage *page)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meeting.add-case", NULL));
  dialog = sv_gui_test_toplevel (SV_TYPE_ADD_CASE_DIALOG);
  g_assert_nonnull (dialog);
  sv_gui_test_frames (GTK_WIDGET (dialog), 1);
  return SV_ADD_CASE_DIALOG (dialog);
}

/* Types @query and takes the first case found, as a user would. */
static void
choose_case (SvAddCaseDialog *dialog,
             const char      *query)
{
  GtkListBox *list = GTK_LIST_BOX (sv_gui_test_child (dialog, SV_TYPE_ADD_CASE_DIALOG, "results_list"));
  GtkListBoxRow *row;

  gtk_editable_set_text (GTK_EDITABLE (sv_gui_test_child (dialog, SV_TYPE_ADD_CASE_DIALOG, "search_entry")), query);
  sv_gui_test_wait (200);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_signal_emit_by_name (list, "row-activated", row);
}

static GtkWidget *
focused (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static gboolean
has_focus_within (Fixture   *f,
                  GtkWidget *widget)
{
  GtkWidget *focus = focused (f);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* ------------------------------------------------------------------------
 * Planning
 * ------------------------------------------------------------------------ */

static void
test_plan_lejo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SvMeeting) previous = plan (f, f->lejo, "2026-11-10", 14 * 60, 120, "Raadzaal");
  g_autoptr(SvMeeting) stored = NULL;
  g_autoptr(GPtrArray) all = NULL;
  SvMeetingEditor *editor;
  GtkListBox *list;
  GDate expect;

  show_view (f);
  list = GTK_LIST_BOX (sv_gui_test_child (f->view, SV_TYPE_MEETING_PLAN_VIEW, "meetings_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));

  /* Every two weeks on the same weekday, after today: Tuesday the 24th,
   * at the time and in the room of the series. */
  editor = open_plan (f, f->lejo, FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Plan LEJO");
  g_assert_cmpstr (editor_text (editor, "date_row"), ==, "24-11-2026");
  g_assert_cmpstr (editor_text (editor, "start_row"), ==, "14:00");
  g_assert_cmpstr (editor_text (editor, "room_row"), ==, "Raadzaal");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sv_gui_test_child (editor, SV_TYPE_MEETING_EDITOR,
                                                                                         "duration_spin"))), ==, 120);
  g_assert_true (save_closes (editor));
  sv_gui_test_frames (f->window, 2);

  g_assert_cmpuint (count_meetings (f), ==, 2);
  g_assert_cmpint (sv_meeting_plan_view_get_meeting_id (f->view), !=, 0);
  stored = sv_store_get_meeting (f->store, sv_meeting_plan_view_get_meeting_id (f->view), NULL);
  g_assert_nonnull (stored);
  sv_date_from_iso ("2026-11-24", &expect);
  g_assert_cmpint (g_date_compare (&stored->date, &expect), ==, 0);
  g_assert_cmpint (g_date_compare (&stored->series_date, &expect), ==, 0);
  g_assert_false (stored->extra);
  g_assert_cmpint (stored->start_minutes, ==, 14 * 60);
  g_assert_cmpstr (stored->room, ==, "Raadzaal");
  /* The page of the new meeting is shown, and the list holds it. */
  g_assert_cmpint (sv_meeting_page_get_meeting_id (page_of (f)), ==, stored->id);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_nonnull (gtk_list_box_get_selected_row (list));

  /* The next one follows the new meeting; another day than proposed
   * starts a new series on that day. */
  editor = open_plan (f, f->lejo, FALSE);
  g_assert_cmpstr (editor_text (editor, "date_row"), ==, "08-12-2026");
  set_editor_text (editor, "date_row", "09-12-2026");
  set_editor_text (editor, "start_row", "9.30");
  g_assert_true (save_closes (editor));
  g_clear_pointer (&stored, sv_meeting_free);
  stored = sv_store_get_meeting (f->store, sv_meeting_plan_view_get_meeting_id (f->view), NULL);
  sv_date_from_iso ("2026-12-09", &expect);
  g_assert_cmpint (g_date_compare (&stored->date, &expect), ==, 0);
  g_assert_cmpint (g_date_compare (&stored->series_date, &expect), ==, 0);
  g_assert_cmpint (stored->start_minutes, ==, 9 * 60 + 30);

  /* An extra meeting (MDO): the first working day after today, no series. */
  editor = open_plan (f, f->lejo, TRUE);
  g_assert_cmpstr (editor_text (editor, "date_row"), ==, "23-11-2026");
  set_editor_text (editor, "room_row", "Kamer 2");
  g_assert_true (save_closes (editor));
  g_clear_pointer (&stored, sv_meeting_free);
  stored = sv_store_get_meeting (f->store, sv_meeting_plan_view_get_meeting_id (f->view), NULL);
  g_assert_true (stored->extra);
  g_assert_false (g_date_valid (&stored->series_date));

  /* A start that is no time is refused at the field; nothing is stored. */
  editor = open_plan (f, f->levo, FALSE);
  g_assert_cmpstr (editor_text (editor, "date_row"), ==, "23-11-2026");
  set_editor_text (editor, "start_row", "half tien");
  g_assert_false (save_closes (editor));
  g_assert_nonnull (sv_field_error_get_message (SV_FIELD_ERROR (sv_gui_test_child (editor, SV_TYPE_MEETING_EDITOR,
                                                                                   "start_error"))));
  g_assert_cmpuint (count_meetings (f), ==, 4);
  all = sv_store_list_meetings (f->store, NULL, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 4);
}

static void
test_room_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvMeeting) previous = plan (f, f->lejo, "2026-11-10", 14 * 60, 120, "Raadzaal");
  g_autoptr(SvMeeting) levo = plan (f, f->levo, "2026-11-24", 15 * 60, 60, "raadzaal");
  SvMeetingEditor *editor;
  const char *message;

  show_view (f);
  editor = open_plan (f, f->lejo, FALSE);
  g_assert_cmpstr (editor_text (editor, "room_row"), ==, "Raadzaal");
  g_assert_false (save_closes (editor));
  message = sv_field_error_get_message (SV_FIELD_ERROR (sv_gui_test_child (editor, SV_TYPE_MEETING_EDITOR,
                                                                          "room_error")));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "is taken by LEVO"));
  g_assert_cmpuint (count_meetings (f), ==, 2);

  /* Another room: planned. */
  set_editor_text (editor, "room_row", "Kamer 2");
  g_assert_true (save_closes (editor));
  g_assert_cmpuint (count_meetings (f), ==, 3);
}

/* ------------------------------------------------------------------------
 * Agenda
 * ------------------------------------------------------------------------ */

static void
test_add_case (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  gint64 c = sv_test_add_case (f->store, "Gezin Testpersoon", "Zorgen over de kinderen");
  g_autofree char *number = case_number (f, c);
  g_autoptr(GPtrArray) items = NULL;
  SvMeetingPage *page;
  SvAddCaseDialog *dialog;
  GtkWidget *row;

  sv_test_add_case (f->store, "Gezin Anders", "Iets anders");
  show_view (f);
  page = show_meeting (f, m->id);
  dialog = open_add_case (page);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  choose_case (dialog, "kinderen");
  sv_gui_test_frames (f->window, 2);
  g_assert_null (dialog);

  items = agenda (f, m->id);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (((SvAgendaItem *) items->pdata[0])->case_id, ==, c);
  /* LEJO invites the family. */
  g_assert_true (((SvAgendaItem *) items->pdata[0])->family_invited);
  row = agenda_row (page, number);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "14:00 · "));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Gezin Testpersoon"));
  /* Opened, to fill in inbrenger and question next. */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  /* A second time: refused in the dialog, nothing changes. */
  dialog = open_add_case (page);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  choose_case (dialog, number);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (sv_gui_test_child (dialog, SV_TYPE_ADD_CASE_DIALOG, "error_label")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (sv_gui_test_child (dialog, SV_TYPE_ADD_CASE_DIALOG,
                                                                              "error_label"))),
                            "already on this agenda"));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = agenda (f, m->id);
  g_assert_cmpuint (items->len, ==, 1);
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  destroy_window (dialog);
}

static void
test_consent_gate (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->levo, "2026-11-23", 9 * 60, 120, "");
  g_autoptr(GPtrArray) items = NULL;
  SvMeetingPage *page;
  SvAddCaseDialog *dialog;
  const char *message;

  sv_test_add_case (f->store, "Gezin Zonder Toestemming", "Zorgen");
  show_view (f);
  page = show_meeting (f, m->id);
  dialog = open_add_case (page);
  choose_case (dialog, "Toestemming");
  sv_gui_test_frames (f->window, 1);

  /* Still open, with the reason, and the agenda is empty. */
  g_assert_true (sv_gui_test_toplevel (SV_TYPE_ADD_CASE_DIALOG) == GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (sv_gui_test_child (dialog, SV_TYPE_ADD_CASE_DIALOG, "error_label")));
  message = gtk_label_get_text (GTK_LABEL (sv_gui_test_child (dialog, SV_TYPE_ADD_CASE_DIALOG, "error_label")));
  g_assert_nonnull (strstr (message, "LEVO discusses a case only with"));
  items = agenda (f, m->id);
  g_assert_cmpuint (items->len, ==, 0);
  g_assert_null (sv_gui_test_find (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "agenda_group"),
                                   ADW_TYPE_EXPANDER_ROW));
  destroy_window (dialog);
}

static void
assert_order (Fixture      *f,
              gint64        meeting_id,
              const gint64 *cases,
              guint         n)
{
  g_autoptr(GPtrArray) items = agenda (f, meeting_id);

  g_assert_cmpuint (items->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (((SvAgendaItem *) items->pdata[i])->case_id, ==, cases[i]);
      g_assert_cmpuint (((SvAgendaItem *) items->pdata[i])->position, ==, i);
    }
}

static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  gint64 a = sv_test_add_case (f->store, "Gezin Aa", "zorgen");
  gint64 b = sv_test_add_case (f->store, "Gezin Bee", "zorgen");
  gint64 c = sv_test_add_case (f->store, "Gezin Cee", "zorgen");
  g_autofree char *number_a = case_number (f, a);
  g_autofree char *number_b = case_number (f, b);
  g_autofree char *number_c = case_number (f, c);
  g_autofree char *up_a = g_strdup_printf ("Move %s up (Alt+Up)", number_a);
  g_autofree char *up_c = NULL;
  gint64 item_c;
  SvMeetingPage *page;
  GtkWidget *button, *row;
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  add_item (f, m->id, a);
  add_item (f, m->id, b);
  item_c = add_item (f, m->id, c);
  show_view (f);
  page = show_meeting (f, m->id);

  /* The first cannot move up, the last not down. */
  button = find_titled (GTK_WIDGET (page), GTK_TYPE_BUTTON, up_a);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (button));

  /* Move up with the button: the focus stays on that button, which has
   * moved with its case. */
  up_c = g_strdup_printf ("Move %s up (Alt+Up)", number_c);
  button = find_titled (GTK_WIDGET (page), GTK_TYPE_BUTTON, up_c);
  g_assert_nonnull (button);
  gtk_widget_grab_focus (button);
  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (f->window, 2);
  assert_order (f, m->id, (gint64[]) { a, c, b }, 3);
  button = find_titled (GTK_WIDGET (page), GTK_TYPE_BUTTON, up_c);
  g_assert_true (focused (f) == button);
  g_assert_true (gtk_widget_is_ancestor (button, agenda_row (page, number_c)));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (agenda_row (page, number_c))),
                                   "14:15 · "));

  /* Alt+Up on the row, as its shortcut does: to the top; the focus
   * follows the row. */
  row = agenda_row (page, number_c);
  gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
  g_assert_true (has_focus_within (f, row));
  {
    GtkShortcutController *shortcuts = NULL;

    for (guint i = 0; ; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (gtk_widget_observe_controllers (row), i);

        if (controller == NULL)
          break;
        if (GTK_IS_SHORTCUT_CONTROLLER (controller))
          shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
      }
    g_assert_nonnull (shortcuts);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shortcuts)), >=, 2);
  }
  g_assert_true (gtk_widget_activate_action (row, "meeting.move-up", "x", item_c));
  sv_gui_test_frames (f->window, 2);
  assert_order (f, m->id, (gint64[]) { c, a, b }, 3);
  g_assert_true (has_focus_within (f, agenda_row (page, number_c)));

  /* At the top, up does nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meeting.move-up", "x", item_c));
  sv_gui_test_frames (f->window, 1);
  assert_order (f, m->id, (gint64[]) { c, a, b }, 3);

  /* Drag and drop: the first dropped on the last takes its place. */
  row = agenda_row (page, number_b);
  for (guint i = 0; ; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (gtk_widget_observe_controllers (row), i);

      if (controller == NULL)
        break;
      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, item_c);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_assert_true (dropped);
  sv_gui_test_frames (f->window, 2);
  assert_order (f, m->id, (gint64[]) { a, b, c }, 3);
  g_assert_true (has_focus_within (f, agenda_row (page, number_c)));
}

static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 60, "");
  gint64 a = sv_test_add_case (f->store, "Gezin Aa", "zorgen");
  gint64 b = sv_test_add_case (f->store, "Gezin Bee", "zorgen");
  g_autofree char *number_a = case_number (f, a);
  g_autofree char *number_b = case_number (f, b);
  g_autofree char *label = NULL;
  g_autoptr(SvAgendaItem) stored = NULL;
  g_autoptr(SvProfessional) agent = sv_professional_new ();
  gint64 item_a = add_item (f, m->id, a);
  SvMeetingPage *page;
  GtkWidget *row, *spin, *question, *dropdown, *icon;
  GtkLabel *schedule;

  g_free (agent->name);
  agent->name = g_strdup ("Jan de Wit");
  g_free (agent->organisation_name);
  agent->organisation_name = g_strdup ("Politie");
  g_assert_true (sv_store_save_professional (f->store, agent, NULL));
  add_item (f, m->id, b);
  show_view (f);
  page = show_meeting (f, m->id);
  schedule = GTK_LABEL (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "schedule_label"));
  icon = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "schedule_icon");
  g_assert_cmpstr (gtk_label_get_text (schedule), ==, "30 minutes planned, until 14:30; the meeting ends at 15:00.");
  g_assert_false (gtk_widget_get_visible (icon));

  /* Planned minutes: stored at once; the next case starts later, and an
   * agenda past the end says so. */
  row = agenda_row (page, number_a);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  sv_gui_test_frames (f->window, 1);
  spin = sv_gui_test_find (row, GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 60);
  stored = sv_store_get_agenda_item (f->store, item_a, NULL);
  g_assert_cmpint (stored->planned_minutes, ==, 60);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (agenda_row (page, number_b))),
                                   "15:00 · "));
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_cmpstr (gtk_label_get_text (schedule), ==,
                   "The agenda runs until 15:15, 15 minutes past the end of the meeting at 15:00. "
                   "Plan fewer minutes, or move a case to another meeting.");
  /* The same row, not a rebuilt one. */
  g_assert_true (agenda_row (page, number_a) == row);

  /* Question and inbrenger. */
  question = find_titled (row, ADW_TYPE_ENTRY_ROW, "Question to the meeting");
  g_assert_nonnull (question);
  gtk_editable_set_text (GTK_EDITABLE (question), "Is opschaling nodig?");
  g_signal_emit_by_name (question, "apply");
  label = g_strdup_printf ("Inbrenger of %s", number_a);
  dropdown = sv_gui_test_find (row, GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dropdown);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  g_clear_pointer (&stored, sv_agenda_item_free);
  stored = sv_store_get_agenda_item (f->store, item_a, NULL);
  g_assert_cmpstr (stored->question, ==, "Is opschaling nodig?");
  g_assert_cmpint (stored->inbrenger_id, ==, agent->id);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "inbrenger Jan de Wit"));

  /* The family's attendance (LEJO). */
  {
    GtkWidget *attendance = find_titled (row, ADW_TYPE_COMBO_ROW, "Family attendance");

    g_assert_nonnull (attendance);
    adw_combo_row_set_selected (ADW_COMBO_ROW (attendance), SV_FAMILY_ATTENDANCE_AANWEZIG);
    g_clear_pointer (&stored, sv_agenda_item_free);
    stored = sv_store_get_agenda_item (f->store, item_a, NULL);
    g_assert_cmpint (stored->family_attendance, ==, SV_FAMILY_ATTENDANCE_AANWEZIG);
  }

  /* Taken off the agenda; Undo brings it back at its place with what
   * was filled in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meeting.remove-item", "x", item_a));
  sv_gui_test_frames (f->window, 2);
  {
    g_autoptr(GPtrArray) items = agenda (f, m->id);
    GtkWidget *undo;

    g_assert_cmpuint (items->len, ==, 1);
    undo = find_titled (f->overlay, GTK_TYPE_BUTTON, "_Undo");
    g_assert_nonnull (undo);
    g_signal_emit_by_name (undo, "clicked");
    sv_gui_test_frames (f->window, 2);
    g_clear_pointer (&items, g_ptr_array_unref);
    items = agenda (f, m->id);
    g_assert_cmpuint (items->len, ==, 2);
    g_assert_cmpint (((SvAgendaItem *) items->pdata[0])->case_id, ==, a);
    g_assert_cmpstr (((SvAgendaItem *) items->pdata[0])->question, ==, "Is opschaling nodig?");
  }
}

/* ------------------------------------------------------------------------
 * Standing items, attendance, the header
 * ------------------------------------------------------------------------ */

static void
test_standing (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SvMeeting) previous = plan (f, f->lejo, "2026-11-10", 14 * 60, 120, "");
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(SvAgreement) agreement = sv_agreement_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 c = sv_test_add_case (f->store, "Gezin Afspraak", "zorgen");
  g_autofree char *number = case_number (f, c);
  g_autofree char *tooltip = g_strdup_printf ("Put %s on the agenda", number);
  SvMeetingPage *page;
  GtkWidget *group, *button, *row;

  /* An agreement made in the previous LEJO falls due before this one. */
  agreement->case_id = c;
  agreement->agenda_item_id = add_item (f, previous->id, c);
  g_free (agreement->who);
  agreement->who = g_strdup ("Jeugdconsulent");
  g_free (agreement->what);
  agreement->what = g_strdup ("Netwerkberaad plannen");
  sv_date_from_iso ("2026-11-20", &agreement->due);
  g_assert_true (sv_store_save_agreement (f->store, agreement, &error));
  g_assert_no_error (error);

  show_view (f);
  page = show_meeting (f, m->id);
  group = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "standing_group");
  g_assert_true (gtk_widget_get_visible (group));
  button = find_titled (group, GTK_TYPE_BUTTON, tooltip);
  g_assert_nonnull (button);
  row = gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Agreement due"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "20 November 2026"));

  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (f->window, 2);
  items = agenda (f, m->id);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpint (((SvAgendaItem *) items->pdata[0])->case_id, ==, c);
  g_assert_cmpint (((SvAgendaItem *) items->pdata[0])->standing, ==, SV_STANDING_AFSPRAAK);
  /* Proposed no more, and on the agenda with its reason. */
  g_assert_null (find_titled (group, GTK_TYPE_BUTTON, tooltip));
  g_assert_nonnull (sv_gui_test_find_label (group, "No case comes back by rule for this meeting."));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (agenda_row (page, number))),
                            "Agreement due"));
}

/* More proposals than a meeting can take: the earliest twenty as rows,
 * the rest counted. */
static void
test_standing_many (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvMeeting) previous = plan (f, f->lejo, "2026-11-10", 14 * 60, 120, "");
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *last = NULL;
  SvMeetingPage *page;
  GtkWidget *group;

  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *name = g_strdup_printf ("Gezin Veel %u", i);
      gint64 c = sv_test_add_case (f->store, name, "zorgen");
      g_autoptr(SvAgreement) agreement = sv_agreement_new ();

      agreement->case_id = c;
      agreement->agenda_item_id = add_item (f, previous->id, c);
      g_free (agreement->who);
      agreement->who = g_strdup ("Jeugdconsulent");
      g_free (agreement->what);
      agreement->what = g_strdup ("Terugkoppelen");
      /* The first case falls due first. */
      g_date_set_dmy (&agreement->due, (GDateDay) (11 + i % 12), G_DATE_NOVEMBER, 2026);
      g_assert_true (sv_store_save_agreement (f->store, agreement, &error));
      g_assert_no_error (error);
      if (i == 0)
        first = case_number (f, c);
      if (i == 23)
        last = case_number (f, c);
    }

  show_view (f);
  page = show_meeting (f, m->id);
  group = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "standing_group");
  {
    g_autofree char *first_tip = g_strdup_printf ("Put %s on the agenda", first);
    g_autofree char *last_tip = g_strdup_printf ("Put %s on the agenda", last);

    /* Due 11 November: among the earliest, listed; due 22 November
     * (the 24th case): beyond the twenty, counted only. */
    g_assert_nonnull (find_titled (group, GTK_TYPE_BUTTON, first_tip));
    g_assert_null (find_titled (group, GTK_TYPE_BUTTON, last_tip));
  }
  g_assert_nonnull (sv_gui_test_find_label (group, "And 5 more cases come back by rule: more than one meeting "
                                                   "can discuss. Plan an extra meeting, or see Planning for all "
                                                   "deadlines."));
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(GPtrArray) attendance = NULL;
  gint64 c = sv_test_add_case (f->store, "Gezin Gast", "zorgen");
  gint64 item = add_item (f, m->id, c);
  SvMeetingPage *page;
  GtkWidget *group, *row, *dropdown, *entry;
  GtkDropDown *orgs;
  SvAttendance *guest = NULL;
  gboolean loading = FALSE;
  guint n_core;

  show_view (f);
  /* Opened, the page shows its agenda first and the attendance after
   * the first frame. */
  sv_meeting_plan_view_show_meeting (f->view, m->id);
  page = page_of (f);
  group = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "attendance_group");
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_null (sv_gui_test_find (group, ADW_TYPE_ACTION_ROW));
  g_assert_nonnull (agenda_row (page, ""));
  g_object_get (page, "loading", &loading, NULL);
  g_assert_true (loading);
  wait_loaded (page);
  attendance = sv_store_list_attendance (f->store, m->id, NULL);
  n_core = attendance->len;
  g_assert_cmpuint (n_core, >, 0);

  /* The Politie is of the fixed core: present, with a name. */
  row = find_titled (group, ADW_TYPE_ACTION_ROW, "Politie");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Fixed core");
  dropdown = sv_gui_test_find (row, GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), SV_ATTENDANCE_AANWEZIG);
  entry = sv_gui_test_find (row, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Jan de Wit");
  g_signal_emit_by_name (entry, "activate");
  g_clear_pointer (&attendance, g_ptr_array_unref);
  attendance = sv_store_list_attendance (f->store, m->id, NULL);
  for (guint i = 0; i < attendance->len; i++)
    {
      SvAttendance *a = attendance->pdata[i];

      if (g_str_equal (a->organisation_name, "Politie"))
        {
          g_assert_cmpint (a->status, ==, SV_ATTENDANCE_AANWEZIG);
          g_assert_cmpstr (a->attendee, ==, "Jan de Wit");
        }
    }

  /* Invite the first organisation offered — of LEJO's flexible shell, or
   * any other — for the case. */
  orgs = GTK_DROP_DOWN (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "invite_org_dropdown"));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (orgs)), >, 0);
  gtk_drop_down_set_selected (orgs, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meeting.invite", NULL));
  sv_gui_test_frames (f->window, 2);
  g_clear_pointer (&attendance, g_ptr_array_unref);
  attendance = sv_store_list_attendance (f->store, m->id, NULL);
  g_assert_cmpuint (attendance->len, ==, n_core + 1);
  for (guint i = 0; i < attendance->len; i++)
    if (((SvAttendance *) attendance->pdata[i])->agenda_item_id == item)
      guest = attendance->pdata[i];
  g_assert_nonnull (guest);
  g_assert_cmpint (guest->circle, ==, SV_MEETING_CIRCLE_FLEXIBELE_SCHIL);

  /* A guest can be taken off again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meeting.remove-guest", "x", guest->id));
  sv_gui_test_frames (f->window, 2);
  g_clear_pointer (&attendance, g_ptr_array_unref);
  attendance = sv_store_list_attendance (f->store, m->id, NULL);
  g_assert_cmpuint (attendance->len, ==, n_core);
}

static gint64 run_meeting_target;

static void
run_meeting_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  run_meeting_target = g_variant_get_int64 (parameter);
}

static void
test_header (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "Raadzaal");
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) run = g_simple_action_new ("run-meeting", G_VARIANT_TYPE_INT64);
  SvMeetingPage *page;
  GtkWidget *start;

  /* The chair's window is another's: a stand-in action here. */
  g_signal_connect (run, "activate", G_CALLBACK (run_meeting_cb), NULL);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (run));
  show_view (f);
  gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (group));
  page = show_meeting (f, m->id);

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "title_label"))), ==,
                   "LEJO, Tuesday 24 November 2026, 14:00–16:00");
  start = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "start_button");
  g_assert_true (gtk_widget_get_visible (start));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (start)), ==, "win.run-meeting");
  g_assert_true (g_variant_is_of_type (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (start)),
                                       G_VARIANT_TYPE_INT64));
  g_assert_true (gtk_widget_is_sensitive (start));
  run_meeting_target = 0;
  g_signal_emit_by_name (start, "clicked");
  sv_gui_test_wait (20);
  g_assert_cmpint (run_meeting_target, ==, m->id);

  /* Closed: read-only, nothing to start or add. */
  add_item (f, m->id, sv_test_add_case (f->store, "Gezin Dicht", "zorgen"));
  m->status = SV_MEETING_STATUS_AFGEROND;
  g_assert_true (sv_store_save_meeting (f->store, m, NULL));
  sv_gui_test_frames (f->window, 2);
  g_assert_false (gtk_widget_get_visible (start));
  g_assert_false (gtk_widget_get_visible (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "add_case_button")));
  g_assert_false (gtk_widget_get_visible (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "edit_button")));
  g_assert_null (sv_gui_test_find (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW));
  g_assert_null (sv_gui_test_find (GTK_WIDGET (page), GTK_TYPE_ENTRY));
  g_assert_null (sv_gui_test_find (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "agenda_group"), GTK_TYPE_DROP_DOWN));
  g_assert_null (sv_gui_test_find (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "agenda_group"), ADW_TYPE_EXPANDER_ROW));
  g_assert_nonnull (find_titled_full (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "agenda_group"),
                                      ADW_TYPE_ACTION_ROW, "14:00 · ", TRUE));
  {
    GtkWidget *politie = find_titled (sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "attendance_group"),
                                      ADW_TYPE_ACTION_ROW, "Politie");

    g_assert_nonnull (politie);
    g_assert_null (sv_gui_test_find (politie, GTK_TYPE_DROP_DOWN));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (politie)), ==, "Expected · Fixed core");
  }
  gtk_widget_insert_action_group (f->window, "win", NULL);
}

static void
test_remove_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(SvMeeting) running = plan (f, f->levo, "2026-11-23", 9 * 60, 120, "");
  GtkWindow *question;
  GtkStack *content;

  running->status = SV_MEETING_STATUS_LOPEND;
  g_assert_true (sv_store_save_meeting (f->store, running, NULL));
  show_view (f);
  content = GTK_STACK (sv_gui_test_child (f->view, SV_TYPE_MEETING_PLAN_VIEW, "content_stack"));

  /* Planned: removed after the question. */
  show_meeting (f, m->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "meeting.remove", NULL));
  question = sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "remove");
  sv_gui_test_frames (f->window, 2);
  g_assert_cmpuint (count_meetings (f), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "none");
  g_assert_cmpint (sv_meeting_plan_view_get_meeting_id (f->view), ==, 0);

  /* Running: the store's refusal is shown, and it stays. */
  show_meeting (f, running->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "meeting.remove", NULL));
  question = sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "remove");
  sv_gui_test_frames (f->window, 2);
  g_assert_cmpuint (count_meetings (f), ==, 1);
  g_assert_nonnull (sv_gui_test_find_label (f->overlay,
                                            "Only a meeting that has not started can be removed; this one holds what was said."));
}

static void
test_empty_and_kinds (Fixture       *f,
                      gconstpointer  data)
{
  GtkStack *list_stack, *content;

  show_view (f);
  list_stack = GTK_STACK (sv_gui_test_child (f->view, SV_TYPE_MEETING_PLAN_VIEW, "list_stack"));
  content = GTK_STACK (sv_gui_test_child (f->view, SV_TYPE_MEETING_PLAN_VIEW, "content_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "empty");
  /* The menu offers the four kinds and the extra meetings of two. */
  {
    GMenuModel *menu = gtk_menu_button_get_menu_model (
      GTK_MENU_BUTTON (sv_gui_test_child (f->view, SV_TYPE_MEETING_PLAN_VIEW, "empty_plan_button")));
    GMenuModel *regular = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    GMenuModel *extra = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);

    g_assert_cmpint (g_menu_model_get_n_items (regular), ==, 4);
    g_assert_cmpint (g_menu_model_get_n_items (extra), ==, 2);
    g_object_unref (regular);
    g_object_unref (extra);
  }

  sv_meeting_plan_view_show_kinds (f->view);
  sv_gui_test_frames (f->window, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "kinds");
  g_assert_nonnull (sv_gui_test_find (GTK_WIDGET (f->view), SV_TYPE_MEETINGS_VIEW));

  g_autoptr(SvMeeting) m = plan (f, f->it, "2026-11-26", 10 * 60, 60, "");
  sv_gui_test_frames (f->window, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
}

/* A long agenda: the rows in sight come in the first frame, the rest
 * right after it, in order and with their buttons as if made at once. */
static void
test_long_agenda (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 9 * 60, 480, "");
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *group, *row;
  SvMeetingPage *page;
  gboolean loading = FALSE;
  guint n_rows = 0, n_first = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Gezin Lang %02u", i);

      add_item (f, m->id, sv_test_add_case (f->store, name, "zorgen"));
    }
  items = agenda (f, m->id);
  show_view (f);
  sv_meeting_plan_view_show_meeting (f->view, m->id);
  page = page_of (f);
  group = sv_gui_test_child (page, SV_TYPE_MEETING_PAGE, "agenda_group");
  for (row = sv_gui_test_find (group, ADW_TYPE_EXPANDER_ROW); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_first += ADW_IS_EXPANDER_ROW (row);
  g_object_get (page, "loading", &loading, NULL);
  g_assert_true (loading);
  g_assert_cmpuint (n_first, >, 0);
  g_assert_cmpuint (n_first, <, 30);

  wait_loaded (page);
  for (row = sv_gui_test_find (group, ADW_TYPE_EXPANDER_ROW); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      SvAgendaItem *item = items->pdata[n_rows];
      g_autofree char *up = g_strdup_printf ("Move %s up (Alt+Up)", item->case_number);
      g_autofree char *down = g_strdup_printf ("Move %s down (Alt+Down)", item->case_number);

      g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), item->case_number));
      g_assert_cmpint (gtk_widget_get_sensitive (find_titled (row, GTK_TYPE_BUTTON, up)), ==, n_rows > 0);
      g_assert_cmpint (gtk_widget_get_sensitive (find_titled (row, GTK_TYPE_BUTTON, down)), ==, n_rows + 1 < 30);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 30);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (agenda_row (page,
                   ((SvAgendaItem *) items->pdata[29])->case_number))), "16:15 · "));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meeting-plan/plan-lejo", test_plan_lejo);
  ADD ("/meeting-plan/room-conflict", test_room_conflict);
  ADD ("/meeting-plan/add-case", test_add_case);
  ADD ("/meeting-plan/consent-gate", test_consent_gate);
  ADD ("/meeting-plan/reorder", test_reorder);
  ADD ("/meeting-plan/fields", test_fields);
  ADD ("/meeting-plan/standing", test_standing);
  ADD ("/meeting-plan/standing-many", test_standing_many);
  ADD ("/meeting-plan/attendance", test_attendance);
  ADD ("/meeting-plan/long-agenda", test_long_agenda);
  ADD ("/meeting-plan/header", test_header);
  ADD ("/meeting-plan/remove", test_remove_meeting);
  ADD ("/meeting-plan/empty-and-kinds", test_empty_and_kinds);
#undef ADD
  return g_test_run ();
}
