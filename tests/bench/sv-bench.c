/* sv-bench.c: the performance benchmark on 100,000 cases: the case list,
 * the deadlines of every case, and the meetings.
 *
 *   sv-bench --app build/src/samenveilig --bare build/tests/bench/sv-bench-bare-window
 *            --generate build/tests/bench/sv-bench-generate
 *            --schema-dir build/data --cache build/tests/bench/bench-100k.db
 *
 * (meson passes all of these: `meson test -C build --benchmark --suite bench`,
 * under a display.) Each part is reported as a readable block and as
 * "name value unit" lines at the end:
 *
 *  1. the database: generated once into the cache path (or SV_BENCH_DB);
 *  2. start-up: the app and a bare AdwApplicationWindow, spawned in turn,
 *     timed from spawn to their "first-frame" line (sv-bench-hook.c), with
 *     their peak memory;
 *  3. search-as-you-type on the model: in this process, SvCaseListModel on
 *     the store, each prefix of realistic typing: set_query plus the first
 *     30 rows; and sv_store_search_case_ids alone;
 *  4. the view (needs a display): an SvCasesView in a window; the same
 *     prefixes set on its model one per frame, timed with GTK's handlers
 *     and to the painted frame; then its list scrolled a page per frame
 *     from top to bottom, with the rows the model holds in memory;
 *  5. deadlines: (a) with the store read-only, the facts and done marks
 *     of every case read in bulk and sv_deadlines_compute() over them;
 *     (b) the countdown drawn with sv_countdown_draw() into an image
 *     surface; (c) under the display, a new SvPlanningView opened in a
 *     window as SvWindow opens it — built and shown, then its store set
 *     (which runs sv_planning_model_new(): the data ready) — timed from
 *     the data ready to the painted frame in which its list has rows; and
 *     the same with the store set before the view is put in the window;
 *  6. meetings (sv-bench-meetings.c, under the display): a meeting of 30
 *     agenda items made through the store; opening it (the chair's window,
 *     the meeting's page) to the painted frame; and the next case with the
 *     projector on, to the frame both windows have painted, with the
 *     store's part apart.
 *
 * The machine's speed is sampled at the start and the end with two fixed
 * loops (arithmetic, memory): on a virtual machine the same code runs up
 * to twice as slow from one minute to the next.
 *
 * Slow series of queries stop after a time budget (--search-budget) and
 * say how many were measured.
 *
 * The exit status is 0 when everything could be measured, whether the
 * targets were met or not; it is not 0 when something could not be measured.
 */
#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <pango/pangocairo.h>

#include "sv-case-list-model.h"
#include "sv-cases-view.h"
#include "sv-countdown-draw.h"
#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-planning-model.h"
#include "sv-planning-view.h"
#include "sv-sqlite-store.h"
/* Only for the query cap below: the benchmark reads the store's SQLite
 * handle to interrupt a runaway query; it changes nothing in the store. */
#include "sv-sqlite-store-private.h"

#include "sv-bench.h"

#define N_CASES            100000
#define START_TIMEOUT_S    60
#define SCROLL_TIMEOUT_S   1800
#define ROWS_SHOWN         30      /* what the list shows of a search */
#define TARGET_START_RATIO 1.5
#define TARGET_SEARCH_MS   16.0
#define TARGET_MEMORY_MB   60.0
#define TARGET_CACHED      0.05    /* of all rows */
#define TARGET_DEADLINES_MS 200.0  /* all deadlines of all cases */
#define TARGET_FRAME_MS    16.7    /* data ready → planning painted */
#define TARGET_COUNTDOWN_MS 2.0    /* one countdown drawn */
#define PLANNING_TIMEOUT_S 60
#define COUNTDOWN_DRAWS    200
#define COUNTDOWN_WARMUPS  20
#define COUNTDOWN_WIDTH    720
#define COUNTDOWN_HEIGHT   260

/* ------------------------------------------------------------------------
 * Options and results
 * ------------------------------------------------------------------------ */

static char *opt_app;
static char *opt_bare;
static char *opt_generate;
static char *opt_schema_dir;
static char *opt_cache;
static int   opt_runs = 15;
static int   opt_warmups = 2;
static gboolean opt_skip_startup;
static gboolean opt_skip_search;
static gboolean opt_skip_scroll;
static gboolean opt_skip_deadlines;
static gboolean opt_skip_meetings;
static int      opt_deadline_runs = 7;
static double   opt_search_budget = 240;
static double   opt_query_cap = 5;

