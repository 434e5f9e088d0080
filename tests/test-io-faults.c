/* test-io-faults.c: a full disk and a read-only database.
 *
 * The store must say clearly what happened and what to do, keep the last
 * committed state whole, and go on reading what it has. The disk is made
 * full with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored) in a child
 * process; a read-only folder is a read-only bind mount in a private mount
 * namespace of a child, when the system allows one (else skipped).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sv-error.h"
#include "sv-test-util.h"

#define SKIP_STATUS 77

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static guint
count_fill_entries (SvStore *store,
                    gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal = sv_store_list_journal (store, case_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < journal->len; i++)
    n += g_str_has_prefix (((SvJournalEntry *) journal->pdata[i])->text, "fill");
  return n;
}

/* The child: writes journal entries of 20,000 characters under a file
 * size limit until the disk is "full"; reports how many were committed. */
static void
fill_disk (const char *dir,
           gint64      case_id,
           int         out_fd)
{
  g_autoptr(SvSqliteStore) store = sv_test_open_store (dir, "full.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strnfill (20000, 'x');
  struct rlimit limit = { 512 * 1024, 512 * 1024 };
  guint committed = 0;

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();

      entry->case_id = case_id;
      g_date_set_dmy (&entry->date, 20, G_DATE_NOVEMBER, 2026);
      g_free (entry->author);
      entry->author = g_strdup ("Regievoerder");
      g_free (entry->text);
      entry->text = g_strdup_printf ("fill %u %s", i, text);
      if (!sv_store_add_journal_entry (SV_STORE (store), entry, &error))
        break;
      committed++;
    }
  /* Full before 200 × 20 KB, with the message that says what to do. */
  g_assert_error (error, SV_ERROR, SV_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "The disk is full"));
  g_assert_nonnull (strstr (error->message, "Free some space"));
  g_assert_cmpuint (committed, >, 0);
  /* What is committed can still be read, in the same process. */
  g_assert_cmpuint (count_fill_entries (SV_STORE (store), case_id), ==, committed);
  g_assert_cmpint (write (out_fd, &committed, sizeof committed), ==, sizeof committed);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "full.db", NULL);
  gint64 case_id;
  guint committed = 0;
  int fds[2], status = 0;
  pid_t pid;

  {
    g_autoptr(SvSqliteStore) store = sv_test_open_store (dir, "full.db");
    case_id = sv_test_add_case (SV_STORE (store), "Gezin Vol", "Schijf vol");
  }

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      /* A forked child would draw the same uids as its parent. */
      g_random_set_seed ((guint32) getpid ());
      close (fds[0]);
      fill_disk (dir, case_id, fds[1]);
      _exit (0);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &committed, sizeof committed), ==, sizeof committed);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  /* Space again: the file is whole, every committed entry is there, the
   * refused one is not, and writing works again. */
  check_integrity (path);
  {
    g_autoptr(SvSqliteStore) store = sv_test_open_store (dir, "full.db");
    g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (count_fill_entries (SV_STORE (store), case_id), ==, committed);
    entry->case_id = case_id;
    g_date_set_dmy (&entry->date, 21, G_DATE_NOVEMBER, 2026);
    g_free (entry->author);
    entry->author = g_strdup ("Regievoerder");
    g_free (entry->text);
    entry->text = g_strdup ("fill after");
    sv_store_add_journal_entry (SV_STORE (store), entry, &error);
    g_assert_no_error (error);
  }
  g_test_message ("%u entries of 20 KB committed before the disk was full", committed);
  sv_test_rmtree (dir);
}

/* Opened read-only (as --export does): reads work, a write is refused
 * with a message, and the file is not touched. */
