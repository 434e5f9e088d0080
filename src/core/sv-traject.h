/* sv-traject.h: the Interventieteam's path of a report, from receipt to
 * Traject I–V and its closing (../shared/DOMAIN.md "Reports (meldingen)
 * and the Interventieteam path"; seed 000 "Werkwijze", seed 001 Bijlage 2).
 *
 * A state machine: each step has the steps that may follow it, and each
 * move has requirements (consent for a zorgelijke melding, a linked
 * IT-medewerker, an adviesverslag for Traject III–V, the 18 hours of
 * Traject IV, six months of Traject V, the closing checklist). A refused
 * move always comes with a reason a person can act on. The time limits
 * are those of the deadline engine (it-onderzoek-einde, it-traject-v-mdo,
 * it-traject-v-einde), counted from the facts of the case.
 */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

typedef enum {
  SV_TRAJECT_STEP_ONTVANGEN,          /* the Regisseur Jeugd/WMO received the report */
  SV_TRAJECT_STEP_TRIAGE,             /* gemeentelijke screening/triage */
  SV_TRAJECT_STEP_EERSTE_BESPREKING,  /* 1st IT discussion: link IT-medewerker, time path */
  SV_TRAJECT_STEP_ONDERZOEK,          /* investigation, at most 6 weeks */
  SV_TRAJECT_STEP_ADVIES,             /* 2nd discussion: Analyse Interventieteam, advice */
  SV_TRAJECT_STEP_TRAJECT_I,          /* no care needed: closed */
  SV_TRAJECT_STEP_TRAJECT_II,         /* support: scaled down to the voorliggend veld */
  SV_TRAJECT_STEP_TRAJECT_III,        /* specialist care: beschikking, casusregisseur */
  SV_TRAJECT_STEP_TRAJECT_IV,         /* intensive short help, at most 18 hours */
  SV_TRAJECT_STEP_TRAJECT_V,          /* procesregisseur monitors: MDO at 3, closed at 6 months */
  SV_TRAJECT_STEP_AFGEROND,           /* the report is closed in the IT */
  SV_TRAJECT_N_STEPS,
} SvTrajectStep;

/* The Traject IV help is at most 18 hours (seed 001 Bijlage 2). */
#define SV_TRAJECT_IV_MAX_MINUTES (18 * 60)

/* Where a case stands and what its moves depend on. The first part is the
 * traject's own record; the second is gathered from the case, its consent,
 * roles and facts (the store fills it). */
typedef struct {
  gint64         case_id;
  SvTrajectStep  step;
  /* The stored step when the model does not know it (e.g. after a
   * migration): then @step means nothing and no move is allowed. NULL
   * for a known step. */
  char          *unknown_step;
  GDate          since;              /* when the current step began */
  gboolean       adviesverslag;      /* the IT-medewerker's adviesverslag is complete */
  guint          iv_minutes;         /* hours logged in Traject IV, in minutes */
  gboolean       gespreksverslagen;  /* closing: conversation reports present */
  gboolean       zorgjournaal;       /* closing: zorgjournaal complete */
  gboolean       plan_goedgekeurd;   /* closing: veiligheids-/herstel-/gezinsplan approved */
  gboolean       passed_iv;          /* the case was in Traject IV (from the log) */

  SvReportKind   report_kind;
  gboolean       consent_ok;         /* consent given, not needed, or an exception */
  gboolean       it_medewerker;      /* an IT-medewerker has a role on the case */
  gboolean       casusregisseur;     /* a casusregisseur is named */
  GDate          received;           /* the case's report date */
  GDate          it_first_discussion;/* fact: first IT discussion */
  GDate          traject_v_start;    /* fact: start of Traject V */
} SvTraject;

/* One logged move. Steps are stored as nicks: the log keeps what was
 * written even when a later model no longer knows a step. */
typedef struct {
  gint64     id;
  gint64     case_id;
  char      *from_step;   /* nick */
  char      *to_step;     /* nick */
  GDate      on;          /* the day the move took effect */
  GDateTime *at;          /* when it was recorded, set by the store */
  char      *who;
} SvTrajectMove;

typedef enum {
  SV_TRAJECT_LIMIT_NONE,
  SV_TRAJECT_LIMIT_WEEKS,    /* investigation: 6 weeks from the first discussion */
  SV_TRAJECT_LIMIT_HOURS,    /* Traject IV: 18 hours of help */
  SV_TRAJECT_LIMIT_MONTHS,   /* Traject V: MDO after 3, closing after 6 months */
} SvTrajectLimitKind;