static const GOptionEntry options[] = {
  { "app", 0, 0, G_OPTION_ARG_FILENAME, &opt_app, "The samenveilig executable", "PATH" },
  { "bare", 0, 0, G_OPTION_ARG_FILENAME, &opt_bare, "The sv-bench-bare-window executable", "PATH" },
  { "generate", 0, 0, G_OPTION_ARG_FILENAME, &opt_generate, "The sv-bench-generate executable", "PATH" },
  { "schema-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_schema_dir, "Directory of the compiled GSettings schema", "DIR" },
  { "cache", 0, 0, G_OPTION_ARG_FILENAME, &opt_cache, "Where the generated database is kept (SV_BENCH_DB overrides)", "FILE" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Start-up runs of each program (15)", "N" },
  { "warmups", 0, 0, G_OPTION_ARG_INT, &opt_warmups, "Unmeasured start-up runs first (2)", "N" },
  { "skip-startup", 0, 0, G_OPTION_ARG_NONE, &opt_skip_startup, "Do not measure start-up", NULL },
  { "skip-search", 0, 0, G_OPTION_ARG_NONE, &opt_skip_search, "Do not measure search", NULL },
  { "skip-scroll", 0, 0, G_OPTION_ARG_NONE, &opt_skip_scroll, "Do not measure scrolling", NULL },
  { "deadline-runs", 0, 0, G_OPTION_ARG_INT, &opt_deadline_runs, "Measured runs of the deadline engine and the planning view (7)", "N" },
  { "skip-deadlines", 0, 0, G_OPTION_ARG_NONE, &opt_skip_deadlines, "Do not measure deadlines (engine, planning view, countdown)", NULL },
  { "skip-meetings", 0, 0, G_OPTION_ARG_NONE, &opt_skip_meetings, "Do not measure the meetings (opening one, the next case)", NULL },
  { "search-budget", 0, 0, G_OPTION_ARG_DOUBLE, &opt_search_budget, "Seconds for each series of search queries (240)", "S" },
  { "query-cap", 0, 0, G_OPTION_ARG_DOUBLE, &opt_query_cap, "Interrupt a search query after S seconds and count it as S (5)", "S" },
  { NULL }
};

typedef struct {
  char   *name;
  double  value;
  char   *unit;
} Result;

static GPtrArray *results;   /* Result */
static GString   *verdicts;  /* PASS/FAIL lines */
static gboolean   measured_all = TRUE;

static void
result_free (Result *r)
{
  g_free (r->name);
  g_free (r->unit);
  g_free (r);
}

void
add_result (const char *name,
            double      value,
            const char *unit)
{
  Result *r = g_new0 (Result, 1);

  r->name = g_strdup (name);
  r->value = value;
  r->unit = g_strdup (unit);
  g_ptr_array_add (results, r);
}

void
add_verdict (const char *target,
             gboolean    pass,
             const char *detail)
{
  g_string_append_printf (verdicts, "  %-4s %-34s %s\n", pass ? "PASS" : "FAIL", target, detail);
  add_result (target, pass ? 1 : 0, "pass");
}

/* ------------------------------------------------------------------------
 * Statistics
 * ------------------------------------------------------------------------ */

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

Stats
stats_of (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);
  Stats s = { 0 };
  double sum = 0;

  s.n = sorted->len;
  if (s.n == 0)
    return s;
  g_array_sort (sorted, compare_double);
  for (guint i = 0; i < s.n; i++)
    sum += g_array_index (sorted, double, i);
  s.min = g_array_index (sorted, double, 0);
  s.max = g_array_index (sorted, double, s.n - 1);
  s.mean = sum / s.n;
  s.median = s.n % 2 == 1
             ? g_array_index (sorted, double, s.n / 2)
             : (g_array_index (sorted, double, s.n / 2 - 1) + g_array_index (sorted, double, s.n / 2)) / 2;
  s.p90 = g_array_index (sorted, double, (guint) MAX (0, (int) ceil (0.9 * s.n) - 1));
  return s;
}

void
add_stats (const char  *prefix,
           const Stats *s,
           const char  *unit)
{
  g_autofree char *median = g_strconcat (prefix, "_median", NULL);
  g_autofree char *p90 = g_strconcat (prefix, "_p90", NULL);
  g_autofree char *max = g_strconcat (prefix, "_max", NULL);

  add_result (median, s->median, unit);
  add_result (p90, s->p90, unit);
  add_result (max, s->max, unit);
}

double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

void
heading (const char *title)
{
  g_print ("\n== %s ==\n", title);
}

/* ------------------------------------------------------------------------
 * 1. The database
 * ------------------------------------------------------------------------ */

static gint64
query_count (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Counts what a database holds; FALSE if it cannot be read. @facts and
 * @done are -1 in a database from before case facts (schema 3). */
static gboolean
describe_database (const char *path,
                   gint64     *cases,
                   gint64     *members,
                   gint64     *journal,
                   gint64     *open_cases,
                   gint64     *facts,
                   gint64     *done)
{
  sqlite3 *db = NULL;
  g_autofree char *uri = g_strconcat ("file:", path, "?mode=ro", NULL);
  gboolean ok;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return FALSE;
    }
  *cases = query_count (db, "SELECT count(*) FROM cases");
  *members = query_count (db, "SELECT count(*) FROM members");
  *journal = query_count (db, "SELECT count(*) FROM journal_entries");
  *open_cases = query_count (db, "SELECT count(*) FROM cases WHERE status = 'open'");
  *facts = query_count (db, "SELECT count(*) FROM case_facts");
  *done = query_count (db, "SELECT count(*) FROM deadlines_done");
  ok = *cases >= 0 && *members >= 0 && *journal >= 0;
  sqlite3_close (db);
  return ok;
}

/* The file and what SQLite keeps beside it: a stale -wal beside a new
 * database would be read into it. */
static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static char *
ensure_database (void)
{
  const char *given = g_getenv ("SV_BENCH_DB");
  char *path;
  gint64 cases = 0, members = 0, journal = 0, open_cases = 0, facts = 0, done = 0;
  GStatBuf st;

  heading ("Database");
  if (given != NULL && *given != '\0')
    {
      path = g_strdup (given);
      g_print ("Using SV_BENCH_DB=%s\n", path);
    }
  else
    {
      if (opt_cache == NULL)
        {
          g_printerr ("Give --cache FILE or SV_BENCH_DB.\n");
          return NULL;
        }
      path = g_strdup (opt_cache);
      /* The generator renames its file into place only when it is done,
       * so an existing file is complete; the count is checked anyway. A
       * database from before the generator recorded case facts (none, or
       * no table for them) is made anew too. */
      if (g_file_test (path, G_FILE_TEST_EXISTS) &&
          (!describe_database (path, &cases, &members, &journal, &open_cases, &facts, &done) ||
           cases != N_CASES || facts <= 0))
        {
          if (cases != N_CASES)
            g_print ("%s is incomplete (%" G_GINT64_FORMAT " cases): generating anew\n", path, cases);
          else
            g_print ("%s has no case facts (an older generator's): generating anew\n", path);
          remove_database (path);
        }
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_autofree char *n = g_strdup_printf ("%d", N_CASES);
          const char *argv[] = { opt_generate, path, n, NULL };
          g_autoptr(GError) error = NULL;
          int status = 0;
          gint64 start = g_get_monotonic_time ();

          if (opt_generate == NULL)
            {
              g_printerr ("Give --generate PATH to make the database.\n");
              return NULL;
            }
          g_print ("Generating %s (once; kept for later runs)…\n", path);
          remove_database (path);  /* a -wal left without its database */
          if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                             NULL, NULL, NULL, NULL, &status, &error) ||
              !g_spawn_check_wait_status (status, &error))
            {
              g_printerr ("Generating the database failed: %s\n", error->message);
              g_free (path);
              return NULL;
            }
          add_result ("generate_time", ms_since (start) / 1000.0, "s");
        }
    }

  /* A database from an older schema is brought up to date once, as the
   * app does when it opens it; the measurements open it read-only. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SvSqliteStore) upgraded = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);

    if (upgraded == NULL)
      {
        g_printerr ("%s cannot be opened: %s\n", path, error->message);
        g_free (path);
        return NULL;
      }
  }
  if (!describe_database (path, &cases, &members, &journal, &open_cases, &facts, &done))
    {
      g_printerr ("%s cannot be read.\n", path);
      g_free (path);
      return NULL;
    }
  if (g_stat (path, &st) != 0)
    st.st_size = 0;
  g_print ("%s: %" G_GINT64_FORMAT " cases (%" G_GINT64_FORMAT " open), %" G_GINT64_FORMAT " members,"
           " %" G_GINT64_FORMAT " journal entries, %.1f MB\n",
           path, cases, open_cases, members, journal, (double) st.st_size / (1 << 20));
  g_print ("  %" G_GINT64_FORMAT " cases with facts, %" G_GINT64_FORMAT " deadlines marked done\n",
           MAX (facts, 0), MAX (done, 0));
  if (facts <= 0)
    g_print ("  (no case facts: the deadlines part has nothing to compute; generate a new database)\n");
  add_result ("db_cases", (double) cases, "cases");
  add_result ("db_open_cases", (double) open_cases, "cases");
  add_result ("db_members", (double) members, "members");
  add_result ("db_journal_entries", (double) journal, "entries");
  add_result ("db_cases_with_facts", (double) MAX (facts, 0), "cases");
  add_result ("db_deadlines_done", (double) MAX (done, 0), "deadlines");
  add_result ("db_size", (double) st.st_size / (1 << 20), "MB");
  return path;
}

/* ------------------------------------------------------------------------
 * 2. Start-up
 * ------------------------------------------------------------------------ */

typedef struct {
  double  ms;          /* spawn → first-frame line */
  double  hwm_mb;      /* VmHWM the child printed */
  double  maxrss_mb;   /* ru_maxrss from wait4() */
  char   *err;         /* the child's stderr */
} Run;

static char **
startup_environment (const char *schema_dir)
{
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "nl", TRUE);
  env = g_environ_setenv (env, "SV_BENCH_FIRST_FRAME", "1", TRUE);
  env = g_environ_setenv (env, "SV_TODAY", "2026-11-22", FALSE);
  /* LANGUAGE is ignored under LC_ALL=C; this machine has C.UTF-8. */
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", FALSE);
  return env;
}

/* Spawns @argv, waits for its "first-frame" line and its exit. */
static gboolean
run_once (const char *const *argv,
          char              **env,
          Run                *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  GPid pid;
  int out_fd, err_fd;
  gint64 start, deadline, first_frame = 0;
  struct rusage ru;
  int status;
  gboolean out_open = TRUE, err_open = TRUE;
  const char *line;

  memset (run, 0, sizeof *run);
  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, &err_fd, &error))
    {
      g_printerr ("Cannot start %s: %s\n", argv[0], error->message);
      return FALSE;
    }
  deadline = start + START_TIMEOUT_S * G_USEC_PER_SEC;

  while (out_open || err_open)
    {
      struct pollfd fds[2] = { { out_fd, POLLIN, 0 }, { err_fd, POLLIN, 0 } };
      int timeout = (int) MAX (0, (deadline - g_get_monotonic_time ()) / 1000);
      char buf[4096];
      ssize_t n;

      if (!out_open)
        fds[0].fd = -1;
      if (!err_open)
        fds[1].fd = -1;
      if (poll (fds, 2, timeout) <= 0)
        {
          if (errno == EINTR)
            continue;
          g_printerr ("%s did not finish within %d s; stopped.\n", argv[0], START_TIMEOUT_S);
          kill (pid, SIGKILL);
          break;
        }
      if (out_open && fds[0].revents != 0)
        {
          n = read (out_fd, buf, sizeof buf);
          if (n <= 0)
            out_open = FALSE;
          else
            {
              g_string_append_len (out, buf, n);
              if (first_frame == 0 && strstr (out->str, "first-frame ") != NULL &&
                  strchr (strstr (out->str, "first-frame "), '\n') != NULL)
                first_frame = g_get_monotonic_time ();
            }
        }
      if (err_open && fds[1].revents != 0)
        {
          n = read (err_fd, buf, sizeof buf);
          if (n <= 0)
            err_open = FALSE;
          else
            g_string_append_len (err, buf, n);
        }
    }
  close (out_fd);
  close (err_fd);
  while (wait4 (pid, &status, 0, &ru) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  run->err = g_strdup (err->str);

  line = strstr (out->str, "first-frame ");
  if (first_frame == 0 || line == NULL)
    {
      g_printerr ("%s printed no first-frame line (exit status %d). Its output:\n%s%s\n",
                  argv[0], status, out->str, err->str);
      return FALSE;
    }
  run->ms = (first_frame - start) / 1000.0;
  run->maxrss_mb = ru.ru_maxrss / 1024.0;
  line = strstr (line, "rss_peak_kb=");
  run->hwm_mb = line != NULL ? g_ascii_strtod (line + strlen ("rss_peak_kb="), NULL) / 1024.0 : 0;
  return TRUE;
}

