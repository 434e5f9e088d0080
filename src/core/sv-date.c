/* sv-date.c: parsing, validating and formatting calendar dates. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "sv-date.h"
#include "sv-error.h"

#define SV_YEAR_MIN 1900
#define SV_YEAR_MAX 2199

static const char *month_names[] = {
  NULL,
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

static const char *weekday_names[] = {
  NULL,
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

const char *
sv_date_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month]);
}

const char *
sv_date_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_names[weekday]);
}

/* Reads 1 to @max_digits decimal digits; returns the end or NULL. */
static const char *
read_number (const char *p,
             guint       max_digits,
             guint      *value,
             guint      *n_digits)
{
  guint v = 0, n = 0;

  while (g_ascii_isdigit (*p) && n < max_digits)
    {
      v = v * 10 + (guint) (*p - '0');
      p++;
      n++;
    }
  if (n == 0 || g_ascii_isdigit (*p))
    return NULL;
  *value = v;
  *n_digits = n;
  return p;
}

gboolean
sv_date_from_iso (const char *iso,
                  GDate      *out)
{
  guint y, m, d, n;
  const char *p = iso;

  g_return_val_if_fail (out != NULL, FALSE);
  g_date_clear (out, 1);
  if (iso == NULL || strlen (iso) != 10)
    return FALSE;
  if (!(p = read_number (p, 4, &y, &n)) || n != 4 || *p++ != '-' ||
      !(p = read_number (p, 2, &m, &n)) || n != 2 || *p++ != '-' ||
      !(p = read_number (p, 2, &d, &n)) || n != 2 || *p != '\0')
    return FALSE;
  if (y < SV_YEAR_MIN || y > SV_YEAR_MAX || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
sv_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static gboolean
is_separator (char c)
{
  return c == '-' || c == '/' || c == '.' || c == ' ';
}

static gboolean
set_checked (GDate      *out,
             guint       d,
             guint       m,
             guint       y,
             GError    **error)
{
  if (y < SV_YEAR_MIN || y > SV_YEAR_MAX)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("The year %u is outside %d–%d"), y, SV_YEAR_MIN, SV_YEAR_MAX);
      return FALSE;
    }
  if (m < 1 || m > 12)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("There is no month %u: months run from 1 to 12"), m);
      return FALSE;
    }
  if (d < 1 || d > g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y))
    {
      const char *month = sv_date_month_name ((GDateMonth) m);
      /* TRANSLATORS: e.g. "31 February 2026 does not exist: February 2026 has 28 days" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%u %s %u does not exist: %s %u has %u days"),
                   d, month, y, month, y,
                   (guint) g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y));
      return FALSE;
    }
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

gboolean
sv_date_parse_user (const char *text,
                    GDate      *out,
                    GError    **error)
{
  g_autofree char *stripped = NULL;
  guint a, b, c, na, nb, nc;
  const char *p;

  g_return_val_if_fail (out != NULL, FALSE);
  g_date_clear (out, 1);
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  p = stripped;

  if (*p == '\0')
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Enter a date"));
      return FALSE;
    }

  if ((p = read_number (p, 4, &a, &na)) && is_separator (*p) &&
      (p = read_number (p + 1, 2, &b, &nb)) && is_separator (*p) &&
      (p = read_number (p + 1, 4, &c, &nc)) && *p == '\0')
    {
      if (na == 4 && nc <= 2)        /* 2026-12-03 */
        return set_checked (out, c, b, a, error);
      if (na <= 2 && nc == 4)        /* 3-12-2026 */
        return set_checked (out, a, b, c, error);
      if (na <= 2 && nc <= 2)
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("Write the year in full, for example 03-12-2026"));
          return FALSE;
        }
    }

  g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
               _("“%s” is not a date: write day-month-year, for example 03-12-2026"),
               stripped);
  return FALSE;
}

char *
sv_date_format_numeric (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%02u-%02u-%04u", g_date_get_day (date),
                          g_date_get_month (date), g_date_get_year (date));
}

char *
sv_date_format_medium (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: day, month name, year: "3 December 2026" */
  return g_strdup_printf (C_("medium date", "%1$u %2$s %3$u"),
                          (guint) g_date_get_day (date),
                          sv_date_month_name (g_date_get_month (date)),
                          (guint) g_date_get_year (date));
}

static const char *month_abbreviations[] = {
  NULL,
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
  NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
  NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

char *
sv_date_format_short (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: day and abbreviated month, for tight spaces: "3 Dec" */
  return g_strdup_printf (C_("short date", "%1$u %2$s"), (guint) g_date_get_day (date),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation",
                                        month_abbreviations[g_date_get_month (date)]));
}

char *
sv_date_format_long (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: weekday, day, month name, year: "Thursday 3 December 2026" */
  return g_strdup_printf (C_("long date", "%1$s %2$u %3$s %4$u"),
                          sv_date_weekday_name (g_date_get_weekday (date)),
                          (guint) g_date_get_day (date),
                          sv_date_month_name (g_date_get_month (date)),
                          (guint) g_date_get_year (date));
}

void
sv_date_today (GDate *out)
{
  const char *fixed = g_getenv ("SV_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && sv_date_from_iso (fixed, out))
    return;
  now = g_date_time_new_now_local ();
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

int
sv_date_age_on (const GDate *birth,
                const GDate *on)
{
  int years;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), -1);
  g_return_val_if_fail (on != NULL && g_date_valid (on), -1);

  years = (int) g_date_get_year (on) - (int) g_date_get_year (birth);
  if (g_date_get_month (on) < g_date_get_month (birth) ||
      (g_date_get_month (on) == g_date_get_month (birth) &&
       g_date_get_day (on) < g_date_get_day (birth)))
    years--;
  return years;
}

gboolean
sv_date_check_birth (const GDate *birth,
                     const GDate *today,
                     GError     **error)
{
  g_return_val_if_fail (birth != NULL && today != NULL, FALSE);

  if (g_date_valid (birth) && g_date_compare (birth, today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (birth);
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("A date of birth cannot lie in the future (%s)"), shown);
      return FALSE;
    }
  return TRUE;
}

char *
sv_datetime_to_iso (GDateTime *datetime)
{
  g_autoptr(GDateTime) utc = NULL;

  if (datetime == NULL)
    return NULL;
  utc = g_date_time_to_utc (datetime);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

GDateTime *
sv_datetime_from_iso (const char *iso)
{
  g_autoptr(GTimeZone) utc = NULL;
  GDateTime *datetime;

  if (iso == NULL || *iso == '\0')
    return NULL;
  utc = g_time_zone_new_utc ();
  datetime = g_date_time_new_from_iso8601 (iso, utc);
  /* The years dates allow: "0622-11-22T14:03:05Z" would be written back as
   * "622-11-22T…", which no longer reads, and 9999-12-31T23:59Z has no
   * local time east of Greenwich. */
  if (datetime != NULL &&
      (g_date_time_get_year (datetime) < SV_YEAR_MIN || g_date_time_get_year (datetime) > SV_YEAR_MAX))
    g_clear_pointer (&datetime, g_date_time_unref);
  return datetime;
}

char *
sv_datetime_format (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = NULL;
  GDate date;
  g_autofree char *day = NULL;

  if (datetime == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (datetime);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
  day = sv_date_format_medium (&date);
  /* TRANSLATORS: a date and a time of day: "22 November 2026, 15:03" */
  return g_strdup_printf (C_("date and time", "%1$s, %2$02d:%3$02d"), day,
                          g_date_time_get_hour (local),
                          g_date_time_get_minute (local));
}
