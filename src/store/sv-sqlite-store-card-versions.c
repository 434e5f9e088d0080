/* sv-sqlite-store-card-versions.c: the versions of a Veiligheidskaart.
 *
 * A version is the whole card frozen as JSON at one moment, numbered per
 * case. Its snapshot never changes; once it is marked sent nothing of it
 * does. The store refuses such changes with a message, and the schema's
 * triggers refuse them from anywhere else too. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

#define VERSION_COLUMNS \
  "id, case_id, number, status, created_at, created_by, sent_on, sent_at, sent_to"

static GStrv
strv_from_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *root;

  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (node));
        }
    }
  return g_strv_builder_end (builder);
}

static char *
strv_to_json (GPtrArray *names)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; i < names->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (names, i));
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static SvCardVersion *
version_from_row (sqlite3_stmt *stmt)
{
  SvCardVersion *v = sv_card_version_new ();

  v->id = sqlite3_column_int64 (stmt, 0);
  v->case_id = sqlite3_column_int64 (stmt, 1);
  v->number = (guint) sqlite3_column_int (stmt, 2);
  if (!sv_card_status_from_nick ((const char *) sqlite3_column_text (stmt, 3), &v->status))
    v->status = SV_CARD_STATUS_CONCEPT;
  v->created_at = sv_sql_get_datetime (stmt, 4);
  g_free (v->created_by);
  v->created_by = sv_sql_dup_text (stmt, 5);
  sv_sql_get_date (stmt, 6, &v->sent_on);
  v->sent_at = sv_sql_get_datetime (stmt, 7);
  g_strfreev (v->sent_to);
  v->sent_to = strv_from_json ((const char *) sqlite3_column_text (stmt, 8));
  return v;
}

static SvCardVersion *
read_version (SvSqliteStore  *self,
              gint64          version_id,
              GError        **error)
{
  SvCardVersion *v = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self, "SELECT " VERSION_COLUMNS " FROM safety_card_versions WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, version_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    v = version_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                         _("This version of the Veiligheidskaart does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return v;
}

/* ------------------------------------------------------------------------
 * Making a version
 * ------------------------------------------------------------------------ */

static SvCardVersion *
write_card_version (SvSqliteStore  *self,
                    gint64          case_id,
                    SvCardStatus    status,
                    const char     *who,
                    GError        **error)
{
  SvStore *store = SV_STORE (self);
  g_autoptr(SvSafetyCard) card = NULL;
  g_autofree char *now = sv_sqlite_store_now_iso ();
  g_autofree char *snapshot = NULL;
  sqlite3_stmt *stmt;
  guint number = 1;
  gint64 id;
  int rc;

  if (!sv_sqlite_store_ensure_card (self, case_id, error))
    return NULL;
  /* Read inside the transaction: the version holds exactly what was
   * stored when it was made. */
  card = SV_STORE_GET_IFACE (store)->get_safety_card (store, case_id, error);
  if (card == NULL)
    return NULL;
  if (status == SV_CARD_STATUS_DEFINITIEF)
    {
      g_autoptr(GPtrArray) blockers = sv_safety_card_definitief_blockers (card);

      if (blockers->len > 0)
        {
          g_autofree char *reasons = NULL;

          g_ptr_array_add (blockers, NULL);
          reasons = g_strjoinv (" ", (char **) blockers->pdata);
          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       _("The card cannot become final yet. %s"), reasons);
          return NULL;
        }
    }

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT coalesce (max (number), 0) + 1 FROM safety_card_versions WHERE case_id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      number = (guint) sqlite3_column_int (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;

  snapshot = sv_safety_card_to_json (card);
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO safety_card_versions (case_id, number, status, created_at, created_by, snapshot)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int (stmt, 2, (int) number);
  sv_sql_bind_text (stmt, 3, sv_card_status_to_nick (status));
  sv_sql_bind_text (stmt, 4, now);
  sv_sql_bind_text (stmt, 5, who);
  sv_sql_bind_text (stmt, 6, snapshot);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return NULL;
  id = sv_sqlite_store_last_id (self);
  if (!sv_sqlite_store_card_edited (self, case_id, "versies", error))
    return NULL;
  return read_version (self, id, error);
}

static SvCardVersion *
make_card_version (SvStore       *store,
                   gint64         case_id,
                   SvCardStatus   status,
                   const char    *who,
                   GError       **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvCardVersion) version = NULL;

  if (!sv_sqlite_store_begin (self, error))
    return NULL;
  version = write_card_version (self, case_id, status, who, error);
  if (!sv_sqlite_store_end (self, version != NULL, version != NULL ? error : NULL))
    return NULL;
  return g_steal_pointer (&version);
}

/* ------------------------------------------------------------------------
 * Sending
 * ------------------------------------------------------------------------ */

/* Inside a write: "Name (organisation)" of a recipient of @case_id that
 * may receive the card, or NULL with the reason. */
