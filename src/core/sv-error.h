/* sv-error.h: the one error domain of Samen Veilig's core and storage.
 *
 * Messages are translated and written for the person at the keyboard: they
 * say what is wrong and, where there is something to do, what to do.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SV_ERROR (sv_error_quark ())

typedef enum {
  SV_ERROR_INVALID,             /* a value breaks a rule; message names the field */
  SV_ERROR_NOT_FOUND,
  SV_ERROR_EXISTS,              /* an import would duplicate a record */
  SV_ERROR_DATABASE,            /* any other storage failure */
  SV_ERROR_DATABASE_UNREADABLE, /* no permission, a directory, … */
  SV_ERROR_DATABASE_CORRUPT,    /* not a database, or damaged */
  SV_ERROR_DATABASE_NEWER,      /* schema from a newer version of the app */
  SV_ERROR_DATABASE_LOCKED,     /* in use by another instance */
  SV_ERROR_DATABASE_READONLY,
  SV_ERROR_MALFORMED,           /* an import file that is not what it claims */
  SV_ERROR_STALE,               /* the record changed since it was read (another window) */
  SV_ERROR_DISK_FULL,           /* no space left (or over a quota or file size limit) */
} SvError;

GQuark sv_error_quark (void);

G_END_DECLS
