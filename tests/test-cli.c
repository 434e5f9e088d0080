/* test-cli.c: `samenveilig --import/--export/--export-ics/--backup/--restore` run as the real
 * binary, with no display at all, checking exit codes, messages and files. */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libical/ical.h>
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
  GStrv     env;      /* more NAME=VALUE for the next runs, or NULL */
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
  for (guint i = 0; f->env != NULL && f->env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (f->env[i], "=", 2);

      envp = g_environ_setenv (envp, pair[0], pair[1], TRUE);
    }

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
  g_strfreev (f->env);
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

/* --export-invitations refuses what it cannot do, saying why, and writes
 * nothing (the letters themselves: test-invitations.c). */
static void
test_export_invitations_refused (Fixture       *f,
                                 gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *folder = in_dir (f, "brieven");
  g_autofree char *missing = in_dir (f, "bestaat-niet");

  SKIP_WITHOUT_BINARY (f);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  /* No database yet: reported, not created. */
  run_cli (f, &r, "--database", f->db, "--export-invitations", "1", "--output", folder, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  run_clear (&r);

  run_cli (f, &r, "--database", f->db, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_clear (&r);
  run_cli (f, &r, "--database", f->db, "--export-invitations", "1", "--output", folder, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "There is no interventiegesprek 1. Nothing was exported."));
  run_clear (&r);
  run_cli (f, &r, "--database", f->db, "--export-invitations", "1", "--output", missing, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "is not a folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  run_clear (&r);

  /* Wrong usage. */
  run_cli (f, &r, "--database", f->db, "--export-invitations", "-3", "--output", folder, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "number of an interventiegesprek"));
  run_clear (&r);
  run_cli (f, &r, "--database", f->db, "--export-invitations", "1", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--output"));
  run_clear (&r);
  run_cli (f, &r, "--database", f->db, "--export-invitations", "1", "--case", "2026-0001", "--output", folder, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "on its own"));
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);

    g_assert_null (g_dir_read_name (dir));
  }
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

/* ------------------------------------------------------------------------
 * Calendar export
 * ------------------------------------------------------------------------ */

/* Every text of @node that names or describes a person or a family. */
static void
collect_personal (JsonNode  *node,
                  GPtrArray *out)
{
  static const char * const keys[] = {
    "name", "given_names", "family_name", "given_by", "reason", "note", "text",
    "author", "closing_note", "source_detail", "contact", "email",
  };

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_personal (json_array_get_element (array, i), out);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);

          if (JSON_NODE_HOLDS_VALUE (child) && json_node_get_value_type (child) == G_TYPE_STRING &&
              g_strv_contains (keys, l->data) && strlen (json_node_get_string (child)) >= 3)
            g_ptr_array_add (out, g_strdup (json_node_get_string (child)));
          else
            collect_personal (child, out);
        }
    }
}

/* "N deadlines[ and M interventiegesprek(ken)] of …": N and M. */
static void
parse_ics_line (const char *line,
                guint      *n_deadlines,
                guint      *n_gesprekken)
{
  g_autoptr(GRegex) regex = g_regex_new ("^([0-9]+) deadlines?(?: and ([0-9]+) interventiegesprek(?:ken)?)? of ",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (!g_regex_match (regex, line, 0, &match))
    g_error ("unexpected result line: %s", line);
  first = g_match_info_fetch (match, 1);
  second = g_match_info_fetch (match, 2);
  *n_deadlines = (guint) g_ascii_strtoull (first, NULL, 10);
  *n_gesprekken = second != NULL && *second != '\0' ? (guint) g_ascii_strtoull (second, NULL, 10) : 0;
}

/* Reads @path back with libical: the events, by kind, and the case
 * numbers they belong to. */
static void
read_calendar (const char *path,
               guint      *n_deadlines,
               guint      *n_gesprekken,
               GHashTable *numbers)
{
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  *n_deadlines = *n_gesprekken = 0;
  for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       e != NULL; e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *rule = NULL;

      g_assert_true (g_str_has_suffix (icalcomponent_get_uid (e), "@samenveilig.overbetuwe.nl"));
      for (icalproperty *p = icalcomponent_get_first_property (e, ICAL_X_PROPERTY);
           p != NULL; p = icalcomponent_get_next_property (e, ICAL_X_PROPERTY))
        {
          if (g_str_equal (icalproperty_get_x_name (p), "X-SAMENVEILIG-RULE"))
            rule = icalproperty_get_x (p);
          else if (g_str_equal (icalproperty_get_x_name (p), "X-SAMENVEILIG-CASE"))
            g_hash_table_add (numbers, g_strdup (icalproperty_get_x (p)));
        }
      if (rule != NULL)
        (*n_deadlines)++;
      else
        (*n_gesprekken)++;
    }
  icalcomponent_free (calendar);
}

