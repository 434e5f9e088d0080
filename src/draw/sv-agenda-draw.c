/* sv-agenda-draw.c: the sections of the printed agenda and minutes. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-agenda-draw.h"
#include "sv-date.h"

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

static const char *
or_dash (const char *text)
{
  return !blank (text) ? text : "—";
}

static char *
describe_minutes (int minutes)
{
  /* TRANSLATORS: planned or spent time of a case: "20 minutes" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", (gulong) minutes), minutes);
}

/* Whether anything was captured for the case, or it was discussed. */
static gboolean
item_has_outcome (const SvAgendaPrintItem *item)
{
  return item->discussed || item->elapsed_seconds > 0 || !blank (item->minutes) ||
         item->advice != SV_VHT_ADVICE_GEEN || item->agreements->len > 0 ||
         item->family_attendance != SV_FAMILY_ATTENDANCE_ONBEKEND;
}

/* Text typed with line breaks prints as paragraphs. */
static void
add_text (SvPrintDoc *doc,
          const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!blank (lines[i]))
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, '\n');
          g_string_append (paragraph, lines[i]);
          continue;
        }
      if (paragraph->len > 0)
        sv_print_doc_add_paragraph (doc, paragraph->str, SV_PRINT_TEXT_BODY);
      g_string_truncate (paragraph, 0);
    }
  if (paragraph->len > 0)
    sv_print_doc_add_paragraph (doc, paragraph->str, SV_PRINT_TEXT_BODY);
}

/* ------------------------------------------------------------------------
 * The meeting and who comes
 * ------------------------------------------------------------------------ */

static void
add_meeting (SvPrintDoc          *doc,
             const SvAgendaPrint *a)
{
  const SvMeeting *m = a->meeting;
  g_autofree char *day = sv_date_format_long (&m->date);
  g_autofree char *from = sv_minutes_format (m->start_minutes);
  g_autofree char *to = sv_minutes_format (sv_meeting_end_minutes (m));
  g_autofree char *time = g_strdup_printf ("%s–%s", from, to);
  g_autofree char *kind = NULL;

  kind = m->extra
         /* TRANSLATORS: "Lokaal Expertiseteam Jeugd Overbetuwe (LEJO), extra meeting (MDO)" */
         ? g_strdup_printf (_("%s (%s), extra meeting (MDO)"), a->kind_name, m->kind_code)
         : g_strdup_printf ("%s (%s)", a->kind_name, m->kind_code);
  sv_print_doc_add_heading (doc, _("Meeting"));
  sv_print_doc_add_field (doc, _("Meeting"), kind);
  sv_print_doc_add_field (doc, _("Date"), day);
  sv_print_doc_add_field (doc, _("Time"), time);
  if (!blank (m->room))
    sv_print_doc_add_field (doc, _("Room"), m->room);
  if (!blank (a->chair))
    sv_print_doc_add_field (doc, _("Chair"), a->chair);
  sv_print_doc_add_field (doc, _("Status"), sv_meeting_status_label (m->status));
}

static char *
describe_attendee (const SvAgendaPrintAttendee *p,
                   gboolean                     with_status)
{
  GString *out = g_string_new (or_dash (p->organisation));

  if (!blank (p->attendee))
    g_string_append_printf (out, " (%s)", p->attendee);
  if (*p->for_case != '\0')
    /* TRANSLATORS: someone invited for one case: ", voor Gezin A (2026-0012)" */
    g_string_append_printf (out, _(", for %s"), p->for_case);
  if (with_status && p->status != SV_ATTENDANCE_VERWACHT)
    g_string_append_printf (out, " — %s", sv_attendance_label (p->status));
  return g_string_free (out, FALSE);
}

/* One field per group: "Vaste kern: Politie, Scholen, …". Before the
 * meeting the groups are the circles, afterwards who came and who not. */
static void
add_attendance (SvPrintDoc          *doc,
                const SvAgendaPrint *a)
{
  static const SvAttendanceStatus statuses[] = {
    SV_ATTENDANCE_AANWEZIG, SV_ATTENDANCE_AFGEMELD, SV_ATTENDANCE_AFWEZIG, SV_ATTENDANCE_VERWACHT,
  };
  static const SvMeetingCircle circles[] = { SV_MEETING_CIRCLE_VASTE_KERN, SV_MEETING_CIRCLE_FLEXIBELE_SCHIL };
  gboolean minutes = sv_agenda_print_is_minutes (a);
  guint n_groups = minutes ? G_N_ELEMENTS (statuses) : G_N_ELEMENTS (circles);

  sv_print_doc_add_heading (doc, minutes ? _("Attendance") : _("Invited"));
  if (a->attendance->len == 0)
    {
      sv_print_doc_add_paragraph (doc, _("No one invited yet."), SV_PRINT_TEXT_NOTE);
      return;
    }
  for (guint g = 0; g < n_groups; g++)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < a->attendance->len; i++)
        {
          const SvAgendaPrintAttendee *p = a->attendance->pdata[i];
          g_autofree char *who = NULL;

          if (minutes ? p->status != statuses[g] : p->circle != circles[g])
            continue;
          who = describe_attendee (p, !minutes);
          g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", who);
        }
      if (list->len == 0)
        continue;
      sv_print_doc_add_field (doc,
                              !minutes ? sv_meeting_circle_label (circles[g])
                              : statuses[g] == SV_ATTENDANCE_VERWACHT ? _("Attendance not recorded")
                              : sv_attendance_label (statuses[g]),
                              list->str);
    }
}

