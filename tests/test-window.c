/* test-window.c: the main window, driven as a user would — through actions,
 * typed fields and what the widgets then show. */
#include "sv-case-editor.h"
#include "sv-case-list-model.h"
#include "sv-case-page.h"
#include "sv-cases-view.h"
#include "sv-field-error.h"
#include "sv-gui-test-util.h"
#include "sv-member-editor.h"
#include "sv-window.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  GSettings     *settings;
  SvWindow      *window;
  SvCasesView   *cases;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "window.db");
  f->settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  f->window = sv_window_new (NULL, SV_STORE (f->store), f->settings);
  f->cases = SV_CASES_VIEW (sv_gui_test_child (f->window, SV_TYPE_WINDOW, "cases_view"));
  gtk_window_present (GTK_WINDOW (f->window));
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  sv_gui_test_wait (20);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static SvCasePage *
case_page (Fixture *f)
{
  GtkStack *stack = GTK_STACK (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "content_stack"));
  GtkWidget *page = gtk_stack_get_child_by_name (stack, "case");

  g_assert_nonnull (page);
  return SV_CASE_PAGE (page);
}

static const char *
list_state (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "list_stack")));
}

static void
set_row_text (gpointer    dialog,
              GType       type,
              const char *name,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (sv_gui_test_child (dialog, type, name)), text);
}

static const char *
field_error (gpointer    dialog,
             GType       type,
             const char *name)
{
  return sv_field_error_get_message (SV_FIELD_ERROR (sv_gui_test_child (dialog, type, name)));
}

static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  GtkLabel *count = GTK_LABEL (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "count_label"));

  g_assert_cmpstr (list_state (f), ==, "empty");
  g_assert_cmpstr (gtk_label_get_text (count), ==, "0 open cases");
  /* Nothing about any family on the first screen. */
  g_assert_cmpint (sv_cases_view_get_case_id (f->cases), ==, 0);
}

static SvCaseEditor *
open_new_case_editor (Fixture *f)
{
  SvCaseEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-case", NULL));
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  editor = SV_CASE_EDITOR (sv_gui_test_toplevel (SV_TYPE_CASE_EDITOR));
  g_assert_nonnull (editor);
  return editor;
}

static void
test_new_case_refuses_impossible_date (Fixture       *f,
                                       gconstpointer  data)
{
  SvCaseEditor *editor = open_new_case_editor (f);
  const char *message;

  set_row_text (editor, SV_TYPE_CASE_EDITOR, "household_row", "Gezin Zoë \"De Haan\" 🌷");
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "reason_row", "Zorgen van de school");
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "received_row", "31-02-2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "form.save", NULL));
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);

  /* Still open, the message at the field, and nothing stored. */
  g_assert_true (sv_gui_test_toplevel (SV_TYPE_CASE_EDITOR) == GTK_WINDOW (editor));
  message = field_error (editor, SV_TYPE_CASE_EDITOR, "received_error");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "28"));
  g_assert_true (gtk_widget_has_css_class (sv_gui_test_child (editor, SV_TYPE_CASE_EDITOR, "received_row"), "error"));
  g_assert_cmpuint (sv_store_count_cases (SV_STORE (f->store), SV_CASE_FILTER_ALL, NULL), ==, 0);

  /* A date in the future is refused too. */
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "received_row", "23-11-2026");
  gtk_widget_activate_action (GTK_WIDGET (editor), "form.save", NULL);
  g_assert_nonnull (field_error (editor, SV_TYPE_CASE_EDITOR, "received_error"));
  g_assert_cmpuint (sv_store_count_cases (SV_STORE (f->store), SV_CASE_FILTER_ALL, NULL), ==, 0);

  /* Corrected, it is registered and shown. */
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "received_row", "3-11-2026");
  gtk_widget_activate_action (GTK_WIDGET (editor), "form.save", NULL);
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
  g_assert_null (sv_gui_test_toplevel (SV_TYPE_CASE_EDITOR));
  g_assert_cmpuint (sv_store_count_cases (SV_STORE (f->store), SV_CASE_FILTER_ALL, NULL), ==, 1);
  g_assert_cmpstr (list_state (f), ==, "list");
  g_assert_cmpint (sv_cases_view_get_case_id (f->cases), !=, 0);
  {
    SvCasePage *page = case_page (f);
    GtkLabel *title = GTK_LABEL (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "title_label"));
    GtkLabel *subtitle = GTK_LABEL (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "subtitle_label"));

    g_assert_cmpstr (gtk_label_get_text (title), ==, "Gezin Zoë \"De Haan\" 🌷");
    g_assert_cmpstr (gtk_label_get_text (subtitle), ==, "Case 2026-0001 · open");
  }
}

