/* sv-professionals-view.h: the professionals the team works with, and
 * their organisations. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_PROFESSIONALS_VIEW (sv_professionals_view_get_type ())

G_DECLARE_FINAL_TYPE (SvProfessionalsView, sv_professionals_view, SV, PROFESSIONALS_VIEW, GtkWidget)

void sv_professionals_view_set_store (SvProfessionalsView *self,
                                      SvStore             *store);

G_END_DECLS
