/* sv-gesprek-planner-private.h: what the files of SvGesprekPlanner share. */
#pragma once

#include "sv-date-row.h"
#include "sv-gesprek-planner.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

#define SV_N_SAFETY 4

struct _SvGesprekPlanner
{
  AdwWindow            parent_instance;

  SvStore             *store;       /* owned */
  GSettings           *settings;    /* owned; may be NULL */
  SvWorkdays          *workdays;    /* owned */
  SvGesprek           *draft;       /* owned: what the widgets show */
  SvGesprekCardState  *card_state;  /* owned: the case's Veiligheidskaart versions */
  gboolean             loading;     /* widgets being filled: no write-back */
  gboolean             dirty;       /* changed since the last save */

  AdwToastOverlay     *toasts;
  GtkLabel            *error_label;
  GtkWidget           *save_button;
  GtkWidget           *delete_button;

  GtkSwitch           *rvdk_switch;
  SvDateRow           *kaart_sent_row;
  GtkWidget           *rvdk_row;
  GtkToggleButton     *rvdk_checks[3];  /* not decided, joins, does not join */

  AdwPreferencesGroup *when_group;
  AdwActionRow        *gate_row;
  SvDateRow           *consultation_row;
  AdwActionRow        *latest_row;
  SvDateRow           *date_row;
  AdwEntryRow         *time_row;
  AdwActionRow        *duration_row;
  GtkSpinButton       *duration;
  AdwActionRow        *warning_row;
  AdwEntryRow         *late_row;
  AdwActionRow        *preparation_row;
  AdwActionRow        *kaart_due_row;

  AdwPreferencesGroup *who_group;

  AdwComboRow         *place_row;
  AdwEntryRow         *place_other_row;
  GtkSwitch           *room_switch;
  AdwEntryRow         *room_row;

  GtkSwitch           *safety[SV_N_SAFETY];
  AdwEntryRow         *safety_other_row;

  AdwComboRow         *chair_row;
  AdwEntryRow         *chair_name_row;
  AdwEntryRow         *chair_role_row;

  SvDateRow           *definitive_row;
  GtkSwitch           *final_switch;

  AdwPreferencesGroup *check_group;
  AdwPreferencesGroup *letters_group;
  AdwPreferencesGroup *outcome_group;
};

/* The safety measures in the order of their switches. */
extern const SvIgSafety sv_gesprek_planner_safety_flags[SV_N_SAFETY];

/* sv-gesprek-planner-build.c: the widgets. */
void sv_gesprek_planner_build         (SvGesprekPlanner *self);

/* sv-gesprek-planner.c: every widget's change goes into the draft. */
void sv_gesprek_planner_field_changed_cb (GtkWidget        *widget,
                                          GParamSpec       *pspec,
                                          SvGesprekPlanner *self);
void sv_gesprek_planner_save_clicked_cb  (GtkButton        *button,
                                          SvGesprekPlanner *self);
/* The message above the groups; NULL hides it. */
void sv_gesprek_planner_show_error    (SvGesprekPlanner *self,
                                       const char       *message);

/* sv-gesprek-planner.c: derived rows (latest date, warnings, gate,
 * checklist) from the draft; marks it changed. */
void sv_gesprek_planner_refresh       (SvGesprekPlanner *self);
/* Reads the Veiligheidskaart's versions of the draft's case again. */
void sv_gesprek_planner_load_card_state (SvGesprekPlanner *self);
void sv_gesprek_planner_changed       (SvGesprekPlanner *self);

/* sv-gesprek-planner-people.c: the Who group. */
GtkWidget *sv_gesprek_planner_who_group (SvGesprekPlanner *self);
void sv_gesprek_planner_fill_people   (SvGesprekPlanner *self);
/* The status line of each person (8+ on the date) without rebuilding. */
void sv_gesprek_planner_update_people (SvGesprekPlanner *self);
/* The action planner.add-person("ouder"|"jeugdige"|…). */
void sv_gesprek_planner_add_person_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter);

/* sv-gesprek-planner-letters.c: the Invitations and Outcome groups. */
GtkWidget *sv_gesprek_planner_letters_group (SvGesprekPlanner *self);
GtkWidget *sv_gesprek_planner_outcome_group (SvGesprekPlanner *self);
void sv_gesprek_planner_fill_letters  (SvGesprekPlanner *self);

G_END_DECLS
