/* sv-meeting-timer.c: item timers and the meeting clock. */
#include "config.h"

#include "sv-meeting-timer.h"

/* The first local midnight after @t. */
static gint64
midnight_after (gint64 t)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (t);
  g_autoptr(GDateTime) midnight = NULL;

  if (at == NULL)
    return G_MAXINT64;
  midnight = g_date_time_new_local (g_date_time_get_year (at), g_date_time_get_month (at),
                                    g_date_time_get_day_of_month (at), 0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);
  return next != NULL ? g_date_time_to_unix (next) : G_MAXINT64;
}

gint64
sv_agenda_timer_elapsed (const SvAgendaItem *item,
                         gint64              now,
                         gboolean           *left_running)
{
  gint64 until = now;

  g_return_val_if_fail (item != NULL, 0);

  if (left_running != NULL)
    *left_running = FALSE;
  if (item->running_since <= 0)
    return item->elapsed_seconds;

  gint64 cut = midnight_after (item->running_since);
  if (until > cut)
    {
      until = cut;
      if (left_running != NULL)
        *left_running = TRUE;
    }
  return item->elapsed_seconds + MAX (until - item->running_since, 0);
}

gboolean
sv_agenda_timer_running (const SvAgendaItem *item)
{
  return item->running_since > 0;
}

void
sv_agenda_timer_start (SvAgendaItem *item,
                       gint64        now)
{
  g_return_if_fail (item != NULL);

  if (item->running_since <= 0)
    item->running_since = MAX (now, 1);
}

void
sv_agenda_timer_pause (SvAgendaItem *item,
                       gint64        now)
{
  g_return_if_fail (item != NULL);

  if (item->running_since <= 0)
    return;
  item->elapsed_seconds = sv_agenda_timer_elapsed (item, now, NULL);
  item->running_since = 0;
}

gint64
sv_agenda_timer_overrun (const SvAgendaItem *item,
                         gint64              now)
{
  gint64 over = sv_agenda_timer_elapsed (item, now, NULL) - (gint64) item->planned_minutes * 60;

  return MAX (over, 0);
}

gint64
sv_meeting_start_time (const SvMeeting *meeting)
{
  g_return_val_if_fail (meeting != NULL && g_date_valid (&meeting->date), 0);

  g_autoptr(GDateTime) start =
    g_date_time_new_local (g_date_get_year (&meeting->date), g_date_get_month (&meeting->date),
                           g_date_get_day (&meeting->date),
                           meeting->start_minutes / 60, meeting->start_minutes % 60, 0);
  return start != NULL ? g_date_time_to_unix (start) : 0;
}

void
sv_meeting_clock (const SvMeeting *meeting,
                  gint64           now,
                  gint64          *elapsed,
                  gint64          *remaining)
{
  gint64 start = sv_meeting_start_time (meeting);
  gint64 end = start + (gint64) meeting->duration_minutes * 60;

  if (elapsed != NULL)
    *elapsed = MAX (now - start, 0);
  if (remaining != NULL)
    *remaining = end - now;
}

char *
sv_duration_format (gint64 seconds)
{
  const char *sign = seconds < 0 ? "−" : "";
  guint64 s = (guint64) ABS (seconds);

  if (s >= 3600)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u:%02u", sign, s / 3600,
                            (guint) (s / 60 % 60), (guint) (s % 60));
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u", sign, s / 60, (guint) (s % 60));
}
