/* sv-chart-text.h: the text of the drawn charts (the traject and the
 * VeiligheidsTeam interventions) — centred, scaled from the context's
 * font, wrapped into a box of so many lines and ellipsized past them. */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* A layout of @text at @scale times the context's font size and @weight,
 * centred; with @width > 0 wrapped to it in at most @max_lines lines. */
PangoLayout *sv_chart_text_layout      (PangoContext *context,
                                        const char   *text,
                                        double        scale,
                                        PangoWeight   weight,
                                        double        width,
                                        int           max_lines);
/* The height in pixels of one line of such text. */
double       sv_chart_text_line_height (PangoContext *context,
                                        double        scale,
                                        PangoWeight   weight);

G_END_DECLS