/* With python3-icalendar installed, a second, independent parser must
 * read the file without complaint. */
static void
validate_with_python (const char *path)
{
  const char *script =
    "import icalendar, sys\n"
    "c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
    "bad = [(x.name, x.errors) for x in c.walk() if x.errors]\n"
    "sys.exit(repr(bad) if bad else 0)\n";
  const char *probe[] = { "/usr/bin/python3", "-c", "import icalendar", NULL };
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_file_test (probe[0], G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_sync (NULL, (char **) probe, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("python3-icalendar is not installed: the second check is skipped");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, NULL));
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3-icalendar refuses %s: %s", path, err);
}

static void
test_export_ics (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "agenda.ics");
  g_autofree char *text = NULL;
  g_autofree char *tail = NULL;
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) personal = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) unfolded = NULL;
  guint said_deadlines, said_gesprekken, n_deadlines, n_gesprekken;
  GStatBuf st;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  run_cli (f, &r, "--database", f->db, "--export-ics", out, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  parse_ics_line (r.out, &said_deadlines, &said_gesprekken);
  tail = g_strdup_printf (" cases exported to %s\n", out);
  g_assert_true (g_str_has_suffix (r.out, tail));
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_folder_holds (f, "agenda.ics", NULL);

  /* What the line says is what the file holds; closed cases are left out. */
  read_calendar (out, &n_deadlines, &n_gesprekken, numbers);
  g_assert_cmpuint (n_deadlines, >, 0);
  g_assert_cmpuint (n_deadlines, ==, said_deadlines);
  g_assert_cmpuint (n_gesprekken, ==, said_gesprekken);
  g_assert_false (g_hash_table_contains (numbers, "2026-0001"));  /* gesloten */
  g_assert_true (g_hash_table_contains (numbers, "2026-0003"));

  /* No name, reason, note or journal text of the demo reaches the file. */
  g_assert_true (json_parser_load_from_file (parser, f->demo, NULL));
  collect_personal (json_parser_get_root (parser), personal);
  g_assert_cmpuint (personal->len, >, 20);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  unfolded = g_string_new (text);
  g_string_replace (unfolded, "\r\n ", "", 0);
  for (guint i = 0; i < personal->len; i++)
    if (strstr (unfolded->str, personal->pdata[i]) != NULL)
      g_error ("“%s” is in the calendar", (char *) personal->pdata[i]);

  validate_with_python (out);
}

