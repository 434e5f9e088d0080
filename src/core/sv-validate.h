/* sv-validate.h: checks every record validator shares.
 *
 * Messages name the field by its label ("Family name: …") so that the same
 * text serves a form, a command line and an import error.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Upper bounds that keep a typo (a pasted file) from filling the database;
 * far above what a person writes. */
#define SV_MAX_NAME_CHARS     200
#define SV_MAX_SHORT_CHARS    2000
#define SV_MAX_TEXT_CHARS     200000

/* Valid UTF-8, not only white space, at most @max_chars characters. */
gboolean sv_check_required (const char  *value,
                            guint        max_chars,
                            const char  *field_label,
                            GError     **error);
/* Valid UTF-8 (NULL allowed), at most @max_chars characters. */
gboolean sv_check_optional (const char  *value,
                            guint        max_chars,
                            const char  *field_label,
                            GError     **error);

G_END_DECLS
