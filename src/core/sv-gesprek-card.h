/* sv-gesprek-card.h: where an interventiegesprek meets the
 * Veiligheidskaart of its case (seed 004): the outcome goes into the
 * card's section "Uitkomst uit het gesprek", and the card's versions tell
 * the planner whether the definitive card (and, with the RvdK, the card
 * for the RvdK) was sent, when and to whom. */
#pragma once

#include <glib.h>

#include "sv-safety-card.h"

G_BEGIN_DECLS

/* The text of "Uitkomst uit het gesprek" once the outcome @outcome of the
 * conversation on @day is in it, given the section's text @current:
 * - an empty (blank) section gets the outcome as it is;
 * - a section holding other text keeps every word of it and gets the
 *   outcome after a blank line under a dated heading
 *   ("Interventiegesprek 3 december 2026:"; without @day: undated);
 * Returns NULL when nothing is to change: a blank outcome, or a section
 * that already contains it (saving the outcome twice adds it once).
 * The outcome is taken without outer white space. */
char     *sv_gesprek_card_compose_outcome (const char  *current,
                                           const char  *outcome,
                                           const GDate *day);

/* Whether an organisation (or a "Name (organisation)" as a version lists
 * its recipients) names the Raad voor de Kinderbescherming: "RvdK" or
 * "Raad voor de Kinderbescherming", in any case. */
gboolean  sv_gesprek_card_names_rvdk      (const char  *organisation);

/* What the card's versions say for the planner. */
typedef struct {
  guint         n_versions;          /* 0: no version made yet */
  guint         latest_number;       /* the newest version */
  SvCardStatus  latest_status;
  gboolean      latest_sent;
  /* The newest version sent as the definitive card (status "verstuurd"):
   * its number, day and recipients; number 0 when none was sent. */
  guint         sent_number;
  GDate         sent_on;
  GStrv         sent_to;             /* never NULL */
  /* The newest version sent to a recipient of the RvdK; cleared: none. */
  GDate         rvdk_sent_on;
} SvGesprekCardState;

/* From @versions (SvCardVersion *, newest first, as the store lists
 * them; NULL or empty: no card yet). */
SvGesprekCardState *sv_gesprek_card_state_new      (GPtrArray                *versions);
void                sv_gesprek_card_state_free     (SvGesprekCardState       *self);
/* One translated line for the checklist: "Version 3, sent on 2 December
 * 2026 to …", "Version 2: draft, not sent yet", "No version of the
 * Veiligheidskaart made yet". */
char               *sv_gesprek_card_state_describe (const SvGesprekCardState *self);
/* The line for the RvdK: "Sent to the RvdK on …" or NULL when the card
 * never went to the RvdK. */
char               *sv_gesprek_card_state_describe_rvdk (const SvGesprekCardState *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvGesprekCardState, sv_gesprek_card_state_free)

G_END_DECLS
