/* sv-traject.c: the Interventieteam's path of a report as a state machine
 * with a reason for every refused move. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-traject.h"

#define BIT(step) (1u << (step))

typedef struct {
  const char *nick;
  const char *label;        /* NC_ ("traject step", …) */
  const char *description;
  guint       next;         /* the steps that may follow, BIT () */
} StepInfo;

static const StepInfo steps[SV_TRAJECT_N_STEPS] = {
  [SV_TRAJECT_STEP_ONTVANGEN] = {
    "ontvangen", NC_("traject step", "Report received"),
    N_("The Regisseur Jeugd/WMO received a zorgmelding or a zorgelijke melding."),
    BIT (SV_TRAJECT_STEP_TRIAGE) },
  [SV_TRAJECT_STEP_TRIAGE] = {
    "triage", NC_("traject step", "Screening/triage"),
    N_("The gemeente screens the report (gemeentelijke screening/triage)."),
    BIT (SV_TRAJECT_STEP_EERSTE_BESPREKING) },
  [SV_TRAJECT_STEP_EERSTE_BESPREKING] = {
    "eerste-bespreking", NC_("traject step", "1st IT discussion"),
    N_("The Interventieteam discusses the report, links an IT-medewerker and a consulent and agrees the time path."),
    BIT (SV_TRAJECT_STEP_ONDERZOEK) },
  [SV_TRAJECT_STEP_ONDERZOEK] = {
    "onderzoek", NC_("traject step", "Investigation"),
    N_("The IT-medewerker and the consulent investigate for at most six weeks, with the format Analyse Interventieteam."),
    BIT (SV_TRAJECT_STEP_ADVIES) },
  [SV_TRAJECT_STEP_ADVIES] = {
    "advies", NC_("traject step", "2nd discussion: advice"),
    N_("The Interventieteam discusses the Analyse Interventieteam and decides the traject."),
    BIT (SV_TRAJECT_STEP_TRAJECT_I) | BIT (SV_TRAJECT_STEP_TRAJECT_II) | BIT (SV_TRAJECT_STEP_TRAJECT_III) |
    BIT (SV_TRAJECT_STEP_TRAJECT_IV) | BIT (SV_TRAJECT_STEP_TRAJECT_V) },
  [SV_TRAJECT_STEP_TRAJECT_I] = {
    "traject-1", NC_("traject step", "Traject I"),
    N_("No care needed any more: the report is closed."),
    BIT (SV_TRAJECT_STEP_AFGEROND) },
  [SV_TRAJECT_STEP_TRAJECT_II] = {
    "traject-2", NC_("traject step", "Traject II"),
    N_("Support needed: scaled down to the voorliggend veld and closed within the Interventieteam."),
    BIT (SV_TRAJECT_STEP_AFGEROND) },
  [SV_TRAJECT_STEP_TRAJECT_III] = {
    "traject-3", NC_("traject step", "Traject III"),
    N_("Specialist care needed: the consulent writes the beschikking and a casusregisseur is named; possibly handed over to LEJO or LEVO."),
    BIT (SV_TRAJECT_STEP_AFGEROND) },
  [SV_TRAJECT_STEP_TRAJECT_IV] = {
    "traject-4", NC_("traject step", "Traject IV"),
    N_("Intensive short help: the IT-medewerker stays involved for at most 18 hours, then Traject I, II or III."),
    BIT (SV_TRAJECT_STEP_TRAJECT_I) | BIT (SV_TRAJECT_STEP_TRAJECT_II) | BIT (SV_TRAJECT_STEP_TRAJECT_III) },
  [SV_TRAJECT_STEP_TRAJECT_V] = {
    "traject-5", NC_("traject step", "Traject V"),
    N_("The procesregisseur stays involved to monitor: an MDO after three months, closed after six."),
    BIT (SV_TRAJECT_STEP_AFGEROND) },
  [SV_TRAJECT_STEP_AFGEROND] = {
    "afgerond", NC_("traject step", "Closed"),
    N_("The report is closed in the Interventieteam."),
    0 },
};