static void
test_member_and_journal (Fixture       *f,
                         gconstpointer  data)
{
  gint64 id = sv_test_add_case (SV_STORE (f->store), "Gezin Journaal", "Reden");
  SvCasePage *page;
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->store), id, NULL);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  SvMemberEditor *editor;
  GtkListBox *list;
  GtkWidget *row;
  gboolean found = FALSE;

  sv_cases_view_show_case (f->cases, id);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  page = case_page (f);

  /* Add a member; a birth date in the future is refused at the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "case.add-member", NULL));
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  editor = SV_MEMBER_EDITOR (sv_gui_test_toplevel (SV_TYPE_MEMBER_EDITOR));
  g_assert_nonnull (editor);
  set_row_text (editor, SV_TYPE_MEMBER_EDITOR, "given_names_row", "Noël");
  set_row_text (editor, SV_TYPE_MEMBER_EDITOR, "family_name_row", "O'Brien-ישראלי");
  set_row_text (editor, SV_TYPE_MEMBER_EDITOR, "birth_row", "01-01-2030");
  gtk_widget_activate_action (GTK_WIDGET (editor), "form.save", NULL);
  g_assert_nonnull (field_error (editor, SV_TYPE_MEMBER_EDITOR, "birth_error"));
  members = sv_store_list_members (SV_STORE (f->store), c->household_id, NULL);
  g_assert_cmpuint (members->len, ==, 2);
  g_clear_pointer (&members, g_ptr_array_unref);

  set_row_text (editor, SV_TYPE_MEMBER_EDITOR, "birth_row", "22-11-2018");
  gtk_widget_activate_action (GTK_WIDGET (editor), "form.save", NULL);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_null (sv_gui_test_toplevel (SV_TYPE_MEMBER_EDITOR));
  members = sv_store_list_members (SV_STORE (f->store), c->household_id, NULL);
  g_assert_cmpuint (members->len, ==, 3);

  /* The page shows the new member with the age on the fixed date. */
  for (GtkWidget *w = sv_gui_test_find (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "members_group"), ADW_TYPE_ACTION_ROW);
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_ACTION_ROW (w) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Noël O'Brien-ישראלי") == 0)
      {
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (w)), ==, "Youth · 8 years · born 22 November 2018");
        found = TRUE;
      }
  g_assert_true (found);

  /* A 20,000-character journal entry goes in and is shown exactly. */
  for (guint i = 0; i < 20000; i++)
    g_string_append_unichar (big, i % 80 == 79 ? '\n' : (i % 9 == 0 ? 0x05d0 + i % 20 : 'a' + i % 26));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "entry_view"))),
                            big->str, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "case.add-entry", NULL));
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  journal = sv_store_list_journal (SV_STORE (f->store), id, NULL);
  g_assert_cmpuint (journal->len, ==, 1);
  g_assert_cmpstr (((SvJournalEntry *) journal->pdata[0])->text, ==, big->str);
  list = GTK_LIST_BOX (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "journal_list"));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_nonnull (sv_gui_test_find_label (row, big->str));

  /* An empty entry is refused with a message, and adds nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "case.add-entry", NULL));
  g_assert_true (gtk_widget_get_visible (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "entry_error")));
  g_clear_pointer (&journal, g_ptr_array_unref);
  journal = sv_store_list_journal (SV_STORE (f->store), id, NULL);
  g_assert_cmpuint (journal->len, ==, 1);
}

static void
test_search_as_you_type (Fixture       *f,
                         gconstpointer  data)
{
  GtkEditable *entry = GTK_EDITABLE (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "search_entry"));
  GtkListView *list = GTK_LIST_VIEW (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "list_view"));
  GtkSelectionModel *model = gtk_list_view_get_model (list);

  sv_test_add_case (SV_STORE (f->store), "Gezin Naïef", "Ruzie bij de buren");
  sv_test_add_case (SV_STORE (f->store), "Gezin Jansen", "Schoolverzuim");
  sv_test_add_case (SV_STORE (f->store), "Gezin Pietersen", "Zorgen over de baby");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) || gtk_widget_is_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_get_focus_child (GTK_WIDGET (entry)) != NULL);
  gtk_editable_set_text (entry, "naief");
  sv_gui_test_wait (200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpstr (list_state (f), ==, "list");

  gtk_editable_set_text (entry, "zzzz");
  sv_gui_test_wait (200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpstr (list_state (f), ==, "no-results");

  gtk_editable_set_text (entry, "");
  sv_gui_test_wait (200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
}

/* A database the user may not write opens read-only: the cases are shown,
 * the title and a toast that stays say so, and a new case is refused with
 * nothing stored (sv_application_activate falls back like this). */
