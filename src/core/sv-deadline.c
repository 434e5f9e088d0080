/* sv-deadline.c: the deadline rules, one table entry per rule id. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-deadline.h"

typedef enum {
  STEP_DAYS,          /* calendar days (may be negative) */
  STEP_MONTHS,        /* calendar months, clamped to the month's end */
  STEP_WORKING_DAYS,  /* n-th working day after (> 0) or before (< 0) */
  STEP_HUISVERBOD,    /* day N of the order: start + (N − 1) days */
} StepKind;

typedef enum {
  FROM_ORDER_END,
  FROM_VHT_CONSULTATION,
  FROM_IG_DATE,
  FROM_IT_FIRST,
  FROM_TRAJECT_V,
  FROM_VT_RECEIVED,
  FROM_VT_HANDOVER,
  FROM_VT_HANDOVER_INVESTIGATION,
  FROM_HUISVERBOD,
  FROM_LAST_INCIDENT,
} FromFact;

typedef struct {
  const char *id;
  FromFact    from;
  StepKind    kind;
  int         amount;
  gboolean    shift;        /* a non-working day moves to the one before */
  const char *description;  /* N_() */
  const char *title;        /* N_(), short: lists, calendars */
  SvDeadlineFamily family;
} Rule;

static const Rule rules[] = {
  { "ots-step-1", FROM_ORDER_END, STEP_DAYS, -12 * 7, TRUE,
    N_("OTS closure step 1: the GI takes the decision to close and informs the RvdK with a (draft) borgingsplan"),
    N_("OTS closure step 1"), SV_DEADLINE_FAMILY_OTS },
  { "ots-step-2", FROM_ORDER_END, STEP_DAYS, -11 * 7, TRUE,
    N_("OTS closure step 2: the GI brings the case into the VeiligheidsTeam with the Veiligheidskaart"),
    N_("OTS closure step 2"), SV_DEADLINE_FAMILY_OTS },
  { "ots-step-3", FROM_ORDER_END, STEP_DAYS, -10 * 7, TRUE,
    N_("OTS closure step 3: the RvdK checks with family, GI and professionals that the voluntary frame can carry it"),
    N_("OTS closure step 3"), SV_DEADLINE_FAMILY_OTS },
  { "ots-step-4", FROM_ORDER_END, STEP_DAYS, -8 * 7, TRUE,
    N_("OTS closure step 4: plan the closing conversation and who joins from the GI, the Toegang and the RvdK"),
    N_("OTS closure step 4"), SV_DEADLINE_FAMILY_OTS },
  { "ots-step-5", FROM_ORDER_END, STEP_DAYS, -6 * 7, TRUE,
    N_("OTS closure step 5: closing conversation with youth and parents (if they consent)"),
    N_("OTS closure step 5"), SV_DEADLINE_FAMILY_OTS },
  { "ots-step-6", FROM_ORDER_END, STEP_DAYS, 0, TRUE,
    N_("OTS closure step 6: update the Veiligheidskaart with the parents and ask consent to share it with the Toegang"),
    N_("OTS closure step 6"), SV_DEADLINE_FAMILY_OTS },
  { "ig-uiterlijk", FROM_VHT_CONSULTATION, STEP_DAYS, 14, TRUE,
    N_("Latest day for the interventiegesprek: two weeks after the VeiligheidsTeam"),
    N_("Latest day for the interventiegesprek"), SV_DEADLINE_FAMILY_INTERVENTIEGESPREK },
  { "ig-kaart-definitief", FROM_IG_DATE, STEP_WORKING_DAYS, -3, FALSE,
    N_("The definitive Veiligheidskaart, with the parents’ reaction, goes to all participants"),
    N_("Veiligheidskaart definitive"), SV_DEADLINE_FAMILY_INTERVENTIEGESPREK },
  { "ig-voorbespreking", FROM_IG_DATE, STEP_DAYS, 0, FALSE,
    N_("The professionals meet half an hour before the interventiegesprek"),
    N_("Preparation of the interventiegesprek"), SV_DEADLINE_FAMILY_INTERVENTIEGESPREK },
  { "it-onderzoek-einde", FROM_IT_FIRST, STEP_DAYS, 6 * 7, TRUE,
    N_("End of the Interventieteam investigation (six weeks): the case is on the agenda to decide the traject"),
    N_("End of the IT investigation"), SV_DEADLINE_FAMILY_INTERVENTIETEAM },
  { "it-traject-v-mdo", FROM_TRAJECT_V, STEP_MONTHS, 3, TRUE,
    N_("Traject V: MDO after three months"),
    N_("Traject V: MDO"), SV_DEADLINE_FAMILY_INTERVENTIETEAM },
  { "it-traject-v-einde", FROM_TRAJECT_V, STEP_MONTHS, 6, TRUE,
    N_("Traject V: close after six months, possibly on to regular care"),
    N_("Traject V: close"), SV_DEADLINE_FAMILY_INTERVENTIETEAM },
  { "vt-veiligheidsbeoordeling", FROM_VT_RECEIVED, STEP_WORKING_DAYS, 5, FALSE,
    N_("Veilig Thuis completes the veiligheidsbeoordeling (fifth working day)"),
    N_("Veiligheidsbeoordeling Veilig Thuis"), SV_DEADLINE_FAMILY_VEILIG_THUIS },
  { "lt-contact-gezin", FROM_VT_HANDOVER, STEP_DAYS, 14, TRUE,
    N_("The local team contacts the family after the handover from Veilig Thuis"),
    N_("Contact with the family"), SV_DEADLINE_FAMILY_VEILIG_THUIS },
  { "vt-monitor-3m", FROM_VT_HANDOVER_INVESTIGATION, STEP_MONTHS, 3, TRUE,
    N_("Veilig Thuis monitors the safety conditions (after three months)"),
    N_("Monitoring by Veilig Thuis (3 months)"), SV_DEADLINE_FAMILY_VEILIG_THUIS },
  { "vt-monitor-12m", FROM_VT_HANDOVER_INVESTIGATION, STEP_MONTHS, 12, TRUE,
    N_("Veilig Thuis monitors the safety conditions (after twelve months)"),
    N_("Monitoring by Veilig Thuis (12 months)"), SV_DEADLINE_FAMILY_VEILIG_THUIS },
  { "thv-informeer-lokaal-team", FROM_HUISVERBOD, STEP_HUISVERBOD, 2, FALSE,
    N_("Tijdelijk huisverbod, day 2: Veilig Thuis has informed the local team"),
    N_("Huisverbod day 2: inform the local team"), SV_DEADLINE_FAMILY_HUISVERBOD },
  { "thv-advies-vervolghulp", FROM_HUISVERBOD, STEP_HUISVERBOD, 8, FALSE,
    N_("Tijdelijk huisverbod, day 8: advice on follow-up help"),
    N_("Huisverbod day 8: advice on follow-up help"), SV_DEADLINE_FAMILY_HUISVERBOD },
  { "thv-einde", FROM_HUISVERBOD, STEP_HUISVERBOD, 10, FALSE,
    N_("Tijdelijk huisverbod ends (day 10; day 28 when extended)"),
    N_("Huisverbod ends"), SV_DEADLINE_FAMILY_HUISVERBOD },
  { "stabiel-veilig-vanaf", FROM_LAST_INCIDENT, STEP_MONTHS, 6, FALSE,
    N_("Earliest day stable safety can be concluded: six months without incidents"),
    N_("Stable safety possible from"), SV_DEADLINE_FAMILY_SAFETY },
};

