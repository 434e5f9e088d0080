/* sv-meeting-timer.h: the chair's clocks — a timer per agenda item against
 * its planned minutes, and the meeting's elapsed and remaining time.
 *
 * Times are Unix seconds from the caller, so tests can set the clock. A
 * timer counts from start to pause; one left running past midnight stops
 * counting at that midnight (local time) and says so: a laptop closed at
 * the end of a meeting must not show a case that took nineteen hours. A
 * clock set back counts nothing for the lost span. */
#pragma once

#include <glib.h>

#include "sv-agenda-item.h"
#include "sv-meeting.h"

G_BEGIN_DECLS

/* Seconds counted on @now; @left_running (may be NULL) is set when the
 * timer ran past midnight and was cut there. */
gint64   sv_agenda_timer_elapsed   (const SvAgendaItem *item,
                                    gint64              now,
                                    gboolean           *left_running);
gboolean sv_agenda_timer_running   (const SvAgendaItem *item);
/* Start and pause change @item; both are no-ops when already so. */
void     sv_agenda_timer_start     (SvAgendaItem       *item,
                                    gint64              now);
void     sv_agenda_timer_pause     (SvAgendaItem       *item,
                                    gint64              now);
/* Seconds over the planned minutes on @now; 0 when within. */
gint64   sv_agenda_timer_overrun   (const SvAgendaItem *item,
                                    gint64              now);

/* The meeting's planned start and end as Unix seconds in local time. */
gint64   sv_meeting_start_time     (const SvMeeting    *meeting);
/* Elapsed since the planned start (0 before it) and remaining until the
 * planned end (negative once past it), in seconds. */
void     sv_meeting_clock          (const SvMeeting    *meeting,
                                    gint64              now,
                                    gint64             *elapsed,
                                    gint64             *remaining);
/* "4:05", "1:02:03", "−2:10" */
char    *sv_duration_format        (gint64              seconds);

G_END_DECLS
