/* sv-store-gesprek.c: the storage interface for interventiegesprekken —
 * argument checks, then dispatch. */
#include "sv-store.h"

GPtrArray *
sv_store_list_gesprekken (SvStore  *self,
                          gint64    case_id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_gesprekken (self, case_id, error);
}

SvGesprek *
sv_store_get_gesprek (SvStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_gesprek (self, id, error);
}

gboolean
sv_store_save_gesprek (SvStore     *self,
                       SvGesprek   *gesprek,
                       SvWorkdays  *workdays,
                       GError     **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (gesprek != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_gesprek (self, gesprek, workdays, error);
}

gboolean
sv_store_delete_gesprek (SvStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_gesprek (self, id, error);
}

char *
sv_store_get_gesprek_letter (SvStore     *self,
                             gint64       gesprek_id,
                             const char  *letter,
                             GError     **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (letter != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_gesprek_letter (self, gesprek_id, letter, error);
}

gboolean
sv_store_save_gesprek_letter (SvStore     *self,
                              gint64       gesprek_id,
                              const char  *letter,
                              const char  *body,
                              GError     **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_gesprek_letter (self, gesprek_id, letter, body, error);
}
