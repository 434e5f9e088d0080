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

/* One text as the drawing shows it. */
typedef struct {
  const char *text;      /* the whole string laid out (before ellipsizing) */
  double      x, y;      /* where its ink and logical extents lie, in */
  double      width;     /* device units of the surface */
  double      height;
  double      font_px;   /* the font's size in device units */
  gboolean    bold;
  int         lines;     /* as wrapped */
  gboolean    ellipsized;
  gboolean    word_broken;  /* a line ends inside a word */
} SvProjectionText;

/* Called with each text the drawing shows, as it is drawn. */
typedef void (*SvProjectionWatch) (const SvProjectionText *text,
                                   gpointer                user_data);

typedef struct {
  double red, green, blue;
} SvProjectionColor;

/* The colours of the picture. Every text colour has a contrast of at
 * least 7:1 (WCAG AAA) with the ground it is drawn on. */
typedef struct {
  SvProjectionColor background;
  SvProjectionColor foreground;
  SvProjectionColor dim;         /* times, done cases, table heads */
  SvProjectionColor panel;       /* the agenda column's ground */
  SvProjectionColor accent;      /* the current case's band, headings */
  SvProjectionColor on_accent;   /* text on the band */
  SvProjectionColor rule;        /* lines; not text */
} SvProjectionPalette;

void    sv_projection_palette (gboolean             dark,
                               SvProjectionPalette *palette);

/* Body text size in pixels for a surface @height pixels high: 28 px at
 * 1080, never smaller than 28 * height / 1080. */
double  sv_projection_body_px (double              height);

/* @projection may be NULL: the app's name alone. */
void    sv_projection_draw    (cairo_t            *cr,
                               PangoContext       *context,
                               const SvProjection *projection,
                               gboolean            dark,
                               double              width,
                               double              height,
                               SvProjectionWatch   watch,
                               gpointer            user_data);

/* One sentence for screen readers, from the allow-list only: "Case 3 of
 * 6, Family C. Question to the meeting: …". */
char   *sv_projection_describe (const SvProjection *projection);

G_END_DECLS