static void
test_export_ics_one_case (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *one = in_dir (f, "een.ics");
  g_autofree char *none = in_dir (f, "geen.ics");
  g_autofree char *tail = g_strdup_printf (" of case 2026-0003 exported to %s\n", one);
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint said_deadlines, said_gesprekken, n_deadlines, n_gesprekken;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  run_cli (f, &r, "--database", f->db, "--export-ics", one, "--case", "2026-0003", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_suffix (r.out, tail));
  parse_ics_line (r.out, &said_deadlines, &said_gesprekken);
  read_calendar (one, &n_deadlines, &n_gesprekken, numbers);
  g_assert_cmpuint (n_deadlines, ==, said_deadlines);
  g_assert_cmpuint (n_gesprekken, ==, said_gesprekken);
  g_assert_cmpuint (g_hash_table_size (numbers), ==, 1);
  g_assert_true (g_hash_table_contains (numbers, "2026-0003"));
  validate_with_python (one);
  run_clear (&r);

  run_cli (f, &r, "--database", f->db, "--export-ics", none, "--case", "2026-9999", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "samenveilig: "));
  g_assert_nonnull (strstr (r.err, "2026-9999"));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  assert_folder_holds (f, "een.ics", NULL);
}

/* The DTSTART of the event with @uid in @path, as written. */
static char *
event_start (const char *path,
             const char *uid)
{
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  char *start = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  calendar = icalparser_parse_string (text);
  for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       e != NULL; e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_str_equal (icalcomponent_get_uid (e), uid))
      start = g_strdup (icaltime_as_ical_string (icalcomponent_get_dtstart (e)));
  icalcomponent_free (calendar);
  g_assert_nonnull (start);
  return start;
}

/* Extra days off come from the app's settings when its schema is there,
 * and are not needed when it is not. */
