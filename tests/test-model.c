/* test-model.c: the case list model — lazy pages, a bounded cache, the
 * first batch before the rest, and search. */
#include "sv-case-list-model.h"
#include "sv-test-util.h"

#define N_CASES 700

typedef struct {
  char          *dir;
  SvSqliteStore *store;
} Fixture;

static gboolean
add_many (SvStore  *store,
          gpointer  user_data,
          GError  **error)
{
  for (guint i = 0; i < N_CASES; i++)
    {
      g_autofree char *name = g_strdup_printf ("Gezin Nummer%04u", i);

      /* Alternate reasons so that a search finds half. */
      sv_test_add_case (store, name, i % 2 == 0 ? "Ruzie thuis" : "Schoolverzuim");
    }
  return TRUE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "model.db");
  g_assert_true (sv_store_run_in_transaction (SV_STORE (f->store), add_many, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

typedef struct {
  guint position, removed, added, calls;
} Change;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->calls++;
}

static void
test_first_batch_then_rest (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SvCaseListModel) model = sv_case_list_model_new (SV_STORE (f->store));
  g_autoptr(SvCaseSummary) first = NULL;
  Change change = { 0 };

  /* The newest first, at once; the rest is still to come. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 256);
  g_assert_false (sv_case_list_model_is_complete (model));
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (sv_case_summary_get_household_name (first), ==, "Gezin Nummer0699");

  /* The rest is appended behind what is shown. */
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &change);
  while (!sv_case_list_model_is_complete (model))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_CASES);
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 256);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, N_CASES - 256);
}

static void
test_pages_bounded (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvCaseListModel) model = sv_case_list_model_new (SV_STORE (f->store));
  guint n;

  sv_case_list_model_complete (model);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, N_CASES);
  g_assert_cmpuint (sv_case_list_model_get_n_cached (model), ==, 0);

  /* Reading every row keeps no more than the page budget in memory, and
   * each row is the case at that place. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SvCaseSummary) row = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (sv_case_summary_get_id (row), ==, sv_case_list_model_get_case_id (model, i));
    }
  g_assert_cmpuint (sv_case_list_model_get_n_cached (model), <=, 32 * 64);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n));
}

static void
test_search_and_clear (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SvCaseListModel) model = sv_case_list_model_new (SV_STORE (f->store));

  sv_case_list_model_set_query (model, "schoolv");
  g_assert_true (sv_case_list_model_is_complete (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_CASES / 2);
  sv_case_list_model_set_query (model, "nummer0123");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  /* An empty field lists everything again. */
  sv_case_list_model_set_query (model, "");
  g_assert_null (sv_case_list_model_get_query (model));
  sv_case_list_model_complete (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_CASES);
}

static void
test_follows_the_store (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SvCaseListModel) model = sv_case_list_model_new (SV_STORE (f->store));
  g_autoptr(SvCaseSummary) top = NULL;
  gint64 id;

  sv_case_list_model_complete (model);
  id = sv_test_add_case (SV_STORE (f->store), "Gezin Nieuwkomer", "Nieuw");
  sv_case_list_model_complete (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_CASES + 1);
  g_assert_cmpuint (sv_case_list_model_find (model, id), !=, G_MAXUINT);
  top = g_list_model_get_item (G_LIST_MODEL (model), sv_case_list_model_find (model, id));
  g_assert_cmpstr (sv_case_summary_get_household_name (top), ==, "Gezin Nieuwkomer");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/model/first-batch-then-rest", test_first_batch_then_rest);
  ADD ("/model/pages-bounded", test_pages_bounded);
  ADD ("/model/search-and-clear", test_search_and_clear);
  ADD ("/model/follows-the-store", test_follows_the_store);
#undef ADD
  return g_test_run ();
}
