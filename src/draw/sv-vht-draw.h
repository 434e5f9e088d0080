/* sv-vht-draw.h: the VeiligheidsTeam's interventions 1–5 of a case as a
 * small chart, in plain Cairo and Pango — five boxes in a row, each with
 * the intervention's short name and where it stands.
 *
 * Uses the palette of the Interventieteam's chart so that the two read
 * alike: a deployed intervention is filled with the "current" colour, an
 * advised one outlined with the "allowed" colour, a done one filled as
 * "visited" with a tick, one not chosen dim. The state is written out in
 * every box too, so the chart survives grey-scale printing.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sv-traject-draw.h"
#include "sv-vht-intervention.h"

G_BEGIN_DECLS

/* Where everything went, for tests. */
typedef struct {
  SvRect box[SV_VHT_N_INTERVENTIONS];
  /* The name and the state of each box: none may overlap another. */
  SvRect text[2 * SV_VHT_N_INTERVENTIONS];
  guint  n_text;
} SvVhtLayout;

/* The height the chart wants, from the fonts of @context. */
double  sv_vht_height_for (PangoContext             *context);
/* Draws into (0, 0, @width, @height); fills @out_layout when not NULL. */
void    sv_vht_draw       (cairo_t                  *cr,
                           PangoContext             *context,
                           const SvVhtInterventions *v,
                           const SvTrajectStyle     *style,
                           double                    width,
                           double                    height,
                           SvVhtLayout              *out_layout);
/* The chart as one sentence for a screen reader: every intervention with
 * its state and date. */
char   *sv_vht_summary    (const SvVhtInterventions *v);

G_END_DECLS
