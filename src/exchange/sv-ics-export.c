/* sv-ics-export.c: deadlines, interventiegesprekken and meetings as
 * iCalendar.
 *
 * All the store is read first, then the calendar is built in one go: a
 * VTIMEZONE for Europe/Amsterdam (from libical's copy of the system time
 * zone data, cut to the years the events need), then per case its
 * deadlines in rule order and its interventiegesprek, then the meetings.
 * Deadlines are all-day events except the professionals' meeting before
 * the gesprek, which has a time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-ics-export.h"

#define PRODID "-//Gemeente Overbetuwe//Samen Veilig//NL"

/* One case as the export needs it. */
typedef struct {
  SvCase      *record;
  SvCaseFacts *facts;
  GHashTable  *done;   /* rule id → GDate *; NULL when nothing is done */
} CaseDates;

static void
case_dates_free (gpointer data)
{
  CaseDates *c = data;

  g_clear_pointer (&c->record, sv_case_free);
  g_clear_pointer (&c->facts, sv_case_facts_free);
  g_clear_pointer (&c->done, g_hash_table_unref);
  g_free (c);
}

/* ------------------------------------------------------------------------
 * Reading the store
 * ------------------------------------------------------------------------ */

static gboolean
add_case (GPtrArray    *cases,
          SvStore      *store,
          SvCaseFacts  *facts,
          GHashTable   *done,
          GError      **error)
{
  CaseDates *c;
  SvCase *record = sv_store_get_case (store, facts->case_id, error);

  if (record == NULL)
    {
      sv_case_facts_free (facts);
      g_clear_pointer (&done, g_hash_table_unref);
      return FALSE;
    }
  c = g_new0 (CaseDates, 1);
  c->record = record;
  c->facts = facts;
  c->done = done;
  g_ptr_array_add (cases, c);
  return TRUE;
}

/* Every open case with facts, in the order of their ids. */
static GPtrArray *
read_open_cases (SvStore  *store,
                 GError  **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_dates_free);
  g_autoptr(GPtrArray) all_facts = sv_store_list_case_facts (store, SV_CASE_FILTER_OPEN, error);
  g_autoptr(GHashTable) all_done = NULL;

  if (all_facts == NULL ||
      !(all_done = sv_store_list_all_deadlines_done (store, SV_CASE_FILTER_OPEN, error)))
    return NULL;
  for (guint i = 0; i < all_facts->len; i++)
    {
      SvCaseFacts *facts = all_facts->pdata[i];
      GHashTable *done = g_hash_table_lookup (all_done, &facts->case_id);

      if (!add_case (cases, store, sv_case_facts_copy (facts),
                     done != NULL ? g_hash_table_ref (done) : NULL, error))
        return NULL;
    }
  return g_steal_pointer (&cases);
}

static GPtrArray *
read_cases (SvStore       *store,
            const gint64  *case_ids,
            guint          n,
            GError       **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_dates_free);

  for (guint i = 0; i < n; i++)
    {
      SvCaseFacts *facts = sv_store_get_case_facts (store, case_ids[i], error);
      GHashTable *done;

      if (facts == NULL)
        return NULL;
      if (!(done = sv_store_list_deadlines_done (store, case_ids[i], error)))
        {
          sv_case_facts_free (facts);
          return NULL;
        }
      if (!add_case (cases, store, facts, done, error))
        return NULL;
    }
  return g_steal_pointer (&cases);
}

/* ------------------------------------------------------------------------
 * Building the calendar
 * ------------------------------------------------------------------------ */

static struct icaltimetype
ical_date (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  return t;
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  icalproperty *prop = icalproperty_new_x (value);

  icalproperty_set_x_name (prop, name);
  icalcomponent_add_property (event, prop);
}

static icalcomponent *
new_event (const SvCase        *record,
           const char          *what,       /* rule id or "interventiegesprek" */
           const char          *title,
           const char          *description,
           struct icaltimetype  stamp)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  g_autofree char *uid = g_strdup_printf ("%s-%s@%s", record->uid, what, SV_ICS_UID_DOMAIN);
  g_autofree char *summary = g_strdup_printf ("%s · %s", record->number, title);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_sequence (0));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  /* A shared or published calendar shows only "busy", not the text. */
  icalcomponent_add_property (event, icalproperty_new_class (ICAL_CLASS_PRIVATE));
  add_x (event, "X-SAMENVEILIG-CASE", record->number);
  return event;
}

