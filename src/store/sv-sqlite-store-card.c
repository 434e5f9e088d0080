/* sv-sqlite-store-card.c: the Veiligheidskaart of each case — its text
 * sections saved one at a time with a revision each (a save based on an
 * older revision is refused, so two windows never overwrite each other
 * silently), scores, conditions, recipients with their consent, and the
 * versions, frozen once sent. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static gboolean
set_case_not_found (GError **error)
{
  g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  return FALSE;
}

/* Inside a write: the card row of @case_id exists afterwards, or the case
 * does not exist. */
gboolean
sv_sqlite_store_ensure_card (SvSqliteStore *self,
             gint64         case_id,
             GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT OR IGNORE INTO safety_cards (case_id, created_at)"
                                  "  SELECT id, ?2 FROM cases WHERE id = ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, now);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;

  stmt = sv_sqlite_store_prepare (self, "SELECT 1 FROM safety_cards WHERE case_id = ?1", error);
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

/* Runs @sql (with the record's id as ?1, "RETURNING case_id") and notes
 * the card of that case as changed; @what names the record when no row
 * had the id. */
static gboolean
write_returning_case (SvSqliteStore  *self,
                      const char     *sql,
                      gint64          id,
                      const char     *what,
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
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, case_id);
  return TRUE;
}

static gboolean
delete_returning_case (SvSqliteStore  *self,
                       const char     *sql,
                       gint64          id,
                       const char     *what,
                       GError        **error)
{
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_returning_case (self, sql, id, what, error), error);
}

/* ------------------------------------------------------------------------
 * Reading the card
 * ------------------------------------------------------------------------ */

static gboolean
read_texts (SvSqliteStore  *self,
            SvSafetyCard   *card,
            GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT field, text, revision, updated_at, updated_by FROM safety_card_texts"
                                  "  WHERE case_id = ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, card->case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCardField field;
      SvCardText *t;

      /* A section a later version of the card dropped stays stored. */
      if (!sv_card_field_from_id ((const char *) sqlite3_column_text (stmt, 0), &field))
        continue;
      t = &card->texts[field];
      g_free (t->text);
      t->text = sv_sql_dup_text (stmt, 1);
      t->revision = sqlite3_column_int64 (stmt, 2);
      g_clear_pointer (&t->updated_at, g_date_time_unref);
      t->updated_at = sv_sql_get_datetime (stmt, 3);
      g_free (t->updated_by);
      t->updated_by = sv_sql_dup_text (stmt, 4);
    }
  return sv_sqlite_store_rows_done (self, stmt, rc, error);
}

static gboolean
read_scores (SvSqliteStore  *self,
             SvSafetyCard   *card,
             GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, viewpoint, score, scored_on, note FROM safety_card_scores"
                                  "  WHERE case_id = ?1 ORDER BY scored_on, id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, card->case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCardScore *s = sv_card_score_new ();

      s->id = sqlite3_column_int64 (stmt, 0);
      s->case_id = card->case_id;
      g_free (s->viewpoint);
      s->viewpoint = sv_sql_dup_text (stmt, 1);
      s->score = sqlite3_column_int (stmt, 2);
      sv_sql_get_date (stmt, 3, &s->date);
      g_free (s->note);
      s->note = sv_sql_dup_text (stmt, 4);
      g_ptr_array_add (card->scores, s);
    }
  return sv_sqlite_store_rows_done (self, stmt, rc, error);
}

static gboolean
read_conditions (SvSqliteStore  *self,
                 SvSafetyCard   *card,
                 GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, text, term, consequence FROM safety_card_conditions"
                                  "  WHERE case_id = ?1 ORDER BY id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, card->case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCardCondition *c = sv_card_condition_new ();

      c->id = sqlite3_column_int64 (stmt, 0);
      c->case_id = card->case_id;
      g_free (c->text);
      c->text = sv_sql_dup_text (stmt, 1);
      sv_sql_get_date (stmt, 2, &c->term);
      g_free (c->consequence);
      c->consequence = sv_sql_dup_text (stmt, 3);
      g_ptr_array_add (card->conditions, c);
    }
  return sv_sqlite_store_rows_done (self, stmt, rc, error);
}

