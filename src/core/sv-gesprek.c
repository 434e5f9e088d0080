/* sv-gesprek.c: the record of an interventiegesprek and the rules that
 * are about the record itself rather than about planning. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-gesprek.h"

G_DEFINE_BOXED_TYPE (SvGesprek, sv_gesprek, sv_gesprek_copy, sv_gesprek_free)

static const char *place_nicks[] = { "gemeentehuis", "veilig-thuis", "zorg-en-veiligheidshuis", "anders" };
static const char *chair_nicks[] = { "inbrenger", "onafhankelijk" };
static const char *role_nicks[] = { "ouder", "jeugdige", "vertrouwenspersoon", "netwerkpartner" };
static const char *kind_nicks[] = { "vrijwillig", "rvdk" };

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

SvGesprekPerson *
sv_gesprek_person_new (SvGesprekRole  role,
                       const char    *name)
{
  SvGesprekPerson *person = g_new0 (SvGesprekPerson, 1);

  person->role = role;
  person->name = g_strdup (name != NULL ? name : "");
  g_date_clear (&person->birth, 1);
  person->attended = SV_TRI_UNKNOWN;
  return person;
}

SvGesprekPerson *
sv_gesprek_person_copy (const SvGesprekPerson *person)
{
  SvGesprekPerson *copy;

  g_return_val_if_fail (person != NULL, NULL);

  copy = g_memdup2 (person, sizeof *person);
  copy->name = g_strdup (person->name);
  copy->detail = g_strdup (person->detail);
  copy->exclusion_reason = g_strdup (person->exclusion_reason);
  copy->separate_note = g_strdup (person->separate_note);
  return copy;
}

void
sv_gesprek_person_free (SvGesprekPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->detail);
  g_free (person->exclusion_reason);
  g_free (person->separate_note);
  g_free (person);
}

SvGesprek *
sv_gesprek_new (void)
{
  SvGesprek *self = g_new0 (SvGesprek, 1);

  g_date_clear (&self->vht_consultation, 1);
  g_date_clear (&self->date, 1);
  g_date_clear (&self->rvdk_kaart_sent, 1);
  g_date_clear (&self->kaart_definitive_sent, 1);
  self->minutes = -1;
  self->duration = 90;
  self->kind = SV_IG_KIND_VOLUNTARY;
  self->rvdk_joins = SV_TRI_UNKNOWN;
  self->place = SV_GESPREK_PLACE_GEMEENTEHUIS;
  self->chair = SV_GESPREK_CHAIR_INBRENGER;
  self->both_parents = SV_TRI_UNKNOWN;
  self->raadsonderzoek = SV_TRI_UNKNOWN;
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_gesprek_person_free);
  return self;
}

SvGesprek *
sv_gesprek_copy (const SvGesprek *self)
{
  SvGesprek *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->late_reason = g_strdup (self->late_reason);
  copy->place_other = g_strdup (self->place_other);
  copy->room_note = g_strdup (self->room_note);
  copy->safety_other = g_strdup (self->safety_other);
  copy->chair_name = g_strdup (self->chair_name);
  copy->chair_role = g_strdup (self->chair_role);
  copy->outcome = g_strdup (self->outcome);
  copy->people = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_gesprek_person_free);
  for (guint i = 0; i < self->people->len; i++)
    g_ptr_array_add (copy->people, sv_gesprek_person_copy (g_ptr_array_index (self->people, i)));
  return copy;
}

void
sv_gesprek_free (SvGesprek *self)
{
  if (self == NULL)
    return;
  g_free (self->late_reason);
  g_free (self->place_other);
  g_free (self->room_note);
  g_free (self->safety_other);
  g_free (self->chair_name);
  g_free (self->chair_role);
  g_free (self->outcome);
  g_ptr_array_unref (self->people);
  g_free (self);
}

SvGesprekPerson *
sv_gesprek_add_person (SvGesprek     *self,
                       SvGesprekRole  role,
                       const char    *name)
{
  SvGesprekPerson *person;

  g_return_val_if_fail (self != NULL, NULL);

  person = sv_gesprek_person_new (role, name);
  g_ptr_array_add (self->people, person);
  return person;
}

SvIgPlan *
sv_gesprek_to_plan (const SvGesprek *self)
{
  SvIgPlan *plan;

  g_return_val_if_fail (self != NULL, NULL);

  plan = sv_ig_plan_new ();
  plan->vht_consultation = self->vht_consultation;
  plan->date = self->date;
  plan->minutes = self->minutes;
  plan->late_reason = g_strdup (self->late_reason);
  plan->kind = self->kind;
  plan->rvdk_kaart_sent = self->rvdk_kaart_sent;
  plan->rvdk_joins = self->rvdk_joins;
  plan->safety = self->safety;
  plan->safety_other = g_strdup (self->safety_other);
  plan->kaart_definitive_sent = self->kaart_definitive_sent;
  for (guint i = 0; i < self->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (self->people, i);
      SvIgYouth *youth;

      if (person->role != SV_GESPREK_YOUTH)
        continue;
      youth = sv_ig_plan_add_youth (plan, person->name, &person->birth);
      youth->excluded = person->excluded;
      youth->exclusion_reason = g_strdup (person->exclusion_reason);
    }
  return plan;
}

SvIgYouthStatus
sv_gesprek_youth_status (const SvGesprek       *self,
                         const SvGesprekPerson *person)
{
  g_autoptr(SvIgPlan) plan = NULL;
  SvIgYouth *youth;

  g_return_val_if_fail (self != NULL && person != NULL, SV_IG_YOUTH_BIRTH_UNKNOWN);

  plan = sv_ig_plan_new ();
  plan->date = self->date;
  youth = sv_ig_plan_add_youth (plan, person->name, &person->birth);
  youth->excluded = person->excluded;
  return sv_ig_plan_youth_status (plan, youth);
}

static char *
normalise (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

char *
sv_gesprek_room_key (const SvGesprek *self)
{
  g_autofree char *place = NULL;
  g_autofree char *room = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->room_reserved)
    return NULL;
  place = self->place == SV_GESPREK_PLACE_OTHER ? normalise (self->place_other)
                                                : g_strdup (sv_gesprek_place_to_nick (self->place));
  room = normalise (self->room_note);
  return g_strconcat (place, "|", room, NULL);
}

gboolean
sv_gesprek_rooms_clash (const SvGesprek *a,
                        const SvGesprek *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;
  int start_a, start_b;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!g_date_valid (&a->date) || !g_date_valid (&b->date) || g_date_compare (&a->date, &b->date) != 0)
    return FALSE;
  key_a = sv_gesprek_room_key (a);
  key_b = sv_gesprek_room_key (b);
  if (key_a == NULL || key_b == NULL || !g_str_equal (key_a, key_b))
    return FALSE;
  /* Without a start time the whole day is claimed: a room booked for a
   * day cannot be given away. */
  start_a = a->minutes >= 0 ? a->minutes : 0;
  start_b = b->minutes >= 0 ? b->minutes : 0;
  return start_a < start_b + (b->minutes >= 0 ? b->duration : 24 * 60) &&
         start_b < start_a + (a->minutes >= 0 ? a->duration : 24 * 60);
}

