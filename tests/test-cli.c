/* test-cli.c: `samenveilig --import/--export` run as the real binary, with
 * no display at all, checking exit codes, messages and files. */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "sv-test-util.h"

typedef struct {
  char     *dir;
  char     *db;       /* dir/cases.db, not created */
  char     *demo;     /* data/demo.json in the source tree */
  gboolean  skip;     /* the app is not built */
} Fixture;

/* Every test starts with this: without the binary there is nothing to run. */
#define SKIP_WITHOUT_BINARY(f) G_STMT_START { if ((f)->skip) return; } G_STMT_END

typedef struct {
  int   status;   /* exit code */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
binary_path (void)
{
  const char *given = g_getenv ("SV_BINARY");

  if (given != NULL)
    return g_strdup (given);
  return g_test_build_filename (G_TEST_BUILT, "..", "src", "samenveilig", NULL);
}

/* Runs the binary with the NULL-terminated arguments, without DISPLAY or
 * WAYLAND_DISPLAY: the command line must never need a display. */
static void
run_cli (Fixture    *f,
         Run        *r,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, binary_path ());
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (a));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");
  /* The default database would be in here, never in the tester's home. */
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", f->dir, TRUE);
  envp = g_environ_setenv (envp, "SV_TODAY", "2026-11-22", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  g_assert_true (g_spawn_sync (f->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &r->out, &r->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);
  if (g_test_verbose ())
    g_printerr ("exit %d\nstdout: %sstderr: %s", r->status, r->out, r->err);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *binary = binary_path ();

  f->dir = sv_test_make_dir ();
  f->db = g_build_filename (f->dir, "cases.db", NULL);
  f->demo = g_test_build_filename (G_TEST_DIST, "..", "data", "demo.json", NULL);
  if (!g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *why = g_strdup_printf ("%s is not built", binary);

      g_test_skip (why);
      f->skip = TRUE;
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sv_test_rmtree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->demo);
}

static char *
in_dir (Fixture    *f,
        const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static guint
n_cases_in (const char *json_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *doc;

  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  g_assert_no_error (error);
  doc = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (doc, "format"), ==, "samenveilig-cases");
  return json_array_get_length (json_object_get_array_member (doc, "cases"));
}

static char *
row_counts (const char *db_path)
{
  static const char *tables[] = {
    "cases", "households", "members", "network_members", "consents", "professionals",
    "case_professionals", "journal_entries",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_string_append_printf (out, "%s=%d ", tables[i], sqlite3_column_int (stmt, 0));
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

static void
import_demo (Fixture *f)
{
  g_auto(Run) r = { 0 };
  g_autofree char *expected = g_strdup_printf ("8 cases imported into %s\n", f->db);

  run_cli (f, &r, "--database", f->db, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);
  g_assert_cmpstr (r.err, ==, "");
}

/* Only the files named in @expected (NULL-terminated) are in the folder:
 * no temporary file of an atomic write is left behind. */
static void
assert_folder_holds (Fixture    *f,
                     const char *first,
                     ...)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  const char *name;
  va_list args;

  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (expected, (gpointer) a);
  va_end (args);
  g_ptr_array_add (expected, NULL);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      /* SQLite's own companions of the database may come and go. */
      if (g_str_has_prefix (name, "cases.db"))
        continue;
      if (!g_strv_contains ((const char * const *) expected->pdata, name))
        g_error ("unexpected file %s in %s", name, f->dir);
    }
}

/* ------------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------------ */

static void
test_export_missing_database (Fixture       *f,
                              gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "uit.json");

  SKIP_WITHOUT_BINARY (f);
  run_cli (f, &r, "--database", f->db, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "samenveilig: "));
  g_assert_nonnull (strstr (r.err, f->db));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  /* Looking is not creating. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_import_then_export (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "alles.json");
  g_autofree char *expected = NULL;
  GStatBuf st;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  run_cli (f, &r, "--database", f->db, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  expected = g_strdup_printf ("8 cases exported to %s\n", out);
  g_assert_cmpstr (r.out, ==, expected);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpuint (n_cases_in (out), ==, 8);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_folder_holds (f, "alles.json", NULL);
}

static void
test_export_one_case (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *one = in_dir (f, "een.json");
  g_autofree char *none = in_dir (f, "geen.json");

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  run_cli (f, &r, "--database", f->db, "--export", one, "--case", "2026-0003", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "2026-0003"));
  g_assert_cmpuint (n_cases_in (one), ==, 1);
  run_clear (&r);

  run_cli (f, &r, "--database", f->db, "--export", none, "--case", "2026-9999", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, "samenveilig: "));
  g_assert_nonnull (strstr (r.err, "2026-9999"));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  run_clear (&r);

  /* A failed export leaves an existing file as it was. */
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (one, &before, NULL, NULL));
    run_cli (f, &r, "--database", f->db, "--export", one, "--case", "2026-9999", NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_true (g_file_get_contents (one, &after, NULL, NULL));
    g_assert_cmpstr (before, ==, after);
  }
  assert_folder_holds (f, "een.json", NULL);
}

