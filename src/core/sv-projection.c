/* sv-projection.c: the allow-list for the projector. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-meeting-plan.h"
#include "sv-name-mask.h"
#include "sv-projection.h"

char *
sv_projection_mask_label (guint position)
{
  GString *letters = g_string_new (NULL);
  guint n = position;

  /* Bijective base 26: A … Z, AA … AZ, BA … */
  do
    {
      g_string_prepend_c (letters, (char) ('A' + n % 26));
      n = n / 26;
    }
  while (n-- > 0);
  /* TRANSLATORS: the masked name of a household on the projector: "Gezin A" */
  char *label = g_strdup_printf (_("Family %s"), letters->str);
  g_string_free (letters, TRUE);
  return label;
}

static char *
line_label (const SvProjectionSource *source,
            guint                     position,
            SvRevealFlags             reveal)
{
  if ((reveal & SV_REVEAL_NAMES) && source->household != NULL &&
      source->household->name != NULL && *source->household->name != '\0')
    return g_strdup (source->household->name);
  return sv_projection_mask_label (position);
}

static char *
person_text (const SvMember *member,
             SvRevealFlags   reveal,
             const GDate    *today)
{
  GString *out = g_string_new (NULL);

  if (reveal & SV_REVEAL_NAMES)
    {
      g_autofree char *name = sv_member_dup_full_name (member);
      g_string_append_printf (out, "%s (%s)", name, sv_member_role_label (member->role));
    }
  else if (reveal & SV_REVEAL_INITIALS)
    {
      g_autofree char *initials = sv_member_dup_initials (member);
      g_string_append_printf (out, "%s (%s)", initials, sv_member_role_label (member->role));
    }
  else
    g_string_append (out, sv_member_role_label (member->role));

  if (g_date_valid (&member->birth_date))
    {
      if (reveal & SV_REVEAL_BIRTH_DATES)
        {
          g_autofree char *born = sv_date_format_numeric (&member->birth_date);
          /* TRANSLATORS: a person on the projector with a revealed date of birth: ", geboren 03-12-2017" */
          g_string_append_printf (out, _(", born %s"), born);
        }
      else
        {
          int age = sv_date_age_on (&member->birth_date, today);
          g_string_append (out, ", ");
          /* TRANSLATORS: an age on the projector: "9 jaar" */
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", (gulong) age), age);
        }
    }
  return g_string_free (out, FALSE);
}

static void
free_line (gpointer data)
{
  SvProjectionLine *line = data;

  g_free (line->label);
  g_free (line->start);
  g_free (line);
}

static void
free_agreement (gpointer data)
{
  SvProjectionAgreement *a = data;

  g_free (a->who);
  g_free (a->what);
  g_free (a->due);
  g_free (a->monitoring);
  g_free (a);
}

SvProjection *
sv_projection_build (const SvMeeting          *meeting,
                     const SvProjectionSource *sources,
                     guint                     n_sources,
                     int                       current,
                     GPtrArray                *agreements,
                     SvRevealFlags             reveal,
                     const GDate              *today)
{
  SvProjection *self = g_new0 (SvProjection, 1);
  g_autofree int *starts = g_new0 (int, MAX (n_sources, 1));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *day = sv_date_format_long (&meeting->date);

  g_return_val_if_fail (current < (int) n_sources, self);

  self->title = g_strdup_printf ("%s · %s", meeting->kind_code, day);
  self->agenda = g_ptr_array_new_with_free_func (free_line);
  self->people = g_ptr_array_new_with_free_func (g_free);
  self->agreements = g_ptr_array_new_with_free_func (free_agreement);
  self->current = current;
  self->reveal = current >= 0 ? reveal : SV_REVEAL_NONE;
  self->case_label = g_strdup ("");
  self->standing = g_strdup ("");
  self->question = g_strdup ("");
  self->advice = g_strdup ("");

  for (guint i = 0; i < n_sources; i++)
    g_ptr_array_add (items, (gpointer) sources[i].item);
  sv_agenda_schedule (meeting, items, starts);

  for (guint i = 0; i < n_sources; i++)
    {
      SvProjectionLine *line = g_new0 (SvProjectionLine, 1);
      /* The reveal covers the current case only. */
      line->label = line_label (&sources[i], i, (int) i == current ? self->reveal : SV_REVEAL_NONE);
      line->start = sv_minutes_format (starts[i]);
      line->current = (int) i == current;
      line->discussed = sources[i].item->discussed;
      g_ptr_array_add (self->agenda, line);
    }

  if (current < 0)
    return self;

  const SvProjectionSource *source = &sources[current];
  const SvAgendaItem *item = source->item;
  /* Free text is typed by people: the family's names in it are masked
   * like everywhere else on the screen. */
  g_autoptr(SvNameMask) mask = sv_name_mask_new (source->household, source->members, self->reveal);

  for (guint i = 0; source->network != NULL && i < source->network->len; i++)
    {
      const SvNetworkMember *n = g_ptr_array_index (source->network, i);
      sv_name_mask_add_network (mask, n->name, n->relation);
    }

  g_free (self->case_label);
  self->case_label = g_strdup (((SvProjectionLine *) self->agenda->pdata[current])->label);
  g_free (self->standing);
  self->standing = g_strdup (item->standing != SV_STANDING_NONE
                             ? sv_standing_reason_label (item->standing) : "");
  g_free (self->question);
  self->question = sv_name_mask_apply (mask, item->question);
  if (item->advice != SV_VHT_ADVICE_GEEN)
    {
      g_autofree char *advice_text = sv_name_mask_apply (mask, item->advice_text);

      g_free (self->advice);
      self->advice = *advice_text != '\0'
                     ? g_strdup_printf ("%s: %s", sv_vht_advice_label (item->advice), advice_text)
                     : g_strdup (sv_vht_advice_label (item->advice));
    }
  for (guint i = 0; source->members != NULL && i < source->members->len; i++)
    g_ptr_array_add (self->people, person_text (g_ptr_array_index (source->members, i),
                                                self->reveal, today));
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      const SvAgreement *a = g_ptr_array_index (agreements, i);
      SvProjectionAgreement *p = g_new0 (SvProjectionAgreement, 1);

      p->who = sv_name_mask_apply (mask, a->who);
      p->what = sv_name_mask_apply (mask, a->what);
      p->due = g_date_valid (&a->due) ? sv_date_format_medium (&a->due) : g_strdup ("");
      p->monitoring = sv_name_mask_apply (mask, a->monitoring);
      g_ptr_array_add (self->agreements, p);
    }
  return self;
}

void
sv_projection_free (SvProjection *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_clear_pointer (&self->agenda, g_ptr_array_unref);
  g_free (self->case_label);
  g_free (self->standing);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_free (self->question);
  g_free (self->advice);
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  g_free (self);
}

void
sv_projection_foreach_text (const SvProjection *self,
                            void              (*func) (const char *text, gpointer data),
                            gpointer            data)
{
  func (self->title, data);
  for (guint i = 0; i < self->agenda->len; i++)
    {
      const SvProjectionLine *line = g_ptr_array_index (self->agenda, i);
      func (line->label, data);
      func (line->start, data);
    }
  func (self->case_label, data);
  func (self->standing, data);
  for (guint i = 0; i < self->people->len; i++)
    func (g_ptr_array_index (self->people, i), data);
  func (self->question, data);
  func (self->advice, data);
  for (guint i = 0; i < self->agreements->len; i++)
    {
      const SvProjectionAgreement *a = g_ptr_array_index (self->agreements, i);
      func (a->who, data);
      func (a->what, data);
      func (a->due, data);
      func (a->monitoring, data);
    }
}
