/* sv-gesprek.h: one interventiegesprek of a case as it is recorded — the
 * plan (when, where, who, safety, chair), what happened (the outcome) —
 * a plain record, copied by value between layers.
 *
 * The planning rules live in sv-ig-plan.h; sv_gesprek_to_plan() hands
 * them the facts of this record so the planner, the store and the letters
 * judge a conversation the same way.
 */
#pragma once

#include <glib-object.h>

#include "sv-deadline.h"
#include "sv-ig-plan.h"

G_BEGIN_DECLS

typedef enum {
  SV_GESPREK_PLACE_GEMEENTEHUIS,
  SV_GESPREK_PLACE_VEILIG_THUIS,      /* the Veilig Thuis office */
  SV_GESPREK_PLACE_ZORG_VEILIGHEIDSHUIS,
  SV_GESPREK_PLACE_OTHER,             /* described in place_other */
  SV_GESPREK_N_PLACES,
} SvGesprekPlace;

typedef enum {
  SV_GESPREK_CHAIR_INBRENGER,
  SV_GESPREK_CHAIR_INDEPENDENT,       /* name and role recorded */
  SV_GESPREK_N_CHAIRS,
} SvGesprekChair;

typedef enum {
  SV_GESPREK_PARENT,                  /* parent or carer */
  SV_GESPREK_YOUTH,
  SV_GESPREK_VERTROUWENSPERSOON,
  SV_GESPREK_PARTNER,                 /* network partner from the VeiligheidsTeam */
  SV_GESPREK_N_ROLES,
} SvGesprekRole;

typedef struct {
  gint64         id;                /* 0 until stored */
  SvGesprekRole  role;
  char          *name;
  /* Partner: organisation and function; vertrouwenspersoon: whose. */
  char          *detail;
  GDate          birth;             /* youths; cleared: unknown, ask */
  gboolean       excluded;          /* youths: left out on purpose */
  char          *exclusion_reason;
  /* Youths: when present with the parents, when spoken to separately. */
  char          *separate_note;
  SvTriState     attended;          /* outcome; UNKNOWN before */
} SvGesprekPerson;

typedef struct {
  gint64          id;               /* 0 until stored */
  gint64          case_id;

  GDate           vht_consultation;
  GDate           date;             /* cleared: not yet chosen */
  int             minutes;          /* start after midnight; -1 unknown */
  int             duration;         /* minutes, for the room; > 0 */
  char           *late_reason;

  SvIgKind        kind;
  GDate           rvdk_kaart_sent;
  SvTriState      rvdk_joins;

  SvGesprekPlace  place;
  char           *place_other;
  gboolean        room_reserved;
  char           *room_note;        /* "zaal 2.14" */

  SvIgSafety      safety;
  char           *safety_other;

  SvGesprekChair  chair;
  char           *chair_name;
  char           *chair_role;

  GDate           kaart_definitive_sent;
  gboolean        final;            /* the plan is final: invitations go out */

  GPtrArray      *people;           /* of SvGesprekPerson, owned */

  /* Outcome, after the date. */
  SvTriState      both_parents;
  char           *outcome;          /* "Uitkomst uit het gesprek" */
  SvTriState      raadsonderzoek;   /* with the RvdK */
} SvGesprek;

#define SV_TYPE_GESPREK (sv_gesprek_get_type ())

GType            sv_gesprek_get_type       (void) G_GNUC_CONST;
SvGesprek       *sv_gesprek_new            (void);
SvGesprek       *sv_gesprek_copy           (const SvGesprek *self);
void             sv_gesprek_free           (SvGesprek       *self);

SvGesprekPerson *sv_gesprek_person_new     (SvGesprekRole    role,
                                            const char      *name);
SvGesprekPerson *sv_gesprek_person_copy    (const SvGesprekPerson *person);
void             sv_gesprek_person_free    (SvGesprekPerson *person);
/* Appends a person, owned by @self; returns it. */
SvGesprekPerson *sv_gesprek_add_person     (SvGesprek       *self,
                                            SvGesprekRole    role,
                                            const char      *name);

/* The planning rules' view of this record: a new SvIgPlan with the
 * dates, kind, safety and youths. */
SvIgPlan        *sv_gesprek_to_plan        (const SvGesprek *self);

/* Whether a youth is invited: the plan's rule for person @person. */
SvIgYouthStatus  sv_gesprek_youth_status   (const SvGesprek *self,
                                            const SvGesprekPerson *person);

/* The room this conversation claims, normalised ("gemeentehuis|zaal 2"),
 * or NULL when no room is reserved. Two conversations claim the same room
 * when the place is the same (kind, and for "other" the same place text)
 * and the room notes are the same, ignoring case and outer spaces; an
 * empty note is "the room at that place", so it matches another empty
 * note there. */
char            *sv_gesprek_room_key       (const SvGesprek *self);
/* Whether @a and @b claim the same room at overlapping times on the
 * same day ([start, start + duration)). */
gboolean         sv_gesprek_rooms_clash    (const SvGesprek *a,
                                            const SvGesprek *b);

/* The record's own rules beyond the plan's (sv_ig_plan_validate() with
 * @final = self->final): a place for "other", a name for an independent
 * chair, names for people, a duration, and an outcome only on or after
 * the day (@today; no check when NULL). */
gboolean         sv_gesprek_validate       (const SvGesprek *self,
                                            SvWorkdays      *workdays,
                                            const GDate     *today,
                                            GError         **error);

/* Nicks for storage ("gemeentehuis", "veilig-thuis",
 * "zorg-en-veiligheidshuis", "anders"; "inbrenger", "onafhankelijk";
 * "ouder", "jeugdige", "vertrouwenspersoon", "netwerkpartner";
 * "vrijwillig", "rvdk") and translated labels. */
const char      *sv_gesprek_place_to_nick  (SvGesprekPlace   place);
gboolean         sv_gesprek_place_from_nick (const char     *nick,
                                             SvGesprekPlace *place);
const char      *sv_gesprek_place_label    (SvGesprekPlace   place);
const char      *sv_gesprek_chair_to_nick  (SvGesprekChair   chair);
gboolean         sv_gesprek_chair_from_nick (const char     *nick,
                                             SvGesprekChair *chair);
const char      *sv_gesprek_role_to_nick   (SvGesprekRole    role);
gboolean         sv_gesprek_role_from_nick (const char      *nick,
                                            SvGesprekRole   *role);
const char      *sv_gesprek_role_label     (SvGesprekRole    role);
const char      *sv_ig_kind_to_nick        (SvIgKind         kind);
gboolean         sv_ig_kind_from_nick      (const char      *nick,
                                            SvIgKind        *kind);
/* The key of a letter: "ouders" for @youth NULL, "jeugdige-ID" for a
 * stored youth. */
char            *sv_gesprek_letter_key     (const SvGesprekPerson *youth);
/* The place as one line for people: the label, or the other place's text. */
char            *sv_gesprek_dup_place_text (const SvGesprek *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvGesprek, sv_gesprek_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvGesprekPerson, sv_gesprek_person_free)

G_END_DECLS
