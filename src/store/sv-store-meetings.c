/* sv-store-meetings.c: the storage interface for dated meetings, agendas,
 * attendance and agreements — argument checks, then dispatch. */
#include "sv-store.h"

GPtrArray *
sv_store_list_meetings (SvStore      *self,
                        const GDate  *from,
                        const GDate  *to,
                        GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_meetings (self, from, to, error);
}

SvMeeting *
sv_store_get_meeting (SvStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_meeting (self, id, error);
}

SvMeeting *
sv_store_get_previous_meeting (SvStore      *self,
                               gint64        kind_id,
                               const GDate  *before,
                               gboolean      regular_only,
                               GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_previous_meeting (self, kind_id, before, regular_only, error);
}

gboolean
sv_store_save_meeting (SvStore    *self,
                       SvMeeting  *meeting,
                       GError    **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_meeting (self, meeting, error);
}

gboolean
sv_store_delete_meeting (SvStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_meeting (self, id, error);
}

GPtrArray *
sv_store_list_attendance (SvStore  *self,
                          gint64    meeting_id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_attendance (self, meeting_id, error);
}

gboolean
sv_store_save_attendance (SvStore       *self,
                          SvAttendance  *attendance,
                          GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_attendance (self, attendance, error);
}

gboolean
sv_store_delete_attendance (SvStore  *self,
                            gint64    id,
                            GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_attendance (self, id, error);
}

GPtrArray *
sv_store_list_agenda (SvStore  *self,
                      gint64    meeting_id,
                      GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_agenda (self, meeting_id, error);
}

SvAgendaItem *
sv_store_get_agenda_item (SvStore  *self,
                          gint64    id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_agenda_item (self, id, error);
}

gboolean
sv_store_save_agenda_item (SvStore       *self,
                           SvAgendaItem  *item,
                           GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_agenda_item (self, item, error);
}

gboolean
sv_store_delete_agenda_item (SvStore  *self,
                             gint64    id,
                             GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_agenda_item (self, id, error);
}

gboolean
sv_store_move_agenda_item (SvStore  *self,
                           gint64    id,
                           guint     position,
                           GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->move_agenda_item (self, id, position, error);
}

GPtrArray *
sv_store_list_case_agenda_items (SvStore  *self,
                                 gint64    case_id,
                                 GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_case_agenda_items (self, case_id, error);
}

GPtrArray *
sv_store_list_agreements (SvStore  *self,
                          gint64    case_id,
                          gint64    agenda_item_id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_agreements (self, case_id, agenda_item_id, error);
}

GPtrArray *
sv_store_list_open_agreements_of_kind (SvStore  *self,
                                       gint64    kind_id,
                                       GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_open_agreements_of_kind (self, kind_id, error);
}

gboolean
sv_store_save_agreement (SvStore      *self,
                         SvAgreement  *agreement,
                         GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_agreement (self, agreement, error);
}

gboolean
sv_store_delete_agreement (SvStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_agreement (self, id, error);
}
