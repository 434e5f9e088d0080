/* sv-store-vht.c: the storage interface for the VeiligheidsTeam's
 * interventions — argument checks, then dispatch. */
#include "sv-store.h"

SvVhtInterventions *
sv_store_get_vht_interventions (SvStore  *self,
                                gint64    case_id,
                                GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_vht_interventions (self, case_id, error);
}

gboolean
sv_store_move_vht_intervention (SvStore            *self,
                                gint64              case_id,
                                SvVhtIntervention   which,
                                SvVhtState          from,
                                SvVhtState          to,
                                const GDate        *on,
                                const char         *who,
                                GError            **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail ((guint) which < SV_VHT_N_INTERVENTIONS, FALSE);
  g_return_val_if_fail ((guint) from < SV_VHT_N_STATES && (guint) to < SV_VHT_N_STATES, FALSE);

  return SV_STORE_GET_IFACE (self)->move_vht_intervention (self, case_id, which, from, to, on, who, error);
}

gboolean
sv_store_set_vht_rvdk_kaart_sent (SvStore      *self,
                                  gint64        case_id,
                                  const GDate  *sent,
                                  GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->set_vht_rvdk_kaart_sent (self, case_id, sent, error);
}
