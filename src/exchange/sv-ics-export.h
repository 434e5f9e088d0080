/* sv-ics-export.h: the deadlines, planned interventiegesprekken and
 * meetings of cases as an iCalendar file (RFC 5545), for a calendar app
 * (docs/calendar-export.md).
 *
 * A calendar is not a safe place: an event says which case (its number)
 * and what is due, never a name, a reason or journal text. Every event
 * has a UID made from the case's uid and the rule id (a meeting: from
 * the meeting's uid), so that exporting again updates the events a
 * calendar app already has instead of adding them twice. A meeting says
 * its kind, room and the numbers of the cases on its agenda.
 */
#pragma once

#include "sv-store.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

#define SV_ICS_UID_DOMAIN                  "samenveilig.overbetuwe.nl"
#define SV_ICS_TIME_ZONE                   "Europe/Amsterdam"
/* The app records only when an interventiegesprek starts. */
#define SV_ICS_INTERVENTIEGESPREK_MINUTES  90
/* The professionals' meeting before it (rule ig-voorbespreking). */
#define SV_ICS_VOORBESPREKING_MINUTES      30

/* What an export wrote. */
typedef struct {
  guint n_cases;                   /* cases with at least one event */
  guint n_deadlines;               /* one event per deadline */
  guint n_interventiegesprekken;   /* one event per planned gesprek */
  guint n_meetings;                /* one event per meeting */
} SvIcsExportCounts;

/* Meetings older than this many days are left out of a full export. */
#define SV_ICS_MEETINGS_PAST_DAYS 365

/* The calendar of the cases @case_ids (every open case and every meeting
 * of the last year and later when NULL; with cases, the meetings that
 * have one of them on the agenda), with
 * working days counted by @workdays (NULL: without extra days off) and
 * each deadline's state on @today (NULL: today). A case that is not there is an error (SV_ERROR_NOT_FOUND). */
char     *sv_ics_export_to_data        (SvStore            *store,
                                        const gint64       *case_ids,
                                        guint               n,
                                        SvWorkdays         *workdays,
                                        const GDate        *today,
                                        GError            **error);
/* Writes it to @path, replacing the file atomically; readable by the user
 * only, like the JSON export. */
gboolean  sv_ics_export_to_file        (SvStore            *store,
                                        const gint64       *case_ids,
                                        guint               n,
                                        SvWorkdays         *workdays,
                                        const GDate        *today,
                                        const char         *path,
                                        GError            **error);
/* The same, saying how much it wrote in @counts (may be NULL). */
gboolean  sv_ics_export_to_file_full   (SvStore            *store,
                                        const gint64       *case_ids,
                                        guint               n,
                                        SvWorkdays         *workdays,
                                        const GDate        *today,
                                        const char         *path,
                                        SvIcsExportCounts  *counts,
                                        GError            **error);

G_END_DECLS
