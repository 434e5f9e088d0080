/* fuzz-search.c: what a person types in the search field.
 *
 * sv_search_query_to_fts() promises a query the full-text index always
 * accepts, whatever is typed: the text goes through it and then through a
 * real search on a store with one case, which must not fail. */
#include "config.h"

#include <glib/gstdio.h>

#include "sv-fuzz.h"
#include "sv-search-query.h"
#include "sv-sqlite-store.h"
#include "sv-test-util.h"

static SvStore *store;

static void
remove_store (void)
{
  g_autofree char *db = g_strdup (sv_sqlite_store_get_path (SV_SQLITE_STORE (store)));
  g_autofree char *dir = g_path_get_dirname (db);

  g_clear_object (&store);
  sv_test_rmtree (dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sv-fuzz-XXXXXX", &error);
  g_autofree char *path = NULL;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "fuzz.db", NULL);
  store = SV_STORE (sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error));
  if (store == NULL)
    g_error ("%s", error->message);
  atexit (remove_store);

  sv_test_add_case (store, "Jansen-de Vries", "Zorgen over \"veiligheid\" thuis (AND/OR NEAR)");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = sv_fuzz_string (data, size);
  g_autofree char *query = sv_search_query_to_fts (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  if (query != NULL && !g_utf8_validate (query, -1, NULL))
    g_error ("the query is not UTF-8");
  ids = sv_store_search_case_ids (store, text, SV_CASE_FILTER_ALL, &error);
  if (ids == NULL && error != NULL)
    g_error ("searching for \"%s\" fails: %s", query, error->message);
  return 0;
}