/* ------------------------------------------------------------------------
 * The cases
 * ------------------------------------------------------------------------ */

static void
add_schedule (SvPrintDoc          *doc,
              const SvAgendaPrint *a)
{
  static const double widths[] = { 0.09, 0.16, 0.25, 0.36, 0.14 };
  const char *headers[] = { _("Start"), _("Case"), _("Family"), _("Inbrenger"), _("Planned") };
  g_autofree char *end = NULL;
  g_autofree char *note = NULL;

  sv_print_doc_add_heading (doc, _("Agenda"));
  if (a->items->len == 0)
    {
      sv_print_doc_add_paragraph (doc, _("No cases on the agenda yet."), SV_PRINT_TEXT_NOTE);
      return;
    }
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < a->items->len; i++)
    {
      const SvAgendaPrintItem *item = a->items->pdata[i];
      g_autofree char *start = sv_minutes_format (item->start);
      g_autofree char *planned = describe_minutes (item->planned_minutes);
      const char *cells[] = { start, item->case_number, item->household, or_dash (item->inbrenger), planned };

      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);

  end = sv_minutes_format (a->planned_end);
  if (a->planned_end > sv_meeting_end_minutes (a->meeting))
    {
      g_autofree char *meeting_end = sv_minutes_format (sv_meeting_end_minutes (a->meeting));

      /* TRANSLATORS: "The last case ends at 16:20, after the end of the meeting (16:00)." */
      note = g_strdup_printf (_("The last case ends at %s, after the end of the meeting (%s)."), end, meeting_end);
    }
  else
    /* TRANSLATORS: "The last case ends at 15:40." */
    note = g_strdup_printf (_("The last case ends at %s."), end);
  sv_print_doc_add_paragraph (doc, note, SV_PRINT_TEXT_NOTE);
}

static void
add_agreements (SvPrintDoc              *doc,
                const SvAgendaPrintItem *item)
{
  static const double widths[] = { 0.20, 0.42, 0.16, 0.22 };
  const char *headers[] = { _("Who"), _("What"), _("By"), _("Monitoring") };

  if (item->agreements->len == 0)
    {
      sv_print_doc_add_field (doc, _("Agreements"), _("none"));
      return;
    }
  sv_print_doc_add_paragraph (doc, _("Agreements"), SV_PRINT_TEXT_STRONG);
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < item->agreements->len; i++)
    {
      const SvAgreement *ag = item->agreements->pdata[i];
      g_autofree char *due = g_date_valid (&ag->due) ? sv_date_format_numeric (&ag->due) : NULL;
      const char *cells[] = { or_dash (ag->who), or_dash (ag->what), due != NULL ? due : _("no date"),
                              or_dash (ag->monitoring) };

      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);
}

static void
add_outcome (SvPrintDoc              *doc,
             const SvAgendaPrint     *a,
             const SvAgendaPrintItem *item)
{
  if (!item_has_outcome (item))
    {
      sv_print_doc_add_field (doc, _("Outcome"), item->discussed ? _("Discussed") : _("Not discussed"));
      return;
    }
  if (item->discussed || item->elapsed_seconds > 0)
    {
      int spent = (int) ((item->elapsed_seconds + 30) / 60);
      g_autofree char *took = describe_minutes (spent);
      g_autofree char *line = item->elapsed_seconds > 0
                              /* TRANSLATORS: "Discussed, 18 minutes" */
                              ? g_strdup_printf (_("%s, %s"), item->discussed ? _("Discussed") : _("Not finished"),
                                                 took)
                              : g_strdup (_("Discussed"));

      sv_print_doc_add_field (doc, _("Outcome"), line);
    }
  if (item->family_invited || g_strcmp0 (a->meeting->kind_code, "LEJO") == 0)
    sv_print_doc_add_field (doc, _("Family"), sv_family_attendance_label (item->family_attendance));
  if (a->vht)
    {
      g_autofree char *advice = !blank (item->advice_text)
                                ? g_strdup_printf ("%s — %s", sv_vht_advice_label (item->advice), item->advice_text)
                                : g_strdup (sv_vht_advice_label (item->advice));

      sv_print_doc_add_field (doc, _("Advice"), advice);
    }
  if (!blank (item->minutes))
    {
      sv_print_doc_add_paragraph (doc, _("Minutes"), SV_PRINT_TEXT_STRONG);
      add_text (doc, item->minutes);
    }
  add_agreements (doc, item);
}

