/* sv-ig-plan.c: planning an interventiegesprek; dates come from the
 * deadline engine so the planner and the deadline list never disagree. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-ig-plan.h"

static void
youth_free (gpointer data)
{
  SvIgYouth *youth = data;

  g_free (youth->name);
  g_free (youth->exclusion_reason);
  g_free (youth);
}

static void
check_free (gpointer data)
{
  SvIgCheck *check = data;

  g_free (check->text);
  g_free (check);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

SvIgPlan *
sv_ig_plan_new (void)
{
  SvIgPlan *self = g_new0 (SvIgPlan, 1);

  g_date_clear (&self->vht_consultation, 1);
  g_date_clear (&self->date, 1);
  g_date_clear (&self->rvdk_kaart_sent, 1);
  g_date_clear (&self->kaart_definitive_sent, 1);
  self->minutes = -1;
  self->kind = SV_IG_KIND_VOLUNTARY;
  self->rvdk_joins = SV_TRI_UNKNOWN;
  self->youths = g_ptr_array_new_with_free_func (youth_free);
  return self;
}

void
sv_ig_plan_free (SvIgPlan *self)
{
  if (self == NULL)
    return;
  g_free (self->late_reason);
  g_free (self->safety_other);
  g_ptr_array_unref (self->youths);
  g_free (self);
}

SvIgYouth *
sv_ig_plan_add_youth (SvIgPlan    *self,
                      const char  *name,
                      const GDate *birth)
{
  SvIgYouth *youth;

  g_return_val_if_fail (self != NULL, NULL);

  youth = g_new0 (SvIgYouth, 1);
  youth->name = g_strdup (name);
  g_date_clear (&youth->birth, 1);
  if (birth != NULL && g_date_valid (birth))
    youth->birth = *birth;
  g_ptr_array_add (self->youths, youth);
  return youth;
}

/* One rule of the deadline engine, from the plan's facts. */
static gboolean
engine_rule (const SvIgPlan *self,
             SvWorkdays     *workdays,
             const char     *rule_id,
             GDate          *out,
             int            *out_minutes)
{
  g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  SvCaseFacts *facts = sv_case_facts_new ();
  GDate today;
  gboolean found = FALSE;

  facts->vht_consultation = self->vht_consultation;
  facts->ig_date = self->date;
  facts->ig_minutes = self->minutes;
  /* The state is not used here; any day will do. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JANUARY, 2000);
  sv_deadlines_compute (facts, workdays, &today, NULL, deadlines);
  sv_case_facts_free (facts);

  g_date_clear (out, 1);
  for (guint i = 0; i < deadlines->len && !found; i++)
    {
      const SvDeadline *deadline = &g_array_index (deadlines, SvDeadline, i);

      if (!g_str_equal (deadline->rule_id, rule_id))
        continue;
      *out = deadline->due;
      if (out_minutes != NULL)
        *out_minutes = deadline->due_minutes;
      found = TRUE;
    }
  return found;
}

gboolean
sv_ig_plan_latest_date (const SvIgPlan *self,
                        SvWorkdays     *workdays,
                        GDate          *out)
{
  g_return_val_if_fail (self != NULL && workdays != NULL && out != NULL, FALSE);

  return engine_rule (self, workdays, "ig-uiterlijk", out, NULL);
}

gboolean
sv_ig_plan_kaart_due (const SvIgPlan *self,
                      SvWorkdays     *workdays,
                      GDate          *out)
{
  g_return_val_if_fail (self != NULL && workdays != NULL && out != NULL, FALSE);

  return engine_rule (self, workdays, "ig-kaart-definitief", out, NULL);
}

gboolean
sv_ig_plan_preparation (const SvIgPlan *self,
                        SvWorkdays     *workdays,
                        GDate          *out_date,
                        int            *out_minutes)
{
  g_return_val_if_fail (self != NULL && workdays != NULL && out_date != NULL && out_minutes != NULL, FALSE);

  *out_minutes = -1;
  return engine_rule (self, workdays, "ig-voorbespreking", out_date, out_minutes);
}

SvIgYouthStatus
sv_ig_plan_youth_status (const SvIgPlan  *self,
                         const SvIgYouth *youth)
{
  g_return_val_if_fail (self != NULL && youth != NULL, SV_IG_YOUTH_BIRTH_UNKNOWN);

  if (youth->excluded)
    return SV_IG_YOUTH_EXCLUDED;
  switch (sv_deadline_youth_invited (&youth->birth, &self->date))
    {
    case SV_TRI_YES:
      return SV_IG_YOUTH_INVITED;
    case SV_TRI_NO:
      return SV_IG_YOUTH_TOO_YOUNG;
    case SV_TRI_UNKNOWN:
    default:
      return SV_IG_YOUTH_BIRTH_UNKNOWN;
    }
}

gboolean
sv_ig_plan_may_plan (const SvIgPlan *self,
                     GError        **error)
{
  gboolean sent;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->kind != SV_IG_KIND_RVDK)
    return TRUE;
  sent = sv_deadline_rvdk_may_plan (&self->rvdk_kaart_sent);
  if (!sent && self->rvdk_joins == SV_TRI_UNKNOWN)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("With the RvdK the conversation cannot be planned yet: first send the completed Veiligheidskaart to the RvdK and record the date it was sent, then record the RvdK’s decision to join"));
      return FALSE;
    }
  if (!sent)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("With the RvdK the conversation cannot be planned yet: record the date the Veiligheidskaart was sent to the RvdK"));
      return FALSE;
    }
  if (self->rvdk_joins == SV_TRI_UNKNOWN)
    {
      g_autofree char *sent_text = sv_date_format_long (&self->rvdk_kaart_sent);

      /* TRANSLATORS: %s is a long date, "Thursday 3 December 2026" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("With the RvdK the conversation cannot be planned yet: the Veiligheidskaart was sent on %s; record the RvdK’s decision to join"),
                   sent_text);
      return FALSE;
    }
  if (self->rvdk_joins == SV_TRI_NO)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("The RvdK decided not to join: plan a conversation in the voluntary frame with a network partner instead"));
      return FALSE;
    }
  return TRUE;
}

char *
sv_ig_plan_date_warning (const SvIgPlan *self,
                         SvWorkdays     *workdays)
{
  g_autofree char *day = NULL;
  const char *holiday;
  GDateWeekday weekday;

  g_return_val_if_fail (self != NULL && workdays != NULL, NULL);

  if (!g_date_valid (&self->date) || sv_workdays_is_working_day (workdays, &self->date))
    return NULL;
  day = sv_date_format_long (&self->date);
  holiday = sv_workdays_holiday_name (&self->date);
  weekday = g_date_get_weekday (&self->date);
  if (holiday != NULL)
    /* TRANSLATORS: %1$s a long date, %2$s a feestdag ("Tweede Kerstdag") */
    return g_strdup_printf (_("%1$s is a public holiday (%2$s): check that everyone can come and the building is open"),
                            day, holiday);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    /* TRANSLATORS: %s is a long date */
    return g_strdup_printf (_("%s falls in the weekend: check that everyone can come and the building is open"), day);
  /* TRANSLATORS: %s is a long date */
  return g_strdup_printf (_("%s is a day off of the organisation: check that everyone can come"), day);
}

