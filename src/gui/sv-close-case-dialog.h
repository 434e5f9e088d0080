/* sv-close-case-dialog.h: close a case with the date and a closing note. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CLOSE_CASE_DIALOG (sv_close_case_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SvCloseCaseDialog, sv_close_case_dialog, SV, CLOSE_CASE_DIALOG, SvFormDialog)

SvCloseCaseDialog *sv_close_case_dialog_new (GtkWindow *parent,
                                             SvStore   *store,
                                             gint64     case_id);

G_END_DECLS
