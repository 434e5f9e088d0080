/* sv-store.h: the one interface through which the app reads and writes its
 * data.
 *
 * Today SvSqliteStore implements it on a local SQLite file; a shared server
 * database for a whole team can implement the same interface later. No
 * caller knows SQL. Every write is one transaction: it happens whole or not
 * at all. Several writes become one transaction with
 * sv_store_run_in_transaction(). Writes validate their records with the
 * core rules first, so an invalid record never reaches the storage.
 *
 * Lists come back as GPtrArray with a free function set; the caller owns
 * them. Getters of single records return NULL with SV_ERROR_NOT_FOUND.
 */
#pragma once

#include <gio/gio.h>

#include "sv-case.h"
#include "sv-case-facts.h"
#include "sv-case-summary.h"
#include "sv-gesprek.h"
#include "sv-gesprek-card.h"
#include "sv-household.h"
#include "sv-journal-entry.h"
#include "sv-meeting-kind.h"
#include "sv-meeting.h"
#include "sv-agenda-item.h"
#include "sv-agreement.h"
#include "sv-audit-entry.h"
#include "sv-professional.h"
#include "sv-safety-card.h"
#include "sv-traject.h"
#include "sv-vht-intervention.h"

G_BEGIN_DECLS

#define SV_TYPE_STORE (sv_store_get_type ())

G_DECLARE_INTERFACE (SvStore, sv_store, SV, STORE, GObject)

typedef enum {
  SV_CASE_FILTER_OPEN,
  SV_CASE_FILTER_CLOSED,
  SV_CASE_FILTER_ALL,
} SvCaseFilter;

/* What a change touched, for views that refresh themselves. */
typedef enum {
  SV_STORE_CHANGE_CASE_LIST     = 1 << 0, /* cases added, closed, reordered */
  SV_STORE_CHANGE_CASE          = 1 << 1, /* the content of one case */
  SV_STORE_CHANGE_PROFESSIONALS = 1 << 2, /* organisations, professionals */
  SV_STORE_CHANGE_MEETINGS      = 1 << 3, /* meeting kinds and participants */
  SV_STORE_CHANGE_MEETING_PLAN  = 1 << 4, /* dated meetings, agendas, attendance, agreements */
  SV_STORE_CHANGE_CARD          = 1 << 5, /* the Veiligheidskaart of one case, its versions */
} SvStoreChange;

/* Kinds of record that carry a uid, for the exchange format. */
typedef enum {
  SV_RECORD_CASE,
  SV_RECORD_HOUSEHOLD,
  SV_RECORD_PROFESSIONAL,
  SV_RECORD_JOURNAL_ENTRY,
  SV_RECORD_AGREEMENT,
} SvRecordKind;

/* What erasing a case removes, counted before asking. */
typedef struct {
  guint households;       /* 1 when no other case shares the household, else 0 (kept) */
  guint members;          /* household members (when no other case shares the household) */
  guint network;          /* people of the informal network (same) */
  guint journal;          /* journal entries */
  guint agreements;
  guint agenda_items;     /* the case on meetings' agendas, with question and minutes */
  guint roles;            /* professionals' roles on the case */
  guint traject_moves;
  guint vht_interventions;
  guint card_parts;       /* Veiligheidskaart sections, scores, conditions, recipients */
  guint card_versions;    /* kept versions of the Veiligheidskaart, sent ones too */
  guint gesprekken;       /* interventiegesprekken with their people and letters */
  guint audit_entries;    /* audit lines reduced to a tombstone */
} SvErasureCounts;

typedef gboolean (*SvStoreFunc) (SvStore  *store,
                                 gpointer  user_data,
                                 GError  **error);

struct _SvStoreInterface
{
  GTypeInterface parent_iface;

  gboolean        (*run_in_transaction)        (SvStore *self, SvStoreFunc func, gpointer user_data, GError **error);
  gint64          (*find_by_uid)               (SvStore *self, SvRecordKind kind, const char *uid, GError **error);

  SvHousehold    *(*get_household)             (SvStore *self, gint64 id, GError **error);
  gboolean        (*save_household)            (SvStore *self, SvHousehold *household, GError **error);
  GPtrArray      *(*list_members)              (SvStore *self, gint64 household_id, GError **error);
  gboolean        (*save_member)               (SvStore *self, SvMember *member, GError **error);
  gboolean        (*delete_member)             (SvStore *self, gint64 member_id, GError **error);
  GPtrArray      *(*list_network)              (SvStore *self, gint64 household_id, GError **error);
  gboolean        (*save_network_member)       (SvStore *self, SvNetworkMember *member, GError **error);
  gboolean        (*delete_network_member)     (SvStore *self, gint64 member_id, GError **error);

