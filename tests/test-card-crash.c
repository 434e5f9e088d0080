/* test-card-crash.c: the Veiligheidskaart survives a killed process.
 *
 * A child process (this program with --child) saves sections of a card
 * in a loop through the store, exactly as the editor's autosave does
 * (sv_store_save_card_field with the revision it read), and after each
 * save has returned it reports the section and its new revision on a
 * pipe. The parent kills it with SIGKILL at a random moment, reopens the
 * database and checks: PRAGMA integrity_check says "ok", every save the
 * child reported is there (the section holds that revision or a later
 * one), and each section holds exactly the text of its revision. The
 * text of a revision is a function of the section and the revision
 * number, so the parent knows it without it crossing the pipe.
 *
 * SV_CRASH_RUNS=N sets the number of kills (50 by default).
 */
#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "sv-error.h"
#include "sv-test-util.h"

#define DEFAULT_RUNS 50

/* The text a section holds at @revision: unicode of every kind, mostly
 * a paragraph or two, every seventh revision 20,000 characters. */
static char *
text_for (SvCardField field,
          gint64      revision)
{
  static const char *pieces[] = {
    "Zoë", " ", "“oma”", " zei ", "\"nee\"", ", ", "🙂", "👨‍👩‍👧", "\n", "\t", "مرحبا", "中文", "\\", "'", "é", "ß",
    "veiligheid", "afspraak", ".", "—",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) (field * 1000003u + (guint32) revision));
  guint target = revision % 7 == 0 ? 20000 : (guint) g_rand_int_range (rand, 1, 1500);
  GString *text = g_string_new (NULL);
  guint n = 0;

  g_string_append_printf (text, "%s r%" G_GINT64_FORMAT ": ", sv_card_field_to_id (field), revision);
  while (n < target)
    {
      const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];

      g_string_append (text, piece);
      n += (guint) g_utf8_strlen (piece, -1);
    }
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------------
 * The child: types until it is killed
 * ------------------------------------------------------------------------ */