static void
add_item (SvPrintDoc              *doc,
          const SvAgendaPrint     *a,
          const SvAgendaPrintItem *item)
{
  g_autofree char *start = sv_minutes_format (item->start);
  g_autofree char *heading = NULL;
  g_autofree char *planned = describe_minutes (item->planned_minutes);

  /* TRANSLATORS: a case on the printed agenda: "1. 14:00 · Gezin A · casus 2026-0012" */
  heading = g_strdup_printf (_("%u. %s · %s · case %s"), item->position + 1, start, item->household,
                             item->case_number);
  /* A case on one page when it fits: its question beside its outcome. */
  sv_print_doc_begin_block (doc);
  sv_print_doc_add_subheading (doc, heading);
  sv_print_doc_add_field (doc, _("Question to the meeting"), !blank (item->question) ? item->question
                                                                                    : _("not yet written"));
  sv_print_doc_add_field (doc, _("Inbrenger"), !blank (item->inbrenger) ? item->inbrenger : _("not yet known"));
  sv_print_doc_add_field (doc, _("Planned"), planned);
  if (item->standing != SV_STANDING_NONE)
    sv_print_doc_add_field (doc, _("On the agenda because"), sv_standing_reason_label (item->standing));
  if (!sv_agenda_print_is_minutes (a) && item->family_invited)
    sv_print_doc_add_field (doc, _("Family"), _("invited"));
  if (sv_agenda_print_is_minutes (a))
    add_outcome (doc, a, item);
  sv_print_doc_end_block (doc);
  sv_print_doc_add_space (doc, 6);
}

static void
add_items (SvPrintDoc          *doc,
           const SvAgendaPrint *a)
{
  if (a->items->len == 0)
    return;
  sv_print_doc_add_heading (doc, sv_agenda_print_is_minutes (a) ? _("Cases and Agreements") : _("Cases"));
  for (guint i = 0; i < a->items->len; i++)
    add_item (doc, a, a->items->pdata[i]);
}

static void
add_meeting_minutes (SvPrintDoc          *doc,
                     const SvAgendaPrint *a)
{
  if (!sv_agenda_print_is_minutes (a) || blank (a->meeting->minutes))
    return;
  sv_print_doc_add_heading (doc, _("Minutes of the Meeting"));
  add_text (doc, a->meeting->minutes);
}

/* ------------------------------------------------------------------------
 * The document
 * ------------------------------------------------------------------------ */

char *
sv_agenda_doc_title (const SvAgendaPrint *agenda)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (agenda != NULL, NULL);
  day = sv_date_format_numeric (&agenda->meeting->date);
  return sv_agenda_print_is_minutes (agenda)
         /* TRANSLATORS: the title of printed minutes: "Notulen LEJO 24-11-2026" */
         ? g_strdup_printf (_("Minutes %s %s"), agenda->meeting->kind_code, day)
         /* TRANSLATORS: the title of a printed agenda: "Agenda LEJO 24-11-2026" */
         : g_strdup_printf (_("Agenda %s %s"), agenda->meeting->kind_code, day);
}

SvPrintDoc *
sv_agenda_doc_new (const SvAgendaPrint  *agenda,
                   PangoContext         *context,
                   const SvPageGeometry *geometry)
{
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *subtitle = NULL;
  gboolean minutes;

  g_return_val_if_fail (agenda != NULL, NULL);

  minutes = sv_agenda_print_is_minutes (agenda);
  doc = sv_print_doc_new (context, geometry);
  title = sv_agenda_doc_title (agenda);
  today = sv_date_format_medium (&agenda->today);
  printed = g_strdup_printf (_("Printed on %s by %s"), today, agenda->printed_by);
  sv_print_doc_set_header (doc, title, C_("print header", "CONFIDENTIAL"), printed);
  sv_print_doc_set_footer_note (doc, agenda->names == SV_AGENDA_NAMES_MASKED
                                     ? _("Families masked: Family A, B, … and roles for names")
                                     : _("With full names: only for those taking part in the meeting"));

  subtitle = sv_meeting_describe (agenda->meeting);
  if (!blank (agenda->meeting->room))
    {
      g_autofree char *when = g_steal_pointer (&subtitle);

      subtitle = g_strdup_printf ("%s · %s", when, agenda->meeting->room);
    }
  if (minutes && agenda->meeting->status == SV_MEETING_STATUS_LOPEND)
    sv_print_doc_add_title (doc, _("Minutes (meeting in progress)"), subtitle);
  else
    sv_print_doc_add_title (doc, minutes ? _("Minutes") : C_("printed document", "Agenda"), subtitle);

  add_meeting (doc, agenda);
  add_attendance (doc, agenda);
  add_schedule (doc, agenda);
  add_items (doc, agenda);
  add_meeting_minutes (doc, agenda);

  sv_print_doc_paginate (doc);
  return g_steal_pointer (&doc);
}