gboolean
sv_ig_plan_validate (const SvIgPlan *self,
                     SvWorkdays     *workdays,
                     gboolean        final,
                     GError        **error)
{
  GDate latest;

  g_return_val_if_fail (self != NULL && workdays != NULL, FALSE);

  if (!sv_ig_plan_may_plan (self, error))
    return FALSE;
  if (self->minutes < -1 || self->minutes >= 24 * 60)
    {
      /* TRANSLATORS: %d is a number of minutes after midnight */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Time of the interventiegesprek: %d minutes after midnight is not a time of day"),
                   self->minutes);
      return FALSE;
    }
  if (g_date_valid (&self->date) && sv_ig_plan_latest_date (self, workdays, &latest) &&
      g_date_compare (&self->date, &latest) > 0 && is_blank (self->late_reason))
    {
      g_autofree char *latest_text = sv_date_format_long (&latest);

      /* TRANSLATORS: %s is a long date, "Thursday 3 December 2026" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Date of the interventiegesprek: the latest date is %s (two weeks after the VeiligheidsTeam); a later date needs a reason"),
                   latest_text);
      return FALSE;
    }
  for (guint i = 0; i < self->youths->len; i++)
    {
      const SvIgYouth *youth = g_ptr_array_index (self->youths, i);

      if (youth->excluded && is_blank (youth->exclusion_reason))
        {
          /* TRANSLATORS: %s is a youth's name */
          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       _("%s is left out of the conversation: give the reason"),
                       youth->name != NULL ? youth->name : "");
          return FALSE;
        }
    }
  if ((self->safety & SV_IG_SAFETY_OTHER) != 0 && is_blank (self->safety_other))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Safety: describe the other measure"));
      return FALSE;
    }
  if (!final)
    return TRUE;
  if (!g_date_valid (&self->date))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Date of the interventiegesprek: choose a date before the plan is final"));
      return FALSE;
    }
  if (self->safety == SV_IG_SAFETY_NONE)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Safety: record at least one decision (independent chair, security informed, police present or another measure) before the plan is final"));
      return FALSE;
    }
  return TRUE;
}

