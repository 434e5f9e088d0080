/* sv-overview-model.h: everything the printed case overview shows, read
 * once through SvStore into plain records.
 *
 * The masking is decided here, not in the drawing: in initials mode no
 * full name of the family ever enters the model. Members and the informal
 * network carry initials, the household's name and every free text (the
 * reason, consent, notes, agreements, the Veiligheidskaart, journal) pass
 * through SvNameMask, and
 * dates of birth become ages. What the layout code receives can therefore
 * not print more than the chosen masking allows, and tests can build a
 * model by hand without a database.
 */
#pragma once

#include "sv-safety-card.h"
#include "sv-store.h"
#include "sv-traject.h"
#include "sv-deadline.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

typedef enum {
  SV_OVERVIEW_NAMES_FULL,
  SV_OVERVIEW_NAMES_INITIALS,   /* for a print that leaves the room */
} SvOverviewNames;

typedef struct {
  SvOverviewNames names;
  gboolean        with_card;      /* the Veiligheidskaart, when the case has one */
  gboolean        with_journal;
  GDate           journal_from;   /* cleared: from the first entry */
  GDate           journal_to;     /* cleared: to the last entry */
} SvOverviewOptions;

typedef struct {
  char         *name;         /* full name or initials */
  SvMemberRole  role;
  GDate         birth_date;   /* cleared in initials mode or when unknown */
  int           age;          /* on the print date; -1 when unknown */
  char         *note;
} SvOverviewMember;

typedef struct {
  char *name;
  char *relation;
  char *contact;              /* empty in initials mode */
  char *note;
} SvOverviewContact;

typedef struct {
  SvOverviewNames  names;
  char            *case_number;
  char            *printed_by;       /* the user who prints */
  GDate            today;            /* the print date */

  char            *household_name;
  char            *household_note;
  GPtrArray       *members;          /* SvOverviewMember */
  GPtrArray       *network;          /* SvOverviewContact */

  SvCase          *record;           /* texts masked */
  SvConsent       *consent;          /* texts masked */
  GPtrArray       *roles;            /* SvCaseRole, notes masked */

  SvCaseFacts     *facts;            /* NULL when none are recorded */
  GArray          *deadlines;        /* SvDeadline, every one the facts imply */
  SvTriState       adult_flag;       /* 18-/18+ over the youths */

  SvTraject       *traject;          /* where the case stands on the IT path */
  GPtrArray       *traject_moves;    /* SvTrajectMove, oldest first */
  guint            traject_allowed;  /* 1 << step: allowed next on the print date */
  SvTrajectLimit   traject_limit;    /* time in the current step, with @workdays */

  GPtrArray       *agreements;       /* SvAgreement, oldest first, masked */

  /* The Veiligheidskaart as it stands now, its free texts, viewpoints,
   * conditions and recipients masked; its agreements are @agreements.
   * NULL when the case has none. */
  SvSafetyCard    *card;
  SvCardVersion   *card_version;     /* the latest version, sent_to masked; NULL: none yet */

  gboolean         with_journal;
  GDate            journal_from;
  GDate            journal_to;
  GPtrArray       *journal;          /* SvJournalEntry in the range, masked */
} SvOverview;

void              sv_overview_options_init (SvOverviewOptions       *options);

/* An empty overview to fill by hand: empty strings, empty arrays, a new
 * case and "not yet asked" consent. */
SvOverview       *sv_overview_new          (void);
void              sv_overview_free         (SvOverview              *self);

/* Reads case @case_id and everything about it. @today is the print date;
 * @workdays counts the deadlines (NULL: public holidays only). */
SvOverview       *sv_overview_load         (SvStore                 *store,
                                            gint64                   case_id,
                                            const SvOverviewOptions *options,
                                            SvWorkdays              *workdays,
                                            const GDate             *today,
                                            GError                 **error);

SvOverviewMember *sv_overview_member_new   (const char              *name,
                                            SvMemberRole             role);
void              sv_overview_member_free  (SvOverviewMember        *self);
SvOverviewContact *sv_overview_contact_new (const char              *name,
                                            const char              *relation);
void              sv_overview_contact_free (SvOverviewContact       *self);

/* Whether the card has anything to print: a text, an advice, a score, a
 * condition, a recipient or a version. */
gboolean          sv_overview_has_card     (const SvOverview        *self);

/* The user's name as it goes into the header of a print. */
char             *sv_overview_dup_user_name (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvOverview, sv_overview_free)

G_END_DECLS
