/* test-meetings.c: the rules for preparing and running a meeting — the
 * cadence across holidays and year ends, the consent gate, standing items,
 * agenda order, the timers, and the projection's allow-list. */
#include <locale.h>
#include <string.h>

#include "sv-case-facts.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting-plan.h"
#include "sv-meeting-timer.h"
#include "sv-name-mask.h"
#include "sv-projection.h"

static void
set_date (GDate      *out,
          const char *iso)
{
  g_assert_true (sv_date_from_iso (iso, out));
}

static char *
iso (const GDate *date)
{
  return sv_date_to_iso (date);
}

static SvMeetingKind *
make_kind (const char *code,
           guint       cadence_weeks,
           gboolean    requires_consent)
{
  SvMeetingKind *kind = sv_meeting_kind_new ();

  kind->id = 7;
  g_free (kind->code);
  kind->code = g_strdup (code);
  kind->cadence_weeks = cadence_weeks;
  kind->requires_consent = requires_consent;
  return kind;
}

/* The proposal after a regular meeting with series date @series (its
 * actual date @held), on @today. */
static char *
propose_after (guint       cadence,
               const char *series,
               const char *held,
               const char *today_iso,
               char      **series_out)
{
  g_autoptr(SvMeetingKind) kind = make_kind ("LEJO", cadence, FALSE);
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvMeeting) last = sv_meeting_new ();
  g_autoptr(SvMeeting) next = sv_meeting_new ();
  GDate today;

  set_date (&last->series_date, series);
  set_date (&last->date, held);
  last->start_minutes = 14 * 60;
  last->duration_minutes = 90;
  set_date (&today, today_iso);
  sv_meeting_propose_next (kind, last, &today, workdays, next);
  g_assert_cmpint (next->start_minutes, ==, 14 * 60);
  g_assert_cmpint (next->duration_minutes, ==, 90);
  g_assert_false (next->extra);
  if (series_out != NULL)
    *series_out = iso (&next->series_date);
  return iso (&next->date);
}