static const char *rule_ids[G_N_ELEMENTS (rules) + 1];

const char * const *
sv_deadline_rule_ids (void)
{
  if (rule_ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
      rule_ids[i] = rules[i].id;
  return rule_ids;
}

static const Rule *
find_rule (const char *rule_id)
{
  for (guint i = 0; rule_id != NULL && i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].id, rule_id))
      return &rules[i];
  return NULL;
}

gboolean
sv_deadline_rule_exists (const char *rule_id)
{
  return find_rule (rule_id) != NULL;
}

const char *
sv_deadline_rule_title (const char *rule_id)
{
  const Rule *rule = find_rule (rule_id);

  g_return_val_if_fail (rule != NULL, NULL);
  return _(rule->title);
}

SvDeadlineFamily
sv_deadline_rule_family (const char *rule_id)
{
  const Rule *rule = find_rule (rule_id);

  g_return_val_if_fail (rule != NULL, SV_DEADLINE_FAMILY_OTS);
  return rule->family;
}

const char *
sv_deadline_family_label (SvDeadlineFamily family)
{
  static const char *labels[] = {
    [SV_DEADLINE_FAMILY_OTS] = N_("Closing an OTS"),
    [SV_DEADLINE_FAMILY_INTERVENTIEGESPREK] = N_("Interventiegesprek"),
    [SV_DEADLINE_FAMILY_INTERVENTIETEAM] = N_("Interventieteam"),
    [SV_DEADLINE_FAMILY_VEILIG_THUIS] = N_("Veilig Thuis"),
    [SV_DEADLINE_FAMILY_HUISVERBOD] = N_("Tijdelijk huisverbod"),
    [SV_DEADLINE_FAMILY_SAFETY] = N_("Stable safety"),
  };

  g_return_val_if_fail ((guint) family < G_N_ELEMENTS (labels), NULL);
  return _(labels[family]);
}

