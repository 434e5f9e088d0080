/* sv-safety-card.h: the Veiligheidskaart (safety card) of one case.
 *
 * One card per case, in sections (seed 004, DOMAIN.md: VeiligheidsTeam,
 * OTS closure steps 2 and 6). The free-text sections are a fixed set of
 * keys, each with a stable id (what the database and the exchange format
 * store) and a translated title. Around them: the advice kind, the safety
 * scores per viewpoint, Veilig Thuis's conditions, the people the card is
 * shared with, and the case's agreements (SvAgreement, captured in
 * meetings). A version freezes the whole card as JSON (a snapshot); two
 * snapshots can be compared section by section.
 *
 * GLib only: the rules here serve the editor, the store and the exchange
 * format alike.
 */
#pragma once

#include <glib-object.h>

#include "sv-agreement.h"
#include "sv-card-edit.h"
#include "sv-enums.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

/* Far above any real section (the card must hold 20,000 characters and
 * more), low enough that a pasted file is refused. */
#define SV_CARD_MAX_TEXT_CHARS 100000

/* The free-text sections in the order of the card. */
typedef enum {
  SV_CARD_FIELD_GEZIN_NETWERK,        /* notes on household and network beyond the case's records */
  SV_CARD_FIELD_AANLEIDING,           /* why the case is here */
  SV_CARD_FIELD_ZORGEN,               /* danger statements */
  SV_CARD_FIELD_RISICOFACTOREN,       /* complicating factors */
  SV_CARD_FIELD_WAT_GAAT_GOED,        /* strengths, existing safety */
  SV_CARD_FIELD_DOELEN_OUDERS,        /* what the parents will do differently */
  SV_CARD_FIELD_DOELEN_KIND,          /* what the child will experience */
  SV_CARD_FIELD_DOELEN_PROFESSIONALS, /* what professionals will see */
  SV_CARD_FIELD_ADVIES_TEXT,          /* the VeiligheidsTeam's advice in words */
  SV_CARD_FIELD_STEM_JEUGDIGE,        /* the youth's own words */
  SV_CARD_FIELD_REACTIE_OUDERS,       /* the parents' reaction */
  SV_CARD_FIELD_UITKOMST_GESPREK,     /* outcome of the interventiegesprek */
  SV_CARD_N_FIELDS
} SvCardField;

/* Stable id ("zorgen"); NULL for an unknown field. */
const char *sv_card_field_to_id          (SvCardField  field);
gboolean    sv_card_field_from_id        (const char  *id,
                                          SvCardField *out);
/* Translated title ("Zorgen") and a one-line hint on what belongs there. */
const char *sv_card_field_title          (SvCardField  field);
const char *sv_card_field_description    (SvCardField  field);
/* A section is valid UTF-8 of at most SV_CARD_MAX_TEXT_CHARS characters;
 * the message names the section and says what to do. Empty is allowed. */
gboolean    sv_card_text_check           (SvCardField  field,
                                          const char  *text,
                                          GError     **error);

/* Where a version of the card stands. */
typedef enum {
  SV_CARD_STATUS_CONCEPT,
  SV_CARD_STATUS_DEFINITIEF,            /* with the parents' reaction */
  SV_CARD_STATUS_VERSTUURD,             /* sent: frozen */
  SV_CARD_STATUS_BIJGEWERKT_NA_GESPREK, /* updated after the interventiegesprek */
} SvCardStatus;

SV_DECLARE_ENUM (SvCardStatus, card_status)

/* An agreement on the card: done, open, or overdue (computed). */
typedef enum {
  SV_AGREEMENT_STATUS_OPEN,
  SV_AGREEMENT_STATUS_DONE,
  SV_AGREEMENT_STATUS_OVERDUE,
} SvAgreementStatus;

SV_DECLARE_ENUM (SvAgreementStatus, agreement_status)