static void
test_wrong_usage (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "uit.json");

  SKIP_WITHOUT_BINARY (f);
  run_cli (f, &r, "--database", f->db, "--case", "2026-0001", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--case"));
  run_clear (&r);

  run_cli (f, &r, "--database", f->db, "--import", f->demo, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_import_malformed (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *bad = in_dir (f, "fout.json");
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GString) broken = NULL;

  SKIP_WITHOUT_BINARY (f);
  /* The demo with one impossible date deep inside. */
  g_assert_true (g_file_get_contents (f->demo, &text, NULL, NULL));
  broken = g_string_new (text);
  g_assert_cmpuint (g_string_replace (broken, "\"2021-11-30\"", "\"2026-02-31\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (bad, broken->str, -1, NULL));

  /* Into a new database: refused, and no database file left behind. */
  run_cli (f, &r, "--database", f->db, "--import", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "samenveilig: cases["));
  g_assert_nonnull (strstr (r.err, "“2026-02-31” is not a date"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  run_clear (&r);

  /* Into one with data: unchanged. */
  import_demo (f);
  before = row_counts (f->db);
  run_cli (f, &r, "--database", f->db, "--import", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  after = row_counts (f->db);
  g_assert_cmpstr (before, ==, after);
  run_clear (&r);

  /* Not JSON at all, and a file that is not there. */
  g_assert_true (g_file_set_contents (bad, "geen json", -1, NULL));
  run_cli (f, &r, "--database", f->db, "--import", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "JSON"));
  run_clear (&r);
  run_cli (f, &r, "--database", f->db, "--import", "bestaat-niet.json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "bestaat-niet.json"));
  g_clear_pointer (&after, g_free);
  after = row_counts (f->db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import_twice_and_renumber (Fixture       *f,
                                gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "docs", "example.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *moved = in_dir (f, "ander-nummer.json");
  g_autoptr(GString) copy = NULL;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  run_cli (f, &r, "--database", f->db, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "already in this database"));
  run_clear (&r);

  /* The example under a number the demo already uses. */
  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  copy = g_string_new (text);
  g_assert_cmpuint (g_string_replace (copy, "\"2026-0042\"", "\"2026-0005\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (moved, copy->str, -1, NULL));
  run_cli (f, &r, "--database", f->db, "--import", moved, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "1 case imported into"));
  g_assert_nonnull (strstr (r.out, "2026-0005 → 2026-0009"));
  /* One line. */
  g_assert_true (strchr (r.out, '\n') == r.out + strlen (r.out) - 1);
}

static void
test_export_beside_open_app (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "tijdens.json");
  g_autoptr(SvSqliteStore) app = NULL;
  g_autoptr(GError) error = NULL;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  /* The app holds the database open for writing. */
  app = sv_sqlite_store_open (f->db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  run_cli (f, &r, "--database", f->db, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (n_cases_in (out), ==, 8);
  run_clear (&r);

  /* An import must wait for the app to close. */
  run_cli (f, &r, "--database", f->db, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "already open"));
}

static void
test_export_refuses_database_as_output (Fixture       *f,
                                        gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *before = NULL;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  before = row_counts (f->db);
  run_cli (f, &r, "--database", f->db, "--export", f->db, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "database itself"));
  {
    g_autofree char *after = row_counts (f->db);

    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_default_database (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "standaard.json");
  g_autofree char *db = g_build_filename (f->dir, "samenveilig", "samenveilig.db", NULL);

  SKIP_WITHOUT_BINARY (f);
  /* Without --database: $XDG_DATA_HOME/samenveilig/samenveilig.db. */
  run_cli (f, &r, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, db));
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
  run_clear (&r);
  run_cli (f, &r, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (n_cases_in (out), ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/export-missing-database", test_export_missing_database);
  ADD ("/cli/import-then-export", test_import_then_export);
  ADD ("/cli/export-one-case", test_export_one_case);
  ADD ("/cli/wrong-usage", test_wrong_usage);
  ADD ("/cli/import-malformed", test_import_malformed);
  ADD ("/cli/import-twice-and-renumber", test_import_twice_and_renumber);
  ADD ("/cli/export-beside-open-app", test_export_beside_open_app);
  ADD ("/cli/export-refuses-database-as-output", test_export_refuses_database_as_output);
  ADD ("/cli/default-database", test_default_database);
#undef ADD
  return g_test_run ();
}
