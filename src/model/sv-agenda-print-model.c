/* sv-agenda-print-model.c: reading a meeting into the printed agenda's
 * model, masked as chosen before anything leaves this file. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting-plan.h"
#include "sv-name-mask.h"
#include "sv-overview-model.h"
#include "sv-projection.h"
#include "sv-agenda-print-model.h"

/* ------------------------------------------------------------------------
 * Records
 * ------------------------------------------------------------------------ */

static void
attendee_free (SvAgendaPrintAttendee *self)
{
  g_free (self->organisation);
  g_free (self->attendee);
  g_free (self->for_case);
  g_free (self);
}

SvAgendaPrintItem *
sv_agenda_print_item_new (void)
{
  SvAgendaPrintItem *self = g_new0 (SvAgendaPrintItem, 1);

  self->case_number = g_strdup ("");
  self->household = g_strdup ("");
  self->question = g_strdup ("");
  self->inbrenger = g_strdup ("");
  self->advice_text = g_strdup ("");
  self->minutes = g_strdup ("");
  self->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  return self;
}

void
sv_agenda_print_item_free (SvAgendaPrintItem *self)
{
  if (self == NULL)
    return;
  g_free (self->case_number);
  g_free (self->household);
  g_free (self->question);
  g_free (self->inbrenger);
  g_free (self->advice_text);
  g_free (self->minutes);
  g_ptr_array_unref (self->agreements);
  g_free (self);
}

SvAgendaPrint *
sv_agenda_print_new (void)
{
  SvAgendaPrint *self = g_new0 (SvAgendaPrint, 1);

  self->names = SV_AGENDA_NAMES_MASKED;
  self->meeting = sv_meeting_new ();
  self->kind_name = g_strdup ("");
  self->chair = g_strdup ("");
  self->printed_by = g_strdup ("");
  sv_date_today (&self->today);
  self->attendance = g_ptr_array_new_with_free_func ((GDestroyNotify) attendee_free);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agenda_print_item_free);
  return self;
}

void
sv_agenda_print_free (SvAgendaPrint *self)
{
  if (self == NULL)
    return;
  sv_meeting_free (self->meeting);
  g_free (self->kind_name);
  g_free (self->chair);
  g_free (self->printed_by);
  g_ptr_array_unref (self->attendance);
  g_ptr_array_unref (self->items);
  g_free (self);
}

gboolean
sv_agenda_print_is_minutes (const SvAgendaPrint *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->meeting->status != SV_MEETING_STATUS_GEPLAND;
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

static void
mask_in_place (const SvNameMask  *mask,
               char             **text)
{
  char *masked;

  if (mask == NULL || *text == NULL)
    return;
  masked = sv_name_mask_apply (mask, *text);
  g_free (*text);
  *text = masked;
}

static gboolean
read_kind (SvAgendaPrint  *self,
           SvStore        *store,
           GError        **error)
{
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (store, error);

  if (kinds == NULL)
    return FALSE;
  for (guint i = 0; i < kinds->len; i++)
    {
      const SvMeetingKind *kind = kinds->pdata[i];

      if (kind->id != self->meeting->kind_id)
        continue;
      g_free (self->kind_name);
      self->kind_name = g_strdup (kind->name != NULL ? kind->name : "");
      g_free (self->chair);
      self->chair = g_strdup (kind->chair != NULL ? kind->chair : "");
    }
  self->vht = g_strcmp0 (self->meeting->kind_code, "VHT") == 0;
  return TRUE;
}

/* One case: its household for the label and, masked, everyone's names
 * for the mask of its texts. Returns the mask (NULL with full names). */
static SvNameMask *
read_people (SvAgendaPrint      *self,
             SvStore            *store,
             const SvAgendaItem *item,
             SvAgendaPrintItem  *out,
             SvNameMask         *meeting_mask,
             GError            **error)
{
  gboolean masked = self->names == SV_AGENDA_NAMES_MASKED;
  g_autoptr(SvCase) record = NULL;
  g_autoptr(SvHousehold) household = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) network = NULL;
  SvNameMask *mask;

  g_free (out->household);
  if (!masked)
    {
      if (!(record = sv_store_get_case (store, item->case_id, error)) ||
          !(household = sv_store_get_household (store, record->household_id, error)))
        return NULL;
      out->household = g_strdup (household->name);
      return NULL;
    }

  out->household = sv_projection_mask_label (out->position);
  if (!(record = sv_store_get_case (store, item->case_id, error)) ||
      !(household = sv_store_get_household (store, record->household_id, error)) ||
      !(members = sv_store_list_members (store, record->household_id, error)) ||
      !(network = sv_store_list_network (store, record->household_id, error)))
    return NULL;
  mask = sv_name_mask_new (household, members, SV_REVEAL_NONE);
  sv_name_mask_add_household (meeting_mask, household, members);
  for (guint i = 0; i < network->len; i++)
    {
      const SvNetworkMember *n = network->pdata[i];

      sv_name_mask_add_network (mask, n->name, n->relation);
      sv_name_mask_add_network (meeting_mask, n->name, n->relation);
    }
  return mask;
}

