/* sv-card-window.h: the editor of a case's Veiligheidskaart.
 *
 * A window of its own beside the case, in the card's sections 1–12 from
 * family and network to sharing. Text sections save themselves two
 * seconds after the last keystroke (SvAutosave), each with the revision it
 * was loaded with, so that two windows on the same card never overwrite
 * each other silently: the second is told and chooses.
 */
#pragma once

#include <adwaita.h>

#include "sv-safety-card.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CARD_WINDOW (sv_card_window_get_type ())

G_DECLARE_FINAL_TYPE (SvCardWindow, sv_card_window, SV, CARD_WINDOW, AdwWindow)

/* A new editor of the card of @case_id. */
SvCardWindow *sv_card_window_new          (GtkWindow    *parent,
                                           SvStore      *store,
                                           GSettings    *settings,
                                           gint64        case_id);
/* The editor of that card already open on @store, or a new one; shown. */
SvCardWindow *sv_card_window_present      (GtkWindow    *parent,
                                           SvStore      *store,
                                           GSettings    *settings,
                                           gint64        case_id);
gint64        sv_card_window_get_case_id  (SvCardWindow *self);
/* The text view of a section, for tests. */
GtkTextView  *sv_card_window_get_view     (SvCardWindow *self,
                                           SvCardField   field);
/* Saves every section typed in now; FALSE when one could not be saved
 * (a conflict waiting for the user, or a refusal shown). */
gboolean      sv_card_window_save_now     (SvCardWindow *self);
/* Save figures: number of saves, the longest and all together (µs),
 * and how many took longer than a frame (16 ms). */
void          sv_card_window_get_save_stats (SvCardWindow *self,
                                           guint        *n_saves,
                                           gint64       *max_us,
                                           gint64       *total_us,
                                           guint        *n_slow);

G_END_DECLS
