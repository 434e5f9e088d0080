/* test-gesprek.c: the rules for planning an interventiegesprek. */
#include <locale.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-ig-plan.h"
#include "sv-workdays.h"

static GDate
day (const char *iso)
{
  GDate date;

  g_assert_true (sv_date_from_iso (iso, &date));
  return date;
}

static void
assert_date (const GDate *date,
             const char  *iso)
{
  g_autofree char *text = sv_date_to_iso (date);

  g_assert_cmpstr (text, ==, iso);
}

/* Two weeks on, moved off a day off to the working day before. */
static void
test_latest_date (void)
{
  static const struct { const char *consultation, *latest; } cases[] = {
    { "2026-12-18", "2026-12-31" },  /* Nieuwjaarsdag 2027 → the year before */
    { "2026-12-11", "2026-12-24" },  /* Eerste Kerstdag */
    { "2027-03-15", "2027-03-25" },  /* Tweede Paasdag, weekend, Goede Vrijdag */
    { "2027-03-02", "2027-03-16" },  /* an ordinary Tuesday */
    { "2027-04-17", "2027-04-30" },  /* Saturday 1 May → Friday */
  };
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  GDate latest;

  g_assert_false (sv_ig_plan_latest_date (plan, workdays, &latest));
  g_assert_false (g_date_valid (&latest));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      plan->vht_consultation = day (cases[i].consultation);
      g_assert_true (sv_ig_plan_latest_date (plan, workdays, &latest));
      assert_date (&latest, cases[i].latest);
    }
}

static void
test_late_needs_reason (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  g_autoptr(GError) error = NULL;
  GDate latest = day ("2026-12-31");
  g_autofree char *latest_text = sv_date_format_long (&latest);

  plan->vht_consultation = day ("2026-12-18");
  plan->date = day ("2026-12-31");
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));

  plan->date = day ("2027-01-04");
  g_assert_false (sv_ig_plan_validate (plan, workdays, FALSE, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, latest_text));
  g_clear_error (&error);

  plan->late_reason = g_strdup ("   ");
  g_assert_false (sv_ig_plan_validate (plan, workdays, FALSE, NULL));
  g_free (plan->late_reason);
  plan->late_reason = g_strdup ("Vader is tot 3 januari opgenomen");
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));
}

/* A day off is allowed with a warning, never refused. */
static void
test_date_warning (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  const char *extra[] = { "2027-03-05", NULL };
  g_autofree char *weekend = NULL;
  g_autofree char *holiday = NULL;
  g_autofree char *day_off = NULL;

  g_assert_null (sv_ig_plan_date_warning (plan, workdays));
  plan->vht_consultation = day ("2027-03-01");
  plan->date = day ("2027-03-08");
  g_assert_null (sv_ig_plan_date_warning (plan, workdays));

  plan->date = day ("2027-03-13");
  weekend = sv_ig_plan_date_warning (plan, workdays);
  g_assert_nonnull (weekend);
  g_assert_nonnull (strstr (weekend, "weekend"));
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));

  plan->date = day ("2027-03-29");
  plan->late_reason = g_strdup ("Na Pasen");
  holiday = sv_ig_plan_date_warning (plan, workdays);
  g_assert_nonnull (holiday);
  g_assert_nonnull (strstr (holiday, sv_workdays_holiday_name (&plan->date)));
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));

  g_assert_true (sv_workdays_set_extra_days (workdays, extra, NULL));
  plan->date = day ("2027-03-05");
  day_off = sv_ig_plan_date_warning (plan, workdays);
  g_assert_nonnull (day_off);
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));
}

static void
test_youth_age (void)
{
  static const struct { const char *birth, *date; SvIgYouthStatus status; } cases[] = {
    { "2019-03-10", "2027-03-10", SV_IG_YOUTH_INVITED },    /* 8 on the day itself */
    { "2019-03-11", "2027-03-10", SV_IG_YOUTH_TOO_YOUNG },  /* 8 the day after */
    { "2019-03-09", "2027-03-10", SV_IG_YOUTH_INVITED },
    { "2012-07-01", "2027-03-10", SV_IG_YOUTH_INVITED },
    { "2020-02-29", "2028-02-28", SV_IG_YOUTH_TOO_YOUNG },
    { "2020-02-29", "2028-02-29", SV_IG_YOUTH_INVITED },
    { "2019-02-28", "2027-02-27", SV_IG_YOUTH_TOO_YOUNG },
  };
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate birth = day (cases[i].birth);
      SvIgYouth *youth = sv_ig_plan_add_youth (plan, "Sam", &birth);

      plan->date = day (cases[i].date);
      g_assert_cmpint (sv_ig_plan_youth_status (plan, youth), ==, cases[i].status);
    }
}

