/* test-traject.c: the Interventieteam's path as a state machine — every
 * allowed and every refused move with its reason, the time limits (6
 * weeks, 18 hours, 3 and 6 months), the log — and the VeiligheidsTeam's
 * interventions 1–5. */
#include <locale.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-traject.h"
#include "sv-vht-intervention.h"

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (sv_date_from_iso (iso, date));
}

/* A case that meets every requirement: each move the process has is
 * allowed, so what is refused is refused by the process alone. */
static SvTraject *
ready_traject (SvTrajectStep step)
{
  SvTraject *t = sv_traject_new ();

  t->case_id = 1;
  t->step = step;
  set_date (&t->since, "2024-01-15");
  set_date (&t->received, "2024-01-02");
  t->report_kind = SV_REPORT_KIND_ZORGELIJKE_MELDING;
  t->consent_ok = TRUE;
  t->it_medewerker = TRUE;
  t->casusregisseur = TRUE;
  t->adviesverslag = TRUE;
  t->gespreksverslagen = TRUE;
  t->zorgjournaal = TRUE;
  t->plan_goedgekeurd = TRUE;
  set_date (&t->it_first_discussion, "2024-01-15");
  set_date (&t->traject_v_start, "2024-01-15");
  return t;
}

/* The process, written out by hand from seed 001 Bijlage 2 rather than
 * read from the model's table. */
static const struct {
  SvTrajectStep from;
  SvTrajectStep to;
} edges[] = {
  { SV_TRAJECT_STEP_ONTVANGEN, SV_TRAJECT_STEP_TRIAGE },
  { SV_TRAJECT_STEP_TRIAGE, SV_TRAJECT_STEP_EERSTE_BESPREKING },
  { SV_TRAJECT_STEP_EERSTE_BESPREKING, SV_TRAJECT_STEP_ONDERZOEK },
  { SV_TRAJECT_STEP_ONDERZOEK, SV_TRAJECT_STEP_ADVIES },
  { SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_I },
  { SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_II },
  { SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_III },
  { SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_IV },
  { SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_V },
  { SV_TRAJECT_STEP_TRAJECT_IV, SV_TRAJECT_STEP_TRAJECT_I },
  { SV_TRAJECT_STEP_TRAJECT_IV, SV_TRAJECT_STEP_TRAJECT_II },
  { SV_TRAJECT_STEP_TRAJECT_IV, SV_TRAJECT_STEP_TRAJECT_III },
  { SV_TRAJECT_STEP_TRAJECT_I, SV_TRAJECT_STEP_AFGEROND },
  { SV_TRAJECT_STEP_TRAJECT_II, SV_TRAJECT_STEP_AFGEROND },
  { SV_TRAJECT_STEP_TRAJECT_III, SV_TRAJECT_STEP_AFGEROND },
  { SV_TRAJECT_STEP_TRAJECT_V, SV_TRAJECT_STEP_AFGEROND },
};

static gboolean
expected_edge (SvTrajectStep from,
               SvTrajectStep to)
{
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    if (edges[i].from == from && edges[i].to == to)
      return TRUE;
  return FALSE;
}

/* All 11 × 11 pairs: the edges are allowed, every other pair refused with
 * the reason that fits it. */
static void
test_every_pair (void)
{
  GDate today;
  guint allowed = 0, refused = 0;

  set_date (&today, "2024-12-01");  /* Traject V's six months are over */
  for (guint f = 0; f < SV_TRAJECT_N_STEPS; f++)
    for (guint t = 0; t < SV_TRAJECT_N_STEPS; t++)
      {
        g_autoptr(SvTraject) traject = ready_traject ((SvTrajectStep) f);
        g_autofree char *why = NULL;
        gboolean ok = sv_traject_can_move (traject, (SvTrajectStep) t, NULL, &today, &why);

        g_assert_cmpint (sv_traject_is_edge (f, t), ==, expected_edge (f, t));
        if (expected_edge (f, t))
          {
            g_assert_true (ok);
            g_assert_null (why);
            allowed++;
            continue;
          }
        g_assert_false (ok);
        g_assert_nonnull (why);
        refused++;
        if (f == SV_TRAJECT_STEP_AFGEROND)
          g_assert_cmpstr (why, ==, "The report is closed: no step follows.");
        else if (f == t)
          g_assert_true (g_str_has_prefix (why, "The case is already at “"));
        else
          {
            g_autofree char *prefix = g_strdup_printf ("From “%s” the report goes only to “",
                                                      sv_traject_step_label (f));

            g_assert_true (g_str_has_prefix (why, prefix));
          }
      }
  g_assert_cmpuint (allowed, ==, G_N_ELEMENTS (edges));
  g_assert_cmpuint (refused, ==, SV_TRAJECT_N_STEPS * SV_TRAJECT_N_STEPS - G_N_ELEMENTS (edges));
}

