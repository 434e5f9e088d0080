/* sv-chair-window-private.h: what the files of SvChairWindow share. */
#pragma once

#include "sv-chair-window.h"
#include "sv-date-row.h"
#include "sv-projection-window.h"
#include "sv-projection.h"

G_BEGIN_DECLS

struct _SvChairWindow
{
  AdwApplicationWindow  parent_instance;

  SvStore              *store;        /* owned */
  GSettings            *settings;     /* owned */
  gulong                changed_id;
  SvMeeting            *meeting;      /* owned */
  GPtrArray            *items;        /* owned, SvAgendaItem in agenda order; the window's copies are the ones saved */
  GPtrArray            *households;   /* owned, SvHousehold or NULL, per item */
  GPtrArray            *members;      /* owned, GPtrArray of SvMember or NULL, per item */
  GPtrArray            *networks;     /* owned, GPtrArray of SvNetworkMember or NULL, per item */
  GPtrArray            *attendance;   /* owned, SvAttendance of the meeting */
  GPtrArray            *agreements;   /* owned, SvAgreement of the current item */
  char                 *journal_text; /* owned, the current item's minutes as journaled; NULL: none */
  GHashTable           *drafts;       /* owned, item id → SvAgreementDraft typed but not added */
  int                   current;      /* index into items; −1 when the agenda is empty */

  SvClockFunc           clock;
  gpointer              clock_data;
  gint64                demo_start;   /* SV_NOW: the clock's start, 0 when unset */
  gint64                demo_since;   /* monotonic µs when it was read */
  guint                 tick_id;
  guint                 rest_tick_id; /* the agenda's lines out of sight */
  guint                 rest_id;      /* are made after the first frame */
  guint                 advice_save_id;
  guint                 minutes_save_id;
  guint                 refresh_id;
  gboolean              advice_dirty;
  gboolean              minutes_dirty;
  gboolean              filling;      /* widgets set from records: no saves */
  gboolean              leave_confirmed;
  gboolean              read_only;

  SvRevealFlags         reveal;
  SvProjectionWindow   *projection;   /* borrowed: GTK owns the window; cleared on destroy */
  gboolean              stopping_projection;
  gboolean              projector_lost;   /* said once, before its window goes */

  /* Template children */
  AdwToastOverlay      *toasts;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *project_button;
  GtkRevealer          *notice_revealer;
  GtkImage             *notice_icon;
  GtkLabel             *notice_label;
  GtkButton            *notice_button;
  GtkLabel             *clock_label;
  GtkLabel             *remaining_label;
  GtkListBox           *agenda_list;
  GtkStack             *main_stack;
  GtkScrolledWindow    *case_scroller;
  GtkLabel             *position_label;
  GtkLabel             *case_title;
  GtkLabel             *case_subtitle;
  GtkLabel             *timer_label;
  GtkLabel             *planned_label;
  GtkLabel             *overrun_label;
  GtkButton            *previous_button;
  GtkButton            *timer_button;
  GtkButton            *next_button;
  AdwButtonContent     *timer_button_content;
  GtkBox               *columns;
  GtkLabel             *question_label;
  AdwPreferencesGroup  *reveal_group;
  GtkToggleButton      *reveal_initials;
  GtkToggleButton      *reveal_names;
  GtkToggleButton      *reveal_births;
  AdwPreferencesGroup  *advice_group;
  AdwComboRow          *advice_row;
  AdwEntryRow          *advice_text_row;
  AdwPreferencesGroup  *family_group;
  AdwComboRow          *family_row;
  AdwPreferencesGroup  *agreements_group;
  AdwEntryRow          *who_row;
  AdwEntryRow          *what_row;
  SvDateRow            *due_row;
  AdwEntryRow          *monitoring_row;
  GtkLabel             *agreement_error;
  GtkListBox           *agreements_list;
  AdwPreferencesGroup  *minutes_group;
  GtkTextView          *minutes_view;
  GtkImage             *journal_icon;
  GtkLabel             *journal_label;
  GtkButton            *finish_button;
};

/* sv-chair-window.c */
gint64        sv_chair_window_now              (SvChairWindow *self);
SvAgendaItem *sv_chair_window_current_item     (SvChairWindow *self);
/* Saves @item (one of self->items); on failure shows why and returns FALSE. */
gboolean      sv_chair_window_save_item        (SvChairWindow *self,
                                                SvAgendaItem  *item);
void          sv_chair_window_show_notice      (SvChairWindow *self,
                                                const char    *text,
                                                const char    *button_label,
                                                const char    *button_action);
void          sv_chair_window_update_agenda_row (SvChairWindow *self,
                                                 guint          index);
char         *sv_chair_window_dup_author       (SvChairWindow *self);
/* After an operation wrote the current item through the store: take the
 * stored version and show it. */
void          sv_chair_window_refresh_current  (SvChairWindow *self);

/* sv-chair-window-capture.c */
void          sv_chair_window_install_capture  (GtkWidgetClass *widget_class);
void          sv_chair_window_init_capture     (SvChairWindow *self);
/* Fills advice, family, agreements and minutes for the current item. */
void          sv_chair_window_fill_capture     (SvChairWindow *self);
void          sv_chair_window_reload_agreements (SvChairWindow *self);
/* Writes pending edits (advice text, minutes) of the current item now. */
void          sv_chair_window_flush_edits      (SvChairWindow *self);
void          sv_chair_window_set_read_only_capture (SvChairWindow *self,
                                                     gboolean       read_only);
/* Case numbers of agreements typed but not added, ", "-joined; NULL: none. */
char         *sv_chair_window_dup_unsaved_drafts (SvChairWindow *self);

/* sv-chair-window-projection.c */
void          sv_chair_window_install_projection (GtkWidgetClass *widget_class);
void          sv_chair_window_init_projection  (SvChairWindow *self);
/* Rebuilds what the projector shows, when projecting. */
void          sv_chair_window_update_projection (SvChairWindow *self);
/* The reveal goes back to none (moving to another case). */
void          sv_chair_window_reset_reveal     (SvChairWindow *self);
void          sv_chair_window_stop_projection  (SvChairWindow *self);

G_END_DECLS
