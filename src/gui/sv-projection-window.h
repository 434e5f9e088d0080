/* sv-projection-window.h: the second window, for the projector.
 *
 * Shows an SvProjection drawn by sv_projection_draw(), fullscreen on the
 * monitor the chair chooses, or as an ordinary window when there is one
 * monitor. It holds no records, only the projection it was last given.
 * When its monitor goes away (the projector unplugged), it closes itself
 * cleanly and emits "monitor-lost"; the meeting goes on in the chair's
 * window.
 *
 * Signals:
 *   void monitor-lost (SvProjectionWindow *self, GdkMonitor *monitor,
 *                      gpointer user_data)
 *     The monitor given to present_on() went away. Emitted once, just
 *     before the window destroys itself; do not present it again.
 *
 * Keys (when the window has the focus): Escape leaves fullscreen, or
 * closes the window when it is not fullscreen; F11 toggles fullscreen.
 * The pointer hides after two seconds without moving over the picture.
 */
#pragma once

#include <adwaita.h>

#include "sv-projection.h"

G_BEGIN_DECLS

#define SV_TYPE_PROJECTION_WINDOW (sv_projection_window_get_type ())

G_DECLARE_FINAL_TYPE (SvProjectionWindow, sv_projection_window, SV, PROJECTION_WINDOW, AdwWindow)

SvProjectionWindow *sv_projection_window_new            (GtkApplication     *application);
/* Takes @projection (may be NULL: an empty screen with the app's name). */
void                sv_projection_window_set_projection (SvProjectionWindow *self,
                                                         SvProjection       *projection);
const SvProjection *sv_projection_window_get_projection (SvProjectionWindow *self);
/* Fullscreen on @monitor; NULL: a normal window beside the chair's. */
void                sv_projection_window_present_on     (SvProjectionWindow *self,
                                                         GdkMonitor         *monitor);
/* The monitors a chair can choose, other than the one @chair_window is
 * on (a GListModel of GdkMonitor; may be empty). */
GListModel         *sv_projection_window_list_monitors  (GtkWindow          *chair_window);

G_END_DECLS
