/* sv-case-list-model.c: a lazily filled list of case summaries. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-case-list-model.h"

#define PAGE_SIZE   64
#define MAX_PAGES   32   /* 2,048 rows at most in memory */
#define FIRST_BATCH 256  /* more than a screen, read before the first frame */

struct _SvCaseListModel
{
  GObject       parent_instance;

  SvStore      *store;        /* owned */
  gulong        changed_id;
  char         *query;
  SvCaseFilter  filter;
  GArray       *ids;          /* gint64, the listed cases in order */
  GHashTable   *pages;        /* page number → GPtrArray of SvCaseSummary */
  GQueue        page_order;   /* page numbers, most recently used first */
  GError       *error;
  guint         complete_id;  /* idle that reads the rest of the list */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SvCaseListModel, sv_case_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_QUERY,
  PROP_FILTER,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
drop_pages (SvCaseListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

static void
set_error (SvCaseListModel *self,
           GError          *error)
{
  g_clear_error (&self->error);
  self->error = error;
}

static void complete (SvCaseListModel *self);

static void
complete_idle_cb (gpointer user_data)
{
  SvCaseListModel *self = user_data;

  self->complete_id = 0;
  complete (self);
}

/* Reads the ids anew and tells the views everything may have changed.
 * Without a query the newest cases come first and at once; the rest of
 * a long list follows from an idle, appended after what is shown. */
static void
reload (SvCaseListModel *self)
{
  GError *error = NULL;
  guint old_n = self->ids->len;
  GArray *ids;

  g_clear_handle_id (&self->complete_id, g_source_remove);
  if (self->query != NULL)
    ids = sv_store_search_case_ids (self->store, self->query, self->filter, &error);
  else
    {
      ids = sv_store_list_case_ids (self->store, self->filter, FIRST_BATCH, &error);
      if (ids != NULL && ids->len == FIRST_BATCH)
        self->complete_id = g_idle_add_once (complete_idle_cb, self);
    }
  if (ids == NULL)
    ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  set_error (self, error);

  /* In two steps: GTK 4.8's list item manager and GtkSingleSelection look
   * for their tracked (anchor, focus, selected) items among all the added
   * rows when those were removed in the same change, fetching every row
   * of a replaced list. Removed first, nothing is tracked any more. */
  g_array_set_size (self->ids, 0);
  drop_pages (self);
  if (old_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);
  g_array_unref (self->ids);
  self->ids = ids;
  if (ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, ids->len);
  if (old_n != ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Appends the rest of the list behind the first batch. */
static void
complete (SvCaseListModel *self)
{
  GError *error = NULL;
  g_autoptr(GArray) all = sv_store_list_case_ids (self->store, self->filter, 0, &error);
  guint shown = self->ids->len;

  g_clear_handle_id (&self->complete_id, g_source_remove);
  if (all == NULL)
    {
      set_error (self, error);
      return;
    }
  /* Whatever changed in between arrives as a change of its own; should
   * the head differ anyway, start over. */
  if (all->len < shown || memcmp (all->data, self->ids->data, shown * sizeof (gint64)) != 0)
    {
      reload (self);
      return;
    }
  g_array_append_vals (self->ids, &g_array_index (all, gint64, shown), all->len - shown);
  if (all->len > shown)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), shown, 0, all->len - shown);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

static GPtrArray *
load_page (SvCaseListModel *self,
           guint            page)
{
  guint first = page * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  const gint64 *ids = &g_array_index (self->ids, gint64, first);
  GError *error = NULL;
  g_autoptr(GPtrArray) found = sv_store_get_case_summaries (self->store, ids, n, &error);
  GPtrArray *rows = g_ptr_array_new_full (n, g_object_unref);
  guint j = 0;

  if (error != NULL)
    set_error (self, error);

  /* A case gone since the ids were read keeps its place with a stand-in
   * row, so positions stay what the view was told. */
  for (guint i = 0; i < n; i++)
    {
      SvCaseSummary *summary = found != NULL && j < found->len ? g_ptr_array_index (found, j) : NULL;

      if (summary != NULL && sv_case_summary_get_id (summary) == ids[i])
        {
          g_ptr_array_add (rows, g_object_ref (summary));
          j++;
        }
      else
        g_ptr_array_add (rows, sv_case_summary_new (ids[i], "", _("(case not available)"), "",
                                                    SV_REPORT_KIND_ZORGMELDING, NULL,
                                                    SV_CASE_STATUS_OPEN));
    }

  while (g_queue_get_length (&self->page_order) >= MAX_PAGES)
    {
      guint oldest = GPOINTER_TO_UINT (g_queue_pop_tail (&self->page_order));
      g_hash_table_remove (self->pages, GUINT_TO_POINTER (oldest));
    }
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
  return rows;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_store_changed_cb (SvStore         *store,
                     guint            what,
                     gint64           case_id,
                     SvCaseListModel *self)
{
  guint position;
  guint page;

  if (what & SV_STORE_CHANGE_CASE_LIST)
    {
      reload (self);
      return;
    }
  if (!(what & SV_STORE_CHANGE_CASE) || case_id <= 0)
    return;
  position = sv_case_list_model_find (self, case_id);
  if (position == G_MAXUINT)
    return;
  page = position / PAGE_SIZE;
  if (g_hash_table_remove (self->pages, GUINT_TO_POINTER (page)))
    g_queue_remove (&self->page_order, GUINT_TO_POINTER (page));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

/* ------------------------------------------------------------------------
 * GListModel
 * ------------------------------------------------------------------------ */

static GType
get_item_type (GListModel *model)
{
  return SV_TYPE_CASE_SUMMARY;
}

static guint
get_n_items (GListModel *model)
{
  return SV_CASE_LIST_MODEL (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SvCaseListModel *self = SV_CASE_LIST_MODEL (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *rows;

  if (position >= self->ids->len)
    return NULL;
  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    rows = load_page (self, page);
  else if (g_queue_peek_head (&self->page_order) != GUINT_TO_POINTER (page))
    {
      g_queue_remove (&self->page_order, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
    }
  return g_object_ref (g_ptr_array_index (rows, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_case_list_model_dispose (GObject *object)
{
  SvCaseListModel *self = SV_CASE_LIST_MODEL (object);

  g_clear_handle_id (&self->complete_id, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sv_case_list_model_parent_class)->dispose (object);
}

static void
sv_case_list_model_finalize (GObject *object)
{
  SvCaseListModel *self = SV_CASE_LIST_MODEL (object);

  drop_pages (self);
  g_hash_table_unref (self->pages);
  g_array_unref (self->ids);
  g_free (self->query);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (sv_case_list_model_parent_class)->finalize (object);
}

static void
sv_case_list_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SvCaseListModel *self = SV_CASE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_FILTER:
      g_value_set_int (value, self->filter);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_case_list_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SvCaseListModel *self = SV_CASE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      sv_case_list_model_set_query (self, g_value_get_string (value));
      break;
    case PROP_FILTER:
      sv_case_list_model_set_filter (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_case_list_model_class_init (SvCaseListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_case_list_model_dispose;
  object_class->finalize = sv_case_list_model_finalize;
  object_class->get_property = sv_case_list_model_get_property;
  object_class->set_property = sv_case_list_model_set_property;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_int ("filter", NULL, NULL, SV_CASE_FILTER_OPEN, SV_CASE_FILTER_ALL, SV_CASE_FILTER_OPEN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_case_list_model_init (SvCaseListModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->page_order);
  self->filter = SV_CASE_FILTER_OPEN;
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvCaseListModel *
sv_case_list_model_new (SvStore *store)
{
  SvCaseListModel *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_CASE_LIST_MODEL, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  reload (self);
  return self;
}

SvStore *
sv_case_list_model_get_store (SvCaseListModel *self)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), NULL);
  return self->store;
}

const char *
sv_case_list_model_get_query (SvCaseListModel *self)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), NULL);
  return self->query;
}

void
sv_case_list_model_set_query (SvCaseListModel *self,
                              const char      *query)
{
  g_return_if_fail (SV_IS_CASE_LIST_MODEL (self));

  /* An empty search field lists everything, as no query does. */
  if (query != NULL && *query == '\0')
    query = NULL;
  if (g_strcmp0 (self->query, query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

SvCaseFilter
sv_case_list_model_get_filter (SvCaseListModel *self)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), SV_CASE_FILTER_OPEN);
  return self->filter;
}

void
sv_case_list_model_set_filter (SvCaseListModel *self,
                               SvCaseFilter     filter)
{
  g_return_if_fail (SV_IS_CASE_LIST_MODEL (self));

  if (self->filter == filter)
    return;
  self->filter = filter;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

guint
sv_case_list_model_find (SvCaseListModel *self,
                         gint64           case_id)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == case_id)
      return i;
  return G_MAXUINT;
}

gboolean
sv_case_list_model_is_complete (SvCaseListModel *self)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), FALSE);
  return self->complete_id == 0;
}

void
sv_case_list_model_complete (SvCaseListModel *self)
{
  g_return_if_fail (SV_IS_CASE_LIST_MODEL (self));

  if (self->complete_id != 0)
    complete (self);
}

gint64
sv_case_list_model_get_case_id (SvCaseListModel *self,
                                guint            position)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

const GError *
sv_case_list_model_get_error (SvCaseListModel *self)
{
  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), NULL);
  return self->error;
}

guint
sv_case_list_model_get_n_cached (SvCaseListModel *self)
{
  GHashTableIter iter;
  gpointer rows;
  guint n = 0;

  g_return_val_if_fail (SV_IS_CASE_LIST_MODEL (self), 0);
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &rows))
    n += ((GPtrArray *) rows)->len;
  return n;
}
