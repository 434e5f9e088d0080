/* sv-chair-window.h: the chair's window while a meeting runs.
 *
 * The agenda with the current case, its timer against the planned
 * minutes and the meeting's clock; the capture of the current case
 * (advice, agreements, minutes), each saved as it is entered; finishing a
 * case into its journal and closing the meeting; and the projector, which
 * is given only what sv_projection_build() allows.
 *
 * The chair's laptop may show names; the projector may not.
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CHAIR_WINDOW (sv_chair_window_get_type ())

G_DECLARE_FINAL_TYPE (SvChairWindow, sv_chair_window, SV, CHAIR_WINDOW, AdwApplicationWindow)

/* Unix seconds. */
typedef gint64 (*SvClockFunc) (gpointer user_data);

/* @application may be NULL (tests). The meeting should have been started
 * (sv_meeting_ops_start()); a closed meeting is shown read-only. */
SvChairWindow *sv_chair_window_new                 (GtkApplication *application,
                                                    SvStore        *store,
                                                    GSettings      *settings,
                                                    gint64          meeting_id);
gint64         sv_chair_window_get_meeting_id      (SvChairWindow  *self);
/* The agenda item the chair is at, 0 when none. */
gint64         sv_chair_window_get_current_item_id (SvChairWindow  *self);
/* Replaces the wall clock (NULL: back to it) and shows the clocks at once.
 * Without it, SV_NOW=YYYY-MM-DDTHH:MM in the environment starts the clock
 * at that local time, for demonstrations. */
void           sv_chair_window_set_clock           (SvChairWindow  *self,
                                                    SvClockFunc     func,
                                                    gpointer        user_data);

G_END_DECLS
