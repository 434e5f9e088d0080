/* sv-meeting.c: meeting and attendance records. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvMeeting, sv_meeting, sv_meeting_copy, sv_meeting_free)
G_DEFINE_BOXED_TYPE (SvAttendance, sv_attendance, sv_attendance_copy, sv_attendance_free)

SvMeeting *
sv_meeting_new (void)
{
  SvMeeting *self = g_new0 (SvMeeting, 1);

  g_date_clear (&self->date, 1);
  g_date_clear (&self->series_date, 1);
  self->kind_code = g_strdup ("");
  self->room = g_strdup ("");
  self->minutes = g_strdup ("");
  self->start_minutes = 9 * 60;
  self->duration_minutes = 120;
  return self;
}

SvMeeting *
sv_meeting_copy (const SvMeeting *self)
{
  SvMeeting *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvMeeting, 1);
  *copy = *self;
  copy->uid = g_strdup (self->uid);
  copy->kind_code = g_strdup (self->kind_code);
  copy->room = g_strdup (self->room);
  copy->minutes = g_strdup (self->minutes);
  copy->created_at = self->created_at ? g_date_time_ref (self->created_at) : NULL;
  copy->updated_at = self->updated_at ? g_date_time_ref (self->updated_at) : NULL;
  return copy;
}

void
sv_meeting_free (SvMeeting *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->kind_code);
  g_free (self->room);
  g_free (self->minutes);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);
  g_free (self);
}

static gboolean
check_year (const GDate *date,
            const char  *field_label,
            GError     **error)
{
  if (g_date_get_year (date) < 1900 || g_date_get_year (date) > 2199)
    {
      /* TRANSLATORS: "Date: the year 2250 is outside 1900–2199" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: the year %u is outside 1900–2199"),
                   field_label, g_date_get_year (date));
      return FALSE;
    }
  return TRUE;
}

gboolean
sv_meeting_validate (const SvMeeting *self,
                     GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->kind_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Meeting: choose the kind of meeting"));
      return FALSE;
    }
  if (!g_date_valid (&self->date))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Date: enter the day of the meeting"));
      return FALSE;
    }
  if (!check_year (&self->date, _("Date"), error))
    return FALSE;
  if (g_date_valid (&self->series_date) && !check_year (&self->series_date, _("Date"), error))
    return FALSE;
  if (self->start_minutes < 0 || self->start_minutes >= 24 * 60)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Start: write the time as hours and minutes, for example 14:00"));
      return FALSE;
    }
  if (self->duration_minutes < SV_MEETING_MIN_MINUTES || self->duration_minutes > SV_MEETING_MAX_MINUTES)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Duration: a meeting lasts from %d to %d minutes"),
                   SV_MEETING_MIN_MINUTES, SV_MEETING_MAX_MINUTES);
      return FALSE;
    }
  if ((guint) self->status >= sv_meeting_status_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Meeting: unknown status"));
      return FALSE;
    }
  return sv_check_optional (self->room, SV_MAX_NAME_CHARS, _("Room"), error) &&
         sv_check_optional (self->minutes, SV_MAX_TEXT_CHARS, _("Minutes"), error);
}

int
sv_meeting_end_minutes (const SvMeeting *self)
{
  return self->start_minutes + self->duration_minutes;
}

gboolean
sv_meeting_overlaps (const SvMeeting *a,
                     const SvMeeting *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!g_date_valid (&a->date) || !g_date_valid (&b->date))
    return FALSE;
  /* Minutes since a common day, so that an evening meeting that runs past
   * midnight still meets one early the next morning. */
  gint64 a_start = (gint64) g_date_get_julian (&a->date) * 1440 + a->start_minutes;
  gint64 b_start = (gint64) g_date_get_julian (&b->date) * 1440 + b->start_minutes;
  return a_start < b_start + b->duration_minutes && b_start < a_start + a->duration_minutes;
}

char *
sv_minutes_format (int minutes_after_midnight)
{
  int m = ((minutes_after_midnight % 1440) + 1440) % 1440;

  return g_strdup_printf ("%02d:%02d", m / 60, m % 60);
}

char *
sv_meeting_describe (const SvMeeting *self)
{
  g_autofree char *day = sv_date_format_long (&self->date);
  g_autofree char *from = sv_minutes_format (self->start_minutes);
  g_autofree char *to = sv_minutes_format (sv_meeting_end_minutes (self));

  /* TRANSLATORS: meeting kind, day, start–end: "LEJO, dinsdag 24 november 2026, 14:00–16:00" */
  return g_strdup_printf (_("%s, %s, %s–%s"), self->kind_code, day, from, to);
}

gboolean
sv_minutes_parse (const char *text,
                  int        *out,
                  GError    **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint hours = 0, mins = 0;
  gboolean ok = FALSE;
  size_t len = strlen (copy);
  char *end = NULL;

  if (len == 4 && strspn (copy, "0123456789") == 4)
    ok = sscanf (copy, "%2u%2u", &hours, &mins) == 2;
  else if (len > 0 && g_ascii_isdigit (copy[0]))
    {
      hours = (guint) g_ascii_strtoull (copy, &end, 10);
      /* At most two digits of hours: "4294967305:30" must not wrap round
       * to 09:30 in the cast above. */
      if (end - copy > 2)
        ok = FALSE;
      else if (end != NULL && (*end == ':' || *end == '.') && g_ascii_isdigit (end[1]))
        {
          char *digits = end + 1;
          mins = (guint) g_ascii_strtoull (digits, &end, 10);
          ok = *end == '\0' && end - digits == 2;
        }
      else if (end != NULL && *end == '\0' && end - copy <= 2)
        ok = TRUE;   /* "9": nine o'clock */
    }
  if (!ok || hours > 23 || mins > 59)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Write the time as hours and minutes, for example 09:30."));
      return FALSE;
    }
  *out = (int) (hours * 60 + mins);
  return TRUE;
}

SvAttendance *
sv_attendance_new (void)
{
  SvAttendance *self = g_new0 (SvAttendance, 1);

  self->organisation_name = g_strdup ("");
  self->attendee = g_strdup ("");
  return self;
}

SvAttendance *
sv_attendance_copy (const SvAttendance *self)
{
  SvAttendance *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvAttendance, 1);
  *copy = *self;
  copy->organisation_name = g_strdup (self->organisation_name);
  copy->attendee = g_strdup (self->attendee);
  return copy;
}

void
sv_attendance_free (SvAttendance *self)
{
  if (self == NULL)
    return;
  g_free (self->organisation_name);
  g_free (self->attendee);
  g_free (self);
}

gboolean
sv_attendance_validate (const SvAttendance *self,
                        GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->meeting_id <= 0 || self->organisation_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Attendance: choose the organisation"));
      return FALSE;
    }
  if ((guint) self->status >= sv_attendance_count () ||
      (guint) self->circle >= sv_meeting_circle_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Attendance: unknown status"));
      return FALSE;
    }
  return sv_check_optional (self->attendee, SV_MAX_NAME_CHARS, _("Attendee"), error);
}
