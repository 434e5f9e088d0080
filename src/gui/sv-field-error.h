/* sv-field-error.h: the message under a form field that was refused.
 *
 * A preferences row placed right after the field's row in the same group; hidden
 * while there is nothing to say. Showing a message also marks the field
 * with the "error" style and tells assistive technology about it.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SV_TYPE_FIELD_ERROR (sv_field_error_get_type ())

G_DECLARE_FINAL_TYPE (SvFieldError, sv_field_error, SV, FIELD_ERROR, AdwPreferencesRow)

GtkWidget  *sv_field_error_new         (void);
/* The row whose value the message is about. */
void        sv_field_error_set_field   (SvFieldError *self,
                                        GtkWidget    *field);
/* NULL hides the message and clears the error style. */
void        sv_field_error_set_message (SvFieldError *self,
                                        const char   *message);
const char *sv_field_error_get_message (SvFieldError *self);

G_END_DECLS
