/* sv-store-traject.c: the storage interface for the Interventieteam's
 * path — argument checks, then dispatch. */
#include "sv-store.h"

SvTraject *
sv_store_get_traject (SvStore  *self,
                      gint64    case_id,
                      GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_traject (self, case_id, error);
}

gboolean
sv_store_save_traject (SvStore    *self,
                       SvTraject  *traject,
                       GError    **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (traject != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_traject (self, traject, error);
}

GPtrArray *
sv_store_list_traject_moves (SvStore  *self,
                             gint64    case_id,
                             GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_traject_moves (self, case_id, error);
}

gboolean
sv_store_move_traject (SvStore        *self,
                       gint64          case_id,
                       SvTrajectStep   from,
                       SvTrajectStep   to,
                       const GDate    *on,
                       const char     *who,
                       GError        **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail ((guint) from < SV_TRAJECT_N_STEPS && (guint) to < SV_TRAJECT_N_STEPS, FALSE);

  return SV_STORE_GET_IFACE (self)->move_traject (self, case_id, from, to, on, who, error);
}

gboolean
sv_store_count_traject_steps (SvStore  *self,
                              guint    *counts,
                              guint    *n_unknown,
                              GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->count_traject_steps (self, counts, n_unknown, error);
}

gboolean
sv_store_import_traject (SvStore    *self,
                         SvTraject  *traject,
                         GPtrArray  *moves,
                         GError    **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (traject != NULL, FALSE);
  g_return_val_if_fail (moves != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->import_traject (self, traject, moves, error);
}
