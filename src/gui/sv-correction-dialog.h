/* sv-correction-dialog.h: correct a journal entry. The entry itself stays as
 * it was written; the correction is a new entry that refers to it. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CORRECTION_DIALOG (sv_correction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SvCorrectionDialog, sv_correction_dialog, SV, CORRECTION_DIALOG, SvFormDialog)

/* @author: who signs the correction. */
SvCorrectionDialog *sv_correction_dialog_new (GtkWindow            *parent,
                                              SvStore              *store,
                                              const SvJournalEntry *entry,
                                              const char           *author);

G_END_DECLS
