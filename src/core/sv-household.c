/* sv-household.c: household, member and network records. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-household.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvHousehold, sv_household, sv_household_copy, sv_household_free)
G_DEFINE_BOXED_TYPE (SvMember, sv_member, sv_member_copy, sv_member_free)
G_DEFINE_BOXED_TYPE (SvNetworkMember, sv_network_member, sv_network_member_copy, sv_network_member_free)

SvHousehold *
sv_household_new (void)
{
  SvHousehold *self = g_new0 (SvHousehold, 1);

  self->name = g_strdup ("");
  self->note = g_strdup ("");
  return self;
}

SvHousehold *
sv_household_copy (const SvHousehold *household)
{
  SvHousehold *self;

  g_return_val_if_fail (household != NULL, NULL);
  self = g_new0 (SvHousehold, 1);
  self->id = household->id;
  self->uid = g_strdup (household->uid);
  self->name = g_strdup (household->name);
  self->note = g_strdup (household->note);
  return self;
}

void
sv_household_free (SvHousehold *household)
{
  if (household == NULL)
    return;
  g_free (household->uid);
  g_free (household->name);
  g_free (household->note);
  g_free (household);
}

gboolean
sv_household_validate (const SvHousehold *household,
                       GError           **error)
{
  g_return_val_if_fail (household != NULL, FALSE);

  return sv_check_required (household->name, SV_MAX_NAME_CHARS, _("Household name"), error) &&
         sv_check_optional (household->note, SV_MAX_TEXT_CHARS, _("Note"), error);
}

SvMember *
sv_member_new (void)
{
  SvMember *self = g_new0 (SvMember, 1);

  self->given_names = g_strdup ("");
  self->family_name = g_strdup ("");
  self->note = g_strdup ("");
  g_date_clear (&self->birth_date, 1);
  self->role = SV_MEMBER_ROLE_JEUGDIGE;
  return self;
}

SvMember *
sv_member_copy (const SvMember *member)
{
  SvMember *self;

  g_return_val_if_fail (member != NULL, NULL);
  self = g_new0 (SvMember, 1);
  *self = *member;
  self->given_names = g_strdup (member->given_names);
  self->family_name = g_strdup (member->family_name);
  self->note = g_strdup (member->note);
  return self;
}

void
sv_member_free (SvMember *member)
{
  if (member == NULL)
    return;
  g_free (member->given_names);
  g_free (member->family_name);
  g_free (member->note);
  g_free (member);
}

char *
sv_member_dup_full_name (const SvMember *member)
{
  const char *given, *family;

  g_return_val_if_fail (member != NULL, NULL);
  given = member->given_names != NULL ? member->given_names : "";
  family = member->family_name != NULL ? member->family_name : "";
  if (*given == '\0')
    return g_strdup (family);
  if (*family == '\0')
    return g_strdup (given);
  return g_strdup_printf ("%s %s", given, family);
}

/* Appends the first letter of every word followed by a dot; a word that
 * starts in lower case (a tussenvoegsel such as "de" or "van") keeps its
 * lower-case letter, so "de Vries" becomes "d.V.". */
static void
append_initials (GString    *out,
                 const char *words)
{
  gboolean at_word_start = TRUE;

  for (const char *p = words; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-')
        {
          at_word_start = TRUE;
          continue;
        }
      /* A nickname in quotes ("Ronnie") starts with its letter, not the quote. */
      if (at_word_start && !g_unichar_isalnum (c))
        continue;
      if (at_word_start)
        {
          g_string_append_unichar (out, g_unichar_islower (c) ? c : g_unichar_toupper (c));
          g_string_append_c (out, '.');
        }
      at_word_start = FALSE;
    }
}

char *
sv_member_dup_initials (const SvMember *member)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (member != NULL, NULL);
  append_initials (out, member->given_names);
  if (out->len > 0 && member->family_name != NULL && *member->family_name != '\0')
    g_string_append_c (out, ' ');
  append_initials (out, member->family_name);
  return g_string_free (out, FALSE);
}

gboolean
sv_member_validate (const SvMember *member,
                    const GDate    *today,
                    GError        **error)
{
  g_return_val_if_fail (member != NULL, FALSE);

  if (!sv_check_optional (member->given_names, SV_MAX_NAME_CHARS, _("Given names"), error) ||
      !sv_check_optional (member->family_name, SV_MAX_NAME_CHARS, _("Family name"), error) ||
      !sv_check_optional (member->note, SV_MAX_TEXT_CHARS, _("Note"), error))
    return FALSE;
  if (!sv_check_required (member->given_names, SV_MAX_NAME_CHARS, _("Given names"), NULL) &&
      !sv_check_required (member->family_name, SV_MAX_NAME_CHARS, _("Family name"), NULL))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Name: enter a given name or a family name"));
      return FALSE;
    }
  if ((guint) member->role >= sv_member_role_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Role: unknown role"));
      return FALSE;
    }
  /* The message names the field itself ("A date of birth cannot …"). */
  if (g_date_valid (&member->birth_date) && today != NULL)
    return sv_date_check_birth (&member->birth_date, today, error);
  return TRUE;
}

SvNetworkMember *
sv_network_member_new (void)
{
  SvNetworkMember *self = g_new0 (SvNetworkMember, 1);

  self->name = g_strdup ("");
  self->relation = g_strdup ("");
  self->contact = g_strdup ("");
  self->note = g_strdup ("");
  return self;
}

SvNetworkMember *
sv_network_member_copy (const SvNetworkMember *member)
{
  SvNetworkMember *self;

  g_return_val_if_fail (member != NULL, NULL);
  self = g_new0 (SvNetworkMember, 1);
  self->id = member->id;
  self->household_id = member->household_id;
  self->name = g_strdup (member->name);
  self->relation = g_strdup (member->relation);
  self->contact = g_strdup (member->contact);
  self->note = g_strdup (member->note);
  return self;
}

void
sv_network_member_free (SvNetworkMember *member)
{
  if (member == NULL)
    return;
  g_free (member->name);
  g_free (member->relation);
  g_free (member->contact);
  g_free (member->note);
  g_free (member);
}

gboolean
sv_network_member_validate (const SvNetworkMember *member,
                            GError               **error)
{
  g_return_val_if_fail (member != NULL, FALSE);

  return sv_check_required (member->name, SV_MAX_NAME_CHARS, _("Name"), error) &&
         sv_check_optional (member->relation, SV_MAX_NAME_CHARS, _("Relation"), error) &&
         sv_check_optional (member->contact, SV_MAX_NAME_CHARS, _("Contact"), error) &&
         sv_check_optional (member->note, SV_MAX_TEXT_CHARS, _("Note"), error);
}
