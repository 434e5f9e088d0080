/* sv-sqlite-store-search.c: search-as-you-type over the FTS5 index.
 *
 * The index gives the matching case ids only (in rowid order, without a
 * join or a sort); the order of the list comes from the ordered ids of the
 * filter, read once and kept until the case list changes. */
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
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) uncached = NULL;
  g_autofree char *query = sv_search_query_to_fts (text);
  g_autofree guint8 *hit = NULL;
  gint64 max_id = 0;
  GArray *listed;
  sqlite3_stmt *stmt;
  int rc;

  if (query == NULL)
    return g_steal_pointer (&ids);

  stmt = sv_sqlite_store_prepare (self, "SELECT rowid FROM case_search WHERE case_search MATCH ?1", error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_text (stmt, 1, query);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (matches, id);
      max_id = MAX (max_id, id);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  if (matches->len == 0)
    return g_steal_pointer (&ids);

  /* Inside a transaction the list may hold what is not committed yet. */
  if (self->depth > 0 || self->listed[filter] == NULL)
    {
      uncached = sv_store_list_case_ids (store, filter, 0, error);
      if (uncached == NULL)
        return NULL;
      if (self->depth == 0)
        self->listed[filter] = g_array_ref (uncached);
    }
  listed = uncached != NULL ? uncached : self->listed[filter];

  hit = g_malloc0 ((gsize) (max_id / 8 + 1));
  for (guint i = 0; i < matches->len; i++)
    {
      gint64 id = g_array_index (matches, gint64, i);

      if (id > 0)
        hit[id / 8] |= (guint8) (1u << (id % 8));
    }
  for (guint i = 0; i < listed->len; i++)
    {
      gint64 id = g_array_index (listed, gint64, i);

      if (id > 0 && id <= max_id && (hit[id / 8] & (1u << (id % 8))) != 0)
        g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

void
sv_sqlite_store_init_search (SvStoreInterface *iface)
{
  iface->search_case_ids = search_case_ids;
}
