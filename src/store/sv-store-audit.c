/* sv-store-audit.c: the storage interface for the audit log and the
 * erasure of a case — argument checks, then dispatch. */
#include "config.h"

#include "sv-store.h"

gboolean
sv_store_log_access (SvStore        *self,
                     SvAuditAction   action,
                     gint64          case_id,
                     const char     *detail,
                     GError        **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (action == SV_AUDIT_OPEN || action == SV_AUDIT_PRINT || action == SV_AUDIT_EXPORT ||
                        action == SV_AUDIT_REVEAL || action == SV_AUDIT_SHARE_WITHOUT_CONSENT, FALSE);
  g_return_val_if_fail (case_id >= 0, FALSE);

  return SV_STORE_GET_IFACE (self)->log_access (self, action, case_id, detail, error);
}

GPtrArray *
sv_store_list_audit (SvStore  *self,
                     gint64    case_id,
                     GError  **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return SV_STORE_GET_IFACE (self)->list_audit (self, case_id, error);
}

gboolean
sv_store_count_erasure (SvStore          *self,
                        gint64            case_id,
                        SvErasureCounts  *out,
                        GError          **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->count_erasure (self, case_id, out, error);
}

gboolean
sv_store_erase_case (SvStore      *self,
                     gint64        case_id,
                     const GDate  *today,
                     guint         retention_years,
                     GError      **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return SV_STORE_GET_IFACE (self)->erase_case (self, case_id, today, retention_years, error);
}
