/* sv-role-editor.h: link a professional to a case in a role (inbrenger,
 * casusregisseur, …), choosing a known professional or entering a new one. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_ROLE_EDITOR (sv_role_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvRoleEditor, sv_role_editor, SV, ROLE_EDITOR, SvFormDialog)

SvRoleEditor *sv_role_editor_new (GtkWindow *parent,
                                  SvStore   *store,
                                  gint64     case_id);

G_END_DECLS