static gboolean
measure_startup (const char *db)
{
  g_autofree char *compiled = g_build_filename (opt_schema_dir != NULL ? opt_schema_dir : "", "gschemas.compiled", NULL);
  g_auto(GStrv) env = NULL;
  const char *app_argv[] = { opt_app, "--database", db, NULL };
  const char *bare_argv[] = { opt_bare, NULL };
  const char *const *argvs[2] = { bare_argv, app_argv };
  const char *names[2] = { "bare", "app" };
  GArray *ms[2], *hwm[2], *maxrss[2];
  Stats t[2], h[2], r[2];
  double ratio, extra_mb;
  g_autofree char *detail = NULL;

  heading ("Start-up to the first frame of the case list");
  if (opt_app == NULL || opt_bare == NULL || opt_schema_dir == NULL)
    {
      g_printerr ("Give --app, --bare and --schema-dir.\n");
      return FALSE;
    }
  if (!g_file_test (compiled, G_FILE_TEST_EXISTS))
    {
      g_printerr ("No compiled schema at %s: build the project first.\n", compiled);
      return FALSE;
    }
  if (g_getenv ("DISPLAY") == NULL)
    {
      g_printerr ("No DISPLAY: run under Xvfb (see tests/bench/README.md).\n");
      return FALSE;
    }
  env = startup_environment (opt_schema_dir);
  for (int k = 0; k < 2; k++)
    {
      ms[k] = g_array_new (FALSE, FALSE, sizeof (double));
      hwm[k] = g_array_new (FALSE, FALSE, sizeof (double));
      maxrss[k] = g_array_new (FALSE, FALSE, sizeof (double));
    }
  g_print ("GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory LANGUAGE=nl;"
           " %d warm-up and %d measured runs of each, alternating\n", opt_warmups, opt_runs);

  for (int i = -opt_warmups; i < opt_runs; i++)
    for (int k = 0; k < 2; k++)
      {
        Run run;

        if (!run_once (argvs[k], env, &run))
          {
            for (int j = 0; j < 2; j++)
              {
                g_array_unref (ms[j]);
                g_array_unref (hwm[j]);
                g_array_unref (maxrss[j]);
              }
            return FALSE;
          }
        if (i == -opt_warmups && run.err != NULL && *run.err != '\0')
          g_print ("  (stderr of the first %s run: %s)\n", names[k], g_strchomp (run.err));
        g_print ("  %s %-4s %2d: %7.1f ms  VmHWM %6.1f MB  ru_maxrss %6.1f MB\n",
                 i < 0 ? "warm-up " : "run     ", names[k], i < 0 ? i + opt_warmups + 1 : i + 1,
                 run.ms, run.hwm_mb, run.maxrss_mb);
        g_free (run.err);
        if (i < 0)
          continue;
        g_array_append_val (ms[k], run.ms);
        g_array_append_val (hwm[k], run.hwm_mb);
        g_array_append_val (maxrss[k], run.maxrss_mb);
      }

  for (int k = 0; k < 2; k++)
    {
      g_autofree char *p_ms = g_strdup_printf ("startup_%s", names[k]);
      g_autofree char *p_hwm = g_strdup_printf ("peak_rss_%s_median", names[k]);
      g_autofree char *p_rss = g_strdup_printf ("ru_maxrss_%s_median", names[k]);

      t[k] = stats_of (ms[k]);
      h[k] = stats_of (hwm[k]);
      r[k] = stats_of (maxrss[k]);
      g_print ("%-5s first frame: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms;"
               " peak RSS (VmHWM) median %.1f MB (ru_maxrss %.1f MB)\n",
               names[k], t[k].median, t[k].p90, t[k].min, t[k].max, h[k].median, r[k].median);
      add_stats (p_ms, &t[k], "ms");
      add_result (p_hwm, h[k].median, "MB");
      add_result (p_rss, r[k].median, "MB");
      g_array_unref (ms[k]);
      g_array_unref (hwm[k]);
      g_array_unref (maxrss[k]);
    }
  ratio = t[1].median / t[0].median;
  extra_mb = h[1].median - h[0].median;
  g_print ("ratio app/bare (medians) %.2f×; p90 ratio %.2f×; memory app − bare %.1f MB (VmHWM), %.1f MB (ru_maxrss)\n",
           ratio, t[1].p90 / t[0].p90, extra_mb, r[1].median - r[0].median);
  add_result ("startup_ratio", ratio, "x");
  add_result ("startup_ratio_p90", t[1].p90 / t[0].p90, "x");
  add_result ("peak_rss_extra", extra_mb, "MB");

  detail = g_strdup_printf ("%.2f× (app %.1f ms, bare %.1f ms; target ≤ %.1f×)",
                            ratio, t[1].median, t[0].median, TARGET_START_RATIO);
  add_verdict ("startup_first_frame", ratio <= TARGET_START_RATIO, detail);
  g_free (detail);
  detail = g_strdup_printf ("+%.1f MB (app %.1f MB, bare %.1f MB VmHWM; target ≤ %.0f MB)",
                            extra_mb, h[1].median, h[0].median, TARGET_MEMORY_MB);
  add_verdict ("peak_memory", extra_mb <= TARGET_MEMORY_MB, detail);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * 3. Search-as-you-type
 * ------------------------------------------------------------------------ */

/* A query that runs longer than --query-cap is interrupted (SQLite's
 * progress handler) and counted with the time it had run: one slow query
 * must not hold the benchmark for minutes. */
static gint64   query_deadline;
static gboolean query_interrupted;

static int
query_progress_cb (void *user_data)
{
  if (query_deadline != 0 && g_get_monotonic_time () > query_deadline)
    {
      query_interrupted = TRUE;
      return 1;
    }
  return 0;
}

static void
install_query_cap (SvSqliteStore *store)
{
  sqlite3_progress_handler (store->db, 10000, query_progress_cb, NULL);
}

static void
arm_query_cap (void)
{
  query_interrupted = FALSE;
  query_deadline = g_get_monotonic_time () + (gint64) (opt_query_cap * G_USEC_PER_SEC);
}

static void
disarm_query_cap (void)
{
  query_deadline = 0;
}

/* What people type, one character at a time: family names (with
 * tussenvoegsel), given names (also without their diacritics), journal
 * words, a place, a case number, two- and three-word queries. */
static const char *const typed[] = {
  "de vries", "visser", "van der linden", "jansen", "ter horst",
  "fleur", "mohamed", "zoe", "celik", "daniëlle",
  "huisbezoek", "schuldhulpverlening", "veiligheidsplan", "naief", "elst",
  "2024-01", "jan de v", "noor bakker", "sara huisarts",
};

typedef struct {
  char     *query;
  double    ms;
  guint     n;
  gboolean  interrupted;  /* stopped at --query-cap: ms is a lower bound */
} Timing;

static void
timing_free (Timing *t)
{
  g_free (t->query);
  g_free (t);
}

static int
compare_timing_desc (gconstpointer a,
                     gconstpointer b)
{
  const Timing *x = *(Timing *const *) a, *y = *(Timing *const *) b;

  return x->ms < y->ms ? 1 : x->ms > y->ms ? -1 : 0;
}

/* Every prefix of every typed text, in typing order. */
static GPtrArray *
typed_prefixes (void)
{
  GPtrArray *prefixes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    for (const char *p = g_utf8_next_char (typed[i]); ; p = g_utf8_next_char (p))
      {
        g_ptr_array_add (prefixes, g_strndup (typed[i], (gsize) (p - typed[i])));
        if (*p == '\0')
          break;
      }
  return prefixes;
}

static void
report_timings (const char *name,
                const char *what,
                GPtrArray  *timings,
                gboolean    verdict)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *by_len[3] = { g_array_new (FALSE, FALSE, sizeof (double)),
                        g_array_new (FALSE, FALSE, sizeof (double)),
                        g_array_new (FALSE, FALSE, sizeof (double)) };
  g_autofree char *count_name = g_strconcat (name, "_count", NULL);
  g_autofree char *interrupted_name = g_strconcat (name, "_interrupted", NULL);
  guint n_interrupted = 0;
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (timings, NULL, NULL);  /* borrows */
  const char *len_names[3] = { "1 character", "2 characters", "3+ characters" };
  Stats s;

  for (guint i = 0; i < timings->len; i++)
    {
      Timing *t = g_ptr_array_index (timings, i);
      g_autofree char *stripped = g_strstrip (g_strdup (t->query));
      glong len = g_utf8_strlen (stripped, -1);

      g_array_append_val (all, t->ms);
      g_array_append_val (by_len[CLAMP (len, 1, 3) - 1], t->ms);
    }
  g_ptr_array_set_free_func (sorted, NULL);
  for (guint i = 0; i < timings->len; i++)
    n_interrupted += ((Timing *) g_ptr_array_index (timings, i))->interrupted ? 1 : 0;
  s = stats_of (all);
  g_print ("%s: %u queries, median %.2f ms, p90 %.2f ms, max %.2f ms, mean %.2f ms\n",
           what, s.n, s.median, s.p90, s.max, s.mean);
  for (guint k = 0; k < 3; k++)
    {
      Stats l = stats_of (by_len[k]);
      g_autofree char *prefix = g_strdup_printf ("%s_len%u", name, k + 1);

      g_print ("    %-13s %3u queries, median %7.2f ms, p90 %7.2f ms, max %7.2f ms\n",
               len_names[k], l.n, l.median, l.p90, l.max);
      add_stats (prefix, &l, "ms");
      g_array_unref (by_len[k]);
    }
  g_ptr_array_sort (sorted, compare_timing_desc);
  g_print ("    slowest:");
  for (guint i = 0; i < MIN (8, sorted->len); i++)
    {
      Timing *t = g_ptr_array_index (sorted, i);
      if (t->interrupted)
        g_print ("%s \"%s\" ≥ %.0f ms (interrupted)", i > 0 ? "," : "", t->query, t->ms);
      else
        g_print ("%s \"%s\" %.1f ms (%u found)", i > 0 ? "," : "", t->query, t->ms, t->n);
    }
  g_print ("\n");
  if (n_interrupted > 0)
    g_print ("    %u queries were interrupted after %.0f s and are counted with that time (a lower bound)\n",
             n_interrupted, opt_query_cap);
  add_result (count_name, s.n, "queries");
  add_result (interrupted_name, n_interrupted, "queries");
  add_stats (name, &s, "ms");
  if (verdict)
    {
      g_autofree char *detail = g_strdup_printf ("median %.2f ms, p90 %.2f ms, max %.2f ms (target median ≤ %.0f ms)",
                                                 s.median, s.p90, s.max, TARGET_SEARCH_MS);
      add_verdict ("search_as_you_type", s.median <= TARGET_SEARCH_MS, detail);
    }
}

