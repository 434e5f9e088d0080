/* test-crash.c: the database survives being killed at any moment.
 *
 * sv-crash-child writes through the store without pause (cases with their
 * household, journal entries, members, agreements, meetings with a case on
 * the agenda, minutes, Veiligheidskaart sections, imports) and reports
 * every write whose commit has returned. It is killed with SIGKILL at a
 * random moment, SV_CRASH_KILLS times (50 by default; 500 in the
 * benchmark), each time started again on the same file. After every kill:
 *   - PRAGMA integrity_check says ok and PRAGMA foreign_key_check finds
 *     nothing;
 *   - every write reported committed is there, with what it wrote;
 *   - no write is there by half: every case has its household, both first
 *     members and its first journal entry; every imported case all of its
 *     members, network, journal and agreements; every meeting its agenda
 *     item. (A write committed but killed before it could report may be
 *     there or not; it must then be whole too.)
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sv-test-util.h"

typedef struct {
  char       kind;
  guint64    seq;
  gint64     a;
  gint64     b;
} Write;

typedef struct {
  char       *dir;
  char       *path;
  GArray     *writes;       /* Write: everything reported, all runs */
  GHashTable *minutes;      /* item id → last reported seq (in a pointer) */
  guint       verified;     /* writes checked, summed over the kills */
  guint       unreported;   /* whole writes found that were not reported */
} Crash;

