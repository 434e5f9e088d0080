/* test-planning-view.c: the planning area with the demonstration cases. */
#include "sv-exchange.h"
#include "sv-gui-test-util.h"
#include "sv-month-calendar.h"
#include "sv-planning-view.h"

static void
on_open_case_cb (SvPlanningView *view,
                 gint64          case_id,
                 gint64         *out)
{
  *out = case_id;
}

static void
test_demo (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autoptr(SvSqliteStore) store = sv_test_open_store (dir, "plan.db");
  g_autoptr(GSettings) settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  g_autoptr(GError) error = NULL;
  g_autofree char *demo = g_test_build_filename (G_TEST_DIST, "..", "data", "demo.json", NULL);
  g_autoptr(SvImportResult) result = sv_exchange_import_file (SV_STORE (store), demo, &error);
  GtkWidget *window = gtk_window_new ();
  SvPlanningView *view = g_object_new (SV_TYPE_PLANNING_VIEW, NULL);
  SvMonthCalendar *calendar;
  GtkWidget *list;
  GtkLabel *count;
  gint64 opened = 0;

  g_assert_no_error (error);
  sv_planning_view_set_store (view, SV_STORE (store), settings);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  sv_gui_test_frames (window, 2);

  count = GTK_LABEL (sv_gui_test_child (view, SV_TYPE_PLANNING_VIEW, "count_label"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (count), "deadlines"));
  g_assert_cmpint (atoi (gtk_label_get_text (count)), >, 10);

  /* November 2026 shows the days with deadlines. */
  calendar = SV_MONTH_CALENDAR (sv_gui_test_child (view, SV_TYPE_PLANNING_VIEW, "calendar"));
  g_assert_cmpuint (sv_month_calendar_get_count (calendar, 23), ==, 1);
  g_assert_cmpuint (sv_month_calendar_get_count (calendar, 27), ==, 2);
  g_assert_cmpuint (sv_month_calendar_get_count (calendar, 1), ==, 0);

  /* Choosing a row opens its case. */
  list = sv_gui_test_child (view, SV_TYPE_PLANNING_VIEW, "list_view");
  g_signal_connect (view, "open-case", G_CALLBACK (on_open_case_cb), &opened);
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_cmpint (opened, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  sv_gui_test_wait (20);
  g_clear_object (&store);
  sv_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);
  g_test_add_func ("/planning-view/demo", test_demo);
  return g_test_run ();
}
