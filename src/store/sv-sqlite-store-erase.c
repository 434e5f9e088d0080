/* sv-sqlite-store-erase.c: erasing a closed case after its retention
 * period. Everything of the case goes: its rows, the household when no
 * other case shares it, the agenda items with their questions and
 * minutes, the agreements, and its search index entries; the audit lines
 * stay as tombstones (who, when, which action and field; no values).
 *
 * secure_delete (set when the store opens) overwrites what is deleted,
 * the search index is merged so no segment keeps the case's words, and
 * the write-ahead log is emptied afterwards, so the erased text is not
 * left in the file. Backups made before remain until they rotate out.
 *
 * A table added later that holds case data must either reference cases
 * with ON DELETE CASCADE or be deleted from here. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-error.h"
#include "sv-retention.h"
#include "sv-sqlite-store-private.h"

static gboolean
count_one (SvSqliteStore  *self,
           const char     *sql,
           gint64          id,
           guint          *out,
           GError        **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *out = rc == SQLITE_ROW ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
  return sv_sqlite_store_rows_done (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
}

/* The case's household, and whether it is the case's alone. */
static gboolean
household_of (SvSqliteStore  *self,
              gint64          case_id,
              gint64         *household_id,
              gboolean       *alone,
              GError        **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self,
                                                "SELECT c.household_id,"
                                                "  (SELECT count(*) FROM cases o WHERE o.household_id = c.household_id)"
                                                "  FROM cases c WHERE c.id = ?1",
                                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *household_id = sqlite3_column_int64 (stmt, 0);
      *alone = sqlite3_column_int64 (stmt, 1) == 1;
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  return FALSE;
}

static gboolean
count_erasure (SvStore          *store,
               gint64            case_id,
               SvErasureCounts  *out,
               GError          **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 household_id = 0;
  gboolean alone = FALSE;

  memset (out, 0, sizeof *out);
  if (!household_of (self, case_id, &household_id, &alone, error))
    return FALSE;
  out->households = alone ? 1 : 0;
  if (alone &&
      (!count_one (self, "SELECT count(*) FROM members WHERE household_id = ?1", household_id, &out->members, error) ||
       !count_one (self, "SELECT count(*) FROM network_members WHERE household_id = ?1", household_id, &out->network, error)))
    return FALSE;
  return count_one (self, "SELECT count(*) FROM journal_entries WHERE case_id = ?1", case_id, &out->journal, error) &&
         count_one (self, "SELECT count(*) FROM agreements WHERE case_id = ?1", case_id, &out->agreements, error) &&
         count_one (self, "SELECT count(*) FROM agenda_items WHERE case_id = ?1", case_id, &out->agenda_items, error) &&
         count_one (self, "SELECT count(*) FROM case_professionals WHERE case_id = ?1", case_id, &out->roles, error) &&
         count_one (self,
                    "SELECT (SELECT count(*) FROM safety_card_texts WHERE case_id = ?1 AND text <> '')"
                    " + (SELECT count(*) FROM safety_card_scores WHERE case_id = ?1)"
                    " + (SELECT count(*) FROM safety_card_conditions WHERE case_id = ?1)"
                    " + (SELECT count(*) FROM safety_card_recipients WHERE case_id = ?1)",
                    case_id, &out->card_parts, error) &&
         count_one (self, "SELECT count(*) FROM safety_card_versions WHERE case_id = ?1", case_id,
                    &out->card_versions, error) &&
         count_one (self, "SELECT count(*) FROM gesprekken WHERE case_id = ?1", case_id, &out->gesprekken, error) &&
         count_one (self, "SELECT count(*) FROM traject_moves WHERE case_id = ?1", case_id, &out->traject_moves, error) &&
         count_one (self, "SELECT count(*) FROM case_vht_interventions WHERE case_id = ?1", case_id,
                    &out->vht_interventions, error) &&
         count_one (self, "SELECT count(*) FROM audit_log WHERE case_id = ?1 AND erased = 0", case_id,
                    &out->audit_entries, error);
}

