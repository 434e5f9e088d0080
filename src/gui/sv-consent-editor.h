/* sv-consent-editor.h: the residents' consent (toestemmingsverklaring) of a
 * case, and the exceptions directe onveiligheid and zorgmijder. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CONSENT_EDITOR (sv_consent_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvConsentEditor, sv_consent_editor, SV, CONSENT_EDITOR, SvFormDialog)

SvConsentEditor *sv_consent_editor_new (GtkWindow *parent,
                                        SvStore   *store,
                                        gint64     case_id);

G_END_DECLS
