/* test-trajecten-view.c: the Trajects area — the chart without a case,
 * a button per step saying how many open cases stand there, brought up
 * to date when a case moves (on screen at once, hidden when next shown). */
#include "sv-date.h"
#include "sv-gui-test-util.h"
#include "sv-trajecten-view.h"
#include "sv-window.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  GSettings     *settings;
  SvWindow      *window;
  AdwViewStack  *stack;
  gint64         ids[3];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "trajecten.db");
  f->ids[0] = sv_test_add_case (SV_STORE (f->store), "Jansen", "Zorgen over de kinderen");
  f->ids[1] = sv_test_add_case (SV_STORE (f->store), "De Boer", "Ruzie thuis");
  f->ids[2] = sv_test_add_case (SV_STORE (f->store), "Yilmaz", "Melding school");
  f->settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  f->window = sv_window_new (NULL, SV_STORE (f->store), f->settings);
  f->stack = ADW_VIEW_STACK (sv_gui_test_child (f->window, SV_TYPE_WINDOW, "stack"));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
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

static SvTrajectenView *
show_trajecten (Fixture *f)
{
  AdwBin *page = ADW_BIN (sv_gui_test_child (f->window, SV_TYPE_WINDOW, "trajecten_page"));

  adw_view_stack_set_visible_child_name (f->stack, "trajecten");
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (SV_IS_TRAJECTEN_VIEW (adw_bin_get_child (page)));
  return SV_TRAJECTEN_VIEW (adw_bin_get_child (page));
}

/* What a screen reader says for @step. */
static const char *
step_text (SvTrajectenView *view,
           SvTrajectStep    step)
{
  GtkWidget *button = sv_traject_view_get_step_button (sv_trajecten_view_get_chart (view), step);

  g_assert_true (gtk_widget_get_visible (button));
  return gtk_widget_get_tooltip_text (button);
}

static void
give_consent (Fixture *f,
              gint64   case_id)
{
  g_autoptr(SvConsent) consent = sv_consent_new ();
  g_autoptr(GError) error = NULL;

  consent->case_id = case_id;
  consent->status = SV_CONSENT_STATUS_GEGEVEN;
  g_assert_true (sv_date_from_iso ("2026-11-03", &consent->date));
  g_free (consent->given_by);
  consent->given_by = g_strdup ("Anna Testpersoon");
  g_assert_true (sv_store_save_consent (SV_STORE (f->store), consent, &error));
  g_assert_no_error (error);
}

static void
move (Fixture *f,
      gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  GDate day;

  give_consent (f, case_id);
  g_assert_true (sv_date_from_iso ("2026-11-20", &day));
  g_assert_true (sv_store_move_traject (SV_STORE (f->store), case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                        SV_TRAJECT_STEP_TRIAGE, &day, "Ineke de Vries", &error));
  g_assert_no_error (error);
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  SvTrajectenView *view;
  const SvTrajectChart *chart;
  GtkWidget *summary;

  /* Made when first visited, and a tab of its own. */
  g_assert_null (adw_bin_get_child (ADW_BIN (sv_gui_test_child (f->window, SV_TYPE_WINDOW, "trajecten_page"))));
  move (f, f->ids[0]);
  view = show_trajecten (f);
  chart = sv_traject_view_get_chart (sv_trajecten_view_get_chart (view));
  g_assert_nonnull (chart);
  g_assert_false (chart->has_case);
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_ONTVANGEN), ==, "Report received: 2 open cases");
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_TRIAGE), ==, "Screening/triage: 1 open case");
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_TRAJECT_III), ==, "Traject III: 0 open cases");
  summary = GTK_WIDGET (sv_gui_test_find_label (GTK_WIDGET (view),
                                                "3 open cases on 22 November 2026, by the step where they stand"));
  g_assert_nonnull (summary);

  /* A move while on screen shows at once. */
  move (f, f->ids[1]);
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_TRIAGE), ==, "Screening/triage: 2 open cases");
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_ONTVANGEN), ==, "Report received: 1 open case");

  /* Hidden: brought up to date when shown again. */
  adw_view_stack_set_visible_child_name (f->stack, "cases");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  move (f, f->ids[2]);
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_TRIAGE), ==, "Screening/triage: 2 open cases");
  adw_view_stack_set_visible_child_name (f->stack, "trajecten");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_TRIAGE), ==, "Screening/triage: 3 open cases");
  g_assert_cmpstr (step_text (view, SV_TRAJECT_STEP_ONTVANGEN), ==, "Report received: 0 open cases");
}

/* The chart fills the area, and its steps can be walked like the case's. */
static void
test_fills_area (Fixture       *f,
                 gconstpointer  data)
{
  SvTrajectenView *view = show_trajecten (f);
  GtkWidget *chart = GTK_WIDGET (sv_trajecten_view_get_chart (view));
  GtkWidget *investigation = sv_traject_view_get_step_button (SV_TRAJECT_VIEW (chart), SV_TRAJECT_STEP_ONDERZOEK);

  g_assert_cmpint (gtk_widget_get_width (chart), >, 1100);
  g_assert_cmpint (gtk_widget_get_height (chart), >, 400);
  g_assert_cmpint (gtk_widget_get_width (investigation), >, 100);
  g_assert_true (gtk_widget_grab_focus (investigation));
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/trajecten-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("counts", test_counts);
  ADD ("fills-area", test_fills_area);
#undef ADD
  return g_test_run ();
}
