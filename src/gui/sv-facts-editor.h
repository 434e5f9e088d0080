/* sv-facts-editor.h: the dated facts of a case that deadlines count from —
 * the end of an OTS or voogdij, the VeiligheidsTeam consultation and the
 * interventiegesprek, the Interventieteam, Veilig Thuis, a tijdelijk
 * huisverbod and the last incident. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_FACTS_EDITOR (sv_facts_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvFactsEditor, sv_facts_editor, SV, FACTS_EDITOR, SvFormDialog)

SvFactsEditor *sv_facts_editor_new (GtkWindow *parent,
                                    SvStore   *store,
                                    gint64     case_id);

G_END_DECLS
