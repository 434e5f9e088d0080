/* sv-member-editor.h: add or edit a member of a household. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_MEMBER_EDITOR (sv_member_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvMemberEditor, sv_member_editor, SV, MEMBER_EDITOR, SvFormDialog)

/* @member: the member to edit, or a new one (id 0) with its household_id. */
SvMemberEditor *sv_member_editor_new (GtkWindow      *parent,
                                      SvStore        *store,
                                      const SvMember *member);

G_END_DECLS
