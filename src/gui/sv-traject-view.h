/* sv-traject-view.h: the Interventieteam's path of one case (or the open
 * cases per step), on screen.
 *
 * Drawn by sv_traject_draw(); every step is also a real button over its
 * box, so the chart can be walked with the arrow keys (between steps along
 * the rows and between the rows), a step chosen with Enter, and every step
 * is announced by screen readers with its name, state, date and limit.
 * Activating a step emits "step-activated"; the owner decides (confirm
 * and move, or say why not). */
#pragma once

#include <gtk/gtk.h>

#include "sv-traject-draw.h"

G_BEGIN_DECLS

#define SV_TYPE_TRAJECT_VIEW (sv_traject_view_get_type ())

G_DECLARE_FINAL_TYPE (SvTrajectView, sv_traject_view, SV, TRAJECT_VIEW, GtkWidget)

GtkWidget            *sv_traject_view_new       (void);
/* NULL shows nothing. The chart is copied, its unknown step too. */
void                  sv_traject_view_set_chart (SvTrajectView        *self,
                                                 const SvTrajectChart *chart);
const SvTrajectChart *sv_traject_view_get_chart (SvTrajectView        *self);
/* The button over @step, for focus and tests. */
GtkWidget            *sv_traject_view_get_step_button (SvTrajectView *self,
                                                       SvTrajectStep  step);

G_END_DECLS