static void
test_refusal_names_next (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_ONTVANGEN);
  g_autoptr(SvTraject) iv = ready_traject (SV_TRAJECT_STEP_TRAJECT_IV);
  g_autofree char *why = NULL;
  g_autofree char *why_iv = NULL;

  g_assert_false (sv_traject_can_move (t, SV_TRAJECT_STEP_TRAJECT_III, NULL, NULL, &why));
  g_assert_cmpstr (why, ==, "From “Report received” the report goes only to “Screening/triage”.");
  g_assert_false (sv_traject_can_move (iv, SV_TRAJECT_STEP_AFGEROND, NULL, NULL, &why_iv));
  g_assert_cmpstr (why_iv, ==, "From “Traject IV” the report goes only to “Traject I”, “Traject II” or “Traject III”.");
}

static void
assert_refused (SvTraject    *t,
                SvTrajectStep to,
                const GDate  *today,
                const char   *reason)
{
  g_autofree char *why = NULL;

  g_assert_false (sv_traject_can_move (t, to, NULL, today, &why));
  g_assert_cmpstr (why, ==, reason);
  g_assert_false (sv_traject_allowed_steps (t, NULL, today) & (1u << to));
}

static void
assert_allowed (SvTraject    *t,
                SvTrajectStep to,
                const GDate  *today)
{
  g_autofree char *why = NULL;

  g_assert_true (sv_traject_can_move (t, to, NULL, today, &why));
  g_assert_null (why);
  g_assert_true (sv_traject_allowed_steps (t, NULL, today) & (1u << to));
}

static void
test_consent (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_ONTVANGEN);

  t->consent_ok = FALSE;
  assert_refused (t, SV_TRAJECT_STEP_TRIAGE, NULL,
                  "A zorgelijke melding needs the residents’ consent: record the consent "
                  "(or direct unsafety or a zorgmijder) before screening.");
  /* A zorgmelding from Veilig Thuis needs none. */
  t->report_kind = SV_REPORT_KIND_ZORGMELDING;
  assert_allowed (t, SV_TRAJECT_STEP_TRIAGE, NULL);
  t->report_kind = SV_REPORT_KIND_ZORGELIJKE_MELDING;
  t->consent_ok = TRUE;
  assert_allowed (t, SV_TRAJECT_STEP_TRIAGE, NULL);
}

static void
test_it_medewerker (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_EERSTE_BESPREKING);

  t->it_medewerker = FALSE;
  assert_refused (t, SV_TRAJECT_STEP_ONDERZOEK, NULL,
                  "The first discussion links an IT-medewerker: give one a role on the case "
                  "before the investigation starts.");
  t->it_medewerker = TRUE;
  assert_allowed (t, SV_TRAJECT_STEP_ONDERZOEK, NULL);
}

static void
test_adviesverslag (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_ADVIES);
  g_autoptr(SvTraject) iv = ready_traject (SV_TRAJECT_STEP_TRAJECT_IV);

  t->adviesverslag = FALSE;
  assert_refused (t, SV_TRAJECT_STEP_TRAJECT_III, NULL,
                  "Traject III needs the adviesverslag of the IT-medewerker: mark it complete first.");
  assert_refused (t, SV_TRAJECT_STEP_TRAJECT_IV, NULL,
                  "Traject IV needs the adviesverslag of the IT-medewerker: mark it complete first.");
  assert_refused (t, SV_TRAJECT_STEP_TRAJECT_V, NULL,
                  "Traject V needs the adviesverslag of the IT-medewerker: mark it complete first.");
  /* Traject I and II need none. */
  assert_allowed (t, SV_TRAJECT_STEP_TRAJECT_I, NULL);
  assert_allowed (t, SV_TRAJECT_STEP_TRAJECT_II, NULL);
  iv->adviesverslag = FALSE;
  assert_refused (iv, SV_TRAJECT_STEP_TRAJECT_III, NULL,
                  "Traject III needs the adviesverslag of the IT-medewerker: mark it complete first.");
  assert_allowed (iv, SV_TRAJECT_STEP_TRAJECT_II, NULL);
  t->adviesverslag = TRUE;
  for (SvTrajectStep s = SV_TRAJECT_STEP_TRAJECT_I; s <= SV_TRAJECT_STEP_TRAJECT_V; s++)
    assert_allowed (t, s, NULL);
}

