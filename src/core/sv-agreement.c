/* sv-agreement.c: agreement records. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-agreement.h"
#include "sv-error.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvAgreement, sv_agreement, sv_agreement_copy, sv_agreement_free)

SvAgreement *
sv_agreement_new (void)
{
  SvAgreement *self = g_new0 (SvAgreement, 1);

  g_date_clear (&self->due, 1);
  self->who = g_strdup ("");
  self->what = g_strdup ("");
  self->monitoring = g_strdup ("");
  return self;
}

SvAgreement *
sv_agreement_copy (const SvAgreement *self)
{
  SvAgreement *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvAgreement, 1);
  *copy = *self;
  copy->uid = g_strdup (self->uid);
  copy->who = g_strdup (self->who);
  copy->what = g_strdup (self->what);
  copy->monitoring = g_strdup (self->monitoring);
  copy->created_at = self->created_at ? g_date_time_ref (self->created_at) : NULL;
  return copy;
}

void
sv_agreement_free (SvAgreement *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->who);
  g_free (self->what);
  g_free (self->monitoring);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_free (self);
}

gboolean
sv_agreement_validate (const SvAgreement *self,
                       GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->case_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Agreement: choose the case"));
      return FALSE;
    }
  /* Who and by when may still be open in a concept: the Veiligheidskaart
   * flags such an agreement before it becomes final
   * (sv_safety_card_definitief_blockers). What is agreed is required. */
  if (!sv_check_optional (self->who, SV_MAX_NAME_CHARS, _("Who"), error) ||
      !sv_check_required (self->what, SV_MAX_SHORT_CHARS, _("What"), error) ||
      !sv_check_optional (self->monitoring, SV_MAX_SHORT_CHARS, _("Monitored how"), error))
    return FALSE;
  if (g_date_valid (&self->due) &&
      (g_date_get_year (&self->due) < 1900 || g_date_get_year (&self->due) > 2199))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: the year %u is outside 1900–2199"),
                   _("By when"), g_date_get_year (&self->due));
      return FALSE;
    }
  return TRUE;
}