const char *
sv_deadline_rule_description (const char *rule_id)
{
  const Rule *rule = find_rule (rule_id);

  g_return_val_if_fail (rule != NULL, NULL);
  return _(rule->description);
}

static const GDate *
fact_date (const SvCaseFacts *facts,
           FromFact           from)
{
  switch (from)
    {
    case FROM_ORDER_END:
      return &facts->order_end;
    case FROM_VHT_CONSULTATION:
      return &facts->vht_consultation;
    case FROM_IG_DATE:
      return &facts->ig_date;
    case FROM_IT_FIRST:
      return &facts->it_first_discussion;
    case FROM_TRAJECT_V:
      return &facts->traject_v_start;
    case FROM_VT_RECEIVED:
      return &facts->vt_received;
    case FROM_VT_HANDOVER:
      return &facts->vt_handover;
    case FROM_VT_HANDOVER_INVESTIGATION:
      /* Monitoring follows only a handover after V&V or Onderzoek. */
      return facts->vt_handover_kind == SV_HANDOVER_AFTER_INVESTIGATION ? &facts->vt_handover : NULL;
    case FROM_HUISVERBOD:
      return &facts->huisverbod_start;
    case FROM_LAST_INCIDENT:
      return &facts->last_incident;
    default:
      g_return_val_if_reached (NULL);
    }
}

SvDeadlineState
sv_deadline_state_on (const GDate *due,
                      const GDate *today,
                      const GDate *done_on)
{
  int cmp;

  if (done_on != NULL && g_date_valid (done_on))
    return SV_DEADLINE_DONE;
  cmp = g_date_compare (due, today);
  return cmp > 0 ? SV_DEADLINE_UPCOMING : cmp == 0 ? SV_DEADLINE_DUE_TODAY : SV_DEADLINE_OVERDUE;
}