/* Runs every prefix through @run until the budget is spent; TRUE unless a
 * query failed. */
typedef gboolean (*QueryFunc) (gpointer     data,
                               const char  *query,
                               guint       *n_found,
                               GError     **error);

static gboolean
time_queries (GPtrArray  *prefixes,
              QueryFunc   run,
              gpointer    data,
              double      budget_s,
              GPtrArray  *timings)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (budget_s * G_USEC_PER_SEC);

  for (guint i = 0; i < prefixes->len; i++)
    {
      const char *query = g_ptr_array_index (prefixes, i);
      g_autoptr(GError) error = NULL;
      Timing *t;
      gint64 start;
      guint n = 0;

      if (g_get_monotonic_time () > deadline)
        {
          g_print ("    (time budget of %.0f s spent: %u of %u queries measured)\n",
                   budget_s, i, prefixes->len);
          break;
        }
      arm_query_cap ();
      start = g_get_monotonic_time ();
      if (!run (data, query, &n, &error) && !query_interrupted)
        {
          disarm_query_cap ();
          g_printerr ("\"%s\": %s\n", query, error->message);
          return FALSE;
        }
      disarm_query_cap ();
      t = g_new0 (Timing, 1);
      t->ms = ms_since (start);
      t->query = g_strdup (query);
      t->n = n;
      t->interrupted = query_interrupted;
      g_ptr_array_add (timings, t);
    }
  return TRUE;
}

/* What the list does on a keystroke: re-query, then fetch the rows it shows. */
static gboolean
query_model (gpointer     data,
             const char  *query,
             guint       *n_found,
             GError     **error)
{
  SvCaseListModel *model = data;
  const char *previous = sv_case_list_model_get_query (model);
  guint shown;

  /* A text that does not extend the previous one is a new search: the
   * field was cleared first (not measured). */
  if (previous == NULL || !g_str_has_prefix (query, previous))
    {
      disarm_query_cap ();
      sv_case_list_model_set_query (model, NULL);
      arm_query_cap ();
    }
  sv_case_list_model_set_query (model, query);
  *n_found = g_list_model_get_n_items (G_LIST_MODEL (model));
  shown = MIN (ROWS_SHOWN, *n_found);
  for (guint j = 0; j < shown; j++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), j));
  if (sv_case_list_model_get_error (model) != NULL)
    {
      *error = g_error_copy (sv_case_list_model_get_error (model));
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_store (gpointer     data,
             const char  *query,
             guint       *n_found,
             GError     **error)
{
  g_autoptr(GArray) ids = sv_store_search_case_ids (data, query, SV_CASE_FILTER_OPEN, error);

  *n_found = ids != NULL ? ids->len : 0;
  return ids != NULL;
}

static gboolean
measure_search (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvCaseListModel) model = NULL;
  g_autoptr(GPtrArray) prefixes = typed_prefixes ();
  g_autoptr(GPtrArray) model_timings = g_ptr_array_new_with_free_func ((GDestroyNotify) timing_free);
  g_autoptr(GPtrArray) raw_timings = g_ptr_array_new_with_free_func ((GDestroyNotify) timing_free);
  static const char *const warm_up[] = { "a", "de", "jansen", "2025" };
  gint64 start;
  double open_ms, load_ms, complete_ms, clear_ms;

  heading ("Search-as-you-type (in process, open cases, model only)");
  start = g_get_monotonic_time ();
  store = sv_sqlite_store_open (db, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  open_ms = ms_since (start);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", db, error->message);
      return FALSE;
    }
  install_query_cap (store);
  start = g_get_monotonic_time ();
  model = sv_case_list_model_new (SV_STORE (store));
  for (guint i = 0; i < MIN (ROWS_SHOWN, g_list_model_get_n_items (G_LIST_MODEL (model))); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
  load_ms = ms_since (start);
  /* The rest of the list follows the first batch (after the first frame,
   * in the app). */
  start = g_get_monotonic_time ();
  sv_case_list_model_complete (model);
  complete_ms = ms_since (start);
  g_print ("open store %.1f ms; model with the first batch + first %d rows %.1f ms; "
           "the rest, to all %u open cases, %.1f ms\n",
           open_ms, ROWS_SHOWN, load_ms, g_list_model_get_n_items (G_LIST_MODEL (model)), complete_ms);
  add_result ("store_open", open_ms, "ms");
  add_result ("model_initial_load", load_ms, "ms");
  add_result ("model_complete_list", complete_ms, "ms");

  /* A few unmeasured queries warm SQLite's and the system's caches. */
  for (guint i = 0; i < G_N_ELEMENTS (warm_up); i++)
    {
      guint n;

      arm_query_cap ();
      if (!query_model (model, warm_up[i], &n, &error) && !query_interrupted)
        {
          g_printerr ("\"%s\": %s\n", warm_up[i], error->message);
          return FALSE;
        }
    }
  disarm_query_cap ();
  g_clear_error (&error);
  sv_case_list_model_set_query (model, NULL);

  g_print ("%u prefixes of %u typed texts; each series stops after %.0f s, each query after %.0f s\n",
           prefixes->len, (guint) G_N_ELEMENTS (typed), opt_search_budget, opt_query_cap);
  if (!time_queries (prefixes, query_model, model, opt_search_budget, model_timings))
    return FALSE;

  start = g_get_monotonic_time ();
  sv_case_list_model_set_query (model, NULL);
  for (guint j = 0; j < ROWS_SHOWN; j++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), j));
  clear_ms = ms_since (start);

  if (!time_queries (prefixes, query_store, store, opt_search_budget, raw_timings))
    return FALSE;

  report_timings ("search", "set_query + first 30 rows", model_timings, TRUE);
  report_timings ("search_raw", "sv_store_search_case_ids alone", raw_timings, FALSE);
  g_print ("clearing the search (all open cases again + first 30 rows): %.1f ms\n", clear_ms);
  add_result ("search_clear", clear_ms, "ms");
  add_result ("search_measured_share", 100.0 * model_timings->len / prefixes->len, "%");
  return TRUE;
}

/* ------------------------------------------------------------------------
 * 4. The view: search in the list, then scrolling
 * ------------------------------------------------------------------------ */

typedef enum {
  VIEW_SETTLE,
  VIEW_SEARCH,
  VIEW_SCROLL,
} ViewPhase;

typedef struct {
  GMainLoop       *loop;
  GtkListView     *list_view;
  SvCaseListModel *model;
  GtkAdjustment   *adjustment;
  GdkFrameClock   *clock;
  gulong           paint_id;
  guint            timeout_id;
  ViewPhase        phase;
  guint            settle;         /* frames waited */
  gboolean         timed_out;
  gboolean         searched;       /* done, without scrolling */

  /* search in the view */
  GPtrArray       *prefixes;
  guint            next_prefix;
  gint64           search_deadline;
  gint64           query_start;    /* 0: no query waiting for its frame */
  double           query_sync_ms;
  guint            query_n;
  gboolean         query_interrupted;
  GPtrArray       *sync_timings;   /* Timing: set_query with GTK's handlers */
  GPtrArray       *frame_timings;  /* Timing: set_query → painted */

  /* scrolling */
  guint            at_bottom;      /* frames seen at the bottom */
  gboolean         reached_bottom;
  gint64           last_tick;
  gint64           tick_time;
  gint64           started;
  gint64           finished;
  guint            max_cached;
  guint            n_items;
  GArray          *intervals;      /* ms between frames */
  GArray          *work;           /* ms from tick to end of paint */
} View;

static GtkListView *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return GTK_LIST_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_view_after_paint_cb (GdkFrameClock *clock,
                        View          *view)
{
  gint64 now = g_get_monotonic_time ();

  if (view->phase == VIEW_SEARCH && view->query_start != 0)
    {
      Timing *sync = g_new0 (Timing, 1);
      Timing *frame = g_new0 (Timing, 1);
      const char *query = g_ptr_array_index (view->prefixes, view->next_prefix - 1);

      sync->query = g_strdup (query);
      sync->ms = view->query_sync_ms;
      sync->n = view->query_n;
      sync->interrupted = view->query_interrupted;
      frame->interrupted = view->query_interrupted;
      frame->query = g_strdup (query);
      frame->ms = (now - view->query_start) / 1000.0;
      frame->n = view->query_n;
      g_ptr_array_add (view->sync_timings, sync);
      g_ptr_array_add (view->frame_timings, frame);
      view->query_start = 0;
    }
  else if (view->phase == VIEW_SCROLL && view->tick_time != 0)
    {
      double ms = (now - view->tick_time) / 1000.0;

      g_array_append_val (view->work, ms);
      view->tick_time = 0;
    }
}