static int
run_child (const char *path,
           gint64      case_id,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) sqlite = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  gint64 revisions[SV_CARD_N_FIELDS];

  sqlite = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  if (sqlite == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  card = sv_store_get_safety_card (SV_STORE (sqlite), case_id, &error);
  if (card == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    revisions[i] = card->texts[i].revision;

  for (guint n = 0; n < 100000; n++)
    {
      SvCardField field = (SvCardField) g_rand_int_range (rand, 0, SV_CARD_N_FIELDS);
      g_autofree char *text = text_for (field, revisions[field] + 1);
      g_autofree char *line = NULL;
      gint64 revision = 0;

      if (!sv_store_save_card_field (SV_STORE (sqlite), case_id, field, text, revisions[field], &revision, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
      revisions[field] = revision;
      /* Only now, with the commit returned, is the save reported; one
       * short write() is atomic on a pipe. */
      line = g_strdup_printf ("%d %" G_GINT64_FORMAT "\n", (int) field, revision);
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 1;
    }
  return 0;
}

/* ------------------------------------------------------------------------
 * The parent: kills and checks
 * ------------------------------------------------------------------------ */

typedef struct {
  char   *dir;
  char   *path;
  char   *self;
  gint64  case_id;
  gint64  reported[SV_CARD_N_FIELDS];  /* highest committed revision the children reported */
  guint   kills;
  guint   exited;                      /* children that ended before the kill (should be none) */
  guint   writes_reported;
  guint   writes_verified;
} Crash;

/* Reads what the child wrote until @deadline (monotonic µs) or, with
 * @deadline 0, until the end of the pipe. */
static void
read_reports (Crash   *crash,
              int      fd,
              GString *pending,
              gint64   deadline)
{
  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      int timeout = -1;
      char buffer[4096];
      ssize_t got;
      char *nl;

      if (deadline > 0)
        {
          gint64 left = deadline - g_get_monotonic_time ();

          if (left <= 0)
            return;
          timeout = (int) MAX (1, left / 1000);
        }
      if (poll (&pfd, 1, timeout) <= 0)
        {
          if (deadline > 0)
            continue;
          return;
        }
      got = read (fd, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        return;
      g_string_append_len (pending, buffer, got);
      while ((nl = strchr (pending->str, '\n')) != NULL)
        {
          int field = -1;
          gint64 revision = 0;

          *nl = '\0';
          g_assert_cmpint (sscanf (pending->str, "%d %" G_GINT64_FORMAT, &field, &revision), ==, 2);
          g_assert_cmpint (field, >=, 0);
          g_assert_cmpint (field, <, SV_CARD_N_FIELDS);
          crash->reported[field] = MAX (crash->reported[field], revision);
          crash->writes_reported++;
          g_string_erase (pending, 0, nl - pending->str + 1);
        }
    }
}

static void
check_database (Crash *crash)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) sqlite = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Opening runs SQLite's recovery of the interrupted write-ahead log. */
  sqlite = sv_sqlite_store_open (crash->path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  card = sv_store_get_safety_card (SV_STORE (sqlite), crash->case_id, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open_v2 (crash->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      const SvCardText *t = &card->texts[i];

      /* Nothing reported committed is lost ... */
      g_assert_cmpint (t->revision, >=, crash->reported[i]);
      /* ... and what is there is whole: the text of its revision. */
      if (t->revision > 0)
        {
          g_autofree char *expected = text_for (i, t->revision);

          g_assert_cmpstr (t->text, ==, expected);
        }
      else
        g_assert_cmpstr (t->text, ==, "");
    }
}

static void
run_once (Crash  *crash,
          guint   run,
          GRand  *rand)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) pending = g_string_new (NULL);
  g_autofree char *case_arg = g_strdup_printf ("%" G_GINT64_FORMAT, crash->case_id);
  g_autofree char *seed_arg = g_strdup_printf ("%u", g_rand_int (rand));
  const char *argv[] = { crash->self, "--child", crash->path, case_arg, seed_arg, NULL };
  guint before = crash->writes_reported;
  GPid pid;
  int out = -1, status = 0;
  /* Killed anywhere from while it opens the database to well into its
   * saves. */
  gint64 delay = g_rand_int_range (rand, 5, 250) * 1000;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  read_reports (crash, out, pending, g_get_monotonic_time () + delay);
  if (kill (pid, SIGKILL) == 0)
    crash->kills++;
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (!(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL))
    crash->exited++;
  g_spawn_close_pid (pid);
  /* What the child wrote before it died is still in the pipe. */
  read_reports (crash, out, pending, 0);
  close (out);

  check_database (crash);
  crash->writes_verified += crash->writes_reported - before;
  if (g_test_verbose ())
    g_test_message ("run %u: killed after %" G_GINT64_FORMAT " ms, %u saves", run, delay / 1000,
                    crash->writes_reported - before);
}

static void
test_crash (void)
{
  const char *env = g_getenv ("SV_CRASH_RUNS");
  guint runs = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : DEFAULT_RUNS;
  g_autoptr(GRand) rand = g_rand_new ();
  g_autoptr(SvSqliteStore) sqlite = NULL;
  Crash crash = { 0 };
  gint64 total = 0;

  if (runs == 0)
    runs = DEFAULT_RUNS;
  crash.dir = sv_test_make_dir ();
  crash.path = g_build_filename (crash.dir, "crash.db", NULL);
  crash.self = g_file_read_link ("/proc/self/exe", NULL);
  g_assert_nonnull (crash.self);

  sqlite = sv_test_open_store (crash.dir, "crash.db");
  crash.case_id = sv_test_add_case (SV_STORE (sqlite), "Crashtest", "Typen tot het proces wordt afgeschoten");
  g_clear_object (&sqlite);

  for (guint run = 1; run <= runs; run++)
    run_once (&crash, run, rand);

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    total += crash.reported[i];
  g_test_message ("crash test: %u runs, %u killed with SIGKILL, %u ended by themselves, "
                  "%u committed saves reported and verified after reopening, integrity_check ok %u times",
                  runs, crash.kills, crash.exited, crash.writes_verified, runs);
  g_print ("# crash: runs=%u kills=%u writes_verified=%u highest_revisions_sum=%" G_GINT64_FORMAT "\n",
           runs, crash.kills, crash.writes_verified, total);
  g_assert_cmpuint (crash.exited, ==, 0);
  g_assert_cmpuint (crash.kills, ==, runs);
  /* The test must have had something to check. */
  g_assert_cmpuint (crash.writes_verified, >, 0);

  sv_test_rmtree (crash.dir);
  g_free (crash.dir);
  g_free (crash.path);
  g_free (crash.self);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

  if (argc == 5 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], g_ascii_strtoll (argv[3], NULL, 10), (guint32) g_ascii_strtoull (argv[4], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/card-crash/sigkill", test_crash);
  return g_test_run ();
}
