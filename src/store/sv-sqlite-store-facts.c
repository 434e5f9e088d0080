/* sv-sqlite-store-facts.c: the dated facts of a case and the deadlines
 * marked done. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static gboolean
set_case_not_found (GError **error)
{
  g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  return FALSE;
}

/* Inside a write: a clear message instead of a broken foreign key. */
static gboolean
check_case_exists (SvSqliteStore *self,
                   gint64         case_id,
                   GError       **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, "SELECT 1 FROM cases WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    return set_case_not_found (error);
  sv_sqlite_store_set_error (self, rc, error);
  return FALSE;
}

#define FACTS_COLUMNS \
  "f.order_end, f.order_kind, f.care_after_18_arranged, f.vht_consultation, f.ig_date, f.ig_minutes," \
  " f.it_first_discussion, f.traject_v_start, f.vt_received, f.vt_handover, f.vt_handover_kind," \
  " f.vt_handover_acute, f.huisverbod_start, f.huisverbod_extended, f.last_incident"

/* Reads FACTS_COLUMNS starting at column @first. */
static void
facts_from_row (sqlite3_stmt *stmt,
                int           first,
                SvCaseFacts  *facts)
{
  int c = first;

  sv_sql_get_date (stmt, c++, &facts->order_end);
  sv_order_kind_from_nick ((const char *) sqlite3_column_text (stmt, c++), &facts->order_kind);
  facts->care_after_18_arranged = sqlite3_column_int (stmt, c++) != 0;
  sv_sql_get_date (stmt, c++, &facts->vht_consultation);
  sv_sql_get_date (stmt, c++, &facts->ig_date);
  facts->ig_minutes = sqlite3_column_type (stmt, c) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, c);
  c++;
  sv_sql_get_date (stmt, c++, &facts->it_first_discussion);
  sv_sql_get_date (stmt, c++, &facts->traject_v_start);
  sv_sql_get_date (stmt, c++, &facts->vt_received);
  sv_sql_get_date (stmt, c++, &facts->vt_handover);
  sv_handover_kind_from_nick ((const char *) sqlite3_column_text (stmt, c++), &facts->vt_handover_kind);
  facts->vt_handover_acute = sqlite3_column_int (stmt, c++) != 0;
  sv_sql_get_date (stmt, c++, &facts->huisverbod_start);
  facts->huisverbod_extended = sqlite3_column_int (stmt, c++) != 0;
  sv_sql_get_date (stmt, c, &facts->last_incident);
}

static SvCaseFacts *
get_case_facts (SvStore *store,
                gint64   case_id,
                GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  SvCaseFacts *facts = NULL;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT f.case_id, " FACTS_COLUMNS
                                  "  FROM cases c LEFT JOIN case_facts f ON f.case_id = c.id WHERE c.id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      facts = sv_case_facts_new ();
      facts->case_id = case_id;
      /* No row yet: nothing is known. */
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        facts_from_row (stmt, 1, facts);
    }
  else if (rc == SQLITE_DONE)
    set_case_not_found (error);
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return facts;
}