static void
view_start_scrolling (View  *view,
                      gint64 now)
{
  view->phase = VIEW_SCROLL;
  view->started = now;
  view->last_tick = now;
  view->n_items = g_list_model_get_n_items (G_LIST_MODEL (view->model));
  g_print ("scrolling: %u rows, page %.0f px, list height (estimated) %.0f px\n",
           view->n_items, gtk_adjustment_get_page_size (view->adjustment),
           gtk_adjustment_get_upper (view->adjustment));
}

/* One query per frame: typed into the view's model as the search field
 * does (without its 60 ms debounce), timed to the end of that frame. */
static void
view_search_tick (View  *view,
                  gint64 now)
{
  const char *query, *previous;

  if (view->query_start != 0)
    return;  /* still waiting for the frame of the last query */
  if (view->next_prefix >= view->prefixes->len || now > view->search_deadline)
    {
      if (view->next_prefix < view->prefixes->len)
        g_print ("    (time budget of %.0f s spent: %u of %u queries measured in the view)\n",
                 opt_search_budget, view->next_prefix, view->prefixes->len);
      /* Back to the whole list, as after clearing the field. */
      sv_case_list_model_set_query (view->model, NULL);
      view->settle = 0;
      view->phase = VIEW_SETTLE;
      if (opt_skip_scroll)
        {
          view->searched = TRUE;
          g_main_loop_quit (view->loop);
        }
      return;
    }
  query = g_ptr_array_index (view->prefixes, view->next_prefix++);
  previous = sv_case_list_model_get_query (view->model);
  if (previous == NULL || !g_str_has_prefix (query, previous))
    sv_case_list_model_set_query (view->model, NULL);
  arm_query_cap ();
  view->query_start = g_get_monotonic_time ();
  sv_case_list_model_set_query (view->model, query);
  view->query_sync_ms = ms_since (view->query_start);
  view->query_interrupted = query_interrupted;
  disarm_query_cap ();
  view->query_n = g_list_model_get_n_items (G_LIST_MODEL (view->model));
  gtk_widget_queue_draw (GTK_WIDGET (view->list_view));
}

static gboolean
view_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  View *view = user_data;
  double value, page, upper;
  gint64 now = g_get_monotonic_time ();

  if (view->phase == VIEW_SETTLE)
    {
      /* Let the list lay itself out and show its first rows. */
      if (gtk_widget_get_first_child (widget) == NULL ||
          gtk_adjustment_get_page_size (view->adjustment) <= 0 || ++view->settle < 10)
        return G_SOURCE_CONTINUE;
      if (view->prefixes != NULL && view->next_prefix == 0)
        {
          view->phase = VIEW_SEARCH;
          view->search_deadline = now + (gint64) (opt_search_budget * G_USEC_PER_SEC);
        }
      else
        {
          view_start_scrolling (view, now);
          return G_SOURCE_CONTINUE;
        }
    }
  if (view->phase == VIEW_SEARCH)
    {
      view_search_tick (view, now);
      return G_SOURCE_CONTINUE;
    }

  /* VIEW_SCROLL */
  value = gtk_adjustment_get_value (view->adjustment);
  page = gtk_adjustment_get_page_size (view->adjustment);
  upper = gtk_adjustment_get_upper (view->adjustment);
  view->max_cached = MAX (view->max_cached, sv_case_list_model_get_n_cached (view->model));
  {
    double ms = (now - view->last_tick) / 1000.0;

    g_array_append_val (view->intervals, ms);
    view->last_tick = now;
  }
  if (value + page >= upper - 0.5)
    {
      /* At the bottom for a few frames in a row: the estimate of the
       * height no longer moves, so the last row is shown. */
      if (++view->at_bottom >= 3)
        {
          view->reached_bottom = TRUE;
          view->finished = now;
          g_main_loop_quit (view->loop);
          return G_SOURCE_REMOVE;
        }
    }
  else
    view->at_bottom = 0;

  view->tick_time = now;
  gtk_adjustment_set_value (view->adjustment, MIN (value + page, upper - page));
  return G_SOURCE_CONTINUE;
}

static gboolean
view_timeout_cb (gpointer user_data)
{
  View *view = user_data;

  view->timed_out = TRUE;
  view->timeout_id = 0;
  g_main_loop_quit (view->loop);
  return G_SOURCE_REMOVE;
}

static void
report_scroll (View *view)
{
  Stats intervals = stats_of (view->intervals);
  Stats work = stats_of (view->work);
  double seconds = view->started != 0 ? (view->finished - view->started) / (double) G_USEC_PER_SEC : 0;
  double cached_share = view->n_items > 0 ? (double) view->max_cached / view->n_items : 0;
  g_autofree char *detail = NULL;

  heading ("Scrolling the whole case list, one page per frame");
  g_print ("%s after %u frames in %.1f s\n",
           view->reached_bottom ? "reached the bottom" : view->timed_out ? "TIMED OUT" : "stopped",
           intervals.n, seconds);
  g_print ("frame interval: median %.2f ms, p90 %.2f ms, max %.2f ms\n", intervals.median, intervals.p90, intervals.max);
  g_print ("work per frame (tick → after-paint): median %.2f ms, p90 %.2f ms, max %.2f ms\n",
           work.median, work.p90, work.max);
  g_print ("rows held by the model: at most %u of %u (%.2f%%)\n",
           view->max_cached, view->n_items, 100.0 * cached_share);

  add_result ("scroll_rows", view->n_items, "rows");
  add_result ("scroll_frames", intervals.n, "frames");
  add_result ("scroll_time", seconds, "s");
  add_stats ("scroll_frame_interval", &intervals, "ms");
  add_stats ("scroll_frame_work", &work, "ms");
  add_result ("scroll_max_cached", view->max_cached, "rows");
  add_result ("scroll_max_cached_share", 100.0 * cached_share, "%");
  add_result ("scroll_reached_bottom", view->reached_bottom, "bool");

  detail = g_strdup_printf ("%s; at most %u of %u rows in memory (%.2f%%, target ≤ %.0f%%)",
                            view->reached_bottom ? "bottom reached" : "bottom NOT reached",
                            view->max_cached, view->n_items, 100.0 * cached_share, 100.0 * TARGET_CACHED);
  add_verdict ("scroll_bounded_cache", view->reached_bottom && cached_share <= TARGET_CACHED, detail);
}

static gboolean
measure_view (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  View view = { 0 };
  GtkWidget *window, *cases_view;
  GtkSelectionModel *selection;
  gboolean ok;

  if (!gtk_init_check ())
    {
      g_printerr ("No display: cannot measure the view (run under Xvfb).\n");
      return FALSE;
    }
  adw_init ();

  store = sv_sqlite_store_open (db, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", db, error->message);
      return FALSE;
    }
  install_query_cap (store);
  settings = g_settings_new (APP_ID);

  window = g_object_new (ADW_TYPE_APPLICATION_WINDOW, "default-width", 1100, "default-height", 760, NULL);
  cases_view = g_object_new (SV_TYPE_CASES_VIEW, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), cases_view);
  sv_cases_view_set_store (SV_CASES_VIEW (cases_view), SV_STORE (store), settings);

  view.list_view = find_list_view (cases_view);
  if (view.list_view == NULL)
    {
      g_printerr ("No GtkListView in SvCasesView.\n");
      gtk_window_destroy (GTK_WINDOW (window));
      return FALSE;
    }
  selection = gtk_list_view_get_model (view.list_view);
  if (!GTK_IS_SINGLE_SELECTION (selection) ||
      !SV_IS_CASE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection))))
    {
      g_printerr ("The list view's model is not a GtkSingleSelection over an SvCaseListModel.\n");
      gtk_window_destroy (GTK_WINDOW (window));
      return FALSE;
    }
  view.model = SV_CASE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection)));
  view.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view.list_view));
  view.loop = g_main_loop_new (NULL, FALSE);
  view.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  view.work = g_array_new (FALSE, FALSE, sizeof (double));
  view.sync_timings = g_ptr_array_new_with_free_func ((GDestroyNotify) timing_free);
  view.frame_timings = g_ptr_array_new_with_free_func ((GDestroyNotify) timing_free);
  if (!opt_skip_search)
    view.prefixes = typed_prefixes ();
  else
    view.next_prefix = 1;  /* straight to scrolling */

  gtk_window_present (GTK_WINDOW (window));
  view.clock = g_object_ref (gtk_widget_get_frame_clock (window));
  view.paint_id = g_signal_connect (view.clock, "after-paint", G_CALLBACK (on_view_after_paint_cb), &view);
  gtk_widget_add_tick_callback (GTK_WIDGET (view.list_view), view_tick_cb, &view, NULL);
  view.timeout_id = g_timeout_add_seconds (SCROLL_TIMEOUT_S + (guint) opt_search_budget, view_timeout_cb, &view);

  g_main_loop_run (view.loop);

  g_clear_handle_id (&view.timeout_id, g_source_remove);
  g_clear_signal_handler (&view.paint_id, view.clock);
  g_clear_object (&view.clock);
  if (!view.reached_bottom)
    view.finished = g_get_monotonic_time ();

  if (view.prefixes != NULL)
    {
      heading ("Search-as-you-type in the case list view (model + GTK's list, to the painted frame)");
      report_timings ("search_view_sync", "set_query with the list's handlers", view.sync_timings, FALSE);
      report_timings ("search_view_frame", "set_query → frame painted", view.frame_timings, FALSE);
    }
  if (view.phase == VIEW_SCROLL || view.reached_bottom)
    report_scroll (&view);
  else if (!opt_skip_scroll)
    g_print ("\nScrolling did not start (%s).\n", view.timed_out ? "timed out" : "stopped");

  ok = view.reached_bottom || view.searched || view.timed_out;
  g_clear_pointer (&view.prefixes, g_ptr_array_unref);
  g_ptr_array_unref (view.sync_timings);
  g_ptr_array_unref (view.frame_timings);
  g_array_unref (view.intervals);
  g_array_unref (view.work);
  g_main_loop_unref (view.loop);
  gtk_window_destroy (GTK_WINDOW (window));
  return ok;
}

