/* sv-application.h: the Samen Veilig application: command line, actions,
 * and one main window per database. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SV_TYPE_APPLICATION (sv_application_get_type ())

G_DECLARE_FINAL_TYPE (SvApplication, sv_application, SV, APPLICATION, AdwApplication)

SvApplication *sv_application_new               (void);
/* The database file this instance works on. */
const char    *sv_application_get_database_path (SvApplication *self);

G_END_DECLS
