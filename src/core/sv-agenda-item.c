/* sv-agenda-item.c: agenda item records. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-agenda-item.h"
#include "sv-error.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvAgendaItem, sv_agenda_item, sv_agenda_item_copy, sv_agenda_item_free)

SvAgendaItem *
sv_agenda_item_new (void)
{
  SvAgendaItem *self = g_new0 (SvAgendaItem, 1);

  self->case_number = g_strdup ("");
  self->inbrenger_name = g_strdup ("");
  self->question = g_strdup ("");
  self->advice_text = g_strdup ("");
  self->minutes = g_strdup ("");
  self->planned_minutes = 15;
  return self;
}

SvAgendaItem *
sv_agenda_item_copy (const SvAgendaItem *self)
{
  SvAgendaItem *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvAgendaItem, 1);
  *copy = *self;
  copy->case_number = g_strdup (self->case_number);
  copy->inbrenger_name = g_strdup (self->inbrenger_name);
  copy->question = g_strdup (self->question);
  copy->advice_text = g_strdup (self->advice_text);
  copy->minutes = g_strdup (self->minutes);
  return copy;
}

void
sv_agenda_item_free (SvAgendaItem *self)
{
  if (self == NULL)
    return;
  g_free (self->case_number);
  g_free (self->inbrenger_name);
  g_free (self->question);
  g_free (self->advice_text);
  g_free (self->minutes);
  g_free (self);
}

gboolean
sv_agenda_item_validate (const SvAgendaItem *self,
                         GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->meeting_id <= 0 || self->case_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Agenda: choose the case"));
      return FALSE;
    }
  if (self->planned_minutes < 1 || self->planned_minutes > SV_AGENDA_MAX_PLANNED_MINUTES)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Planned minutes: from 1 to %d minutes per case"), SV_AGENDA_MAX_PLANNED_MINUTES);
      return FALSE;
    }
  if ((guint) self->standing >= sv_standing_reason_count () ||
      (guint) self->family_attendance >= sv_family_attendance_count () ||
      (guint) self->advice >= sv_vht_advice_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Agenda: unknown value"));
      return FALSE;
    }
  if (self->elapsed_seconds < 0 || self->running_since < 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Timer: the time cannot be negative"));
      return FALSE;
    }
  return sv_check_optional (self->question, SV_MAX_SHORT_CHARS, _("Question to the meeting"), error) &&
         sv_check_optional (self->advice_text, SV_MAX_TEXT_CHARS, _("Advice"), error) &&
         sv_check_optional (self->minutes, SV_MAX_TEXT_CHARS, _("Minutes"), error);
}