const char *
sv_deadline_state_label (SvDeadlineState state)
{
  switch (state)
    {
    case SV_DEADLINE_UPCOMING:
      return C_("deadline state", "Upcoming");
    case SV_DEADLINE_DUE_TODAY:
      return C_("deadline state", "Due today");
    case SV_DEADLINE_OVERDUE:
      return C_("deadline state", "Overdue");
    case SV_DEADLINE_DONE:
      return C_("deadline state", "Done");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
apply_rule (const Rule        *rule,
            const SvCaseFacts *facts,
            SvWorkdays        *workdays,
            GDate             *due,
            int               *minutes)
{
  const GDate *from = fact_date (facts, rule->from);
  int amount = rule->amount;
  gboolean shift = rule->shift;

  *minutes = -1;
  if (from == NULL || !g_date_valid (from))
    return FALSE;
  *due = *from;

  switch (rule->kind)
    {
    case STEP_DAYS:
      if (g_str_equal (rule->id, "lt-contact-gezin") && facts->vt_handover_acute)
        {
          /* Acute unsafety: at once, whatever the day. */
          amount = 0;
          shift = FALSE;
        }
      if (amount >= 0)
        g_date_add_days (due, (guint) amount);
      else
        g_date_subtract_days (due, (guint) -amount);
      break;
    case STEP_MONTHS:
      g_date_add_months (due, (guint) amount);
      break;
    case STEP_WORKING_DAYS:
      sv_workdays_count (workdays, from, amount, due);
      break;
    case STEP_HUISVERBOD:
      if (g_str_equal (rule->id, "thv-einde") && facts->huisverbod_extended)
        amount = 28;  /* 10 days, once extended by 18 */
      g_date_add_days (due, (guint) (amount - 1));
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (g_str_equal (rule->id, "ig-voorbespreking"))
    {
      if (facts->ig_minutes < 0)
        return FALSE;
      /* Same day, half an hour earlier (not before midnight). */
      *minutes = MAX (facts->ig_minutes - 30, 0);
    }
  if (shift)
    sv_workdays_previous_or_same (workdays, due, due);
  return TRUE;
}

void
sv_deadlines_compute (const SvCaseFacts *facts,
                      SvWorkdays        *workdays,
                      const GDate       *today,
                      GHashTable        *done,
                      GArray            *out)
{
  g_return_if_fail (facts != NULL && workdays != NULL && today != NULL && out != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      SvDeadline deadline = { .case_id = facts->case_id, .rule_id = rules[i].id };
      const GDate *done_on;

      if (!apply_rule (&rules[i], facts, workdays, &deadline.due, &deadline.due_minutes))
        continue;
      g_date_clear (&deadline.done_on, 1);
      done_on = done != NULL ? g_hash_table_lookup (done, rules[i].id) : NULL;
      if (done_on != NULL && g_date_valid (done_on))
        deadline.done_on = *done_on;
      deadline.state = sv_deadline_state_on (&deadline.due, today, &deadline.done_on);
      g_array_append_val (out, deadline);
    }
}

static void
add_days (GDate *date,
          int    days)
{
  if (days >= 0)
    g_date_add_days (date, (guint) days);
  else
    g_date_subtract_days (date, (guint) -days);
}

gboolean
sv_deadline_rule_fact_range (const char     *rule_id,
                             SvWorkdays     *workdays,
                             const GDate    *after,
                             const GDate    *until,
                             guint           margin,
                             SvCaseFactDate *out_fact,
                             GDate          *out_first,
                             GDate          *out_last)
{
  const Rule *rule = find_rule (rule_id);
  SvCaseFactDate fact;
  int off = 0;

  g_return_val_if_fail (workdays != NULL && after != NULL && until != NULL, FALSE);
  g_return_val_if_fail (out_fact != NULL && out_first != NULL && out_last != NULL, FALSE);

  /* lt-contact-gezin counts in days too, but acute unsafety changes its
   * amount: not a range of one fact. */
  if (rule == NULL || rule->kind != STEP_DAYS || g_str_equal (rule->id, "lt-contact-gezin"))
    return FALSE;
  switch (rule->from)
    {
    case FROM_ORDER_END:
      fact = SV_CASE_FACT_ORDER_END;
      break;
    case FROM_VHT_CONSULTATION:
      fact = SV_CASE_FACT_VHT_CONSULTATION;
      break;
    case FROM_IT_FIRST:
      fact = SV_CASE_FACT_IT_FIRST_DISCUSSION;
      break;
    case FROM_IG_DATE:
    case FROM_TRAJECT_V:
    case FROM_VT_RECEIVED:
    case FROM_VT_HANDOVER:
    case FROM_VT_HANDOVER_INVESTIGATION:
    case FROM_HUISVERBOD:
    case FROM_LAST_INCIDENT:
    default:
      return FALSE;
    }

  /* The day counted to (fact + amount) lies on or after the due date,
   * which a shift only moves back: a due date after @after needs that
   * day after @after; a due date on or before @until allows that day
   * past @until only over the days off right after @until. */
  if (rule->shift)
    {
      GDate day = *until;

      g_date_add_days (&day, 1);
      for (; off < 366 && !sv_workdays_is_working_day (workdays, &day); off++)
        g_date_add_days (&day, 1);
    }
  *out_fact = fact;
  *out_first = *after;
  add_days (out_first, 1 - rule->amount - (int) margin);
  *out_last = *until;
  add_days (out_last, off - rule->amount + (int) margin);
  return TRUE;
}

SvTriState
sv_deadline_vht_needed_at_18 (const SvCaseFacts *facts,
                              const GDate       *youth_birth)
{
  g_return_val_if_fail (facts != NULL, SV_TRI_UNKNOWN);

  if (youth_birth == NULL || !g_date_valid (youth_birth) || !g_date_valid (&facts->order_end))
    return SV_TRI_UNKNOWN;
  if (sv_date_age_on (youth_birth, &facts->order_end) < 18)
    return SV_TRI_NO;
  if (facts->order_kind == SV_ORDER_KIND_VOOGDIJ && facts->care_after_18_arranged)
    return SV_TRI_NO;
  return SV_TRI_YES;
}

SvTriState
sv_deadline_youth_invited (const GDate *youth_birth,
                           const GDate *ig_date)
{
  if (youth_birth == NULL || !g_date_valid (youth_birth) || ig_date == NULL || !g_date_valid (ig_date))
    return SV_TRI_UNKNOWN;
  return sv_date_age_on (youth_birth, ig_date) >= 8 ? SV_TRI_YES : SV_TRI_NO;
}

gboolean
sv_deadline_rvdk_may_plan (const GDate *kaart_sent)
{
  return kaart_sent != NULL && g_date_valid (kaart_sent);
}
