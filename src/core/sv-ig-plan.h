/* sv-ig-plan.h: the rules for planning an interventiegesprek
 * (../shared/DOMAIN.md, "Interventiegesprek"; seed 004).
 *
 * - The latest date is two weeks after the VeiligheidsTeam consultation
 *   (deadline rule ig-uiterlijk); a later date needs a recorded reason.
 *   A date on a weekend or feestdag is allowed, with a warning.
 * - Youths are invited from 8 years on the date of the conversation; a
 *   youth without a date of birth is unknown (ask), never guessed; any
 *   youth can be left out, with a reason.
 * - With the RvdK the conversation cannot be planned before the
 *   Veiligheidskaart was sent to the RvdK and the RvdK decided to join.
 * - At least one safety decision before the plan is final.
 * - The professionals meet half an hour before (ig-voorbespreking); the
 *   definitive Veiligheidskaart goes out 3 working days before
 *   (ig-kaart-definitief). Both come from the deadline engine.
 */
#pragma once

#include <glib.h>

#include "sv-deadline.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

typedef enum {
  SV_IG_KIND_VOLUNTARY,  /* voluntary frame, with a network partner */
  SV_IG_KIND_RVDK,       /* with the Raad voor de Kinderbescherming */
} SvIgKind;

/* The inbrenger's safety measures; any combination. */
typedef enum {
  SV_IG_SAFETY_NONE              = 0,
  SV_IG_SAFETY_INDEPENDENT_CHAIR = 1 << 0,
  SV_IG_SAFETY_SECURITY_INFORMED = 1 << 1,
  SV_IG_SAFETY_POLICE_PRESENT    = 1 << 2,
  SV_IG_SAFETY_OTHER             = 1 << 3,  /* described in safety_other */
} SvIgSafety;

typedef struct {
  char     *name;
  GDate     birth;             /* cleared: unknown, ask */
  gboolean  excluded;
  char     *exclusion_reason;  /* required when excluded */
} SvIgYouth;

typedef struct {
  GDate       vht_consultation;  /* the VeiligheidsTeam consultation */
  GDate       date;              /* the conversation; cleared: not yet */
  int         minutes;           /* its start after midnight; -1 unknown */
  char       *late_reason;       /* required after the latest date */

  SvIgKind    kind;
  GDate       rvdk_kaart_sent;   /* Veiligheidskaart sent to the RvdK */
  SvTriState  rvdk_joins;        /* the RvdK's decision; UNKNOWN: none yet */

  SvIgSafety  safety;
  char       *safety_other;

  GDate       kaart_definitive_sent;  /* to all participants */

  GPtrArray  *youths;            /* of SvIgYouth, owned */
} SvIgPlan;

typedef enum {
  SV_IG_YOUTH_INVITED,
  SV_IG_YOUTH_TOO_YOUNG,         /* under 8 on the date */
  SV_IG_YOUTH_BIRTH_UNKNOWN,     /* ask the date of birth */
  SV_IG_YOUTH_EXCLUDED,
} SvIgYouthStatus;

typedef struct {
  const char *id;     /* static: "date", "rvdk-kaart", "youth-birth", … */
  gboolean    done;
  char       *text;   /* translated, one line */
} SvIgCheck;

SvIgPlan  *sv_ig_plan_new              (void);
void       sv_ig_plan_free             (SvIgPlan        *self);
/* Appends a youth; @birth may be NULL (unknown). Returns it, owned by @self. */
SvIgYouth *sv_ig_plan_add_youth        (SvIgPlan        *self,
                                        const char      *name,
                                        const GDate     *birth);

/* The latest date for the conversation (rule ig-uiterlijk); FALSE, @out
 * cleared, without a consultation date. */
gboolean   sv_ig_plan_latest_date      (const SvIgPlan  *self,
                                        SvWorkdays      *workdays,
                                        GDate           *out);
/* The definitive Veiligheidskaart's due date (ig-kaart-definitief);
 * FALSE without a date. */
gboolean   sv_ig_plan_kaart_due        (const SvIgPlan  *self,
                                        SvWorkdays      *workdays,
                                        GDate           *out);
/* The professionals' preparation (ig-voorbespreking): its day and start;
 * FALSE without a date and a start time. */
gboolean   sv_ig_plan_preparation      (const SvIgPlan  *self,
                                        SvWorkdays      *workdays,
                                        GDate           *out_date,
                                        int             *out_minutes);

/* Whether a youth is invited on the plan's date; BIRTH_UNKNOWN also while
 * the plan has no date and the youth's age cannot be known. */
SvIgYouthStatus sv_ig_plan_youth_status (const SvIgPlan  *self,
                                         const SvIgYouth *youth);

/* The RvdK gate: TRUE for a voluntary conversation; with the RvdK the
 * error says exactly what is still missing. */
gboolean   sv_ig_plan_may_plan         (const SvIgPlan  *self,
                                        GError         **error);
/* A warning for a date that is not a working day (weekend, feestdag, an
 * extra day off), translated; NULL when there is none. */
char      *sv_ig_plan_date_warning     (const SvIgPlan  *self,
                                        SvWorkdays      *workdays);
/* The rules a saved plan must keep: the RvdK gate, a date after the
 * latest only with a reason, an excluded youth only with a reason, a
 * start time of day, "other" safety only with a description. With @final
 * also a date and at least one safety decision. */
gboolean   sv_ig_plan_validate         (const SvIgPlan  *self,
                                        SvWorkdays      *workdays,
                                        gboolean         final,
                                        GError         **error);

/* What is done and what is missing before the day: a GPtrArray of
 * SvIgCheck in a fixed order, freed with g_ptr_array_unref(). */
GPtrArray *sv_ig_plan_checklist        (const SvIgPlan  *self,
                                        SvWorkdays      *workdays);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvIgPlan, sv_ig_plan_free)

G_END_DECLS