/* ------------------------------------------------------------------------
 * 5. Deadlines: the engine, the planning view, the countdown
 * ------------------------------------------------------------------------ */

/* Every deadline of every case: the facts and the done marks read in
 * bulk, then the engine over each case. */
static gboolean
measure_deadline_engine (SvStore *store)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(GArray) read_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) compute_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total_ms = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_states[SV_DEADLINE_DONE + 1] = { 0 };
  guint n_cases, n_with_facts = 0, n_with_done = 0, n_deadlines = 0;
  Stats r, c, t;
  g_autofree char *detail = NULL;
  GDate today;

  sv_date_today (&today);
  n_cases = sv_store_count_cases (store, SV_CASE_FILTER_ALL, NULL);
  heading ("Deadlines: every deadline of every case (store read-only)");
  g_print ("sv_store_list_case_facts + sv_store_list_all_deadlines_done (all cases), then"
           " sv_deadlines_compute per case on %04u-%02u-%02u; 1 warm-up and %d measured runs\n",
           g_date_get_year (&today), g_date_get_month (&today), g_date_get_day (&today), opt_deadline_runs);

  for (int run = -1; run < opt_deadline_runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) facts = NULL;
      g_autoptr(GHashTable) done = NULL;
      g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
      gint64 start, read_end;
      double read, compute, total;

      start = g_get_monotonic_time ();
      facts = sv_store_list_case_facts (store, SV_CASE_FILTER_ALL, &error);
      if (facts != NULL)
        done = sv_store_list_all_deadlines_done (store, SV_CASE_FILTER_ALL, &error);
      read_end = g_get_monotonic_time ();
      if (facts == NULL || done == NULL)
        {
          g_printerr ("Reading the case facts: %s\n", error->message);
          return FALSE;
        }
      for (guint i = 0; i < facts->len; i++)
        {
          const SvCaseFacts *f = g_ptr_array_index (facts, i);

          sv_deadlines_compute (f, workdays, &today, g_hash_table_lookup (done, &f->case_id), deadlines);
        }
      compute = ms_since (read_end);
      read = (read_end - start) / 1000.0;
      total = read + compute;
      g_print ("  %s %d: read %7.1f ms  compute %7.1f ms  total %7.1f ms\n",
               run < 0 ? "warm-up" : "run    ", run < 0 ? 1 : run + 1, read, compute, total);
      if (run < 0)
        continue;
      g_array_append_val (read_ms, read);
      g_array_append_val (compute_ms, compute);
      g_array_append_val (total_ms, total);
      n_with_facts = facts->len;
      n_with_done = g_hash_table_size (done);
      n_deadlines = deadlines->len;
      memset (n_states, 0, sizeof n_states);
      for (guint i = 0; i < deadlines->len; i++)
        n_states[g_array_index (deadlines, SvDeadline, i).state]++;
    }

  r = stats_of (read_ms);
  c = stats_of (compute_ms);
  t = stats_of (total_ms);
  g_print ("all deadlines for %u cases (%u with facts, %u with deadlines done): %u deadlines"
           " (%u upcoming, %u due today, %u overdue, %u done)\n",
           n_cases, n_with_facts, n_with_done, n_deadlines, n_states[SV_DEADLINE_UPCOMING],
           n_states[SV_DEADLINE_DUE_TODAY], n_states[SV_DEADLINE_OVERDUE], n_states[SV_DEADLINE_DONE]);
  g_print ("  reading   median %7.1f ms, p90 %7.1f ms, min %7.1f ms\n", r.median, r.p90, r.min);
  g_print ("  computing median %7.1f ms, p90 %7.1f ms, min %7.1f ms (%.2f µs a case with facts)\n",
           c.median, c.p90, c.min, n_with_facts > 0 ? 1000.0 * c.median / n_with_facts : 0.0);
  g_print ("  together  median %7.1f ms, p90 %7.1f ms, min %7.1f ms\n", t.median, t.p90, t.min);
  add_result ("deadlines_cases", n_cases, "cases");
  add_result ("deadlines_cases_with_facts", n_with_facts, "cases");
  add_result ("deadlines_count", n_deadlines, "deadlines");
  add_result ("deadlines_overdue", n_states[SV_DEADLINE_OVERDUE], "deadlines");
  add_result ("deadlines_done", n_states[SV_DEADLINE_DONE], "deadlines");
  add_stats ("deadlines_read", &r, "ms");
  add_stats ("deadlines_compute", &c, "ms");
  add_stats ("deadlines_all", &t, "ms");

  detail = g_strdup_printf ("median %.1f ms = read %.1f + compute %.1f; %u deadlines of %u cases (target ≤ %.0f ms)",
                            t.median, r.median, c.median, n_deadlines, n_cases, TARGET_DEADLINES_MS);
  add_verdict ("deadlines_all_cases", t.median <= TARGET_DEADLINES_MS, detail);
  return TRUE;
}

/* The planning view opened as the window does on the first visit: the
 * view built, its store set (which computes the model), put into a
 * window that is already on screen; timed to the painted frame in which
 * its list shows rows. */
typedef struct {
  GMainLoop   *loop;
  GtkWidget   *list_view;     /* of the view measured (a GtkListView or
                               * GtkGridView); NULL between runs */
  gint64       ready;         /* the list got its factory: the model is computed */
  gint64       painted;
  gboolean     wait_for_rows; /* else any painted frame will do */
  gboolean     frame_seen;
  gboolean     timed_out;
  guint        timeout_id;
} Planning;

/* The list of deadlines: the first GtkListView (or GtkGridView) outside
 * popovers (a drop down keeps one in its popover). */
