/* sv-sqlite-store-cases.c: cases, their numbers, and consent. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

#define CASE_COLUMNS \
  "c.id, c.uid, c.number, c.household_id, c.report_kind, c.source, c.source_detail," \
  " c.received, c.reason, c.status, c.closed_on, c.closing_note, c.created_at, c.updated_at"

static SvCase *
case_from_row (sqlite3_stmt *stmt)
{
  SvCase *c = sv_case_new ();

  c->id = sqlite3_column_int64 (stmt, 0);
  c->uid = sv_sql_dup_text (stmt, 1);
  c->number = sv_sql_dup_text (stmt, 2);
  c->household_id = sqlite3_column_int64 (stmt, 3);
  sv_report_kind_from_nick ((const char *) sqlite3_column_text (stmt, 4), &c->report_kind);
  sv_report_source_from_nick ((const char *) sqlite3_column_text (stmt, 5), &c->source);
  g_free (c->source_detail);
  c->source_detail = sv_sql_dup_text (stmt, 6);
  sv_sql_get_date (stmt, 7, &c->received);
  g_free (c->reason);
  c->reason = sv_sql_dup_text (stmt, 8);
  sv_case_status_from_nick ((const char *) sqlite3_column_text (stmt, 9), &c->status);
  sv_sql_get_date (stmt, 10, &c->closed_on);
  g_free (c->closing_note);
  c->closing_note = sv_sql_dup_text (stmt, 11);
  c->created_at = sv_sql_get_datetime (stmt, 12);
  c->updated_at = sv_sql_get_datetime (stmt, 13);
  return c;
}

static SvCase *
get_case (SvStore *store,
          gint64   id,
          GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  SvCase *c = NULL;
  int rc;

  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT " CASE_COLUMNS " FROM cases c WHERE c.id = ?1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    c = case_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return c;
}

static gint64
find_case (SvStore    *store,
           const char *number,
           GError    **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT id FROM cases WHERE number = ?1", error)))
    return 0;
  sv_sql_bind_text (stmt, 1, number);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return id;
}

/* The next free number of the form YEAR-NNNN for the year of receipt. */
static char *
next_case_number (SvSqliteStore *self,
                  guint          year,
                  GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 last = 0;
  char *number = NULL;
  int rc;

  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT last FROM case_numbers WHERE year = ?1", error)))
    return NULL;
  sqlite3_bind_int (stmt, 1, (int) year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sv_sqlite_store_set_error (self, rc, error);
      return NULL;
    }

  /* Imported cases may hold numbers the counter never gave out. */
  do
    {
      g_autoptr(GError) local = NULL;

      g_free (number);
      number = g_strdup_printf ("%u-%04" G_GINT64_FORMAT, year, ++last);
      if (find_case (SV_STORE (self), number, &local) == 0 && local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          g_free (number);
          return NULL;
        }
    }
  while (find_case (SV_STORE (self), number, NULL) != 0);

  if (!(stmt = sv_sqlite_store_prepare (self,
                                        "INSERT INTO case_numbers (year, last) VALUES (?1, ?2)"
                                        "  ON CONFLICT (year) DO UPDATE SET last = excluded.last",
                                        error)))
    {
      g_free (number);
      return NULL;
    }
  sqlite3_bind_int (stmt, 1, (int) year);
  sqlite3_bind_int64 (stmt, 2, last);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    g_clear_pointer (&number, g_free);
  return number;
}

static gboolean
insert_case (SvSqliteStore *self,
             SvCase        *c,
             GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;

  if (c->number == NULL || *c->number == '\0' || find_case (SV_STORE (self), c->number, NULL) != 0)
    {
      g_autofree char *number = next_case_number (self, g_date_get_year (&c->received), error);

      if (number == NULL)
        return FALSE;
      g_free (c->number);
      c->number = g_steal_pointer (&number);
    }
  if (c->uid == NULL)
    c->uid = g_uuid_string_random ();

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO cases (uid, number, household_id, report_kind, source, source_detail,"
                                  "  received, reason, status, closed_on, closing_note, created_at, updated_at)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, coalesce (?12, ?14), coalesce (?13, ?14))",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sv_sql_bind_text (stmt, 1, c->uid);
  sv_sql_bind_text (stmt, 2, c->number);
  sqlite3_bind_int64 (stmt, 3, c->household_id);
  sv_sql_bind_text (stmt, 4, sv_report_kind_to_nick (c->report_kind));
  sv_sql_bind_text (stmt, 5, sv_report_source_to_nick (c->source));
  sv_sql_bind_text (stmt, 6, c->source_detail);
  sv_sql_bind_date (stmt, 7, &c->received);
  sv_sql_bind_text (stmt, 8, c->reason);
  sv_sql_bind_text (stmt, 9, sv_case_status_to_nick (c->status));
  sv_sql_bind_date (stmt, 10, &c->closed_on);
  sv_sql_bind_text (stmt, 11, c->closing_note);
  sv_sql_bind_datetime (stmt, 12, c->created_at);
  sv_sql_bind_datetime (stmt, 13, c->updated_at);
  sv_sql_bind_text (stmt, 14, now);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  c->id = sv_sqlite_store_last_id (self);
  if (c->created_at == NULL)
    c->created_at = sv_datetime_from_iso (now);
  if (c->updated_at == NULL)
    c->updated_at = sv_datetime_from_iso (now);
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE_LIST | SV_STORE_CHANGE_CASE, c->id);
  return TRUE;
}

