/* sv-sqlite-store-gesprek-letters.c: the invitation letters of an
 * interventiegesprek as the user edited them, one text per letter key;
 * no row means the letter is generated from the plan. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static void
set_not_found (GError **error,
               gint64   id)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* TRANSLATORS: %s is the number of an interventiegesprek */
  g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("Interventiegesprek %s does not exist (any more)."), number);
}

static char *
get_gesprek_letter (SvStore    *store,
                    gint64      gesprek_id,
                    const char *letter,
                    GError    **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  char *body = NULL;
  int rc;

  stmt = sv_sqlite_store_prepare (self, "SELECT body FROM gesprek_letters WHERE gesprek_id = ?1 AND letter = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, gesprek_id);
  sv_sql_bind_text (stmt, 2, letter);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    body = sv_sql_dup_text (stmt, 0);
  else if (rc != SQLITE_DONE)
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return body;
}

static gboolean
write_letter (SvSqliteStore *self,
              gint64         gesprek_id,
              const char    *letter,
              const char    *body,
              GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self, "SELECT case_id FROM gesprekken WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, gesprek_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      set_not_found (error, gesprek_id);
      return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);

  if (body == NULL)
    stmt = sv_sqlite_store_prepare (self, "DELETE FROM gesprek_letters WHERE gesprek_id = ?1 AND letter = ?2", error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO gesprek_letters (gesprek_id, letter, body, updated_at)"
                                    "  VALUES (?1, ?2, ?3, ?4) ON CONFLICT (gesprek_id, letter) DO UPDATE"
                                    "  SET body = excluded.body, updated_at = excluded.updated_at",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, gesprek_id);
  sv_sql_bind_text (stmt, 2, letter);
  if (body != NULL)
    {
      sv_sql_bind_text (stmt, 3, body);
      sv_sql_bind_text (stmt, 4, now);
    }
  return sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
save_gesprek_letter (SvStore    *store,
                     gint64      gesprek_id,
                     const char *letter,
                     const char *body,
                     GError    **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (letter == NULL || *letter == '\0')
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Letter: say which letter."));
      return FALSE;
    }
  if (body != NULL && !g_utf8_validate (body, -1, NULL))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Letter: the text is not valid UTF-8."));
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_letter (self, gesprek_id, letter, body, error), error);
}

void
sv_sqlite_store_init_gesprek_letters (SvStoreInterface *iface)
{
  iface->get_gesprek_letter = get_gesprek_letter;
  iface->save_gesprek_letter = save_gesprek_letter;
}
