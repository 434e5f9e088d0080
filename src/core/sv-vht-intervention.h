/* sv-vht-intervention.h: the interventions the VeiligheidsTeam advises
 * for a case (seed 004 "Interventies"), each followed from advice to done.
 *
 * A simpler machine than the Interventieteam's path: every intervention
 * of a case goes its own way — not chosen → advised in the consultation
 * → deployed → done, and an advice can be withdrawn before it is
 * deployed. Requirements: an advice needs the consultation's date; the
 * warm handover (5) follows a child-protection order, so it needs the
 * order's end date; the interventiegesprek with the RvdK (4) cannot be
 * planned before the Veiligheidskaart went to the RvdK.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SV_VHT_INTERVENTION_ZORG,                 /* 1. inzet ondersteuning en zorg */
  SV_VHT_INTERVENTION_NETWERKBERAAD,        /* 2. netwerkberaad */
  SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG,   /* 3. interventiegesprek, vrijwillig kader */
  SV_VHT_INTERVENTION_GESPREK_RVDK,         /* 4. interventiegesprek met de RvdK */
  SV_VHT_INTERVENTION_WARME_OVERDRACHT,     /* 5. warme overdracht aan de Toegang */
  SV_VHT_N_INTERVENTIONS,
} SvVhtIntervention;

typedef enum {
  SV_VHT_STATE_NIET_GEKOZEN,
  SV_VHT_STATE_GEADVISEERD,
  SV_VHT_STATE_INGEZET,
  SV_VHT_STATE_AFGEROND,
  SV_VHT_N_STATES,
} SvVhtState;

/* What the moves depend on, from the facts of the case. */
typedef struct {
  GDate vht_consultation;   /* the consultation in the VeiligheidsTeam */
  GDate order_end;          /* end of the OTS or voogdij */
  GDate rvdk_kaart_sent;    /* the Veiligheidskaart went to the RvdK */
} SvVhtContext;

/* The interventions of one case as stored: where each stands, since when
 * and who moved it last, with the context its moves depend on. */
typedef struct {
  gint64        case_id;
  SvVhtState    state[SV_VHT_N_INTERVENTIONS];
  GDate         since[SV_VHT_N_INTERVENTIONS];  /* the last move; cleared when never moved */
  char         *who[SV_VHT_N_INTERVENTIONS];    /* who made it; NULL when never moved */
  SvVhtContext  context;
} SvVhtInterventions;

void        sv_vht_context_init          (SvVhtContext      *ctx);

/* All "not chosen", the context cleared. */
SvVhtInterventions *sv_vht_interventions_new  (void);
void        sv_vht_interventions_free    (SvVhtInterventions *self);

/* Nicks "1-zorg" … "5-warme-overdracht"; "niet-gekozen", "geadviseerd",
 * "ingezet", "afgerond". */
const char *sv_vht_intervention_to_nick  (SvVhtIntervention  which);
gboolean    sv_vht_intervention_from_nick (const char       *nick,
                                           SvVhtIntervention *which);
const char *sv_vht_intervention_label    (SvVhtIntervention  which);
const char *sv_vht_state_to_nick         (SvVhtState         state);
gboolean    sv_vht_state_from_nick       (const char        *nick,
                                          SvVhtState        *state);
const char *sv_vht_state_label           (SvVhtState         state);

/* Whether intervention @which may go from @from to @to; when not, @why
 * (if not NULL) gets the reason. */
gboolean    sv_vht_intervention_can_move (SvVhtIntervention   which,
                                          SvVhtState          from,
                                          SvVhtState          to,
                                          const SvVhtContext *ctx,
                                          char              **why);

/* The state an intervention goes to when it moves on from @from (advised,
 * deployed, done); FALSE when @from is done. Withdrawing an advice is the
 * one move back and is not "on". */
gboolean    sv_vht_state_next            (SvVhtState         from,
                                          SvVhtState        *next);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvVhtInterventions, sv_vht_interventions_free)

G_END_DECLS