static gboolean
run_with_id (SvSqliteStore  *self,
             const char     *sql,
             gint64          id,
             GError        **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
erase_rows (SvSqliteStore          *self,
            gint64                  case_id,
            const SvErasureCounts  *counts,
            GError                **error)
{
  gint64 household_id = 0;
  gboolean alone = FALSE;
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;

  if (!household_of (self, case_id, &household_id, &alone, error))
    return FALSE;
  /* Children before parents: agenda items point at journal entries. */
  if (!run_with_id (self, "DELETE FROM agreements WHERE case_id = ?1", case_id, error) ||
      !run_with_id (self, "DELETE FROM agenda_items WHERE case_id = ?1", case_id, error) ||
      !run_with_id (self, "DELETE FROM journal_entries WHERE case_id = ?1", case_id, error) ||
      /* The card's versions do not cascade: they are kept but for this. */
      !run_with_id (self, "DELETE FROM safety_card_versions WHERE case_id = ?1", case_id, error) ||
      !run_with_id (self, "DELETE FROM safety_cards WHERE case_id = ?1", case_id, error) ||
      !run_with_id (self, "DELETE FROM search_dirty WHERE case_id = ?1", case_id, error) ||
      !run_with_id (self, "DELETE FROM case_search WHERE rowid = ?1", case_id, error) ||
      !run_with_id (self, "DELETE FROM cases WHERE id = ?1", case_id, error))
    return FALSE;
  if (alone && !run_with_id (self, "DELETE FROM households WHERE id = ?1", household_id, error))
    return FALSE;
  if (!run_with_id (self,
                    "UPDATE audit_log SET old_value = NULL, new_value = NULL, detail = NULL, erased = 1"
                    "  WHERE case_id = ?1 AND erased = 0",
                    case_id, error))
    return FALSE;
  /* Merging the index into one segment drops the case's words from it
   * (FTS5 keeps deleted entries in older segments until a merge). */
  if (!sv_sqlite_store_run (self, "INSERT INTO case_search (case_search) VALUES ('optimize')", error))
    return FALSE;

  /* The one live line that says the case was erased: numbers only. */
  detail = g_strdup_printf ("members=%u network=%u journal=%u agreements=%u agenda_items=%u roles=%u"
                            " traject_moves=%u vht_interventions=%u audit_tombstones=%u",
                            counts->members, counts->network, counts->journal, counts->agreements,
                            counts->agenda_items, counts->roles, counts->traject_moves,
                            counts->vht_interventions, counts->audit_entries);
  if (!(stmt = sv_sqlite_store_prepare (self,
                                        "INSERT INTO audit_log (at, os_user, display_name, action, case_id, detail)"
                                        "  VALUES (sv_audit_now (), sv_audit_user (), sv_audit_name (), 'erase', ?1, ?2)",
                                        error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, detail);
  return sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
erase_case (SvStore      *store,
            gint64        case_id,
            const GDate  *today,
            guint         retention_years,
            GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvCase) c = NULL;
  g_autofree char *why = NULL;
  SvErasureCounts counts;
  gboolean ok;

  if (!(c = sv_store_get_case (store, case_id, error)))
    return FALSE;
  if (!sv_retention_allows_erasure (c, retention_years, today, &why))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, why);
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  ok = count_erasure (store, case_id, &counts, error);
  self->erasing = TRUE;
  ok = ok && erase_rows (self, case_id, &counts, error);
  self->erasing = FALSE;
  if (ok)
    sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE_LIST | SV_STORE_CHANGE_MEETING_PLAN, case_id);
  if (!sv_sqlite_store_end (self, ok, error))
    return FALSE;
  /* Old page images of the case would otherwise stay in the WAL file
   * until the next checkpoint; outside any transaction only. */
  if (self->depth == 0)
    sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  return TRUE;
}

void
sv_sqlite_store_init_erase (SvStoreInterface *iface)
{
  iface->count_erasure = count_erasure;
  iface->erase_case = erase_case;
}