/* Overdue: not done and @today lies after the due day, where a due day
 * on a weekend or feestdag counts as due on the next working day of
 * @workdays (NULL: the law's feestdagen only). Without a due date an
 * agreement is never overdue. */
SvAgreementStatus sv_agreement_status         (const SvAgreement *agreement,
                                               SvWorkdays        *workdays,
                                               const GDate       *today);
/* No who or no by-when: allowed in a concept, blocks "definitief". */
gboolean          sv_agreement_is_incomplete  (const SvAgreement *agreement);

/* One text section as stored. */
typedef struct {
  char      *text;        /* never NULL; plain text */
  gint64     revision;    /* 0: never saved; grows by one with each save */
  GDateTime *updated_at;  /* NULL when never saved */
  char      *updated_by;  /* never NULL */
} SvCardText;

/* A score on the Veiligheidsschaal from one viewpoint on one day. */
typedef struct {
  gint64  id;
  gint64  case_id;
  char   *viewpoint;   /* "Moeder", "Jeugdige", "Veilig Thuis", … */
  int     score;       /* 0 (not safe) – 10 (safe enough) */
  GDate   date;
  char   *note;
} SvCardScore;

/* One of Veilig Thuis's conditions (veiligheidsvoorwaarden). */
typedef struct {
  gint64  id;
  gint64  case_id;
  char   *text;
  GDate   term;          /* by when it must be met; cleared: none given */
  char   *consequence;   /* what happens if it is not met */
} SvCardCondition;

/* Someone the card is shared with. */
typedef struct {
  gint64     id;
  gint64     case_id;
  char      *name;
  char      *organisation;  /* or role */
  gboolean   needs_consent; /* sharing needs the family's consent */
  GDateTime *consent_at;    /* NULL: no consent recorded */
  char      *consent_by;    /* who recorded it; never NULL */
} SvCardRecipient;

/* The card of one case. The lists own their elements. */
typedef struct {
  gint64       case_id;
  SvCardText   texts[SV_CARD_N_FIELDS];
  SvVhtAdvice  advice;
  GPtrArray   *scores;      /* SvCardScore *, by date then id */
  GPtrArray   *conditions;  /* SvCardCondition *, oldest first */
  GPtrArray   *recipients;  /* SvCardRecipient *, oldest first */
  GPtrArray   *agreements;  /* SvAgreement *, oldest first */
} SvSafetyCard;

#define SV_TYPE_SAFETY_CARD    (sv_safety_card_get_type ())
#define SV_TYPE_CARD_SCORE     (sv_card_score_get_type ())
#define SV_TYPE_CARD_CONDITION (sv_card_condition_get_type ())
#define SV_TYPE_CARD_RECIPIENT (sv_card_recipient_get_type ())
#define SV_TYPE_CARD_VERSION   (sv_card_version_get_type ())
#define SV_TYPE_CARD_CHANGE    (sv_card_change_get_type ())

GType            sv_safety_card_get_type     (void) G_GNUC_CONST;
SvSafetyCard    *sv_safety_card_new          (gint64                case_id);
SvSafetyCard    *sv_safety_card_copy         (const SvSafetyCard   *self);
void             sv_safety_card_free         (SvSafetyCard         *self);
const char      *sv_safety_card_get_text     (const SvSafetyCard   *self,
                                              SvCardField           field);

/* The reasons, translated and one line each, why the card may not become
 * "definitief" yet: agreements without who or by-when, no reaction of the
 * parents. Empty (never NULL) when nothing blocks it. */
GPtrArray       *sv_safety_card_definitief_blockers (const SvSafetyCard *self);

/* The snapshot of a version: the whole card as JSON (sections, advice,
 * scores, conditions, recipients, agreements). Reading back gives the
 * same card (text metadata such as revisions excepted). */
char            *sv_safety_card_to_json      (const SvSafetyCard   *self);
SvSafetyCard    *sv_safety_card_from_json    (const char           *json,
                                              GError              **error);

