/* main.c: start Samen Veilig. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sv-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SvApplication) app = NULL;

  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  setlocale (LC_ALL, "");
  /* A binary run from the build tree uses the catalogue built beside it. */
  bindtextdomain (GETTEXT_PACKAGE,
                  exe != NULL && g_str_has_prefix (exe, BUILD_ROOT "/") ? BUILD_LOCALEDIR : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sv_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
