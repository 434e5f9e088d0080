/* sv-agenda-print-model.h: everything the printed agenda of a meeting —
 * and, once the meeting has run, its minutes — shows, read once through
 * SvStore into plain records.
 *
 * As for the case overview, the masking is decided here: masked, a
 * household is "Gezin A", "Gezin B", … by its place on the agenda, as the
 * projector shows it, and every free text (the question, the advice, the
 * minutes, the agreements) passes through SvNameMask with the names of the
 * household, its members and its informal network replaced by roles
 * ("[jeugdige]", "[oma]"). The drawing cannot print more than the model
 * holds. Professionals (the inbrenger, the attendees) keep their names:
 * they sit at the table.
 */
#pragma once

#include "sv-store.h"

G_BEGIN_DECLS

typedef enum {
  SV_AGENDA_NAMES_MASKED,   /* the default: an agenda is sent around */
  SV_AGENDA_NAMES_FULL,
} SvAgendaNames;

typedef struct {
  char               *organisation;
  char               *attendee;     /* the person, or "" */
  SvMeetingCircle     circle;
  SvAttendanceStatus  status;
  char               *for_case;     /* "" for the whole meeting, else the case's label */
} SvAgendaPrintAttendee;

typedef struct {
  guint               position;          /* 0-based */
  int                 start;             /* planned, minutes after midnight */
  int                 planned_minutes;
  char               *case_number;
  char               *household;         /* "Gezin A" or the household's name */
  char               *question;          /* masked */
  char               *inbrenger;         /* "" when unknown */
  SvStandingReason    standing;
  gboolean            family_invited;
  SvFamilyAttendance  family_attendance;
  SvVhtAdvice         advice;
  char               *advice_text;       /* masked */
  char               *minutes;           /* the chair's notes for the case, masked */
  gboolean            discussed;
  gint64              elapsed_seconds;
  GPtrArray          *agreements;        /* SvAgreement made here, masked */
} SvAgendaPrintItem;

typedef struct {
  SvAgendaNames  names;
  SvMeeting     *meeting;        /* its minutes masked */
  char          *kind_name;      /* "Lokaal Expertiseteam Jeugd Overbetuwe" */
  char          *chair;          /* who chairs the kind, or "" */
  gboolean       vht;            /* the VeiligheidsTeam: advice per case */
  char          *printed_by;
  GDate          today;
  int            planned_end;    /* end of the last item, minutes after midnight */
  GPtrArray     *attendance;     /* SvAgendaPrintAttendee */
  GPtrArray     *items;          /* SvAgendaPrintItem, agenda order */
} SvAgendaPrint;

/* An empty agenda to fill by hand (for tests): a new meeting, no items. */
SvAgendaPrint     *sv_agenda_print_new        (void);
void               sv_agenda_print_free       (SvAgendaPrint *self);
/* Whether the meeting has begun: then the print is its minutes. */
gboolean           sv_agenda_print_is_minutes (const SvAgendaPrint *self);

SvAgendaPrint     *sv_agenda_print_load       (SvStore       *store,
                                               gint64         meeting_id,
                                               SvAgendaNames  names,
                                               const GDate   *today,
                                               GError       **error);

SvAgendaPrintItem *sv_agenda_print_item_new  (void);
void               sv_agenda_print_item_free (SvAgendaPrintItem *self);

/* The meeting that @ref names: its id ("12"), its uid, the UID of its
 * calendar event, or its kind and date as people say it ("LEJO
 * 2026-11-24", "LEJO 24-11-2026", with the start "14:00" when the kind
 * meets twice that day). 0 without an error when there is none; an error
 * when @ref is ambiguous or unreadable. */
gint64             sv_agenda_print_find_meeting (SvStore     *store,
                                                 const char  *ref,
                                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvAgendaPrint, sv_agenda_print_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvAgendaPrintItem, sv_agenda_print_item_free)

G_END_DECLS
