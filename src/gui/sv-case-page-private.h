/* sv-case-page-private.h: what the files of SvCasePage share. */
#pragma once

#include "sv-case-page.h"
#include "sv-countdown.h"
#include "sv-date-row.h"
#include "sv-field-error.h"
#include "sv-traject-view.h"

G_BEGIN_DECLS

struct _SvCasePage
{
  GtkWidget            parent_instance;

  SvStore             *store;      /* owned */
  GSettings           *settings;   /* owned */
  gulong               changed_id;
  gint64               case_id;
  SvCase              *record;     /* owned; NULL when nothing is shown */
  gboolean             show_back_button;

  GtkWidget           *back_button;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkScrolledWindow   *scroller;
  AdwPreferencesGroup *report_group;
  AdwPreferencesGroup *consent_group;
  AdwPreferencesGroup *traject_group;
  SvTrajectView       *traject_view;
  AdwPreferencesGroup *vht_group;
  GtkDrawingArea      *vht_chart;
  AdwActionRow        *card_row;
  AdwPreferencesGroup *countdown_group;
  SvCountdown         *countdown;
  AdwPreferencesGroup *deadlines_group;
  AdwPreferencesGroup *agreements_group;
  AdwPreferencesGroup *meetings_group;
  AdwPreferencesGroup *members_group;
  AdwPreferencesGroup *network_group;
  AdwPreferencesGroup *roles_group;
  AdwPreferencesGroup *journal_group;
  SvDateRow           *entry_date_row;
  SvFieldError        *entry_date_error;
  GtkTextView         *entry_view;
  GtkLabel            *entry_error;
  GtkListBox          *journal_list;
};

/* sv-case-page-actions.c */
void sv_case_page_install_actions (GtkWidgetClass *widget_class);

/* sv-case-page-deadlines.c */
void sv_case_page_fill_deadlines      (SvCasePage *self);
void sv_case_page_toggle_deadline     (SvCasePage *self,
                                       const char *rule_id);
void sv_case_page_edit_facts          (SvCasePage *self);
void on_countdown_step_activated_cb   (SvCountdown *countdown,
                                       guint        index,
                                       SvCasePage  *self);

/* sv-case-page-traject.c */
void sv_case_page_fill_traject        (SvCasePage    *self);
void on_traject_step_activated_cb     (SvTrajectView *view,
                                       guint          step,
                                       SvCasePage    *self);

/* sv-case-page-vht.c */
void sv_case_page_fill_vht            (SvCasePage    *self);
void sv_case_page_advance_vht         (SvCasePage    *self,
                                       guint          which);

/* sv-case-page-gesprek.c */
void sv_case_page_fill_gesprekken     (SvCasePage    *self);
/* @gesprek_id 0: a new one. */
void sv_case_page_open_gesprek        (SvCasePage    *self,
                                       gint64         gesprek_id);

/* sv-case-page-agreements.c */
void sv_case_page_fill_agreements  (SvCasePage *self);
void sv_case_page_toggle_agreement (SvCasePage *self,
                                    gint64      agreement_id);

/* sv-case-page-erase.c */
void              sv_case_page_update_erase   (SvCasePage *self);
void              sv_case_page_show_audit_log (SvCasePage *self);
AdwMessageDialog *sv_case_page_confirm_erase  (SvCasePage *self);

/* sv-case-page-print.c */
void sv_case_page_print (SvCasePage              *self,
                         GtkPrintOperationAction  action);

/* sv-case-page-journal.c */
void sv_case_page_fill_journal (SvCasePage *self);
void sv_case_page_add_entry    (SvCasePage *self);
void sv_case_page_reset_entry  (SvCasePage *self);
void sv_case_page_correct_entry (SvCasePage *self,
                                 gint64      entry_id);

G_END_DECLS