/* ── Records ─────────────────────────────────────────────────────────── */

SvTraject *
sv_traject_new (void)
{
  SvTraject *self = g_new0 (SvTraject, 1);

  g_date_clear (&self->since, 1);
  g_date_clear (&self->received, 1);
  g_date_clear (&self->it_first_discussion, 1);
  g_date_clear (&self->traject_v_start, 1);
  return self;
}

SvTraject *
sv_traject_copy (const SvTraject *self)
{
  SvTraject *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_memdup2 (self, sizeof *self);
  copy->unknown_step = g_strdup (self->unknown_step);
  return copy;
}

void
sv_traject_free (SvTraject *self)
{
  if (self == NULL)
    return;
  g_free (self->unknown_step);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (SvTraject, sv_traject, sv_traject_copy, sv_traject_free)

SvTrajectMove *
sv_traject_move_new (void)
{
  SvTrajectMove *self = g_new0 (SvTrajectMove, 1);

  g_date_clear (&self->on, 1);
  return self;
}

SvTrajectMove *
sv_traject_move_copy (const SvTrajectMove *self)
{
  SvTrajectMove *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_memdup2 (self, sizeof *self);
  copy->from_step = g_strdup (self->from_step);
  copy->to_step = g_strdup (self->to_step);
  copy->who = g_strdup (self->who);
  copy->at = self->at != NULL ? g_date_time_ref (self->at) : NULL;
  return copy;
}

void
sv_traject_move_free (SvTrajectMove *self)
{
  if (self == NULL)
    return;
  g_free (self->from_step);
  g_free (self->to_step);
  g_free (self->who);
  g_clear_pointer (&self->at, g_date_time_unref);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (SvTrajectMove, sv_traject_move, sv_traject_move_copy, sv_traject_move_free)

/* ── Steps ───────────────────────────────────────────────────────────── */

const char *
sv_traject_step_to_nick (SvTrajectStep step)
{
  g_return_val_if_fail ((guint) step < SV_TRAJECT_N_STEPS, NULL);
  return steps[step].nick;
}

gboolean
sv_traject_step_from_nick (const char    *nick,
                           SvTrajectStep *step)
{
  for (guint i = 0; nick != NULL && i < SV_TRAJECT_N_STEPS; i++)
    if (g_str_equal (nick, steps[i].nick))
      {
        if (step != NULL)
          *step = (SvTrajectStep) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sv_traject_step_label (SvTrajectStep step)
{
  g_return_val_if_fail ((guint) step < SV_TRAJECT_N_STEPS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "traject step", steps[step].label);
}

const char *
sv_traject_step_description (SvTrajectStep step)
{
  g_return_val_if_fail ((guint) step < SV_TRAJECT_N_STEPS, NULL);
  return _(steps[step].description);
}

gboolean
sv_traject_step_is_decision (SvTrajectStep step)
{
  return step == SV_TRAJECT_STEP_ADVIES;
}

gboolean
sv_traject_step_is_outcome (SvTrajectStep step)
{
  return step >= SV_TRAJECT_STEP_TRAJECT_I && step <= SV_TRAJECT_STEP_TRAJECT_V;
}

guint
sv_traject_next_steps (SvTrajectStep from)
{
  g_return_val_if_fail ((guint) from < SV_TRAJECT_N_STEPS, 0);
  return steps[from].next;
}

gboolean
sv_traject_is_edge (SvTrajectStep from,
                    SvTrajectStep to)
{
  if ((guint) from >= SV_TRAJECT_N_STEPS || (guint) to >= SV_TRAJECT_N_STEPS)
    return FALSE;
  return (steps[from].next & BIT (to)) != 0;
}

/* ── Moves ───────────────────────────────────────────────────────────── */

/* "Screening/triage" or "Traject I, Traject II or …": the labels of @mask. */
static char *
join_labels (guint mask)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    if (mask & BIT (i))
      g_ptr_array_add (labels, (gpointer) sv_traject_step_label ((SvTrajectStep) i));
  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == labels->len
                              /* TRANSLATORS: between the last two of a list of steps */
                              ? _(" or ")
                              : ", ");
      g_string_append_printf (out, "“%s”", (const char *) labels->pdata[i]);
    }
  return g_string_free (out, FALSE);
}

/* Traject V may close once its six months are over: the due date of the
 * rule it-traject-v-einde, counted from the recorded start (or the day the
 * case entered the step when the start fact is missing). */
/* The deadline engine needs working days; callers without a setting get
 * the public holidays only. */
static void
compute_deadlines (const SvCaseFacts *facts,
                   SvWorkdays        *workdays,
                   const GDate       *today,
                   GArray            *out)
{
  g_autoptr(SvWorkdays) own = workdays == NULL ? sv_workdays_new () : NULL;

  sv_deadlines_compute (facts, workdays != NULL ? workdays : own, today, NULL, out);
}

static gboolean
months_due (const SvTraject *self,
            SvWorkdays      *workdays,
            const char      *rule_id,
            GDate           *start,
            GDate           *due)
{
  g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();

  g_date_clear (due, 1);
  *start = g_date_valid (&self->traject_v_start) ? self->traject_v_start : self->since;
  if (!g_date_valid (start))
    return FALSE;
  facts->case_id = self->case_id;
  facts->traject_v_start = *start;
  compute_deadlines (facts, workdays, start, deadlines);
  for (guint i = 0; i < deadlines->len; i++)
    {
      SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);

      if (g_str_equal (d->rule_id, rule_id))
        {
          *due = d->due;
          return TRUE;
        }
    }
  return FALSE;
}

