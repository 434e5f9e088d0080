/* sv-trajecten-view.h: the "Trajects" area — the Interventieteam's path as
 * a reference chart for the meeting, with the number of open cases at
 * every step, kept up to date as cases move, open and close. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"
#include "sv-traject-view.h"

G_BEGIN_DECLS

#define SV_TYPE_TRAJECTEN_VIEW (sv_trajecten_view_get_type ())

G_DECLARE_FINAL_TYPE (SvTrajectenView, sv_trajecten_view, SV, TRAJECTEN_VIEW, GtkWidget)

GtkWidget     *sv_trajecten_view_new       (void);
void           sv_trajecten_view_set_store (SvTrajectenView *self,
                                            SvStore         *store);
/* The chart, for tests. */
SvTrajectView *sv_trajecten_view_get_chart (SvTrajectenView *self);

G_END_DECLS
