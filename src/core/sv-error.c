/* sv-error.c: the error domain shared by core and storage. */
#include "sv-error.h"

G_DEFINE_QUARK (sv-error-quark, sv_error)
