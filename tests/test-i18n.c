/* test-i18n.c: a person with LANGUAGE=nl reads Dutch, dates included. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sv-date.h"
#include "sv-enums.h"

static void
test_dutch_dates (void)
{
  GDate d;
  g_autofree char *longer = NULL;
  g_autofree char *medium = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 22, 15, 3, 0);
  g_autofree char *stamp = sv_datetime_format (when);

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 3, G_DATE_DECEMBER, 2026);
  longer = sv_date_format_long (&d);
  medium = sv_date_format_medium (&d);
  g_assert_cmpstr (longer, ==, "donderdag 3 december 2026");
  g_assert_cmpstr (medium, ==, "3 december 2026");
  g_assert_cmpstr (stamp, ==, "22 november 2026, 15:03");
}

static void
test_dutch_vocabulary (void)
{
  g_assert_cmpstr (sv_member_role_label (SV_MEMBER_ROLE_JEUGDIGE), ==, "Jeugdige");
  g_assert_cmpstr (sv_report_kind_label (SV_REPORT_KIND_ZORGELIJKE_MELDING), ==, "Zorgelijke melding");
  g_assert_cmpstr (sv_meeting_circle_label (SV_MEETING_CIRCLE_FLEXIBELE_SCHIL), ==, "Flexibele schil");
}

static void
test_dutch_errors (void)
{
  g_autoptr(GError) error = NULL;
  GDate d;

  g_assert_false (sv_date_parse_user ("31-02-2026", &d, &error));
  g_assert_cmpstr (error->message, ==, "31 februari 2026 bestaat niet: februari 2026 heeft 28 dagen");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (!g_file_test (BUILD_LOCALEDIR "/nl/LC_MESSAGES/" GETTEXT_PACKAGE ".mo", G_FILE_TEST_EXISTS))
    {
      g_printerr ("The Dutch catalogue was not built: %s\n", BUILD_LOCALEDIR);
      return 1;
    }
  g_test_add_func ("/i18n/dutch-dates", test_dutch_dates);
  g_test_add_func ("/i18n/dutch-vocabulary", test_dutch_vocabulary);
  g_test_add_func ("/i18n/dutch-errors", test_dutch_errors);
  return g_test_run ();
}