GType            sv_card_score_get_type      (void) G_GNUC_CONST;
SvCardScore     *sv_card_score_new           (void);
SvCardScore     *sv_card_score_copy          (const SvCardScore    *self);
void             sv_card_score_free          (SvCardScore          *self);
/* Refuses a score outside 0–10, no viewpoint, no date. */
gboolean         sv_card_score_validate      (const SvCardScore    *self,
                                              GError              **error);

GType            sv_card_condition_get_type  (void) G_GNUC_CONST;
SvCardCondition *sv_card_condition_new       (void);
SvCardCondition *sv_card_condition_copy      (const SvCardCondition *self);
void             sv_card_condition_free      (SvCardCondition      *self);
gboolean         sv_card_condition_validate  (const SvCardCondition *self,
                                              GError              **error);

GType            sv_card_recipient_get_type  (void) G_GNUC_CONST;
SvCardRecipient *sv_card_recipient_new       (void);
SvCardRecipient *sv_card_recipient_copy      (const SvCardRecipient *self);
void             sv_card_recipient_free      (SvCardRecipient      *self);
gboolean         sv_card_recipient_validate  (const SvCardRecipient *self,
                                              GError              **error);
/* Needs consent and none is recorded. */
gboolean         sv_card_recipient_lacks_consent (const SvCardRecipient *self);

/* A version of the card. Once sent it is frozen (the store refuses any
 * change to it). */
typedef struct {
  gint64        id;
  gint64        case_id;
  guint         number;      /* 1, 2, … per case */
  SvCardStatus  status;
  GDateTime    *created_at;
  char         *created_by;
  GDate         sent_on;     /* cleared until sent */
  GDateTime    *sent_at;     /* when it was recorded as sent; NULL until then */
  GStrv         sent_to;     /* "Name (organisation)" per recipient; never NULL */
  char         *snapshot;    /* JSON; NULL in lists (see sv_store_get_card_version_snapshot) */
} SvCardVersion;

GType            sv_card_version_get_type    (void) G_GNUC_CONST;
SvCardVersion   *sv_card_version_new         (void);
SvCardVersion   *sv_card_version_copy        (const SvCardVersion  *self);
void             sv_card_version_free        (SvCardVersion        *self);
gboolean         sv_card_version_is_sent     (const SvCardVersion  *self);

/* One change between two versions, section by section. */
typedef enum {
  SV_CARD_CHANGE_ADDED,
  SV_CARD_CHANGE_REMOVED,
  SV_CARD_CHANGE_CHANGED,
} SvCardChangeKind;

typedef struct {
  char             *section_id;  /* a field id, "advies-soort", "scores", "voorwaarden", "ontvangers", "afspraken" */
  char             *title;       /* translated section title */
  SvCardChangeKind  kind;
  char             *old_text;    /* "" when added */
  char             *new_text;    /* "" when removed */
} SvCardChange;

GType            sv_card_change_get_type     (void) G_GNUC_CONST;
SvCardChange    *sv_card_change_copy         (const SvCardChange   *self);
void             sv_card_change_free         (SvCardChange         *self);

/* What changed from @old to @new (SvCardChange *), in the order of the
 * card; empty when nothing did. For a list each item added, removed or
 * changed is one change, its text one readable line. */
GPtrArray       *sv_safety_card_diff         (const SvSafetyCard   *old_card,
                                              const SvSafetyCard   *new_card);
/* The same on two snapshots (JSON); NULL with @error on a malformed one. */
GPtrArray       *sv_card_diff                (const char           *old_snapshot,
                                              const char           *new_snapshot,
                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvSafetyCard, sv_safety_card_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCardScore, sv_card_score_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCardCondition, sv_card_condition_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCardRecipient, sv_card_recipient_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCardVersion, sv_card_version_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCardChange, sv_card_change_free)

G_END_DECLS