static gboolean
write_case_facts (SvSqliteStore     *self,
                  const SvCaseFacts *facts,
                  GError           **error)
{
  sqlite3_stmt *stmt;

  if (!check_case_exists (self, facts->case_id, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_facts (case_id, order_end, order_kind, care_after_18_arranged,"
                                  "  vht_consultation, ig_date, ig_minutes, it_first_discussion, traject_v_start,"
                                  "  vt_received, vt_handover, vt_handover_kind, vt_handover_acute,"
                                  "  huisverbod_start, huisverbod_extended, last_incident)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"
                                  "  ON CONFLICT (case_id) DO UPDATE SET order_end = excluded.order_end,"
                                  "    order_kind = excluded.order_kind,"
                                  "    care_after_18_arranged = excluded.care_after_18_arranged,"
                                  "    vht_consultation = excluded.vht_consultation, ig_date = excluded.ig_date,"
                                  "    ig_minutes = excluded.ig_minutes, it_first_discussion = excluded.it_first_discussion,"
                                  "    traject_v_start = excluded.traject_v_start, vt_received = excluded.vt_received,"
                                  "    vt_handover = excluded.vt_handover, vt_handover_kind = excluded.vt_handover_kind,"
                                  "    vt_handover_acute = excluded.vt_handover_acute,"
                                  "    huisverbod_start = excluded.huisverbod_start,"
                                  "    huisverbod_extended = excluded.huisverbod_extended,"
                                  "    last_incident = excluded.last_incident",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, facts->case_id);
  sv_sql_bind_date (stmt, 2, &facts->order_end);
  sv_sql_bind_text (stmt, 3, sv_order_kind_to_nick (facts->order_kind));
  sqlite3_bind_int (stmt, 4, facts->care_after_18_arranged ? 1 : 0);
  sv_sql_bind_date (stmt, 5, &facts->vht_consultation);
  sv_sql_bind_date (stmt, 6, &facts->ig_date);
  if (facts->ig_minutes >= 0)
    sqlite3_bind_int (stmt, 7, facts->ig_minutes);
  else
    sqlite3_bind_null (stmt, 7);
  sv_sql_bind_date (stmt, 8, &facts->it_first_discussion);
  sv_sql_bind_date (stmt, 9, &facts->traject_v_start);
  sv_sql_bind_date (stmt, 10, &facts->vt_received);
  sv_sql_bind_date (stmt, 11, &facts->vt_handover);
  sv_sql_bind_text (stmt, 12, sv_handover_kind_to_nick (facts->vt_handover_kind));
  sqlite3_bind_int (stmt, 13, facts->vt_handover_acute ? 1 : 0);
  sv_sql_bind_date (stmt, 14, &facts->huisverbod_start);
  sqlite3_bind_int (stmt, 15, facts->huisverbod_extended ? 1 : 0);
  sv_sql_bind_date (stmt, 16, &facts->last_incident);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, facts->case_id);
  return TRUE;
}

static gboolean
save_case_facts (SvStore     *store,
                 SvCaseFacts *facts,
                 GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);

  if (!sv_case_facts_validate (facts, &today, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_case_facts (self, facts, error), error);
}

static GHashTable *
list_deadlines_done (SvStore *store,
                     gint64   case_id,
                     GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self, "SELECT rule_id, done_on FROM deadlines_done WHERE case_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate *done_on = g_new0 (GDate, 1);

      sv_sql_get_date (stmt, 1, done_on);
      g_hash_table_insert (done, sv_sql_dup_text (stmt, 0), done_on);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&done);
}

static gboolean
write_deadline_done (SvSqliteStore *self,
                     gint64         case_id,
                     const char    *rule_id,
                     const GDate   *done_on,
                     GError       **error)
{
  sqlite3_stmt *stmt;

  if (!check_case_exists (self, case_id, error))
    return FALSE;
  if (done_on != NULL)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO deadlines_done (case_id, rule_id, done_on) VALUES (?1, ?2, ?3)"
                                    "  ON CONFLICT (case_id, rule_id) DO UPDATE SET done_on = excluded.done_on",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self, "DELETE FROM deadlines_done WHERE case_id = ?1 AND rule_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, rule_id);
  if (done_on != NULL)
    sv_sql_bind_date (stmt, 3, done_on);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  /* Undoing what was not done changes nothing: no announcement. */
  if (sqlite3_changes (self->db) > 0)
    sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, case_id);
  return TRUE;
}

static gboolean
set_deadline_done (SvStore     *store,
                   gint64       case_id,
                   const char  *rule_id,
                   const GDate *done_on,
                   GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);

  /* A cleared date undoes, like NULL: SvDeadline keeps done_on cleared
   * unless done. An unknown rule is refused either way. */
  if (done_on != NULL && !g_date_valid (done_on))
    done_on = NULL;
  if (!sv_case_facts_validate_done (rule_id, done_on, &today, error))
    return FALSE;
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_deadline_done (self, case_id, rule_id, done_on, error), error);
}

static GPtrArray *
list_case_facts (SvStore      *store,
                 SvCaseFilter  filter,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_facts_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT f.case_id, " FACTS_COLUMNS
                                  "  FROM case_facts f JOIN cases c ON c.id = f.case_id"
                                  "  WHERE ?1 = 'alle' OR c.status = ?1 ORDER BY f.case_id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_text (stmt, 1, filter == SV_CASE_FILTER_ALL ? "alle"
                             : filter == SV_CASE_FILTER_CLOSED ? "gesloten" : "open");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCaseFacts *facts = sv_case_facts_new ();

      facts->case_id = sqlite3_column_int64 (stmt, 0);
      facts_from_row (stmt, 1, facts);
      g_ptr_array_add (list, facts);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static void
free_done_table (gpointer data)
{
  g_hash_table_unref (data);
}

/* Rows of (case id, rule id, done on): a gint64 * case id → a table of
 * rule id → GDate *. */