static char *
sendable_recipient (SvSqliteStore  *self,
                    gint64          recipient_id,
                    gint64          case_id,
                    GError        **error)
{
  g_autoptr(SvCardRecipient) r = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, case_id, name, organisation, needs_consent, consent_at, consent_by"
                                  "  FROM safety_card_recipients WHERE id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, recipient_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      r = sv_card_recipient_new ();
      g_free (r->name);
      r->name = sv_sql_dup_text (stmt, 2);
      g_free (r->organisation);
      r->organisation = sv_sql_dup_text (stmt, 3);
      r->case_id = sqlite3_column_int64 (stmt, 1);
      r->needs_consent = sqlite3_column_int (stmt, 4) != 0;
      r->consent_at = sv_sql_get_datetime (stmt, 5);
      rc = sqlite3_step (stmt);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  if (r == NULL || r->case_id != case_id)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                           _("A recipient of this card does not exist (any more). Choose the recipients again."));
      return NULL;
    }
  if (sv_card_recipient_lacks_consent (r))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Sharing the card with %s needs the family’s consent, and none is recorded. Record the consent first; nothing was sent."),
                   r->name);
      return NULL;
    }
  if (*r->organisation != '\0')
    return g_strdup_printf ("%s (%s)", r->name, r->organisation);
  return g_strdup (r->name);
}

static gboolean
write_version_sent (SvSqliteStore  *self,
                    gint64          version_id,
                    const gint64   *recipient_ids,
                    guint           n_recipients,
                    const GDate    *sent_on,
                    GError        **error)
{
  g_autoptr(SvCardVersion) version = read_version (self, version_id, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = sv_sqlite_store_now_iso ();
  g_autofree char *sent_to = NULL;
  sqlite3_stmt *stmt;

  if (version == NULL)
    return FALSE;
  if (sv_card_version_is_sent (version))
    {
      g_autofree char *day = sv_date_format_medium (&version->sent_on);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Version %u was sent on %s and cannot be changed any more. Make a new version to send the card again."),
                   version->number, day != NULL ? day : "");
      return FALSE;
    }
  if (version->status == SV_CARD_STATUS_CONCEPT)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Version %u is a draft. Make a final version, with the parents’ reaction, and send that one."),
                   version->number);
      return FALSE;
    }
  for (guint i = 0; i < n_recipients; i++)
    {
      gboolean again = FALSE;
      char *name;

      /* A recipient chosen twice received the card once. */
      for (guint j = 0; j < i && !again; j++)
        again = recipient_ids[j] == recipient_ids[i];
      if (again)
        continue;
      if (!(name = sendable_recipient (self, recipient_ids[i], version->case_id, error)))
        return FALSE;
      g_ptr_array_add (names, name);
    }
  sent_to = strv_to_json (names);

  /* A final version becomes "sent"; one updated after the conversation
   * keeps saying so, its sending is in sent_on. */
  stmt = sv_sqlite_store_prepare (self,
                                  "UPDATE safety_card_versions SET sent_on = ?2, sent_at = ?3, sent_to = ?4,"
                                  "  status = CASE status WHEN 'definitief' THEN 'verstuurd' ELSE status END"
                                  "  WHERE id = ?1 AND sent_at IS NULL",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  sv_sql_bind_date (stmt, 2, sent_on);
  sv_sql_bind_text (stmt, 3, now);
  sv_sql_bind_text (stmt, 4, sent_to);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  return sv_sqlite_store_card_edited (self, version->case_id, "versies", error);
}

static gboolean
mark_card_version_sent (SvStore       *store,
                        gint64         version_id,
                        const gint64  *recipient_ids,
                        guint          n_recipients,
                        const GDate   *sent_on,
                        GError       **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);
  GDate day = sent_on != NULL && g_date_valid (sent_on) ? *sent_on : today;

  if (g_date_compare (&day, &today) > 0)
    {
      g_autofree char *when = sv_date_format_medium (&day);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Sent on: %s lies in the future. Mark the card sent on the day it went out."), when);
      return FALSE;
    }
  if (n_recipients == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Choose at least one recipient to send the card to; nothing was sent."));
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_version_sent (self, version_id, recipient_ids, n_recipients, &day, error),
                              error);
}

/* ------------------------------------------------------------------------
 * Reading versions
 * ------------------------------------------------------------------------ */

static GPtrArray *
list_card_versions (SvStore  *store,
                    gint64    case_id,
                    GError  **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_version_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " VERSION_COLUMNS " FROM safety_card_versions"
                                  "  WHERE case_id = ?1 ORDER BY number DESC",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, version_from_row (stmt));
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static char *
get_card_version_snapshot (SvStore  *store,
                           gint64    version_id,
                           GError  **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  char *snapshot = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self, "SELECT snapshot FROM safety_card_versions WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, version_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    snapshot = sv_sql_dup_text (stmt, 0);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                         _("This version of the Veiligheidskaart does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return snapshot;
}

void
sv_sqlite_store_init_card_versions (SvStoreInterface *iface)
{
  iface->make_card_version = make_card_version;
  iface->mark_card_version_sent = mark_card_version_sent;
  iface->list_card_versions = list_card_versions;
  iface->get_card_version_snapshot = get_card_version_snapshot;
}
