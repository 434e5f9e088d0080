/* validate-ui-preload.c: preloaded into gtk4-builder-tool by validate-ui.sh.
 *
 * The tool knows only the types GTK registers. Initialising libadwaita
 * before main() registers all Adw types, so that .ui files and templates
 * built on AdwBin, AdwApplicationWindow, AdwPreferencesPage … can be
 * validated too. Not installed.
 */

#include <adwaita.h>

__attribute__ ((constructor)) static void
preload_init (void)
{
  adw_init ();
}
