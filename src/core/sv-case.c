/* sv-case.c: case and consent records and their rules. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-case.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvCase, sv_case, sv_case_copy, sv_case_free)
G_DEFINE_BOXED_TYPE (SvConsent, sv_consent, sv_consent_copy, sv_consent_free)

SvCase *
sv_case_new (void)
{
  SvCase *self = g_new0 (SvCase, 1);

  self->source_detail = g_strdup ("");
  self->reason = g_strdup ("");
  self->closing_note = g_strdup ("");
  self->report_kind = SV_REPORT_KIND_ZORGMELDING;
  self->source = SV_REPORT_SOURCE_VEILIG_THUIS;
  self->status = SV_CASE_STATUS_OPEN;
  g_date_clear (&self->received, 1);
  g_date_clear (&self->closed_on, 1);
  return self;
}

SvCase *
sv_case_copy (const SvCase *self)
{
  SvCase *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCase, 1);
  *copy = *self;
  copy->uid = g_strdup (self->uid);
  copy->number = g_strdup (self->number);
  copy->source_detail = g_strdup (self->source_detail);
  copy->reason = g_strdup (self->reason);
  copy->closing_note = g_strdup (self->closing_note);
  copy->created_at = self->created_at ? g_date_time_ref (self->created_at) : NULL;
  copy->updated_at = self->updated_at ? g_date_time_ref (self->updated_at) : NULL;
  return copy;
}

void
sv_case_free (SvCase *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->number);
  g_free (self->source_detail);
  g_free (self->reason);
  g_free (self->closing_note);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);
  g_free (self);
}

static gboolean
check_not_future (const GDate *date,
                  const GDate *today,
                  const char  *field_label,
                  GError     **error)
{
  if (today != NULL && g_date_valid (date) && g_date_compare (date, today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (date);
      /* TRANSLATORS: "Date received: 3 December 2027 lies in the future" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: %s lies in the future"),
                   field_label, shown);
      return FALSE;
    }
  return TRUE;
}

gboolean
sv_case_validate (const SvCase *self,
                  const GDate  *today,
                  GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->report_kind >= sv_report_kind_count () ||
      (guint) self->source >= sv_report_source_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Report: unknown kind or source"));
      return FALSE;
    }
  if (sv_report_kind_for_source (self->source) != self->report_kind)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           self->report_kind == SV_REPORT_KIND_ZORGMELDING
                           ? _("Report: a zorgmelding comes from Veilig Thuis")
                           : _("Report: a zorgelijke melding comes from a general practitioner, a third party or the residents, not from Veilig Thuis"));
      return FALSE;
    }
  if (!g_date_valid (&self->received))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Date received: enter the date the report came in"));
      return FALSE;
    }
  if (!check_not_future (&self->received, today, _("Date received"), error))
    return FALSE;
  if (!sv_check_required (self->reason, SV_MAX_SHORT_CHARS, _("Reason"), error) ||
      !sv_check_optional (self->source_detail, SV_MAX_NAME_CHARS, _("Reported by"), error) ||
      !sv_check_optional (self->closing_note, SV_MAX_TEXT_CHARS, _("Closing note"), error))
    return FALSE;
  if (self->status == SV_CASE_STATUS_GESLOTEN)
    {
      if (!g_date_valid (&self->closed_on))
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Closed on: enter the date the case was closed"));
          return FALSE;
        }
      if (g_date_compare (&self->closed_on, &self->received) < 0)
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("Closed on: a case cannot close before its report came in"));
          return FALSE;
        }
      if (!check_not_future (&self->closed_on, today, _("Closed on"), error))
        return FALSE;
    }
  else if (g_date_valid (&self->closed_on))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Closed on: an open case has no closing date"));
      return FALSE;
    }
  else if ((guint) self->status >= sv_case_status_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Status: unknown status"));
      return FALSE;
    }
  return TRUE;
}

SvConsent *
sv_consent_new (void)
{
  SvConsent *self = g_new0 (SvConsent, 1);

  self->status = SV_CONSENT_STATUS_ONBEKEND;
  self->exception = SV_CONSENT_EXCEPTION_GEEN;
  self->given_by = g_strdup ("");
  self->scope = g_strdup ("");
  self->note = g_strdup ("");
  g_date_clear (&self->date, 1);
  return self;
}

SvConsent *
sv_consent_copy (const SvConsent *self)
{
  SvConsent *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvConsent, 1);
  *copy = *self;
  copy->given_by = g_strdup (self->given_by);
  copy->scope = g_strdup (self->scope);
  copy->note = g_strdup (self->note);
  return copy;
}

void
sv_consent_free (SvConsent *self)
{
  if (self == NULL)
    return;
  g_free (self->given_by);
  g_free (self->scope);
  g_free (self->note);
  g_free (self);
}

gboolean
sv_consent_validate (const SvConsent *self,
                     const GDate     *today,
                     GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->status >= sv_consent_status_count () ||
      (guint) self->exception >= sv_consent_exception_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Consent: unknown value"));
      return FALSE;
    }
  if (!sv_check_optional (self->given_by, SV_MAX_NAME_CHARS, _("Signed by"), error) ||
      !sv_check_optional (self->scope, SV_MAX_SHORT_CHARS, _("Scope"), error) ||
      !sv_check_optional (self->note, SV_MAX_TEXT_CHARS, _("Note"), error))
    return FALSE;
  if (self->status != SV_CONSENT_STATUS_ONBEKEND && !g_date_valid (&self->date))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Consent date: enter the date consent was given or refused"));
      return FALSE;
    }
  if (self->status == SV_CONSENT_STATUS_GEGEVEN &&
      !sv_check_required (self->given_by, SV_MAX_NAME_CHARS, _("Signed by"), error))
    return FALSE;
  return check_not_future (&self->date, today, _("Consent date"), error);
}

gboolean
sv_consent_required (SvReportKind kind)
{
  return kind == SV_REPORT_KIND_ZORGELIJKE_MELDING;
}

gboolean
sv_consent_allows_discussion (SvReportKind     kind,
                              const SvConsent *consent,
                              char           **why)
{
  if (!sv_consent_required (kind))
    return TRUE;
  if (consent != NULL &&
      (consent->status == SV_CONSENT_STATUS_GEGEVEN ||
       consent->exception != SV_CONSENT_EXCEPTION_GEEN))
    return TRUE;
  if (why != NULL)
    *why = g_strdup (consent != NULL && consent->status == SV_CONSENT_STATUS_GEWEIGERD
                     ? _("The residents refused consent, and neither direct unsafety nor care avoidance (zorgmijder) is recorded.")
                     : _("This zorgelijke melding has no signed consent yet, and neither direct unsafety nor care avoidance (zorgmijder) is recorded."));
  return FALSE;
}

gboolean
sv_consent_allows_sharing_names (const SvConsent *consent)
{
  return consent != NULL && consent->status == SV_CONSENT_STATUS_GEGEVEN;
}