static GtkWidget *
find_planning_list (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    return NULL;
  if (GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_planning_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_planning_factory_cb (GObject    *list_view,
                        GParamSpec *pspec,
                        Planning   *p)
{
  if (p->ready == 0)
    p->ready = g_get_monotonic_time ();
}

static void
on_planning_after_paint_cb (GdkFrameClock *clock,
                            Planning      *p)
{
  if (p->frame_seen)
    return;
  if (p->wait_for_rows)
    {
      if (p->list_view == NULL || !gtk_widget_get_mapped (p->list_view) ||
          gtk_widget_get_first_child (p->list_view) == NULL)
        return;
      p->painted = g_get_monotonic_time ();
    }
  p->frame_seen = TRUE;
  g_main_loop_quit (p->loop);
}

static gboolean
planning_timeout_cb (gpointer user_data)
{
  Planning *p = user_data;

  p->timed_out = TRUE;
  p->timeout_id = 0;
  g_main_loop_quit (p->loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the frame waited for is painted. */
static gboolean
planning_wait_frame (Planning *p)
{
  p->frame_seen = FALSE;
  p->timed_out = FALSE;
  p->timeout_id = g_timeout_add_seconds (PLANNING_TIMEOUT_S, planning_timeout_cb, p);
  g_main_loop_run (p->loop);
  g_clear_handle_id (&p->timeout_id, g_source_remove);
  return p->frame_seen;
}

/* Lets the frame clock go idle, as between a user's clicks. */
static void
planning_pause (Planning *p,
                guint     ms)
{
  p->frame_seen = TRUE;  /* no frame ends this wait */
  p->timeout_id = g_timeout_add (ms, planning_timeout_cb, p);
  g_main_loop_run (p->loop);
  g_clear_handle_id (&p->timeout_id, g_source_remove);
}

/* One series of runs: the times of its parts, ms. */
typedef struct {
  GArray *tmpl;      /* view built (its template), before the data */
  GArray *model;     /* (a) sv_planning_model_new, inside set_store */
  GArray *rest;      /* the rest of set_store after the model */
  GArray *content;   /* the view put into the window */
  GArray *paint;     /* from there to the painted frame with rows */
  GArray *frame;     /* (b) data ready → painted */
  GArray *open;      /* built → painted */
  guint   n_listed;
  guint   n_rows;
  guint   n_children;
} PlanningSeries;

static void
planning_series_init (PlanningSeries *series)
{
  GArray **arrays[] = { &series->tmpl, &series->model, &series->rest, &series->content,
                        &series->paint, &series->frame, &series->open };

  memset (series, 0, sizeof *series);
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    *arrays[i] = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
planning_series_clear (PlanningSeries *series)
{
  GArray *arrays[] = { series->tmpl, series->model, series->rest, series->content,
                       series->paint, series->frame, series->open };

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    g_array_unref (arrays[i]);
}

/* SV_BENCH_PLANNING_PNG=FILE: what the first measured run showed, to
 * look at (RECIPES.md: a widget paintable rendered by its renderer). */
static void
save_window_png (GtkWidget  *window,
                 const char *path)
{
  GdkPaintable *paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  GskRenderNode *node;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (window));
      GdkTexture *texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

      if (gdk_texture_save_to_png (texture, path))
        g_print ("  (the window after run 1 saved to %s)\n", path);
      g_object_unref (texture);
      gsk_render_node_unref (node);
    }
  g_object_unref (paintable);
}

/* Opens a new planning view in @window and records the run (unless a
 * warm-up). @shown_first FALSE: as the window does on the first visit —
 * built, its store set (the model computed inside), then shown. TRUE: the
 * view is on screen (painted, empty) before its store is set. */
static gboolean
planning_run (Planning       *p,
              GtkWidget      *window,
              SvStore        *store,
              GSettings      *settings,
              gboolean        shown_first,
              int             run,
              PlanningSeries *series)
{
  g_autoptr(GtkSelectionModel) selection = NULL;
  GtkWidget *view;
  gint64 start, set_start, set_end, content_end;
  double tmpl, model, rest, content, paint, frame, open;

  p->ready = p->painted = 0;
  start = g_get_monotonic_time ();
  view = g_object_new (SV_TYPE_PLANNING_VIEW, NULL);
  p->list_view = find_planning_list (view);
  if (p->list_view == NULL)
    {
      g_printerr ("No GtkListView (or GtkGridView) in SvPlanningView.\n");
      g_object_ref_sink (view);
      g_object_unref (view);
      return FALSE;
    }
  g_signal_connect (p->list_view, "notify::factory", G_CALLBACK (on_planning_factory_cb), p);
  if (shown_first)
    {
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), view);
      content_end = g_get_monotonic_time ();
      p->wait_for_rows = FALSE;
      if (!planning_wait_frame (p))
        {
          g_printerr ("The empty planning view was never painted.\n");
          return FALSE;
        }
      set_start = g_get_monotonic_time ();
      sv_planning_view_set_store (SV_PLANNING_VIEW (view), store, settings);
      set_end = g_get_monotonic_time ();
    }
  else
    {
      set_start = g_get_monotonic_time ();
      sv_planning_view_set_store (SV_PLANNING_VIEW (view), store, settings);
      set_end = g_get_monotonic_time ();
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), view);
      content_end = g_get_monotonic_time ();
    }
  p->wait_for_rows = TRUE;
  if (!planning_wait_frame (p) || p->ready == 0)
    {
      g_printerr ("The planning view %s.\n", p->ready == 0 ? "never set its list's factory"
                                                           : "showed no rows within the time limit");
      return FALSE;
    }

  tmpl = ((shown_first ? content_end : set_start) - start) / 1000.0;
  model = (p->ready - set_start) / 1000.0;
  rest = (set_end - p->ready) / 1000.0;
  content = shown_first ? 0 : (content_end - set_end) / 1000.0;
  paint = (p->painted - (shown_first ? set_end : content_end)) / 1000.0;
  frame = (p->painted - p->ready) / 1000.0;
  open = (p->painted - start) / 1000.0;
  g_object_get (p->list_view, "model", &selection, NULL);
  if (GTK_IS_NO_SELECTION (selection) && SV_IS_PLANNING_MODEL (gtk_no_selection_get_model (GTK_NO_SELECTION (selection))))
    series->n_listed = sv_planning_model_get_deadlines (SV_PLANNING_MODEL (gtk_no_selection_get_model (GTK_NO_SELECTION (selection))))->len;
  series->n_rows = selection != NULL ? g_list_model_get_n_items (G_LIST_MODEL (selection)) : 0;
  series->n_children = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (p->list_view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    series->n_children++;
  if (shown_first)
    g_print ("  %s %d: built and shown %5.1f  model %6.1f  | rest of set_store %5.1f"
             "  frame %5.1f  = ready → painted %6.1f ms\n",
             run < 0 ? "warm-up" : "run    ", run < 0 ? 1 : run + 1, tmpl, model, rest, paint, frame);
  else
    g_print ("  %s %d: template %5.1f  model %6.1f  | rest of set_store %5.1f  into window %5.1f"
             "  frame %5.1f  = ready → painted %6.1f ms  (built → painted %6.1f ms)\n",
             run < 0 ? "warm-up" : "run    ", run < 0 ? 1 : run + 1, tmpl, model, rest,
             content, paint, frame, open);
  if (run >= 0)
    {
      g_array_append_val (series->tmpl, tmpl);
      g_array_append_val (series->model, model);
      g_array_append_val (series->rest, rest);
      g_array_append_val (series->content, content);
      g_array_append_val (series->paint, paint);
      g_array_append_val (series->frame, frame);
      g_array_append_val (series->open, open);
    }

  if (run == 0 && !shown_first && g_getenv ("SV_BENCH_PLANNING_PNG") != NULL)
    save_window_png (window, g_getenv ("SV_BENCH_PLANNING_PNG"));

  /* Away again: the old view is destroyed here, not measured. */
  p->list_view = NULL;
  p->wait_for_rows = FALSE;
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), gtk_label_new (""));
  planning_wait_frame (p);
  planning_pause (p, 300);
  return TRUE;
}

static gboolean
measure_planning_view (SvStore *store)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  PlanningSeries as_app, shown;
  Planning p = { 0 };
  GtkWidget *window;
  GdkFrameClock *clock;
  gulong paint_id;
  gboolean ok = TRUE;
  Stats tm, m, rest, content, paint, f, o, sm, srest, spaint, sf;
  g_autofree char *detail = NULL;

  heading ("Deadlines: the planning view opened (a year ahead, open cases)");
  if (!gtk_init_check ())
    {
      g_printerr ("No display: cannot measure the planning view (run under Xvfb).\n");
      return FALSE;
    }
  adw_init ();

  planning_series_init (&as_app);
  planning_series_init (&shown);
  p.loop = g_main_loop_new (NULL, FALSE);
  window = g_object_new (ADW_TYPE_APPLICATION_WINDOW, "default-width", 1100, "default-height", 760, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), gtk_label_new (""));
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_planning_after_paint_cb), &p);
  if (!planning_wait_frame (&p))
    {
      g_printerr ("The window was never painted.\n");
      ok = FALSE;
      goto out;
    }
  planning_pause (&p, 300);

  g_print ("window 1100×760 on screen; each run builds a new SvPlanningView, sets its store"
           " (sv_planning_model_new inside), puts it in the window (as SvWindow does on the first visit)"
           " and waits for the painted frame with list rows; 1 warm-up and %d measured runs\n",
           opt_deadline_runs);
  for (int run = -1; ok && run < opt_deadline_runs; run++)
    ok = planning_run (&p, window, store, settings, FALSE, run, &as_app);
  if (!ok)
    goto out;
  g_print ("the same with the view on screen before its store is set (its first frame, empty, before the data):\n");
  for (int run = -1; ok && run < opt_deadline_runs; run++)
    ok = planning_run (&p, window, store, settings, TRUE, run, &shown);
  if (!ok)
    goto out;

  tm = stats_of (as_app.tmpl);
  m = stats_of (as_app.model);
  rest = stats_of (as_app.rest);
  content = stats_of (as_app.content);
  paint = stats_of (as_app.paint);
  f = stats_of (as_app.frame);
  o = stats_of (as_app.open);
  sm = stats_of (shown.model);
  srest = stats_of (shown.rest);
  spaint = stats_of (shown.paint);
  sf = stats_of (shown.frame);
  g_print ("%u deadlines listed in %u rows (with the week headings); %u row widgets in the first frame\n",
           as_app.n_listed, as_app.n_rows, as_app.n_children);
  g_print ("  (a) data ready, sv_planning_model_new: median %7.1f ms, p90 %7.1f ms, min %7.1f ms\n",
           m.median, m.p90, m.min);
  g_print ("  (b) data ready → first painted frame:  median %7.1f ms, p90 %7.1f ms, min %7.1f ms\n"
           "      medians of its parts: the rest of set_store %.1f ms (the list's model set, its rows"
           " made), into the window %.1f ms, to the frame painted %.1f ms\n",
           f.median, f.p90, f.min, rest.median, content.median, paint.median);
  g_print ("  the view's template before the data:  median %7.1f ms\n", tm.median);
  g_print ("  built → painted, all of it:           median %7.1f ms, p90 %7.1f ms\n", o.median, o.p90);
  g_print ("  view on screen first: (a) median %.1f ms; (b) median %.1f ms, p90 %.1f ms"
           " (rest of set_store %.1f ms, to the frame painted %.1f ms)\n",
           sm.median, sf.median, sf.p90, srest.median, spaint.median);
  add_result ("planning_listed", as_app.n_listed, "deadlines");
  add_result ("planning_rows", as_app.n_rows, "rows");
  add_result ("planning_row_widgets", as_app.n_children, "widgets");
  add_stats ("planning_model", &m, "ms");
  add_stats ("planning_ready_to_frame", &f, "ms");
  add_result ("planning_template_median", tm.median, "ms");
  add_result ("planning_after_model_median", rest.median, "ms");
  add_result ("planning_into_window_median", content.median, "ms");
  add_result ("planning_to_paint_median", paint.median, "ms");
  add_stats ("planning_open", &o, "ms");
  add_stats ("planning_shown_first_ready_to_frame", &sf, "ms");
  /* SvWindow shows the view first and sets its store on the view's
   * second frame (sv-window.c): that run is the one the target reads. */
  detail = g_strdup_printf ("median %.1f ms (p90 %.1f) from the data ready (model %.1f ms) to the painted frame,"
                            " the view on screen first as SvWindow opens it (target ≤ %.1f ms)",
                            sf.median, sf.p90, sm.median, TARGET_FRAME_MS);
  add_verdict ("planning_first_frame", sf.median <= TARGET_FRAME_MS, detail);
  g_string_append_printf (verdicts, "  %-4s %-34s median %.1f ms when the store is set before the view is shown\n",
                          "", "", f.median);

