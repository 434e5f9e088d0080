/* sv-case-facts.c: the dated facts of a case. */
#include "sv-case-facts.h"

G_DEFINE_BOXED_TYPE (SvCaseFacts, sv_case_facts, sv_case_facts_copy, sv_case_facts_free)

SvCaseFacts *
sv_case_facts_new (void)
{
  SvCaseFacts *self = g_new0 (SvCaseFacts, 1);

  g_date_clear (&self->order_end, 1);
  g_date_clear (&self->vht_consultation, 1);
  g_date_clear (&self->ig_date, 1);
  g_date_clear (&self->it_first_discussion, 1);
  g_date_clear (&self->traject_v_start, 1);
  g_date_clear (&self->vt_received, 1);
  g_date_clear (&self->vt_handover, 1);
  g_date_clear (&self->huisverbod_start, 1);
  g_date_clear (&self->last_incident, 1);
  self->ig_minutes = -1;
  return self;
}

SvCaseFacts *
sv_case_facts_copy (const SvCaseFacts *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
sv_case_facts_free (SvCaseFacts *self)
{
  g_free (self);
}
