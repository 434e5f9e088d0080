/* sv-workdays.c: feestdagen of the Algemene termijnenwet and counting in
 * working days. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-workdays.h"

struct _SvWorkdays
{
  gatomicrefcount  ref_count;
  GHashTable      *extra;   /* julian day → itself: extra days off */
};

G_DEFINE_BOXED_TYPE (SvWorkdays, sv_workdays, sv_workdays_ref, sv_workdays_unref)

SvWorkdays *
sv_workdays_new (void)
{
  SvWorkdays *self = g_new0 (SvWorkdays, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->extra = g_hash_table_new (NULL, NULL);
  return self;
}

SvWorkdays *
sv_workdays_ref (SvWorkdays *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
sv_workdays_unref (SvWorkdays *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->extra);
      g_free (self);
    }
}

gboolean
sv_workdays_set_extra_days (SvWorkdays  *self,
                            const char **iso_dates,
                            GError     **error)
{
  g_autoptr(GHashTable) extra = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; iso_dates != NULL && iso_dates[i] != NULL; i++)
    {
      GDate date;

      if (!sv_date_from_iso (iso_dates[i], &date))
        {
          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       _("Extra day off: “%s” is not a date (YYYY-MM-DD)"), iso_dates[i]);
          return FALSE;
        }
      g_hash_table_add (extra, GUINT_TO_POINTER (g_date_get_julian (&date)));
    }
  g_hash_table_unref (self->extra);
  self->extra = g_steal_pointer (&extra);
  return TRUE;
}

/* The "anonymous Gregorian algorithm" (Meeus/Jones/Butcher). */
void
sv_easter_sunday (guint  year,
                  GDate *out)
{
  guint a = year % 19, b = year / 100, c = year % 100;
  guint d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  guint h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4, k = c % 4;
  guint l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31;
  guint day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

const char *
sv_workdays_holiday_name (const GDate *date)
{
  GDate easter;
  int from_easter;
  guint day, month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_date_get_day (date);
  month = g_date_get_month (date);
  if (day == 1 && month == 1)
    return C_("holiday", "New Year's Day");
  if (day == 5 && month == 5)
    return C_("holiday", "Liberation Day (5 May)");
  if (month == 12 && day == 25)
    return C_("holiday", "Christmas Day");
  if (month == 12 && day == 26)
    return C_("holiday", "Boxing Day");
  if (month == 4 && (day == 27 || day == 26))
    {
      /* Koningsdag moves to Saturday 26 April when the 27th is a Sunday. */
      GDate the_27th;

      g_date_clear (&the_27th, 1);
      g_date_set_dmy (&the_27th, 27, G_DATE_APRIL, g_date_get_year (date));
      if ((day == 27) == (g_date_get_weekday (&the_27th) != G_DATE_SUNDAY))
        return C_("holiday", "King's Day");
    }

  sv_easter_sunday (g_date_get_year (date), &easter);
  from_easter = (int) g_date_get_julian (date) - (int) g_date_get_julian (&easter);
  switch (from_easter)
    {
    case -2:
      return C_("holiday", "Good Friday");
    case 1:
      return C_("holiday", "Easter Monday");
    case 39:
      return C_("holiday", "Ascension Day");
    case 50:
      return C_("holiday", "Whit Monday");
    default:
      return NULL;
    }
}

/* The feestdagen of a year as bits by day of the year, made on the
 * year's first use: the deadlines of every case ask for working days
 * about a million times, and sv_workdays_holiday_name() works out Easter
 * each time. */
#define BITS_FIRST_YEAR 1900
#define BITS_LAST_YEAR  2199

typedef struct {
  gsize   done;     /* g_once_init_enter() */
  guint32 jan1;     /* julian day of 1 January */
  guint64 bits[6];  /* bit (day of the year − 1) */
} HolidayYear;

static HolidayYear holiday_years[BITS_LAST_YEAR - BITS_FIRST_YEAR + 1];

static const HolidayYear *
holiday_year (guint year)
{
  HolidayYear *y = &holiday_years[year - BITS_FIRST_YEAR];

  if (g_once_init_enter (&y->done))
    {
      guint n_days = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, G_DATE_JANUARY, (GDateYear) year);
      y->jan1 = g_date_get_julian (&day);
      for (guint i = 0; i < n_days; i++, g_date_add_days (&day, 1))
        if (sv_workdays_holiday_name (&day) != NULL)
          y->bits[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
      g_once_init_leave (&y->done, 1);
    }
  return y;
}

gboolean
sv_workdays_is_working_day (SvWorkdays  *self,
                            const GDate *date)
{
  GDateWeekday weekday;
  const HolidayYear *y;
  guint year, i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  weekday = g_date_get_weekday (date);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    return FALSE;
  if (g_hash_table_size (self->extra) > 0 &&
      g_hash_table_contains (self->extra, GUINT_TO_POINTER (g_date_get_julian (date))))
    return FALSE;
  year = g_date_get_year (date);
  if (year < BITS_FIRST_YEAR || year > BITS_LAST_YEAR)
    return sv_workdays_holiday_name (date) == NULL;
  y = holiday_year (year);
  i = g_date_get_julian (date) - y->jan1;
  return (y->bits[i / 64] & (G_GUINT64_CONSTANT (1) << (i % 64))) == 0;
}

void
sv_workdays_count (SvWorkdays  *self,
                   const GDate *from,
                   int          n,
                   GDate       *out)
{
  int step = n >= 0 ? 1 : -1;
  int left = ABS (n);

  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL && g_date_valid (from));

  *out = *from;
  while (left > 0)
    {
      if (step > 0)
        g_date_add_days (out, 1);
      else
        g_date_subtract_days (out, 1);
      if (sv_workdays_is_working_day (self, out))
        left--;
    }
}

void
sv_workdays_previous_or_same (SvWorkdays  *self,
                              const GDate *date,
                              GDate       *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL && g_date_valid (date));

  *out = *date;
  while (!sv_workdays_is_working_day (self, out))
    g_date_subtract_days (out, 1);
}
