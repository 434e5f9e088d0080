/* test-audit.c: the audit log — changes logged by the store with old and
 * new values, accesses reported by callers, a log that cannot be changed
 * or shortened, its export — and erasing a case after its retention
 * period, after which nothing of it can be found. */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sv-error.h"
#include "sv-retention.h"
#include "sv-test-util.h"

/* A word no test data contains, to look for after erasure. */
#define UNIQUE "Zwartewaterklooster"

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "cases.db");
  f->store = SV_STORE (f->sqlite);
  sv_sqlite_store_set_audit_user (f->sqlite, "Els de Voorzitter");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static GPtrArray *
audit_of (Fixture *f,
          gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = sv_store_list_audit (f->store, case_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The last entry of @case_id with @action (and @field, when not NULL). */
static const SvAuditEntry *
find_entry (GPtrArray     *list,
            SvAuditAction  action,
            const char    *field)
{
  for (guint i = list->len; i-- > 0;)
    {
      const SvAuditEntry *e = list->pdata[i];

      if (e->action == action && (field == NULL || g_strcmp0 (e->field, field) == 0))
        return e;
    }
  return NULL;
}

static int
raw_exec (Fixture    *f,
          gboolean    with_functions,
          const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (sv_sqlite_store_get_path (f->sqlite), &db), ==, SQLITE_OK);
  if (with_functions)
    sv_test_allow_raw_writes (db);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return rc;
}

static int
raw_int (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (sv_sqlite_store_get_path (f->sqlite), &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_changes_logged (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sv_test_add_case (f->store, "Jansen", "Zorgen over de kinderen na een melding van de huisarts.");
  g_autoptr(SvCase) c = sv_store_get_case (f->store, id, &error);
  g_autoptr(GPtrArray) members = sv_store_list_members (f->store, c->household_id, &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *describe = NULL;
  SvMember *child = members->pdata[1];
  const SvAuditEntry *e;

  /* A small field: old and new value. */
  g_free (child->family_name);
  child->family_name = g_strdup ("Pietersen");
  g_assert_true (sv_store_save_member (f->store, child, &error));
  g_assert_no_error (error);
  /* A long text: only that it changed, and the lengths. */
  g_free (c->reason);
  c->reason = g_strdup ("Nieuwe zorgen.");
  g_assert_true (sv_store_save_case (f->store, c, &error));
  g_assert_no_error (error);

  list = audit_of (f, id);
  g_assert_nonnull (find_entry (list, SV_AUDIT_CREATE, NULL));

  e = find_entry (list, SV_AUDIT_CHANGE, "family_name");
  g_assert (e != NULL);
  g_assert_cmpstr (e->record_kind, ==, "members");
  g_assert_cmpint (e->record_id, ==, child->id);
  g_assert_cmpstr (e->old_value, ==, "Testpersoon");
  g_assert_cmpstr (e->new_value, ==, "Pietersen");
  g_assert_cmpstr (e->os_user, ==, g_get_user_name ());
  g_assert_cmpstr (e->display_name, ==, "Els de Voorzitter");
  g_assert_nonnull (e->at);
  g_assert_false (e->erased);

  e = find_entry (list, SV_AUDIT_CHANGE, "reason");
  g_assert (e != NULL);
  g_assert_null (e->old_value);
  g_assert_null (e->new_value);
  g_assert_cmpstr (e->detail, ==, "55→14");
  describe = sv_audit_entry_describe (e);
  g_assert_cmpstr (describe, ==, "Changed reason (55 → 14 characters)");

  /* An unchanged field is not logged: saving again adds nothing. */
  {
    guint before = list->len;
    g_autoptr(GPtrArray) again = NULL;

    g_assert_true (sv_store_save_case (f->store, c, &error));
    again = audit_of (f, id);
    g_assert_cmpuint (again->len, ==, before);
  }
}

static void
test_accesses_logged (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sv_test_add_case (f->store, "Jansen", "Zorgen.");
  g_autoptr(GPtrArray) list = NULL;
  static const SvAuditAction accesses[] = {
    SV_AUDIT_OPEN, SV_AUDIT_PRINT, SV_AUDIT_EXPORT, SV_AUDIT_REVEAL, SV_AUDIT_SHARE_WITHOUT_CONSENT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (accesses); i++)
    {
      g_autofree char *detail = g_strdup_printf ("detail %u", i);

      g_assert_true (sv_store_log_access (f->store, accesses[i], id, detail, &error));
      g_assert_no_error (error);
    }
  list = audit_of (f, id);
  for (guint i = 0; i < G_N_ELEMENTS (accesses); i++)
    {
      const SvAuditEntry *e = find_entry (list, accesses[i], NULL);
      g_autofree char *detail = g_strdup_printf ("detail %u", i);

      g_assert (e != NULL);
      g_assert_cmpint (e->case_id, ==, id);
      g_assert_cmpstr (e->detail, ==, detail);
      g_assert_null (e->field);
      g_assert_cmpstr (e->display_name, ==, "Els de Voorzitter");
    }
}

static void
test_append_only (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = sv_test_add_case (f->store, "Jansen", "Zorgen.");
  int n = raw_int (f, "SELECT count(*) FROM audit_log");

  g_assert_cmpint (n, >, 0);
  g_assert_true (sv_store_log_access (f->store, SV_AUDIT_OPEN, id, NULL, NULL));
  n++;
  /* With the app's functions (erasing off) and without them. */
  g_assert_cmpint (raw_exec (f, TRUE, "UPDATE audit_log SET os_user = 'iemand'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (f, TRUE, "UPDATE audit_log SET old_value = NULL, new_value = NULL, detail = NULL, erased = 1"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (f, TRUE, "DELETE FROM audit_log"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (f, FALSE, "DELETE FROM audit_log"), !=, SQLITE_OK);
  g_assert_cmpint (raw_exec (f, FALSE, "UPDATE audit_log SET detail = 'x'"), !=, SQLITE_OK);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log"), ==, n);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE os_user = 'iemand' OR erased = 1"), ==, 0);
  /* A write behind the app's back without the audit functions is refused. */
  g_assert_cmpint (raw_exec (f, FALSE, "UPDATE cases SET reason = 'stil'"), !=, SQLITE_OK);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM cases WHERE reason = 'stil'"), ==, 0);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = sv_test_add_case (f->store, "Jansen", "Zorgen.");
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *csv = NULL;

  g_assert_true (sv_store_log_access (f->store, SV_AUDIT_PRINT, id, "overview, \"full\" names", NULL));
  list = audit_of (f, id);
  csv = sv_audit_entries_to_csv (list);
  g_assert_true (g_str_has_prefix (csv, "id,at,os_user,display_name,action,case_id,"));
  g_assert_nonnull (strstr (csv, ",print,"));
  g_assert_nonnull (strstr (csv, "\"overview, \"\"full\"\" names\""));
  g_assert_nonnull (strstr (csv, "\"Els de Voorzitter\""));
}

/* ------------------------------------------------------------------------
 * Erasure
 * ------------------------------------------------------------------------ */

static gint64
add_rich_case (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sv_test_add_case (f->store, "Familie " UNIQUE, "Melding over " UNIQUE " en de kinderen.");
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autoptr(SvCase) c = sv_store_get_case (f->store, id, &error);
  g_autoptr(GPtrArray) members = sv_store_list_members (f->store, c->household_id, &error);
  SvMember *child = members->pdata[1];

  entry->case_id = id;
  g_date_set_dmy (&entry->date, 3, G_DATE_NOVEMBER, 2026);
  g_free (entry->author);
  entry->author = g_strdup ("Els");
  g_free (entry->text);
  entry->text = g_strdup ("Gesprek met moeder " UNIQUE "; afspraken gemaakt.");
  g_assert_true (sv_store_add_journal_entry (f->store, entry, &error));
  g_assert_no_error (error);

  g_free (child->given_names);
  child->given_names = g_strdup (UNIQUE "je");
  g_assert_true (sv_store_save_member (f->store, child, &error));
  g_assert_no_error (error);

  {
    g_autoptr(SvAgreement) agreement = sv_agreement_new ();

    agreement->case_id = id;
    g_free (agreement->who);
    agreement->who = g_strdup ("Oma " UNIQUE);
    g_free (agreement->what);
    agreement->what = g_strdup ("Haalt de kinderen op bij " UNIQUE "school");
    g_assert_true (sv_store_save_agreement (f->store, agreement, &error));
    g_assert_no_error (error);
    /* A change with old and new values that name the family. */
    g_free (agreement->who);
    agreement->who = g_strdup ("Opa " UNIQUE);
    g_assert_true (sv_store_save_agreement (f->store, agreement, &error));
    g_assert_no_error (error);
  }
  return id;
}

static void
close_case (Fixture *f,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCase) c = sv_store_get_case (f->store, id, &error);

  c->status = SV_CASE_STATUS_GESLOTEN;
  c->closed_on = c->received;
  g_assert_true (sv_store_save_case (f->store, c, &error));
  g_assert_no_error (error);
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return FALSE;
  return memmem (data, length, needle, strlen (needle)) != NULL;
}

static void
test_erase_refused_within_retention (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_rich_case (f);
  GDate today;

  g_date_set_dmy (&today, 1, G_DATE_JANUARY, 2060);
  g_assert_false (sv_store_erase_case (f->store, id, &today, 20, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "open"));
  g_clear_error (&error);

  close_case (f, id);
  /* Closed 2 November 2026: 20 years end on 2 November 2046. */
  g_date_set_dmy (&today, 1, G_DATE_NOVEMBER, 2046);
  g_assert_false (sv_store_erase_case (f->store, id, &today, 20, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2 November 2046"));
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM cases"), ==, 1);
}

static void
test_erase_leaves_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_rich_case (f);
  gint64 other = sv_test_add_case (f->store, "Bakker", "Andere casus.");
  g_autofree char *wal = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GPtrArray) log = NULL;
  SvErasureCounts counts;
  GDate today;
  guint tombstones = 0, erase_lines = 0;

  g_assert_true (sv_store_log_access (f->store, SV_AUDIT_PRINT, id, "overview " UNIQUE, NULL));
  /* A Veiligheidskaart with a section and a kept version goes too. */
  {
    g_autoptr(SvCardVersion) version = NULL;
    gint64 revision = 0;

    g_assert_true (sv_store_save_card_field (f->store, id, SV_CARD_FIELD_AANLEIDING, "Kaart " UNIQUE,
                                             0, &revision, &error));
    g_assert_no_error (error);
    version = sv_store_make_card_version (f->store, id, SV_CARD_STATUS_CONCEPT, &error);
    g_assert_no_error (error);
    g_assert_nonnull (version);
    g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE record_kind = 'safety_card_texts'"
                                 " AND action = 'create'"), ==, 1);
    g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE record_kind = 'safety_card_versions'"), ==, 1);
  }
  close_case (f, id);
  found = sv_store_search_case_ids (f->store, UNIQUE, SV_CASE_FILTER_ALL, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);

  g_assert_true (sv_store_count_erasure (f->store, id, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.members, ==, 2);
  g_assert_cmpuint (counts.journal, ==, 1);
  g_assert_cmpuint (counts.agreements, ==, 1);
  g_assert_cmpuint (counts.households, ==, 1);
  /* Before: the family's name is in the log's old → new values. */
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE old_value LIKE '%" UNIQUE "%'"), ==, 1);
  g_assert_cmpuint (counts.audit_entries, >, 3);

  g_assert_cmpuint (counts.card_parts, ==, 1);
  g_assert_cmpuint (counts.card_versions, ==, 1);
  g_assert_cmpuint (counts.gesprekken, ==, 0);

  g_date_set_dmy (&today, 2, G_DATE_NOVEMBER, 2046);
  g_assert_true (sv_store_erase_case (f->store, id, &today, 20, &error));
  g_assert_no_error (error);

  /* Nothing of the case is found or left. */
  found = sv_store_search_case_ids (f->store, UNIQUE, SV_CASE_FILTER_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_null (sv_store_get_case (f->store, id, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM case_search WHERE case_search MATCH '" UNIQUE "'"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM members"), ==, 2);  /* the other case's */
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM journal_entries"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM agreements"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM safety_cards"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM safety_card_versions"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM safety_card_texts"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM case_search_content WHERE c0 LIKE '%" UNIQUE "%'"
                               " OR c1 LIKE '%" UNIQUE "%' OR c2 LIKE '%" UNIQUE "%'"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM households"), ==, 1);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM audit_log WHERE old_value LIKE '%" UNIQUE "%'"
                               " OR new_value LIKE '%" UNIQUE "%' OR detail LIKE '%" UNIQUE "%'"), ==, 0);
  g_assert_cmpint (raw_int (f, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), ==, 0);
  {
    g_autoptr(SvCase) kept = sv_store_get_case (f->store, other, &error);

    g_assert_nonnull (kept);
  }

  /* The log keeps tombstones: who, when, what kind; no values. */
  log = audit_of (f, id);
  for (guint i = 0; i < log->len; i++)
    {
      const SvAuditEntry *e = log->pdata[i];

      if (e->action == SV_AUDIT_ERASE)
        {
          erase_lines++;
          g_assert_false (e->erased);
          g_assert_nonnull (strstr (e->detail, "journal=1"));
          continue;
        }
      tombstones++;
      g_assert_true (e->erased);
      g_assert_null (e->old_value);
      g_assert_null (e->new_value);
      g_assert_null (e->detail);
      g_assert_cmpstr (e->os_user, ==, g_get_user_name ());
    }
  g_assert_cmpuint (erase_lines, ==, 1);
  g_assert_cmpuint (tombstones, ==, counts.audit_entries);

  /* The erased words are not left in free pages or the log file. */
  g_clear_object (&f->sqlite);
  wal = g_strconcat (f->dir, "/cases.db-wal", NULL);
  {
    g_autofree char *db = g_build_filename (f->dir, "cases.db", NULL);

    g_assert_false (file_contains (db, UNIQUE));
    g_assert_false (file_contains (wal, UNIQUE));
  }
}

/* Dates stored as ISO read as the user writes them. */
static void
test_describe_dates (void)
{
  SvAuditEntry e = { 0 };
  g_autofree char *change = NULL, *added = NULL;

  e.action = SV_AUDIT_CHANGE;
  e.record_kind = (char *) "cases";
  e.field = (char *) "received";
  e.old_value = (char *) "2026-11-05";
  e.new_value = (char *) "2026-11-06";
  change = sv_audit_entry_describe (&e);
  g_assert_cmpstr (change, ==, "Changed received: 05-11-2026 → 06-11-2026");

  e.action = SV_AUDIT_CREATE;
  e.record_kind = (char *) "journal_entries";
  e.field = e.old_value = e.new_value = NULL;
  e.record_id = 11;
  e.detail = (char *) "2026-11-05";
  added = sv_audit_entry_describe (&e);
  g_assert_cmpstr (added, ==, "Added journal entry #11 (05-11-2026)");
}

static void
test_retention_dates (void)
{
  g_autoptr(SvCase) c = sv_case_new ();
  g_autofree char *why = NULL;
  GDate from, today;

  g_date_set_dmy (&c->received, 1, G_DATE_JANUARY, 2024);
  sv_retention_erasable_from (c, 20, &from);
  g_assert_false (g_date_valid (&from));
  c->status = SV_CASE_STATUS_GESLOTEN;
  g_date_set_dmy (&c->closed_on, 29, G_DATE_FEBRUARY, 2024);
  sv_retention_erasable_from (c, 1, &from);
  g_assert_cmpint (g_date_get_day (&from), ==, 28);
  g_assert_cmpint (g_date_get_year (&from), ==, 2025);
  g_date_set_dmy (&today, 27, G_DATE_FEBRUARY, 2025);
  g_assert_false (sv_retention_allows_erasure (c, 1, &today, &why));
  g_assert_nonnull (why);
  g_date_add_days (&today, 1);
  g_assert_true (sv_retention_allows_erasure (c, 1, &today, NULL));
}

/* The database and SQLite's companions are the user's alone, also when
 * the file was left readable by others. */
static void
test_file_modes (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *db = g_strdup (sv_sqlite_store_get_path (f->sqlite));
  GStatBuf st;

  sv_test_add_case (f->store, "Jansen", "Zorgen.");
  g_assert_cmpint (g_stat (f->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (db, suffixes[i], NULL);

      g_assert_cmpint (g_stat (file, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
  g_clear_object (&f->sqlite);
  g_assert_cmpint (g_chmod (db, 0644), ==, 0);
  f->sqlite = sv_test_open_store (f->dir, "cases.db");
  f->store = SV_STORE (f->sqlite);
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/audit/changes", test_changes_logged);
  ADD ("/audit/accesses", test_accesses_logged);
  ADD ("/audit/append-only", test_append_only);
  ADD ("/audit/export-csv", test_export_csv);
  ADD ("/audit/erase/refused-within-retention", test_erase_refused_within_retention);
  ADD ("/audit/erase/leaves-nothing", test_erase_leaves_nothing);
  ADD ("/audit/file-modes", test_file_modes);
#undef ADD
  g_test_add_func ("/audit/retention-dates", test_retention_dates);
  g_test_add_func ("/audit/describe-dates", test_describe_dates);
  return g_test_run ();
}
