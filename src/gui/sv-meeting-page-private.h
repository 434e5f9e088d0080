/* sv-meeting-page-private.h: what the files of SvMeetingPage share. */
#pragma once

#include "sv-meeting-page.h"
#include "sv-meeting-plan.h"

G_BEGIN_DECLS

struct _SvMeetingPage
{
  GtkWidget            parent_instance;

  SvStore             *store;          /* owned */
  GSettings           *settings;       /* owned, may be NULL */
  gulong               changed_id;
  gint64               meeting_id;
  SvMeeting           *meeting;        /* owned; NULL when none is shown */
  SvMeetingKind       *kind;           /* owned; the meeting's kind */
  gboolean             editable;       /* not closed */
  GPtrArray           *items;          /* owned, of SvAgendaItem, in order */
  GPtrArray           *item_rows;      /* owned refs: the agenda rows, in order */
  GHashTable          *households;     /* owned: case id (gint64 *) → name */
  GArray              *proposals;      /* owned, of SvStandingProposal */
  GtkStringList       *inbrengers;     /* owned: "no one" + the professionals */
  GArray              *inbrenger_ids;  /* owned, gint64 per entry of inbrengers */
  GArray              *invite_item_ids;/* owned, gint64 per case in the popover */
  GArray              *invite_org_ids; /* owned, gint64 per organisation */

  /* Rebuilding keeps the place: */
  GHashTable          *keyed;          /* focus key → widget (borrowed) */
  GHashTable          *expanded;       /* keys of agenda rows opened */
  char                *focus_key;      /* focus here after the next rebuild */
  guint                rebuild_id;
  gboolean             quiet;          /* a field is being saved: no rebuild */
  gboolean             stale;          /* the store changed while hidden */
  gboolean             rebuilding;
  /* What is out of sight, made after the first frame: */
  guint                below_tick_id;
  guint                below_id;
  gboolean             loading;

  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *edit_button;
  GtkWidget           *remove_button;
  GtkWidget           *start_button;
  GtkScrolledWindow   *scroller;
  AdwPreferencesGroup *agenda_group;
  GtkWidget           *add_case_button;
  GtkWidget           *schedule_box;
  GtkWidget           *schedule_icon;
  GtkLabel            *schedule_label;
  AdwPreferencesGroup *standing_group;
  AdwPreferencesGroup *attendance_group;
  GtkWidget           *invite_button;
  GtkPopover          *invite_popover;
  GtkDropDown         *invite_item_dropdown;
  GtkDropDown         *invite_org_dropdown;
  GtkLabel            *invite_hint;
};

#define SV_FOCUS_KEY "sv-focus-key"

/* sv-meeting-page.c */
void         sv_meeting_page_set_key          (SvMeetingPage *self,
                                               GtkWidget     *widget,
                                               char          *key);
void         sv_meeting_page_queue_rebuild    (SvMeetingPage *self,
                                               const char    *focus_key);
char        *sv_meeting_page_dup_focused_key (SvMeetingPage *self);
const char  *sv_meeting_page_household        (SvMeetingPage *self,
                                               gint64         case_id);
GtkWidget   *sv_meeting_page_empty_row        (const char    *text);
void         sv_meeting_page_show_error       (gpointer       widget,
                                               const GError  *error);

/* sv-meeting-page-agenda.c */
void         sv_meeting_page_fill_agenda      (SvMeetingPage *self,
                                               guint          n_rows);
void         sv_meeting_page_fill_agenda_rest (SvMeetingPage *self);
void         sv_meeting_page_update_schedule  (SvMeetingPage *self);
gboolean     sv_meeting_page_move_item        (SvMeetingPage *self,
                                               gint64         item_id,
                                               int            delta);
void         sv_meeting_page_install_agenda_actions (GtkWidgetClass *widget_class);

/* sv-meeting-page-print.c */
void         sv_meeting_page_install_print_actions (GtkWidgetClass *widget_class);

/* sv-meeting-page-attendance.c */
void         sv_meeting_page_fill_attendance  (SvMeetingPage *self);
void         sv_meeting_page_install_attendance_actions (GtkWidgetClass *widget_class);

G_END_DECLS