static void
test_closing_checklist (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_TRAJECT_II);
  g_autoptr(SvTraject) iii = ready_traject (SV_TRAJECT_STEP_TRAJECT_III);

  t->gespreksverslagen = FALSE;
  t->zorgjournaal = FALSE;
  t->plan_goedgekeurd = FALSE;
  t->adviesverslag = FALSE;
  /* Traject II needs no adviesverslag… */
  assert_refused (t, SV_TRAJECT_STEP_AFGEROND, NULL,
                  "Closing the report needs the conversation reports, a complete zorgjournaal, "
                  "the jointly approved veiligheids-, herstel- or gezinsplan.");
  /* …unless the case went through Traject IV. */
  t->passed_iv = TRUE;
  t->gespreksverslagen = TRUE;
  t->zorgjournaal = TRUE;
  t->plan_goedgekeurd = TRUE;
  assert_refused (t, SV_TRAJECT_STEP_AFGEROND, NULL, "Closing the report needs the complete adviesverslag.");
  t->adviesverslag = TRUE;
  assert_allowed (t, SV_TRAJECT_STEP_AFGEROND, NULL);

  iii->adviesverslag = FALSE;
  assert_refused (iii, SV_TRAJECT_STEP_AFGEROND, NULL, "Closing the report needs the complete adviesverslag.");
  iii->adviesverslag = TRUE;
  iii->casusregisseur = FALSE;
  assert_refused (iii, SV_TRAJECT_STEP_AFGEROND, NULL,
                  "Traject III names a casusregisseur: give one a role on the case before closing.");
  iii->casusregisseur = TRUE;
  assert_allowed (iii, SV_TRAJECT_STEP_AFGEROND, NULL);
}

/* Traject V closes after six months (it-traject-v-einde, shifted to a
 * working day): refused the day before, allowed on the day. */
static void
test_traject_v_six_months (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_TRAJECT_V);
  GDate day;

  set_date (&t->traject_v_start, "2024-05-20");
  set_date (&day, "2024-11-19");
  assert_refused (t, SV_TRAJECT_STEP_AFGEROND, &day, "Traject V closes after six months, on 20 November 2024.");
  set_date (&day, "2024-11-20");
  assert_allowed (t, SV_TRAJECT_STEP_AFGEROND, &day);
  /* Without the start fact, the day the case entered the step counts. */
  g_date_clear (&t->traject_v_start, 1);
  set_date (&t->since, "2024-06-01");
  assert_refused (t, SV_TRAJECT_STEP_AFGEROND, &day, "Traject V closes after six months, on 29 November 2024.");
}

static void
test_unknown_step (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_ONTVANGEN);
  SvTrajectLimit limit;
  GDate visited[SV_TRAJECT_N_STEPS];

  t->unknown_step = g_strdup ("traject-6");
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    assert_refused (t, (SvTrajectStep) i, NULL,
                    "The case stands at “traject-6”, a step this version does not know. It is shown as "
                    "stored and cannot be moved; ask the application manager to correct it.");
  g_assert_cmpuint (sv_traject_allowed_steps (t, NULL, NULL), ==, 0);
  sv_traject_limit (t, NULL, NULL, &limit);
  g_assert_cmpint (limit.kind, ==, SV_TRAJECT_LIMIT_NONE);
  sv_traject_visited (t, NULL, visited);
  g_assert_true (g_date_valid (&visited[SV_TRAJECT_STEP_ONTVANGEN]));
  for (guint i = 1; i < SV_TRAJECT_N_STEPS; i++)
    g_assert_false (g_date_valid (&visited[i]));
}

