/* sv-agreement.h: an agreement made about a case — who does what, by when,
 * and how it is monitored (seed 004). Captured during a meeting and shown
 * on the Veiligheidskaart. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct {
  gint64     id;
  char      *uid;
  gint64     case_id;
  gint64     agenda_item_id;  /* the meeting it was made in; 0 elsewhere */
  char      *who;             /* may be empty in a concept */
  char      *what;
  GDate      due;             /* cleared: no date agreed */
  char      *monitoring;      /* how it is followed up */
  gboolean   done;
  GDateTime *created_at;      /* set by the store */
} SvAgreement;

#define SV_TYPE_AGREEMENT (sv_agreement_get_type ())

GType        sv_agreement_get_type (void) G_GNUC_CONST;
SvAgreement *sv_agreement_new      (void);
SvAgreement *sv_agreement_copy     (const SvAgreement *self);
void         sv_agreement_free     (SvAgreement       *self);
gboolean     sv_agreement_validate (const SvAgreement *self,
                                    GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvAgreement, sv_agreement_free)

G_END_DECLS
