/* sv-meeting-editor.h: plan a meeting on a date — day, start, duration
 * and room — or change a planned one. */
#pragma once

#include "sv-form-dialog.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_MEETING_EDITOR (sv_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvMeetingEditor, sv_meeting_editor, SV, MEETING_EDITOR, SvFormDialog)

/* A new meeting of @kind, filled in with the next one of its series (or,
 * with @extra, an extra meeting (MDO) on the first working day after
 * today). @settings gives the extra days off; may be NULL. */
SvMeetingEditor *sv_meeting_editor_new_plan       (GtkWindow           *parent,
                                                   SvStore             *store,
                                                   GSettings           *settings,
                                                   const SvMeetingKind *kind,
                                                   gboolean             extra);
/* The stored meeting @meeting_id. */
SvMeetingEditor *sv_meeting_editor_new_edit       (GtkWindow           *parent,
                                                   SvStore             *store,
                                                   gint64               meeting_id);
/* After "saved": the id of the stored meeting. */
gint64           sv_meeting_editor_get_meeting_id (SvMeetingEditor     *self);

G_END_DECLS
