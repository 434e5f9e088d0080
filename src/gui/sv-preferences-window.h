/* sv-preferences-window.h: the user's name for the journal and the
 * appearance. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SV_TYPE_PREFERENCES_WINDOW (sv_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SvPreferencesWindow, sv_preferences_window, SV, PREFERENCES_WINDOW, AdwPreferencesWindow)

SvPreferencesWindow *sv_preferences_window_new (GSettings *settings);

G_END_DECLS
