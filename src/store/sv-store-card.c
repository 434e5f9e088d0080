/* sv-store-card.c: the storage interface for the Veiligheidskaart —
 * argument checks, the name written with each change, then dispatch. */
#include "sv-store.h"

#define USER_NAME_KEY "sv-store-user-name"

void
sv_store_set_user_name (SvStore    *self,
                        const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_if_fail (SV_IS_STORE (self));

  /* Per store object, not per implementation: whichever storage is used,
   * the app says once who is at the keyboard. */
  g_object_set_data_full (G_OBJECT (self), USER_NAME_KEY,
                          *stripped != '\0' ? g_steal_pointer (&stripped) : NULL, g_free);
}

const char *
sv_store_get_user_name (SvStore *self)
{
  const char *name;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  name = g_object_get_data (G_OBJECT (self), USER_NAME_KEY);
  return name != NULL ? name : g_get_user_name ();
}

SvSafetyCard *
sv_store_get_safety_card (SvStore  *self,
                          gint64    case_id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_safety_card (self, case_id, error);
}

gboolean
sv_store_save_card_field (SvStore      *self,
                          gint64        case_id,
                          SvCardField   field,
                          const char   *text,
                          gint64        base_revision,
                          gint64       *new_revision,
                          GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail ((guint) field < SV_CARD_N_FIELDS, FALSE);
  g_return_val_if_fail (base_revision >= 0, FALSE);

  if (!sv_card_text_check (field, text, error))
    return FALSE;
  return SV_STORE_GET_IFACE (self)->save_card_field (self, case_id, field, text != NULL ? text : "",
                                                     base_revision, sv_store_get_user_name (self),
                                                     new_revision, error);
}

gboolean
sv_store_set_card_advice (SvStore      *self,
                          gint64        case_id,
                          SvVhtAdvice   advice,
                          GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail ((guint) advice < sv_vht_advice_count (), FALSE);

  return SV_STORE_GET_IFACE (self)->set_card_advice (self, case_id, advice, error);
}

gboolean
sv_store_save_card_score (SvStore      *self,
                          SvCardScore  *score,
                          GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  if (!sv_card_score_validate (score, error))
    return FALSE;
  return SV_STORE_GET_IFACE (self)->save_card_score (self, score, error);
}

gboolean
sv_store_delete_card_score (SvStore  *self,
                            gint64    id,
                            GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_card_score (self, id, error);
}

gboolean
sv_store_save_card_condition (SvStore          *self,
                              SvCardCondition  *condition,
                              GError          **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (condition != NULL, FALSE);

  if (!sv_card_condition_validate (condition, error))
    return FALSE;
  return SV_STORE_GET_IFACE (self)->save_card_condition (self, condition, error);
}

gboolean
sv_store_delete_card_condition (SvStore  *self,
                                gint64    id,
                                GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_card_condition (self, id, error);
}

gboolean
sv_store_save_card_recipient (SvStore          *self,
                              SvCardRecipient  *recipient,
                              GError          **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (recipient != NULL, FALSE);

  if (!sv_card_recipient_validate (recipient, error))
    return FALSE;
  return SV_STORE_GET_IFACE (self)->save_card_recipient (self, recipient, error);
}

gboolean
sv_store_delete_card_recipient (SvStore  *self,
                                gint64    id,
                                GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_card_recipient (self, id, error);
}

gboolean
sv_store_record_card_consent (SvStore  *self,
                              gint64    recipient_id,
                              GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->record_card_consent (self, recipient_id, sv_store_get_user_name (self), error);
}

SvCardVersion *
sv_store_make_card_version (SvStore       *self,
                            gint64         case_id,
                            SvCardStatus   status,
                            GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (status != SV_CARD_STATUS_VERSTUURD, NULL);
  g_return_val_if_fail ((guint) status < sv_card_status_count (), NULL);

  return SV_STORE_GET_IFACE (self)->make_card_version (self, case_id, status, sv_store_get_user_name (self), error);
}

gboolean
sv_store_mark_card_version_sent (SvStore       *self,
                                 gint64         version_id,
                                 const gint64  *recipient_ids,
                                 guint          n_recipients,
                                 const GDate   *sent_on,
                                 GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (n_recipients == 0 || recipient_ids != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->mark_card_version_sent (self, version_id, recipient_ids, n_recipients,
                                                            sent_on, error);
}

GPtrArray *
sv_store_list_card_versions (SvStore  *self,
                             gint64    case_id,
                             GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_card_versions (self, case_id, error);
}

char *
sv_store_get_card_version_snapshot (SvStore  *self,
                                    gint64    version_id,
                                    GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_card_version_snapshot (self, version_id, error);
}

gboolean
sv_store_import_safety_card (SvStore       *self,
                             SvSafetyCard  *card,
                             GPtrArray     *versions,
                             GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (card != NULL, FALSE);

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    if (!sv_card_text_check (i, card->texts[i].text, error))
      return FALSE;
  for (guint i = 0; i < card->scores->len; i++)
    if (!sv_card_score_validate (g_ptr_array_index (card->scores, i), error))
      return FALSE;
  for (guint i = 0; i < card->conditions->len; i++)
    if (!sv_card_condition_validate (g_ptr_array_index (card->conditions, i), error))
      return FALSE;
  for (guint i = 0; i < card->recipients->len; i++)
    if (!sv_card_recipient_validate (g_ptr_array_index (card->recipients, i), error))
      return FALSE;
  return SV_STORE_GET_IFACE (self)->import_safety_card (self, card, versions, error);
}

GPtrArray *
sv_store_list_card_edits (SvStore  *self,
                          gint64    case_id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_card_edits (self, case_id, error);
}