static void
test_cadence_examples (void)
{
  struct {
    guint cadence;
    const char *series, *held, *today, *expect, *expect_series;
  } cases[] = {
    /* LEJO every two weeks on Tuesday. */
    { 2, "2026-11-10", "2026-11-10", "2026-11-22", "2026-11-24", "2026-11-24" },
    /* LEVO on Monday: Tweede Paasdag 2027 (29 March) moves it to the
     * Tuesday; the series stays on Monday… */
    { 4, "2027-03-01", "2027-03-01", "2027-03-02", "2027-03-30", "2027-03-29" },
    /* …so the next one is a Monday again (26 April; Koningsdag is the 27th). */
    { 4, "2027-03-29", "2027-03-30", "2027-03-31", "2027-04-26", "2027-04-26" },
    /* Thursday series into Christmas: 25 and 26 December, then a weekend. */
    { 2, "2025-12-11", "2025-12-11", "2025-12-12", "2025-12-29", "2025-12-25" },
    { 2, "2025-12-25", "2025-12-29", "2025-12-30", "2026-01-08", "2026-01-08" },
    /* Friday series onto Nieuwjaarsdag 2027 (a Friday). */
    { 2, "2026-12-18", "2026-12-18", "2026-12-19", "2027-01-04", "2027-01-01" },
    /* Hemelvaartsdag 2026 (14 May) on a Thursday series. */
    { 4, "2026-04-16", "2026-04-16", "2026-04-17", "2026-05-15", "2026-05-14" },
    /* A series that lapsed for months resumes on its weekday after today. */
    { 2, "2026-01-06", "2026-01-06", "2026-11-22", "2026-11-24", "2026-11-24" },
    /* Today is the series day itself: the proposal is the next one. */
    { 2, "2026-11-10", "2026-11-10", "2026-11-24", "2026-12-08", "2026-12-08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *series = NULL;
      g_autofree char *date = propose_after (cases[i].cadence, cases[i].series, cases[i].held,
                                             cases[i].today, &series);
      g_test_message ("case %u: after %s on %s", i, cases[i].series, cases[i].today);
      g_assert_cmpstr (date, ==, cases[i].expect);
      g_assert_cmpstr (series, ==, cases[i].expect_series);
    }
}

/* For every Monday–Friday series day 2024–2032 and both cadences: the
 * proposal is a working day, no earlier than the series day, with only
 * days off between; the series keeps its weekday. */
static void
test_cadence_property (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  GDate day;
  guint checked = 0;

  set_date (&day, "2024-01-01");
  for (; g_date_get_year (&day) <= 2032; g_date_add_days (&day, 1))
    {
      if (g_date_get_weekday (&day) > G_DATE_FRIDAY)
        continue;
      for (guint cadence = 2; cadence <= 4; cadence += 2)
        {
          g_autoptr(SvMeetingKind) kind = make_kind ("LEVO", cadence, TRUE);
          g_autoptr(SvMeeting) last = sv_meeting_new ();
          g_autoptr(SvMeeting) next = sv_meeting_new ();
          GDate expected_series = day, probe;

          last->series_date = day;
          last->date = day;
          sv_meeting_propose_next (kind, last, &day, workdays, next);
          g_date_add_days (&expected_series, 7 * cadence);
          g_assert_cmpint (g_date_compare (&next->series_date, &expected_series), ==, 0);
          g_assert_cmpint (g_date_get_weekday (&next->series_date), ==, g_date_get_weekday (&day));
          g_assert_true (sv_workdays_is_working_day (workdays, &next->date));
          g_assert_cmpint (g_date_compare (&next->date, &expected_series), >=, 0);
          for (probe = expected_series; g_date_compare (&probe, &next->date) < 0; g_date_add_days (&probe, 1))
            g_assert_false (sv_workdays_is_working_day (workdays, &probe));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 4000);
}

static void
test_cadence_first_and_extra (void)
{
  g_autoptr(SvMeetingKind) lejo = make_kind ("LEJO", 2, FALSE);
  g_autoptr(SvMeetingKind) vht = make_kind ("VHT", 0, FALSE);
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvMeeting) next = sv_meeting_new ();
  g_autoptr(SvMeeting) last = sv_meeting_new ();
  g_autofree char *first = NULL, *extra = NULL, *per_case = NULL;
  GDate today;

  /* Sunday 22 November 2026: Monday is the first working day after. */
  set_date (&today, "2026-11-22");
  sv_meeting_propose_next (lejo, NULL, &today, workdays, next);
  first = iso (&next->date);
  g_assert_cmpstr (first, ==, "2026-11-23");
  g_assert_cmpint (next->start_minutes, ==, 9 * 60);

  /* An extra meeting (MDO) has no series. On Thursday 24 December 2026
   * the first working day after is Monday the 28th. */
  set_date (&today, "2026-12-24");
  sv_meeting_propose_extra (lejo, &today, workdays, next);
  extra = iso (&next->date);
  g_assert_cmpstr (extra, ==, "2026-12-28");
  g_assert_true (next->extra);
  g_assert_false (g_date_valid (&next->series_date));

  /* The VeiligheidsTeam meets per case: after its last meeting, not on a
   * rhythm. A meeting already planned next week is not proposed again. */
  set_date (&today, "2026-11-22");
  set_date (&last->date, "2026-11-26");
  last->series_date = last->date;
  sv_meeting_propose_next (vht, last, &today, workdays, next);
  per_case = iso (&next->date);
  g_assert_cmpstr (per_case, ==, "2026-11-27");
}

static void
test_consent_gate (void)
{
  g_autoptr(SvMeetingKind) levo = make_kind ("LEVO", 4, TRUE);
  g_autoptr(SvMeetingKind) lejo = make_kind ("LEJO", 2, FALSE);
  g_autoptr(SvConsent) consent = sv_consent_new ();
  g_autoptr(GError) error = NULL;

  /* A zorgelijke melding without consent: refused by LEVO, with why. */
  g_assert_false (sv_meeting_admits_case (levo, SV_REPORT_KIND_ZORGELIJKE_MELDING, consent, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "LEVO"));
  g_assert_nonnull (strstr (error->message, "no signed consent"));
  g_clear_error (&error);

  consent->status = SV_CONSENT_STATUS_GEWEIGERD;
  g_assert_false (sv_meeting_admits_case (levo, SV_REPORT_KIND_ZORGELIJKE_MELDING, consent, &error));
  g_assert_nonnull (strstr (error->message, "refused"));
  g_clear_error (&error);

  /* LEJO has no gate; a zorgmelding needs no consent. */
  g_assert_true (sv_meeting_admits_case (lejo, SV_REPORT_KIND_ZORGELIJKE_MELDING, consent, NULL));
  g_assert_true (sv_meeting_admits_case (levo, SV_REPORT_KIND_ZORGMELDING, consent, NULL));

  /* The exceptions open the gate; so does consent given. */
  consent->exception = SV_CONSENT_EXCEPTION_ZORGMIJDER;
  g_assert_true (sv_meeting_admits_case (levo, SV_REPORT_KIND_ZORGELIJKE_MELDING, consent, NULL));
  consent->exception = SV_CONSENT_EXCEPTION_DIRECTE_ONVEILIGHEID;
  g_assert_true (sv_meeting_admits_case (levo, SV_REPORT_KIND_ZORGELIJKE_MELDING, consent, NULL));
  consent->exception = SV_CONSENT_EXCEPTION_GEEN;
  consent->status = SV_CONSENT_STATUS_GEGEVEN;
  g_assert_true (sv_meeting_admits_case (levo, SV_REPORT_KIND_ZORGELIJKE_MELDING, consent, NULL));
}

static SvAgendaItem *
make_item (gint64 case_id,
           int    planned)
{
  SvAgendaItem *item = sv_agenda_item_new ();

  item->id = case_id * 10;
  item->meeting_id = 1;
  item->case_id = case_id;
  item->planned_minutes = planned;
  return item;
}

static void
test_agenda_order (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agenda_item_free);
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  int starts[4];

  for (gint64 c = 1; c <= 4; c++)
    g_ptr_array_add (items, make_item (c, (int) c * 10));

  sv_agenda_move (items, 3, 0);      /* 4 1 2 3 */
  sv_agenda_move (items, 1, 2);      /* 4 2 1 3 */
  sv_agenda_move (items, 2, 2);      /* unchanged */
  {
    const gint64 expect[] = { 4, 2, 1, 3 };
    for (guint i = 0; i < 4; i++)
      {
        SvAgendaItem *item = g_ptr_array_index (items, i);
        g_assert_cmpint (item->case_id, ==, expect[i]);
        g_assert_cmpuint (item->position, ==, i);
      }
  }

  meeting->start_minutes = 13 * 60 + 30;
  g_assert_cmpint (sv_agenda_schedule (meeting, items, starts), ==, 13 * 60 + 30 + 100);
  g_assert_cmpint (starts[0], ==, 13 * 60 + 30);
  g_assert_cmpint (starts[1], ==, 13 * 60 + 70);
  g_assert_cmpint (starts[2], ==, 13 * 60 + 90);
  g_assert_cmpint (starts[3], ==, 13 * 60 + 100);
}

