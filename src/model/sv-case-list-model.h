/* sv-case-list-model.h: the case list as a GListModel of SvCaseSummary.
 *
 * Holds only the ids of the listed cases (newest report first) and fetches
 * the rows a view asks for in pages, keeping a bounded number of pages: a
 * list of 100,000 cases scrolls without loading them all. A search query
 * narrows the list through the store's full-text index.
 */
#pragma once

#include <gio/gio.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CASE_LIST_MODEL (sv_case_list_model_get_type ())

G_DECLARE_FINAL_TYPE (SvCaseListModel, sv_case_list_model, SV, CASE_LIST_MODEL, GObject)

SvCaseListModel *sv_case_list_model_new          (SvStore         *store);
SvStore         *sv_case_list_model_get_store    (SvCaseListModel *self);
const char      *sv_case_list_model_get_query    (SvCaseListModel *self);
/* Re-queries at once; an empty or NULL query lists every case. */
void             sv_case_list_model_set_query    (SvCaseListModel *self,
                                                  const char      *query);
SvCaseFilter     sv_case_list_model_get_filter   (SvCaseListModel *self);
void             sv_case_list_model_set_filter   (SvCaseListModel *self,
                                                  SvCaseFilter     filter);
/* Position of @case_id, or G_MAXUINT when it is not listed. */
guint            sv_case_list_model_find         (SvCaseListModel *self,
                                                  gint64           case_id);
/* A long list arrives in two parts: the newest cases at once, the rest
 * from an idle. Whether the rest is in; and reading it now. */
gboolean         sv_case_list_model_is_complete  (SvCaseListModel *self);
void             sv_case_list_model_complete     (SvCaseListModel *self);
gint64           sv_case_list_model_get_case_id  (SvCaseListModel *self,
                                                  guint            position);
/* The last failure to read, or NULL. */
const GError    *sv_case_list_model_get_error    (SvCaseListModel *self);
/* How many rows are held in memory now (for tests and the benchmark). */
guint            sv_case_list_model_get_n_cached (SvCaseListModel *self);

G_END_DECLS
