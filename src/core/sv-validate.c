/* sv-validate.c: field checks shared by the record validators. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-validate.h"

gboolean
sv_check_optional (const char  *value,
                   guint        max_chars,
                   const char  *field_label,
                   GError     **error)
{
  glong n;

  if (value == NULL)
    return TRUE;
  if (!g_utf8_validate (value, -1, NULL))
    {
      /* TRANSLATORS: %s is the label of a field, e.g. "Reason" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: the text is not valid UTF-8"), field_label);
      return FALSE;
    }
  n = g_utf8_strlen (value, -1);
  if ((gulong) n > max_chars)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: %ld characters is more than the %u allowed"),
                   field_label, n, max_chars);
      return FALSE;
    }
  return TRUE;
}

gboolean
sv_check_required (const char  *value,
                   guint        max_chars,
                   const char  *field_label,
                   GError     **error)
{
  const char *p;

  if (!sv_check_optional (value, max_chars, field_label, error))
    return FALSE;
  for (p = value; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: this field is required"),
               field_label);
  return FALSE;
}