  SvCase         *(*get_case)                  (SvStore *self, gint64 id, GError **error);
  gboolean        (*save_case)                 (SvStore *self, SvCase *c, GError **error);
  gint64          (*find_case)                 (SvStore *self, const char *number, GError **error);
  guint           (*count_cases)               (SvStore *self, SvCaseFilter filter, GError **error);
  GArray         *(*list_case_ids)             (SvStore *self, SvCaseFilter filter, guint limit, GError **error);
  GArray         *(*search_case_ids)           (SvStore *self, const char *query, SvCaseFilter filter, GError **error);
  GPtrArray      *(*get_case_summaries)        (SvStore *self, const gint64 *ids, guint n_ids, GError **error);
  SvConsent      *(*get_consent)               (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*save_consent)              (SvStore *self, SvConsent *consent, GError **error);

  GPtrArray      *(*list_organisations)        (SvStore *self, GError **error);
  gboolean        (*save_organisation)         (SvStore *self, SvOrganisation *organisation, GError **error);
  GPtrArray      *(*list_professionals)        (SvStore *self, GError **error);
  gboolean        (*save_professional)         (SvStore *self, SvProfessional *professional, GError **error);
  GPtrArray      *(*list_case_roles)           (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*save_case_role)            (SvStore *self, SvCaseRole *role, GError **error);
  gboolean        (*delete_case_role)          (SvStore *self, gint64 role_id, GError **error);

  GPtrArray      *(*list_meeting_kinds)        (SvStore *self, GError **error);
  gboolean        (*save_meeting_kind)         (SvStore *self, SvMeetingKind *kind, GError **error);
  GPtrArray      *(*list_meeting_participants) (SvStore *self, gint64 kind_id, GError **error);
  gboolean        (*save_meeting_participant)  (SvStore *self, SvMeetingParticipant *participant, GError **error);
  gboolean        (*delete_meeting_participant)(SvStore *self, gint64 participant_id, GError **error);

  GPtrArray      *(*list_journal)              (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*add_journal_entry)         (SvStore *self, SvJournalEntry *entry, GError **error);

  SvCaseFacts    *(*get_case_facts)            (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*save_case_facts)           (SvStore *self, SvCaseFacts *facts, GError **error);
  GHashTable     *(*list_deadlines_done)       (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*set_deadline_done)         (SvStore *self, gint64 case_id, const char *rule_id, const GDate *done_on, GError **error);
  GPtrArray      *(*list_case_facts)           (SvStore *self, SvCaseFilter filter, GError **error);
  GHashTable     *(*list_all_deadlines_done)   (SvStore *self, SvCaseFilter filter, GError **error);
  GPtrArray      *(*list_case_facts_in_range)  (SvStore *self, SvCaseFactDate fact, const GDate *first, const GDate *last, GHashTable **out_done, GError **error);
  GArray         *(*list_case_ids_for_professional) (SvStore *self, gint64 professional_id, GError **error);

  GPtrArray      *(*list_meetings)             (SvStore *self, const GDate *from, const GDate *to, GError **error);
  SvMeeting      *(*get_meeting)               (SvStore *self, gint64 id, GError **error);
  SvMeeting      *(*get_previous_meeting)      (SvStore *self, gint64 kind_id, const GDate *before, gboolean regular_only, GError **error);
  gboolean        (*save_meeting)              (SvStore *self, SvMeeting *meeting, GError **error);
  gboolean        (*delete_meeting)            (SvStore *self, gint64 id, GError **error);
  GPtrArray      *(*list_attendance)           (SvStore *self, gint64 meeting_id, GError **error);
  gboolean        (*save_attendance)           (SvStore *self, SvAttendance *attendance, GError **error);
  gboolean        (*delete_attendance)         (SvStore *self, gint64 id, GError **error);
  GPtrArray      *(*list_agenda)               (SvStore *self, gint64 meeting_id, GError **error);
  SvAgendaItem   *(*get_agenda_item)           (SvStore *self, gint64 id, GError **error);
  gboolean        (*save_agenda_item)          (SvStore *self, SvAgendaItem *item, GError **error);
  gboolean        (*delete_agenda_item)        (SvStore *self, gint64 id, GError **error);
  gboolean        (*move_agenda_item)          (SvStore *self, gint64 id, guint position, GError **error);
  GPtrArray      *(*list_case_agenda_items)    (SvStore *self, gint64 case_id, GError **error);
  GPtrArray      *(*list_agreements)           (SvStore *self, gint64 case_id, gint64 agenda_item_id, GError **error);
  GPtrArray      *(*list_open_agreements_of_kind) (SvStore *self, gint64 kind_id, GError **error);
  gboolean        (*save_agreement)            (SvStore *self, SvAgreement *agreement, GError **error);
  gboolean        (*delete_agreement)          (SvStore *self, gint64 id, GError **error);