static void
test_read_only_store (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "ro.db", NULL);
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCase) c = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize before_len = 0, after_len = 0;
  gint64 case_id;

  {
    g_autoptr(SvSqliteStore) rw = sv_test_open_store (dir, "ro.db");
    case_id = sv_test_add_case (SV_STORE (rw), "Gezin Lezen", "Alleen lezen");
  }
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  c = sv_store_get_case (SV_STORE (store), case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (c->reason, ==, "Alleen lezen");
  g_free (c->reason);
  c->reason = g_strdup ("Gewijzigd");
  g_assert_false (sv_store_save_case (SV_STORE (store), c, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_nonnull (strstr (error->message, "Nothing was saved"));
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  sv_test_rmtree (dir);
}

/* In a child with its own mount namespace: @dir bind-mounted read-only
 * on @ro. Exits SKIP_STATUS when the system does not allow it. */
static void
read_only_folder (const char *dir,
                  const char *ro,
                  gint64      case_id)
{
  g_autofree char *path = g_build_filename (ro, "ro.db", NULL);
  g_autofree char *wal = g_build_filename (dir, "ro.db-wal", NULL);
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCase) c = NULL;

  if (unshare (CLONE_NEWNS) != 0 ||
      mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount (dir, ro, NULL, MS_BIND, NULL) != 0 ||
      mount (NULL, ro, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    _exit (SKIP_STATUS);

  /* Opening for writing says why not; the app then opens it read-only. */
  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  g_clear_error (&error);

  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  c = sv_store_get_case (SV_STORE (store), case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (c->reason, ==, "Alleen lezen");
  g_assert_false (sv_store_save_case (SV_STORE (store), c, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  g_clear_error (&error);
  g_clear_object (&store);

  /* A log left by a crash beside it would be skipped: refused instead. */
  g_assert_true (g_file_set_contents (wal, "not empty", -1, NULL));
  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  g_assert_nonnull (strstr (error->message, "was not closed properly"));
  _exit (0);
}

static void
test_read_only_folder (void)
{
  g_autofree char *top = sv_test_make_dir ();
  g_autofree char *dir = g_build_filename (top, "rw", NULL);
  g_autofree char *ro = g_build_filename (top, "ro", NULL);
  gint64 case_id;
  int status = 0;
  pid_t pid;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (ro, 0700), ==, 0);
  {
    g_autoptr(SvSqliteStore) rw = sv_test_open_store (dir, "ro.db");
    case_id = sv_test_add_case (SV_STORE (rw), "Gezin Lezen", "Alleen lezen");
  }
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    read_only_folder (dir, ro, case_id);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == SKIP_STATUS)
    g_test_skip ("no private mount namespace here (needs root)");
  else
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  sv_test_rmtree (top);
}

/* A real full disk: a 1 MB tmpfs in a private mount namespace of a child
 * (skipped where that is not allowed). Writes fail with ENOSPC, which
 * SQLite reports as an I/O error or as SQLITE_FULL depending on where it
 * runs out; either way the message is the full disk's. */
static void
full_tmpfs (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autofree char *text = g_strnfill (20000, 'y');
  g_autofree char *path = g_build_filename (dir, "tiny.db", NULL);
  gint64 case_id;
  guint committed = 0;

  if (unshare (CLONE_NEWNS) != 0 ||
      mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", dir, "tmpfs", 0, "size=1m,mode=0700") != 0)
    _exit (SKIP_STATUS);

  store = sv_test_open_store (dir, "tiny.db");
  case_id = sv_test_add_case (SV_STORE (store), "Gezin Klein", "Kleine schijf");
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();

      entry->case_id = case_id;
      g_date_set_dmy (&entry->date, 20, G_DATE_NOVEMBER, 2026);
      g_free (entry->author);
      entry->author = g_strdup ("Regievoerder");
      g_free (entry->text);
      entry->text = g_strdup_printf ("fill %u %s", i, text);
      if (!sv_store_add_journal_entry (SV_STORE (store), entry, &error))
        break;
      committed++;
    }
  g_assert_error (error, SV_ERROR, SV_ERROR_DISK_FULL);
  g_assert_cmpuint (committed, >, 0);
  g_assert_cmpuint (count_fill_entries (SV_STORE (store), case_id), ==, committed);
  g_clear_object (&store);

  /* Reopened on the full disk: whole, and every committed entry there. */
  check_integrity (path);
  store = sv_test_open_store (dir, "tiny.db");
  g_assert_cmpuint (count_fill_entries (SV_STORE (store), case_id), ==, committed);
  _exit (0);
}

static void
test_disk_full_tmpfs (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_random_set_seed ((guint32) getpid ());
      full_tmpfs (dir);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == SKIP_STATUS)
    g_test_skip ("no private mount namespace here (needs root)");
  else
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  sv_test_rmtree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/disk-full", test_disk_full);
  g_test_add_func ("/io/disk-full-tmpfs", test_disk_full_tmpfs);
  g_test_add_func ("/io/read-only-store", test_read_only_store);
  g_test_add_func ("/io/read-only-folder", test_read_only_folder);
  return g_test_run ();
}
