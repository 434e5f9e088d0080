/* sv-sqlite-store-card.c: the Veiligheidskaart of each case — read whole,
 * and its text sections saved one at a time with a revision each (a save
 * based on an older revision is refused, so two windows never overwrite
 * each other silently). Scores, conditions and recipients are in
 * sv-sqlite-store-card-records.c, versions in -card-versions.c. */
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
  return sv_sqlite_store_card_edited (self, case_id, sv_card_field_to_id (field), error);
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
  return sv_sqlite_store_card_edited (self, case_id, "advies-soort", error);
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
 * History
 * ------------------------------------------------------------------------ */

gboolean
sv_sqlite_store_card_edited (SvSqliteStore  *self,
                             gint64          case_id,
                             const char     *part,
                             GError        **error)
{
  const char *who = sv_store_get_user_name (SV_STORE (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *last_who = NULL, *now_iso = sv_datetime_to_iso (now);
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, who, last_at FROM safety_card_edits WHERE case_id = ?1 AND part = ?2"
                                  "  ORDER BY id DESC LIMIT 1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, part);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      last_who = sv_sql_dup_text (stmt, 1);
      last = sv_sql_get_datetime (stmt, 2);
      rc = SQLITE_DONE;
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return FALSE;

  /* The same person still at it: one edit, counted, not a row per
   * autosave. */
  if (id != 0 && g_strcmp0 (last_who, who) == 0 && last != NULL &&
      g_date_time_difference (now, last) <= (GTimeSpan) SV_CARD_EDIT_GAP_SECONDS * G_TIME_SPAN_SECOND)
    {
      stmt = sv_sqlite_store_prepare (self,
                                      "UPDATE safety_card_edits SET last_at = ?2, saves = saves + 1 WHERE id = ?1",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      stmt = sv_sqlite_store_prepare (self,
                                      "INSERT INTO safety_card_edits (case_id, part, who, first_at, last_at)"
                                      "  VALUES (?3, ?4, ?5, ?2, ?2)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 3, case_id);
      sv_sql_bind_text (stmt, 4, part);
      sv_sql_bind_text (stmt, 5, who);
    }
  sv_sql_bind_text (stmt, 2, now_iso);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, case_id);
  return TRUE;
}

static GPtrArray *
list_card_edits (SvStore  *store,
                 gint64    case_id,
                 GError  **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_edit_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT part, who, first_at, last_at, saves FROM safety_card_edits"
                                  "  WHERE case_id = ?1 ORDER BY last_at DESC, id DESC",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCardEdit *e = sv_card_edit_new ();

      e->case_id = case_id;
      g_free (e->section_id);
      e->section_id = sv_sql_dup_text (stmt, 0);
      g_free (e->who);
      e->who = sv_sql_dup_text (stmt, 1);
      e->first_at = sv_sql_get_datetime (stmt, 2);
      e->last_at = sv_sql_get_datetime (stmt, 3);
      e->n_saves = (guint) sqlite3_column_int (stmt, 4);
      g_ptr_array_add (list, e);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

void
sv_sqlite_store_init_card (SvStoreInterface *iface)
{
  iface->get_safety_card = get_safety_card;
  iface->save_card_field = save_card_field;
  iface->set_card_advice = set_card_advice;
  iface->list_card_edits = list_card_edits;
  sv_sqlite_store_init_card_records (iface);
  sv_sqlite_store_init_card_versions (iface);
  sv_sqlite_store_init_card_import (iface);
}
