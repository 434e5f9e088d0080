/* sv-score-chart-draw.h: the Veiligheidsschaal (0–10) of a Veiligheidskaart
 * as a small chart, in plain Cairo and Pango.
 *
 * One row per viewpoint (a parent, the youth, a professional): its name on
 * the left, its scores as dots on a shared date axis joined by a line, the
 * number above every dot where there is room, and the latest score large
 * on the right. The trend reads from the line's slope and the numbers, not
 * from colour, so it survives grey-scale printing.
 *
 * The input is plain data so that the chart needs no store: the caller
 * groups the scores by viewpoint.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sv-countdown-draw.h"

G_BEGIN_DECLS

#define SV_SCORE_CHART_MAX_SERIES 12
/* Only the latest scores of a viewpoint are drawn. */
#define SV_SCORE_CHART_MAX_POINTS 16
#define SV_SCORE_CHART_MAX_TEXT (SV_SCORE_CHART_MAX_SERIES * (SV_SCORE_CHART_MAX_POINTS + 2) + SV_SCORE_CHART_MAX_POINTS * 2)

typedef struct {
  GDate date;
  int   score;   /* 0–10 */
} SvScorePoint;

typedef struct {
  const char         *label;     /* borrowed */
  const SvScorePoint *points;    /* borrowed; oldest first */
  guint               n_points;
} SvScoreSeries;

typedef struct {
  SvColor background;
  SvColor foreground;
  SvColor dim;
  SvColor grid;
  SvColor line;       /* the trend line and its dots */
} SvScoreStyle;

/* Where everything went, for tests. */
typedef struct {
  guint  n_rows;
  SvRect row[SV_SCORE_CHART_MAX_SERIES];
  SvRect plot[SV_SCORE_CHART_MAX_SERIES];   /* the band the dots live in */
  guint  n_dots[SV_SCORE_CHART_MAX_SERIES];
  double dot_x[SV_SCORE_CHART_MAX_SERIES][SV_SCORE_CHART_MAX_POINTS];
  double dot_y[SV_SCORE_CHART_MAX_SERIES][SV_SCORE_CHART_MAX_POINTS];
  /* Every piece of text drawn: none may overlap another. */
  SvRect text[SV_SCORE_CHART_MAX_TEXT];
  guint  n_text;
} SvScoreLayout;

void    sv_score_style_light     (SvScoreStyle        *style);
void    sv_score_style_dark      (SvScoreStyle        *style);
/* The height the chart wants for @n_series rows (an empty chart keeps one
 * row for its "no scores yet" line). */
double  sv_score_chart_height_for (PangoContext       *context,
                                   guint               n_series);
/* Draws into (0, 0, @width, @height); fills @out_layout when not NULL. */
void    sv_score_chart_draw      (cairo_t             *cr,
                                  PangoContext        *context,
                                  const SvScoreSeries *series,
                                  guint                n_series,
                                  const SvScoreStyle  *style,
                                  double               width,
                                  double               height,
                                  SvScoreLayout       *out_layout);
/* The chart as sentences for a screen reader: every viewpoint with its
 * scores and dates. */
char   *sv_score_chart_summary   (const SvScoreSeries *series,
                                  guint                n_series);

G_END_DECLS
