/* test-store.c: the SQLite store — files, schema, transactions, search,
 * facts and deadlines done. */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <string.h>

#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "cases.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static int
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_new_file_is_private (Fixture       *f,
                          gconstpointer  data)
{
  const char *path = sv_sqlite_store_get_path (f->store);
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, sv_sqlite_store_schema_version ());
  g_assert_cmpint (raw_int (path, "PRAGMA journal_mode = wal"), >=, 0);
  g_assert_cmpint (f->store->db != NULL, ==, TRUE);
}

static void
test_default_path (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  /* GLib caches the data dir; a fresh value is read by the subprocess. */
  if (g_test_subprocess ())
    {
      path = sv_sqlite_store_default_path (&error);
      g_assert_no_error (error);
      expected = g_build_filename (g_getenv ("XDG_DATA_HOME"), "samenveilig", "samenveilig.db", NULL);
      g_assert_cmpstr (path, ==, expected);
      folder = g_path_get_dirname (path);
      g_assert_cmpint (g_stat (folder, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0700);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  sv_test_rmtree (dir);
}

static void
test_migrate_from_every_version (void)
{
  for (int from = 0; from < sv_sqlite_store_schema_version (); from++)
    {
      g_autofree char *dir = sv_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(SvSqliteStore) store = NULL;
      g_autoptr(GArray) found = NULL;
      sqlite3 *db = NULL;

      /* Build a database as version @from left it, with a case in it. */
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      /* The audit triggers of later versions need their SQL functions. */
      sv_test_allow_raw_writes (db);
      sqlite3_exec (db, "PRAGMA application_id = 1400263510", NULL, NULL, NULL);
      g_assert_true (sv_sqlite_schema_migrate (db, from, &error));
      g_assert_no_error (error);
      if (from >= 1)
        g_assert_cmpint (sqlite3_exec (db,
                                       "INSERT INTO households (uid, name) VALUES ('h1', 'Gezin Oudversie');"
                                       "INSERT INTO members (household_id, given_names, family_name, role)"
                                       "  VALUES (1, 'Rosalie', 'Oudversie', 'jeugdige');"
                                       "INSERT INTO cases (uid, number, household_id, report_kind, source, received,"
                                       "  reason, created_at, updated_at) VALUES ('c1', '2025-0001', 1, 'zorgmelding',"
                                       "  'veilig-thuis', '2025-05-01', 'Melding uit oude versie',"
                                       "  '2025-05-01T10:00:00Z', '2025-05-01T10:00:00Z');",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      /* From version 2 on the app indexes a change before its commit. */
      if (from >= 2)
        g_assert_cmpint (sqlite3_exec (db,
                                       "INSERT OR REPLACE INTO case_search (rowid, names, reason, journal)"
                                       "  SELECT id, names, reason, journal FROM case_search_source"
                                       "  WHERE id IN (SELECT case_id FROM search_dirty);"
                                       "DELETE FROM search_dirty;",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpint (raw_int (path, "PRAGMA user_version"), ==, sv_sqlite_store_schema_version ());
      found = sv_store_search_case_ids (SV_STORE (store), "rosal", SV_CASE_FILTER_ALL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, from >= 1 ? 1 : 0);
      g_assert_cmpuint (sv_store_count_cases (SV_STORE (store), SV_CASE_FILTER_OPEN, NULL), ==, from >= 1 ? 1 : 0);
      if (from >= 1)
        {
          /* The old case takes facts and done deadlines (version 3 on). */
          g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (SV_STORE (store), 1, &error);
          g_autoptr(SvCaseFacts) again = NULL;
          g_autoptr(GHashTable) done = NULL;
          GDate on;

          g_assert_no_error (error);
          g_assert_false (g_date_valid (&facts->order_end));
          g_date_clear (&facts->order_end, 1);
          g_date_set_dmy (&facts->order_end, 24, G_DATE_JANUARY, 2027);
          g_assert_true (sv_store_save_case_facts (SV_STORE (store), facts, &error));
          g_assert_no_error (error);
          g_date_clear (&on, 1);
          g_date_set_dmy (&on, 2, G_DATE_NOVEMBER, 2026);
          g_assert_true (sv_store_set_deadline_done (SV_STORE (store), 1, "ots-step-1", &on, &error));
          g_assert_no_error (error);
          again = sv_store_get_case_facts (SV_STORE (store), 1, &error);
          g_assert_cmpint (g_date_get_julian (&again->order_end), ==, g_date_get_julian (&facts->order_end));
          done = sv_store_list_deadlines_done (SV_STORE (store), 1, &error);
          g_assert_cmpuint (g_hash_table_size (done), ==, 1);
        }
      g_clear_object (&store);
      sv_test_rmtree (dir);
    }
}

static void
test_refuses_foreign_files (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  SvSqliteStore *store;
  sqlite3 *db = NULL;
  gsize len;

  /* Not a database at all: refused, and the bytes stay as they were. */
  g_assert_true (g_file_set_contents (text, "Dit is geen database, maar een notitie.\n", -1, NULL));
  store = sv_sqlite_store_open (text, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (text, &after, &len, NULL));
  g_assert_cmpstr (after, ==, "Dit is geen database, maar een notitie.\n");
  g_clear_pointer (&after, g_free);

  /* Another program's SQLite database. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE recipes (name TEXT)", NULL, NULL, NULL);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (other, &before, &len, NULL));
  store = sv_sqlite_store_open (other, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (other, &after, &len, NULL));
  g_assert_cmpmem (before, len, after, len);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* Ours, but from a newer version. */
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA application_id = 1400263510; PRAGMA user_version = 99; CREATE TABLE future (x);",
                NULL, NULL, NULL);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (newer, &before, &len, NULL));
  store = sv_sqlite_store_open (newer, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_NEWER);
  g_assert_nonnull (strstr (error->message, "99"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (newer, &after, &len, NULL));
  g_assert_cmpmem (before, len, after, len);
  g_assert_cmpint (raw_int (newer, "PRAGMA user_version"), ==, 99);

  sv_test_rmtree (dir);
}

static void
test_refuses_damaged_file (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *path = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  SvSqliteStore *store;
  gsize len;

  store = sv_test_open_store (dir, "damaged.db");
  sv_test_add_case (SV_STORE (store), "Gezin Beschadigd", "Test");
  path = g_strdup (sv_sqlite_store_get_path (store));
  g_object_unref (store);

  /* Overwrite the header: the file is no longer a database. */
  g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
  memset (bytes, 'x', 100);
  g_assert_true (g_file_set_contents (path, bytes, len, NULL));
  g_chmod (path, 0600);
  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT);
  sv_test_rmtree (dir);
}

static void
test_unreadable_and_read_only (void)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  SvSqliteStore *store;

  store = sv_test_open_store (dir, "perm.db");
  path = g_strdup (sv_sqlite_store_get_path (store));
  g_object_unref (store);

  if (geteuid () == 0)
    {
      g_test_skip ("root reads every file");
      sv_test_rmtree (dir);
      return;
    }
  g_chmod (path, 0200);
  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE);
  g_clear_error (&error);
  g_chmod (path, 0400);
  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  sv_test_rmtree (dir);
}

static void
test_locked_by_other_instance (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SvSqliteStore *second;
  g_autoptr(SvSqliteStore) reader = NULL;
  const char *path = sv_sqlite_store_get_path (f->store);

  second = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_LOCKED);
  g_clear_error (&error);

  /* A reader (an export) works beside the open app and cannot write. */
  sv_test_add_case (SV_STORE (f->store), "Gezin Naast", "Lezen tijdens gebruik");
  reader = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sv_store_count_cases (SV_STORE (reader), SV_CASE_FILTER_ALL, NULL), ==, 1);
  {
    g_autoptr(SvHousehold) h = sv_household_new ();

    g_free (h->name);
    h->name = g_strdup ("Gezin Lezer");
    g_assert_false (sv_store_save_household (SV_STORE (reader), h, &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  }
}

static void
test_case_numbers_and_round_trip (Fixture       *f,
                                  gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  g_autoptr(GError) error = NULL;
  gint64 first = sv_test_add_case (store, "Gezin Één", "Eerste melding");
  gint64 second = sv_test_add_case (store, "Gezin Twee", "Tweede melding");
  g_autoptr(SvCase) a = sv_store_get_case (store, first, &error);
  g_autoptr(SvCase) b = sv_store_get_case (store, second, &error);
  g_autoptr(GPtrArray) members = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (a->number, ==, "2026-0001");
  g_assert_cmpstr (b->number, ==, "2026-0002");
  g_assert_cmpint (sv_store_find_case (store, "2026-0002", NULL), ==, second);
  g_assert_cmpint (sv_store_find_case (store, "2026-9999", NULL), ==, 0);
  g_assert_cmpint (a->report_kind, ==, SV_REPORT_KIND_ZORGELIJKE_MELDING);
  g_assert_cmpint (a->source, ==, SV_REPORT_SOURCE_HUISARTS);
  g_assert_cmpint (g_date_get_day (&a->received), ==, 2);
  g_assert_nonnull (a->created_at);
  g_assert_nonnull (a->uid);

  members = sv_store_list_members (store, a->household_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 2);
  /* Parents first, then youths. */
  g_assert_cmpint (((SvMember *) members->pdata[0])->role, ==, SV_MEMBER_ROLE_OUDER_VERZORGER);
  g_assert_cmpint (g_date_get_year (&((SvMember *) members->pdata[1])->birth_date), ==, 2014);
}

static void
test_exact_text (Fixture       *f,
                 gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  const char *name = "Gezin \"O'Neill\" 🏠 עִבְרִית مرحبا";
  gint64 id = sv_test_add_case (store, name, "Reden met 'aanhalingstekens' en \"dubbele\" 😀");
  g_autoptr(SvCase) c = sv_store_get_case (store, id, NULL);
  g_autoptr(SvHousehold) h = sv_store_get_household (store, c->household_id, NULL);
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (h->name, ==, name);
  g_assert_cmpstr (c->reason, ==, "Reden met 'aanhalingstekens' en \"dubbele\" 😀");

  for (guint i = 0; i < 20000; i++)
    g_string_append_unichar (big, i % 100 == 99 ? '\n' : (i % 7 == 0 ? 0x1F600 + i % 50 : 'a' + i % 26));
  entry->case_id = id;
  g_date_set_dmy (&entry->date, 3, G_DATE_NOVEMBER, 2026);
  g_free (entry->author);
  entry->author = g_strdup ("Inge Inbrenger");
  g_free (entry->text);
  entry->text = g_strdup (big->str);
  g_assert_true (sv_store_add_journal_entry (store, entry, &error));
  g_assert_no_error (error);
  journal = sv_store_list_journal (store, id, &error);
  g_assert_cmpuint (journal->len, ==, 1);
  g_assert_cmpstr (((SvJournalEntry *) journal->pdata[0])->text, ==, big->str);
  g_assert_cmpint (g_utf8_strlen (((SvJournalEntry *) journal->pdata[0])->text, -1), ==, 20000);
}

static void
test_validation_writes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  g_autoptr(SvMember) m = sv_member_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = sv_test_add_case (store, "Gezin Geldig", "Test");
  g_autoptr(SvCase) c = sv_store_get_case (store, id, NULL);
  g_autoptr(GPtrArray) members = NULL;
  GDate today;

  sv_date_today (&today);
  m->household_id = c->household_id;
  g_free (m->given_names);
  m->given_names = g_strdup ("Toekomst");
  g_date_set_julian (&m->birth_date, g_date_get_julian (&today) + 1);
  g_assert_false (sv_store_save_member (store, m, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpint (m->id, ==, 0);
  members = sv_store_list_members (store, c->household_id, NULL);
  g_assert_cmpuint (members->len, ==, 2);
}

typedef struct {
  gint64 household_id;
  guint  step;
} HalfWrite;

static gboolean
write_then_fail (SvStore  *store,
                 gpointer  user_data,
                 GError  **error)
{
  HalfWrite *w = user_data;
  g_autoptr(SvMember) m = sv_member_new ();
  g_autoptr(SvHousehold) h = sv_household_new ();

  g_free (h->name);
  h->name = g_strdup ("Gezin Half");
  if (!sv_store_save_household (store, h, error))
    return FALSE;
  m->household_id = h->id;
  g_free (m->given_names);
  m->given_names = g_strdup ("Halfje");
  if (!sv_store_save_member (store, m, error))
    return FALSE;
  w->household_id = h->id;
  w->step = 2;
  /* The third write breaks a rule: everything must go. */
  g_free (m->given_names);
  m->given_names = g_strdup ("");
  m->id = 0;
  return sv_store_save_member (store, m, error);
}

static void
test_transaction_all_or_nothing (Fixture       *f,
                                 gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  g_autoptr(GError) error = NULL;
  HalfWrite w = { 0, 0 };
  g_autoptr(SvHousehold) h = NULL;
  g_autoptr(GArray) found = NULL;
  g_assert_false (sv_store_run_in_transaction (store, write_then_fail, &w, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpuint (w.step, ==, 2);
  h = sv_store_get_household (store, w.household_id, NULL);
  g_assert_null (h);
  g_assert_cmpint (raw_int (sv_sqlite_store_get_path (f->store), "SELECT count(*) FROM members"), ==, 0);
  g_assert_cmpint (raw_int (sv_sqlite_store_get_path (f->store), "SELECT count(*) FROM households"), ==, 0);
  found = sv_store_search_case_ids (store, "halfje", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (found->len, ==, 0);

  /* The store is usable afterwards. */
  sv_test_add_case (store, "Gezin Daarna", "Werkt nog");
  g_assert_cmpuint (sv_store_count_cases (store, SV_CASE_FILTER_ALL, NULL), ==, 1);
}

static void
on_changed_count_cb (SvStore *store,
                     guint    what,
                     gint64   case_id,
                     guint   *count)
{
  (*count)++;
}

static void
test_changed_after_commit (Fixture       *f,
                           gconstpointer  data)
{
  guint count = 0;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_count_cb), &count);
  sv_test_add_case (SV_STORE (f->store), "Gezin Signaal", "Test");
  /* household, two members, case: four commits, four announcements */
  g_assert_cmpuint (count, ==, 4);
}

static void
add_entry (SvStore    *store,
           gint64      case_id,
           const char *text,
           gint64      corrects)
{
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autoptr(GError) error = NULL;

  entry->case_id = case_id;
  g_date_set_dmy (&entry->date, 5, G_DATE_NOVEMBER, 2026);
  g_free (entry->author);
  entry->author = g_strdup ("Inge Inbrenger");
  g_free (entry->text);
  entry->text = g_strdup (text);
  entry->corrects_id = corrects;
  g_assert_true (sv_store_add_journal_entry (store, entry, &error));
  g_assert_no_error (error);
}

static void
test_journal_is_append_only (Fixture       *f,
                             gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  gint64 id = sv_test_add_case (store, "Gezin Journaal", "Test");
  gint64 other = sv_test_add_case (store, "Gezin Anders", "Test");
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  SvJournalEntry *first, *second;
  sqlite3 *db = f->store->db;

  add_entry (store, id, "Huisbezoek: vader was niet thuis.", 0);
  journal = sv_store_list_journal (store, id, NULL);
  first = journal->pdata[0];
  add_entry (store, id, "Correctie: vader was wel thuis, moeder niet.", first->id);
  g_clear_pointer (&journal, g_ptr_array_unref);

  journal = sv_store_list_journal (store, id, NULL);
  g_assert_cmpuint (journal->len, ==, 2);
  first = journal->pdata[0];
  second = journal->pdata[1];
  g_assert_cmpstr (first->text, ==, "Huisbezoek: vader was niet thuis.");
  g_assert_cmpint (first->corrected_by_id, ==, second->id);
  g_assert_cmpint (second->corrects_id, ==, first->id);

  /* Not even SQL behind the store's back can rewrite or remove history. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE journal_entries SET text = 'weg'", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM journal_entries", NULL, NULL, NULL), !=, SQLITE_OK);

  /* A correction of another case's entry is refused; an update too. */
  {
    g_autoptr(SvJournalEntry) wrong = sv_journal_entry_copy (first);

    wrong->id = 0;
    wrong->case_id = other;
    wrong->corrects_id = first->id;
    g_clear_pointer (&wrong->uid, g_free);
    g_assert_false (sv_store_add_journal_entry (store, wrong, &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (sv_store_add_journal_entry (store, first, &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  }
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  gint64 a = sv_test_add_case (store, "Gezin Naïef", "Ruzie bij de buren");
  gint64 b = sv_test_add_case (store, "Gezin Jansen", "Schoolverzuim");
  g_autoptr(GArray) r = NULL;
  g_autoptr(SvCase) cb = sv_store_get_case (store, b, NULL);

  r = sv_store_search_case_ids (store, "naief", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_assert_cmpint (g_array_index (r, gint64, 0), ==, a);
  g_clear_pointer (&r, g_array_unref);

  /* Prefixes, case, and words from different fields together. */
  r = sv_store_search_case_ids (store, "JANS school", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_assert_cmpint (g_array_index (r, gint64, 0), ==, b);
  g_clear_pointer (&r, g_array_unref);

  /* Members and the journal are found; newest report first. */
  r = sv_store_search_case_ids (store, "bram", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 2);
  g_assert_cmpint (g_array_index (r, gint64, 0), ==, b);
  g_clear_pointer (&r, g_array_unref);
  add_entry (store, a, "Gesprek met de leerkracht over Ölçü.", 0);
  r = sv_store_search_case_ids (store, "leerkr olcu", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_clear_pointer (&r, g_array_unref);

  /* By case number. */
  r = sv_store_search_case_ids (store, cb->number, SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_assert_cmpint (g_array_index (r, gint64, 0), ==, b);
  g_clear_pointer (&r, g_array_unref);

  /* A renamed household is found under its new name only. */
  {
    g_autoptr(SvHousehold) h = sv_store_get_household (store, cb->household_id, NULL);
    g_free (h->name);
    h->name = g_strdup ("Gezin Pietersen");
    g_assert_true (sv_store_save_household (store, h, NULL));
  }
  r = sv_store_search_case_ids (store, "jansen", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 0);
  g_clear_pointer (&r, g_array_unref);
  r = sv_store_search_case_ids (store, "pieters", SV_CASE_FILTER_ALL, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_clear_pointer (&r, g_array_unref);

  /* The query language is out of reach of what is typed. */
  r = sv_store_search_case_ids (store, "\" OR * NEAR( ) AND", SV_CASE_FILTER_ALL, NULL);
  g_assert_nonnull (r);
  g_assert_cmpuint (r->len, ==, 0);
  g_clear_pointer (&r, g_array_unref);

  /* Closed cases leave the open list. */
  cb->status = SV_CASE_STATUS_GESLOTEN;
  g_date_set_dmy (&cb->closed_on, 10, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_case (store, cb, NULL));
  r = sv_store_search_case_ids (store, "bram", SV_CASE_FILTER_OPEN, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_assert_cmpint (g_array_index (r, gint64, 0), ==, a);
  g_clear_pointer (&r, g_array_unref);
  r = sv_store_search_case_ids (store, "bram", SV_CASE_FILTER_CLOSED, NULL);
  g_assert_cmpuint (r->len, ==, 1);
  g_assert_cmpint (g_array_index (r, gint64, 0), ==, b);
}

static void
test_consent_and_roles (Fixture       *f,
                        gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  gint64 id = sv_test_add_case (store, "Gezin Toestemming", "Test");
  g_autoptr(SvConsent) consent = sv_store_get_consent (store, id, NULL);
  g_autoptr(SvConsent) again = NULL;
  g_autoptr(SvProfessional) p = sv_professional_new ();
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autoptr(SvCaseRole) twice = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GError) error = NULL;
  guint n_orgs;

  g_assert_cmpint (consent->status, ==, SV_CONSENT_STATUS_ONBEKEND);
  consent->status = SV_CONSENT_STATUS_GEGEVEN;
  g_date_set_dmy (&consent->date, 4, G_DATE_NOVEMBER, 2026);
  g_free (consent->given_by);
  consent->given_by = g_strdup ("Anna Testpersoon");
  g_free (consent->scope);
  consent->scope = g_strdup ("LEVO, school en huisarts");
  g_assert_true (sv_store_save_consent (store, consent, &error));
  g_assert_no_error (error);
  again = sv_store_get_consent (store, id, NULL);
  g_assert_cmpint (again->status, ==, SV_CONSENT_STATUS_GEGEVEN);
  g_assert_cmpstr (again->scope, ==, "LEVO, school en huisarts");

  organisations = sv_store_list_organisations (store, NULL);
  n_orgs = organisations->len;
  g_free (p->name);
  p->name = g_strdup ("Wim Wijkagent");
  g_free (p->organisation_name);
  p->organisation_name = g_strdup ("politie");  /* matches "Politie", any case */
  g_assert_true (sv_store_save_professional (store, p, &error));
  g_assert_no_error (error);
  g_clear_pointer (&organisations, g_ptr_array_unref);
  organisations = sv_store_list_organisations (store, NULL);
  g_assert_cmpuint (organisations->len, ==, n_orgs);

  role->case_id = id;
  role->role = SV_CASE_ROLE_INBRENGER;
  role->professional = sv_professional_copy (p);
  g_assert_true (sv_store_save_case_role (store, role, &error));
  g_assert_no_error (error);
  twice = sv_case_role_copy (role);
  twice->id = 0;
  g_assert_false (sv_store_save_case_role (store, twice, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_EXISTS);
  roles = sv_store_list_case_roles (store, id, NULL);
  g_assert_cmpuint (roles->len, ==, 1);
  g_assert_cmpstr (((SvCaseRole *) roles->pdata[0])->professional->organisation_name, ==, "Politie");
}

static void
test_meetings_preloaded (Fixture       *f,
                         gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (store, NULL);
  g_autoptr(GPtrArray) levo = NULL;
  g_autoptr(SvMeetingParticipant) extra = sv_meeting_participant_new ();
  g_autoptr(GError) error = NULL;
  SvMeetingKind *k;
  gboolean has_politie = FALSE;

  g_assert_cmpuint (kinds->len, ==, 4);
  k = kinds->pdata[0];
  g_assert_cmpstr (k->code, ==, "LEVO");
  g_assert_cmpuint (k->cadence_weeks, ==, 4);
  g_assert_true (k->requires_consent);
  g_assert_cmpstr (((SvMeetingKind *) kinds->pdata[1])->code, ==, "LEJO");
  g_assert_cmpuint (((SvMeetingKind *) kinds->pdata[1])->cadence_weeks, ==, 2);
  g_assert_true (((SvMeetingKind *) kinds->pdata[1])->invites_family);

  levo = sv_store_list_meeting_participants (store, k->id, NULL);
  g_assert_cmpuint (levo->len, ==, 12);
  for (guint i = 0; i < levo->len; i++)
    has_politie |= g_str_equal (((SvMeetingParticipant *) levo->pdata[i])->organisation_name, "Politie");
  g_assert_true (has_politie);

  /* Editable: a new organisation in the flexible shell. */
  extra->meeting_kind_id = k->id;
  g_free (extra->organisation_name);
  extra->organisation_name = g_strdup ("Schuldhulpverlening");
  extra->circle = SV_MEETING_CIRCLE_FLEXIBELE_SCHIL;
  g_assert_true (sv_store_save_meeting_participant (store, extra, &error));
  g_assert_no_error (error);
  g_clear_pointer (&levo, g_ptr_array_unref);
  levo = sv_store_list_meeting_participants (store, k->id, NULL);
  g_assert_cmpuint (levo->len, ==, 13);
  g_assert_cmpstr (((SvMeetingParticipant *) levo->pdata[12])->organisation_name, ==, "Schuldhulpverlening");
  g_assert_true (sv_store_delete_meeting_participant (store, extra->id, NULL));

  k->cadence_weeks = 6;
  g_assert_true (sv_store_save_meeting_kind (store, k, &error));
  g_clear_pointer (&kinds, g_ptr_array_unref);
  kinds = sv_store_list_meeting_kinds (store, NULL);
  g_assert_cmpuint (((SvMeetingKind *) kinds->pdata[0])->cadence_weeks, ==, 6);
}

/* ------------------------------------------------------------------------
 * Facts and deadlines done
 * ------------------------------------------------------------------------ */

static GDate
date_of (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

static void
assert_same_date (const GDate *a,
                  const GDate *b)
{
  g_autofree char *ia = sv_date_to_iso (a);
  g_autofree char *ib = sv_date_to_iso (b);

  g_assert_cmpstr (ia, ==, ib);
}

static void
assert_same_facts (const SvCaseFacts *a,
                   const SvCaseFacts *b)
{
  g_assert_cmpint (a->case_id, ==, b->case_id);
  assert_same_date (&a->order_end, &b->order_end);
  g_assert_cmpint (a->order_kind, ==, b->order_kind);
  g_assert_cmpint (a->care_after_18_arranged, ==, b->care_after_18_arranged);
  assert_same_date (&a->vht_consultation, &b->vht_consultation);
  assert_same_date (&a->ig_date, &b->ig_date);
  g_assert_cmpint (a->ig_minutes, ==, b->ig_minutes);
  assert_same_date (&a->it_first_discussion, &b->it_first_discussion);
  assert_same_date (&a->traject_v_start, &b->traject_v_start);
  assert_same_date (&a->vt_received, &b->vt_received);
  assert_same_date (&a->vt_handover, &b->vt_handover);
  g_assert_cmpint (a->vt_handover_kind, ==, b->vt_handover_kind);
  g_assert_cmpint (a->vt_handover_acute, ==, b->vt_handover_acute);
  assert_same_date (&a->huisverbod_start, &b->huisverbod_start);
  g_assert_cmpint (a->huisverbod_extended, ==, b->huisverbod_extended);
  assert_same_date (&a->last_incident, &b->last_incident);
}

/* Every field set to a value other than its default; the plans lie ahead
 * of "today" (2026-11-22), what happened before it. */
static SvCaseFacts *
full_facts (gint64 case_id)
{
  SvCaseFacts *facts = sv_case_facts_new ();

  facts->case_id = case_id;
  facts->order_end = date_of ("2027-01-24");
  facts->order_kind = SV_ORDER_KIND_VOOGDIJ;
  facts->care_after_18_arranged = TRUE;
  facts->vht_consultation = date_of ("2026-11-12");
  facts->ig_date = date_of ("2026-11-25");
  facts->ig_minutes = 10 * 60;
  facts->it_first_discussion = date_of ("2026-10-20");
  facts->traject_v_start = date_of ("2026-12-01");
  facts->vt_received = date_of ("2026-11-16");
  facts->vt_handover = date_of ("2026-11-18");
  facts->vt_handover_kind = SV_HANDOVER_AFTER_INVESTIGATION;
  facts->vt_handover_acute = TRUE;
  facts->huisverbod_start = date_of ("2026-11-17");
  facts->huisverbod_extended = TRUE;
  facts->last_incident = date_of ("2026-11-22");
  return facts;
}

static void
on_changed_record_cb (SvStore *store,
                      guint    what,
                      gint64   case_id,
                      GArray  *seen)
{
  g_array_append_val (seen, case_id);
  g_assert_true (what & SV_STORE_CHANGE_CASE);
}

static void
test_facts_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  g_autoptr(GError) error = NULL;
  gint64 id = sv_test_add_case (store, "Gezin Feiten", "Test");
  gint64 other = sv_test_add_case (store, "Gezin Ander", "Test");
  g_autoptr(SvCaseFacts) empty = sv_store_get_case_facts (store, id, &error);
  g_autoptr(SvCaseFacts) facts = full_facts (id);
  g_autoptr(SvCaseFacts) back = NULL;
  g_autoptr(SvCaseFacts) cleared = NULL;
  g_autoptr(SvCaseFacts) untouched = NULL;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* No row yet: every fact cleared, the case id set. */
  g_assert_no_error (error);
  g_assert_cmpint (empty->case_id, ==, id);
  g_assert_false (g_date_valid (&empty->order_end));
  g_assert_false (g_date_valid (&empty->last_incident));
  g_assert_cmpint (empty->ig_minutes, ==, -1);
  g_assert_cmpint (empty->order_kind, ==, SV_ORDER_KIND_OTS);
  g_assert_cmpint (empty->vt_handover_kind, ==, SV_HANDOVER_AFTER_ASSESSMENT);
  g_assert_false (empty->huisverbod_extended);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_record_cb), seen);
  g_assert_true (sv_store_save_case_facts (store, facts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpint (g_array_index (seen, gint64, 0), ==, id);
  back = sv_store_get_case_facts (store, id, &error);
  g_assert_no_error (error);
  assert_same_facts (facts, back);
  /* Stored as the schema says: ISO dates, 0/1, minutes, nicks. */
  g_assert_cmpint (raw_int (sv_sqlite_store_get_path (f->store),
                            "SELECT count(*) FROM case_facts WHERE order_end = '2027-01-24'"
                            "  AND order_kind = 'voogdij' AND ig_minutes = 600"
                            "  AND vt_handover_kind = 'na-onderzoek' AND huisverbod_extended = 1"), ==, 1);

  /* An update (the upsert), back to the defaults: one row, all cleared. */
  cleared = sv_case_facts_new ();
  cleared->case_id = id;
  g_assert_true (sv_store_save_case_facts (store, cleared, &error));
  g_assert_no_error (error);
  g_clear_pointer (&back, sv_case_facts_free);
  back = sv_store_get_case_facts (store, id, &error);
  assert_same_facts (cleared, back);
  g_assert_cmpint (raw_int (sv_sqlite_store_get_path (f->store), "SELECT count(*) FROM case_facts"), ==, 1);
  g_assert_cmpint (raw_int (sv_sqlite_store_get_path (f->store),
                            "SELECT count(*) FROM case_facts WHERE ig_minutes IS NULL AND order_end IS NULL"), ==, 1);
  /* Midnight is a time, not "unknown". */
  cleared->ig_minutes = 0;
  g_assert_true (sv_store_save_case_facts (store, cleared, &error));
  g_clear_pointer (&back, sv_case_facts_free);
  back = sv_store_get_case_facts (store, id, &error);
  g_assert_cmpint (back->ig_minutes, ==, 0);

  /* The other case is not touched. */
  untouched = sv_store_get_case_facts (store, other, &error);
  g_assert_no_error (error);
  g_assert_cmpint (untouched->case_id, ==, other);
  g_assert_false (g_date_valid (&untouched->order_end));
}

static void
test_facts_invalid_write_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  gint64 id = sv_test_add_case (store, "Gezin Ongeldig", "Test");
  const char *path = sv_sqlite_store_get_path (f->store);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  static const struct {
    const char *field;
    const char *fragment;
  } cases[] = {
    { "ig_minutes=1440", "Time of the interventiegesprek: 1440" },
    { "ig_minutes=-2", "Time of the interventiegesprek: -2" },
    { "order_kind=7", "Kind of order" },
    { "vt_handover_kind=9", "Kind of handover" },
    { "last_incident", "Last incident: 23 November 2026 lies in the future" },
    { "vt_received", "Received by Veilig Thuis: " },
    { "vt_handover", "Handed over by Veilig Thuis: " },
    { "it_first_discussion", "First Interventieteam discussion: " },
    { "huisverbod_start", "Start of the tijdelijk huisverbod: " },
    { "order_end=1850", "End of the order: the year 1850 is outside 1900–2199" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCaseFacts) later = NULL;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_record_cb), seen);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SvCaseFacts) facts = full_facts (id);
      GDate tomorrow = date_of ("2026-11-23");
      const char *field = cases[i].field;

      if (g_str_equal (field, "ig_minutes=1440"))
        facts->ig_minutes = 1440;
      else if (g_str_equal (field, "ig_minutes=-2"))
        facts->ig_minutes = -2;
      else if (g_str_equal (field, "order_kind=7"))
        facts->order_kind = (SvOrderKind) 7;
      else if (g_str_equal (field, "vt_handover_kind=9"))
        facts->vt_handover_kind = (SvHandoverKind) 9;
      else if (g_str_equal (field, "last_incident"))
        facts->last_incident = tomorrow;
      else if (g_str_equal (field, "vt_received"))
        facts->vt_received = tomorrow;
      else if (g_str_equal (field, "vt_handover"))
        facts->vt_handover = tomorrow;
      else if (g_str_equal (field, "it_first_discussion"))
        facts->it_first_discussion = tomorrow;
      else if (g_str_equal (field, "huisverbod_start"))
        facts->huisverbod_start = tomorrow;
      else if (g_str_equal (field, "order_end=1850"))
        g_date_set_dmy (&facts->order_end, 1, G_DATE_JANUARY, 1850);
      else
        g_assert_not_reached ();

      g_assert_false (sv_store_save_case_facts (store, facts, &error));
      g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("“%s” is not in the message “%s”", cases[i].fragment, error->message);
      g_clear_error (&error);
    }
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM case_facts"), ==, 0);
  g_assert_cmpuint (seen->len, ==, 0);

  /* Plans and ends may lie ahead. */
  later = full_facts (id);
  later->order_end = date_of ("2030-06-30");
  later->vht_consultation = date_of ("2026-12-01");
  later->ig_date = date_of ("2026-12-10");
  later->traject_v_start = date_of ("2027-01-04");
  g_assert_true (sv_store_save_case_facts (store, later, &error));
  g_assert_no_error (error);

  /* A case that does not exist: not found, for reading and writing. */
  g_clear_pointer (&later, sv_case_facts_free);
  g_assert_null (sv_store_get_case_facts (store, 9999, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  later = full_facts (9999);
  g_assert_false (sv_store_save_case_facts (store, later, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM case_facts"), ==, 1);
}

static void
test_deadlines_done (Fixture       *f,
                     gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  gint64 id = sv_test_add_case (store, "Gezin Afgevinkt", "Test");
  gint64 other = sv_test_add_case (store, "Gezin Ander", "Test");
  const char *path = sv_sqlite_store_get_path (f->store);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GError) error = NULL;
  GDate first = date_of ("2026-10-30");
  GDate second = date_of ("2026-11-06");
  GDate today = date_of ("2026-11-22");
  GDate tomorrow = date_of ("2026-11-23");
  GDate cleared;

  done = sv_store_list_deadlines_done (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (done), ==, 0);
  g_clear_pointer (&done, g_hash_table_unref);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_record_cb), seen);
  g_assert_true (sv_store_set_deadline_done (store, id, "ots-step-1", &first, &error));
  g_assert_true (sv_store_set_deadline_done (store, id, "ots-step-2", &second, &error));
  g_assert_true (sv_store_set_deadline_done (store, other, "thv-einde", &today, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpint (g_array_index (seen, gint64, 0), ==, id);
  g_assert_cmpint (g_array_index (seen, gint64, 2), ==, other);

  done = sv_store_list_deadlines_done (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (done), ==, 2);
  assert_same_date (g_hash_table_lookup (done, "ots-step-1"), &first);
  assert_same_date (g_hash_table_lookup (done, "ots-step-2"), &second);
  g_clear_pointer (&done, g_hash_table_unref);

  /* Marked again: the new date replaces the old one. */
  g_assert_true (sv_store_set_deadline_done (store, id, "ots-step-1", &second, &error));
  g_assert_no_error (error);
  done = sv_store_list_deadlines_done (store, id, &error);
  assert_same_date (g_hash_table_lookup (done, "ots-step-1"), &second);
  g_clear_pointer (&done, g_hash_table_unref);

  /* Undone, with NULL or with a cleared date; undoing twice is no error
   * and announces nothing. */
  g_array_set_size (seen, 0);
  g_assert_true (sv_store_set_deadline_done (store, id, "ots-step-1", NULL, &error));
  g_date_clear (&cleared, 1);
  g_assert_true (sv_store_set_deadline_done (store, id, "ots-step-2", &cleared, &error));
  g_assert_true (sv_store_set_deadline_done (store, id, "ots-step-2", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 2);
  done = sv_store_list_deadlines_done (store, id, &error);
  g_assert_cmpuint (g_hash_table_size (done), ==, 0);
  g_clear_pointer (&done, g_hash_table_unref);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM deadlines_done"), ==, 1);

  /* Refused, and nothing written or announced: an unknown rule (also to
   * undo), a day still to come, a case that does not exist. */
  g_array_set_size (seen, 0);
  g_assert_false (sv_store_set_deadline_done (store, id, "ots-step-7", &first, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“ots-step-7” is not one of the deadlines"));
  g_clear_error (&error);
  g_assert_false (sv_store_set_deadline_done (store, id, "", NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sv_store_set_deadline_done (store, id, "ig-uiterlijk", &tomorrow, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Done on: 23 November 2026 lies in the future"));
  g_clear_error (&error);
  g_assert_false (sv_store_set_deadline_done (store, 9999, "ig-uiterlijk", &today, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (path, "SELECT count(*) FROM deadlines_done"), ==, 1);
  g_assert_cmpuint (seen->len, ==, 0);

  /* Every rule of the engine can be marked. */
  for (const char * const *rule = sv_deadline_rule_ids (); *rule != NULL; rule++)
    {
      g_assert_true (sv_store_set_deadline_done (store, id, *rule, &today, &error));
      g_assert_no_error (error);
    }
  done = sv_store_list_deadlines_done (store, id, &error);
  g_assert_cmpuint (g_hash_table_size (done), ==, g_strv_length ((char **) sv_deadline_rule_ids ()));
}

static void
test_bulk_facts (Fixture       *f,
                 gconstpointer  data)
{
  SvStore *store = SV_STORE (f->store);
  gint64 a = sv_test_add_case (store, "Gezin Eén", "Test");
  gint64 b = sv_test_add_case (store, "Gezin Twee", "Test");
  gint64 c = sv_test_add_case (store, "Gezin Drie", "Test");
  g_autoptr(SvCaseFacts) fa = sv_store_get_case_facts (store, a, NULL);
  g_autoptr(SvCaseFacts) fb = sv_store_get_case_facts (store, b, NULL);
  g_autoptr(SvCase) closed = sv_store_get_case (store, b, NULL);
  g_autoptr(GPtrArray) open_facts = NULL;
  g_autoptr(GPtrArray) all_facts = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(SvProfessional) p = sv_professional_new ();
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autoptr(GError) error = NULL;
  GDate on;
  GHashTable *done_a;

  g_date_set_dmy (&fa->order_end, 24, G_DATE_JANUARY, 2027);
  g_assert_true (sv_store_save_case_facts (store, fa, &error));
  g_date_set_dmy (&fb->last_incident, 1, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_case_facts (store, fb, &error));
  g_date_set_dmy (&on, 30, G_DATE_OCTOBER, 2026);
  g_assert_true (sv_store_set_deadline_done (store, a, "ots-step-1", &on, &error));
  closed->status = SV_CASE_STATUS_GESLOTEN;
  g_date_set_dmy (&closed->closed_on, 20, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_case (store, closed, &error));
  g_assert_no_error (error);

  /* Only cases with facts, and only those of the filter. */
  open_facts = sv_store_list_case_facts (store, SV_CASE_FILTER_OPEN, &error);
  g_assert_cmpuint (open_facts->len, ==, 1);
  g_assert_cmpint (((SvCaseFacts *) open_facts->pdata[0])->case_id, ==, a);
  g_assert_cmpint (g_date_get_year (&((SvCaseFacts *) open_facts->pdata[0])->order_end), ==, 2027);
  all_facts = sv_store_list_case_facts (store, SV_CASE_FILTER_ALL, &error);
  g_assert_cmpuint (all_facts->len, ==, 2);

  done = sv_store_list_all_deadlines_done (store, SV_CASE_FILTER_OPEN, &error);
  g_assert_cmpuint (g_hash_table_size (done), ==, 1);
  done_a = g_hash_table_lookup (done, &a);
  g_assert_nonnull (done_a);
  g_assert_cmpint (g_date_get_day (g_hash_table_lookup (done_a, "ots-step-1")), ==, 30);

  g_free (p->name);
  p->name = g_strdup ("Wim Wijkagent");
  g_assert_true (sv_store_save_professional (store, p, &error));
  role->case_id = c;
  role->professional = sv_professional_copy (p);
  g_assert_true (sv_store_save_case_role (store, role, &error));
  ids = sv_store_list_case_ids_for_professional (store, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/new-file-is-private", test_new_file_is_private);
  g_test_add_func ("/store/default-path", test_default_path);
  g_test_add_func ("/store/migrate-from-every-version", test_migrate_from_every_version);
  g_test_add_func ("/store/refuses-foreign-files", test_refuses_foreign_files);
  g_test_add_func ("/store/refuses-damaged-file", test_refuses_damaged_file);
  g_test_add_func ("/store/unreadable-and-read-only", test_unreadable_and_read_only);
  ADD ("/store/locked-by-other-instance", test_locked_by_other_instance);
  ADD ("/store/case-numbers-and-round-trip", test_case_numbers_and_round_trip);
  ADD ("/store/exact-text", test_exact_text);
  ADD ("/store/validation-writes-nothing", test_validation_writes_nothing);
  ADD ("/store/transaction-all-or-nothing", test_transaction_all_or_nothing);
  ADD ("/store/changed-after-commit", test_changed_after_commit);
  ADD ("/store/journal-is-append-only", test_journal_is_append_only);
  ADD ("/store/search", test_search);
  ADD ("/store/consent-and-roles", test_consent_and_roles);
  ADD ("/store/meetings-preloaded", test_meetings_preloaded);
  ADD ("/store/facts-round-trip", test_facts_round_trip);
  ADD ("/store/facts-invalid-write-nothing", test_facts_invalid_write_nothing);
  ADD ("/store/deadlines-done", test_deadlines_done);
  ADD ("/store/bulk-facts", test_bulk_facts);
#undef ADD
  return g_test_run ();
}