static void
test_read_only (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SvCaseEditor *editor;

  f.dir = sv_test_make_dir ();
  path = g_build_filename (f.dir, "window.db", NULL);
  {
    g_autoptr(SvSqliteStore) rw = sv_test_open_store (f.dir, "window.db");
    sv_test_add_case (SV_STORE (rw), "Gezin Alleen-Lezen", "Zorgen");
  }
  f.store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  f.settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  f.window = sv_window_new (NULL, SV_STORE (f.store), f.settings);
  f.cases = SV_CASES_VIEW (sv_gui_test_child (f.window, SV_TYPE_WINDOW, "cases_view"));
  sv_window_set_read_only (f.window);
  gtk_window_present (GTK_WINDOW (f.window));
  sv_gui_test_frames (GTK_WIDGET (f.window), 2);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f.window)), ==, "Samen Veilig (read-only)");
  g_assert_nonnull (sv_gui_test_find_label (GTK_WIDGET (f.window),
                    "Read-only: cases can be read, not changed. Ask your administrator for write permission."));
  g_assert_cmpstr (list_state (&f), ==, "list");

  editor = open_new_case_editor (&f);
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "household_row", "Gezin Nieuw");
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "reason_row", "Zorgen");
  set_row_text (editor, SV_TYPE_CASE_EDITOR, "received_row", "3-11-2026");
  gtk_widget_activate_action (GTK_WIDGET (editor), "form.save", NULL);
  sv_gui_test_frames (GTK_WIDGET (f.window), 2);
  g_assert_cmpuint (sv_store_count_cases (SV_STORE (f.store), SV_CASE_FILTER_ALL, NULL), ==, 1);
  if (sv_gui_test_toplevel (SV_TYPE_CASE_EDITOR) != NULL)
    gtk_window_destroy (GTK_WINDOW (editor));

  fixture_tear_down (&f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window/empty-state", test_empty_state);
  ADD ("/window/new-case-refuses-impossible-date", test_new_case_refuses_impossible_date);
  ADD ("/window/member-and-journal", test_member_and_journal);
  ADD ("/window/search-as-you-type", test_search_as_you_type);
#undef ADD
  g_test_add_func ("/window/read-only", test_read_only);
  return g_test_run ();
}
