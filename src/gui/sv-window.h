/* sv-window.h: the main window — cases, meetings and professionals. */
#pragma once

#include <adwaita.h>

#include "sv-application.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_WINDOW (sv_window_get_type ())

G_DECLARE_FINAL_TYPE (SvWindow, sv_window, SV, WINDOW, AdwApplicationWindow)

SvWindow *sv_window_new       (SvApplication *application,
                               SvStore       *store,
                               GSettings     *settings);
SvStore  *sv_window_get_store (SvWindow      *self);
void      sv_window_set_read_only (SvWindow  *self);

G_END_DECLS