static gboolean
update_case (SvSqliteStore *self,
             SvCase        *c,
             GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "UPDATE cases SET household_id = ?2, report_kind = ?3, source = ?4,"
                                  "  source_detail = ?5, received = ?6, reason = ?7, status = ?8, closed_on = ?9,"
                                  "  closing_note = ?10, updated_at = ?11 WHERE id = ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  sqlite3_bind_int64 (stmt, 2, c->household_id);
  sv_sql_bind_text (stmt, 3, sv_report_kind_to_nick (c->report_kind));
  sv_sql_bind_text (stmt, 4, sv_report_source_to_nick (c->source));
  sv_sql_bind_text (stmt, 5, c->source_detail);
  sv_sql_bind_date (stmt, 6, &c->received);
  sv_sql_bind_text (stmt, 7, c->reason);
  sv_sql_bind_text (stmt, 8, sv_case_status_to_nick (c->status));
  sv_sql_bind_date (stmt, 9, &c->closed_on);
  sv_sql_bind_text (stmt, 10, c->closing_note);
  sv_sql_bind_text (stmt, 11, now);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
      return FALSE;
    }
  g_clear_pointer (&c->updated_at, g_date_time_unref);
  c->updated_at = sv_datetime_from_iso (now);
  /* Status and date of receipt decide where the case stands in the list. */
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE_LIST | SV_STORE_CHANGE_CASE, c->id);
  return TRUE;
}

