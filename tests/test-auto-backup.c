/* test-auto-backup.c: the daily backup — made when due and not before,
 * the newest N kept, private modes, and a restore from one giving back
 * the same cases. */
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "sv-sqlite-auto-backup.h"
#include "sv-sqlite-backup.h"
#include "sv-test-util.h"

typedef struct {
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SvSqliteStore) store = NULL;

  f->dir = sv_test_make_dir ();
  store = sv_test_open_store (f->dir, "cases.db");
  f->db = g_strdup (sv_sqlite_store_get_path (store));
  sv_test_add_case (SV_STORE (store), "Jansen", "Eerste casus.");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sv_test_rmtree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
run_at (Fixture   *f,
        GDateTime *now,
        guint      keep)
{
  g_autoptr(GError) error = NULL;
  char *made = NULL;

  g_assert_true (sv_auto_backup_run (f->db, keep, now, FALSE, &made, &error));
  g_assert_no_error (error);
  return made;
}

static void
test_due_once_a_day (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) t0 = g_date_time_new_utc (2026, 11, 22, 8, 15, 0);
  g_autoptr(GDateTime) later = g_date_time_add_hours (t0, 23);
  g_autoptr(GDateTime) next = g_date_time_add_hours (t0, 24);
  g_autofree char *first = run_at (f, t0, 7);
  g_autofree char *none = run_at (f, later, 7);
  g_autofree char *second = run_at (f, next, 7);
  g_autofree char *folder = sv_auto_backup_folder (f->db);
  GStatBuf st;

  g_assert_nonnull (first);
  g_assert_true (g_str_has_suffix (first, "/backups/cases-20261122-081500.db"));
  g_assert_null (none);
  g_assert_nonnull (second);
  g_assert_true (g_str_has_suffix (second, "/backups/cases-20261123-081500.db"));

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (first, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_rotation_keeps_newest (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) t0 = g_date_time_new_utc (2026, 11, 1, 9, 0, 0);
  g_autoptr(GPtrArray) list = NULL;
  /* Something else in the folder is never touched. */
  g_autofree char *folder = sv_auto_backup_folder (f->db);
  g_autofree char *other = g_build_filename (folder, "notes.txt", NULL);

  for (guint day = 0; day < 10; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (t0, day);
      g_autofree char *made = run_at (f, now, 7);

      g_assert_nonnull (made);
      if (day == 0)
        g_assert_true (g_file_set_contents (other, "x", 1, NULL));
    }
  list = sv_auto_backup_list (f->db);
  g_assert_cmpuint (list->len, ==, 7);
  g_assert_true (g_str_has_suffix (list->pdata[0], "cases-20261104-090000.db"));
  g_assert_true (g_str_has_suffix (list->pdata[6], "cases-20261110-090000.db"));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* A backup cut off midway leaves its temporary file: the next one
   * clears it. */
  {
    g_autofree char *leftover = g_build_filename (folder, "cases-20261111-090000.db.tmp-AbC123", NULL);
    g_autoptr(GDateTime) now = g_date_time_add_days (t0, 20);
    g_autofree char *made = NULL;

    g_assert_true (g_file_set_contents (leftover, "half", 4, NULL));
    made = run_at (f, now, 7);
    g_assert_nonnull (made);
    g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  }

  /* Fewer to keep: the oldest go at the next backup. */
  {
    g_autoptr(GDateTime) now = g_date_time_add_days (t0, 21);
    g_autofree char *made = run_at (f, now, 3);
    g_autoptr(GPtrArray) fewer = sv_auto_backup_list (f->db);

    g_assert_cmpuint (fewer->len, ==, 3);
    g_assert_cmpstr (fewer->pdata[2], ==, made);
  }
}

static void
test_restore_from_automatic (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *made = run_at (f, now, 7);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(SvCase) original = NULL;

  {
    g_autoptr(SvSqliteStore) store = sv_sqlite_store_open (f->db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    before = sv_store_list_case_ids (SV_STORE (store), SV_CASE_FILTER_ALL, 0, &error);
    original = sv_store_get_case (SV_STORE (store), g_array_index (before, gint64, 0), &error);
    /* A change after the backup, which the restore undoes. */
    sv_test_add_case (SV_STORE (store), "Bakker", "Na de kopie.");
  }
  g_assert_true (sv_sqlite_backup_restore (f->db, made, &kept, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SvSqliteStore) store = sv_sqlite_store_open (f->db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
    g_autoptr(SvCase) restored = NULL;

    g_assert_no_error (error);
    after = sv_store_list_case_ids (SV_STORE (store), SV_CASE_FILTER_ALL, 0, &error);
    g_assert_cmpuint (after->len, ==, before->len);
    restored = sv_store_get_case (SV_STORE (store), g_array_index (after, gint64, 0), &error);
    g_assert_cmpstr (restored->number, ==, original->number);
    g_assert_cmpstr (restored->reason, ==, original->reason);
    g_assert_cmpstr (restored->uid, ==, original->uid);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/auto-backup/due-once-a-day", test_due_once_a_day);
  ADD ("/auto-backup/rotation", test_rotation_keeps_newest);
  ADD ("/auto-backup/restore", test_restore_from_automatic);
#undef ADD
  return g_test_run ();
}
