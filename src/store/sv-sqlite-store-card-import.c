/* sv-sqlite-store-card-import.c: a Veiligheidskaart written as an import
 * carries it — who saved each section and when, consent as recorded, and
 * the versions with their snapshots and sending exactly as they were.
 * Ordinary edits go through sv-sqlite-store-card.c. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static gboolean
step (SvSqliteStore  *self,
      sqlite3_stmt   *stmt,
      GError        **error)
{
  return stmt != NULL && sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
card_exists (SvSqliteStore  *self,
             gint64          case_id,
             gboolean       *exists,
             GError        **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, "SELECT 1 FROM safety_cards WHERE case_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  *exists = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW)
    rc = SQLITE_DONE;
  return sv_sqlite_store_rows_done (self, stmt, rc, error);
}

static gboolean
write_texts (SvSqliteStore  *self,
             SvSafetyCard   *card,
             GError        **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      const SvCardText *t = &card->texts[i];
      sqlite3_stmt *stmt;

      /* A section never saved stays without a row, as in the database it
       * came from. */
      if ((t->text == NULL || *t->text == '\0') && t->updated_at == NULL)
        continue;
      stmt = sv_sqlite_store_prepare (self,
                                      "INSERT INTO safety_card_texts (case_id, field, text, revision, updated_at, updated_by)"
                                      "  VALUES (?1, ?2, ?3, 1, ?4, ?5)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, card->case_id);
      sv_sql_bind_text (stmt, 2, sv_card_field_to_id (i));
      sv_sql_bind_text (stmt, 3, t->text);
      if (t->updated_at != NULL)
        sv_sql_bind_datetime (stmt, 4, t->updated_at);
      else
        sv_sql_bind_text (stmt, 4, now);
      sv_sql_bind_text (stmt, 5, t->updated_by);
      if (!step (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_lists (SvSqliteStore  *self,
             SvSafetyCard   *card,
             GError        **error)
{
  for (guint i = 0; i < card->scores->len; i++)
    {
      SvCardScore *s = g_ptr_array_index (card->scores, i);
      sqlite3_stmt *stmt = sv_sqlite_store_prepare (self,
                                                    "INSERT INTO safety_card_scores (case_id, viewpoint, score, scored_on, note)"
                                                    "  VALUES (?1, ?2, ?3, ?4, ?5)",
                                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, card->case_id);
      sv_sql_bind_text (stmt, 2, s->viewpoint);
      sqlite3_bind_int (stmt, 3, s->score);
      sv_sql_bind_date (stmt, 4, &s->date);
      sv_sql_bind_text (stmt, 5, s->note);
      if (!step (self, stmt, error))
        return FALSE;
      s->id = sv_sqlite_store_last_id (self);
    }
  for (guint i = 0; i < card->conditions->len; i++)
    {
      SvCardCondition *c = g_ptr_array_index (card->conditions, i);
      sqlite3_stmt *stmt = sv_sqlite_store_prepare (self,
                                                    "INSERT INTO safety_card_conditions (case_id, text, term, consequence)"
                                                    "  VALUES (?1, ?2, ?3, ?4)",
                                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, card->case_id);
      sv_sql_bind_text (stmt, 2, c->text);
      sv_sql_bind_date (stmt, 3, &c->term);
      sv_sql_bind_text (stmt, 4, c->consequence);
      if (!step (self, stmt, error))
        return FALSE;
      c->id = sv_sqlite_store_last_id (self);
    }
  for (guint i = 0; i < card->recipients->len; i++)
    {
      SvCardRecipient *r = g_ptr_array_index (card->recipients, i);
      sqlite3_stmt *stmt = sv_sqlite_store_prepare (self,
                                                    "INSERT INTO safety_card_recipients"
                                                    "  (case_id, name, organisation, needs_consent, consent_at, consent_by)"
                                                    "  VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, card->case_id);
      sv_sql_bind_text (stmt, 2, r->name);
      sv_sql_bind_text (stmt, 3, r->organisation);
      sqlite3_bind_int (stmt, 4, r->needs_consent ? 1 : 0);
      sv_sql_bind_datetime (stmt, 5, r->consent_at);
      sv_sql_bind_text (stmt, 6, r->consent_by);
      if (!step (self, stmt, error))
        return FALSE;
      r->id = sv_sqlite_store_last_id (self);
    }
  return TRUE;
}

static char *
sent_to_json (GStrv names)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    json_builder_add_string_value (b, names[i]);
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
write_versions (SvSqliteStore  *self,
                gint64          case_id,
                GPtrArray      *versions,
                GError        **error)
{
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      SvCardVersion *v = g_ptr_array_index (versions, i);
      g_autofree char *sent_to = sent_to_json (v->sent_to);
      g_autoptr(SvSafetyCard) frozen = NULL;
      sqlite3_stmt *stmt;

      if (v->number == 0 || v->created_at == NULL || v->snapshot == NULL ||
          (v->sent_at == NULL) != !g_date_valid (&v->sent_on) ||
          (v->status == SV_CARD_STATUS_VERSTUURD && v->sent_at == NULL))
        {
          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       _("Version %u of the Veiligheidskaart is incomplete (number, time made, snapshot, or when it was sent)."),
                       v->number);
          return FALSE;
        }
      if (!(frozen = sv_safety_card_from_json (v->snapshot, error)))
        return FALSE;
      stmt = sv_sqlite_store_prepare (self,
                                      "INSERT INTO safety_card_versions (case_id, number, status, created_at, created_by,"
                                      "  sent_on, sent_at, sent_to, snapshot) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, case_id);
      sqlite3_bind_int (stmt, 2, (int) v->number);
      sv_sql_bind_text (stmt, 3, sv_card_status_to_nick (v->status));
      sv_sql_bind_datetime (stmt, 4, v->created_at);
      sv_sql_bind_text (stmt, 5, v->created_by);
      sv_sql_bind_date (stmt, 6, &v->sent_on);
      sv_sql_bind_datetime (stmt, 7, v->sent_at);
      sv_sql_bind_text (stmt, 8, sent_to);
      sv_sql_bind_text (stmt, 9, v->snapshot);
      if (!step (self, stmt, error))
        return FALSE;
      v->id = sv_sqlite_store_last_id (self);
      v->case_id = case_id;
    }
  return TRUE;
}

static gboolean
write_import (SvSqliteStore  *self,
              SvSafetyCard   *card,
              GPtrArray      *versions,
              GError        **error)
{
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;

  if (!card_exists (self, card->case_id, &exists, error))
    return FALSE;
  if (exists)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_EXISTS,
                           _("The case has a Veiligheidskaart already; an import does not replace it."));
      return FALSE;
    }
  if (!sv_sqlite_store_ensure_card (self, card->case_id, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self, "UPDATE safety_cards SET advice = ?2 WHERE case_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, card->case_id);
  sv_sql_bind_text (stmt, 2, sv_vht_advice_to_nick (card->advice));
  if (!step (self, stmt, error) || !write_texts (self, card, error) || !write_lists (self, card, error) ||
      !write_versions (self, card->case_id, versions, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CARD, card->case_id);
  return TRUE;
}

static gboolean
import_safety_card (SvStore       *store,
                    SvSafetyCard  *card,
                    GPtrArray     *versions,
                    GError       **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_import (self, card, versions, error), error);
}

void
sv_sqlite_store_init_card_import (SvStoreInterface *iface)
{
  iface->import_safety_card = import_safety_card;
}