static gboolean
save_case (SvStore *store,
           SvCase  *c,
           GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvCase) before = sv_case_copy (c);
  SV_SQLITE_STORE_TODAY (today);
  gboolean ok;

  if (!sv_case_validate (c, &today, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  ok = c->id == 0 ? insert_case (self, c, error) : update_case (self, c, error);
  if (sv_sqlite_store_end (self, ok, error))
    return TRUE;
  /* Nothing was stored: give the caller back the record as it was. */
  g_free (c->uid);
  g_free (c->number);
  c->uid = g_steal_pointer (&before->uid);
  c->number = g_steal_pointer (&before->number);
  c->id = before->id;
  return FALSE;
}

static const char *
status_for_filter (SvCaseFilter filter)
{
  return filter == SV_CASE_FILTER_CLOSED ? "gesloten" : "open";
}

static guint
count_cases (SvStore      *store,
             SvCaseFilter  filter,
             GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  if (filter == SV_CASE_FILTER_ALL)
    stmt = sv_sqlite_store_prepare (self, "SELECT count(*) FROM cases", error);
  else
    stmt = sv_sqlite_store_prepare (self, "SELECT count(*) FROM cases WHERE status = ?1", error);
  if (stmt == NULL)
    return 0;
  if (filter != SV_CASE_FILTER_ALL)
    sv_sql_bind_text (stmt, 1, status_for_filter (filter));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = (guint) sqlite3_column_int64 (stmt, 0);
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return n;
}

static GArray *
list_case_ids (SvStore      *store,
               SvCaseFilter  filter,
               guint         limit,
               GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  if (filter == SV_CASE_FILTER_ALL)
    stmt = sv_sqlite_store_prepare (self, "SELECT id FROM cases ORDER BY received DESC, id DESC LIMIT ?2", error);
  else
    stmt = sv_sqlite_store_prepare (self, "SELECT id FROM cases WHERE status = ?1 ORDER BY received DESC, id DESC LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  if (filter != SV_CASE_FILTER_ALL)
    sv_sql_bind_text (stmt, 1, status_for_filter (filter));
  /* SQLite reads a negative limit as none. */
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

static GPtrArray *
get_case_summaries (SvStore      *store,
                    const gint64 *ids,
                    guint         n_ids,
                    GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GString) json = g_string_new ("[");
  GPtrArray *summaries;
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  /* One query for a page of rows; the ids travel as one JSON parameter. */
  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT c.id, c.number, h.name, c.reason, c.report_kind, c.received, c.status"
                                  "  FROM cases c JOIN households h ON h.id = c.household_id"
                                  "  WHERE c.id IN (SELECT value FROM json_each (?1))",
                                  error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_text (stmt, 1, json->str);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvReportKind kind = SV_REPORT_KIND_ZORGMELDING;
      SvCaseStatus status = SV_CASE_STATUS_OPEN;
      GDate received;
      SvCaseSummary *summary;

      sv_report_kind_from_nick ((const char *) sqlite3_column_text (stmt, 4), &kind);
      sv_case_status_from_nick ((const char *) sqlite3_column_text (stmt, 6), &status);
      sv_sql_get_date (stmt, 5, &received);
      summary = sv_case_summary_new (sqlite3_column_int64 (stmt, 0),
                                     (const char *) sqlite3_column_text (stmt, 1),
                                     (const char *) sqlite3_column_text (stmt, 2),
                                     (const char *) sqlite3_column_text (stmt, 3),
                                     kind, &received, status);
      g_hash_table_insert (by_id, g_memdup2 (&(gint64) { sv_case_summary_get_id (summary) }, sizeof (gint64)),
                           summary);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;

  summaries = g_ptr_array_new_full (n_ids, g_object_unref);
  for (guint i = 0; i < n_ids; i++)
    {
      SvCaseSummary *summary = g_hash_table_lookup (by_id, &ids[i]);

      if (summary != NULL)
        g_ptr_array_add (summaries, g_object_ref (summary));
    }
  return summaries;
}

static SvConsent *
get_consent (SvStore *store,
             gint64   case_id,
             GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  SvConsent *consent = NULL;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT c.id, k.status, k.date, k.given_by, k.scope, k.exception, k.note"
                                  "  FROM cases c LEFT JOIN consents k ON k.case_id = c.id WHERE c.id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      consent = sv_consent_new ();
      consent->case_id = case_id;
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        {
          sv_consent_status_from_nick ((const char *) sqlite3_column_text (stmt, 1), &consent->status);
          sv_sql_get_date (stmt, 2, &consent->date);
          g_free (consent->given_by);
          consent->given_by = sv_sql_dup_text (stmt, 3);
          g_free (consent->scope);
          consent->scope = sv_sql_dup_text (stmt, 4);
          sv_consent_exception_from_nick ((const char *) sqlite3_column_text (stmt, 5), &consent->exception);
          g_free (consent->note);
          consent->note = sv_sql_dup_text (stmt, 6);
        }
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return consent;
}

static gboolean
save_consent (SvStore   *store,
              SvConsent *consent,
              GError   **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sv_consent_validate (consent, &today, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO consents (case_id, status, date, given_by, scope, exception, note)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                  "  ON CONFLICT (case_id) DO UPDATE SET status = excluded.status,"
                                  "    date = excluded.date, given_by = excluded.given_by, scope = excluded.scope,"
                                  "    exception = excluded.exception, note = excluded.note",
                                  error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, consent->case_id);
      sv_sql_bind_text (stmt, 2, sv_consent_status_to_nick (consent->status));
      sv_sql_bind_date (stmt, 3, &consent->date);
      sv_sql_bind_text (stmt, 4, consent->given_by);
      sv_sql_bind_text (stmt, 5, consent->scope);
      sv_sql_bind_text (stmt, 6, sv_consent_exception_to_nick (consent->exception));
      sv_sql_bind_text (stmt, 7, consent->note);
      ok = sv_sqlite_store_step_done (self, stmt, error);
    }
  if (ok)
    sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, consent->case_id);
  return sv_sqlite_store_end (self, ok, error);
}

void
sv_sqlite_store_init_cases (SvStoreInterface *iface)
{
  iface->get_case = get_case;
  iface->save_case = save_case;
  iface->find_case = find_case;
  iface->count_cases = count_cases;
  iface->list_case_ids = list_case_ids;
  iface->get_case_summaries = get_case_summaries;
  iface->get_consent = get_consent;
  iface->save_consent = save_consent;
}
