/* sv-case-editor.h: register a new case, or edit the report of one. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CASE_EDITOR (sv_case_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvCaseEditor, sv_case_editor, SV, CASE_EDITOR, SvFormDialog)

/* @case_id 0 registers a new case with a new household. */
SvCaseEditor *sv_case_editor_new         (GtkWindow    *parent,
                                          SvStore      *store,
                                          gint64        case_id);
/* After "saved": the id of the stored case. */
gint64        sv_case_editor_get_case_id (SvCaseEditor *self);

G_END_DECLS
