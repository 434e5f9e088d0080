/* sv-projection.h: what the projection window may show — an allow-list.
 *
 * The projector shows a room of professionals the agenda, the current
 * case's question and the agreements being captured. Everything it draws
 * comes from an SvProjection, and an SvProjection is built here from the
 * records by copying only allowed fields, masked by default:
 *
 * - a household is "Gezin A", "Gezin B", … by its place on the agenda;
 * - people are their role and age ("Jeugdige, 9 jaar");
 * - the family's names inside the question, the advice and the agreements
 *   are replaced (sv-name-mask.h: "het verzuim van [jeugdige]");
 * - never an address, a contact, a note, the report's reason, the journal
 *   or the minutes.
 *
 * The chair can reveal initials, names or dates of birth for the current
 * case only; the GUI drops the reveal when the chair moves on.
 */
#pragma once

#include <glib.h>

#include "sv-agenda-item.h"
#include "sv-agreement.h"
#include "sv-household.h"
#include "sv-meeting.h"

G_BEGIN_DECLS

typedef enum {
  SV_REVEAL_NONE        = 0,
  SV_REVEAL_INITIALS    = 1 << 0,
  SV_REVEAL_NAMES       = 1 << 1,  /* full names; wins over initials */
  SV_REVEAL_BIRTH_DATES = 1 << 2,
} SvRevealFlags;

/* One case as the agenda gives it to the projection: the item and, for
 * the masking, its household and members. */
typedef struct {
  const SvAgendaItem *item;
  const SvHousehold  *household;   /* may be NULL */
  GPtrArray          *members;     /* SvMember, may be NULL */
  GPtrArray          *network;     /* SvNetworkMember, may be NULL: never
                                    * shown, only masked in free text */
} SvProjectionSource;

typedef struct {
  char     *label;         /* "Gezin A" or, revealed, the household name */
  char     *start;         /* planned start "14:20" */
  gboolean  current;
  gboolean  discussed;
} SvProjectionLine;

typedef struct {
  char *who;
  char *what;
  char *due;               /* "3 december 2026" or "" */
  char *monitoring;
} SvProjectionAgreement;

typedef struct {
  char      *title;        /* "LEJO · dinsdag 24 november 2026" */
  GPtrArray *agenda;       /* SvProjectionLine */
  int        current;      /* index into agenda; −1 before the first case */
  char      *case_label;   /* as in the agenda line */
  char      *standing;     /* why it is on the agenda, or "" */
  GPtrArray *people;       /* char *: "Jeugdige, 9 jaar" */
  char      *question;
  char      *advice;       /* VeiligheidsTeam: label and text, or "" */
  GPtrArray *agreements;   /* SvProjectionAgreement */
  SvRevealFlags reveal;
} SvProjection;

/* "Gezin A" … "Gezin Z", "Gezin AA" … by position (0-based). */
char         *sv_projection_mask_label (guint                     position);

/* @sources: one SvProjectionSource per agenda item, in agenda order;
 * @current: the index of the current case or −1; @agreements: the
 * current case's SvAgreements; @today for ages. */
SvProjection *sv_projection_build      (const SvMeeting          *meeting,
                                        const SvProjectionSource *sources,
                                        guint                     n_sources,
                                        int                       current,
                                        GPtrArray                *agreements,
                                        SvRevealFlags             reveal,
                                        const GDate              *today);
void          sv_projection_free       (SvProjection             *self);
/* Calls @func on every string of @self, for tests of the allow-list. */
void          sv_projection_foreach_text (const SvProjection     *self,
                                          void                  (*func) (const char *text,
                                                                         gpointer    data),
                                          gpointer                data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvProjection, sv_projection_free)

G_END_DECLS
