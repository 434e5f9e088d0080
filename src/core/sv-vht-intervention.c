/* sv-vht-intervention.c: the VeiligheidsTeam's interventions 1–5, each a
 * small state machine with a reason for every refused move. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-deadline.h"
#include "sv-vht-intervention.h"

static const struct {
  const char *nick;
  const char *label;
} interventions[SV_VHT_N_INTERVENTIONS] = {
  { "1-zorg", NC_("vht intervention", "1. Support and care") },
  { "2-netwerkberaad", NC_("vht intervention", "2. Netwerkberaad") },
  { "3-interventiegesprek", NC_("vht intervention", "3. Interventiegesprek (voluntary)") },
  { "4-interventiegesprek-rvdk", NC_("vht intervention", "4. Interventiegesprek with the RvdK") },
  { "5-warme-overdracht", NC_("vht intervention", "5. Warm handover to the Toegang") },
};

static const struct {
  const char *nick;
  const char *label;
} states[SV_VHT_N_STATES] = {
  { "niet-gekozen", NC_("vht state", "Not chosen") },
  { "geadviseerd", NC_("vht state", "Advised") },
  { "ingezet", NC_("vht state", "Deployed") },
  { "afgerond", NC_("vht state", "Done") },
};

void
sv_vht_context_init (SvVhtContext *ctx)
{
  g_date_clear (&ctx->vht_consultation, 1);
  g_date_clear (&ctx->order_end, 1);
  g_date_clear (&ctx->rvdk_kaart_sent, 1);
}

SvVhtInterventions *
sv_vht_interventions_new (void)
{
  SvVhtInterventions *self = g_new0 (SvVhtInterventions, 1);

  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      self->state[i] = SV_VHT_STATE_NIET_GEKOZEN;
      g_date_clear (&self->since[i], 1);
    }
  sv_vht_context_init (&self->context);
  return self;
}

void
sv_vht_interventions_free (SvVhtInterventions *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    g_free (self->who[i]);
  g_free (self);
}

gboolean
sv_vht_state_next (SvVhtState  from,
                   SvVhtState *next)
{
  g_return_val_if_fail ((guint) from < SV_VHT_N_STATES, FALSE);

  if (from == SV_VHT_STATE_AFGEROND)
    return FALSE;
  if (next != NULL)
    *next = (SvVhtState) (from + 1);
  return TRUE;
}

const char *
sv_vht_intervention_to_nick (SvVhtIntervention which)
{
  g_return_val_if_fail ((guint) which < SV_VHT_N_INTERVENTIONS, NULL);
  return interventions[which].nick;
}

gboolean
sv_vht_intervention_from_nick (const char        *nick,
                               SvVhtIntervention *which)
{
  for (guint i = 0; nick != NULL && i < SV_VHT_N_INTERVENTIONS; i++)
    if (g_str_equal (nick, interventions[i].nick))
      {
        if (which != NULL)
          *which = (SvVhtIntervention) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sv_vht_intervention_label (SvVhtIntervention which)
{
  g_return_val_if_fail ((guint) which < SV_VHT_N_INTERVENTIONS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "vht intervention", interventions[which].label);
}

const char *
sv_vht_state_to_nick (SvVhtState state)
{
  g_return_val_if_fail ((guint) state < SV_VHT_N_STATES, NULL);
  return states[state].nick;
}

gboolean
sv_vht_state_from_nick (const char *nick,
                        SvVhtState *state)
{
  for (guint i = 0; nick != NULL && i < SV_VHT_N_STATES; i++)
    if (g_str_equal (nick, states[i].nick))
      {
        if (state != NULL)
          *state = (SvVhtState) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sv_vht_state_label (SvVhtState state)
{
  g_return_val_if_fail ((guint) state < SV_VHT_N_STATES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "vht state", states[state].label);
}

static gboolean
refuse (char **why,
        char  *reason)
{
  if (why != NULL)
    *why = reason;
  else
    g_free (reason);
  return FALSE;
}

/* The moves of the machine: advise, withdraw the advice, deploy, finish. */
static gboolean
is_edge (SvVhtState from,
         SvVhtState to)
{
  return (from == SV_VHT_STATE_NIET_GEKOZEN && to == SV_VHT_STATE_GEADVISEERD) ||
         (from == SV_VHT_STATE_GEADVISEERD && to == SV_VHT_STATE_NIET_GEKOZEN) ||
         (from == SV_VHT_STATE_GEADVISEERD && to == SV_VHT_STATE_INGEZET) ||
         (from == SV_VHT_STATE_INGEZET && to == SV_VHT_STATE_AFGEROND);
}

gboolean
sv_vht_intervention_can_move (SvVhtIntervention   which,
                              SvVhtState          from,
                              SvVhtState          to,
                              const SvVhtContext *ctx,
                              char              **why)
{
  g_return_val_if_fail ((guint) which < SV_VHT_N_INTERVENTIONS, FALSE);
  g_return_val_if_fail ((guint) from < SV_VHT_N_STATES && (guint) to < SV_VHT_N_STATES, FALSE);
  g_return_val_if_fail (ctx != NULL, FALSE);

  if (why != NULL)
    *why = NULL;
  if (from == to)
    return refuse (why, g_strdup_printf (_("The intervention is already “%s”."), sv_vht_state_label (to)));
  if (from == SV_VHT_STATE_AFGEROND)
    return refuse (why, g_strdup (_("The intervention is done: nothing follows.")));
  if (!is_edge (from, to))
    {
      if (from == SV_VHT_STATE_INGEZET && to == SV_VHT_STATE_NIET_GEKOZEN)
        return refuse (why, g_strdup (_("A deployed intervention cannot be withdrawn; mark it done.")));
      return refuse (why, g_strdup_printf (_("An intervention goes from advised to deployed to done; "
                                             "“%s” cannot go to “%s”."),
                                           sv_vht_state_label (from), sv_vht_state_label (to)));
    }

  if (to == SV_VHT_STATE_GEADVISEERD)
    {
      if (!g_date_valid (&ctx->vht_consultation))
        return refuse (why, g_strdup (_("Interventions are advised in the consultation of the VeiligheidsTeam: "
                                        "record its date first.")));
      if (which == SV_VHT_INTERVENTION_WARME_OVERDRACHT && !g_date_valid (&ctx->order_end))
        return refuse (why, g_strdup (_("The warm handover follows a child-protection order: record the end "
                                        "date of the OTS or voogdij first.")));
    }
  if (to == SV_VHT_STATE_INGEZET && which == SV_VHT_INTERVENTION_GESPREK_RVDK &&
      !sv_deadline_rvdk_may_plan (&ctx->rvdk_kaart_sent))
    return refuse (why, g_strdup (_("The interventiegesprek with the RvdK can be planned only after the "
                                    "Veiligheidskaart went to the RvdK.")));
  return TRUE;
}
