/* sv-meeting-kind.h: the four standing meetings (LEVO, LEJO,
 * VeiligheidsTeam, Interventieteam) and the organisations that take part,
 * as fixed core or flexible shell. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

typedef struct {
  gint64  id;
  char   *code;           /* "LEVO", "LEJO", "VHT", "IT": fixed */
  char   *name;           /* "Lokaal Expertiseteam Volwassenen Overbetuwe" */
  guint   cadence_weeks;  /* 0: per case, no fixed rhythm */
  char   *chair;          /* "Gemeente Overbetuwe" */
  char   *description;
  gboolean requires_consent;  /* LEVO: only with signed consent (seed 000) */
  gboolean invites_family;    /* LEJO: the family is always invited */
} SvMeetingKind;

typedef struct {
  gint64           id;
  gint64           meeting_kind_id;
  gint64           organisation_id;
  char            *organisation_name;  /* filled by the store */
  SvMeetingCircle  circle;
} SvMeetingParticipant;

#define SV_TYPE_MEETING_KIND        (sv_meeting_kind_get_type ())
#define SV_TYPE_MEETING_PARTICIPANT (sv_meeting_participant_get_type ())

GType                 sv_meeting_kind_get_type        (void) G_GNUC_CONST;
SvMeetingKind        *sv_meeting_kind_new             (void);
SvMeetingKind        *sv_meeting_kind_copy            (const SvMeetingKind        *self);
void                  sv_meeting_kind_free            (SvMeetingKind              *self);
gboolean              sv_meeting_kind_validate        (const SvMeetingKind        *self,
                                                       GError                    **error);

GType                 sv_meeting_participant_get_type (void) G_GNUC_CONST;
SvMeetingParticipant *sv_meeting_participant_new      (void);
SvMeetingParticipant *sv_meeting_participant_copy     (const SvMeetingParticipant *self);
void                  sv_meeting_participant_free     (SvMeetingParticipant       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvMeetingKind, sv_meeting_kind_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvMeetingParticipant, sv_meeting_participant_free)

G_END_DECLS
