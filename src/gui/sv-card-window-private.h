/* sv-card-window-private.h: what the files of SvCardWindow share. */
#pragma once

#include "sv-autosave.h"
#include "sv-card-window.h"
#include "sv-date-row.h"

G_BEGIN_DECLS

struct _SvCardWindow
{
  AdwWindow            parent_instance;

  SvStore             *store;      /* owned */
  GSettings           *settings;   /* owned */
  gulong               changed_id;
  gint64               case_id;
  SvSafetyCard        *card;       /* owned; as last read */
  gint64               revision[SV_CARD_N_FIELDS]; /* what each view was loaded with */
  SvAutosave          *autosave;   /* owned */
  GtkTextView         *views[SV_CARD_N_FIELDS];
  GQueue               conflicts;  /* SvCardField, as GINT_TO_POINTER, oldest first */
  gboolean             filling;
  gboolean             closing;
  gboolean             saving;     /* inside one of our own text saves */
  guint                reload_id;  /* a reload waiting for the main loop */

  /* Template children. */
  AdwWindowTitle      *window_title;
  GtkLabel            *save_status;
  AdwToastOverlay     *toasts;
  GtkScrolledWindow   *scroller;
  GtkBox              *sections;
  GtkRevealer         *conflict_revealer;
  GtkLabel            *conflict_label;

  /* 1 Gezin en netwerk */
  AdwExpanderRow      *members_row;
  AdwExpanderRow      *network_row;
  AdwExpanderRow      *roles_row;
  /* 5 Veiligheidsschaal */
  GtkDrawingArea      *score_chart;
  AdwPreferencesGroup *scores_group;
  AdwEntryRow         *score_viewpoint_row;
  GtkSpinButton       *score_spin;
  SvDateRow           *score_date_row;
  /* 6 Voorwaarden */
  AdwPreferencesGroup *conditions_group;
  AdwEntryRow         *condition_text_row;
  SvDateRow           *condition_term_row;
  AdwEntryRow         *condition_consequence_row;
  /* 7 Advies */
  AdwComboRow         *advice_row;
  /* 8 Afspraken */
  GtkListBox          *agreements_list;
  GtkLabel            *agreements_summary;
  AdwEntryRow         *agreement_what_row;
  guint                agreements_idle;   /* rows still to add, a batch per idle */
  GPtrArray           *agreements_todo;   /* SvAgreement *, owned copies */
  guint                agreements_next;
  GHashTable          *agreements_names;  /* meeting names by agenda item */
  SvWorkdays          *agreements_workdays;
  /* 12 Delen */
  AdwPreferencesGroup *recipients_group;
  AdwEntryRow         *recipient_name_row;
  AdwEntryRow         *recipient_org_row;
  GtkCheckButton      *recipient_consent_check;
  AdwPreferencesGroup *versions_group;
  AdwPreferencesGroup *history_group;
  GtkLabel            *gate_label;
};

/* sv-card-window.c */
const char *sv_card_window_field_key    (SvCardField   field);
gboolean   sv_card_window_key_field     (const char   *key,
                                         SvCardField  *out);
void       sv_card_window_update_save_status (SvCardWindow *self);
GtkWidget *sv_card_window_add_section   (SvCardWindow *self,
                                         guint         number,
                                         const char   *title,
                                         const char   *description);
void       sv_card_window_add_text      (SvCardWindow *self,
                                         GtkWidget    *section,
                                         SvCardField   field,
                                         const char   *label);
char      *sv_card_window_dup_user      (SvCardWindow *self);
void       sv_card_window_show_error    (SvCardWindow *self,
                                         const GError *error);
void       sv_card_window_toast         (SvCardWindow *self,
                                         const char   *message);

/* sv-card-window-conflict.c */
void       sv_card_window_show_next_conflict (SvCardWindow *self);
void       sv_card_window_on_conflict_cb     (SvAutosave   *autosave,
                                              const char   *key,
                                              SvCardWindow *self);
void       sv_card_window_install_conflict_actions (GtkWidgetClass *widget_class);

/* sv-card-window-family.c: section 1 */
GtkWidget *sv_card_window_build_family  (SvCardWindow *self);
void       sv_card_window_fill_family   (SvCardWindow *self);

/* sv-card-window-scores.c: section 5 */
GtkWidget *sv_card_window_build_scores  (SvCardWindow *self);
void       sv_card_window_fill_scores   (SvCardWindow *self);

/* sv-card-window-lists.c: sections 6 (conditions), 7 (advice kind), 8 */
GtkWidget *sv_card_window_build_conditions (SvCardWindow *self);
void       sv_card_window_fill_conditions  (SvCardWindow *self);
GtkWidget *sv_card_window_build_advice     (SvCardWindow *self);
void       sv_card_window_fill_advice      (SvCardWindow *self);
GtkWidget *sv_card_window_build_agreements (SvCardWindow *self);
void       sv_card_window_fill_agreements  (SvCardWindow *self);
void       sv_card_window_stop_agreements  (SvCardWindow *self);

/* sv-card-window-sharing.c: section 12 */
GtkWidget *sv_card_window_build_sharing (SvCardWindow *self);
void       sv_card_window_fill_sharing  (SvCardWindow *self);
void       sv_card_window_install_sharing_actions (GtkWidgetClass *widget_class);
SvCardVersion *sv_card_window_find_version (SvCardWindow *self,
                                            gint64        id);

/* sv-card-window-send.c */
void       sv_card_window_mark_sent_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);

G_END_DECLS