static gboolean
read_item (SvAgendaPrint      *self,
           SvStore            *store,
           const SvAgendaItem *item,
           guint               position,
           int                 start,
           SvNameMask         *meeting_mask,
           GError            **error)
{
  g_autoptr(SvAgendaPrintItem) out = sv_agenda_print_item_new ();
  g_autoptr(SvNameMask) mask = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  GError *local = NULL;

  out->position = position;
  out->start = start;
  out->planned_minutes = item->planned_minutes;
  g_free (out->case_number);
  out->case_number = g_strdup (item->case_number != NULL ? item->case_number : "");
  mask = read_people (self, store, item, out, meeting_mask, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  g_free (out->question);
  out->question = g_strdup (item->question != NULL ? item->question : "");
  mask_in_place (mask, &out->question);
  g_free (out->inbrenger);
  out->inbrenger = g_strdup (item->inbrenger_name != NULL ? item->inbrenger_name : "");
  out->standing = item->standing;
  out->family_invited = item->family_invited;
  out->family_attendance = item->family_attendance;
  out->advice = item->advice;
  g_free (out->advice_text);
  out->advice_text = g_strdup (item->advice_text != NULL ? item->advice_text : "");
  mask_in_place (mask, &out->advice_text);
  g_free (out->minutes);
  out->minutes = g_strdup (item->minutes != NULL ? item->minutes : "");
  mask_in_place (mask, &out->minutes);
  out->discussed = item->discussed;
  out->elapsed_seconds = item->elapsed_seconds;

  if (!(agreements = sv_store_list_agreements (store, 0, item->id, error)))
    return FALSE;
  for (guint i = 0; i < agreements->len; i++)
    {
      SvAgreement *a = sv_agreement_copy (agreements->pdata[i]);

      mask_in_place (mask, &a->who);
      mask_in_place (mask, &a->what);
      mask_in_place (mask, &a->monitoring);
      g_ptr_array_add (out->agreements, a);
    }
  g_ptr_array_add (self->items, g_steal_pointer (&out));
  return TRUE;
}

static void
read_attendance (SvAgendaPrint *self,
                 GPtrArray     *attendance,
                 GPtrArray     *items)
{
  for (guint i = 0; i < attendance->len; i++)
    {
      const SvAttendance *a = attendance->pdata[i];
      SvAgendaPrintAttendee *out = g_new0 (SvAgendaPrintAttendee, 1);

      out->organisation = g_strdup (a->organisation_name != NULL ? a->organisation_name : "");
      out->attendee = g_strdup (a->attendee != NULL ? a->attendee : "");
      out->circle = a->circle;
      out->status = a->status;
      out->for_case = g_strdup ("");
      for (guint j = 0; a->agenda_item_id != 0 && j < items->len; j++)
        if (((SvAgendaItem *) items->pdata[j])->id == a->agenda_item_id)
          {
            const SvAgendaPrintItem *item = self->items->pdata[j];

            g_free (out->for_case);
            /* TRANSLATORS: whom a member of the flexible shell comes for: "Gezin A (2026-0012)" */
            out->for_case = g_strdup_printf (_("%s (%s)"), item->household, item->case_number);
          }
      g_ptr_array_add (self->attendance, out);
    }
}

SvAgendaPrint *
sv_agenda_print_load (SvStore       *store,
                      gint64         meeting_id,
                      SvAgendaNames  names,
                      const GDate   *today,
                      GError       **error)
{
  g_autoptr(SvAgendaPrint) self = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(SvNameMask) meeting_mask = NULL;
  g_autofree int *starts = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = sv_agenda_print_new ();
  self->names = names;
  self->today = *today;
  g_free (self->printed_by);
  self->printed_by = sv_overview_dup_user_name ();

  sv_meeting_free (self->meeting);
  if (!(self->meeting = sv_store_get_meeting (store, meeting_id, error)) ||
      !read_kind (self, store, error) ||
      !(items = sv_store_list_agenda (store, meeting_id, error)) ||
      !(attendance = sv_store_list_attendance (store, meeting_id, error)))
    return NULL;

  /* The meeting's own minutes may name any of its families. */
  meeting_mask = sv_name_mask_new (NULL, NULL,
                                   names == SV_AGENDA_NAMES_MASKED ? SV_REVEAL_NONE : SV_REVEAL_NAMES);
  starts = g_new0 (int, MAX (items->len, 1));
  self->planned_end = sv_agenda_schedule (self->meeting, items, starts);
  for (guint i = 0; i < items->len; i++)
    if (!read_item (self, store, items->pdata[i], i, starts[i], meeting_mask, error))
      return NULL;
  read_attendance (self, attendance, items);
  mask_in_place (names == SV_AGENDA_NAMES_MASKED ? meeting_mask : NULL, &self->meeting->minutes);
  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------------------
 * Finding a meeting
 * ------------------------------------------------------------------------ */

static gint64
find_by_uid (GPtrArray  *meetings,
             const char *uid)
{
  for (guint i = 0; i < meetings->len; i++)
    {
      const SvMeeting *m = meetings->pdata[i];

      if (m->uid != NULL && g_ascii_strcasecmp (m->uid, uid) == 0)
        return m->id;
    }
  return 0;
}

/* "LEJO 2026-11-24 [14:00]" */
static gint64
find_by_kind_and_date (GPtrArray   *meetings,
                       const char  *ref,
                       GError     **error)
{
  g_auto(GStrv) words = g_strsplit_set (ref, " \t", -1);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  GDate date;
  int start = -1;
  gint64 found = 0;
  guint n_found = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (parts, words[i]);
  if (parts->len < 2 || parts->len > 3 || !sv_date_parse_user (parts->pdata[1], &date, NULL))
    return 0;
  if (parts->len == 3 && !sv_minutes_parse (parts->pdata[2], &start, error))
    return 0;
  for (guint i = 0; i < meetings->len; i++)
    {
      const SvMeeting *m = meetings->pdata[i];

      if (g_ascii_strcasecmp (m->kind_code, parts->pdata[0]) != 0 || g_date_compare (&m->date, &date) != 0 ||
          (start >= 0 && m->start_minutes != start))
        continue;
      found = m->id;
      n_found++;
    }
  if (n_found > 1)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   /* TRANSLATORS: "There are 2 LEJO meetings on 24-11-2026: add the start, e.g. "LEJO 24-11-2026 14:00"." */
                   _("There are %u %s meetings on %s: add the start, e.g. “%s %s 14:00”."),
                   n_found, (const char *) parts->pdata[0], (const char *) parts->pdata[1],
                   (const char *) parts->pdata[0], (const char *) parts->pdata[1]);
      return 0;
    }
  return found;
}

