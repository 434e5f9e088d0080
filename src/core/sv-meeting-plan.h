/* sv-meeting-plan.h: the rules for preparing a meeting
 * (../shared/DOMAIN.md, "Meetings"; seeds 000, 001 and 004).
 *
 * - The next date follows the kind's cadence on the same weekday (LEJO
 *   every 2 weeks, LEVO every 4); a non-working day moves the meeting to
 *   the next working day, and the series keeps its own weekday.
 * - Standing items: the Interventieteam gets the cases whose investigation
 *   reaches 6 weeks, the VeiligheidsTeam the OTS cases at closure step 2,
 *   and every kind the cases with an agreement made in it that fell due.
 * - The consent gate: a meeting that requires consent (LEVO) discusses a
 *   zorgelijke melding only with signed consent, direct unsafety or a
 *   zorgmijder.
 */
#pragma once

#include <glib.h>

#include "sv-agenda-item.h"
#include "sv-agreement.h"
#include "sv-case.h"
#include "sv-case-facts.h"
#include "sv-meeting-kind.h"
#include "sv-meeting.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

/* Fills @out's date, series date, start and duration for the next regular
 * meeting of @kind on or after @today. @last_regular is the latest regular
 * (not extra) meeting of the kind, or NULL: then the first working day
 * after @today is proposed, at 09:00 for two hours. */
void      sv_meeting_propose_next     (const SvMeetingKind *kind,
                                       const SvMeeting     *last_regular,
                                       const GDate         *today,
                                       SvWorkdays          *workdays,
                                       SvMeeting           *out);

/* An extra meeting (MDO) of @kind: the first working day after @today,
 * no series. */
void      sv_meeting_propose_extra    (const SvMeetingKind *kind,
                                       const GDate         *today,
                                       SvWorkdays          *workdays,
                                       SvMeeting           *out);

/* The day after which standing items count for a meeting on
 * @meeting_date: the day of the previous meeting of the kind
 * (@previous, may be NULL), else one cadence (at least two weeks) back. */
void      sv_meeting_standing_window  (const SvMeetingKind *kind,
                                       const SvMeeting     *previous,
                                       const GDate         *meeting_date,
                                       GDate               *out_after);

/* The deadline rule whose due dates bring cases back to meetings of
 * @kind (IT: the end of the investigation, VHT: OTS closure step 2), with
 * its reason in @out_reason (may be NULL); NULL when only agreements do,
 * and sv_meeting_propose_standing() then needs no facts. */
const char *sv_meeting_standing_rule  (const SvMeetingKind *kind,
                                       SvStandingReason    *out_reason);

/* Which cases can come back by the rule of @kind in (@after,
 * @meeting_date]: those whose fact @out_fact lies in [@out_first,
 * @out_last], a few days wider than the rule needs. The store reads only
 * those (sv_store_list_case_facts_in_range()); the rule in
 * sv_meeting_propose_standing() still decides. FALSE when the kind has no
 * rule that reads facts. */
gboolean  sv_meeting_standing_fact_range (const SvMeetingKind *kind,
                                          const GDate         *after,
                                          const GDate         *meeting_date,
                                          SvWorkdays          *workdays,
                                          SvCaseFactDate      *out_fact,
                                          GDate               *out_first,
                                          GDate               *out_last);

typedef struct {
  gint64           case_id;
  SvStandingReason reason;
  GDate            due;
} SvStandingProposal;

/* Proposals (a GArray of SvStandingProposal, by due date) for a meeting of
 * @kind on @meeting_date: the rules' deadlines and agreements falling due
 * in (@after, @meeting_date] that are not done. @facts holds SvCaseFacts
 * of the open cases; @done maps a case id (gint64 *) to its GHashTable of
 * done rule ids, may be NULL; @agreements holds the open SvAgreements
 * made in meetings of this kind; cases in @on_agenda (gint64 * set, may be
 * NULL) are left out. One proposal per case: the earliest. */
GArray   *sv_meeting_propose_standing (const SvMeetingKind *kind,
                                       const GDate         *after,
                                       const GDate         *meeting_date,
                                       GPtrArray           *facts,
                                       GHashTable          *done,
                                       GPtrArray           *agreements,
                                       GHashTable          *on_agenda,
                                       SvWorkdays          *workdays);

/* The consent gate. FALSE with a message that says why and what to do. */
gboolean  sv_meeting_admits_case      (const SvMeetingKind *kind,
                                       SvReportKind         report_kind,
                                       const SvConsent     *consent,
                                       GError             **error);

/* Moves the item at @from to @to in @items (SvAgendaItem) and numbers the
 * positions 0…n−1 again. */
void      sv_agenda_move              (GPtrArray           *items,
                                       guint                from,
                                       guint                to);
/* Planned start of each item, in minutes after midnight, filled into
 * @starts (n entries): the meeting's start plus the planned minutes
 * before it. Returns the planned end of the last item. */
int       sv_agenda_schedule          (const SvMeeting     *meeting,
                                       GPtrArray           *items,
                                       int                 *starts);

G_END_DECLS
