/* sv-cases-view.h: the cases area — a searchable list beside the page of
 * the chosen case, folding into one column on a narrow window. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CASES_VIEW (sv_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (SvCasesView, sv_cases_view, SV, CASES_VIEW, GtkWidget)

void     sv_cases_view_set_store    (SvCasesView *self,
                                     SvStore     *store,
                                     GSettings   *settings);
/* Focuses the search field, selecting what is in it. */
void     sv_cases_view_focus_search (SvCasesView *self);
/* Shows the case, selecting it in the list when it is listed. */
void     sv_cases_view_show_case    (SvCasesView *self,
                                     gint64       case_id);
gint64   sv_cases_view_get_case_id  (SvCasesView *self);

G_END_DECLS
