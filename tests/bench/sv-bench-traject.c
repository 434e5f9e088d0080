/* sv-bench-traject.c: the speed targets of the trajecten chart (issue 6):
 * a full redraw of the chart at 1920×1080 under 2 ms, and the open cases
 * counted per step over 100,000 cases under 50 ms.
 *
 *   build/tests/bench/sv-bench-traject --db COPY --from SOURCE [--runs N]
 *
 * COPY is the database measured; when it does not exist it is copied from
 * SOURCE (the 100,000-case database of sv-bench, which is never written
 * to). The generator leaves case_traject empty, so the bench puts ~80 %
 * of the open cases at a step (BENCH-ONLY SQL below, in COPY only). Needs a
 * display (the redraw is the view's own: SvTrajectView in a 1920×1080
 * window, snapshotted and turned into pixels as a frame would be).
 *
 * Prints a block per part, PASS/FAIL lines and `name value unit` lines;
 * exits 0 when everything could be measured, whether the targets are met
 * or not.
 */
#include <adwaita.h>
#include <gio/gio.h>
#include <locale.h>
#include <sqlite3.h>

#include "sv-sqlite-store.h"
#include "sv-traject-view.h"

static int runs = 200;
static int warmups = 20;

/* ------------------------------------------------------------------------
 * Statistics
 * ------------------------------------------------------------------------ */

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef struct {
  double median, p90, max;
} Stats;

