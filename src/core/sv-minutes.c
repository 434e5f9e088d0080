/* sv-minutes.c: composing the notulen. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-minutes.h"

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

char *
sv_minutes_format_agreement (const SvAgreement *agreement)
{
  GString *out;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (agreement != NULL, NULL);

  out = g_string_new (NULL);
  /* TRANSLATORS: an agreement in the minutes: "– Jeugdconsulent: plant een netwerkberaad" */
  g_string_append_printf (out, _("– %s: %s"), agreement->who, agreement->what);
  if (g_date_valid (&agreement->due))
    {
      g_autofree char *due = sv_date_format_medium (&agreement->due);
      /* TRANSLATORS: the agreed date in the minutes: "uiterlijk 3 december 2026" */
      g_ptr_array_add (parts, g_strdup_printf (_("by %s"), due));
    }
  if (!blank (agreement->monitoring))
    /* TRANSLATORS: how an agreement is followed up, in the minutes: "monitoring: terug in LEJO" */
    g_ptr_array_add (parts, g_strdup_printf (_("monitoring: %s"), agreement->monitoring));
  if (parts->len > 0)
    {
      g_string_append (out, " (");
      for (guint i = 0; i < parts->len; i++)
        {
          if (i > 0)
            g_string_append (out, "; ");
          g_string_append (out, parts->pdata[i]);
        }
      g_string_append_c (out, ')');
    }
  if (agreement->done)
    /* TRANSLATORS: appended to an agreement that was carried out */
    g_string_append (out, _(" — done"));
  return g_string_free (out, FALSE);
}

static char *
describe_attendee (const SvAttendance *a)
{
  if (blank (a->attendee))
    return g_strdup (a->organisation_name);
  /* TRANSLATORS: an attendee: "Politie (Jan de Wit)" */
  return g_strdup_printf (_("%s (%s)"), a->organisation_name, a->attendee);
}

/* Appends "@label: a, b, c" for the attendees of @status, if any. */
static void
append_attendance_line (GString          *out,
                        const char       *label,
                        GPtrArray        *people)
{
  if (people->len == 0)
    return;
  g_string_append_printf (out, "%s: ", label);
  for (guint i = 0; i < people->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, people->pdata[i]);
    }
  g_string_append_c (out, '\n');
}

char *
sv_minutes_compose_item (const SvMeeting    *meeting,
                         const SvAgendaItem *item,
                         GPtrArray          *agreements,
                         GPtrArray          *attendance_for_item)
{
  GString *out;
  g_autofree char *when = NULL;
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) absent = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) apologies = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (meeting != NULL, NULL);
  g_return_val_if_fail (item != NULL, NULL);

  out = g_string_new (NULL);
  when = sv_meeting_describe (meeting);
  g_string_append_printf (out, "%s\n", when);
  /* TRANSLATORS: the case in the minutes: "Casus 2026-0012" */
  g_string_append_printf (out, _("Case %s"), item->case_number != NULL ? item->case_number : "");
  g_string_append_c (out, '\n');
  if (item->standing != SV_STANDING_NONE)
    {
      /* TRANSLATORS: why a case was on the agenda: "Op de agenda: OTS-afsluiting, stap 2" */
      g_string_append_printf (out, _("On the agenda: %s"), sv_standing_reason_label (item->standing));
      g_string_append_c (out, '\n');
    }
  if (!blank (item->inbrenger_name))
    {
      g_string_append_printf (out, _("Inbrenger: %s"), item->inbrenger_name);
      g_string_append_c (out, '\n');
    }
  if (!blank (item->question))
    {
      g_string_append_printf (out, _("Question to the meeting: %s"), item->question);
      g_string_append_c (out, '\n');
    }
  if (g_strcmp0 (meeting->kind_code, "VHT") == 0)
    {
      const char *label = sv_vht_advice_label (item->advice);

      if (!blank (item->advice_text))
        /* TRANSLATORS: "Advies: een andere aanpak — toelichting" */
        g_string_append_printf (out, _("Advice: %s — %s"), label, item->advice_text);
      else
        g_string_append_printf (out, _("Advice: %s"), label);
      g_string_append_c (out, '\n');
    }
  if (item->family_invited || g_strcmp0 (meeting->kind_code, "LEJO") == 0)
    {
      /* TRANSLATORS: the family's attendance in the minutes: "Gezin: aanwezig" */
      g_string_append_printf (out, _("Family: %s"), sv_family_attendance_label (item->family_attendance));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; attendance_for_item != NULL && i < attendance_for_item->len; i++)
    {
      const SvAttendance *a = g_ptr_array_index (attendance_for_item, i);

      if (a->agenda_item_id != item->id)
        continue;
      if (a->status == SV_ATTENDANCE_AANWEZIG)
        g_ptr_array_add (present, describe_attendee (a));
      else if (a->status == SV_ATTENDANCE_AFWEZIG)
        g_ptr_array_add (absent, describe_attendee (a));
      else if (a->status == SV_ATTENDANCE_AFGEMELD)
        g_ptr_array_add (apologies, describe_attendee (a));
    }
  append_attendance_line (out, _("Present for this case"), present);
  append_attendance_line (out, _("Absent for this case"), absent);
  append_attendance_line (out, _("Sent apologies for this case"), apologies);

  g_string_append_c (out, '\n');
  if (agreements == NULL || agreements->len == 0)
    g_string_append (out, _("Agreements: none."));
  else
    {
      g_string_append (out, _("Agreements:"));
      for (guint i = 0; i < agreements->len; i++)
        {
          g_autofree char *line = sv_minutes_format_agreement (g_ptr_array_index (agreements, i));
          g_string_append_printf (out, "\n%s", line);
        }
    }
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

