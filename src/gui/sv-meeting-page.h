/* sv-meeting-page.h: one dated meeting as the chair prepares it — its
 * agenda in order with planned times, the standing items the rules
 * propose, and who is expected. Every edit is saved at once; a closed
 * meeting is shown read-only. */
#pragma once

#include <adwaita.h>

#include "sv-print-operation.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_MEETING_PAGE (sv_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (SvMeetingPage, sv_meeting_page, SV, MEETING_PAGE, GtkWidget)

/* @settings gives the extra days off for standing items; may be NULL. */
void   sv_meeting_page_set_store      (SvMeetingPage *self,
                                       SvStore       *store,
                                       GSettings     *settings);
void   sv_meeting_page_set_meeting    (SvMeetingPage *self,
                                       gint64         meeting_id);
gint64 sv_meeting_page_get_meeting_id (SvMeetingPage *self);
/* The print of the meeting shown: its agenda, or its minutes once it has
 * begun (sv-meeting-page-print.c). */
SvPrintOperation *sv_meeting_page_new_print_operation (SvMeetingPage *self);

G_END_DECLS
