/* sv-meeting-plan.c: cadence, standing items, consent gate and agenda
 * order. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-meeting-plan.h"

#define DEFAULT_START    (9 * 60)
#define DEFAULT_DURATION 120

static void
next_working_day_from (SvWorkdays  *workdays,
                       const GDate *date,
                       GDate       *out)
{
  *out = *date;
  /* A few days always reach a working day; the bound only keeps a
   * calendar made of extra days off from looping. */
  for (int i = 0; i < 366 && !sv_workdays_is_working_day (workdays, out); i++)
    g_date_add_days (out, 1);
}

static void
set_first_after (SvWorkdays  *workdays,
                 const GDate *today,
                 SvMeeting   *out)
{
  GDate tomorrow = *today;

  g_date_add_days (&tomorrow, 1);
  next_working_day_from (workdays, &tomorrow, &out->date);
}

void
sv_meeting_propose_next (const SvMeetingKind *kind,
                         const SvMeeting     *last_regular,
                         const GDate         *today,
                         SvWorkdays          *workdays,
                         SvMeeting           *out)
{
  g_return_if_fail (kind != NULL && today != NULL && out != NULL);

  out->kind_id = kind->id;
  out->extra = FALSE;
  out->start_minutes = last_regular != NULL ? last_regular->start_minutes : DEFAULT_START;
  out->duration_minutes = last_regular != NULL ? last_regular->duration_minutes : DEFAULT_DURATION;

  if (last_regular == NULL || kind->cadence_weeks == 0 || !g_date_valid (&last_regular->date))
    {
      /* No rhythm to follow (the VeiligheidsTeam meets per case), or no
       * series yet: the first working day after today. */
      set_first_after (workdays, today, out);
      out->series_date = out->date;
      if (last_regular != NULL && kind->cadence_weeks == 0 &&
          g_date_compare (&out->date, &last_regular->date) <= 0)
        {
          GDate after = last_regular->date;
          g_date_add_days (&after, 1);
          next_working_day_from (workdays, &after, &out->date);
          out->series_date = out->date;
        }
      return;
    }

  GDate series = g_date_valid (&last_regular->series_date)
                 ? last_regular->series_date : last_regular->date;
  /* Step by the cadence until the meeting lies after today; a series that
   * lapsed for months picks up on its own weekday. */
  do
    {
      g_date_add_days (&series, 7 * kind->cadence_weeks);
      next_working_day_from (workdays, &series, &out->date);
    }
  while (g_date_compare (&out->date, today) <= 0);
  out->series_date = series;
}

void
sv_meeting_propose_extra (const SvMeetingKind *kind,
                          const GDate         *today,
                          SvWorkdays          *workdays,
                          SvMeeting           *out)
{
  g_return_if_fail (kind != NULL && today != NULL && out != NULL);

  out->kind_id = kind->id;
  out->extra = TRUE;
  out->start_minutes = DEFAULT_START;
  out->duration_minutes = 60;
  set_first_after (workdays, today, out);
  g_date_clear (&out->series_date, 1);
}

void
sv_meeting_standing_window (const SvMeetingKind *kind,
                            const SvMeeting     *previous,
                            const GDate         *meeting_date,
                            GDate               *out_after)
{
  if (previous != NULL && g_date_valid (&previous->date) &&
      g_date_compare (&previous->date, meeting_date) < 0)
    {
      *out_after = previous->date;
      return;
    }
  *out_after = *meeting_date;
  g_date_subtract_days (out_after, 7 * MAX (kind->cadence_weeks, 2u));
}

const char *
sv_meeting_standing_rule (const SvMeetingKind *kind,
                          SvStandingReason    *out_reason)
{
  const char *rule = NULL;
  SvStandingReason reason = SV_STANDING_NONE;

  g_return_val_if_fail (kind != NULL, NULL);

  if (g_strcmp0 (kind->code, "IT") == 0)
    rule = "it-onderzoek-einde", reason = SV_STANDING_IT_6_WEKEN;
  else if (g_strcmp0 (kind->code, "VHT") == 0)
    rule = "ots-step-2", reason = SV_STANDING_OTS_STAP_2;
  if (out_reason != NULL)
    *out_reason = reason;
  return rule;
}

/* Days more than the rule needs on either side of the range of facts
 * (sv_deadline_rule_fact_range() already allows for the days off): a few
 * cases read more, against a case lost to an error in that reckoning. */
#define FACT_RANGE_MARGIN 3

gboolean
sv_meeting_standing_fact_range (const SvMeetingKind *kind,
                                const GDate         *after,
                                const GDate         *meeting_date,
                                SvWorkdays          *workdays,
                                SvCaseFactDate      *out_fact,
                                GDate               *out_first,
                                GDate               *out_last)
{
  const char *rule;

  g_return_val_if_fail (kind != NULL && after != NULL && meeting_date != NULL, FALSE);

  rule = sv_meeting_standing_rule (kind, NULL);
  return rule != NULL &&
         sv_deadline_rule_fact_range (rule, workdays, after, meeting_date, FACT_RANGE_MARGIN,
                                      out_fact, out_first, out_last);
}

