/* sv-traject-draw.h: the Interventieteam's path as a process chart, in
 * plain Cairo and Pango — one function for the screen, the printer and
 * PDF.
 *
 * Laid out from the model, not a picture: the path from receipt to the
 * second discussion as a row of boxes ending in a decision diamond,
 * Traject I–V as a row of outcomes under it, "closed" below them, arrows
 * with arrowheads along every move the model allows. For a case: the
 * visited steps with their dates, the current step filled, the allowed
 * next steps outlined dashed, and the time in the current step against
 * its limit. Without a case: the number of open cases at each step. A
 * state reads from the shape of a box as well as its colour, so the chart
 * survives grey-scale printing.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sv-countdown-draw.h"
#include "sv-traject.h"

G_BEGIN_DECLS

/* What the chart shows. */
typedef struct {
  gboolean        has_case;
  /* For a case. */
  SvTrajectStep   current;
  const char     *unknown_step;                 /* borrowed; the stored step the model does not know */
  GDate           visited[SV_TRAJECT_N_STEPS];  /* cleared where never entered */
  guint           allowed;                      /* 1 << step: allowed next */
  SvTrajectLimit  limit;
  /* Without a case. */
  guint           counts[SV_TRAJECT_N_STEPS];
  guint           n_unknown;
} SvTrajectChart;

/* Colours; light for paper, dark for a dark desktop. */
typedef struct {
  SvColor background;
  SvColor foreground;
  SvColor dim;
  SvColor line;
  SvColor node;          /* fill of a step not (yet) visited */
  SvColor visited;       /* fill of a visited step */
  SvColor current;       /* fill of the current step */
  SvColor on_current;    /* text on it */
  SvColor allowed;       /* outline of an allowed next step */
  SvColor warning;
} SvTrajectStyle;

/* Where everything went, for pointer hits, focus and tests. */
typedef struct {
  SvRect  node[SV_TRAJECT_N_STEPS];
  /* Every piece of text drawn (labels, details, the warning): none may
   * overlap another. */
  SvRect  text[2 * SV_TRAJECT_N_STEPS + 1];
  guint   n_text;
  SvRect  banner;        /* the warning about an unknown step; empty when none */
  double  font_scale;
} SvTrajectLayout;

void      sv_traject_chart_init_case   (SvTrajectChart        *chart,
                                        const SvTraject       *traject,
                                        GPtrArray             *moves,
                                        SvWorkdays            *workdays,
                                        const GDate           *today);
void      sv_traject_chart_init_counts (SvTrajectChart        *chart,
                                        const guint           *counts,
                                        guint                  n_unknown);

void      sv_traject_style_light       (SvTrajectStyle        *style);
void      sv_traject_style_dark        (SvTrajectStyle        *style);

/* The height the chart wants at @width. */
double    sv_traject_height_for        (const SvTrajectChart  *chart,
                                        PangoContext          *context,
                                        double                 width);
void      sv_traject_layout            (const SvTrajectChart  *chart,
                                        PangoContext          *context,
                                        double                 width,
                                        double                 height,
                                        SvTrajectLayout       *out);
/* Draws into (0, 0, @width, @height); fills @out_layout when not NULL. */
void      sv_traject_draw              (cairo_t               *cr,
                                        PangoContext          *context,
                                        const SvTrajectChart  *chart,
                                        const SvTrajectStyle  *style,
                                        double                 width,
                                        double                 height,
                                        SvTrajectLayout       *out_layout);
/* The text of a chart laid out once and kept while the chart, the size,
 * the fonts and the target's font options stay the same, so that a
 * redraw only paints: the screen keeps one per chart widget. */
typedef struct _SvTrajectCache SvTrajectCache;

SvTrajectCache *sv_traject_cache_new        (void);
void            sv_traject_cache_free       (SvTrajectCache *cache);
/* Lays out anew at the next draw (the chart is compared by itself too). */
void            sv_traject_cache_invalidate (SvTrajectCache *cache);
/* As sv_traject_draw(), reusing what @cache holds when it still fits. */
void      sv_traject_draw_cached       (cairo_t               *cr,
                                        PangoContext          *context,
                                        const SvTrajectChart  *chart,
                                        const SvTrajectStyle  *style,
                                        double                 width,
                                        double                 height,
                                        SvTrajectCache        *cache,
                                        SvTrajectLayout       *out_layout);
/* The step under (@x, @y), or -1. */
int       sv_traject_layout_hit        (const SvTrajectLayout *layout,
                                        double                 x,
                                        double                 y);
/* The step @step as a screen reader says it: name, state, date, limit
 * ("Investigation, current step since 6 November 2026. Week 3 of 6, …"). */
char     *sv_traject_node_summary      (const SvTrajectChart  *chart,
                                        SvTrajectStep          step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvTrajectCache, sv_traject_cache_free)

G_END_DECLS
