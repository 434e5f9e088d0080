/* sv-projection-draw.h: the projector's picture as plain Cairo and Pango.
 *
 * Draws only an SvProjection (sv-projection.h), the allow-list of what a
 * room may see: the meeting's title, the agenda with the current case
 * marked, the current case's question, advice and the agreements being
 * captured. Sizes are for reading from the back of a room: body text at
 * least 28 px on a 1920×1080 screen, and strong contrast in light and
 * dark. Every string passes through one function, which a test can watch
 * (@watch) to prove that nothing else reaches the screen.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sv-projection.h"

G_BEGIN_DECLS

/* Called with each text the drawing shows, as it is laid out. */
typedef void (*SvProjectionWatch) (const char *text,
                                   gpointer    user_data);

/* Body text size in pixels for a surface @height pixels high: 28 px at
 * 1080, never smaller than 28 * height / 1080. */
double  sv_projection_body_px (double              height);

void    sv_projection_draw    (cairo_t            *cr,
                               PangoContext       *context,
                               const SvProjection *projection,
                               gboolean            dark,
                               double              width,
                               double              height,
                               SvProjectionWatch   watch,
                               gpointer            user_data);

G_END_DECLS
