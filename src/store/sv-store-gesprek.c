/* sv-store-gesprek.c: the storage interface for interventiegesprekken —
 * argument checks, then dispatch. */
#include "config.h"

#include "sv-error.h"
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

static gboolean
outcome_into_card (SvStore         *self,
                   const SvGesprek *g,
                   gboolean        *out_in_card,
                   GError         **error)
{
  g_autoptr(SvSafetyCard) card = sv_store_get_safety_card (self, g->case_id, error);
  const SvCardText *section;
  g_autofree char *text = NULL;

  if (card == NULL)
    return FALSE;
  section = &card->texts[SV_CARD_FIELD_UITKOMST_GESPREK];
  text = sv_gesprek_card_compose_outcome (section->text, g->outcome, &g->date);
  if (text == NULL)
    {
      /* Blank, or in the section already. */
      g_autofree char *trimmed = g_strstrip (g_strdup (g->outcome != NULL ? g->outcome : ""));

      *out_in_card = *trimmed != '\0';
      return TRUE;
    }
  if (!sv_store_save_card_field (self, g->case_id, SV_CARD_FIELD_UITKOMST_GESPREK, text,
                                 section->revision, NULL, error))
    return FALSE;
  *out_in_card = TRUE;
  return TRUE;
}

gboolean
sv_store_put_gesprek_outcome_in_card (SvStore   *self,
                                      gint64     gesprek_id,
                                      gboolean  *out_in_card,
                                      GError   **error)
{
  g_autoptr(SvGesprek) g = NULL;
  g_autoptr(GError) stale = NULL;
  gboolean in_card = FALSE;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_in_card != NULL)
    *out_in_card = FALSE;
  if (!(g = sv_store_get_gesprek (self, gesprek_id, error)))
    return FALSE;
  /* Another window saving the section between our read and write makes
   * the save stale: read its text and add the outcome to that, once. */
  if (!outcome_into_card (self, g, &in_card, &stale))
    {
      if (!g_error_matches (stale, SV_ERROR, SV_ERROR_STALE))
        {
          g_propagate_error (error, g_steal_pointer (&stale));
          return FALSE;
        }
      if (!outcome_into_card (self, g, &in_card, error))
        return FALSE;
    }
  if (out_in_card != NULL)
    *out_in_card = in_card;
  return TRUE;
}

SvGesprekCardState *
sv_store_get_gesprek_card_state (SvStore  *self,
                                 gint64    case_id,
                                 GError  **error)
{
  g_autoptr(GPtrArray) versions = NULL;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(versions = sv_store_list_card_versions (self, case_id, error)))
    return NULL;
  return sv_gesprek_card_state_new (versions);
}
