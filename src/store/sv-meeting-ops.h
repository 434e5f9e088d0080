/* sv-meeting-ops.h: running a meeting on the store — starting it,
 * finishing a case and closing the meeting.
 *
 * Each operation is one transaction: a finished case has its minutes in
 * the case journal and its agenda item marked together, or neither. The
 * journal is never edited: finishing a case again after a change adds a
 * correction that names the entry before it.
 *
 * Times (@now) are Unix seconds from the caller, as for the timers.
 */
#pragma once

#include "sv-store.h"

G_BEGIN_DECLS

typedef enum {
  SV_FINISH_WRITTEN,    /* the minutes went into the journal */
  SV_FINISH_CORRECTED,  /* a correction of the earlier minutes was added */
  SV_FINISH_UNCHANGED,  /* the journal already holds these minutes */
} SvFinishResult;

/* Planned → in progress; a meeting in progress stays so and a closed one
 * is returned as it is. The meeting as stored afterwards. */
SvMeeting *sv_meeting_ops_start           (SvStore            *store,
                                           gint64              meeting_id,
                                           GError            **error);

/* The minutes of @item as finishing would write them: the chair's own
 * text, or else the text composed from what was captured. */
char      *sv_meeting_ops_item_minutes    (SvStore            *store,
                                           const SvMeeting    *meeting,
                                           const SvAgendaItem *item,
                                           GError            **error);

/* Whether anything was captured for @item or time spent on it. */
gboolean   sv_meeting_ops_item_touched    (const SvAgendaItem *item,
                                           guint               n_agreements);

/* Writes the item's minutes into its case journal (author @author),
 * marks it discussed, stops its timer. A second finish with other
 * minutes adds a correction; with the same minutes it writes nothing. */
gboolean   sv_meeting_ops_finish_item     (SvStore            *store,
                                           gint64              item_id,
                                           const char         *author,
                                           gint64              now,
                                           SvFinishResult     *result,
                                           GError            **error);

/* The items that were discussed (something captured, time spent) and
 * whose minutes are not yet in the journal or changed since: what
 * closing the meeting will finish. SvAgendaItem, agenda order. */
GPtrArray *sv_meeting_ops_pending_items   (SvStore            *store,
                                           gint64              meeting_id,
                                           GError            **error);

/* The meeting's minutes composed from the store: a discussed case is one
 * that was finished or has something captured. */
char      *sv_meeting_ops_compose_minutes (SvStore            *store,
                                           gint64              meeting_id,
                                           GError            **error);

/* Finishes the pending items, stops every timer, stores @minutes (NULL:
 * composed) and closes the meeting — all or nothing. */
gboolean   sv_meeting_ops_close           (SvStore            *store,
                                           gint64              meeting_id,
                                           const char         *minutes,
                                           const char         *author,
                                           gint64              now,
                                           GError            **error);

G_END_DECLS
