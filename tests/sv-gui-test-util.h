/* sv-gui-test-util.h: helpers for widget tests. */
#pragma once

#include <adwaita.h>

#include "sv-test-util.h"

G_BEGIN_DECLS

/* gtk_init + adw_init with the app's resources and style. */
void       sv_gui_test_init      (int          *argc,
                                  char       ***argv);
/* Runs the main loop until @widget has drawn @n_frames frames, or 5 s. */
void       sv_gui_test_frames    (GtkWidget    *widget,
                                  guint         n_frames);
/* Runs the main loop for @ms milliseconds. */
void       sv_gui_test_wait      (guint         ms);
/* A template child of @widget (declared in the template of @type). */
GtkWidget *sv_gui_test_child     (gpointer      widget,
                                  GType         type,
                                  const char   *name);
/* The first descendant of @widget of @type, depth first. */
GtkWidget *sv_gui_test_find      (GtkWidget    *widget,
                                  GType         type);
/* The label below @widget showing exactly @text, or NULL. */
GtkLabel  *sv_gui_test_find_label (GtkWidget   *widget,
                                   const char  *text);
/* The newest toplevel of @type that is not @except, or NULL. */
GtkWindow *sv_gui_test_toplevel  (GType         type);

G_END_DECLS