static void
test_export_ics_extra_days_off (Fixture       *f,
                                gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *plain = in_dir (f, "zonder.ics");
  g_autofree char *with = in_dir (f, "met.ics");
  g_autofree char *schemas = g_test_build_filename (G_TEST_BUILT, "..", "data", NULL);
  g_autofree char *compiled = g_build_filename (schemas, "gschemas.compiled", NULL);
  g_autofree char *config = in_dir (f, "config");
  g_autofree char *keyfile_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (keyfile_dir, "keyfile", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  /* Demo case 2026-0004: interventiegesprek on Wednesday 25 November; the
   * Veiligheidskaart goes out three working days before. */
  const char *uid = "demo-zaak-04-ig-kaart-definitief@samenveilig.overbetuwe.nl";

  SKIP_WITHOUT_BINARY (f);
  if (!g_file_test (compiled, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the settings schema is not compiled in the build tree");
      return;
    }
  import_demo (f);
  run_cli (f, &r, "--database", f->db, "--export-ics", plain, NULL);
  g_assert_cmpint (r.status, ==, 0);
  before = event_start (plain, uid);
  g_assert_cmpstr (before, ==, "20261120");
  run_clear (&r);

  /* Monday 23 November off, set as the preferences window would. */
  g_assert_cmpint (g_mkdir_with_parents (keyfile_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile,
                                      "[org/overbetuwe/SamenVeilig]\n"
                                      "extra-days-off=['2026-11-23']\n", -1, NULL));
  f->env = g_strdupv ((char *[]) { NULL });
  f->env = g_environ_setenv (f->env, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
  f->env = g_environ_setenv (f->env, "GSETTINGS_BACKEND", "keyfile", TRUE);
  f->env = g_environ_setenv (f->env, "XDG_CONFIG_HOME", config, TRUE);
  run_cli (f, &r, "--database", f->db, "--export-ics", with, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  after = event_start (with, uid);
  g_assert_cmpstr (after, ==, "20261119");
}

static void
test_export_ics_missing_database (Fixture       *f,
                                  gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *out = in_dir (f, "agenda.ics");

  SKIP_WITHOUT_BINARY (f);
  run_cli (f, &r, "--database", f->db, "--export-ics", out, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "samenveilig: "));
  g_assert_nonnull (strstr (r.err, f->db));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  run_clear (&r);

  /* One headless action at a time. */
  run_cli (f, &r, "--database", f->db, "--export-ics", out, "--export", out, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--export-ics"));
  run_clear (&r);
  run_cli (f, &r, "--database", f->db, "--export-ics", out, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}


/* ------------------------------------------------------------------------
 * Backup and restore
 * ------------------------------------------------------------------------ */

static void
exec_sql (const char *db_path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  sv_test_allow_raw_writes (db);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static char *
read_bytes (const char *path,
            gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, &error));
  g_assert_no_error (error);
  return data;
}

static void
make_backup (Fixture    *f,
             const char *backup)
{
  g_auto(Run) r = { 0 };
  g_autofree char *expected = g_strdup_printf ("Backup of %s written to %s\n", f->db, backup);

  run_cli (f, &r, "--database", f->db, "--backup", backup, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);
  g_assert_cmpstr (r.err, ==, "");
}

static void
test_backup_beside_open_app (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *backup = in_dir (f, "kopie.db");
  g_autofree char *expected = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(SvSqliteStore) app = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *writer = NULL;
  GStatBuf st;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  expected = row_counts (f->db);
  /* The app holds its lock, and a write is under way, not yet committed. */
  app = sv_sqlite_store_open (f->db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->db, &writer), ==, SQLITE_OK);
  sv_test_allow_raw_writes (writer);
  g_assert_cmpint (sqlite3_exec (writer, "BEGIN IMMEDIATE; DELETE FROM case_professionals; DELETE FROM consents",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  make_backup (f, backup);
  sqlite3_exec (writer, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (writer);

  copied = row_counts (backup);
  g_assert_cmpstr (copied, ==, expected);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* A file on its own: no WAL of the copy, no temporary file left. */
  assert_folder_holds (f, "kopie.db", NULL);
}

static void
test_backup_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *other = in_dir (f, "bestaat.db");
  g_autofree char *db_bytes = NULL;
  g_autofree char *db_after = NULL;
  gsize len, len_after;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  db_bytes = read_bytes (f->db, &len);

  run_cli (f, &r, "--database", f->db, "--backup", f->db, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "database itself"));
  run_clear (&r);

  g_assert_true (g_file_set_contents (other, "niet overschrijven", -1, NULL));
  run_cli (f, &r, "--database", f->db, "--backup", other, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "already exists"));
  run_clear (&r);
  {
    g_autofree char *kept = read_bytes (other, NULL);

    g_assert_cmpstr (kept, ==, "niet overschrijven");
  }

  run_cli (f, &r, "--database", f->db, "--backup", other, "--import", f->demo, NULL);
  g_assert_cmpint (r.status, ==, 2);

  db_after = read_bytes (f->db, &len_after);
  g_assert_cmpmem (db_bytes, len, db_after, len_after);
  assert_folder_holds (f, "bestaat.db", NULL);
}

static void
test_restore_brings_data_back (Fixture       *f,
                               gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *backup = in_dir (f, "kopie.db");
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  original = row_counts (f->db);
  make_backup (f, backup);

  /* Changed after the backup. */
  exec_sql (f->db, "DELETE FROM consents; DELETE FROM case_professionals");
  changed = row_counts (f->db);
  g_assert_cmpstr (changed, !=, original);

  run_cli (f, &r, "--database", f->db, "--restore", backup, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  prefix = g_strdup_printf ("%s restored from %s; the database it replaced is kept as %s.before-restore-",
                            f->db, backup, f->db);
  g_assert_true (g_str_has_prefix (r.out, prefix));
  restored = row_counts (f->db);
  g_assert_cmpstr (restored, ==, original);

  /* The database it replaced is kept, private, as it was. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "cases.db.before-restore-"))
      {
        g_assert_null (kept);
        kept = in_dir (f, name);
      }
  g_assert_nonnull (kept);
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *old = row_counts (kept);

    g_assert_cmpstr (old, ==, changed);
  }
  g_assert_cmpint (g_stat (f->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The app opens the restored database. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SvSqliteStore) app = sv_sqlite_store_open (f->db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_nonnull (app);
  }
}

static void
test_restore_refused_while_open (Fixture       *f,
                                 gconstpointer  data)
{
  g_auto(Run) r = { 0 };
  g_autofree char *backup = in_dir (f, "kopie.db");
  g_autoptr(SvSqliteStore) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  make_backup (f, backup);
  exec_sql (f->db, "DELETE FROM consents");
  before = row_counts (f->db);

  app = sv_sqlite_store_open (f->db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  run_cli (f, &r, "--database", f->db, "--restore", backup, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "already open"));
  g_clear_object (&app);

  after = row_counts (f->db);
  g_assert_cmpstr (after, ==, before);
  assert_folder_holds (f, "kopie.db", NULL);
}

static void
assert_restore_refused (Fixture    *f,
                        const char *bad,
                        const char *why)
{
  g_auto(Run) r = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len, len_after;

  before = read_bytes (f->db, &len);
  run_cli (f, &r, "--database", f->db, "--restore", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, why));
  g_assert_nonnull (strstr (r.err, "Nothing was restored."));
  after = read_bytes (f->db, &len_after);
  g_assert_cmpmem (before, len, after, len_after);
}

static void
test_restore_refuses_bad_files (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *backup = in_dir (f, "kopie.db");
  g_autofree char *truncated = in_dir (f, "afgekapt.db");
  g_autofree char *garbage = in_dir (f, "rommel.db");
  g_autofree char *scrambled = in_dir (f, "beschadigd.db");
  g_autofree char *foreign = in_dir (f, "vreemd.db");
  g_autofree char *newer = in_dir (f, "nieuwer.db");
  g_autofree char *bytes = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  char noise[8192];
  gsize len;

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  make_backup (f, backup);
  bytes = read_bytes (backup, &len);
  g_assert_cmpuint (len, >, 16384);

  g_assert_true (g_file_set_contents (truncated, bytes, len / 3, NULL));
  assert_restore_refused (f, truncated, "is damaged");

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (garbage, noise, sizeof noise, NULL));
  assert_restore_refused (f, garbage, "is damaged");

  /* A sound header over pages full of noise. */
  memcpy (bytes + 4096, noise, sizeof noise);
  g_assert_true (g_file_set_contents (scrambled, bytes, len, NULL));
  assert_restore_refused (f, scrambled, "is damaged");

  exec_sql (foreign, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')");
  assert_restore_refused (f, foreign, "is not a Samen Veilig backup");

  g_clear_pointer (&bytes, g_free);
  bytes = read_bytes (backup, &len);
  g_assert_true (g_file_set_contents (newer, bytes, len, NULL));
  sql = g_strdup_printf ("PRAGMA user_version = %d", sv_sqlite_store_schema_version () + 1);
  exec_sql (newer, sql);
  assert_restore_refused (f, newer, "newer version");

  assert_folder_holds (f, "kopie.db", "afgekapt.db", "rommel.db", "beschadigd.db", "vreemd.db", "nieuwer.db", NULL);
}


/* ------------------------------------------------------------------------
 * Audit log and sharing guard
 * ------------------------------------------------------------------------ */

static int
count_rows (const char *db_path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_names_without_consent (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *pdf = in_dir (f, "overzicht.pdf");
  g_autofree char *json = in_dir (f, "alles.json");
  static const char *shared =
    "SELECT count(*) FROM audit_log a JOIN cases c ON c.id = a.case_id"
    "  WHERE c.number = '2026-0002' AND a.action = 'share-without-consent'";
  static const char *exported =
    "SELECT count(*) FROM audit_log a JOIN cases c ON c.id = a.case_id"
    "  WHERE c.number = '2026-0002' AND a.action = 'export'";

  SKIP_WITHOUT_BINARY (f);
  import_demo (f);
  /* Case 2026-0002: consent not yet asked. Refused, nothing written. */
  {
    g_auto(Run) r = { 0 };

    run_cli (f, &r, "--database", f->db, "--export-overview", "2026-0002", "--output", pdf, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "--confirm-no-consent"));
    g_assert_nonnull (strstr (r.err, "2026-0002"));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    g_assert_cmpint (count_rows (f->db, exported), ==, 0);
  }
  /* With initials it needs no consent, and is logged as an export. */
  {
    g_auto(Run) r = { 0 };

    run_cli (f, &r, "--database", f->db, "--export-overview", "2026-0002", "--output", pdf, "--initials", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpint (count_rows (f->db, exported), ==, 1);
    g_assert_cmpint (count_rows (f->db, shared), ==, 0);
    g_remove (pdf);
  }
  /* Confirmed: written, and the sharing recorded. */
  {
    g_auto(Run) r = { 0 };

    run_cli (f, &r, "--database", f->db, "--export-overview", "2026-0002", "--output", pdf,
             "--confirm-no-consent", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
    g_assert_cmpint (count_rows (f->db, shared), ==, 1);
    g_assert_cmpint (count_rows (f->db, exported), ==, 2);
  }
  /* The flag alone, without a print with names, is wrong usage. */
  {
    g_auto(Run) r = { 0 };

    run_cli (f, &r, "--database", f->db, "--export", json, "--confirm-no-consent", NULL);
    g_assert_cmpint (r.status, ==, 2);
  }
  /* The case's audit log as CSV: what was shared, and its own export. */
  {
    g_auto(Run) r = { 0 };
    g_autofree char *csv_path = in_dir (f, "logboek.csv");
    g_autofree char *csv = NULL;
    GStatBuf st;

    run_cli (f, &r, "--database", f->db, "--export-audit", "2026-0002", "--output", csv_path, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "Audit log of case 2026-0002 ("));
    g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
    g_assert_nonnull (strstr (csv, ",share-without-consent,"));
    g_assert_nonnull (strstr (csv, "audit log (CSV)"));
    g_assert_cmpint (g_stat (csv_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_remove (csv_path);
  }
  /* The exchange export is recorded for every case in it. */
  {
    g_auto(Run) r = { 0 };

    run_cli (f, &r, "--database", f->db, "--export", json, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpint (count_rows (f->db, "SELECT count(DISTINCT case_id) FROM audit_log"
                                        "  WHERE action = 'export' AND detail LIKE '%JSON%'"), ==, 8);
  }
}


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/audit/names-without-consent", test_names_without_consent);
  ADD ("/cli/export-missing-database", test_export_missing_database);
  ADD ("/cli/import-then-export", test_import_then_export);
  ADD ("/cli/export-one-case", test_export_one_case);
  ADD ("/cli/wrong-usage", test_wrong_usage);
  ADD ("/cli/import-malformed", test_import_malformed);
  ADD ("/cli/import-twice-and-renumber", test_import_twice_and_renumber);
  ADD ("/cli/export-beside-open-app", test_export_beside_open_app);
  ADD ("/cli/export-refuses-database-as-output", test_export_refuses_database_as_output);
  ADD ("/cli/default-database", test_default_database);
  ADD ("/cli/export-ics", test_export_ics);
  ADD ("/cli/export-ics-one-case", test_export_ics_one_case);
  ADD ("/cli/export-ics-missing-database", test_export_ics_missing_database);
  ADD ("/cli/export-ics-extra-days-off", test_export_ics_extra_days_off);
  ADD ("/cli/backup-beside-open-app", test_backup_beside_open_app);
  ADD ("/cli/backup-refuses-existing", test_backup_refuses_existing);
  ADD ("/cli/restore-brings-data-back", test_restore_brings_data_back);
  ADD ("/cli/restore-refused-while-open", test_restore_refused_while_open);
  ADD ("/cli/restore-refuses-bad-files", test_restore_refuses_bad_files);
  ADD ("/cli/export-invitations-refused", test_export_invitations_refused);
#undef ADD
  return g_test_run ();
}
