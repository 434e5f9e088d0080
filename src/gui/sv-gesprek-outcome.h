/* sv-gesprek-outcome.h: what came out of an interventiegesprek, recorded
 * after the day — who attended, whether both parents were there, the
 * outcome and agreements ("Uitkomst uit het gesprek" of the
 * Veiligheidskaart) and, with the RvdK, whether a raadsonderzoek
 * follows. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_GESPREK_OUTCOME (sv_gesprek_outcome_get_type ())

G_DECLARE_FINAL_TYPE (SvGesprekOutcome, sv_gesprek_outcome, SV, GESPREK_OUTCOME, AdwWindow)

SvGesprekOutcome *sv_gesprek_outcome_new  (GtkWindow        *parent,
                                           SvStore          *store,
                                           gint64            gesprek_id);
/* Stores what the window shows and puts the outcome into the case's
 * Veiligheidskaart (sv_store_put_gesprek_outcome_in_card()), then emits
 * "saved"; the window stays open on an error, which it shows. */
gboolean          sv_gesprek_outcome_save (SvGesprekOutcome *self,
                                           GError          **error);

G_END_DECLS
