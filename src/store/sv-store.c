/* sv-store.c: the storage interface — argument checks, then dispatch to
 * the implementation. */
#include "sv-store.h"

G_DEFINE_INTERFACE (SvStore, sv_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sv_store_default_init (SvStoreInterface *iface)
{
  /**
   * SvStore::changed:
   * @what: #SvStoreChange flags
   * @case_id: the case whose content changed, or 0
   *
   * Emitted after a write was committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);
}

void
sv_store_emit_changed (SvStore       *self,
                       SvStoreChange  what,
                       gint64         case_id)
{
  g_return_if_fail (SV_IS_STORE (self));
  g_signal_emit (self, signals[CHANGED], 0, (guint) what, case_id);
}

gboolean
sv_store_run_in_transaction (SvStore      *self,
                             SvStoreFunc   func,
                             gpointer      user_data,
                             GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->run_in_transaction (self, func, user_data, error);
}

gint64
sv_store_find_by_uid (SvStore       *self,
                      SvRecordKind   kind,
                      const char    *uid,
                      GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);
  g_return_val_if_fail (uid != NULL, 0);

  return SV_STORE_GET_IFACE (self)->find_by_uid (self, kind, uid, error);
}

SvHousehold *
sv_store_get_household (SvStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_household (self, id, error);
}

gboolean
sv_store_save_household (SvStore      *self,
                         SvHousehold  *household,
                         GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (household != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_household (self, household, error);
}

GPtrArray *
sv_store_list_members (SvStore  *self,
                       gint64    household_id,
                       GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_members (self, household_id, error);
}

gboolean
sv_store_save_member (SvStore   *self,
                      SvMember  *member,
                      GError   **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_member (self, member, error);
}

gboolean
sv_store_delete_member (SvStore  *self,
                        gint64    member_id,
                        GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_member (self, member_id, error);
}

GPtrArray *
sv_store_list_network (SvStore  *self,
                       gint64    household_id,
                       GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_network (self, household_id, error);
}

gboolean
sv_store_save_network_member (SvStore          *self,
                              SvNetworkMember  *member,
                              GError          **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_network_member (self, member, error);
}

gboolean
sv_store_delete_network_member (SvStore  *self,
                                gint64    member_id,
                                GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_network_member (self, member_id, error);
}

SvCase *
sv_store_get_case (SvStore  *self,
                   gint64    id,
                   GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_case (self, id, error);
}

gboolean
sv_store_save_case (SvStore  *self,
                    SvCase   *c,
                    GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (c != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_case (self, c, error);
}

gint64
sv_store_find_case (SvStore     *self,
                    const char  *number,
                    GError     **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);
  g_return_val_if_fail (number != NULL, 0);

  return SV_STORE_GET_IFACE (self)->find_case (self, number, error);
}

guint
sv_store_count_cases (SvStore       *self,
                      SvCaseFilter   filter,
                      GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return SV_STORE_GET_IFACE (self)->count_cases (self, filter, error);
}

GArray *
sv_store_list_case_ids (SvStore       *self,
                        SvCaseFilter   filter,
                        guint          limit,
                        GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_case_ids (self, filter, limit, error);
}

GArray *
sv_store_search_case_ids (SvStore       *self,
                          const char    *query,
                          SvCaseFilter   filter,
                          GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return SV_STORE_GET_IFACE (self)->search_case_ids (self, query, filter, error);
}

GPtrArray *
sv_store_get_case_summaries (SvStore       *self,
                             const gint64  *ids,
                             guint          n_ids,
                             GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_case_summaries (self, ids, n_ids, error);
}

SvConsent *
sv_store_get_consent (SvStore  *self,
                      gint64    case_id,
                      GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_consent (self, case_id, error);
}

gboolean
sv_store_save_consent (SvStore    *self,
                       SvConsent  *consent,
                       GError    **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (consent != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_consent (self, consent, error);
}

GPtrArray *
sv_store_list_organisations (SvStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_organisations (self, error);
}

gboolean
sv_store_save_organisation (SvStore         *self,
                            SvOrganisation  *organisation,
                            GError         **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (organisation != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_organisation (self, organisation, error);
}

GPtrArray *
sv_store_list_professionals (SvStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_professionals (self, error);
}

gboolean
sv_store_save_professional (SvStore         *self,
                            SvProfessional  *professional,
                            GError         **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (professional != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_professional (self, professional, error);
}

GPtrArray *
sv_store_list_case_roles (SvStore  *self,
                          gint64    case_id,
                          GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_case_roles (self, case_id, error);
}

gboolean
sv_store_save_case_role (SvStore     *self,
                         SvCaseRole  *role,
                         GError     **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_case_role (self, role, error);
}

gboolean
sv_store_delete_case_role (SvStore  *self,
                           gint64    role_id,
                           GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_case_role (self, role_id, error);
}

GPtrArray *
sv_store_list_meeting_kinds (SvStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_meeting_kinds (self, error);
}

gboolean
sv_store_save_meeting_kind (SvStore        *self,
                            SvMeetingKind  *kind,
                            GError        **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_meeting_kind (self, kind, error);
}

GPtrArray *
sv_store_list_meeting_participants (SvStore  *self,
                                    gint64    kind_id,
                                    GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_meeting_participants (self, kind_id, error);
}

gboolean
sv_store_save_meeting_participant (SvStore               *self,
                                   SvMeetingParticipant  *participant,
                                   GError               **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (participant != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_meeting_participant (self, participant, error);
}

gboolean
sv_store_delete_meeting_participant (SvStore  *self,
                                     gint64    participant_id,
                                     GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->delete_meeting_participant (self, participant_id, error);
}

GPtrArray *
sv_store_list_journal (SvStore  *self,
                       gint64    case_id,
                       GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_journal (self, case_id, error);
}

gboolean
sv_store_add_journal_entry (SvStore         *self,
                            SvJournalEntry  *entry,
                            GError         **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->add_journal_entry (self, entry, error);
}

SvCaseFacts *
sv_store_get_case_facts (SvStore  *self,
                         gint64    case_id,
                         GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->get_case_facts (self, case_id, error);
}

gboolean
sv_store_save_case_facts (SvStore      *self,
                          SvCaseFacts  *facts,
                          GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->save_case_facts (self, facts, error);
}

GHashTable *
sv_store_list_deadlines_done (SvStore  *self,
                              gint64    case_id,
                              GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_deadlines_done (self, case_id, error);
}

gboolean
sv_store_set_deadline_done (SvStore      *self,
                            gint64        case_id,
                            const char   *rule_id,
                            const GDate  *done_on,
                            GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (rule_id != NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->set_deadline_done (self, case_id, rule_id, done_on, error);
}

GPtrArray *
sv_store_list_case_facts (SvStore       *self,
                          SvCaseFilter   filter,
                          GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_case_facts (self, filter, error);
}

GHashTable *
sv_store_list_all_deadlines_done (SvStore       *self,
                                  SvCaseFilter   filter,
                                  GError       **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_all_deadlines_done (self, filter, error);
}

GPtrArray *
sv_store_list_case_facts_in_range (SvStore         *self,
                                   SvCaseFactDate   fact,
                                   const GDate     *first,
                                   const GDate     *last,
                                   GHashTable     **out_done,
                                   GError         **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);
  g_return_val_if_fail (out_done == NULL || *out_done == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_case_facts_in_range (self, fact, first, last, out_done, error);
}

GArray *
sv_store_list_case_ids_for_professional (SvStore  *self,
                                         gint64    professional_id,
                                         GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_case_ids_for_professional (self, professional_id, error);
}