/* Without a date of birth the answer is "ask", whatever the date. */
static void
test_youth_unknown (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  GDate birth = day ("2015-01-01");
  SvIgYouth *unknown, *known;
  gboolean found = FALSE;

  unknown = sv_ig_plan_add_youth (plan, "Noa", NULL);
  known = sv_ig_plan_add_youth (plan, "Daan", &birth);
  /* Without a date, no one's age on it is known. */
  g_assert_cmpint (sv_ig_plan_youth_status (plan, known), ==, SV_IG_YOUTH_BIRTH_UNKNOWN);
  plan->date = day ("2027-03-10");
  g_assert_cmpint (sv_ig_plan_youth_status (plan, unknown), ==, SV_IG_YOUTH_BIRTH_UNKNOWN);
  g_assert_cmpint (sv_ig_plan_youth_status (plan, known), ==, SV_IG_YOUTH_INVITED);

  checks = sv_ig_plan_checklist (plan, workdays);
  for (guint i = 0; i < checks->len; i++)
    {
      const SvIgCheck *check = g_ptr_array_index (checks, i);

      if (g_str_equal (check->id, "youth") && strstr (check->text, "Noa") != NULL)
        {
          g_assert_false (check->done);
          g_assert_nonnull (strstr (check->text, "ask the date of birth"));
          found = TRUE;
        }
    }
  g_assert_true (found);

  /* Left out: only with a reason. */
  known->excluded = TRUE;
  g_assert_cmpint (sv_ig_plan_youth_status (plan, known), ==, SV_IG_YOUTH_EXCLUDED);
  g_assert_false (sv_ig_plan_validate (plan, workdays, FALSE, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Daan"));
  known->exclusion_reason = g_strdup ("Daan wil niet, besproken met de mentor");
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));
}

static void
test_rvdk_gate (void)
{
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  GError *error = NULL;

  g_assert_true (sv_ig_plan_may_plan (plan, NULL));
  plan->kind = SV_IG_KIND_RVDK;

  g_assert_false (sv_ig_plan_may_plan (plan, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "send the completed Veiligheidskaart to the RvdK"));
  g_assert_nonnull (strstr (error->message, "decision to join"));
  g_clear_error (&error);

  plan->rvdk_joins = SV_TRI_YES;
  g_assert_false (sv_ig_plan_may_plan (plan, &error));
  g_assert_nonnull (strstr (error->message, "record the date the Veiligheidskaart was sent"));
  g_assert_null (strstr (error->message, "decision"));
  g_clear_error (&error);

  plan->rvdk_joins = SV_TRI_UNKNOWN;
  plan->rvdk_kaart_sent = day ("2027-03-03");
  g_assert_false (sv_ig_plan_may_plan (plan, &error));
  g_assert_nonnull (strstr (error->message, "record the RvdK’s decision to join"));
  g_assert_null (strstr (error->message, "send the"));
  g_clear_error (&error);

  plan->rvdk_joins = SV_TRI_NO;
  g_assert_false (sv_ig_plan_may_plan (plan, &error));
  g_assert_nonnull (strstr (error->message, "decided not to join"));
  g_clear_error (&error);

  plan->rvdk_joins = SV_TRI_YES;
  g_assert_true (sv_ig_plan_may_plan (plan, &error));
  g_assert_no_error (error);
}

/* The third working day before, not counting the day itself. */
static void
test_kaart_due (void)
{
  static const struct { const char *date, *due; } cases[] = {
    { "2027-03-08", "2027-03-03" },  /* Monday: over the weekend */
    { "2027-03-10", "2027-03-05" },  /* Wednesday: Friday before */
    { "2027-03-31", "2027-03-24" },  /* over Tweede Paasdag and Goede Vrijdag */
    { "2027-01-04", "2026-12-29" },  /* over Nieuwjaarsdag and the weekend */
  };
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  GDate due, prep;
  int minutes;

  g_assert_false (sv_ig_plan_kaart_due (plan, workdays, &due));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      plan->date = day (cases[i].date);
      g_assert_true (sv_ig_plan_kaart_due (plan, workdays, &due));
      assert_date (&due, cases[i].due);
    }

  /* Preparation: half an hour earlier, the same day; needs a time. */
  g_assert_false (sv_ig_plan_preparation (plan, workdays, &prep, &minutes));
  plan->minutes = 10 * 60;
  g_assert_true (sv_ig_plan_preparation (plan, workdays, &prep, &minutes));
  assert_date (&prep, "2027-01-04");
  g_assert_cmpint (minutes, ==, 9 * 60 + 30);
}