static void
check_pragmas (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static gboolean
journal_has (GPtrArray  *journal,
             const char *text)
{
  for (guint i = 0; i < journal->len; i++)
    if (g_str_equal (((SvJournalEntry *) journal->pdata[i])->text, text))
      return TRUE;
  return FALSE;
}

/* Every case is whole, whoever wrote it and whether it was reported. */
static void
check_cases_whole (Crash   *crash,
                   SvStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sv_store_list_case_ids (store, SV_CASE_FILTER_ALL, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SvCase) c = sv_store_get_case (store, g_array_index (ids, gint64, i), &error);
      g_autoptr(SvHousehold) household = NULL;
      g_autoptr(GPtrArray) members = NULL, network = NULL, journal = NULL, agreements = NULL;

      g_assert_no_error (error);
      household = sv_store_get_household (store, c->household_id, &error);
      g_assert_no_error (error);
      members = sv_store_list_members (store, household->id, &error);
      g_assert_no_error (error);
      journal = sv_store_list_journal (store, c->id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (members->len, >=, 2);
      if (g_str_has_prefix (c->reason, "crash-"))
        g_assert_true (journal_has (journal, "opened"));
      else
        {
          /* docs/example.json: two members, one of the network, two
           * journal entries, one agreement. */
          g_assert_true (g_str_has_prefix (c->reason, "import-"));
          network = sv_store_list_network (store, household->id, &error);
          agreements = sv_store_list_agreements (store, c->id, 0, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (network->len, ==, 1);
          g_assert_cmpuint (journal->len, >=, 2);
          g_assert_cmpuint (agreements->len, >=, 1);
        }
    }
}

static void
check_meetings_whole (SvStore *store)
{
  g_autoptr(GError) error = NULL;
  GDate from, to;
  g_autoptr(GPtrArray) meetings = NULL;

  g_date_set_dmy (&from, 1, G_DATE_JANUARY, 2027);
  g_date_set_dmy (&to, 31, G_DATE_DECEMBER, 2029);
  meetings = sv_store_list_meetings (store, &from, &to, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < meetings->len; i++)
    {
      SvMeeting *m = meetings->pdata[i];
      g_autoptr(GPtrArray) agenda = NULL;
      g_autofree char *question = NULL;

      if (!g_str_has_prefix (m->room, "crash-"))
        continue;
      agenda = sv_store_list_agenda (store, m->id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (agenda->len, ==, 1);
      question = g_strconcat ("question-", m->room + strlen ("crash-"), NULL);
      g_assert_cmpstr (((SvAgendaItem *) agenda->pdata[0])->question, ==, question);
    }
}

static guint
count_reason (SvStore    *store,
              const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = sv_store_search_case_ids (store, reason, SV_CASE_FILTER_ALL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(SvCase) c = sv_store_get_case (store, g_array_index (ids, gint64, i), NULL);
      n += c != NULL && g_str_equal (c->reason, reason);
    }
  return n;
}

/* Every write reported committed is there, as written. */
static void
check_reported (Crash   *crash,
                SvStore *store,
                guint    from)
{
  g_autoptr(GError) error = NULL;

  for (guint i = from; i < crash->writes->len; i++)
    {
      Write *w = &g_array_index (crash->writes, Write, i);
      g_autofree char *text = NULL;

      switch (w->kind)
        {
        case 'C':
          {
            g_autoptr(SvCase) c = sv_store_get_case (store, w->a, &error);
            g_assert_no_error (error);
            text = g_strdup_printf ("crash-%" G_GUINT64_FORMAT, w->seq);
            g_assert_cmpstr (c->reason, ==, text);
          }
          break;
        case 'J':
          {
            g_autoptr(GPtrArray) journal = sv_store_list_journal (store, w->a, &error);
            g_assert_no_error (error);
            text = g_strdup_printf ("journal-%" G_GUINT64_FORMAT, w->seq);
            g_assert_true (journal_has (journal, text));
          }
          break;
        case 'M':
          {
            g_autoptr(GPtrArray) members = sv_store_list_members (store, w->a, &error);
            gboolean found = FALSE;
            g_assert_no_error (error);
            text = g_strdup_printf ("member-%" G_GUINT64_FORMAT, w->seq);
            for (guint j = 0; j < members->len; j++)
              found |= g_str_equal (((SvMember *) members->pdata[j])->given_names, text);
            g_assert_true (found);
          }
          break;
        case 'A':
          {
            g_autoptr(GPtrArray) agreements = sv_store_list_agreements (store, w->a, 0, &error);
            gboolean found = FALSE;
            g_assert_no_error (error);
            text = g_strdup_printf ("agreement-%" G_GUINT64_FORMAT, w->seq);
            for (guint j = 0; j < agreements->len; j++)
              found |= g_str_equal (((SvAgreement *) agreements->pdata[j])->what, text);
            g_assert_true (found);
          }
          break;
        case 'G':
          {
            g_autoptr(SvMeeting) m = sv_store_get_meeting (store, w->a, &error);
            g_autoptr(SvAgendaItem) item = sv_store_get_agenda_item (store, w->b, &error);
            g_assert_no_error (error);
            text = g_strdup_printf ("question-%" G_GUINT64_FORMAT, w->seq);
            g_assert_cmpstr (item->question, ==, text);
            g_assert_cmpint (item->meeting_id, ==, m->id);
          }
          break;
        case 'N':
          {
            /* The last reported minutes, or a later write of them. */
            g_autoptr(SvAgendaItem) item = sv_store_get_agenda_item (store, w->a, &error);
            guint64 last = GPOINTER_TO_SIZE (g_hash_table_lookup (crash->minutes, &w->a));
            g_assert_no_error (error);
            if (w->seq == last)
              {
                g_autofree char *advice = NULL;
                guint64 found;
                g_assert_true (g_str_has_prefix (item->minutes, "minutes-"));
                found = g_ascii_strtoull (item->minutes + strlen ("minutes-"), NULL, 10);
                g_assert_cmpuint (found, >=, last);
                advice = g_strdup_printf ("advice-%" G_GUINT64_FORMAT, found);
                g_assert_cmpstr (item->advice_text, ==, advice);
              }
          }
          break;
        case 'K':
          {
            /* This section's save, or a later one (sequences only grow). */
            g_autoptr(SvSafetyCard) card = sv_store_get_safety_card (store, w->a, &error);
            const char *stored;
            g_assert_no_error (error);
            stored = card->texts[SV_CARD_FIELD_ZORGEN].text;
            g_assert_true (g_str_has_prefix (stored, "card-"));
            g_assert_cmpuint (g_ascii_strtoull (stored + strlen ("card-"), NULL, 10), >=, w->seq);
            g_assert_cmpint (card->texts[SV_CARD_FIELD_ZORGEN].revision, >, 0);
          }
          break;
        case 'I':
          text = g_strdup_printf ("import-%" G_GUINT64_FORMAT, w->seq);
          g_assert_cmpuint (count_reason (store, text), ==, 1);
          break;
        default:
          g_assert_not_reached ();
        }
      crash->verified++;
    }
}

/* The writes reported since @from; all of them again at the end. */
static void
verify (Crash *crash,
        guint  from)
{
  g_autoptr(SvSqliteStore) store = NULL;

  check_pragmas (crash->path);
  store = sv_test_open_store (crash->dir, "crash.db");
  check_reported (crash, SV_STORE (store), from);
  check_cases_whole (crash, SV_STORE (store));
  check_meetings_whole (SV_STORE (store));
}

static void
note_line (Crash      *crash,
           const char *line)
{
  Write w = { 0 };
  g_auto(GStrv) parts = g_strsplit (line, " ", -1);

  if (line[0] == 'R' || line[0] == '\0')
    return;
  g_assert_cmpuint (g_strv_length (parts), >=, 2);
  w.kind = line[0];
  w.seq = g_ascii_strtoull (parts[1], NULL, 10);
  if (parts[2] != NULL)
    w.a = g_ascii_strtoll (parts[2], NULL, 10);
  if (parts[2] != NULL && parts[3] != NULL)
    w.b = g_ascii_strtoll (parts[3], NULL, 10);
  if (w.kind == 'N')
    {
      gint64 *key = g_new (gint64, 1);
      *key = w.a;
      g_hash_table_replace (crash->minutes, key, GSIZE_TO_POINTER ((gsize) w.seq));
    }
  g_array_append_val (crash->writes, w);
}

/* Reads whole lines from @fd into @buffer; FALSE at end of file. */
static gboolean
read_lines (Crash   *crash,
            int      fd,
            GString *buffer,
            int      timeout_ms)
{
  struct pollfd pfd = { fd, POLLIN, 0 };
  char chunk[4096];
  ssize_t n;
  char *nl;

  if (poll (&pfd, 1, timeout_ms) <= 0)
    return TRUE;
  n = read (fd, chunk, sizeof chunk);
  if (n <= 0)
    return FALSE;
  g_string_append_len (buffer, chunk, n);
  while ((nl = strchr (buffer->str, '\n')) != NULL)
    {
      *nl = '\0';
      note_line (crash, buffer->str);
      g_string_erase (buffer, 0, nl - buffer->str + 1);
    }
  return TRUE;
}

static void
run_and_kill (Crash       *crash,
              const char  *child_path,
              const char  *example,
              guint        run,
              GRand       *rand,
              guint       *n_writes)
{
  int fds[2];
  pid_t pid;
  int status = 0;
  g_autofree char *seq = g_strdup_printf ("%u", (run + 1) * 1000000);
  g_autofree char *seed = g_strdup_printf ("%u", g_rand_int (rand));
  g_autoptr(GString) buffer = g_string_new (NULL);
  guint before = crash->writes->len;
  gint64 deadline;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      execl (child_path, child_path, crash->path, example, seq, seed, (char *) NULL);
      _exit (127);
    }
  close (fds[1]);

  /* Ready first (start-up is not what is tested), then a random moment:
   * from right away to a fifth of a second of writing. */
  while (crash->writes->len == before && buffer->len == 0)
    if (!read_lines (crash, fds[0], buffer, 10000))
      break;
  deadline = g_get_monotonic_time () + g_rand_int_range (rand, 0, 200000);
  while (g_get_monotonic_time () < deadline)
    if (!read_lines (crash, fds[0], buffer, 5))
      break;
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* A child that died by itself failed a write: that is a bug too. */
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  /* What it reported before it died was committed. */
  while (read_lines (crash, fds[0], buffer, 1000))
    ;
  close (fds[0]);
  *n_writes += crash->writes->len - before;
}

static void
test_crash (void)
{
  Crash crash = { 0 };
  const char *env = g_getenv ("SV_CRASH_KILLS");
  guint kills = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 50;
  g_autofree char *child = g_test_build_filename (G_TEST_BUILT, "sv-crash-child", NULL);
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "crash-import.json", NULL);
  g_autoptr(GRand) rand = NULL;
  guint n_writes = 0;
  gint64 start = g_get_monotonic_time ();
  guint32 seed = g_test_rand_int ();

  rand = g_rand_new_with_seed (seed);
  crash.dir = sv_test_make_dir ();
  crash.path = g_build_filename (crash.dir, "crash.db", NULL);
  crash.writes = g_array_new (FALSE, FALSE, sizeof (Write));
  crash.minutes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint run = 0; run < kills; run++)
    {
      guint from = crash.writes->len;

      run_and_kill (&crash, child, example, run, rand, &n_writes);
      verify (&crash, from);
    }
  verify (&crash, 0);
  g_test_message ("seed %u: %u kills, %u writes reported committed, %u checks of a reported write, "
                  "all present and whole; %.1f s",
                  seed, kills, n_writes, crash.verified,
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (n_writes, >, kills);

  sv_test_rmtree (crash.dir);
  g_free (crash.dir);
  g_free (crash.path);
  g_array_unref (crash.writes);
  g_hash_table_unref (crash.minutes);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-while-writing", test_crash);
  return g_test_run ();
}