gboolean
sv_gesprek_validate (const SvGesprek *self,
                     SvWorkdays      *workdays,
                     const GDate     *today,
                     GError         **error)
{
  g_autoptr(SvIgPlan) plan = NULL;
  gboolean has_outcome;

  g_return_val_if_fail (self != NULL && workdays != NULL, FALSE);

  if (self->case_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("The interventiegesprek belongs to no case."));
      return FALSE;
    }
  if ((guint) self->place >= SV_GESPREK_N_PLACES || (guint) self->chair >= SV_GESPREK_N_CHAIRS ||
      (self->kind != SV_IG_KIND_VOLUNTARY && self->kind != SV_IG_KIND_RVDK))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("The interventiegesprek has an unknown kind, place or chair."));
      return FALSE;
    }
  if (self->duration <= 0 || self->duration > 8 * 60)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Duration of the interventiegesprek: give a duration between 1 minute and 8 hours."));
      return FALSE;
    }
  if (self->place == SV_GESPREK_PLACE_OTHER && is_blank (self->place_other))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Place: describe the other place (name and address)."));
      return FALSE;
    }
  if (self->chair == SV_GESPREK_CHAIR_INDEPENDENT && is_blank (self->chair_name))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Chair: give the name of the independent chair."));
      return FALSE;
    }
  for (guint i = 0; i < self->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (self->people, i);

      if ((guint) person->role >= SV_GESPREK_N_ROLES || is_blank (person->name))
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("Who: every person needs a name."));
          return FALSE;
        }
    }

  plan = sv_gesprek_to_plan (self);
  if (!sv_ig_plan_validate (plan, workdays, self->final, error))
    return FALSE;

  has_outcome = !is_blank (self->outcome) || self->both_parents != SV_TRI_UNKNOWN ||
                self->raadsonderzoek != SV_TRI_UNKNOWN;
  for (guint i = 0; i < self->people->len && !has_outcome; i++)
    has_outcome = ((SvGesprekPerson *) g_ptr_array_index (self->people, i))->attended != SV_TRI_UNKNOWN;
  if (has_outcome && (!g_date_valid (&self->date) ||
                      (today != NULL && g_date_compare (&self->date, today) > 0)))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Outcome: the outcome can be recorded on or after the day of the conversation."));
      return FALSE;
    }
  if (self->raadsonderzoek != SV_TRI_UNKNOWN && self->kind != SV_IG_KIND_RVDK)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Outcome: a raadsonderzoek is decided only in a conversation with the RvdK."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