gint64
sv_agenda_print_find_meeting (SvStore     *store,
                              const char  *ref,
                              GError     **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *text = NULL;
  const char *at;
  gint64 id;

  g_return_val_if_fail (SV_IS_STORE (store), 0);

  text = g_strstrip (g_strdup (ref != NULL ? ref : ""));
  if (*text == '\0')
    return 0;
  if (strspn (text, "0123456789") == strlen (text))
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(SvMeeting) meeting = sv_store_get_meeting (store, (gint64) g_ascii_strtoll (text, NULL, 10), &local);

      if (meeting != NULL)
        return meeting->id;
      if (!g_error_matches (local, SV_ERROR, SV_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return 0;
        }
      return 0;
    }

  if (!(meetings = sv_store_list_meetings (store, NULL, NULL, error)))
    return 0;
  if ((id = find_by_uid (meetings, text)) != 0)
    return id;
  /* The calendar's UID: "<uid>-overleg@samenveilig.overbetuwe.nl". */
  if ((at = strchr (text, '@')) != NULL)
    {
      g_autofree char *local_part = g_strndup (text, (gsize) (at - text));

      if (g_str_has_suffix (local_part, "-overleg"))
        local_part[strlen (local_part) - strlen ("-overleg")] = '\0';
      return find_by_uid (meetings, local_part);
    }
  return find_by_kind_and_date (meetings, text, error);
}
