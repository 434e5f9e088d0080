/* sv-meeting-kind.c: meeting kind and participant records. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-meeting-kind.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvMeetingKind, sv_meeting_kind, sv_meeting_kind_copy, sv_meeting_kind_free)
G_DEFINE_BOXED_TYPE (SvMeetingParticipant, sv_meeting_participant,
                     sv_meeting_participant_copy, sv_meeting_participant_free)

SvMeetingKind *
sv_meeting_kind_new (void)
{
  SvMeetingKind *self = g_new0 (SvMeetingKind, 1);

  self->code = g_strdup ("");
  self->name = g_strdup ("");
  self->chair = g_strdup ("");
  self->description = g_strdup ("");
  return self;
}

SvMeetingKind *
sv_meeting_kind_copy (const SvMeetingKind *self)
{
  SvMeetingKind *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvMeetingKind, 1);
  *copy = *self;
  copy->code = g_strdup (self->code);
  copy->name = g_strdup (self->name);
  copy->chair = g_strdup (self->chair);
  copy->description = g_strdup (self->description);
  return copy;
}

void
sv_meeting_kind_free (SvMeetingKind *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  g_free (self->name);
  g_free (self->chair);
  g_free (self->description);
  g_free (self);
}

gboolean
sv_meeting_kind_validate (const SvMeetingKind *self,
                          GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->cadence_weeks > 52)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Cadence: at most 52 weeks between meetings"));
      return FALSE;
    }
  return sv_check_required (self->name, SV_MAX_NAME_CHARS, _("Name"), error) &&
         sv_check_optional (self->chair, SV_MAX_NAME_CHARS, _("Chair"), error) &&
         sv_check_optional (self->description, SV_MAX_TEXT_CHARS, _("Description"), error);
}

SvMeetingParticipant *
sv_meeting_participant_new (void)
{
  SvMeetingParticipant *self = g_new0 (SvMeetingParticipant, 1);

  self->organisation_name = g_strdup ("");
  self->circle = SV_MEETING_CIRCLE_VASTE_KERN;
  return self;
}

SvMeetingParticipant *
sv_meeting_participant_copy (const SvMeetingParticipant *self)
{
  SvMeetingParticipant *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvMeetingParticipant, 1);
  *copy = *self;
  copy->organisation_name = g_strdup (self->organisation_name);
  return copy;
}

void
sv_meeting_participant_free (SvMeetingParticipant *self)
{
  if (self == NULL)
    return;
  g_free (self->organisation_name);
  g_free (self);
}