/* A time of day in Europe/Amsterdam, lasting @minutes. */
static void
set_timed (icalcomponent *event,
           const GDate   *date,
           int            start_minutes,
           int            minutes)
{
  struct icaltimetype start = ical_date (date);
  struct icaldurationtype duration = icaldurationtype_null_duration ();
  icalproperty *dtstart;

  start.is_date = 0;
  start.hour = start_minutes / 60;
  start.minute = start_minutes % 60;
  start.second = 0;
  dtstart = icalproperty_new_dtstart (start);
  icalproperty_add_parameter (dtstart, icalparameter_new_tzid (SV_ICS_TIME_ZONE));
  icalcomponent_add_property (event, dtstart);
  duration.hours = minutes / 60;
  duration.minutes = minutes % 60;
  icalcomponent_add_property (event, icalproperty_new_duration (duration));
}

/* The whole day: DTEND is the day after (RFC 5545, 3.6.1). A deadline
 * does not make anyone busy. */
static void
set_all_day (icalcomponent *event,
             const GDate   *date)
{
  GDate next = *date;

  g_date_add_days (&next, 1);
  icalcomponent_add_property (event, icalproperty_new_dtstart (ical_date (date)));
  icalcomponent_add_property (event, icalproperty_new_dtend (ical_date (&next)));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
}

static icalcomponent *
deadline_event (const SvCase        *record,
                const SvDeadline    *deadline,
                struct icaltimetype  stamp)
{
  g_autoptr(GString) description = g_string_new (sv_deadline_rule_description (deadline->rule_id));
  icalcomponent *event;

  if (deadline->state == SV_DEADLINE_DONE)
    {
      g_autofree char *done = sv_date_format_medium (&deadline->done_on);

      g_string_append (description, "\n\n");
      /* TRANSLATORS: in a calendar event: "Done on 3 December 2026" */
      g_string_append_printf (description, _("Done on %s"), done);
    }
  event = new_event (record, deadline->rule_id, sv_deadline_rule_title (deadline->rule_id),
                     description->str, stamp);
  if (deadline->due_minutes >= 0)
    set_timed (event, &deadline->due, deadline->due_minutes, SV_ICS_VOORBESPREKING_MINUTES);
  else
    set_all_day (event, &deadline->due);
  /* Machine-readable and the same in every language: a calendar app can
   * colour or filter on them. */
  if (deadline->state == SV_DEADLINE_DONE)
    icalcomponent_add_property (event, icalproperty_new_categories ("gedaan"));
  else if (deadline->state == SV_DEADLINE_OVERDUE)
    icalcomponent_add_property (event, icalproperty_new_categories ("verlopen"));
  add_x (event, "X-SAMENVEILIG-RULE", deadline->rule_id);
  return event;
}

static icalcomponent *
interventiegesprek_event (const SvCase        *record,
                          const SvCaseFacts   *facts,
                          struct icaltimetype  stamp)
{
  icalcomponent *event;

  /* The sentence names the length the constant gives. */
  G_STATIC_ASSERT (SV_ICS_INTERVENTIEGESPREK_MINUTES == 90);
  event = new_event (record, "interventiegesprek", _("Interventiegesprek"),
                     _("The interventiegesprek with the parents. Samen Veilig records only when it starts; "
                       "the end shown assumes it takes 1 hour 30 minutes."),
                     stamp);
  set_timed (event, &facts->ig_date, facts->ig_minutes, SV_ICS_INTERVENTIEGESPREK_MINUTES);
  return event;
}

/* A meeting: its kind and room, and the numbers of the cases on the
 * agenda — never a name. */
static icalcomponent *
meeting_event (const SvMeeting     *meeting,
               GPtrArray           *agenda,
               struct icaltimetype  stamp)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  g_autofree char *uid = g_strdup_printf ("%s-overleg@%s", meeting->uid, SV_ICS_UID_DOMAIN);
  g_autofree char *summary = NULL;
  g_autoptr(GString) description = g_string_new (NULL);

  summary = meeting->extra
            /* TRANSLATORS: a calendar event: "LEJO · extra meeting (MDO)" */
            ? g_strdup_printf (_("%s · extra meeting (MDO)"), meeting->kind_code)
            : g_strdup (meeting->kind_code);
  if (agenda->len == 0)
    g_string_append (description, _("No cases on the agenda yet."));
  else
    {
      /* TRANSLATORS: in a calendar event, followed by case numbers */
      g_string_append (description, _("Cases on the agenda:"));
      for (guint i = 0; i < agenda->len; i++)
        g_string_append_printf (description, "%s %s", i == 0 ? "" : ",",
                                ((SvAgendaItem *) agenda->pdata[i])->case_number);
    }
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_sequence (0));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_description (description->str));
  icalcomponent_add_property (event, icalproperty_new_class (ICAL_CLASS_PRIVATE));
  if (meeting->room != NULL && *meeting->room != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (meeting->room));
  icalcomponent_add_property (event, icalproperty_new_categories ("overleg"));
  add_x (event, "X-SAMENVEILIG-MEETING", meeting->kind_code);
  set_timed (event, &meeting->date, meeting->start_minutes, meeting->duration_minutes);
  return event;
}

