/* sv-sqlite-store-card-records.c: the lists on a Veiligheidskaart —
 * safety scores, Veilig Thuis's conditions and the people the card is
 * shared with, with the consent recorded for them. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

/* Runs @sql (with the record's id as ?1, "RETURNING case_id") and notes
 * the card of that case as changed; @what names the record when no row
 * had the id. */
static gboolean
write_returning_case (SvSqliteStore  *self,
                      const char     *sql,
                      gint64          id,
                      const char     *what,
                      const char     *part,
                      GError        **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, sql, error);
  gint64 case_id = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      case_id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return FALSE;
  if (case_id == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("%s does not exist (any more)."), what);
      return FALSE;
    }
  return sv_sqlite_store_card_edited (self, case_id, part, error);
}

static gboolean
delete_returning_case (SvSqliteStore  *self,
                       const char     *sql,
                       gint64          id,
                       const char     *what,
                       const char     *part,
                       GError        **error)
{
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_returning_case (self, sql, id, what, part, error), error);
}

/* ------------------------------------------------------------------------
 * Scores, conditions, recipients
 * ------------------------------------------------------------------------ */

/* Inside a write: inserts (@stmt_insert) or updates (@stmt_update, "WHERE
 * id = ?1 AND case_id = ?2") after the caller bound the values. */
static gboolean
finish_record_write (SvSqliteStore  *self,
                     sqlite3_stmt   *stmt,
                     gint64         *id,
                     gint64          case_id,
                     const char     *what,
                     const char     *part,
                     GError        **error)
{
  gboolean insert = *id == 0;

  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (!insert && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("%s does not exist (any more)."), what);
      return FALSE;
    }
  if (insert)
    *id = sv_sqlite_store_last_id (self);
  return sv_sqlite_store_card_edited (self, case_id, part, error);
}

/* Ends the transaction around one record's write. A record that was to
 * be added keeps id 0 when the write did not commit, so that saving it
 * again adds it instead of updating a row that does not exist. */
static gboolean
end_record_write (SvSqliteStore  *self,
                  gboolean        written,
                  gint64         *id,
                  gint64          id_before,
                  GError        **error)
{
  if (sv_sqlite_store_end (self, written, error))
    return TRUE;
  *id = id_before;
  return FALSE;
}

