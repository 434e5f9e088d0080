/* sv-sqlite-store-search.c: search-as-you-type over the FTS5 index. */
#include "config.h"

#include "sv-search-query.h"
#include "sv-sqlite-store-private.h"

static GArray *
search_case_ids (SvStore      *store,
                 const char   *text,
                 SvCaseFilter  filter,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *query = sv_search_query_to_fts (text);
  sqlite3_stmt *stmt;
  int rc;

  if (query == NULL)
    return g_steal_pointer (&ids);

  if (filter == SV_CASE_FILTER_ALL)
    stmt = sv_sqlite_store_prepare (self,
                                    "SELECT c.id FROM case_search s JOIN cases c ON c.id = s.rowid"
                                    "  WHERE case_search MATCH ?1 ORDER BY c.received DESC, c.id DESC",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "SELECT c.id FROM case_search s JOIN cases c ON c.id = s.rowid"
                                    "  WHERE case_search MATCH ?1 AND c.status = ?2"
                                    "  ORDER BY c.received DESC, c.id DESC",
                                    error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_text (stmt, 1, query);
  if (filter != SV_CASE_FILTER_ALL)
    sv_sql_bind_text (stmt, 2, filter == SV_CASE_FILTER_CLOSED ? "gesloten" : "open");
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
sv_sqlite_store_init_search (SvStoreInterface *iface)
{
  iface->search_case_ids = search_case_ids;
}