static void
test_safety_final (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  g_autoptr(GError) error = NULL;

  plan->vht_consultation = day ("2027-03-01");
  g_assert_true (sv_ig_plan_validate (plan, workdays, FALSE, NULL));
  g_assert_false (sv_ig_plan_validate (plan, workdays, TRUE, NULL));
  plan->date = day ("2027-03-10");
  g_assert_false (sv_ig_plan_validate (plan, workdays, TRUE, &error));
  g_assert_nonnull (strstr (error->message, "Safety"));
  g_clear_error (&error);

  plan->safety = SV_IG_SAFETY_OTHER;
  g_assert_false (sv_ig_plan_validate (plan, workdays, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "other measure"));
  g_clear_error (&error);
  plan->safety_other = g_strdup ("Aparte ingangen voor de ouders");
  g_assert_true (sv_ig_plan_validate (plan, workdays, TRUE, NULL));

  plan->safety = SV_IG_SAFETY_POLICE_PRESENT | SV_IG_SAFETY_INDEPENDENT_CHAIR;
  g_assert_true (sv_ig_plan_validate (plan, workdays, TRUE, NULL));

  plan->minutes = 24 * 60;
  g_assert_false (sv_ig_plan_validate (plan, workdays, FALSE, NULL));
}

static const SvIgCheck *
look_up_check (GPtrArray  *checks,
               const char *id)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const SvIgCheck *check = g_ptr_array_index (checks, i);

      if (g_str_equal (check->id, id))
        return check;
    }
  return NULL;
}

/* A check that must be there: a missing one fails here, never NULL. */
static const SvIgCheck *
find_check (GPtrArray  *checks,
            const char *id)
{
  const SvIgCheck *check = look_up_check (checks, id);

  if (check == NULL)
    g_error ("the checklist has no check “%s”", id);
  return check;
}

static void
test_checklist (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvIgPlan) plan = sv_ig_plan_new ();
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GDate birth = day ("2016-05-01");
  GDate due = day ("2027-03-05");
  g_autofree char *due_text = sv_date_format_long (&due);

  plan->kind = SV_IG_KIND_RVDK;
  plan->vht_consultation = day ("2027-03-01");
  sv_ig_plan_add_youth (plan, "Lotte", &birth);

  before = sv_ig_plan_checklist (plan, workdays);
  g_assert_false (find_check (before, "rvdk-kaart")->done);
  g_assert_false (find_check (before, "rvdk-decision")->done);
  g_assert_false (find_check (before, "date")->done);
  g_assert_false (find_check (before, "time")->done);
  g_assert_false (find_check (before, "youth")->done);
  g_assert_false (find_check (before, "safety")->done);
  g_assert_false (find_check (before, "kaart-definitief")->done);

  plan->rvdk_kaart_sent = day ("2027-03-02");
  plan->rvdk_joins = SV_TRI_YES;
  plan->date = day ("2027-03-10");
  plan->minutes = 14 * 60;
  plan->safety = SV_IG_SAFETY_SECURITY_INFORMED;
  after = sv_ig_plan_checklist (plan, workdays);
  for (guint i = 0; i < after->len; i++)
    {
      const SvIgCheck *check = g_ptr_array_index (after, i);

      g_assert_cmpstr (check->text, !=, "");
      g_assert_true (check->done || g_str_equal (check->id, "kaart-definitief"));
    }
  g_assert_nonnull (strstr (find_check (after, "youth")->text, "invited"));
  g_assert_nonnull (strstr (find_check (after, "kaart-definitief")->text, due_text));
  g_assert_true (sv_ig_plan_validate (plan, workdays, TRUE, NULL));

  /* A voluntary conversation has no RvdK items. */
  plan->kind = SV_IG_KIND_VOLUNTARY;
  g_clear_pointer (&after, g_ptr_array_unref);
  after = sv_ig_plan_checklist (plan, workdays);
  g_assert_null (look_up_check (after, "rvdk-kaart"));
  g_assert_null (look_up_check (after, "rvdk-decision"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gesprek/latest-date", test_latest_date);
  g_test_add_func ("/gesprek/late-needs-reason", test_late_needs_reason);
  g_test_add_func ("/gesprek/date-warning", test_date_warning);
  g_test_add_func ("/gesprek/youth-age", test_youth_age);
  g_test_add_func ("/gesprek/youth-unknown", test_youth_unknown);
  g_test_add_func ("/gesprek/rvdk-gate", test_rvdk_gate);
  g_test_add_func ("/gesprek/kaart-due", test_kaart_due);
  g_test_add_func ("/gesprek/safety-final", test_safety_final);
  g_test_add_func ("/gesprek/checklist", test_checklist);
  return g_test_run ();
}
