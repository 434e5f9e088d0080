/* sv-countdown-draw.h: the OTS-closure countdown as plain Cairo and Pango.
 *
 * One drawing function for the screen, the printer and PDF: a track from
 * twelve weeks before the end of the order to its end, the six closure
 * steps as marks at their due dates, today's place, the weeks left in
 * large type and the 18-/18+ flag. A step's state reads from its shape
 * and glyph as well as its colour, so it survives grey-scale printing.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sv-deadline.h"

G_BEGIN_DECLS

#define SV_COUNTDOWN_N_STEPS 6

typedef struct {
  double red, green, blue, alpha;
} SvColor;

/* Colours the caller takes from its theme (or light defaults for paper). */
typedef struct {
  SvColor foreground;
  SvColor dim;
  SvColor track;
  SvColor accent;    /* upcoming steps, today */
  SvColor success;   /* done */
  SvColor warning;   /* due today */
  SvColor error;     /* overdue */
  SvColor on_mark;   /* glyphs on filled marks */
} SvCountdownStyle;

typedef struct {
  GDate            order_end;
  SvOrderKind      order_kind;
  GDate            today;
  SvTriState       adult_flag;   /* 18-/18+: a VHT discussion needed? */
  struct {
    const char      *rule_id;    /* "ots-step-1" … "ots-step-6" */
    GDate            due;
    GDate            done_on;
    SvDeadlineState  state;
  } steps[SV_COUNTDOWN_N_STEPS];
} SvCountdownModel;

typedef struct {
  double x, y, width, height;
} SvRect;

/* Fills @model from the deadlines of one case (those of ots-step-1…6).
 * FALSE when the case has no order end date. */
gboolean    sv_countdown_model_init   (SvCountdownModel       *model,
                                       const SvCaseFacts      *facts,
                                       const GDate            *today,
                                       GArray                 *deadlines,
                                       SvTriState              adult_flag);
/* Light colours for print and PDF. */
void        sv_countdown_style_paper  (SvCountdownStyle       *style);
/* Height the drawing wants for @width, with @font as the base font. */
double      sv_countdown_height_for   (const SvCountdownModel *model,
                                       PangoContext           *context,
                                       double                  width);
void        sv_countdown_draw         (cairo_t                *cr,
                                       PangoContext           *context,
                                       const SvCountdownModel *model,
                                       const SvCountdownStyle *style,
                                       double                  width,
                                       double                  height);
/* Where step @index is drawn (its mark with the labels under it), for
 * pointer hits and for the widgets that make the steps accessible. */
SvRect      sv_countdown_step_rect    (const SvCountdownModel *model,
                                       PangoContext           *context,
                                       double                  width,
                                       double                  height,
                                       guint                   index);
/* Weeks left to the end (rounded up; negative when past). */
int         sv_countdown_weeks_left   (const SvCountdownModel *model);
/* "Step 2, Sunday 1 November 2026, overdue" for screen readers. */
char       *sv_countdown_step_summary (const SvCountdownModel *model,
                                       guint                   index);

G_END_DECLS
