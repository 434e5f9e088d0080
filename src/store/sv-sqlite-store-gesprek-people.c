/* sv-sqlite-store-gesprek-people.c: the people invited to an
 * interventiegesprek, in order; a person kept keeps their id, so a
 * youth's letter stays with the youth and goes when the youth goes. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-sqlite-store-gesprek-private.h"

SvTriState
sv_sql_get_tri (sqlite3_stmt *stmt,
                int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return SV_TRI_UNKNOWN;
  return sqlite3_column_int (stmt, column) != 0 ? SV_TRI_YES : SV_TRI_NO;
}

void
sv_sql_bind_tri (sqlite3_stmt *stmt,
                 int           index,
                 SvTriState    value)
{
  if (value == SV_TRI_UNKNOWN)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value == SV_TRI_YES ? 1 : 0);
}

gboolean
sv_sqlite_store_read_gesprek_people (SvSqliteStore *self,
                                     SvGesprek     *g,
                                     GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, role, name, detail, birth, excluded, exclusion_reason,"
                                  "  separate_note, attended FROM gesprek_people WHERE gesprek_id = ?1"
                                  "  ORDER BY position, id",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvGesprekRole role = SV_GESPREK_PARENT;
      SvGesprekPerson *person;

      sv_gesprek_role_from_nick ((const char *) sqlite3_column_text (stmt, 1), &role);
      person = sv_gesprek_add_person (g, role, (const char *) sqlite3_column_text (stmt, 2));
      person->id = sqlite3_column_int64 (stmt, 0);
      person->detail = sv_sql_dup_text (stmt, 3);
      sv_sql_get_date (stmt, 4, &person->birth);
      person->excluded = sqlite3_column_int (stmt, 5) != 0;
      person->exclusion_reason = sv_sql_dup_text (stmt, 6);
      person->separate_note = sv_sql_dup_text (stmt, 7);
      person->attended = sv_sql_get_tri (stmt, 8);
    }
  return sv_sqlite_store_rows_done (self, stmt, rc, error);
}

gboolean
sv_sqlite_store_write_gesprek_people (SvSqliteStore *self,
                                      SvGesprek     *g,
                                      GError       **error)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  /* People kept keep their ids, so a youth's letter stays with the youth. */
  for (guint i = 0; i < g->people->len; i++)
    {
      SvGesprekPerson *person = g_ptr_array_index (g->people, i);

      if (person->id > 0)
        g_hash_table_add (keep, &person->id);
    }
  stmt = sv_sqlite_store_prepare (self, "SELECT id FROM gesprek_people WHERE gesprek_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (!g_hash_table_contains (keep, &id))
        g_array_append_val (gone, id);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < gone->len; i++)
    {
      g_autofree char *letter = g_strdup_printf ("jeugdige-%" G_GINT64_FORMAT, g_array_index (gone, gint64, i));

      stmt = sv_sqlite_store_prepare (self, "DELETE FROM gesprek_people WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (gone, gint64, i));
      if (!sv_sqlite_store_step_done (self, stmt, error))
        return FALSE;
      stmt = sv_sqlite_store_prepare (self, "DELETE FROM gesprek_letters WHERE gesprek_id = ?1 AND letter = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g->id);
      sv_sql_bind_text (stmt, 2, letter);
      if (!sv_sqlite_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < g->people->len; i++)
    {
      SvGesprekPerson *person = g_ptr_array_index (g->people, i);
      g_autofree char *name = g_strstrip (g_strdup (person->name));

      if (person->id > 0)
        stmt = sv_sqlite_store_prepare (self,
                                        "UPDATE gesprek_people SET position = ?3, role = ?4, name = ?5, detail = ?6,"
                                        "  birth = ?7, excluded = ?8, exclusion_reason = ?9, separate_note = ?10,"
                                        "  attended = ?11 WHERE id = ?1 AND gesprek_id = ?2",
                                        error);
      else
        stmt = sv_sqlite_store_prepare (self,
                                        "INSERT INTO gesprek_people (gesprek_id, position, role, name, detail, birth,"
                                        "  excluded, exclusion_reason, separate_note, attended)"
                                        "  VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                        error);
      if (stmt == NULL)
        return FALSE;
      if (person->id > 0)
        sqlite3_bind_int64 (stmt, 1, person->id);
      sqlite3_bind_int64 (stmt, 2, g->id);
      sqlite3_bind_int (stmt, 3, (int) i);
      sv_sql_bind_text (stmt, 4, sv_gesprek_role_to_nick (person->role));
      sv_sql_bind_text (stmt, 5, name);
      sv_sql_bind_text (stmt, 6, person->detail != NULL ? person->detail : "");
      sv_sql_bind_date (stmt, 7, &person->birth);
      sqlite3_bind_int (stmt, 8, person->excluded ? 1 : 0);
      sv_sql_bind_text (stmt, 9, person->exclusion_reason != NULL ? person->exclusion_reason : "");
      sv_sql_bind_text (stmt, 10, person->separate_note != NULL ? person->separate_note : "");
      sv_sql_bind_tri (stmt, 11, person->attended);
      if (!sv_sqlite_store_step_done (self, stmt, error))
        return FALSE;
      if (person->id > 0 && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, SV_ERROR, SV_ERROR_STALE,
                       _("%s is no longer on the list of this interventiegesprek, perhaps removed in another window. Open the conversation again."),
                       name);
          return FALSE;
        }
      if (person->id == 0)
        person->id = sv_sqlite_store_last_id (self);
    }
  return TRUE;
}

