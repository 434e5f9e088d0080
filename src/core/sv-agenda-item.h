/* sv-agenda-item.h: one case on a meeting's agenda, with what the meeting
 * captured about it: the VeiligheidsTeam's advice, the case's minutes and
 * the time it took. Agreements are records of their own (sv-agreement.h)
 * so that each is saved the moment it is entered. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

#define SV_AGENDA_MAX_PLANNED_MINUTES 240

typedef struct {
  gint64              id;
  gint64              meeting_id;
  gint64              case_id;
  char               *case_number;       /* filled by the store */
  guint               position;          /* 0-based order on the agenda */
  int                 planned_minutes;   /* 1–240 */
  gint64              inbrenger_id;      /* professional; 0 unknown */
  char               *inbrenger_name;    /* filled by the store */
  char               *question;          /* the question to the meeting */
  SvStandingReason    standing;
  /* LEJO: the family is always invited (seed 000). */
  gboolean            family_invited;
  SvFamilyAttendance  family_attendance;
  SvVhtAdvice         advice;            /* VeiligheidsTeam only */
  char               *advice_text;
  char               *minutes;           /* notulen for this case */
  gboolean            discussed;
  /* The per-case timer: seconds counted so far, and since when it runs
   * (Unix seconds, 0 while paused). See sv-meeting-timer.h. */
  gint64              elapsed_seconds;
  gint64              running_since;
  /* The journal entry the minutes went into; 0 until the item is
   * finished. A second finish adds a correction, never an edit. */
  gint64              journal_entry_id;
} SvAgendaItem;

#define SV_TYPE_AGENDA_ITEM (sv_agenda_item_get_type ())

GType         sv_agenda_item_get_type (void) G_GNUC_CONST;
SvAgendaItem *sv_agenda_item_new      (void);
SvAgendaItem *sv_agenda_item_copy     (const SvAgendaItem *self);
void          sv_agenda_item_free     (SvAgendaItem       *self);
gboolean      sv_agenda_item_validate (const SvAgendaItem *self,
                                       GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvAgendaItem, sv_agenda_item_free)

G_END_DECLS