static void
test_nicks (void)
{
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      SvTrajectStep back;

      g_assert_true (sv_traject_step_from_nick (sv_traject_step_to_nick (i), &back));
      g_assert_cmpint (back, ==, i);
      g_assert_nonnull (sv_traject_step_label (i));
      g_assert_nonnull (sv_traject_step_description (i));
    }
  g_assert_cmpstr (sv_traject_step_to_nick (SV_TRAJECT_STEP_TRAJECT_III), ==, "traject-3");
  g_assert_false (sv_traject_step_from_nick ("traject-6", NULL));
  g_assert_false (sv_traject_step_from_nick (NULL, NULL));
  g_assert_true (sv_traject_step_is_decision (SV_TRAJECT_STEP_ADVIES));
  g_assert_false (sv_traject_step_is_decision (SV_TRAJECT_STEP_TRIAGE));
  g_assert_true (sv_traject_step_is_outcome (SV_TRAJECT_STEP_TRAJECT_I));
  g_assert_true (sv_traject_step_is_outcome (SV_TRAJECT_STEP_TRAJECT_V));
  g_assert_false (sv_traject_step_is_outcome (SV_TRAJECT_STEP_AFGEROND));
}

/* Six weeks from the first discussion (it-onderzoek-einde): 27 April 2024
 * + 6 weeks is Saturday 8 June, shifted to Friday 7 June. */
static void
test_limit_weeks (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_ONDERZOEK);
  g_autofree char *text = NULL;
  g_autofree char *over = NULL;
  SvTrajectLimit limit;
  GDate today, due;

  set_date (&t->it_first_discussion, "2024-04-27");
  set_date (&today, "2024-05-13");
  sv_traject_limit (t, NULL, &today, &limit);
  g_assert_cmpint (limit.kind, ==, SV_TRAJECT_LIMIT_WEEKS);
  set_date (&due, "2024-06-07");
  g_assert_cmpint (g_date_compare (&limit.due, &due), ==, 0);
  g_assert_cmpint (limit.used, ==, 16);
  g_assert_cmpint (limit.total, ==, 41);
  g_assert_false (limit.over);
  text = sv_traject_limit_describe (&limit);
  g_assert_cmpstr (text, ==, "Week 3 of 6, until 7 June 2024");

  set_date (&today, "2024-06-07");
  sv_traject_limit (t, NULL, &today, &limit);
  g_assert_false (limit.over);
  set_date (&today, "2024-06-08");
  sv_traject_limit (t, NULL, &today, &limit);
  g_assert_true (limit.over);
  over = sv_traject_limit_describe (&limit);
  g_assert_cmpstr (over, ==, "Over 6 weeks: the investigation ended on 7 June 2024");

  /* Other steps have no limit. */
  t->step = SV_TRAJECT_STEP_TRIAGE;
  sv_traject_limit (t, NULL, &today, &limit);
  g_assert_cmpint (limit.kind, ==, SV_TRAJECT_LIMIT_NONE);
  g_assert_null (sv_traject_limit_describe (&limit));
}

static void
test_limit_hours (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_TRAJECT_IV);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SvTrajectLimit limit;

  t->iv_minutes = 12 * 60 + 30;
  sv_traject_limit (t, NULL, NULL, &limit);
  g_assert_cmpint (limit.kind, ==, SV_TRAJECT_LIMIT_HOURS);
  g_assert_cmpint (limit.used, ==, 750);
  g_assert_cmpint (limit.total, ==, 1080);
  g_assert_false (limit.over);
  text = sv_traject_limit_describe (&limit);
  g_assert_cmpstr (text, ==, "12:30 of 18 hours of help");

  g_assert_true (sv_traject_check_iv_minutes (0, NULL));
  g_assert_true (sv_traject_check_iv_minutes (18 * 60, NULL));
  g_assert_false (sv_traject_check_iv_minutes (18 * 60 + 1, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Traject IV is at most 18 hours of help; 18:01 hours cannot be logged.");
}

static void
test_limit_months (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_TRAJECT_V);
  g_autofree char *text = NULL;
  SvTrajectLimit limit;
  GDate today, mdo, due;

  set_date (&t->traject_v_start, "2024-05-20");
  set_date (&today, "2024-07-01");
  sv_traject_limit (t, NULL, &today, &limit);
  g_assert_cmpint (limit.kind, ==, SV_TRAJECT_LIMIT_MONTHS);
  set_date (&mdo, "2024-08-20");
  set_date (&due, "2024-11-20");
  g_assert_cmpint (g_date_compare (&limit.mdo, &mdo), ==, 0);
  g_assert_cmpint (g_date_compare (&limit.due, &due), ==, 0);
  g_assert_cmpint (limit.used, ==, 42);
  g_assert_cmpint (limit.total, ==, 184);
  text = sv_traject_limit_describe (&limit);
  g_assert_cmpstr (text, ==, "MDO on 20 August 2024, closing on 20 November 2024");
}