/* A meeting as the export needs it. */
typedef struct {
  SvMeeting *meeting;
  GPtrArray *agenda;   /* SvAgendaItem */
} MeetingDates;

static void
meeting_dates_free (gpointer data)
{
  MeetingDates *m = data;

  g_clear_pointer (&m->meeting, sv_meeting_free);
  g_clear_pointer (&m->agenda, g_ptr_array_unref);
  g_free (m);
}

/* The meetings to export: all from @since on, or those with one of
 * @case_ids on the agenda. */
static GPtrArray *
read_meetings (SvStore      *store,
               const gint64 *case_ids,
               guint         n,
               const GDate  *since,
               GError      **error)
{
  g_autoptr(GPtrArray) meetings = sv_store_list_meetings (store, case_ids != NULL ? NULL : since, NULL, error);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (meeting_dates_free);

  if (meetings == NULL)
    return NULL;
  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(GPtrArray) agenda = sv_store_list_agenda (store, ((SvMeeting *) meetings->pdata[i])->id, error);
      gboolean wanted = case_ids == NULL;
      MeetingDates *m;

      if (agenda == NULL)
        return NULL;
      for (guint j = 0; !wanted && j < agenda->len; j++)
        for (guint k = 0; !wanted && k < n; k++)
          wanted = ((SvAgendaItem *) agenda->pdata[j])->case_id == case_ids[k];
      if (!wanted)
        continue;
      m = g_new0 (MeetingDates, 1);
      m->meeting = g_steal_pointer (&meetings->pdata[i]);
      m->agenda = g_steal_pointer (&agenda);
      g_ptr_array_add (out, m);
    }
  return g_steal_pointer (&out);
}

static gboolean
has_interventiegesprek (const SvCaseFacts *facts)
{
  return g_date_valid (&facts->ig_date) && facts->ig_minutes >= 0;
}

/* Europe/Amsterdam from @first_year on: the whole history of the zone
 * would add 180 lines nobody needs. */
static icalcomponent *
time_zone_component (guint    first_year,
                     GError **error)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (SV_ICS_TIME_ZONE);
  struct icaltimetype from = icaltime_null_time ();
  icalcomponent *vtimezone;
  icalproperty *tzid;

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                   _("The time zone %s is not known on this computer (is the package tzdata installed?)."),
                   SV_ICS_TIME_ZONE);
      return NULL;
    }
  vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  from.year = (int) first_year;
  from.month = 1;
  from.day = 1;
  from.zone = icaltimezone_get_utc_timezone ();
  icaltimezone_truncate_vtimezone (vtimezone, from, icaltime_null_time (), 0);
  /* libical names its zones "/freeassociation.sourceforge.net/…"; calendar
   * apps know the plain Olson name. */
  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, SV_ICS_TIME_ZONE);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (SV_ICS_TIME_ZONE));
  return vtimezone;
}

/* Where to fold @line of more than @limit octets: after a space near the
 * end, as libical does, for a file a person can still read; else between
 * two whole UTF-8 characters and not inside a backslash escape. */
static gsize
fold_point (const char *line,
            gsize       limit)
{
  for (gsize cut = limit; cut > limit - 20; cut--)
    if (line[cut - 1] == ' ')
      return cut;
  for (gsize cut = limit; cut > 1; cut--)
    if (((guchar) line[cut] & 0xC0) != 0x80 && line[cut - 1] != '\\')
      return cut;
  return limit;
}

/* libical 3.0 (Debian 12) can fold a content line between its CR and LF
 * ("CR CR LF SP LF"; fixed in libical 4.0.3), which breaks parsers. What
 * it wrote is unfolded and folded again at 75 octets. */
