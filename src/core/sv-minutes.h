/* sv-minutes.h: the notulen of a meeting, composed from what the chair
 * captured — per case for its journal, and for the meeting as a whole.
 *
 * Plain text in the user's language (Dutch through the catalogue). The
 * case minutes name the case by its number, never the household: they go
 * into that case's own journal. The meeting minutes list who attended and
 * the cases by number only, so that they can be shared with everyone who
 * took part.
 */
#pragma once

#include <glib.h>

#include "sv-agenda-item.h"
#include "sv-agreement.h"
#include "sv-meeting.h"

G_BEGIN_DECLS

/* "– Wie: wat (uiterlijk 3 december 2026; monitoring: …)" */
char *sv_minutes_format_agreement (const SvAgreement  *agreement);

/* The minutes of one case: the meeting (kind and date), the case number,
 * the question, the VeiligheidsTeam's advice, the family's attendance
 * (when invited), who of the flexible shell came for it and the
 * agreements. @agreements: SvAgreement of this item, may be NULL;
 * @attendance_for_item: SvAttendance, may be NULL; entries for other
 * items are skipped. */
char *sv_minutes_compose_item     (const SvMeeting    *meeting,
                                   const SvAgendaItem *item,
                                   GPtrArray          *agreements,
                                   GPtrArray          *attendance_for_item);

/* The minutes of the meeting: present, absent, sent apologies (and not
 * recorded), the cases discussed and not discussed, by number only.
 * @items: SvAgendaItem in agenda order; @attendance: SvAttendance of the
 * meeting; either may be NULL. */
char *sv_minutes_compose_meeting  (const SvMeeting    *meeting,
                                   GPtrArray          *items,
                                   GPtrArray          *attendance);

G_END_DECLS
