/* sv-countdown.h: the OTS-closure countdown of one case, on screen.
 *
 * Drawn by sv_countdown_draw(); each of the six steps is also a real
 * button over its mark, so the steps can be reached with the keyboard and
 * are announced with name, date and state by screen readers. Activating a
 * step emits "step-activated"; the owner decides (mark done or undo). */
#pragma once

#include <gtk/gtk.h>

#include "sv-countdown-draw.h"

G_BEGIN_DECLS

#define SV_TYPE_COUNTDOWN (sv_countdown_get_type ())

G_DECLARE_FINAL_TYPE (SvCountdown, sv_countdown, SV, COUNTDOWN, GtkWidget)

GtkWidget              *sv_countdown_new       (void);
/* NULL shows nothing. The model is copied. */
void                    sv_countdown_set_model (SvCountdown            *self,
                                                const SvCountdownModel *model);
const SvCountdownModel *sv_countdown_get_model (SvCountdown            *self);
/* Theme colours as the drawing wants them. */
void                    sv_countdown_get_style (SvCountdown            *self,
                                                SvCountdownStyle       *style);

G_END_DECLS