from_nick (const char  *nick,
           const char **nicks,
           guint        n,
           int         *out)
{
  for (guint i = 0; nick != NULL && i < n; i++)
    if (g_str_equal (nick, nicks[i]))
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sv_gesprek_place_to_nick (SvGesprekPlace place)
{
  g_return_val_if_fail ((guint) place < SV_GESPREK_N_PLACES, NULL);
  return place_nicks[place];
}

gboolean
sv_gesprek_place_from_nick (const char     *nick,
                            SvGesprekPlace *place)
{
  int value;

  if (!from_nick (nick, place_nicks, G_N_ELEMENTS (place_nicks), &value))
    return FALSE;
  *place = (SvGesprekPlace) value;
  return TRUE;
}

const char *
sv_gesprek_place_label (SvGesprekPlace place)
{
  switch (place)
    {
    case SV_GESPREK_PLACE_GEMEENTEHUIS:
      return _("Gemeentehuis");
    case SV_GESPREK_PLACE_VEILIG_THUIS:
      return _("Veilig Thuis office");
    case SV_GESPREK_PLACE_ZORG_VEILIGHEIDSHUIS:
      return _("Zorg- en Veiligheidshuis");
    case SV_GESPREK_PLACE_OTHER:
      return _("Another place");
    case SV_GESPREK_N_PLACES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sv_gesprek_chair_to_nick (SvGesprekChair chair)
{
  g_return_val_if_fail ((guint) chair < SV_GESPREK_N_CHAIRS, NULL);
  return chair_nicks[chair];
}

gboolean
sv_gesprek_chair_from_nick (const char     *nick,
                            SvGesprekChair *chair)
{
  int value;

  if (!from_nick (nick, chair_nicks, G_N_ELEMENTS (chair_nicks), &value))
    return FALSE;
  *chair = (SvGesprekChair) value;
  return TRUE;
}

const char *
sv_gesprek_role_to_nick (SvGesprekRole role)
{
  g_return_val_if_fail ((guint) role < SV_GESPREK_N_ROLES, NULL);
  return role_nicks[role];
}

gboolean
sv_gesprek_role_from_nick (const char    *nick,
                           SvGesprekRole *role)
{
  int value;

  if (!from_nick (nick, role_nicks, G_N_ELEMENTS (role_nicks), &value))
    return FALSE;
  *role = (SvGesprekRole) value;
  return TRUE;
}

const char *
sv_gesprek_role_label (SvGesprekRole role)
{
  switch (role)
    {
    case SV_GESPREK_PARENT:
      return _("Parent or carer");
    case SV_GESPREK_YOUTH:
      return _("Youth");
    case SV_GESPREK_VERTROUWENSPERSOON:
      return _("Vertrouwenspersoon");
    case SV_GESPREK_PARTNER:
      return _("Network partner");
    case SV_GESPREK_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sv_ig_kind_to_nick (SvIgKind kind)
{
  g_return_val_if_fail (kind == SV_IG_KIND_VOLUNTARY || kind == SV_IG_KIND_RVDK, NULL);
  return kind_nicks[kind];
}

gboolean
sv_ig_kind_from_nick (const char *nick,
                      SvIgKind   *kind)
{
  int value;

  if (!from_nick (nick, kind_nicks, G_N_ELEMENTS (kind_nicks), &value))
    return FALSE;
  *kind = (SvIgKind) value;
  return TRUE;
}

char *
sv_gesprek_dup_place_text (const SvGesprek *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->place == SV_GESPREK_PLACE_OTHER)
    return g_strstrip (g_strdup (self->place_other != NULL ? self->place_other : ""));
  return g_strdup (sv_gesprek_place_label (self->place));
}

char *
sv_gesprek_letter_key (const SvGesprekPerson *youth)
{
  if (youth == NULL)
    return g_strdup ("ouders");
  return g_strdup_printf ("jeugdige-%" G_GINT64_FORMAT, youth->id);
}