/* Adds to @missing the items of the closing checklist (seed 001 Bijlage 2,
 * "Afronden zorgmelding/zorgelijke melding") that @self lacks. */
static void
closing_missing (const SvTraject *self,
                 GPtrArray       *missing)
{
  gboolean needs_advies = self->step == SV_TRAJECT_STEP_TRAJECT_III ||
                          self->step == SV_TRAJECT_STEP_TRAJECT_V ||
                          self->passed_iv;

  if (!self->gespreksverslagen)
    g_ptr_array_add (missing, _("the conversation reports"));
  if (!self->zorgjournaal)
    g_ptr_array_add (missing, _("a complete zorgjournaal"));
  if (!self->plan_goedgekeurd)
    g_ptr_array_add (missing, _("the jointly approved veiligheids-, herstel- or gezinsplan"));
  if (needs_advies && !self->adviesverslag)
    g_ptr_array_add (missing, _("the complete adviesverslag"));
}

static gboolean
refuse (char       **why,
        char        *reason)
{
  if (why != NULL)
    *why = reason;
  else
    g_free (reason);
  return FALSE;
}

gboolean
sv_traject_can_move (const SvTraject *self,
                     SvTrajectStep    to,
                     SvWorkdays      *workdays,
                     const GDate     *today,
                     char           **why)
{
  SvTrajectStep from;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail ((guint) to < SV_TRAJECT_N_STEPS, FALSE);

  if (why != NULL)
    *why = NULL;
  from = self->step;

  if (self->unknown_step != NULL || (guint) from >= SV_TRAJECT_N_STEPS)
    return refuse (why, g_strdup_printf (_("The case stands at “%s”, a step this version does not know. "
                                           "It is shown as stored and cannot be moved; ask the application "
                                           "manager to correct it."),
                                         self->unknown_step != NULL ? self->unknown_step : "?"));
  if (from == SV_TRAJECT_STEP_AFGEROND)
    return refuse (why, g_strdup (_("The report is closed: no step follows.")));
  if (from == to)
    return refuse (why, g_strdup_printf (_("The case is already at “%s”."), sv_traject_step_label (to)));
  if (!sv_traject_is_edge (from, to))
    {
      g_autofree char *next = join_labels (steps[from].next);

      return refuse (why, g_strdup_printf (_("From “%s” the report goes only to %s."),
                                           sv_traject_step_label (from), next));
    }

  switch (to)
    {
    case SV_TRAJECT_STEP_TRIAGE:
      if (self->report_kind == SV_REPORT_KIND_ZORGELIJKE_MELDING && !self->consent_ok)
        return refuse (why, g_strdup (_("A zorgelijke melding needs the residents’ consent: record the consent "
                                        "(or direct unsafety or a zorgmijder) before screening.")));
      return TRUE;

    case SV_TRAJECT_STEP_ONDERZOEK:
      if (!self->it_medewerker)
        return refuse (why, g_strdup (_("The first discussion links an IT-medewerker: give one a role on the case "
                                        "before the investigation starts.")));
      return TRUE;

    case SV_TRAJECT_STEP_TRAJECT_III:
    case SV_TRAJECT_STEP_TRAJECT_IV:
    case SV_TRAJECT_STEP_TRAJECT_V:
      if (!self->adviesverslag)
        return refuse (why, g_strdup_printf (_("%s needs the adviesverslag of the IT-medewerker: mark it complete first."),
                                             sv_traject_step_label (to)));
      return TRUE;

    case SV_TRAJECT_STEP_AFGEROND:
      {
        g_autoptr(GPtrArray) missing = g_ptr_array_new ();

        if (from == SV_TRAJECT_STEP_TRAJECT_V)
          {
            GDate start, due;

            if (months_due (self, workdays, "it-traject-v-einde", &start, &due) &&
                today != NULL && g_date_compare (today, &due) < 0)
              {
                g_autofree char *date = sv_date_format_medium (&due);

                return refuse (why, g_strdup_printf (_("Traject V closes after six months, on %s."), date));
              }
          }
        if (from == SV_TRAJECT_STEP_TRAJECT_III && !self->casusregisseur)
          return refuse (why, g_strdup (_("Traject III names a casusregisseur: give one a role on the case before "
                                          "closing.")));
        closing_missing (self, missing);
        if (missing->len > 0)
          {
            g_autofree char *list = NULL;

            g_ptr_array_add (missing, NULL);
            list = g_strjoinv (", ", (char **) missing->pdata);
            return refuse (why, g_strdup_printf (_("Closing the report needs %s."), list));
          }
        return TRUE;
      }

    case SV_TRAJECT_STEP_ONTVANGEN:
    case SV_TRAJECT_STEP_EERSTE_BESPREKING:
    case SV_TRAJECT_STEP_ADVIES:
    case SV_TRAJECT_STEP_TRAJECT_I:
    case SV_TRAJECT_STEP_TRAJECT_II:
    case SV_TRAJECT_N_STEPS:
    default:
      return TRUE;
    }
}

