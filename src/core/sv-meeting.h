/* sv-meeting.h: one meeting of a kind (a LEJO on a Tuesday afternoon) and
 * who attends it.
 *
 * A meeting has a date and a start in minutes after midnight, like the
 * planned interventiegesprek in the case facts: the times people plan are
 * wall-clock times in Overbetuwe, not instants. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

#define SV_MEETING_MIN_MINUTES   15
#define SV_MEETING_MAX_MINUTES   600   /* ten hours: a day of meetings */

typedef struct {
  gint64           id;
  char            *uid;
  gint64           kind_id;
  char            *kind_code;       /* "LEJO": filled by the store */
  GDate            date;
  int              start_minutes;   /* 0–1439 */
  int              duration_minutes;
  /* Regular meetings keep the date of their series before a holiday
   * moved them, so that the next proposal stays on the weekday. Cleared
   * for an extra meeting (MDO). */
  GDate            series_date;
  gboolean         extra;
  char            *room;
  SvMeetingStatus  status;
  gint64           current_item_id; /* the case the chair is at; 0 none */
  char            *minutes;         /* notes for the meeting as a whole */
  GDateTime       *created_at;
  GDateTime       *updated_at;
} SvMeeting;

typedef struct {
  gint64              id;
  gint64              meeting_id;
  gint64              organisation_id;
  char               *organisation_name;  /* filled by the store */
  /* 0: attends the whole meeting (the fixed core, or a guest); else the
   * agenda item a member of the flexible shell is invited for. */
  gint64              agenda_item_id;
  SvMeetingCircle     circle;
  char               *attendee;           /* the person, when known */
  SvAttendanceStatus  status;
} SvAttendance;

#define SV_TYPE_MEETING    (sv_meeting_get_type ())
#define SV_TYPE_ATTENDANCE (sv_attendance_get_type ())

GType         sv_meeting_get_type    (void) G_GNUC_CONST;
SvMeeting    *sv_meeting_new         (void);
SvMeeting    *sv_meeting_copy        (const SvMeeting *self);
void          sv_meeting_free        (SvMeeting       *self);
gboolean      sv_meeting_validate    (const SvMeeting *self,
                                      GError         **error);
/* Minutes after midnight where the meeting ends; may pass 1440. */
int           sv_meeting_end_minutes (const SvMeeting *self);
/* Whether two meetings share some minute on the same day. */
gboolean      sv_meeting_overlaps    (const SvMeeting *a,
                                      const SvMeeting *b);
/* "LEJO, dinsdag 24 november 2026, 14:00–16:00" for titles. */
char         *sv_meeting_describe    (const SvMeeting *self);
/* "14:00" */
char         *sv_minutes_format      (int              minutes_after_midnight);
/* "14:00", "9.30", "930" → minutes after midnight; the error says why. */
gboolean      sv_minutes_parse       (const char      *text,
                                      int             *out,
                                      GError         **error);

GType         sv_attendance_get_type (void) G_GNUC_CONST;
SvAttendance *sv_attendance_new      (void);
SvAttendance *sv_attendance_copy     (const SvAttendance *self);
void          sv_attendance_free     (SvAttendance       *self);
gboolean      sv_attendance_validate (const SvAttendance *self,
                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvMeeting, sv_meeting_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvAttendance, sv_attendance_free)

G_END_DECLS