static SvCardRecipient *
recipient_from_row (sqlite3_stmt *stmt)
{
  SvCardRecipient *r = sv_card_recipient_new ();

  r->id = sqlite3_column_int64 (stmt, 0);
  r->case_id = sqlite3_column_int64 (stmt, 1);
  g_free (r->name);
  r->name = sv_sql_dup_text (stmt, 2);
  g_free (r->organisation);
  r->organisation = sv_sql_dup_text (stmt, 3);
  r->needs_consent = sqlite3_column_int (stmt, 4) != 0;
  r->consent_at = sv_sql_get_datetime (stmt, 5);
  g_free (r->consent_by);
  r->consent_by = sv_sql_dup_text (stmt, 6);
  return r;
}

#define RECIPIENT_COLUMNS "id, case_id, name, organisation, needs_consent, consent_at, consent_by"

static gboolean
read_recipients (SvSqliteStore  *self,
                 SvSafetyCard   *card,
                 GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " RECIPIENT_COLUMNS " FROM safety_card_recipients"
                                  "  WHERE case_id = ?1 ORDER BY id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, card->case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (card->recipients, recipient_from_row (stmt));
  return sv_sqlite_store_rows_done (self, stmt, rc, error);
}

static SvSafetyCard *
get_safety_card (SvStore  *store,
                 gint64    case_id,
                 GError  **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT k.advice FROM cases c LEFT JOIN safety_cards k ON k.case_id = c.id"
                                  "  WHERE c.id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      card = sv_safety_card_new (case_id);
      if (!sv_vht_advice_from_nick ((const char *) sqlite3_column_text (stmt, 0), &card->advice))
        card->advice = SV_VHT_ADVICE_GEEN;
    }
  else if (rc == SQLITE_DONE)
    set_case_not_found (error);
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  if (card == NULL)
    return NULL;

  if (!read_texts (self, card, error) || !read_scores (self, card, error) ||
      !read_conditions (self, card, error) || !read_recipients (self, card, error))
    return NULL;

  /* The agreements are the case's own, captured in meetings or here. */
  agreements = SV_STORE_GET_IFACE (store)->list_agreements (store, case_id, 0, error);
  if (agreements == NULL)
    return NULL;
  g_ptr_array_extend_and_steal (card->agreements, g_steal_pointer (&agreements));
  return g_steal_pointer (&card);
}

/* ------------------------------------------------------------------------
 * Text sections
 * ------------------------------------------------------------------------ */

static gboolean
write_card_field (SvSqliteStore  *self,
                  gint64          case_id,
                  SvCardField     field,
                  const char     *text,
                  gint64          base_revision,
                  const char     *who,
                  gint64         *new_revision,
                  GError        **error)
{
  g_autofree char *stored = NULL, *stored_by = NULL, *now = NULL;
  gint64 revision = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (!sv_sqlite_store_ensure_card (self, case_id, error))
    return FALSE;

  /* Read inside the transaction (which holds the write lock): what another
   * window saved is seen. */
  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT text, revision, updated_by FROM safety_card_texts"
                                  "  WHERE case_id = ?1 AND field = ?2",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, sv_card_field_to_id (field));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stored = sv_sql_dup_text (stmt, 0);
      revision = sqlite3_column_int64 (stmt, 1);
      stored_by = sv_sql_dup_text (stmt, 2);
      rc = SQLITE_DONE;
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return FALSE;

  /* The same text is no change, whoever wrote it: nothing to refuse and
   * nothing to write. */
  if (g_strcmp0 (stored != NULL ? stored : "", text) == 0)
    {
      *new_revision = revision;
      return TRUE;
    }
  if (revision != base_revision)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_STALE,
                   _("%s was changed meanwhile by %s, perhaps in another window. Your text was not saved over it: "
                     "look at the newer text first, then add yours."),
                   sv_card_field_title (field), stored_by != NULL && *stored_by != '\0' ? stored_by : _("someone"));
      return FALSE;
    }

  now = sv_sqlite_store_now_iso ();
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO safety_card_texts (case_id, field, text, revision, updated_at, updated_by)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (case_id, field) DO UPDATE SET"
                                  "  text = excluded.text, revision = excluded.revision,"
                                  "  updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, sv_card_field_to_id (field));
  /* The exact bytes: no trimming, no normalisation. */
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, revision + 1);
  sv_sql_bind_text (stmt, 5, now);
  sv_sql_bind_text (stmt, 6, who);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  *new_revision = revision + 1;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, case_id);
  return TRUE;
}