out:
  g_clear_signal_handler (&paint_id, clock);
  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (p.loop);
  planning_series_clear (&as_app);
  planning_series_clear (&shown);
  return ok;
}

/* The OTS-closure countdown of a case nine weeks before the end of its
 * order (steps 1 and 2 done, 3 overdue, 4–6 ahead, the 18+ flag shown),
 * drawn into an image surface as the widget and PDF export draw it. */
static gboolean
measure_countdown (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *surface;
  SvCountdownModel model;
  SvCountdownStyle style;
  GDate today, *day;
  Stats s;
  g_autofree char *detail = NULL;

  heading ("Deadlines: the OTS-closure countdown drawn");
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  pango_context_set_language (context, pango_language_from_string ("nl"));
  pango_font_description_free (font);

  sv_date_today (&today);
  facts->case_id = 1;
  facts->order_kind = SV_ORDER_KIND_OTS;
  facts->order_end = today;
  g_date_add_days (&facts->order_end, 9 * 7);
  day = g_new (GDate, 1);
  *day = today;
  g_date_subtract_days (day, 20);
  g_hash_table_insert (done, (gpointer) "ots-step-1", day);
  day = g_new (GDate, 1);
  *day = today;
  g_date_subtract_days (day, 12);
  g_hash_table_insert (done, (gpointer) "ots-step-2", day);
  sv_deadlines_compute (facts, workdays, &today, done, deadlines);
  if (!sv_countdown_model_init (&model, facts, &today, deadlines, SV_TRI_YES))
    {
      g_printerr ("sv_countdown_model_init refused the case.\n");
      g_object_unref (context);
      return FALSE;
    }
  sv_countdown_style_paper (&style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, COUNTDOWN_WIDTH, COUNTDOWN_HEIGHT);

  for (int i = -COUNTDOWN_WARMUPS; i < COUNTDOWN_DRAWS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);
      double ms;

      sv_countdown_draw (cr, context, &model, &style, COUNTDOWN_WIDTH, COUNTDOWN_HEIGHT);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      ms = ms_since (start);
      if (i >= 0)
        g_array_append_val (times, ms);
    }
  if (g_getenv ("SV_BENCH_COUNTDOWN_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("SV_BENCH_COUNTDOWN_PNG"));
  cairo_surface_destroy (surface);
  g_object_unref (context);

  s = stats_of (times);
  g_print ("%d×%d ARGB32 image surface, PangoCairo at 96 dpi, Sans 11; %d draws after %d warm-ups\n",
           COUNTDOWN_WIDTH, COUNTDOWN_HEIGHT, COUNTDOWN_DRAWS, COUNTDOWN_WARMUPS);
  g_print ("per draw: median %.3f ms, p90 %.3f ms, min %.3f ms, max %.3f ms\n", s.median, s.p90, s.min, s.max);
  add_stats ("countdown_draw", &s, "ms");
  detail = g_strdup_printf ("median %.2f ms, p90 %.2f ms (target ≤ %.1f ms)", s.median, s.p90, TARGET_COUNTDOWN_MS);
  add_verdict ("countdown_draw", s.median <= TARGET_COUNTDOWN_MS, detail);
  return TRUE;
}

static gboolean
measure_deadlines (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = sv_sqlite_store_open (db, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  gboolean ok = TRUE;

  if (store == NULL)
    {
      g_printerr ("%s: %s\n", db, error->message);
      return FALSE;
    }
  ok &= measure_deadline_engine (SV_STORE (store));
  ok &= measure_countdown ();
  ok &= measure_planning_view (SV_STORE (store));
  return ok;
}

/* ------------------------------------------------------------------------
 * Main
 * ------------------------------------------------------------------------ */

/* A fixed piece of arithmetic, timed: on a shared or virtual machine the
 * same code runs at different speeds from one minute to the next, which
 * the load average does not show. Median of 5, ms. */
static double
cpu_reference_ms (void)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  volatile guint64 sink = 0;

  for (int run = 0; run < 5; run++)
    {
      gint64 start = g_get_monotonic_time ();
      guint64 x = 88172645463325252ull, sum = 0;
      double ms;

      for (guint i = 0; i < 20000000; i++)
        {
          x ^= x << 13;
          x ^= x >> 7;
          x ^= x << 17;
          sum += x % 1000003;
        }
      sink = sum;
      ms = ms_since (start);
      g_array_append_val (times, ms);
    }
  (void) sink;
  return stats_of (times).median;
}

/* The same for memory: a random walk through 32 MB, larger than the
 * caches (what reading and sorting many records costs). Median of 3, ms. */
static double
memory_reference_ms (void)
{
  static guint32 *next;
  const guint32 n = 8 * 1024 * 1024;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  volatile guint32 sink = 0;

  if (next == NULL)
    {
      /* One cycle through every slot (Sattolo), from a fixed seed. */
      GRand *rand = g_rand_new_with_seed (1);

      next = g_new (guint32, n);
      for (guint32 i = 0; i < n; i++)
        next[i] = i;
      for (guint32 i = n - 1; i > 0; i--)
        {
          guint32 j = (guint32) g_rand_int_range (rand, 0, (gint32) i);
          guint32 t = next[i];

          next[i] = next[j];
          next[j] = t;
        }
      g_rand_free (rand);
    }
  for (int run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();
      guint32 at = 0;
      double ms;

      for (guint i = 0; i < 500000; i++)
        at = next[at];
      sink = at;
      ms = ms_since (start);
      g_array_append_val (times, ms);
    }
  (void) sink;
  return stats_of (times).median;
}

static void
print_machine (const char *when)
{
  g_autofree char *loadavg = NULL;
  g_autofree char *cpu_name = g_strdup_printf ("cpu_reference_%s", when);
  g_autofree char *memory_name = g_strdup_printf ("memory_reference_%s", when);
  double cpu_ms = cpu_reference_ms ();
  double memory_ms = memory_reference_ms ();

  g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL);
  g_print ("machine: %u CPUs, reference loops (lower is faster; compare runs): arithmetic %.1f ms,"
           " memory %.1f ms; load average %s",
           g_get_num_processors (), cpu_ms, memory_ms, loadavg != NULL ? loadavg : "?\n");
  add_result (cpu_name, cpu_ms, "ms");
  add_result (memory_name, memory_ms, "ms");
  if (loadavg != NULL)
    {
      char **fields = g_strsplit (loadavg, " ", 0);

      add_result ("load_average_1min", g_ascii_strtod (fields[0], NULL), "load");
      g_strfreev (fields);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— benchmark of start-up, search, scrolling, deadlines and meetings on 100,000 cases");
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  /* UTF-8 output (×, ≤) rather than '?' under a C.UTF-8 locale; a line
   * at a time, so that a long run shows where it is. */
  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  opt_deadline_runs = MAX (1, opt_deadline_runs);
  results = g_ptr_array_new_with_free_func ((GDestroyNotify) result_free);
  verdicts = g_string_new (NULL);

  /* This process reads the schema and the memory backend as the app does. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (opt_schema_dir != NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", opt_schema_dir, TRUE);
  g_setenv ("SV_TODAY", "2026-11-22", FALSE);

  g_print ("Samen Veilig benchmark\n");
  print_machine ("start");

  db = ensure_database ();
  if (db == NULL)
    return 1;

  /* Start-up first, while this process is still small: a child started
   * with vfork inherits the parent's peak in ru_maxrss. */
  if (!opt_skip_startup && !measure_startup (db))
    measured_all = FALSE;
  if (!opt_skip_search && !measure_search (db))
    measured_all = FALSE;
  if ((!opt_skip_scroll || !opt_skip_search) && !measure_view (db))
    measured_all = FALSE;
  if (!opt_skip_deadlines && !measure_deadlines (db))
    measured_all = FALSE;
  if (!opt_skip_meetings && !measure_meetings (db))
    measured_all = FALSE;

  heading ("Targets");
  g_print ("%s", verdicts->str);
  print_machine ("end");

  heading ("Results (name value unit)");
  for (guint i = 0; i < results->len; i++)
    {
      Result *r = g_ptr_array_index (results, i);
      g_print ("%s %.3f %s\n", r->name, r->value, r->unit);
    }

  g_ptr_array_unref (results);
  g_string_free (verdicts, TRUE);
  if (!measured_all)
    g_print ("\nSome parts could not be measured (see above).\n");
  return measured_all ? 0 : 1;
}