static void
test_standing_items (void)
{
  g_autoptr(SvMeetingKind) it = make_kind ("IT", 1, FALSE);
  g_autoptr(SvMeetingKind) vht = make_kind ("VHT", 0, FALSE);
  g_autoptr(SvMeetingKind) lejo = make_kind ("LEJO", 2, FALSE);
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_facts_free);
  g_autoptr(GPtrArray) agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) on_agenda = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(SvMeeting) previous = sv_meeting_new ();
  GDate meeting_date, after;
  SvCaseFacts *f;

  /* Case 1: first IT discussion 13 October → six weeks on Tuesday 24
   * November. Case 2: 20 October → 1 December, after this meeting. Case
   * 3: 6 October → 17 November, on the previous meeting's day. Case 4
   * like case 1 but done. Case 5 like case 1 but already on the agenda. */
  const char *firsts[] = { "2026-10-13", "2026-10-20", "2026-10-06", "2026-10-13", "2026-10-13" };
  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      f = sv_case_facts_new ();
      f->case_id = i + 1;
      set_date (&f->it_first_discussion, firsts[i]);
      g_ptr_array_add (facts, f);
    }
  {
    GHashTable *case_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    GDate *on = g_new (GDate, 1);
    set_date (on, "2026-11-20");
    g_hash_table_insert (case_done, g_strdup ("it-onderzoek-einde"), on);
    g_hash_table_insert (done, g_memdup2 (&(gint64) { 4 }, sizeof (gint64)), case_done);
  }
  g_hash_table_add (on_agenda, g_memdup2 (&(gint64) { 5 }, sizeof (gint64)));

  set_date (&meeting_date, "2026-11-26");
  set_date (&previous->date, "2026-11-17");
  sv_meeting_standing_window (it, previous, &meeting_date, &after);
  {
    g_autofree char *after_iso = iso (&after);
    g_assert_cmpstr (after_iso, ==, "2026-11-17");
  }
  {
    g_autoptr(GArray) p = sv_meeting_propose_standing (it, &after, &meeting_date, facts, done, NULL,
                                                       on_agenda, workdays);
    g_assert_cmpuint (p->len, ==, 1);
    g_assert_cmpint (g_array_index (p, SvStandingProposal, 0).case_id, ==, 1);
    g_assert_cmpint (g_array_index (p, SvStandingProposal, 0).reason, ==, SV_STANDING_IT_6_WEKEN);
  }
  /* The same facts give the VeiligheidsTeam nothing: not its rule. */
  {
    g_autoptr(GArray) p = sv_meeting_propose_standing (vht, &after, &meeting_date, facts, done, NULL,
                                                       NULL, workdays);
    g_assert_cmpuint (p->len, ==, 0);
  }

  /* OTS closure step 2, eleven weeks before the end: an OTS ending on
   * 9 February 2027 has step 2 on 24 November 2026. */
  f = sv_case_facts_new ();
  f->case_id = 6;
  set_date (&f->order_end, "2027-02-09");
  g_ptr_array_add (facts, f);
  {
    g_autoptr(GArray) p = sv_meeting_propose_standing (vht, &after, &meeting_date, facts, done, NULL,
                                                       NULL, workdays);
    g_assert_cmpuint (p->len, ==, 1);
    g_assert_cmpint (g_array_index (p, SvStandingProposal, 0).case_id, ==, 6);
    g_assert_cmpint (g_array_index (p, SvStandingProposal, 0).reason, ==, SV_STANDING_OTS_STAP_2);
    g_autofree char *due = iso (&g_array_index (p, SvStandingProposal, 0).due);
    g_assert_cmpstr (due, ==, "2026-11-24");
  }

  /* Agreements falling due since the last LEJO: case 7 twice (the
   * earliest counts), case 8 done, case 9 after the meeting, case 10
   * without a date. */
  struct { gint64 case_id; const char *due; gboolean done; } made[] = {
    { 7, "2026-11-25", FALSE }, { 7, "2026-11-20", FALSE }, { 8, "2026-11-20", TRUE },
    { 9, "2026-11-27", FALSE }, { 10, NULL, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    {
      SvAgreement *a = sv_agreement_new ();
      a->case_id = made[i].case_id;
      if (made[i].due != NULL)
        set_date (&a->due, made[i].due);
      a->done = made[i].done;
      g_ptr_array_add (agreements, a);
    }
  {
    g_autoptr(GArray) p = sv_meeting_propose_standing (lejo, &after, &meeting_date, NULL, NULL, agreements,
                                                       NULL, workdays);
    g_assert_cmpuint (p->len, ==, 1);
    g_assert_cmpint (g_array_index (p, SvStandingProposal, 0).case_id, ==, 7);
    g_assert_cmpint (g_array_index (p, SvStandingProposal, 0).reason, ==, SV_STANDING_AFSPRAAK);
    g_autofree char *due = iso (&g_array_index (p, SvStandingProposal, 0).due);
    g_assert_cmpstr (due, ==, "2026-11-20");
  }
  /* Only IT and VHT have a deadline rule: a page leaves the facts of the
   * open cases unread for the others, with the same proposals. */
  {
    SvStandingReason reason = SV_STANDING_NONE;
    g_autoptr(GArray) with_facts = sv_meeting_propose_standing (lejo, &after, &meeting_date, facts, done,
                                                                agreements, NULL, workdays);
    g_autoptr(GArray) without = sv_meeting_propose_standing (lejo, &after, &meeting_date, NULL, NULL,
                                                             agreements, NULL, workdays);

    g_assert_cmpstr (sv_meeting_standing_rule (it, &reason), ==, "it-onderzoek-einde");
    g_assert_cmpint (reason, ==, SV_STANDING_IT_6_WEKEN);
    g_assert_cmpstr (sv_meeting_standing_rule (vht, &reason), ==, "ots-step-2");
    g_assert_cmpint (reason, ==, SV_STANDING_OTS_STAP_2);
    g_assert_null (sv_meeting_standing_rule (lejo, &reason));
    g_assert_cmpint (reason, ==, SV_STANDING_NONE);
    g_assert_cmpuint (with_facts->len, ==, without->len);
    g_assert_cmpmem (with_facts->data, with_facts->len * sizeof (SvStandingProposal),
                     without->data, without->len * sizeof (SvStandingProposal));
  }

  /* Without a previous meeting the window is one cadence back. */
  sv_meeting_standing_window (lejo, NULL, &meeting_date, &after);
  {
    g_autofree char *after_iso = iso (&after);
    g_assert_cmpstr (after_iso, ==, "2026-11-12");
  }
}

static gint64
local_time (int year, int month, int day, int hour, int minute, int second)
{
  g_autoptr(GDateTime) t = g_date_time_new_local (year, month, day, hour, minute, second);
  return g_date_time_to_unix (t);
}

static void
test_timer (void)
{
  g_autoptr(SvAgendaItem) item = make_item (1, 10);
  gint64 t0 = local_time (2026, 11, 24, 14, 0, 0);
  gboolean left = TRUE;
  g_autofree char *over = NULL, *long_one = NULL, *negative = NULL;

  g_assert_false (sv_agenda_timer_running (item));
  g_assert_cmpint (sv_agenda_timer_elapsed (item, t0, &left), ==, 0);
  g_assert_false (left);

  sv_agenda_timer_start (item, t0);
  sv_agenda_timer_start (item, t0 + 50);          /* already running: no restart */
  g_assert_true (sv_agenda_timer_running (item));
  g_assert_cmpint (sv_agenda_timer_elapsed (item, t0 + 90, NULL), ==, 90);
  sv_agenda_timer_pause (item, t0 + 120);
  g_assert_false (sv_agenda_timer_running (item));
  g_assert_cmpint (sv_agenda_timer_elapsed (item, t0 + 3600, NULL), ==, 120);
  sv_agenda_timer_pause (item, t0 + 4000);        /* already paused */
  g_assert_cmpint (item->elapsed_seconds, ==, 120);

  /* Ten planned minutes: 11:00 counted is one minute over. */
  sv_agenda_timer_start (item, t0 + 1000);
  g_assert_cmpint (sv_agenda_timer_overrun (item, t0 + 1000 + 480), ==, 0);
  g_assert_cmpint (sv_agenda_timer_overrun (item, t0 + 1000 + 540), ==, 60);

  /* A clock set back counts nothing for the lost span. */
  g_assert_cmpint (sv_agenda_timer_elapsed (item, t0 + 900, NULL), ==, 120);
  sv_agenda_timer_pause (item, t0 + 1000 + 540);
  g_assert_cmpint (item->elapsed_seconds, ==, 660);

  /* Left running at 23:50: it stops at midnight, ten minutes later. */
  item->elapsed_seconds = 0;
  sv_agenda_timer_start (item, local_time (2026, 11, 24, 23, 50, 0));
  g_assert_cmpint (sv_agenda_timer_elapsed (item, local_time (2026, 11, 25, 9, 0, 0), &left), ==, 600);
  g_assert_true (left);
  sv_agenda_timer_pause (item, local_time (2026, 11, 25, 9, 0, 0));
  g_assert_cmpint (item->elapsed_seconds, ==, 600);
  /* Across the end of daylight saving time the night has 25 hours; the cut
   * is still local midnight. */
  item->elapsed_seconds = 0;
  sv_agenda_timer_start (item, local_time (2026, 10, 24, 23, 0, 0));
  g_assert_cmpint (sv_agenda_timer_elapsed (item, local_time (2026, 10, 25, 12, 0, 0), &left), ==, 3600);
  g_assert_true (left);

  over = sv_duration_format (61);
  long_one = sv_duration_format (3723);
  negative = sv_duration_format (-130);
  g_assert_cmpstr (over, ==, "1:01");
  g_assert_cmpstr (long_one, ==, "1:02:03");
  g_assert_cmpstr (negative, ==, "−2:10");
}

static void
test_meeting_clock (void)
{
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  gint64 elapsed, remaining;

  set_date (&meeting->date, "2026-11-24");
  meeting->start_minutes = 14 * 60;
  meeting->duration_minutes = 90;
  g_assert_cmpint (sv_meeting_start_time (meeting), ==, local_time (2026, 11, 24, 14, 0, 0));
  sv_meeting_clock (meeting, local_time (2026, 11, 24, 13, 50, 0), &elapsed, &remaining);
  g_assert_cmpint (elapsed, ==, 0);
  g_assert_cmpint (remaining, ==, 100 * 60);
  sv_meeting_clock (meeting, local_time (2026, 11, 24, 15, 40, 0), &elapsed, &remaining);
  g_assert_cmpint (elapsed, ==, 100 * 60);
  g_assert_cmpint (remaining, ==, -10 * 60);
}

static void
test_meeting_validate (void)
{
  g_autoptr(SvMeeting) a = sv_meeting_new ();
  g_autoptr(SvMeeting) b = NULL;
  g_autoptr(GError) error = NULL;
  int minutes = -1;

  g_assert_false (sv_meeting_validate (a, &error));   /* no kind */
  g_clear_error (&error);
  a->kind_id = 1;
  g_assert_false (sv_meeting_validate (a, &error));   /* no date */
  g_assert_nonnull (strstr (error->message, "Date"));
  g_clear_error (&error);
  set_date (&a->date, "2026-11-24");
  a->start_minutes = 14 * 60;
  a->duration_minutes = 120;
  g_assert_true (sv_meeting_validate (a, NULL));
  a->duration_minutes = 5;
  g_assert_false (sv_meeting_validate (a, &error));
  g_assert_nonnull (strstr (error->message, "Duration"));
  g_clear_error (&error);
  a->duration_minutes = 120;
  a->start_minutes = 1440;
  g_assert_false (sv_meeting_validate (a, NULL));
  a->start_minutes = 14 * 60;
  g_free (a->room);
  a->room = g_strnfill (20000, 'x');
  g_assert_false (sv_meeting_validate (a, &error));
  g_assert_nonnull (strstr (error->message, "Room"));
  g_clear_error (&error);
  g_free (a->room);
  a->room = g_strdup ("Raadzaal \"De Linge\" 🏛");
  g_assert_true (sv_meeting_validate (a, NULL));

  /* 14:00–16:00 against 15:59, 16:00 and an evening meeting past midnight. */
  b = sv_meeting_copy (a);
  b->start_minutes = 15 * 60 + 59;
  g_assert_true (sv_meeting_overlaps (a, b));
  b->start_minutes = 16 * 60;
  g_assert_false (sv_meeting_overlaps (a, b));
  set_date (&b->date, "2026-11-23");
  b->start_minutes = 23 * 60;
  b->duration_minutes = 16 * 60;    /* not valid, but the arithmetic must hold */
  g_assert_true (sv_meeting_overlaps (a, b));

  g_assert_true (sv_minutes_parse ("9:30", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 570);
  g_assert_true (sv_minutes_parse (" 0930 ", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 570);
  g_assert_true (sv_minutes_parse ("14.05", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 845);
  g_assert_true (sv_minutes_parse ("9", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 540);
  /* "4294967305:30" once wrapped round to 09:30 (found by fuzz-date). */
  const char *bad[] = { "", "24:00", "9:5", "12:60", "abc", "9:30:00", "-1:00", "123",
                        "4294967305:30", "009:30" };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (sv_minutes_parse (bad[i], &minutes, &error));
      g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
      g_clear_error (&error);
    }
}

static void
test_mask_labels (void)
{
  const struct { guint position; const char *label; } cases[] = {
    { 0, "Family A" }, { 1, "Family B" }, { 25, "Family Z" }, { 26, "Family AA" },
    { 27, "Family AB" }, { 51, "Family AZ" }, { 52, "Family BA" }, { 701, "Family ZZ" }, { 702, "Family AAA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = sv_projection_mask_label (cases[i].position);
      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

/* A case with every field filled in, each with a marker that may not reach
 * the projector unless revealed. */
typedef struct {
  SvHousehold  *household;
  GPtrArray    *members;
  SvAgendaItem *item;
  SvHousehold  *other_household;
  SvAgendaItem *other_item;
  GPtrArray    *agreements;
  SvMeeting    *meeting;
  GPtrArray    *network;
} FullCase;

static void
full_case_init (FullCase *fc)
{
  SvMember *m;
  SvAgreement *a;

  fc->meeting = sv_meeting_new ();
  g_free (fc->meeting->kind_code);
  fc->meeting->kind_code = g_strdup ("LEJO");
  fc->meeting->kind_id = 2;
  set_date (&fc->meeting->date, "2026-11-24");
  fc->meeting->start_minutes = 14 * 60;
  g_free (fc->meeting->room);
  fc->meeting->room = g_strdup ("ROOMMARKER");
  g_free (fc->meeting->minutes);
  fc->meeting->minutes = g_strdup ("MEETINGMINUTESMARKER");

  fc->household = sv_household_new ();
  g_free (fc->household->name);
  fc->household->name = g_strdup ("Gezin Zwaluwstaart 🐦");
  g_free (fc->household->note);
  fc->household->note = g_strdup ("Woont op Dorpsstraat 1, HOUSEHOLDNOTEMARKER");
  fc->members = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_member_free);
  m = sv_member_new ();
  g_free (m->given_names);
  m->given_names = g_strdup ("Aäron \"Ronnie\"");
  g_free (m->family_name);
  m->family_name = g_strdup ("Zwaluwstaart");
  set_date (&m->birth_date, "2017-03-12");
  m->role = SV_MEMBER_ROLE_JEUGDIGE;
  g_free (m->note);
  m->note = g_strdup ("MEMBERNOTEMARKER");
  g_ptr_array_add (fc->members, m);
  m = sv_member_new ();
  g_free (m->given_names);
  m->given_names = g_strdup ("Petronella");
  g_free (m->family_name);
  m->family_name = g_strdup ("Zwaluwstaart-de Wit");
  set_date (&m->birth_date, "1988-07-30");
  m->role = SV_MEMBER_ROLE_OUDER_VERZORGER;
  g_ptr_array_add (fc->members, m);

  fc->item = make_item (1, 20);
  fc->item->position = 0;
  g_free (fc->item->question);
  fc->item->question = g_strdup ("Is opschaling naar drang nodig?");
  g_free (fc->item->minutes);
  fc->item->minutes = g_strdup ("ITEMMINUTESMARKER");
  g_free (fc->item->inbrenger_name);
  fc->item->inbrenger_name = g_strdup ("INBRENGERMARKER");
  g_free (fc->item->case_number);
  fc->item->case_number = g_strdup ("2026-0042");
  fc->item->advice = SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN;
  g_free (fc->item->advice_text);
  fc->item->advice_text = g_strdup ("samen dragen met het netwerk");

  fc->other_household = sv_household_new ();
  g_free (fc->other_household->name);
  fc->other_household->name = g_strdup ("Gezin Otheridge");
  fc->other_item = make_item (2, 15);
  fc->other_item->position = 1;

  fc->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  a = sv_agreement_new ();
  a->case_id = 1;
  g_free (a->who);
  a->who = g_strdup ("Jeugdconsulent");
  g_free (a->what);
  a->what = g_strdup ("Plant een netwerkberaad");
  set_date (&a->due, "2026-12-03");
  g_free (a->monitoring);
  a->monitoring = g_strdup ("Terug in LEJO");
  g_ptr_array_add (fc->agreements, a);
}

static void
full_case_clear (FullCase *fc)
{
  sv_household_free (fc->household);
  sv_household_free (fc->other_household);
  g_ptr_array_unref (fc->members);
  sv_agenda_item_free (fc->item);
  sv_agenda_item_free (fc->other_item);
  g_ptr_array_unref (fc->agreements);
  g_clear_pointer (&fc->network, g_ptr_array_unref);
  sv_meeting_free (fc->meeting);
}

static void
append_text (const char *text,
             gpointer    data)
{
  g_string_append (data, text);
  g_string_append_c (data, '\n');
}

static char *
projection_text (FullCase      *fc,
                 SvRevealFlags  reveal,
                 int            current)
{
  SvProjectionSource sources[2] = {
    { fc->item, fc->household, fc->members, fc->network },
    { fc->other_item, fc->other_household, NULL, NULL },
  };
  GDate today;
  GString *all = g_string_new (NULL);

  set_date (&today, "2026-11-24");
  g_autoptr(SvProjection) p = sv_projection_build (fc->meeting, sources, 2, current, fc->agreements,
                                                   reveal, &today);
  sv_projection_foreach_text (p, append_text, all);
  return g_string_free (all, FALSE);
}

static const char *never[] = {
  "MARKER", "Dorpsstraat", "Ronnie", "Petronella", "Otheridge",
};
static const char *masked[] = {
  "Zwaluwstaart", "Aäron", "2017", "1988", "12-03", "30-07", "A.",
};

static void
test_projection_allow_list (void)
{
  FullCase fc = { 0 };
  g_autofree char *text = NULL, *named = NULL, *born = NULL, *initials = NULL, *before = NULL;

  full_case_init (&fc);

  text = projection_text (&fc, SV_REVEAL_NONE, 0);
  g_test_message ("%s", text);
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    g_assert_null (strstr (text, never[i]));
  for (guint i = 0; i < G_N_ELEMENTS (masked); i++)
    g_assert_null (strstr (text, masked[i]));
  /* What it does show: the masked label, ages, the question, the advice,
   * the agreement. */
  g_assert_nonnull (strstr (text, "Family A\n"));
  g_assert_nonnull (strstr (text, "Family B\n"));
  g_assert_nonnull (strstr (text, "Youth, 9 years"));
  g_assert_nonnull (strstr (text, "Parent or carer, 38 years"));
  g_assert_nonnull (strstr (text, "Is opschaling naar drang nodig?"));
  g_assert_nonnull (strstr (text, "samen dragen met het netwerk"));
  g_assert_nonnull (strstr (text, "Plant een netwerkberaad"));
  g_assert_nonnull (strstr (text, "3 December 2026"));
  g_assert_nonnull (strstr (text, "14:20"));   /* the second case's planned start */

  /* Names revealed for the current case only; the other stays masked and
   * the notes, minutes and address never show. */
  named = projection_text (&fc, SV_REVEAL_NAMES, 0);
  g_assert_nonnull (strstr (named, "Gezin Zwaluwstaart 🐦"));
  g_assert_nonnull (strstr (named, "Aäron \"Ronnie\" Zwaluwstaart"));
  g_assert_nonnull (strstr (named, "Family B\n"));
  g_assert_null (strstr (named, "2017"));
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    if (!g_str_equal (never[i], "Ronnie") && !g_str_equal (never[i], "Petronella"))
      g_assert_null (strstr (named, never[i]));

  initials = projection_text (&fc, SV_REVEAL_INITIALS, 0);
  g_assert_nonnull (strstr (initials, "A.R. Z. (Youth)"));
  g_assert_null (strstr (initials, "Zwaluwstaart"));

  born = projection_text (&fc, SV_REVEAL_BIRTH_DATES, 0);
  g_assert_nonnull (strstr (born, "born 12-03-2017"));
  g_assert_null (strstr (born, "Zwaluwstaart"));

  /* Before the first case nothing of a case shows, whatever is asked. */
  before = projection_text (&fc, SV_REVEAL_NAMES | SV_REVEAL_BIRTH_DATES, -1);
  g_assert_null (strstr (before, "Zwaluwstaart"));
  g_assert_null (strstr (before, "opschaling"));
  g_assert_null (strstr (before, "netwerkberaad"));

  full_case_clear (&fc);
}

/* Names typed into the question, the advice or an agreement are masked
 * like the rest: by role, by initial when initials are revealed, shown
 * only when names are. */
static void
test_projection_names_in_text (void)
{
  FullCase fc = { 0 };
  SvAgreement *a;
  g_autofree char *text = NULL, *initials = NULL, *named = NULL;

  full_case_init (&fc);
  g_free (fc.item->question);
  fc.item->question = g_strdup ("Hoe gaat het met AARON (\"Ronnie\") en mevrouw Zwaluwstaart-de Wit?");
  g_free (fc.item->advice_text);
  fc.item->advice_text = g_strdup ("Gezin Zwaluwstaart blijft in beeld; Ronnie's school doet mee");
  a = g_ptr_array_index (fc.agreements, 0);
  g_free (a->who);
  a->who = g_strdup ("Petronella");
  g_free (a->what);
  a->what = g_strdup ("Petronella belt 'Veilig Thuis' 📞 over Aäron");

  /* Someone of the informal network, named in the monitoring. */
  {
    SvNetworkMember *n = sv_network_member_new ();
    g_free (n->name);
    n->name = g_strdup ("Oma Gerda");
    g_free (n->relation);
    n->relation = g_strdup ("oma");
    fc.network = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_network_member_free);
    g_ptr_array_add (fc.network, n);
    g_free (a->monitoring);
    a->monitoring = g_strdup ("Gerda belt de jeugdconsulent");
  }

  text = projection_text (&fc, SV_REVEAL_NONE, 0);
  g_test_message ("%s", text);
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    g_assert_null (strstr (text, never[i]));
  g_assert_null (strstr (text, "Gerda"));
  g_assert_nonnull (strstr (text, "[oma] belt de jeugdconsulent"));
  g_assert_null (strstr (text, "AARON"));
  g_assert_null (strstr (text, "Zwaluwstaart"));
  g_assert_null (strstr (text, " Wit"));
  g_assert_nonnull (strstr (text, "Hoe gaat het met [youth] (\"[youth]\") en mevrouw [surname]-de [surname]?"));
  g_assert_nonnull (strstr (text, "Gezin [surname] blijft in beeld; [youth]'s school doet mee"));
  g_assert_nonnull (strstr (text, "[parent or carer] belt 'Veilig Thuis' 📞 over [youth]"));

  initials = projection_text (&fc, SV_REVEAL_INITIALS, 0);
  g_assert_nonnull (strstr (initials, "Hoe gaat het met A. (\"R.\") en mevrouw Z.-de W.?"));
  g_assert_null (strstr (initials, "Petronella"));

  named = projection_text (&fc, SV_REVEAL_NAMES, 0);
  g_assert_nonnull (strstr (named, "Hoe gaat het met AARON (\"Ronnie\") en mevrouw Zwaluwstaart-de Wit?"));
  g_assert_nonnull (strstr (named, "Petronella belt 'Veilig Thuis' 📞 over Aäron"));
  g_assert_nonnull (strstr (named, "Gerda belt de jeugdconsulent"));

  full_case_clear (&fc);
}

/* The informal network in the mask: relation words in a network
 * member's name ("Buurvrouw Ingrid") are not names, and an initial at the
 * end of a sentence does not get a second full stop. */
static void
test_mask_network_and_full_stop (void)
{
  g_autoptr(SvHousehold) household = sv_household_new ();
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_member_free);
  SvMember *bram = sv_member_new ();
  g_autoptr(SvNameMask) initials = NULL;
  g_autoptr(SvNameMask) hidden = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL;
  g_autofree char *n1 = NULL, *n2 = NULL, *n3 = NULL, *n4 = NULL;

  g_free (household->name);
  household->name = g_strdup ("Gezin Jansen");
  g_free (bram->given_names);
  bram->given_names = g_strdup ("Bram");
  g_free (bram->family_name);
  bram->family_name = g_strdup ("Jansen");
  bram->role = SV_MEMBER_ROLE_JEUGDIGE;
  g_ptr_array_add (members, bram);

  initials = sv_name_mask_new (household, members, SV_REVEAL_INITIALS);
  sv_name_mask_add_network (initials, "Buurvrouw Ingrid", "buurvrouw");
  sv_name_mask_add_network (initials, "oma Truus van Dijk", "Oma");
  a = sv_name_mask_apply (initials, "De buurvrouw (Ingrid) past op Bram.");
  g_assert_cmpstr (a, ==, "De buurvrouw (I.) past op B.");
  b = sv_name_mask_apply (initials, "Oma Truus belt. Daarna Bram... en Jansen.");
  g_assert_cmpstr (b, ==, "Oma T. belt. Daarna B... en J.");
  c = sv_name_mask_apply (initials, "buurvrouw");
  g_assert_cmpstr (c, ==, "buurvrouw");
  d = sv_name_mask_apply (initials, "Van Dijk komt");
  g_assert_cmpstr (d, ==, "Van D. komt");

  /* Nothing revealed: the network's names by their relation, when that
   * is one relation word; otherwise by "[network]". */
  hidden = sv_name_mask_new (household, members, SV_REVEAL_NONE);
  sv_name_mask_add_network (hidden, "oma Truus", "oma");
  sv_name_mask_add_network (hidden, "Ingrid", "vriendin van Anna");
  e = sv_name_mask_apply (hidden, "Truus en Ingrid komen bij Bram.");
  g_assert_cmpstr (e, ==, "[oma] en [network] komen bij [youth].");

  n1 = sv_name_mask_network_initials ("Buurvrouw Ingrid");
  g_assert_cmpstr (n1, ==, "Buurvrouw I.");
  n2 = sv_name_mask_network_initials ("oma Truus van Dijk");
  g_assert_cmpstr (n2, ==, "oma T. v. D.");
  n3 = sv_name_mask_network_initials ("  ");
  g_assert_cmpstr (n3, ==, "");

  /* Behind a name such a word is a family name, and masked. */
  sv_name_mask_add_network (initials, "Truus Grootmoeder", "buurvrouw");
  f = sv_name_mask_apply (initials, "Grootmoeder belt de grootmoeder.");
  g_assert_cmpstr (f, ==, "G. belt de G.");
  n4 = sv_name_mask_network_initials ("Truus Grootmoeder");
  g_assert_cmpstr (n4, ==, "T. G.");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/cadence/examples", test_cadence_examples);
  g_test_add_func ("/meetings/cadence/property", test_cadence_property);
  g_test_add_func ("/meetings/cadence/first-and-extra", test_cadence_first_and_extra);
  g_test_add_func ("/meetings/consent-gate", test_consent_gate);
  g_test_add_func ("/meetings/agenda-order", test_agenda_order);
  g_test_add_func ("/meetings/standing-items", test_standing_items);
  g_test_add_func ("/meetings/timer", test_timer);
  g_test_add_func ("/meetings/clock", test_meeting_clock);
  g_test_add_func ("/meetings/validate", test_meeting_validate);
  g_test_add_func ("/meetings/mask-labels", test_mask_labels);
  g_test_add_func ("/meetings/projection-allow-list", test_projection_allow_list);
  g_test_add_func ("/meetings/projection-names-in-text", test_projection_names_in_text);
  g_test_add_func ("/meetings/mask-network-and-full-stop", test_mask_network_and_full_stop);
  return g_test_run ();
}