  SvTraject      *(*get_traject)               (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*save_traject)              (SvStore *self, SvTraject *traject, GError **error);
  GPtrArray      *(*list_traject_moves)        (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*move_traject)              (SvStore *self, gint64 case_id, SvTrajectStep from, SvTrajectStep to, const GDate *on, const char *who, GError **error);
  gboolean        (*count_traject_steps)       (SvStore *self, guint *counts, guint *n_unknown, GError **error);
  gboolean        (*import_traject)            (SvStore *self, SvTraject *traject, GPtrArray *moves, GError **error);
  SvVhtInterventions *(*get_vht_interventions) (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*move_vht_intervention)     (SvStore *self, gint64 case_id, SvVhtIntervention which, SvVhtState from, SvVhtState to, const GDate *on, const char *who, GError **error);
  gboolean        (*set_vht_rvdk_kaart_sent)   (SvStore *self, gint64 case_id, const GDate *sent, GError **error);

  gboolean        (*log_access)                (SvStore *self, SvAuditAction action, gint64 case_id, const char *detail, GError **error);
  GPtrArray      *(*list_audit)                (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*count_erasure)             (SvStore *self, gint64 case_id, SvErasureCounts *out, GError **error);
  gboolean        (*erase_case)                (SvStore *self, gint64 case_id, const GDate *today, guint retention_years, GError **error);
  SvSafetyCard   *(*get_safety_card)           (SvStore *self, gint64 case_id, GError **error);
  gboolean        (*save_card_field)           (SvStore *self, gint64 case_id, SvCardField field, const char *text, gint64 base_revision, const char *who, gint64 *new_revision, GError **error);
  gboolean        (*set_card_advice)           (SvStore *self, gint64 case_id, SvVhtAdvice advice, GError **error);
  gboolean        (*save_card_score)           (SvStore *self, SvCardScore *score, GError **error);
  gboolean        (*delete_card_score)         (SvStore *self, gint64 id, GError **error);
  gboolean        (*save_card_condition)       (SvStore *self, SvCardCondition *condition, GError **error);
  gboolean        (*delete_card_condition)     (SvStore *self, gint64 id, GError **error);
  gboolean        (*save_card_recipient)       (SvStore *self, SvCardRecipient *recipient, GError **error);
  gboolean        (*delete_card_recipient)     (SvStore *self, gint64 id, GError **error);
  gboolean        (*record_card_consent)       (SvStore *self, gint64 recipient_id, const char *who, GError **error);
  SvCardVersion  *(*make_card_version)         (SvStore *self, gint64 case_id, SvCardStatus status, const char *who, GError **error);
  gboolean        (*mark_card_version_sent)    (SvStore *self, gint64 version_id, const gint64 *recipient_ids, guint n_recipients, const GDate *sent_on, GError **error);
  GPtrArray      *(*list_card_versions)        (SvStore *self, gint64 case_id, GError **error);
  char           *(*get_card_version_snapshot) (SvStore *self, gint64 version_id, GError **error);
  gboolean        (*import_safety_card)        (SvStore *self, SvSafetyCard *card, GPtrArray *versions, GError **error);
  GPtrArray      *(*list_card_edits)           (SvStore *self, gint64 case_id, GError **error);
  GPtrArray      *(*list_gesprekken)           (SvStore *self, gint64 case_id, GError **error);
  SvGesprek      *(*get_gesprek)               (SvStore *self, gint64 id, GError **error);
  gboolean        (*save_gesprek)              (SvStore *self, SvGesprek *gesprek, SvWorkdays *workdays, GError **error);
  gboolean        (*delete_gesprek)            (SvStore *self, gint64 id, GError **error);
  char           *(*get_gesprek_letter)        (SvStore *self, gint64 gesprek_id, const char *letter, GError **error);
  gboolean        (*save_gesprek_letter)       (SvStore *self, gint64 gesprek_id, const char *letter, const char *body, GError **error);
};

/* Runs @func inside one transaction: when it returns FALSE (or a write in
 * it fails) everything it wrote is undone. Transactions nest. */
gboolean        sv_store_run_in_transaction         (SvStore              *self,
                                                     SvStoreFunc           func,
                                                     gpointer              user_data,
                                                     GError              **error);
/* 0 when no record of @kind has @uid (no error set). */
gint64          sv_store_find_by_uid                (SvStore              *self,
                                                     SvRecordKind          kind,
                                                     const char           *uid,
                                                     GError              **error);

