/* sv-planning-row.h: one row of the planning list — a week heading or a
 * deadline — drawn rather than built from labels (see sv-case-row.h). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SV_TYPE_PLANNING_ROW (sv_planning_row_get_type ())

G_DECLARE_FINAL_TYPE (SvPlanningRow, sv_planning_row, SV, PLANNING_ROW, GtkWidget)

GtkWidget *sv_planning_row_new          (void);
/* One bold line; @error: in the error colour (overdue). */
void       sv_planning_row_set_heading  (SvPlanningRow *self,
                                         const char    *text,
                                         gboolean       error);
/* The rule's title, and under it a dim caption line. */
void       sv_planning_row_set_deadline (SvPlanningRow *self,
                                         const char    *title,
                                         const char    *details);

G_END_DECLS