static gboolean
in_window (const GDate *due,
           const GDate *after,
           const GDate *until)
{
  return g_date_valid (due) &&
         g_date_compare (due, after) > 0 && g_date_compare (due, until) <= 0;
}

static void
propose (GHashTable       *best,
         gint64            case_id,
         SvStandingReason  reason,
         const GDate      *due)
{
  SvStandingProposal *old = g_hash_table_lookup (best, &case_id);

  if (old != NULL && g_date_compare (&old->due, due) <= 0)
    return;
  SvStandingProposal *p = g_new0 (SvStandingProposal, 1);
  p->case_id = case_id;
  p->reason = reason;
  p->due = *due;
  g_hash_table_replace (best, &p->case_id, p);
}

static int
compare_proposals (gconstpointer a,
                   gconstpointer b)
{
  const SvStandingProposal *pa = a, *pb = b;
  int by_date = g_date_compare (&pa->due, &pb->due);

  if (by_date != 0)
    return by_date;
  return (pa->case_id > pb->case_id) - (pa->case_id < pb->case_id);
}

GArray *
sv_meeting_propose_standing (const SvMeetingKind *kind,
                             const GDate         *after,
                             const GDate         *meeting_date,
                             GPtrArray           *facts,
                             GHashTable          *done,
                             GPtrArray           *agreements,
                             GHashTable          *on_agenda,
                             SvWorkdays          *workdays)
{
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  const char *rule = NULL;
  SvStandingReason reason = SV_STANDING_NONE;
  GArray *out = g_array_new (FALSE, TRUE, sizeof (SvStandingProposal));

  g_return_val_if_fail (kind != NULL && after != NULL && meeting_date != NULL, out);

  rule = sv_meeting_standing_rule (kind, &reason);

  for (guint i = 0; rule != NULL && facts != NULL && i < facts->len; i++)
    {
      const SvCaseFacts *f = g_ptr_array_index (facts, i);
      g_autoptr(GArray) deadlines = g_array_new (FALSE, TRUE, sizeof (SvDeadline));
      GHashTable *case_done = done != NULL ? g_hash_table_lookup (done, &f->case_id) : NULL;

      if (on_agenda != NULL && g_hash_table_contains (on_agenda, &f->case_id))
        continue;
      sv_deadlines_compute (f, workdays, meeting_date, case_done, deadlines);
      for (guint j = 0; j < deadlines->len; j++)
        {
          const SvDeadline *d = &g_array_index (deadlines, SvDeadline, j);
          if (g_str_equal (d->rule_id, rule) && d->state != SV_DEADLINE_DONE &&
              in_window (&d->due, after, meeting_date))
            propose (best, f->case_id, reason, &d->due);
        }
    }

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      const SvAgreement *a = g_ptr_array_index (agreements, i);

      if (a->done || (on_agenda != NULL && g_hash_table_contains (on_agenda, &a->case_id)))
        continue;
      if (in_window (&a->due, after, meeting_date))
        propose (best, a->case_id, SV_STANDING_AFSPRAAK, &a->due);
    }

  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, best);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (out, value, 1);
  g_array_sort (out, compare_proposals);
  return out;
}

gboolean
sv_meeting_admits_case (const SvMeetingKind *kind,
                        SvReportKind         report_kind,
                        const SvConsent     *consent,
                        GError             **error)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!kind->requires_consent || sv_consent_allows_discussion (report_kind, consent, &why))
    return TRUE;
  /* TRANSLATORS: "LEVO discusses a case only with the residents' signed
   * consent. <why> Record the consent, or the exception, on the case first." */
  g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
               _("%s discusses a case only with the residents' signed consent. %s Record the consent, or the exception, on the case first."),
               kind->code, why);
  return FALSE;
}

void
sv_agenda_move (GPtrArray *items,
                guint      from,
                guint      to)
{
  g_return_if_fail (items != NULL && from < items->len && to < items->len);

  if (from != to)
    {
      gpointer item = items->pdata[from];
      if (from < to)
        memmove (&items->pdata[from], &items->pdata[from + 1], (to - from) * sizeof (gpointer));
      else
        memmove (&items->pdata[to + 1], &items->pdata[to], (from - to) * sizeof (gpointer));
      items->pdata[to] = item;
    }
  for (guint i = 0; i < items->len; i++)
    ((SvAgendaItem *) items->pdata[i])->position = i;
}

int
sv_agenda_schedule (const SvMeeting *meeting,
                    GPtrArray       *items,
                    int             *starts)
{
  int at = meeting->start_minutes;

  for (guint i = 0; i < items->len; i++)
    {
      const SvAgendaItem *item = g_ptr_array_index (items, i);
      if (starts != NULL)
        starts[i] = at;
      at += item->planned_minutes;
    }
  return at;
}
