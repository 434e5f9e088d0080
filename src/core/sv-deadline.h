/* sv-deadline.h: every date the working agreements imply, computed by one
 * engine from the facts of a case (../shared/DOMAIN.md, "Deadline rules
 * and date conventions"). Each rule has a stable id that exports and tests
 * use.
 *
 * Conventions: "+ N days/weeks/months" is calendar arithmetic, a month
 * step onto a day the month lacks takes its last day; a rule marked
 * "shift" moves a non-working day to the working day before it; "N-th
 * working day after/before D" does not count D; huisverbod day N is the
 * start + (N − 1) days, weekends included.
 */
#pragma once

#include <glib-object.h>

#include "sv-case-facts.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

typedef enum {
  SV_DEADLINE_UPCOMING,
  SV_DEADLINE_DUE_TODAY,
  SV_DEADLINE_OVERDUE,
  SV_DEADLINE_DONE,
} SvDeadlineState;

typedef struct {
  gint64           case_id;
  const char      *rule_id;      /* static, e.g. "ots-step-1" */
  GDate            due;
  int              due_minutes;  /* time of day for ig-voorbespreking; else -1 */
  GDate            done_on;      /* cleared unless done */
  SvDeadlineState  state;
} SvDeadline;

/* Rules that belong together, for filters. */
typedef enum {
  SV_DEADLINE_FAMILY_OTS,
  SV_DEADLINE_FAMILY_INTERVENTIEGESPREK,
  SV_DEADLINE_FAMILY_INTERVENTIETEAM,
  SV_DEADLINE_FAMILY_VEILIG_THUIS,
  SV_DEADLINE_FAMILY_HUISVERBOD,
  SV_DEADLINE_FAMILY_SAFETY,
  SV_DEADLINE_N_FAMILIES,
} SvDeadlineFamily;

typedef enum {
  SV_TRI_NO,
  SV_TRI_YES,
  SV_TRI_UNKNOWN,
} SvTriState;

/* The rule ids in a fixed order, NULL-terminated. */
const char * const *sv_deadline_rule_ids         (void);
gboolean            sv_deadline_rule_exists      (const char          *rule_id);
/* What the deadline asks, translated ("OTS closure step 2: …"). */
const char         *sv_deadline_rule_description (const char          *rule_id);
/* Its short name for lists and calendars ("OTS closure step 2"); never a
 * person's name. */
const char         *sv_deadline_rule_title       (const char          *rule_id);
SvDeadlineFamily    sv_deadline_rule_family      (const char          *rule_id);
const char         *sv_deadline_family_label     (SvDeadlineFamily     family);

/* Appends to @out (a GArray of SvDeadline) every deadline @facts imply,
 * in rule order, with its state on @today. @done maps a rule id to the
 * GDate * it was done on; NULL when nothing is done. */
void                sv_deadlines_compute         (const SvCaseFacts   *facts,
                                                  SvWorkdays          *workdays,
                                                  const GDate         *today,
                                                  GHashTable          *done,
                                                  GArray              *out);
SvDeadlineState     sv_deadline_state_on         (const GDate         *due,
                                                  const GDate         *today,
                                                  const GDate         *done_on);
const char         *sv_deadline_state_label      (SvDeadlineState      state);

/* 18-/18+: whether the order's end needs a VeiligheidsTeam discussion
 * because of a youth's 18th birthday (on or before the end date). With
 * voogdij it does unless care after 18 is arranged. UNKNOWN without a
 * date of birth or an end date; NO when the youth is still under 18 then. */
SvTriState          sv_deadline_vht_needed_at_18 (const SvCaseFacts   *facts,
                                                  const GDate         *youth_birth);
/* A youth is invited to the interventiegesprek from 8 years on its date. */
SvTriState          sv_deadline_youth_invited    (const GDate         *youth_birth,
                                                  const GDate         *ig_date);
/* With the RvdK, the interventiegesprek can be planned only after the
 * Veiligheidskaart was sent to the RvdK (@kaart_sent valid). */
gboolean            sv_deadline_rvdk_may_plan    (const GDate         *kaart_sent);

/* For a rule counted in calendar days from one fact (the OTS closure
 * steps, ig-uiterlijk, it-onderzoek-einde): the range [@out_first,
 * @out_last] of that fact's dates outside which the rule's due date
 * cannot fall in (@after, @until], widened by @margin days on either
 * side. The move of a due date off a day off to the working day before
 * is allowed for from @workdays. Only a narrowing: the rule itself still
 * decides for a case inside the range. FALSE, nothing set, for a rule of
 * another kind. */
gboolean         sv_deadline_rule_fact_range   (const char        *rule_id,
                                                SvWorkdays        *workdays,
                                                const GDate       *after,
                                                const GDate       *until,
                                                guint              margin,
                                                SvCaseFactDate    *out_fact,
                                                GDate             *out_first,
                                                GDate             *out_last);

G_END_DECLS