SvHousehold    *sv_store_get_household              (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* Inserts when @household->id is 0 (and fills id and uid), else updates. */
gboolean        sv_store_save_household             (SvStore              *self,
                                                     SvHousehold          *household,
                                                     GError              **error);
GPtrArray      *sv_store_list_members               (SvStore              *self,
                                                     gint64                household_id,
                                                     GError              **error);
gboolean        sv_store_save_member                (SvStore              *self,
                                                     SvMember             *member,
                                                     GError              **error);
gboolean        sv_store_delete_member              (SvStore              *self,
                                                     gint64                member_id,
                                                     GError              **error);
GPtrArray      *sv_store_list_network               (SvStore              *self,
                                                     gint64                household_id,
                                                     GError              **error);
gboolean        sv_store_save_network_member        (SvStore              *self,
                                                     SvNetworkMember      *member,
                                                     GError              **error);
gboolean        sv_store_delete_network_member      (SvStore              *self,
                                                     gint64                member_id,
                                                     GError              **error);

SvCase         *sv_store_get_case                   (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* Inserts when @c->id is 0: fills id, uid, number (keeps a given number
 * when it is free) and timestamps. Else updates. */
gboolean        sv_store_save_case                  (SvStore              *self,
                                                     SvCase               *c,
                                                     GError              **error);
/* By case number ("2026-0012"); 0 when there is none (no error set). */
gint64          sv_store_find_case                  (SvStore              *self,
                                                     const char           *number,
                                                     GError              **error);
guint           sv_store_count_cases                (SvStore              *self,
                                                     SvCaseFilter          filter,
                                                     GError              **error);
/* Case ids, newest report first: a GArray of gint64; the first @limit
 * only, or all when @limit is 0. */
GArray         *sv_store_list_case_ids              (SvStore              *self,
                                                     SvCaseFilter          filter,
                                                     guint                 limit,
                                                     GError              **error);
/* Cases whose names, number, reason or journal contain words starting
 * with each word of @query, ignoring case and diacritics; same order. */
GArray         *sv_store_search_case_ids            (SvStore              *self,
                                                     const char           *query,
                                                     SvCaseFilter          filter,
                                                     GError              **error);
/* SvCaseSummary objects in the order of @ids (missing ids are skipped). */
GPtrArray      *sv_store_get_case_summaries         (SvStore              *self,
                                                     const gint64         *ids,
                                                     guint                 n_ids,
                                                     GError              **error);
/* Never NULL for an existing case: a case without a record yet has consent
 * "not yet asked". */
SvConsent      *sv_store_get_consent                (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
gboolean        sv_store_save_consent               (SvStore              *self,
                                                     SvConsent            *consent,
                                                     GError              **error);

GPtrArray      *sv_store_list_organisations         (SvStore              *self,
                                                     GError              **error);
/* Inserts or updates; an insert of a name that exists (ignoring case)
 * returns the existing organisation's id instead. */
gboolean        sv_store_save_organisation          (SvStore              *self,
                                                     SvOrganisation       *organisation,
                                                     GError              **error);
GPtrArray      *sv_store_list_professionals         (SvStore              *self,
                                                     GError              **error);
/* With organisation_id 0 and an organisation_name, the organisation is
 * found or created by name. */
gboolean        sv_store_save_professional          (SvStore              *self,
                                                     SvProfessional       *professional,
                                                     GError              **error);
GPtrArray      *sv_store_list_case_roles            (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* The role's professional must be stored (id set). */
gboolean        sv_store_save_case_role             (SvStore              *self,
                                                     SvCaseRole           *role,
                                                     GError              **error);
gboolean        sv_store_delete_case_role           (SvStore              *self,
                                                     gint64                role_id,
                                                     GError              **error);

GPtrArray      *sv_store_list_meeting_kinds         (SvStore              *self,
                                                     GError              **error);
gboolean        sv_store_save_meeting_kind          (SvStore              *self,
                                                     SvMeetingKind        *kind,
                                                     GError              **error);
GPtrArray      *sv_store_list_meeting_participants  (SvStore              *self,
                                                     gint64                kind_id,
                                                     GError              **error);
gboolean        sv_store_save_meeting_participant   (SvStore              *self,
                                                     SvMeetingParticipant *participant,
                                                     GError              **error);
gboolean        sv_store_delete_meeting_participant (SvStore              *self,
                                                     gint64                participant_id,
                                                     GError              **error);

/* Oldest first. */
GPtrArray      *sv_store_list_journal               (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Entries are only ever added: @entry->id must be 0. With corrects_id set,
 * the new entry corrects that one (of the same case). */
gboolean        sv_store_add_journal_entry          (SvStore              *self,
                                                     SvJournalEntry       *entry,
                                                     GError              **error);

/* The dated facts deadlines start from. Never NULL for an existing case:
 * a case without facts yet gets all dates cleared. */
SvCaseFacts    *sv_store_get_case_facts             (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Replaces the facts of @facts->case_id, after sv_case_facts_validate()
 * on today's date. */
gboolean        sv_store_save_case_facts            (SvStore              *self,
                                                     SvCaseFacts          *facts,
                                                     GError              **error);
/* Which deadlines of a case were marked done: rule id (char *) → the
 * GDate * it was done on; both owned by the table. */
GHashTable     *sv_store_list_deadlines_done        (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Marks a deadline done on @done_on (not in the future), or not done when
 * @done_on is NULL or cleared (undo). The rule id must be one of
 * sv_deadline_rule_ids(), also to undo. */
gboolean        sv_store_set_deadline_done          (SvStore              *self,
                                                     gint64                case_id,
                                                     const char           *rule_id,
                                                     const GDate          *done_on,
                                                     GError              **error);

/* For everything planned across cases: the facts of every case of @filter
 * that has any recorded (SvCaseFacts *, by case id). */
GPtrArray      *sv_store_list_case_facts            (SvStore              *self,
                                                     SvCaseFilter          filter,
                                                     GError              **error);
/* The deadlines marked done of every case of @filter: a gint64 * case id
 * → a table as sv_store_list_deadlines_done() returns. */
GHashTable     *sv_store_list_all_deadlines_done    (SvStore              *self,
                                                     SvCaseFilter          filter,
                                                     GError              **error);
/* As sv_store_list_case_facts() and sv_store_list_all_deadlines_done()
 * for the open cases, but only those whose @fact lies in [@first, @last]
 * (both real dates): what sv_meeting_standing_fact_range() names for the
 * standing items of a meeting. @out_done (may be NULL) gets their
 * deadlines marked done, as sv_store_list_all_deadlines_done() gives
 * them. */
GPtrArray      *sv_store_list_case_facts_in_range   (SvStore              *self,
                                                     SvCaseFactDate        fact,
                                                     const GDate          *first,
                                                     const GDate          *last,
                                                     GHashTable          **out_done,
                                                     GError              **error);
/* The cases a professional has a role on (gint64, ascending). */
GArray         *sv_store_list_case_ids_for_professional (SvStore          *self,
                                                     gint64                professional_id,
                                                     GError              **error);

/* For implementations: announce a committed change ("changed" signal). */
void            sv_store_emit_changed               (SvStore              *self,
                                                     SvStoreChange         what,
                                                     gint64                case_id);

/* Meetings on a date, their agendas and agreements (sv-store-meetings.c).
 *
 * Meetings between @from and @to (inclusive; either may be NULL for no
 * bound), by date and start. */
GPtrArray      *sv_store_list_meetings              (SvStore              *self,
                                                     const GDate          *from,
                                                     const GDate          *to,
                                                     GError              **error);
SvMeeting      *sv_store_get_meeting                (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* The latest meeting of @kind_id before @before (NULL when none, without
 * an error); with @regular_only, extra meetings (MDO) are passed over. */
SvMeeting      *sv_store_get_previous_meeting       (SvStore              *self,
                                                     gint64                kind_id,
                                                     const GDate          *before,
                                                     gboolean              regular_only,
                                                     GError              **error);
/* Inserts (with the fixed core of the kind as expected attendance) or
 * updates. Refused when another meeting overlaps in the same room, and
 * for a closed meeting. */
gboolean        sv_store_save_meeting               (SvStore              *self,
                                                     SvMeeting            *meeting,
                                                     GError              **error);
/* Only a planned meeting; its agenda goes with it, agreements stay with
 * their cases. */
gboolean        sv_store_delete_meeting             (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
GPtrArray      *sv_store_list_attendance            (SvStore              *self,
                                                     gint64                meeting_id,
                                                     GError              **error);
gboolean        sv_store_save_attendance            (SvStore              *self,
                                                     SvAttendance         *attendance,
                                                     GError              **error);
gboolean        sv_store_delete_attendance          (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* The agenda in order. */
GPtrArray      *sv_store_list_agenda                (SvStore              *self,
                                                     gint64                meeting_id,
                                                     GError              **error);
SvAgendaItem   *sv_store_get_agenda_item            (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* A new item goes to the end. Refused: a case already on this agenda or
 * on another meeting at the same time, a case the meeting may not
 * discuss (the consent gate), a closed case, a closed meeting. */
gboolean        sv_store_save_agenda_item           (SvStore              *self,
                                                     SvAgendaItem         *item,
                                                     GError              **error);
gboolean        sv_store_delete_agenda_item         (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* Moves an item to @position (clamped to the agenda), the others shift. */
gboolean        sv_store_move_agenda_item           (SvStore              *self,
                                                     gint64                id,
                                                     guint                 position,
                                                     GError              **error);
/* Every agenda item of a case, newest meeting first. */
GPtrArray      *sv_store_list_case_agenda_items     (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Agreements of a case (@agenda_item_id 0) or of one agenda item
 * (@case_id 0), oldest first. */
GPtrArray      *sv_store_list_agreements            (SvStore              *self,
                                                     gint64                case_id,
                                                     gint64                agenda_item_id,
                                                     GError              **error);
/* Open agreements made in meetings of @kind_id, for standing items. */
GPtrArray      *sv_store_list_open_agreements_of_kind (SvStore            *self,
                                                       gint64              kind_id,
                                                       GError            **error);
gboolean        sv_store_save_agreement             (SvStore              *self,
                                                     SvAgreement          *agreement,
                                                     GError              **error);
gboolean        sv_store_delete_agreement           (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);

/* Where a case stands on the Interventieteam's path (sv-store-traject.c).
 *
 * Never NULL for an existing case: a case never moved stands at "report
 * received" since its report date. The record's second part (consent,
 * roles, facts, whether the log shows Traject IV) is filled from the rest
 * of the case. A stored step the model does not know comes back as
 * unknown_step, unchanged. */
SvTraject      *sv_store_get_traject                (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Writes the traject's own record (adviesverslag, Traject IV hours, the
 * closing checklist) — never its step, which only moves. */
gboolean        sv_store_save_traject               (SvStore              *self,
                                                     SvTraject            *traject,
                                                     GError              **error);
/* The log of a case, oldest first (SvTrajectMove *). */
GPtrArray      *sv_store_list_traject_moves         (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Moves a case from @from to @to on @on (NULL: today; not in the future,
 * not before it entered @from) by @who, and logs it, in one transaction.
 * Refused with SV_ERROR_STALE when the case no longer stands at @from —
 * two windows moving the same case give one move, and the second learns
 * where the case went — and with SV_ERROR_INVALID and the model's reason
 * when the move is not allowed. Entering the first discussion or Traject V
 * records that date as the fact deadlines count from, unless it is known. */
gboolean        sv_store_move_traject               (SvStore              *self,
                                                     gint64                case_id,
                                                     SvTrajectStep         from,
                                                     SvTrajectStep         to,
                                                     const GDate          *on,
                                                     const char           *who,
                                                     GError              **error);
/* Writes the traject of a case and its log as an import carries them:
 * the step, the record and the moves (SvTrajectMove *, oldest first, with
 * their dates, time stamps and names) exactly as given. The caller has
 * checked the log against the model (the moves follow the process one
 * edge at a time and end at the step); requirements such as consent are
 * not checked again, as they were met when each move was made. The case
 * must have no log yet (SV_ERROR_EXISTS); a step or move the model does
 * not know is refused (SV_ERROR_INVALID). The step's start is the day of
 * the last move, or the report date without moves. */
gboolean        sv_store_import_traject             (SvStore              *self,
                                                     SvTraject            *traject,
                                                     GPtrArray            *moves,
                                                     GError              **error);
/* How many open cases stand at each step: @counts has SV_TRAJECT_N_STEPS
 * places; @n_unknown (may be NULL) gets those at steps the model does not
 * know. */
gboolean        sv_store_count_traject_steps        (SvStore              *self,
                                                     guint                *counts,
                                                     guint                *n_unknown,
                                                     GError              **error);

/* The VeiligheidsTeam's interventions 1–5 of a case (sv-store-vht.c).
 *
 * Never NULL for an existing case: an intervention never moved is "not
 * chosen". The context is filled from the case's facts (consultation,
 * order end) and the day the Veiligheidskaart went to the RvdK. */
SvVhtInterventions *sv_store_get_vht_interventions  (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Moves intervention @which of a case from @from to @to on @on (NULL:
 * today; not in the future) by @who, in one transaction. Refused with
 * SV_ERROR_STALE when it no longer stands at @from (another window), and
 * with SV_ERROR_INVALID and the model's reason when the move is not
 * allowed. */
gboolean        sv_store_move_vht_intervention      (SvStore              *self,
                                                     gint64                case_id,
                                                     SvVhtIntervention     which,
                                                     SvVhtState            from,
                                                     SvVhtState            to,
                                                     const GDate          *on,
                                                     const char           *who,
                                                     GError              **error);
/* Records the day the Veiligheidskaart went to the RvdK (not in the
 * future); NULL clears it. */
gboolean        sv_store_set_vht_rvdk_kaart_sent    (SvStore              *self,
                                                     gint64                case_id,
                                                     const GDate          *sent,
                                                     GError              **error);

/* The audit log and erasure (sv-store-audit.c).
 *
 * Records an access that is not a write — @action one of SV_AUDIT_OPEN,
 * PRINT, EXPORT, REVEAL, SHARE_WITHOUT_CONSENT — by the store's current
 * user, for case @case_id (0: about no single case, such as an export of
 * all cases). @detail says what (no names of residents: "case overview
 * with full names", "exchange file"). Writes are logged by the store
 * itself. */
gboolean        sv_store_log_access                 (SvStore              *self,
                                                     SvAuditAction         action,
                                                     gint64                case_id,
                                                     const char           *detail,
                                                     GError              **error);
/* The audit lines of a case, oldest first (SvAuditEntry). */
GPtrArray      *sv_store_list_audit                 (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* What sv_store_erase_case () would remove. */
gboolean        sv_store_count_erasure              (SvStore              *self,
                                                     gint64                case_id,
                                                     SvErasureCounts      *out,
                                                     GError              **error);
/* Erases a closed case whose retention period (@retention_years after
 * closing, sv_retention_allows_erasure ()) has passed on @today: its
 * rows, household when no other case shares it, search index entries,
 * agenda items and agreements; its audit lines become tombstones and one
 * "erased" line is added. Refused for an open case or one still within
 * its period, with the date it may be erased. */
gboolean        sv_store_erase_case                 (SvStore              *self,
                                                     gint64                case_id,
                                                     const GDate          *today,
                                                     guint                 retention_years,
                                                     GError              **error);

/* The Veiligheidskaart of a case (sv-store-card.c).
 *
 * Who writes is recorded with each section and version: the name set with
 * sv_store_set_user_name() (the app sets the name of its preferences),
 * else the login name. */
void            sv_store_set_user_name              (SvStore              *self,
                                                     const char           *name);
const char     *sv_store_get_user_name              (SvStore              *self);

/* The card of a case, with its agreements; never NULL for an existing
 * case (a case without a card gets an empty one, written on first save).
 * SV_ERROR_NOT_FOUND for a case that does not exist. */
SvSafetyCard   *sv_store_get_safety_card            (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Saves one section (plain text, stored exactly) in one transaction and
 * gives its new revision. @base_revision is the revision the editor
 * loaded (SvCardText.revision, 0 for a section never saved): when the
 * stored section changed since (another window saved it) the save is
 * refused with SV_ERROR_STALE and nothing is overwritten; read the card
 * again to see the other text. Saving the text that is stored already
 * writes nothing and gives the stored revision. Too long or invalid
 * UTF-8: SV_ERROR_INVALID. */
gboolean        sv_store_save_card_field            (SvStore              *self,
                                                     gint64                case_id,
                                                     SvCardField           field,
                                                     const char           *text,
                                                     gint64                base_revision,
                                                     gint64               *new_revision,
                                                     GError              **error);
gboolean        sv_store_set_card_advice            (SvStore              *self,
                                                     gint64                case_id,
                                                     SvVhtAdvice           advice,
                                                     GError              **error);
/* Scores, conditions, recipients: inserted when id is 0 (id filled), else
 * updated; validated first. */
gboolean        sv_store_save_card_score            (SvStore              *self,
                                                     SvCardScore          *score,
                                                     GError              **error);
gboolean        sv_store_delete_card_score          (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
gboolean        sv_store_save_card_condition        (SvStore              *self,
                                                     SvCardCondition      *condition,
                                                     GError              **error);
gboolean        sv_store_delete_card_condition      (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* Consent recorded on the recipient is kept by an update; record it
 * with sv_store_record_card_consent(). */
gboolean        sv_store_save_card_recipient        (SvStore              *self,
                                                     SvCardRecipient      *recipient,
                                                     GError              **error);
gboolean        sv_store_delete_card_recipient      (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* Records now, by the store's user name, that the family consented to
 * sharing the card with this recipient. */
gboolean        sv_store_record_card_consent        (SvStore              *self,
                                                     gint64                recipient_id,
                                                     GError              **error);
/* Freezes the card as it is now as the next version with @status
 * (concept, definitief or bijgewerkt na gesprek; "verstuurd" comes only
 * from sv_store_mark_card_version_sent()). "Definitief" is refused with
 * SV_ERROR_INVALID and the first reason of
 * sv_safety_card_definitief_blockers() while anything blocks it. */
SvCardVersion  *sv_store_make_card_version          (SvStore              *self,
                                                     gint64                case_id,
                                                     SvCardStatus          status,
                                                     GError              **error);
/* Marks a definitief (or bijgewerkt) version sent on @sent_on (NULL:
 * today; not in the future) to the recipients of @recipient_ids (at
 * least one, all of the card's case). Refused when a recipient needs
 * consent and none is recorded. After this the version is frozen: any
 * later change is refused (SV_ERROR_INVALID), by the store and by the
 * database itself. */
gboolean        sv_store_mark_card_version_sent     (SvStore              *self,
                                                     gint64                version_id,
                                                     const gint64         *recipient_ids,
                                                     guint                 n_recipients,
                                                     const GDate          *sent_on,
                                                     GError              **error);
/* Versions of a case (SvCardVersion *, without snapshot), newest first. */
GPtrArray      *sv_store_list_card_versions         (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* The frozen card of a version as JSON, for sv_safety_card_from_json()
 * and sv_card_diff(). */
char           *sv_store_get_card_version_snapshot  (SvStore              *self,
                                                     gint64                version_id,
                                                     GError              **error);
/* Who changed which part of the card when (SvCardEdit *), the latest
 * first; every write above adds to it. */
GPtrArray      *sv_store_list_card_edits            (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
/* Writes the card of a case as an import carries it, in one transaction:
 * the sections with who saved them when (each at revision 1), the advice,
 * scores, conditions and recipients with their consent, and @versions
 * (SvCardVersion * with snapshot, oldest first) exactly as given, sent
 * ones included. Every record is checked first (SV_ERROR_INVALID); the
 * case must have no card yet (SV_ERROR_EXISTS). The card's agreements are
 * not written: they are the case's own records. */
gboolean        sv_store_import_safety_card         (SvStore              *self,
                                                     SvSafetyCard         *card,
                                                     GPtrArray            *versions,
                                                     GError              **error);

/* Interventiegesprekken (sv-store-gesprek.c).
 *
 * The conversations of a case, first by date (undated last); with
 * @case_id 0 those of all open cases. */
GPtrArray      *sv_store_list_gesprekken            (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);
SvGesprek      *sv_store_get_gesprek                (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* Inserts when @gesprek->id is 0, else updates; fills the ids of the
 * conversation and its people only when the save succeeds. Refused with
 * SV_ERROR_INVALID and a message when a rule is broken (the RvdK gate, a
 * late date without a reason, a final plan without a safety decision, an
 * outcome before the day: sv_gesprek_validate()), with SV_ERROR_EXISTS
 * when another conversation holds the same room at an overlapping time
 * (sv_gesprek_rooms_clash()). The case's facts take the date and start
 * of its latest conversation, so its deadlines follow. @workdays: NULL
 * for the law's working days without extra days. */
gboolean        sv_store_save_gesprek               (SvStore              *self,
                                                     SvGesprek            *gesprek,
                                                     SvWorkdays           *workdays,
                                                     GError              **error);
gboolean        sv_store_delete_gesprek             (SvStore              *self,
                                                     gint64                id,
                                                     GError              **error);
/* A letter as the user edited it (@letter from sv_gesprek_letter_key());
 * NULL without an error when it was never edited. */
char           *sv_store_get_gesprek_letter         (SvStore              *self,
                                                     gint64                gesprek_id,
                                                     const char           *letter,
                                                     GError              **error);
/* Stores the edited text; @body NULL goes back to the generated letter. */
gboolean        sv_store_save_gesprek_letter        (SvStore              *self,
                                                     gint64                gesprek_id,
                                                     const char           *letter,
                                                     const char           *body,
                                                     GError              **error);

/* The outcome of the stored conversation @gesprek_id into the
 * Veiligheidskaart section "Uitkomst uit het gesprek" of its case, as
 * sv_gesprek_card_compose_outcome() composes it (nothing of the section
 * is lost). Saved on the revision just read; when another window saved
 * the section meanwhile (SV_ERROR_STALE) it is read and composed again
 * once more. @out_in_card (may be NULL): whether the card holds the
 * outcome afterwards (written now or already there); FALSE for a blank
 * outcome. */
gboolean        sv_store_put_gesprek_outcome_in_card (SvStore             *self,
                                                     gint64                gesprek_id,
                                                     gboolean             *out_in_card,
                                                     GError              **error);
/* What the versions of the case's Veiligheidskaart say for the planner
 * (sv-gesprek-card.h). */
SvGesprekCardState *sv_store_get_gesprek_card_state (SvStore              *self,
                                                     gint64                case_id,
                                                     GError              **error);

G_END_DECLS
