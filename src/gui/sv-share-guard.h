/* sv-share-guard.h: asking before the names of residents leave the app
 * without their consent — a print or PDF with full names, a
 * Veiligheidskaart sent to a partner.
 *
 * With consent given (sv_consent_allows_sharing_names ()) the guard says
 * yes at once. Without, it asks: cancel, the masked form where there is
 * one, or share with names anyway — which is recorded in the case's
 * audit log (SV_AUDIT_SHARE_WITHOUT_CONSENT) with @what before the
 * caller is told yes. The caller records the print or export itself.
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

typedef enum {
  SV_SHARE_CANCEL,
  SV_SHARE_MASKED,      /* only when offered */
  SV_SHARE_FULL_NAMES,
} SvShareChoice;

typedef void (*SvShareGuardFunc) (SvShareChoice choice,
                                  gpointer      user_data);

/* Whether sharing case @case_id with names needs a confirmation. */
gboolean sv_share_guard_needed  (SvStore          *store,
                                 gint64            case_id);
/* Asks, over @parent's window, whether @what (translated, such as "the
 * case overview" or "the Veiligheidskaart to the RvdK") of case
 * @case_id may go out with full names; calls @done once, also when no
 * question was needed. @masked_label (translated, with a mnemonic) adds
 * the masked choice; NULL offers none. */
void     sv_share_guard_confirm (GtkWidget        *parent,
                                 SvStore          *store,
                                 gint64            case_id,
                                 const char       *what,
                                 const char       *masked_label,
                                 SvShareGuardFunc  done,
                                 gpointer          user_data,
                                 GDestroyNotify    destroy);

/* As sv_share_guard_confirm () for something about several cases (an
 * agenda): one question naming the cases without consent; "names"
 * records the sharing in each of their logs. */
void     sv_share_guard_confirm_cases (GtkWidget        *parent,
                                       SvStore          *store,
                                       const gint64     *case_ids,
                                       guint             n_cases,
                                       const char       *what,
                                       const char       *masked_label,
                                       SvShareGuardFunc  done,
                                       gpointer          user_data,
                                       GDestroyNotify    destroy);

G_END_DECLS