/* Median as the mean of the middle two; p90 by nearest rank. */
static Stats
stats_of (GArray *values)
{
  Stats s = { 0 };
  guint n = values->len;

  if (n == 0)
    return s;
  g_array_sort (values, by_value);
  s.median = n % 2 ? g_array_index (values, double, n / 2)
                   : (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
  s.p90 = g_array_index (values, double, MIN (n - 1, (guint) ((n * 9 + 9) / 10) - 1));
  s.max = g_array_index (values, double, n - 1);
  return s;
}

static void
report (const char *label,
        const char *name,
        GArray     *values)
{
  Stats s = stats_of (values);

  g_print ("  %-44s median %7.2f ms   p90 %7.2f ms   max %7.2f ms   (%u runs)\n",
           label, s.median, s.p90, s.max, values->len);
  g_print ("%s_median %.3f ms\n%s_p90 %.3f ms\n", name, s.median, name, s.p90);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* ------------------------------------------------------------------------
 * The database
 * ------------------------------------------------------------------------ */

static gboolean
copy_database (const char *from,
               const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_print ("Copying %s to %s …\n", from, to);
  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    {
      g_printerr ("Cannot copy the database: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* BENCH-ONLY: the generator predates the traject, so ~80 % of the open
 * cases are put at a step here, straight into case_traject, spread over
 * the steps roughly as a year of work would leave them (a fixed hash of
 * the case number, so every copy gets the same rows). Never done to a
 * database anyone works with: only to the bench's own copy. */
static const char populate_sql[] =
  "INSERT OR IGNORE INTO case_traject (case_id, step, since)"
  "  SELECT id, CASE"
  "    WHEN h < 15 THEN 'triage'"
  "    WHEN h < 25 THEN 'eerste-bespreking'"
  "    WHEN h < 45 THEN 'onderzoek'"
  "    WHEN h < 53 THEN 'advies'"
  "    WHEN h < 56 THEN 'traject-1'"
  "    WHEN h < 68 THEN 'traject-2'"
  "    WHEN h < 83 THEN 'traject-3'"
  "    WHEN h < 90 THEN 'traject-4'"
  "    ELSE 'traject-5' END,"
  "    '2026-10-01'"
  "  FROM (SELECT id, (id * 2654435761) % 100 AS h, (id * 40503) % 5 AS skip"
  "          FROM cases WHERE status = 'open')"
  "  WHERE skip <> 0";

static gboolean
populate (const char *path)
{
  sqlite3 *db = NULL;
  gint64 open, rows;
  gboolean ok = FALSE;
  char *message = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    goto out;
  open = raw_int (db, "SELECT count(*) FROM cases WHERE status = 'open'");
  rows = raw_int (db, "SELECT count(*) FROM case_traject t JOIN cases c ON c.id = t.case_id WHERE c.status = 'open'");
  if (rows * 10 < open * 7)
    {
      gint64 start = g_get_monotonic_time ();

      if (sqlite3_exec (db, populate_sql, NULL, NULL, &message) != SQLITE_OK)
        {
          g_printerr ("Cannot add the traject rows: %s\n", message);
          sqlite3_free (message);
          goto out;
        }
      rows = raw_int (db, "SELECT count(*) FROM case_traject t JOIN cases c ON c.id = t.case_id"
                          " WHERE c.status = 'open'");
      g_print ("Added traject rows (bench-only SQL) in %.0f ms\n", ms_since (start));
    }
  /* The set-up's writes out of the write-ahead log, as the app's own
   * checkpoints would have them by the time anyone counts. */
  sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  g_print ("%" G_GINT64_FORMAT " cases, %" G_GINT64_FORMAT " open, %" G_GINT64_FORMAT
           " of them at a step (%.0f %%)\n",
           raw_int (db, "SELECT count(*) FROM cases"), open, rows, open > 0 ? 100.0 * rows / open : 0);
  ok = TRUE;
out:
  sqlite3_close (db);
  return ok;
}

/* ------------------------------------------------------------------------
 * Counting
 * ------------------------------------------------------------------------ */

static gboolean
measure_counts (SvStore *store,
                guint   *counts)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) join = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  guint unknown = 0, total = 0;
  int n = MAX (7, runs / 20);

  g_print ("\nCounts per step over the open cases\n");
  for (int i = 0; i < n + 1; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!sv_store_count_traject_steps (store, counts, &unknown, &error))
        {
          g_printerr ("Counting failed: %s\n", error->message);
          return FALSE;
        }
      ms = ms_since (start);
      if (i > 0)
        g_array_append_val (times, ms);
    }
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      g_print ("  %-24s %6u\n", sv_traject_step_to_nick (i), counts[i]);
      total += counts[i];
    }
  g_print ("  %-24s %6u\n  %-24s %6u\n", "(unknown)", unknown, "total", total + unknown);

  /* For comparison: one query, a look-up per open case and a sort (what
   * the store did before migration 6). */
  if (sqlite3_open_v2 (sv_sqlite_store_get_path (SV_SQLITE_STORE (store)), &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    for (int i = 0; i < n + 1; i++)
      {
        sqlite3_stmt *stmt = NULL;
        gint64 start = g_get_monotonic_time ();
        double ms;

        sqlite3_prepare_v2 (db, "SELECT coalesce (t.step, 'ontvangen'), count(*)"
                                "  FROM cases c LEFT JOIN case_traject t ON t.case_id = c.id"
                                "  WHERE c.status = 'open' GROUP BY 1", -1, &stmt, NULL);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          ;
        sqlite3_finalize (stmt);
        ms = ms_since (start);
        if (i > 0)
          g_array_append_val (join, ms);
      }
  sqlite3_close (db);

  report ("sv_store_count_traject_steps", "traject_counts", times);
  report ("(one LEFT JOIN … GROUP BY, for comparison)", "traject_counts_join", join);
  g_print ("%s counts per step ≤ 50 ms (median %.1f ms)\n",
           stats_of (times).median <= 50 ? "PASS" : "FAIL", stats_of (times).median);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Drawing
 * ------------------------------------------------------------------------ */

typedef struct {
  gboolean done;
} Wait;

static gboolean
painted_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  Wait *wait = data;

  if (gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0)
    {
      wait->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @widget has been on screen a few frames. */
static void
wait_for_frames (GtkWidget *widget)
{
  Wait wait = { FALSE };
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, timeout_cb, &timed_out);

  gtk_widget_add_tick_callback (widget, painted_cb, &wait, NULL);
  while (!wait.done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  /* A few more frames for the allocation to settle. */
  for (gint64 end = g_get_monotonic_time () + 300000; g_get_monotonic_time () < end && !timed_out;)
    g_main_context_iteration (NULL, FALSE);
  if (!timed_out)
    g_source_remove (timeout);
}

/* The view's draw path as a frame runs it: the widget asked to redraw
 * (so GTK does not reuse its last render node), snapshotted by its parent
 * (the view's own snapshot: the chart from the kept layout into a Cairo
 * node, the step buttons) and the render node turned into the pixels of
 * a 1920×1080 image, as the Cairo renderer does. */
static double
redraw_once (GtkWidget       *view,
             cairo_surface_t *surface,
             double          *snapshot_ms)
{
  gint64 start = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  gtk_widget_queue_draw (view);
  gtk_widget_snapshot_child (gtk_widget_get_parent (view), view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  *snapshot_ms = ms_since (start);
  /* Not cleared first: the window's background is not the chart's. */
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_clear_pointer (&node, gsk_render_node_unref);
  return ms_since (start);
}

static void
measure_redraw (const guint *counts)
{
  g_autoptr(GArray) full = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) snap = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cached = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) uncached = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SvTrajectCache) cache = sv_traject_cache_new ();
  GtkWidget *window, *view;
  SvTrajectChart chart;
  SvTrajectStyle style;
  cairo_surface_t *surface;
  int width, height;
  const char *png = g_getenv ("SV_BENCH_TRAJECT_PNG");

  window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  view = sv_traject_view_new ();
  sv_traject_chart_init_counts (&chart, counts, 0);
  sv_traject_view_set_chart (SV_TRAJECT_VIEW (view), &chart);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames (view);
  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  g_print ("\nRedraw of the chart (counts of the open cases), view %d×%d\n", width, height);
  if (width <= 0 || height <= 0)
    {
      g_printerr ("The view was not shown.\n");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  for (int i = 0; i < warmups + runs; i++)
    {
      double s, ms = redraw_once (view, surface, &s);

      if (i >= warmups)
        {
          g_array_append_val (full, ms);
          g_array_append_val (snap, s);
        }
    }
  if (png != NULL)
    cairo_surface_write_to_png (surface, png);

  /* The drawing function alone into the same image: with the kept
   * layout, and laying the text out every time as before. */
  sv_traject_style_light (&style);
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < warmups + runs; i++)
      {
        cairo_t *cr = cairo_create (surface);
        gint64 start = g_get_monotonic_time ();
        double ms;

        if (pass == 0)
          sv_traject_draw_cached (cr, gtk_widget_get_pango_context (view), &chart, &style, width, height, cache, NULL);
        else
          sv_traject_draw (cr, gtk_widget_get_pango_context (view), &chart, &style, width, height, NULL);
        cairo_surface_flush (surface);
        ms = ms_since (start);
        cairo_destroy (cr);
        if (i >= warmups)
          g_array_append_val (pass == 0 ? cached : uncached, ms);
      }
  cairo_surface_destroy (surface);

  report ("view: snapshot + into pixels (a redraw)", "traject_redraw", full);
  report ("view: snapshot alone", "traject_redraw_snapshot", snap);
  report ("sv_traject_draw_cached into an image", "traject_draw_cached", cached);
  report ("sv_traject_draw, laid out each time", "traject_draw_uncached", uncached);
  g_print ("%s redraw at %d×%d ≤ 2 ms (median %.2f ms)\n",
           stats_of (full).median <= 2 ? "PASS" : "FAIL", width, height, stats_of (full).median);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------------
 * Main
 * ------------------------------------------------------------------------ */

int
main (int   argc,
      char *argv[])
{
  g_autofree char *db = NULL;
  g_autofree char *from = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SvStore) store = NULL;
  g_autoptr(GOptionContext) options = NULL;
  guint counts[SV_TRAJECT_N_STEPS];
  gboolean skip_draw = FALSE;
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The database measured (a copy; written to)", "FILE" },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from, "Copied to --db when that does not exist (never written to)", "FILE" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Redraws measured (200)", "N" },
    { "warmups", 0, 0, G_OPTION_ARG_INT, &warmups, "Redraws before measuring (20)", "N" },
    { "skip-draw", 0, 0, G_OPTION_ARG_NONE, &skip_draw, "Count only (no display needed)", NULL },
    { NULL },
  };

  setlocale (LC_ALL, "");
  options = g_option_context_new ("— the trajecten chart: redraw and counts per step");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || db == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--db FILE is needed");
      return 2;
    }
  runs = MAX (runs, 1);
  warmups = MAX (warmups, 0);
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      if (from == NULL || !g_file_test (from, G_FILE_TEST_EXISTS))
        {
          g_printerr ("No database: %s does not exist and --from names none. Make one with\n"
                      "  build/tests/bench/sv-bench-generate FILE 100000\n"
                      "or run the main benchmark once (it keeps build/tests/bench/bench-100k.db).\n", db);
          return 77;
        }
      if (!copy_database (from, db))
        return 1;
    }

  /* Opened once read-write: brings the copy up to the current schema. */
  store = SV_STORE (sv_sqlite_store_open (db, SV_SQLITE_STORE_OPEN_DEFAULT, &error));
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!populate (db) || !measure_counts (store, counts))
    return 1;
  if (!skip_draw)
    {
      gtk_init ();
      adw_init ();
      measure_redraw (counts);
    }
  return 0;
}