static char *
refold (const char *text)
{
  g_autoptr(GString) unfolded = g_string_new (text);
  GString *out = g_string_sized_new (strlen (text) + 64);
  g_auto(GStrv) lines = NULL;

  g_string_replace (unfolded, "\r\n ", "", 0);
  lines = g_strsplit (unfolded->str, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize limit = 75;

      if (*line == '\0')
        continue;
      while (strlen (line) > limit)
        {
          gsize cut = fold_point (line, limit);

          g_string_append_len (out, line, (gssize) cut);
          g_string_append (out, "\r\n ");
          line += cut;
          limit = 74;  /* after the space that marks the fold */
        }
      g_string_append (out, line);
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

static char *
build_calendar (SvStore            *store,
                const gint64       *case_ids,
                guint               n,
                SvWorkdays         *workdays,
                const GDate        *today,
                SvIcsExportCounts  *counts,
                GError            **error)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(SvWorkdays) no_extra_days = NULL;
  GDate since;
  SvIcsExportCounts counted = { 0 };
  GDate today_date;
  guint first_year;
  struct icaltimetype stamp;
  icalcomponent *calendar, *vtimezone;
  char *text;
  char *result;

  cases = case_ids != NULL ? read_cases (store, case_ids, n, error) : read_open_cases (store, error);
  if (cases == NULL)
    return NULL;
  if (workdays == NULL)
    workdays = no_extra_days = sv_workdays_new ();
  if (today == NULL)
    {
      sv_date_today (&today_date);
      today = &today_date;
    }

  since = *today;
  g_date_subtract_days (&since, SV_ICS_MEETINGS_PAST_DAYS);
  meetings = read_meetings (store, case_ids, n, &since, error);
  if (meetings == NULL)
    return NULL;

  /* The time zone has to reach back to the earliest timed event. */
  first_year = g_date_get_year (today);
  for (guint i = 0; i < meetings->len; i++)
    first_year = MIN (first_year, g_date_get_year (&((MeetingDates *) meetings->pdata[i])->meeting->date));
  for (guint i = 0; i < cases->len; i++)
    {
      const SvCaseFacts *facts = ((CaseDates *) cases->pdata[i])->facts;

      if (has_interventiegesprek (facts))
        first_year = MIN (first_year, g_date_get_year (&facts->ig_date));
    }
  /* Always there, also without timed events: a calendar needs at least
   * one component to be valid. */
  if (!(vtimezone = time_zone_component (first_year, error)))
    return NULL;

  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  add_x (calendar, "X-WR-CALNAME", "Samen Veilig");
  icalcomponent_add_component (calendar, vtimezone);

  stamp = icaltime_from_timet_with_zone ((time_t) (g_get_real_time () / G_USEC_PER_SEC), 0,
                                         icaltimezone_get_utc_timezone ());
  for (guint i = 0; i < cases->len; i++)
    {
      CaseDates *c = cases->pdata[i];
      g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
      guint before = counted.n_deadlines + counted.n_interventiegesprekken;

      sv_deadlines_compute (c->facts, workdays, today, c->done, deadlines);
      for (guint j = 0; j < deadlines->len; j++)
        {
          icalcomponent_add_component (calendar,
                                       deadline_event (c->record, &g_array_index (deadlines, SvDeadline, j), stamp));
          counted.n_deadlines++;
        }
      if (has_interventiegesprek (c->facts))
        {
          icalcomponent_add_component (calendar, interventiegesprek_event (c->record, c->facts, stamp));
          counted.n_interventiegesprekken++;
        }
      if (counted.n_deadlines + counted.n_interventiegesprekken > before)
        counted.n_cases++;
    }
  for (guint i = 0; i < meetings->len; i++)
    {
      MeetingDates *m = meetings->pdata[i];

      icalcomponent_add_component (calendar, meeting_event (m->meeting, m->agenda, stamp));
      counted.n_meetings++;
    }

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  if (text == NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("The calendar could not be made: %s"),
                   icalerror_strerror (icalerrno));
      return NULL;
    }
  result = refold (text);
  free (text);  /* libical's, from malloc() */
  if (counts != NULL)
    *counts = counted;
  return result;
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

char *
sv_ics_export_to_data (SvStore       *store,
                       const gint64  *case_ids,
                       guint          n,
                       SvWorkdays    *workdays,
                       const GDate   *today,
                       GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_calendar (store, case_ids, n, workdays, today, NULL, error);
}

gboolean
sv_ics_export_to_file_full (SvStore            *store,
                            const gint64       *case_ids,
                            guint               n,
                            SvWorkdays         *workdays,
                            const GDate        *today,
                            const char         *path,
                            SvIcsExportCounts  *counts,
                            GError            **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  SvIcsExportCounts counted;

  g_return_val_if_fail (SV_IS_STORE (store), FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(data = build_calendar (store, case_ids, n, workdays, today, &counted, error)))
    return FALSE;
  /* As the JSON export: written beside the target and renamed over it,
   * and 0600 — the case numbers and dates are still about people. */
  if (!g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local))
    {
      g_set_error (error, local->domain, local->code, _("%s cannot be written: %s"), path, local->message);
      return FALSE;
    }
  if (counts != NULL)
    *counts = counted;
  return TRUE;
}

gboolean
sv_ics_export_to_file (SvStore       *store,
                       const gint64  *case_ids,
                       guint          n,
                       SvWorkdays    *workdays,
                       const GDate   *today,
                       const char    *path,
                       GError       **error)
{
  return sv_ics_export_to_file_full (store, case_ids, n, workdays, today, path, NULL, error);
}