guint
sv_traject_allowed_steps (const SvTraject *self,
                          SvWorkdays      *workdays,
                          const GDate     *today)
{
  guint mask = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    if (sv_traject_can_move (self, (SvTrajectStep) i, workdays, today, NULL))
      mask |= BIT (i);
  return mask;
}

gboolean
sv_traject_check_iv_minutes (guint    minutes,
                             GError **error)
{
  if (minutes <= SV_TRAJECT_IV_MAX_MINUTES)
    return TRUE;
  g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
               _("Traject IV is at most 18 hours of help; %u:%02u hours cannot be logged."),
               minutes / 60, minutes % 60);
  return FALSE;
}

/* ── Time limits ─────────────────────────────────────────────────────── */

static int
days_between (const GDate *from,
              const GDate *to)
{
  return (int) g_date_get_julian (to) - (int) g_date_get_julian (from);
}

void
sv_traject_limit (const SvTraject *self,
                  SvWorkdays      *workdays,
                  const GDate     *today,
                  SvTrajectLimit  *out)
{
  g_return_if_fail (self != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  g_date_clear (&out->start, 1);
  g_date_clear (&out->due, 1);
  g_date_clear (&out->mdo, 1);
  if (self->unknown_step != NULL)
    return;

  switch (self->step)
    {
    case SV_TRAJECT_STEP_ONDERZOEK:
      {
        g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
        g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();

        out->kind = SV_TRAJECT_LIMIT_WEEKS;
        /* The six weeks run from the first discussion (it-onderzoek-einde). */
        out->start = g_date_valid (&self->it_first_discussion) ? self->it_first_discussion : self->since;
        if (!g_date_valid (&out->start))
          return;
        facts->it_first_discussion = out->start;
        compute_deadlines (facts, workdays, &out->start, deadlines);
        for (guint i = 0; i < deadlines->len; i++)
          if (g_str_equal (g_array_index (deadlines, SvDeadline, i).rule_id, "it-onderzoek-einde"))
            out->due = g_array_index (deadlines, SvDeadline, i).due;
        break;
      }

    case SV_TRAJECT_STEP_TRAJECT_IV:
      out->kind = SV_TRAJECT_LIMIT_HOURS;
      out->used = (int) self->iv_minutes;
      out->total = SV_TRAJECT_IV_MAX_MINUTES;
      out->over = self->iv_minutes > SV_TRAJECT_IV_MAX_MINUTES;
      return;

    case SV_TRAJECT_STEP_TRAJECT_V:
      out->kind = SV_TRAJECT_LIMIT_MONTHS;
      if (!months_due (self, workdays, "it-traject-v-einde", &out->start, &out->due))
        return;
      months_due (self, workdays, "it-traject-v-mdo", &out->start, &out->mdo);
      break;

    case SV_TRAJECT_STEP_ONTVANGEN:
    case SV_TRAJECT_STEP_TRIAGE:
    case SV_TRAJECT_STEP_EERSTE_BESPREKING:
    case SV_TRAJECT_STEP_ADVIES:
    case SV_TRAJECT_STEP_TRAJECT_I:
    case SV_TRAJECT_STEP_TRAJECT_II:
    case SV_TRAJECT_STEP_TRAJECT_III:
    case SV_TRAJECT_STEP_AFGEROND:
    case SV_TRAJECT_N_STEPS:
    default:
      return;
    }

  if (g_date_valid (&out->due))
    {
      out->total = days_between (&out->start, &out->due);
      if (today != NULL && g_date_valid (today))
        {
          out->used = MAX (0, days_between (&out->start, today));
          out->over = g_date_compare (today, &out->due) > 0;
        }
    }
}

char *
sv_traject_limit_describe (const SvTrajectLimit *limit)
{
  g_autofree char *due = NULL;
  g_autofree char *mdo = NULL;

  g_return_val_if_fail (limit != NULL, NULL);

  switch (limit->kind)
    {
    case SV_TRAJECT_LIMIT_HOURS:
      return g_strdup_printf (_("%d:%02d of 18 hours of help"), limit->used / 60, limit->used % 60);

    case SV_TRAJECT_LIMIT_WEEKS:
      if (!g_date_valid (&limit->due))
        return g_strdup (_("At most 6 weeks; the first discussion has no date"));
      due = sv_date_format_medium (&limit->due);
      if (limit->over)
        return g_strdup_printf (_("Over 6 weeks: the investigation ended on %s"), due);
      return g_strdup_printf (_("Week %d of 6, until %s"), MIN (6, limit->used / 7 + 1), due);

    case SV_TRAJECT_LIMIT_MONTHS:
      if (!g_date_valid (&limit->due))
        return g_strdup (_("MDO after 3 months, closed after 6; the start has no date"));
      due = sv_date_format_medium (&limit->due);
      mdo = sv_date_format_medium (&limit->mdo);
      if (limit->over)
        return g_strdup_printf (_("Six months over since %s: close the report"), due);
      return g_strdup_printf (_("MDO on %s, closing on %s"), mdo, due);

    case SV_TRAJECT_LIMIT_NONE:
    default:
      return NULL;
    }
}

/* ── The log ─────────────────────────────────────────────────────────── */

void
sv_traject_visited (const SvTraject *self,
                    GPtrArray       *moves,
                    GDate           *out)
{
  g_return_if_fail (self != NULL && out != NULL);

  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    g_date_clear (&out[i], 1);
  out[SV_TRAJECT_STEP_ONTVANGEN] = self->received;
  for (guint i = 0; moves != NULL && i < moves->len; i++)
    {
      const SvTrajectMove *move = moves->pdata[i];
      SvTrajectStep step;

      if (sv_traject_step_from_nick (move->to_step, &step))
        out[step] = move->on;
    }
  /* A case moved before the log existed still shows where it stands. */
  if (self->unknown_step == NULL && (guint) self->step < SV_TRAJECT_N_STEPS &&
      !g_date_valid (&out[self->step]))
    out[self->step] = self->since;
}

gboolean
sv_traject_log_passed_iv (GPtrArray *moves)
{
  for (guint i = 0; moves != NULL && i < moves->len; i++)
    {
      const SvTrajectMove *move = moves->pdata[i];

      if (g_strcmp0 (move->to_step, steps[SV_TRAJECT_STEP_TRAJECT_IV].nick) == 0)
        return TRUE;
    }
  return FALSE;
}

/* ── A whole log, as an import brings it ─────────────────────────────── */

static gboolean
log_fault (guint        at,
           const char  *key,
           char        *reason,
           guint       *index,
           const char **field,
           char       **why)
{
  if (index != NULL)
    *index = at;
  if (field != NULL)
    *field = key;
  return refuse (why, reason);
}

gboolean
sv_traject_check_log (SvTrajectStep  step,
                      GPtrArray     *moves,
                      const GDate   *received,
                      guint         *index,
                      const char   **field,
                      char         **why)
{
  SvTrajectStep at = SV_TRAJECT_STEP_ONTVANGEN;
  const GDate *last = received;

  g_return_val_if_fail (moves != NULL, FALSE);

  if (why != NULL)
    *why = NULL;
  for (guint i = 0; i < moves->len; i++)
    {
      const SvTrajectMove *move = moves->pdata[i];
      SvTrajectStep from, to;

      if (!sv_traject_step_from_nick (move->from_step, &from))
        return log_fault (i, "from", g_strdup_printf (_("“%s” is not a step of the Interventieteam’s path"),
                                                      move->from_step), index, field, why);
      if (!sv_traject_step_from_nick (move->to_step, &to))
        return log_fault (i, "to", g_strdup_printf (_("“%s” is not a step of the Interventieteam’s path"),
                                                    move->to_step), index, field, why);
      if (from != at)
        return log_fault (i, "from", g_strdup_printf (_("the case stood at “%s” (where the move before left "
                                                        "it), not at “%s”"),
                                                      sv_traject_step_label (at), sv_traject_step_label (from)),
                          index, field, why);
      if (!sv_traject_is_edge (from, to))
        {
          g_autofree char *next = sv_traject_next_steps (from) != 0 ? join_labels (sv_traject_next_steps (from)) : NULL;

          return log_fault (i, "to", next != NULL
                                     ? g_strdup_printf (_("“%s” does not follow “%s”: from there the report goes "
                                                          "only to %s"),
                                                        sv_traject_step_label (to), sv_traject_step_label (from), next)
                                     : g_strdup_printf (_("“%s” does not follow “%s”: no step follows it"),
                                                        sv_traject_step_label (to), sv_traject_step_label (from)),
                            index, field, why);
        }
      if (!g_date_valid (&move->on))
        return log_fault (i, "on", g_strdup (_("the move needs its date")), index, field, why);
      if (last != NULL && g_date_valid (last) && g_date_compare (&move->on, last) < 0)
        {
          g_autofree char *on = sv_date_format_medium (&move->on);
          g_autofree char *before = sv_date_format_medium (last);

          return log_fault (i, "on", last == received
                                     ? g_strdup_printf (_("%s lies before the report was received (%s)"), on, before)
                                     : g_strdup_printf (_("%s lies before the move before it (%s)"), on, before),
                            index, field, why);
        }
      at = to;
      last = &move->on;
    }
  if (at != step)
    return log_fault (moves->len, "step",
                      g_strdup_printf (_("the log leaves the case at “%s”, not at “%s”"),
                                       sv_traject_step_label (at), sv_traject_step_label (step)),
                      index, field, why);
  return TRUE;
}
