/* sv-bench-bare-window.c: the yardstick of the start-up benchmark — an
 * empty AdwApplicationWindow the size of the app's, built from the same
 * library, that reports its first frame like the app's case list does. */
#include "config.h"

#include <adwaita.h>

#include "sv-bench-hook.h"

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  sv_bench_hook_first_frame (window, "bare-window");
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("org.overbetuwe.SamenVeilig.BenchBare",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
