/* sv-professional-editor.h: add or edit a professional and the
 * organisation they work for. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_PROFESSIONAL_EDITOR (sv_professional_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvProfessionalEditor, sv_professional_editor, SV, PROFESSIONAL_EDITOR, SvFormDialog)

/* @professional: to edit, or NULL for a new one. */
SvProfessionalEditor *sv_professional_editor_new (GtkWindow            *parent,
                                                  SvStore              *store,
                                                  const SvProfessional *professional);

G_END_DECLS
