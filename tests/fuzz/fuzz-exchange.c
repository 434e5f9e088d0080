/* fuzz-exchange.c: the JSON exchange import (docs/exchange-format.md).
 *
 * Any bytes go into sv_exchange_import_data() on a real store, inside an
 * outer transaction that is always rolled back, so every input meets the
 * same database. The import promises: a refused document comes with a
 * message and changes nothing; an accepted one exports again to a document
 * that imports too. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sv-exchange.h"
#include "sv-fuzz.h"
#include "sv-sqlite-store.h"
#include "sv-test-util.h"

static SvStore *store;

typedef struct {
  const uint8_t *data;
  size_t         size;
  char          *exported;   /* the accepted document, written anew */
  gboolean       must_accept;
} Input;

static gint64 first_case;

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
  /* A case already there, so imported numbers can collide. */
  first_case = sv_test_add_case (store, "Jansen", "Zorgen thuis");
  return 0;
}

static gboolean
import_and_undo (SvStore  *s,
                 gpointer  user_data,
                 GError  **error)
{
  Input *input = user_data;
  g_autoptr(GError) local = NULL;
  g_autoptr(SvImportResult) result = NULL;
  guint before = sv_store_count_cases (s, SV_CASE_FILTER_ALL, NULL);

  result = sv_exchange_import_data (s, (const char *) input->data, (gssize) input->size, &local);
  if (result == NULL)
    {
      if (local == NULL || local->message[0] == '\0')
        g_error ("a document was refused without saying why");
      if (input->must_accept)
        g_error ("an export does not import: %s", local->message);
      if (sv_store_count_cases (s, SV_CASE_FILTER_ALL, NULL) != before)
        g_error ("a refused document changed the cases: %s", local->message);
    }
  else
    {
      if (sv_store_count_cases (s, SV_CASE_FILTER_ALL, NULL) != before + result->n_cases)
        g_error ("an import of %u cases did not add %u cases", result->n_cases, result->n_cases);
      g_autoptr(GArray) ids = sv_store_list_case_ids (s, SV_CASE_FILTER_ALL, 0, NULL);
      g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; ids != NULL && i < ids->len; i++)
        if (g_array_index (ids, gint64, i) != first_case)
          g_array_append_val (added, g_array_index (ids, gint64, i));
      if (added->len != result->n_cases)
        g_error ("%u cases imported, %u found", result->n_cases, added->len);
      if (added->len == 0)
        return FALSE;
      input->exported = sv_exchange_export_to_data (s, (const gint64 *) (gpointer) added->data,
                                                    added->len, &local);
      if (input->exported == NULL)
        g_error ("an imported document does not export: %s", local->message);
    }
  return FALSE; /* undo it all */
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  Input input = { data, size, NULL, FALSE };
  g_autofree char *exported = NULL;

  sv_store_run_in_transaction (store, import_and_undo, &input, NULL);
  /* What the app writes it reads: the export of the imported cases
   * imports into the database as it was before, all of it. */
  if (input.exported != NULL)
    {
      exported = g_steal_pointer (&input.exported);
      input.data = (const uint8_t *) exported;
      input.size = strlen (exported);
      input.must_accept = TRUE;
      sv_store_run_in_transaction (store, import_and_undo, &input, NULL);
      g_free (input.exported);
    }
  return 0;
}