static const char *
item_number (GPtrArray *items,
             gint64     item_id)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const SvAgendaItem *item = g_ptr_array_index (items, i);
      if (item->id == item_id)
        return item->case_number;
    }
  return NULL;
}

char *
sv_minutes_compose_meeting (const SvMeeting *meeting,
                            GPtrArray       *items,
                            GPtrArray       *attendance)
{
  GString *out;
  g_autofree char *when = NULL;
  GPtrArray *lists[4];
  static const char *const labels[4] = {
    N_("Present"), N_("Absent"), N_("Sent apologies"), N_("Attendance not recorded"),
  };
  g_autoptr(GPtrArray) discussed = g_ptr_array_new ();
  g_autoptr(GPtrArray) not_discussed = g_ptr_array_new ();

  g_return_val_if_fail (meeting != NULL, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    lists[l] = g_ptr_array_new_with_free_func (g_free);

  out = g_string_new (NULL);
  when = sv_meeting_describe (meeting);
  /* TRANSLATORS: first line of the meeting minutes: "Notulen LEJO, dinsdag 24 november 2026, 14:00–16:00" */
  g_string_append_printf (out, _("Minutes %s"), when);
  g_string_append_c (out, '\n');
  if (!blank (meeting->room))
    {
      g_string_append_printf (out, _("Room: %s"), meeting->room);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');

  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    {
      const SvAttendance *a = g_ptr_array_index (attendance, i);
      g_autofree char *who = describe_attendee (a);
      const char *number = a->agenda_item_id != 0 ? item_number (items, a->agenda_item_id) : NULL;
      guint l;

      switch (a->status)
        {
        case SV_ATTENDANCE_AANWEZIG: l = 0; break;
        case SV_ATTENDANCE_AFWEZIG: l = 1; break;
        case SV_ATTENDANCE_AFGEMELD: l = 2; break;
        case SV_ATTENDANCE_VERWACHT:
        default: l = 3; break;
        }
      if (number != NULL)
        /* TRANSLATORS: someone invited for one case only: "Lindenhout, voor casus 2026-0012" */
        g_ptr_array_add (lists[l], g_strdup_printf (_("%s, for case %s"), who, number));
      else
        g_ptr_array_add (lists[l], g_steal_pointer (&who));
    }
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      append_attendance_line (out, _(labels[l]), lists[l]);
      g_ptr_array_unref (lists[l]);
    }
  if (attendance == NULL || attendance->len == 0)
    {
      g_string_append (out, _("No attendance recorded."));
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      SvAgendaItem *item = g_ptr_array_index (items, i);
      g_ptr_array_add (item->discussed ? discussed : not_discussed, item->case_number);
    }
  g_string_append_c (out, '\n');
  if (discussed->len == 0)
    g_string_append (out, _("Cases discussed: none."));
  else
    {
      g_string_append (out, _("Cases discussed:"));
      for (guint i = 0; i < discussed->len; i++)
        g_string_append_printf (out, "%s%s", i == 0 ? " " : ", ", (const char *) discussed->pdata[i]);
    }
  g_string_append_c (out, '\n');
  if (not_discussed->len > 0)
    {
      g_string_append (out, _("Not discussed:"));
      for (guint i = 0; i < not_discussed->len; i++)
        g_string_append_printf (out, "%s%s", i == 0 ? " " : ", ", (const char *) not_discussed->pdata[i]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
