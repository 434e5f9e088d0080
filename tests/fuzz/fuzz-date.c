/* fuzz-date.c: the parsers of dates and times people type or files hold:
 * sv_date_parse_user(), sv_date_from_iso(), sv_datetime_from_iso() and
 * sv_minutes_parse().
 *
 * Besides not crashing, each keeps its promises for any input: what it
 * accepts is a valid date that reads back to itself, a refusal comes with
 * a message, and a time is accepted only in the forms the field documents
 * ("9", "09:30", "9.30", "0930"). */
#include "config.h"

#include "sv-date.h"
#include "sv-fuzz.h"
#include "sv-meeting.h"

static GRegex *time_form;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  time_form = g_regex_new ("^[0-9]{1,2}([:.][0-9]{2})?$|^[0-9]{4}$", 0, 0, NULL);
  return 0;
}

static void
check_user_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate date, again;

  if (sv_date_parse_user (text, &date, &error))
    {
      g_autofree char *numeric = sv_date_format_numeric (&date);
      g_autofree char *iso = sv_date_to_iso (&date);

      if (error != NULL || !g_date_valid (&date) || iso == NULL)
        g_error ("accepted %s as an invalid date", text);
      if (!sv_date_parse_user (numeric, &again, NULL) || g_date_compare (&date, &again) != 0)
        g_error ("%s does not read back as itself", numeric);
      if (!sv_date_from_iso (iso, &again) || g_date_compare (&date, &again) != 0)
        g_error ("%s does not read back as itself", iso);
    }
  else if (error == NULL || error->message[0] == '\0' || g_date_valid (&date))
    g_error ("refused a date without saying why");
}

static void
check_iso_date (const char *text)
{
  GDate date;

  if (sv_date_from_iso (text, &date))
    {
      g_autofree char *iso = sv_date_to_iso (&date);

      if (g_strcmp0 (iso, text) != 0)
        g_error ("%s reads as %s", text, iso);
    }
  else if (g_date_valid (&date))
    g_error ("a refused date is left set");
}

static void
check_datetime (const char *text)
{
  g_autoptr(GDateTime) datetime = sv_datetime_from_iso (text);

  if (datetime != NULL)
    {
      g_autofree char *iso = sv_datetime_to_iso (datetime);
      g_autoptr(GDateTime) again = sv_datetime_from_iso (iso);

      /* Timestamps are stored to the second. */
      if (again == NULL || g_date_time_to_unix (datetime) != g_date_time_to_unix (again))
        g_error ("%s does not read back as itself", iso);
      g_free (sv_datetime_format (datetime));
    }
}

static void
check_minutes (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int minutes = -1;

  if (sv_minutes_parse (text, &minutes, &error))
    {
      g_autofree char *formatted = sv_minutes_format (minutes);
      int again = -1;

      if (minutes < 0 || minutes >= 24 * 60)
        g_error ("%s gives %d minutes after midnight", text, minutes);
      if (!g_regex_match (time_form, stripped, 0, NULL))
        g_error ("accepted \"%s\" as a time", stripped);
      if (!sv_minutes_parse (formatted, &again, NULL) || again != minutes)
        g_error ("%s does not read back as itself", formatted);
    }
  else if (error == NULL)
    g_error ("refused a time without saying why");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = sv_fuzz_string (data, size);

  check_user_date (text);
  check_iso_date (text);
  check_datetime (text);
  check_minutes (text);
  return 0;
}
