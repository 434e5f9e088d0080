/* sv-network-editor.h: add or edit someone of the household's informal
 * network (family, neighbours, friends). */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_NETWORK_EDITOR (sv_network_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvNetworkEditor, sv_network_editor, SV, NETWORK_EDITOR, SvFormDialog)

/* @member: the person to edit, or a new one (id 0) with its household_id. */
SvNetworkEditor *sv_network_editor_new (GtkWindow             *parent,
                                        SvStore               *store,
                                        const SvNetworkMember *member);

G_END_DECLS