static gboolean
write_card_score (SvSqliteStore  *self,
                  SvCardScore    *score,
                  GError        **error)
{
  sqlite3_stmt *stmt;

  if (!sv_sqlite_store_ensure_card (self, score->case_id, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  score->id == 0
                                  ? "INSERT INTO safety_card_scores (case_id, viewpoint, score, scored_on, note)"
                                    "  VALUES (?2, ?3, ?4, ?5, ?6)"
                                  : "UPDATE safety_card_scores SET viewpoint = ?3, score = ?4, scored_on = ?5, note = ?6"
                                    "  WHERE id = ?1 AND case_id = ?2",
                                  error);
  if (stmt == NULL)
    return FALSE;
  if (score->id != 0)
    sqlite3_bind_int64 (stmt, 1, score->id);
  sqlite3_bind_int64 (stmt, 2, score->case_id);
  sv_sql_bind_text (stmt, 3, score->viewpoint);
  sqlite3_bind_int (stmt, 4, score->score);
  sv_sql_bind_date (stmt, 5, &score->date);
  sv_sql_bind_text (stmt, 6, score->note);
  return finish_record_write (self, stmt, &score->id, score->case_id, _("The score"), "scores", error);
}

static gboolean
save_card_score (SvStore      *store,
                 SvCardScore  *score,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 id = score->id;

  return sv_sqlite_store_begin (self, error) &&
         end_record_write (self, write_card_score (self, score, error), &score->id, id, error);
}

static gboolean
delete_card_score (SvStore  *store,
                   gint64    id,
                   GError  **error)
{
  return delete_returning_case (SV_SQLITE_STORE (store),
                                "DELETE FROM safety_card_scores WHERE id = ?1 RETURNING case_id",
                                id, _("The score"), "scores", error);
}

static gboolean
write_card_condition (SvSqliteStore    *self,
                      SvCardCondition  *condition,
                      GError          **error)
{
  sqlite3_stmt *stmt;

  if (!sv_sqlite_store_ensure_card (self, condition->case_id, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  condition->id == 0
                                  ? "INSERT INTO safety_card_conditions (case_id, text, term, consequence)"
                                    "  VALUES (?2, ?3, ?4, ?5)"
                                  : "UPDATE safety_card_conditions SET text = ?3, term = ?4, consequence = ?5"
                                    "  WHERE id = ?1 AND case_id = ?2",
                                  error);
  if (stmt == NULL)
    return FALSE;
  if (condition->id != 0)
    sqlite3_bind_int64 (stmt, 1, condition->id);
  sqlite3_bind_int64 (stmt, 2, condition->case_id);
  sv_sql_bind_text (stmt, 3, condition->text);
  sv_sql_bind_date (stmt, 4, &condition->term);
  sv_sql_bind_text (stmt, 5, condition->consequence);
  return finish_record_write (self, stmt, &condition->id, condition->case_id, _("The condition"), "voorwaarden", error);
}

static gboolean
save_card_condition (SvStore          *store,
                     SvCardCondition  *condition,
                     GError          **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 id = condition->id;

  return sv_sqlite_store_begin (self, error) &&
         end_record_write (self, write_card_condition (self, condition, error), &condition->id, id, error);
}

static gboolean
delete_card_condition (SvStore  *store,
                       gint64    id,
                       GError  **error)
{
  return delete_returning_case (SV_SQLITE_STORE (store),
                                "DELETE FROM safety_card_conditions WHERE id = ?1 RETURNING case_id",
                                id, _("The condition"), "voorwaarden", error);
}

static gboolean
write_card_recipient (SvSqliteStore    *self,
                      SvCardRecipient  *recipient,
                      GError          **error)
{
  sqlite3_stmt *stmt;

  if (!sv_sqlite_store_ensure_card (self, recipient->case_id, error))
    return FALSE;
  /* Consent is recorded on its own (record_card_consent), never by an
   * edit of the name. */
  stmt = sv_sqlite_store_prepare (self,
                                  recipient->id == 0
                                  ? "INSERT INTO safety_card_recipients (case_id, name, organisation, needs_consent)"
                                    "  VALUES (?2, ?3, ?4, ?5)"
                                  : "UPDATE safety_card_recipients SET name = ?3, organisation = ?4, needs_consent = ?5"
                                    "  WHERE id = ?1 AND case_id = ?2",
                                  error);
  if (stmt == NULL)
    return FALSE;
  if (recipient->id != 0)
    sqlite3_bind_int64 (stmt, 1, recipient->id);
  sqlite3_bind_int64 (stmt, 2, recipient->case_id);
  sv_sql_bind_text (stmt, 3, recipient->name);
  sv_sql_bind_text (stmt, 4, recipient->organisation);
  sqlite3_bind_int (stmt, 5, recipient->needs_consent ? 1 : 0);
  return finish_record_write (self, stmt, &recipient->id, recipient->case_id, _("The recipient"), "ontvangers", error);
}

static gboolean
save_card_recipient (SvStore          *store,
                     SvCardRecipient  *recipient,
                     GError          **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 id = recipient->id;

  return sv_sqlite_store_begin (self, error) &&
         end_record_write (self, write_card_recipient (self, recipient, error), &recipient->id, id, error);
}

static gboolean
delete_card_recipient (SvStore  *store,
                       gint64    id,
                       GError  **error)
{
  return delete_returning_case (SV_SQLITE_STORE (store),
                                "DELETE FROM safety_card_recipients WHERE id = ?1 RETURNING case_id",
                                id, _("The recipient"), "ontvangers", error);
}

static gboolean
write_consent (SvSqliteStore  *self,
               gint64          recipient_id,
               const char     *who,
               GError        **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;
  gint64 case_id = 0;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "UPDATE safety_card_recipients SET consent_at = ?2, consent_by = ?3"
                                  "  WHERE id = ?1 RETURNING case_id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, recipient_id);
  sv_sql_bind_text (stmt, 2, now);
  sv_sql_bind_text (stmt, 3, who);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      case_id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return FALSE;
  if (case_id == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("%s does not exist (any more)."), _("The recipient"));
      return FALSE;
    }
  return sv_sqlite_store_card_edited (self, case_id, "ontvangers", error);
}

static gboolean
record_card_consent (SvStore     *store,
                     gint64       recipient_id,
                     const char  *who,
                     GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_consent (self, recipient_id, who, error), error);
}

void
sv_sqlite_store_init_card_records (SvStoreInterface *iface)
{
  iface->save_card_score = save_card_score;
  iface->delete_card_score = delete_card_score;
  iface->save_card_condition = save_card_condition;
  iface->delete_card_condition = delete_card_condition;
  iface->save_card_recipient = save_card_recipient;
  iface->delete_card_recipient = delete_card_recipient;
  iface->record_card_consent = record_card_consent;
}