static gboolean
save_card_field (SvStore      *store,
                 gint64        case_id,
                 SvCardField   field,
                 const char   *text,
                 gint64        base_revision,
                 const char   *who,
                 gint64       *new_revision,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 revision = 0;

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (!sv_sqlite_store_end (self, write_card_field (self, case_id, field, text, base_revision, who, &revision, error),
                            error))
    return FALSE;
  if (new_revision != NULL)
    *new_revision = revision;
  return TRUE;
}

static gboolean
write_card_advice (SvSqliteStore  *self,
                   gint64          case_id,
                   SvVhtAdvice     advice,
                   GError        **error)
{
  sqlite3_stmt *stmt;

  if (!sv_sqlite_store_ensure_card (self, case_id, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self, "UPDATE safety_cards SET advice = ?2 WHERE case_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, sv_vht_advice_to_nick (advice));
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, case_id);
  return TRUE;
}

static gboolean
set_card_advice (SvStore      *store,
                 gint64        case_id,
                 SvVhtAdvice   advice,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_card_advice (self, case_id, advice, error), error);
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
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, case_id);
  return TRUE;
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
  return finish_record_write (self, stmt, &score->id, score->case_id, _("The score"), error);
}

static gboolean
save_card_score (SvStore      *store,
                 SvCardScore  *score,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 id = score->id;

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_card_score (self, score, error), error))
    return TRUE;
  score->id = id;
  return FALSE;
}

static gboolean
delete_card_score (SvStore  *store,
                   gint64    id,
                   GError  **error)
{
  return delete_returning_case (SV_SQLITE_STORE (store),
                                "DELETE FROM safety_card_scores WHERE id = ?1 RETURNING case_id",
                                id, _("The score"), error);
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
  return finish_record_write (self, stmt, &condition->id, condition->case_id, _("The condition"), error);
}

static gboolean
save_card_condition (SvStore          *store,
                     SvCardCondition  *condition,
                     GError          **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 id = condition->id;

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_card_condition (self, condition, error), error))
    return TRUE;
  condition->id = id;
  return FALSE;
}

static gboolean
delete_card_condition (SvStore  *store,
                       gint64    id,
                       GError  **error)
{
  return delete_returning_case (SV_SQLITE_STORE (store),
                                "DELETE FROM safety_card_conditions WHERE id = ?1 RETURNING case_id",
                                id, _("The condition"), error);
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
  return finish_record_write (self, stmt, &recipient->id, recipient->case_id, _("The recipient"), error);
}

static gboolean
save_card_recipient (SvStore          *store,
                     SvCardRecipient  *recipient,
                     GError          **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 id = recipient->id;

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_card_recipient (self, recipient, error), error))
    return TRUE;
  recipient->id = id;
  return FALSE;
}

static gboolean
delete_card_recipient (SvStore  *store,
                       gint64    id,
                       GError  **error)
{
  return delete_returning_case (SV_SQLITE_STORE (store),
                                "DELETE FROM safety_card_recipients WHERE id = ?1 RETURNING case_id",
                                id, _("The recipient"), error);
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
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, case_id);
  return TRUE;
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
sv_sqlite_store_init_card (SvStoreInterface *iface)
{
  iface->get_safety_card = get_safety_card;
  iface->save_card_field = save_card_field;
  iface->set_card_advice = set_card_advice;
  iface->save_card_score = save_card_score;
  iface->delete_card_score = delete_card_score;
  iface->save_card_condition = save_card_condition;
  iface->delete_card_condition = delete_card_condition;
  iface->save_card_recipient = save_card_recipient;
  iface->delete_card_recipient = delete_card_recipient;
  iface->record_card_consent = record_card_consent;
  sv_sqlite_store_init_card_versions (iface);
}
