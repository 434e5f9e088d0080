/* sv-retention.c: the retention period of a closed case. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-retention.h"

void
sv_retention_erasable_from (const SvCase *c,
                            guint         years,
                            GDate        *out)
{
  g_return_if_fail (c != NULL && out != NULL);

  g_date_clear (out, 1);
  if (c->status != SV_CASE_STATUS_GESLOTEN || !g_date_valid (&c->closed_on))
    return;
  *out = c->closed_on;
  /* 29 February plus whole years lands on 28 February when needed. */
  g_date_add_years (out, CLAMP (years, SV_RETENTION_MIN_YEARS, SV_RETENTION_MAX_YEARS));
}

gboolean
sv_retention_allows_erasure (const SvCase *c,
                             guint         years,
                             const GDate  *today,
                             char        **why)
{
  GDate from;

  g_return_val_if_fail (c != NULL && today != NULL, FALSE);

  if (c->status != SV_CASE_STATUS_GESLOTEN)
    {
      if (why != NULL)
        *why = g_strdup (_("The case is open. Close it first; it can be erased when its retention period has passed."));
      return FALSE;
    }
  sv_retention_erasable_from (c, years, &from);
  if (!g_date_valid (&from))
    {
      if (why != NULL)
        *why = g_strdup (_("The case has no closing date, so its retention period cannot be counted. Record the closing date first."));
      return FALSE;
    }
  if (g_date_compare (today, &from) < 0)
    {
      if (why != NULL)
        {
          g_autofree char *date = sv_date_format_medium (&from);
          *why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "The case is kept for %u year after closing: it can be erased from %s.",
                                               "The case is kept for %u years after closing: it can be erased from %s.",
                                               years),
                                  years, date);
        }
      return FALSE;
    }
  return TRUE;
}