static SvTrajectMove *
logged (const char *from,
        const char *to,
        const char *on)
{
  SvTrajectMove *move = sv_traject_move_new ();

  move->from_step = g_strdup (from);
  move->to_step = g_strdup (to);
  set_date (&move->on, on);
  move->who = g_strdup ("Ineke de Vries");
  return move;
}

static void
test_log (void)
{
  g_autoptr(SvTraject) t = ready_traject (SV_TRAJECT_STEP_TRAJECT_II);
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_traject_move_free);
  g_autoptr(SvTrajectMove) copy = NULL;
  GDate visited[SV_TRAJECT_N_STEPS];
  GDate expect;

  g_ptr_array_add (moves, logged ("ontvangen", "triage", "2024-01-03"));
  g_ptr_array_add (moves, logged ("triage", "eerste-bespreking", "2024-01-08"));
  g_ptr_array_add (moves, logged ("eerste-bespreking", "onderzoek", "2024-01-09"));
  g_ptr_array_add (moves, logged ("onderzoek", "advies", "2024-02-19"));
  g_assert_false (sv_traject_log_passed_iv (moves));
  g_ptr_array_add (moves, logged ("advies", "traject-4", "2024-02-19"));
  g_ptr_array_add (moves, logged ("traject-4", "traject-2", "2024-03-11"));
  /* A step a later version dropped stays in the log and is passed over. */
  g_ptr_array_add (moves, logged ("traject-2", "traject-6", "2024-03-12"));
  g_assert_true (sv_traject_log_passed_iv (moves));

  sv_traject_visited (t, moves, visited);
  set_date (&expect, "2024-01-02");
  g_assert_cmpint (g_date_compare (&visited[SV_TRAJECT_STEP_ONTVANGEN], &expect), ==, 0);
  set_date (&expect, "2024-01-09");
  g_assert_cmpint (g_date_compare (&visited[SV_TRAJECT_STEP_ONDERZOEK], &expect), ==, 0);
  set_date (&expect, "2024-03-11");
  g_assert_cmpint (g_date_compare (&visited[SV_TRAJECT_STEP_TRAJECT_II], &expect), ==, 0);
  g_assert_true (g_date_valid (&visited[SV_TRAJECT_STEP_TRAJECT_IV]));
  g_assert_false (g_date_valid (&visited[SV_TRAJECT_STEP_TRAJECT_I]));
  g_assert_false (g_date_valid (&visited[SV_TRAJECT_STEP_AFGEROND]));

  copy = sv_traject_move_copy (moves->pdata[0]);
  g_assert_cmpstr (copy->who, ==, "Ineke de Vries");
  g_assert_cmpstr (copy->to_step, ==, "triage");
}

/* The VeiligheidsTeam's interventions: every intervention, every pair of
 * states. */
static void
test_vht_every_pair (void)
{
  SvVhtContext ctx;

  sv_vht_context_init (&ctx);
  set_date (&ctx.vht_consultation, "2024-03-04");
  set_date (&ctx.order_end, "2024-09-01");
  set_date (&ctx.rvdk_kaart_sent, "2024-03-06");

  for (guint w = 0; w < SV_VHT_N_INTERVENTIONS; w++)
    for (guint f = 0; f < SV_VHT_N_STATES; f++)
      for (guint t = 0; t < SV_VHT_N_STATES; t++)
        {
          g_autofree char *why = NULL;
          gboolean edge = (f == SV_VHT_STATE_NIET_GEKOZEN && t == SV_VHT_STATE_GEADVISEERD) ||
                          (f == SV_VHT_STATE_GEADVISEERD && t == SV_VHT_STATE_NIET_GEKOZEN) ||
                          (f == SV_VHT_STATE_GEADVISEERD && t == SV_VHT_STATE_INGEZET) ||
                          (f == SV_VHT_STATE_INGEZET && t == SV_VHT_STATE_AFGEROND);
          gboolean ok = sv_vht_intervention_can_move (w, f, t, &ctx, &why);

          g_assert_cmpint (ok, ==, edge);
          g_assert_true (ok == (why == NULL));
          if (edge)
            continue;
          if (f == t)
            g_assert_true (g_str_has_prefix (why, "The intervention is already “"));
          else if (f == SV_VHT_STATE_AFGEROND)
            g_assert_cmpstr (why, ==, "The intervention is done: nothing follows.");
          else if (f == SV_VHT_STATE_INGEZET && t == SV_VHT_STATE_NIET_GEKOZEN)
            g_assert_cmpstr (why, ==, "A deployed intervention cannot be withdrawn; mark it done.");
          else
            g_assert_true (g_str_has_prefix (why, "An intervention goes from advised to deployed to done; "));
        }
}