static GHashTable *
read_done_rows (SvSqliteStore *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GHashTable) all = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_done_table);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, 0);
      GHashTable *done = g_hash_table_lookup (all, &case_id);
      GDate *done_on = g_new0 (GDate, 1);

      if (done == NULL)
        {
          done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_hash_table_insert (all, g_memdup2 (&case_id, sizeof case_id), done);
        }
      sv_sql_get_date (stmt, 2, done_on);
      g_hash_table_insert (done, sv_sql_dup_text (stmt, 1), done_on);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&all);
}

static GHashTable *
list_all_deadlines_done (SvStore      *store,
                         SvCaseFilter  filter,
                         GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT d.case_id, d.rule_id, d.done_on FROM deadlines_done d"
                                  "  JOIN cases c ON c.id = d.case_id WHERE ?1 = 'alle' OR c.status = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_text (stmt, 1, filter == SV_CASE_FILTER_ALL ? "alle"
                             : filter == SV_CASE_FILTER_CLOSED ? "gesloten" : "open");
  return read_done_rows (self, stmt, error);
}

/* One statement per fact, each through the fact's index (schema 7): the
 * open cases among those with the fact in range, and their deadlines
 * marked done through the primary key of deadlines_done. CROSS JOIN
 * keeps the facts the outer loop: without statistics (no ANALYZE) the
 * planner would rather walk every open case by cases_open. */
#define IN_RANGE_WHERE(column) \
  "  WHERE f." column " BETWEEN ?1 AND ?2 AND c.status = 'open'"
#define FACTS_IN_RANGE(column) \
  "SELECT f.case_id, " FACTS_COLUMNS \
  "  FROM case_facts f CROSS JOIN cases c ON c.id = f.case_id" \
  IN_RANGE_WHERE (column) " ORDER BY f.case_id"
#define DONE_IN_RANGE(column) \
  "SELECT d.case_id, d.rule_id, d.done_on" \
  "  FROM case_facts f CROSS JOIN cases c ON c.id = f.case_id" \
  "  CROSS JOIN deadlines_done d ON d.case_id = f.case_id" \
  IN_RANGE_WHERE (column)

static const struct {
  const char *facts;
  const char *done;
} in_range_sql[] = {
  [SV_CASE_FACT_ORDER_END] = {
    FACTS_IN_RANGE ("order_end"),
    DONE_IN_RANGE ("order_end"),
  },
  [SV_CASE_FACT_VHT_CONSULTATION] = {
    FACTS_IN_RANGE ("vht_consultation"),
    DONE_IN_RANGE ("vht_consultation"),
  },
  [SV_CASE_FACT_IT_FIRST_DISCUSSION] = {
    FACTS_IN_RANGE ("it_first_discussion"),
    DONE_IN_RANGE ("it_first_discussion"),
  },
};

static GPtrArray *
list_case_facts_in_range (SvStore         *store,
                          SvCaseFactDate   fact,
                          const GDate     *first,
                          const GDate     *last,
                          GHashTable     **out_done,
                          GError         **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_facts_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail ((guint) fact < G_N_ELEMENTS (in_range_sql), NULL);

  stmt = sv_sqlite_store_prepare (self, in_range_sql[fact].facts, error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_date (stmt, 1, first);
  sv_sql_bind_date (stmt, 2, last);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCaseFacts *facts = sv_case_facts_new ();

      facts->case_id = sqlite3_column_int64 (stmt, 0);
      facts_from_row (stmt, 1, facts);
      g_ptr_array_add (list, facts);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  if (out_done != NULL)
    {
      stmt = sv_sqlite_store_prepare (self, in_range_sql[fact].done, error);
      if (stmt == NULL)
        return NULL;
      sv_sql_bind_date (stmt, 1, first);
      sv_sql_bind_date (stmt, 2, last);
      *out_done = read_done_rows (self, stmt, error);
      if (*out_done == NULL)
        return NULL;
    }
  return g_steal_pointer (&list);
}

static GArray *
list_case_ids_for_professional (SvStore  *store,
                                gint64    professional_id,
                                GError  **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT DISTINCT case_id FROM case_professionals WHERE professional_id = ?1"
                                  "  ORDER BY case_id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, professional_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

void
sv_sqlite_store_init_facts (SvStoreInterface *iface)
{
  iface->list_case_facts = list_case_facts;
  iface->list_all_deadlines_done = list_all_deadlines_done;
  iface->list_case_facts_in_range = list_case_facts_in_range;
  iface->list_case_ids_for_professional = list_case_ids_for_professional;
  iface->get_case_facts = get_case_facts;
  iface->save_case_facts = save_case_facts;
  iface->list_deadlines_done = list_deadlines_done;
  iface->set_deadline_done = set_deadline_done;
}