/* Time in the current step against its limit. */
typedef struct {
  SvTrajectLimitKind kind;
  GDate    start;          /* WEEKS, MONTHS: counted from (cleared when the fact is missing) */
  GDate    due;            /* WEEKS: it-onderzoek-einde; MONTHS: it-traject-v-einde */
  GDate    mdo;            /* MONTHS: it-traject-v-mdo */
  int      used;           /* WEEKS, MONTHS: days since start; HOURS: minutes */
  int      total;          /* WEEKS, MONTHS: days from start to due; HOURS: 18 × 60 */
  gboolean over;           /* past the due date or over 18 hours */
} SvTrajectLimit;

#define SV_TYPE_TRAJECT      (sv_traject_get_type ())
#define SV_TYPE_TRAJECT_MOVE (sv_traject_move_get_type ())

GType          sv_traject_get_type       (void) G_GNUC_CONST;
SvTraject     *sv_traject_new            (void);
SvTraject     *sv_traject_copy           (const SvTraject *self);
void           sv_traject_free           (SvTraject       *self);

GType          sv_traject_move_get_type  (void) G_GNUC_CONST;
SvTrajectMove *sv_traject_move_new       (void);
SvTrajectMove *sv_traject_move_copy      (const SvTrajectMove *self);
void           sv_traject_move_free      (SvTrajectMove       *self);

/* Stable nicks for storage ("ontvangen", "triage", "eerste-bespreking",
 * "onderzoek", "advies", "traject-1" … "traject-5", "afgerond"). */
const char    *sv_traject_step_to_nick   (SvTrajectStep    step);
gboolean       sv_traject_step_from_nick (const char      *nick,
                                          SvTrajectStep   *step);
/* Short translated label for the chart ("Screening/triage", "Traject III"). */
const char    *sv_traject_step_label     (SvTrajectStep    step);
/* One sentence saying what happens in the step, for tooltips and screen
 * readers. */
const char    *sv_traject_step_description (SvTrajectStep  step);
/* The second discussion, where the traject is decided, is a decision. */
gboolean       sv_traject_step_is_decision (SvTrajectStep  step);
/* Traject I–V. */
gboolean       sv_traject_step_is_outcome  (SvTrajectStep  step);

/* The steps that may follow @from in the process, whatever the case:
 * a bit mask of 1 << SvTrajectStep. */
guint          sv_traject_next_steps     (SvTrajectStep    from);
gboolean       sv_traject_is_edge        (SvTrajectStep    from,
                                          SvTrajectStep    to);

/* Whether @self may move to @to on @today. When not, @why (if not NULL)
 * gets the reason in words a person can act on. */
gboolean       sv_traject_can_move       (const SvTraject *self,
                                          SvTrajectStep    to,
                                          SvWorkdays      *workdays,
                                          const GDate     *today,
                                          char           **why);
/* The steps @self may move to on @today, as a bit mask. */
guint          sv_traject_allowed_steps  (const SvTraject *self,
                                          SvWorkdays      *workdays,
                                          const GDate     *today);

/* Hours logged in Traject IV may not exceed 18 (@minutes in minutes). */
gboolean       sv_traject_check_iv_minutes (guint          minutes,
                                            GError       **error);

/* Time in the current step of @self on @today. */
void           sv_traject_limit          (const SvTraject *self,
                                          SvWorkdays      *workdays,
                                          const GDate     *today,
                                          SvTrajectLimit  *out);
/* "Week 3 of 6, until 14 March 2026", "12 of 18 hours",
 * "Month 2 of 6: MDO on …, closing on …"; NULL for LIMIT_NONE. */
char          *sv_traject_limit_describe (const SvTrajectLimit *limit);

/* When each step was last entered, from the log (oldest first) and the
 * case's receipt: @out has SV_TRAJECT_N_STEPS dates, cleared for steps not
 * visited. */
void           sv_traject_visited        (const SvTraject *self,
                                          GPtrArray       *moves,
                                          GDate           *out);
/* Whether the log shows the case in Traject IV. */
gboolean       sv_traject_log_passed_iv  (GPtrArray       *moves);

/* Whether @moves (SvTrajectMove *, oldest first) is a log the model can
 * have written for a case reported on @received (may be NULL) that now
 * stands at @step: the first move leaves "received", each starts where
 * the one before ended, follows an edge of the process, and is dated not
 * before the one before (nor the report); the last ends at @step. When
 * not, @index gets the move at fault (moves->len for @step itself),
 * @field what is wrong in it ("from", "to", "on", or "step"), and @why
 * the reason. Requirements such as consent are not checked: a log
 * records moves that met them when they were made. */
gboolean       sv_traject_check_log      (SvTrajectStep    step,
                                          GPtrArray       *moves,
                                          const GDate     *received,
                                          guint           *index,
                                          const char     **field,
                                          char           **why);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvTraject, sv_traject_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvTrajectMove, sv_traject_move_free)

G_END_DECLS