static void
test_vht_requirements (void)
{
  SvVhtContext ctx;
  g_autofree char *why1 = NULL;
  g_autofree char *why4 = NULL;
  g_autofree char *why5 = NULL;

  sv_vht_context_init (&ctx);
  g_assert_false (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_NIET_GEKOZEN,
                                                SV_VHT_STATE_GEADVISEERD, &ctx, &why1));
  g_assert_cmpstr (why1, ==, "Interventions are advised in the consultation of the VeiligheidsTeam: "
                   "record its date first.");
  set_date (&ctx.vht_consultation, "2024-03-04");
  g_assert_true (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_NIET_GEKOZEN,
                                               SV_VHT_STATE_GEADVISEERD, &ctx, NULL));

  g_assert_false (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_WARME_OVERDRACHT, SV_VHT_STATE_NIET_GEKOZEN,
                                                SV_VHT_STATE_GEADVISEERD, &ctx, &why5));
  g_assert_cmpstr (why5, ==, "The warm handover follows a child-protection order: record the end date of "
                   "the OTS or voogdij first.");
  set_date (&ctx.order_end, "2024-09-01");
  g_assert_true (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_WARME_OVERDRACHT, SV_VHT_STATE_NIET_GEKOZEN,
                                               SV_VHT_STATE_GEADVISEERD, &ctx, NULL));

  g_assert_false (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_GESPREK_RVDK, SV_VHT_STATE_GEADVISEERD,
                                                SV_VHT_STATE_INGEZET, &ctx, &why4));
  g_assert_cmpstr (why4, ==, "The interventiegesprek with the RvdK can be planned only after the "
                   "Veiligheidskaart went to the RvdK.");
  /* The voluntary interventiegesprek needs no RvdK. */
  g_assert_true (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG, SV_VHT_STATE_GEADVISEERD,
                                               SV_VHT_STATE_INGEZET, &ctx, NULL));
  set_date (&ctx.rvdk_kaart_sent, "2024-03-06");
  g_assert_true (sv_vht_intervention_can_move (SV_VHT_INTERVENTION_GESPREK_RVDK, SV_VHT_STATE_GEADVISEERD,
                                               SV_VHT_STATE_INGEZET, &ctx, NULL));

  for (guint w = 0; w < SV_VHT_N_INTERVENTIONS; w++)
    {
      SvVhtIntervention back;

      g_assert_true (sv_vht_intervention_from_nick (sv_vht_intervention_to_nick (w), &back));
      g_assert_cmpint (back, ==, w);
    }
  for (guint s = 0; s < SV_VHT_N_STATES; s++)
    {
      SvVhtState back;

      g_assert_true (sv_vht_state_from_nick (sv_vht_state_to_nick (s), &back));
      g_assert_cmpint (back, ==, s);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/traject/every-pair", test_every_pair);
  g_test_add_func ("/traject/refusal-names-next", test_refusal_names_next);
  g_test_add_func ("/traject/consent", test_consent);
  g_test_add_func ("/traject/it-medewerker", test_it_medewerker);
  g_test_add_func ("/traject/adviesverslag", test_adviesverslag);
  g_test_add_func ("/traject/closing-checklist", test_closing_checklist);
  g_test_add_func ("/traject/traject-v-six-months", test_traject_v_six_months);
  g_test_add_func ("/traject/unknown-step", test_unknown_step);
  g_test_add_func ("/traject/nicks", test_nicks);
  g_test_add_func ("/traject/limit-weeks", test_limit_weeks);
  g_test_add_func ("/traject/limit-hours", test_limit_hours);
  g_test_add_func ("/traject/limit-months", test_limit_months);
  g_test_add_func ("/traject/log", test_log);
  g_test_add_func ("/vht/every-pair", test_vht_every_pair);
  g_test_add_func ("/vht/requirements", test_vht_requirements);
  return g_test_run ();
}