static void
add_check (GPtrArray  *checks,
           const char *id,
           gboolean    done,
           char       *text)
{
  SvIgCheck *check = g_new0 (SvIgCheck, 1);

  check->id = id;
  check->done = done;
  check->text = text;
  g_ptr_array_add (checks, check);
}

GPtrArray *
sv_ig_plan_checklist (const SvIgPlan *self,
                      SvWorkdays     *workdays)
{
  GPtrArray *checks;
  GDate latest, due;
  gboolean has_date;

  g_return_val_if_fail (self != NULL && workdays != NULL, NULL);

  checks = g_ptr_array_new_with_free_func (check_free);
  has_date = g_date_valid (&self->date);

  if (self->kind == SV_IG_KIND_RVDK)
    {
      gboolean sent = g_date_valid (&self->rvdk_kaart_sent);

      add_check (checks, "rvdk-kaart", sent,
                 g_strdup (sent ? _("Veiligheidskaart sent to the RvdK")
                                : _("Send the Veiligheidskaart to the RvdK")));
      add_check (checks, "rvdk-decision", self->rvdk_joins == SV_TRI_YES,
                 g_strdup (self->rvdk_joins == SV_TRI_YES ? _("The RvdK joins")
                           : self->rvdk_joins == SV_TRI_NO ? _("The RvdK decided not to join")
                           : _("Record the RvdK’s decision to join")));
    }

  if (!has_date)
    add_check (checks, "date", FALSE, g_strdup (_("Choose the date")));
  else if (sv_ig_plan_latest_date (self, workdays, &latest) && g_date_compare (&self->date, &latest) > 0)
    {
      gboolean reason = !is_blank (self->late_reason);

      add_check (checks, "date", reason,
                 g_strdup (reason ? _("Date chosen, later than the latest date, with a reason")
                                  : _("Give the reason for a date after the latest date")));
    }
  else
    add_check (checks, "date", TRUE, g_strdup (_("Date chosen")));

  add_check (checks, "time", self->minutes >= 0,
             g_strdup (self->minutes >= 0 ? _("Start time chosen") : _("Choose the start time")));

  for (guint i = 0; i < self->youths->len; i++)
    {
      const SvIgYouth *youth = g_ptr_array_index (self->youths, i);
      const char *name = youth->name != NULL ? youth->name : "";

      switch (sv_ig_plan_youth_status (self, youth))
        {
        case SV_IG_YOUTH_BIRTH_UNKNOWN:
          /* TRANSLATORS: %s is a youth's name */
          add_check (checks, "youth", FALSE,
                     g_strdup_printf (g_date_valid (&youth->birth)
                                      ? _("%s: choose the date to know whether to invite")
                                      : _("%s: ask the date of birth"), name));
          break;
        case SV_IG_YOUTH_INVITED:
          /* TRANSLATORS: %s is a youth's name */
          add_check (checks, "youth", TRUE, g_strdup_printf (_("%s: invited (8 or older)"), name));
          break;
        case SV_IG_YOUTH_TOO_YOUNG:
          /* TRANSLATORS: %s is a youth's name */
          add_check (checks, "youth", TRUE, g_strdup_printf (_("%s: younger than 8, not invited"), name));
          break;
        case SV_IG_YOUTH_EXCLUDED:
          /* TRANSLATORS: %s is a youth's name */
          add_check (checks, "youth", !is_blank (youth->exclusion_reason),
                     g_strdup_printf (is_blank (youth->exclusion_reason)
                                      ? _("%s: left out, give the reason")
                                      : _("%s: left out, with a reason"), name));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  add_check (checks, "safety", self->safety != SV_IG_SAFETY_NONE,
             g_strdup (self->safety != SV_IG_SAFETY_NONE ? _("Safety decision recorded")
                                                         : _("Record at least one safety decision")));

  if (has_date && sv_ig_plan_kaart_due (self, workdays, &due))
    {
      g_autofree char *due_text = sv_date_format_long (&due);
      gboolean sent = g_date_valid (&self->kaart_definitive_sent);

      /* TRANSLATORS: %s is a long date */
      add_check (checks, "kaart-definitief", sent,
                 sent ? g_strdup (_("Definitive Veiligheidskaart sent to all participants"))
                      : g_strdup_printf (_("Send the definitive Veiligheidskaart to all participants by %s"), due_text));
    }
  else
    add_check (checks, "kaart-definitief", g_date_valid (&self->kaart_definitive_sent),
               g_strdup (g_date_valid (&self->kaart_definitive_sent)
                         ? _("Definitive Veiligheidskaart sent to all participants")
                         : _("Send the definitive Veiligheidskaart to all participants")));
  return checks;
}
