/* sv-professional.c: organisation, professional and case-role records. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-professional.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvOrganisation, sv_organisation, sv_organisation_copy, sv_organisation_free)
G_DEFINE_BOXED_TYPE (SvProfessional, sv_professional, sv_professional_copy, sv_professional_free)
G_DEFINE_BOXED_TYPE (SvCaseRole, sv_case_role, sv_case_role_copy, sv_case_role_free)

SvOrganisation *
sv_organisation_new (const char *name)
{
  SvOrganisation *self = g_new0 (SvOrganisation, 1);

  self->name = g_strdup (name != NULL ? name : "");
  return self;
}

SvOrganisation *
sv_organisation_copy (const SvOrganisation *self)
{
  SvOrganisation *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = sv_organisation_new (self->name);
  copy->id = self->id;
  return copy;
}

void
sv_organisation_free (SvOrganisation *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self);
}

gboolean
sv_organisation_validate (const SvOrganisation *self,
                          GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return sv_check_required (self->name, SV_MAX_NAME_CHARS, _("Organisation"), error);
}

SvProfessional *
sv_professional_new (void)
{
  SvProfessional *self = g_new0 (SvProfessional, 1);

  self->name = g_strdup ("");
  self->organisation_name = g_strdup ("");
  self->function = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  return self;
}

SvProfessional *
sv_professional_copy (const SvProfessional *self)
{
  SvProfessional *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvProfessional, 1);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->name = g_strdup (self->name);
  copy->organisation_id = self->organisation_id;
  copy->organisation_name = g_strdup (self->organisation_name);
  copy->function = g_strdup (self->function);
  copy->email = g_strdup (self->email);
  copy->phone = g_strdup (self->phone);
  return copy;
}

void
sv_professional_free (SvProfessional *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->name);
  g_free (self->organisation_name);
  g_free (self->function);
  g_free (self->email);
  g_free (self->phone);
  g_free (self);
}

gboolean
sv_professional_validate (const SvProfessional *self,
                          GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return sv_check_required (self->name, SV_MAX_NAME_CHARS, _("Name"), error) &&
         sv_check_optional (self->organisation_name, SV_MAX_NAME_CHARS, _("Organisation"), error) &&
         sv_check_optional (self->function, SV_MAX_NAME_CHARS, _("Function"), error) &&
         sv_check_optional (self->email, SV_MAX_NAME_CHARS, _("Email"), error) &&
         sv_check_optional (self->phone, SV_MAX_NAME_CHARS, _("Phone"), error);
}

SvCaseRole *
sv_case_role_new (void)
{
  SvCaseRole *self = g_new0 (SvCaseRole, 1);

  self->role = SV_CASE_ROLE_INBRENGER;
  self->note = g_strdup ("");
  return self;
}

SvCaseRole *
sv_case_role_copy (const SvCaseRole *self)
{
  SvCaseRole *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCaseRole, 1);
  copy->id = self->id;
  copy->case_id = self->case_id;
  copy->role = self->role;
  copy->note = g_strdup (self->note);
  copy->professional = self->professional ? sv_professional_copy (self->professional) : NULL;
  return copy;
}

void
sv_case_role_free (SvCaseRole *self)
{
  if (self == NULL)
    return;
  g_free (self->note);
  g_clear_pointer (&self->professional, sv_professional_free);
  g_free (self);
}

gboolean
sv_case_role_validate (const SvCaseRole *self,
                       GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->role >= sv_case_role_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Role: unknown role"));
      return FALSE;
    }
  if (self->professional == NULL)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Professional: choose a professional"));
      return FALSE;
    }
  return sv_check_optional (self->note, SV_MAX_SHORT_CHARS, _("Note"), error) &&
         sv_professional_validate (self->professional, error);
}
