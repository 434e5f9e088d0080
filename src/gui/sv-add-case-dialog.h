/* sv-add-case-dialog.h: find an open case and put it at the end of a
 * meeting's agenda. What the store refuses (the consent gate, a case
 * twice, at the same time elsewhere, closed) is said in the dialog, which
 * stays open and changes nothing. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_ADD_CASE_DIALOG (sv_add_case_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SvAddCaseDialog, sv_add_case_dialog, SV, ADD_CASE_DIALOG, AdwWindow)

SvAddCaseDialog *sv_add_case_dialog_new (GtkWindow *parent,
                                         SvStore   *store,
                                         gint64     meeting_id);

/* Puts @case_id on the agenda of @meeting_id at the end, as the dialog
 * does: @standing says why (SV_STANDING_NONE when brought in by hand);
 * the family of a LEJO case is invited. FALSE with the store's reason. */
gboolean         sv_agenda_add_case     (SvStore          *store,
                                         gint64            meeting_id,
                                         gint64            case_id,
                                         SvStandingReason  standing,
                                         gint64           *out_item_id,
                                         GError          **error);

G_END_DECLS
