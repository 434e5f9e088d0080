/* test-i18n.c: a person with LANGUAGE=nl reads Dutch, dates included. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sv-date.h"
#include "sv-enums.h"
#include "sv-error.h"
#include "sv-ig-plan.h"

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

/* The refusal of a late interventiegesprek names the latest date in full. */
static void
test_dutch_gesprek (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sv_date_from_iso ("2026-12-18", &plan->vht_consultation));
  g_assert_true (sv_date_from_iso ("2027-01-04", &plan->date));
  g_assert_false (sv_ig_plan_validate (plan, workdays, FALSE, &error));
  g_assert_cmpstr (error->message, ==,
                   "Datum van het interventiegesprek: de uiterste datum is donderdag 31 december 2026 "
                   "(twee weken na het VeiligheidsTeam); een latere datum kan alleen met een reden");
  g_clear_error (&error);

  plan->kind = SV_IG_KIND_RVDK;
  g_assert_true (sv_date_from_iso ("2026-12-21", &plan->rvdk_kaart_sent));
  g_assert_false (sv_ig_plan_may_plan (plan, &error));
  g_assert_cmpstr (error->message, ==,
                   "Met de RvdK kan het gesprek nog niet gepland worden: de Veiligheidskaart is op "
                   "maandag 21 december 2026 verstuurd; leg het besluit van de RvdK om aan te sluiten vast");
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
  g_test_add_func ("/i18n/dutch-gesprek", test_dutch_gesprek);
  return g_test_run ();
}
