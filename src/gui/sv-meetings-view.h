/* sv-meetings-view.h: the four standing meetings (LEVO, LEJO,
 * VeiligheidsTeam, Interventieteam): what they are, how often they meet,
 * who chairs, and which organisations take part as fixed core or flexible
 * shell — all editable. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_MEETINGS_VIEW (sv_meetings_view_get_type ())

G_DECLARE_FINAL_TYPE (SvMeetingsView, sv_meetings_view, SV, MEETINGS_VIEW, GtkWidget)

void sv_meetings_view_set_store (SvMeetingsView *self,
                                 SvStore        *store);

G_END_DECLS
