/* sv-case-row.h: one case in the case list. */
#pragma once

#include <gtk/gtk.h>

#include "sv-case-summary.h"

G_BEGIN_DECLS

#define SV_TYPE_CASE_ROW (sv_case_row_get_type ())

G_DECLARE_FINAL_TYPE (SvCaseRow, sv_case_row, SV, CASE_ROW, GtkWidget)

GtkWidget *sv_case_row_new         (void);
void       sv_case_row_set_summary (SvCaseRow     *self,
                                    SvCaseSummary *summary);

G_END_DECLS
