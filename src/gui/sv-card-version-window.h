/* sv-card-version-window.h: a frozen version of the Veiligheidskaart,
 * read-only, or what changed between two versions section by section —
 * the old text beside the new, the changed words marked. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SV_TYPE_CARD_VERSION_WINDOW (sv_card_version_window_get_type ())

G_DECLARE_FINAL_TYPE (SvCardVersionWindow, sv_card_version_window, SV, CARD_VERSION_WINDOW, AdwWindow)

/* The card of @snapshot (JSON), titled @title ("Version 2 · Verstuurd"). */
SvCardVersionWindow *sv_card_version_window_new_view    (GtkWindow   *parent,
                                                         const char  *title,
                                                         const char  *snapshot,
                                                         GError     **error);
/* What changed from @old_snapshot (@old_title) to @new_snapshot. */
SvCardVersionWindow *sv_card_version_window_new_compare (GtkWindow   *parent,
                                                         const char  *old_title,
                                                         const char  *old_snapshot,
                                                         const char  *new_title,
                                                         const char  *new_snapshot,
                                                         GError     **error);
/* The number of changes shown (compare only), for tests. */
guint                sv_card_version_window_get_n_changes (SvCardVersionWindow *self);
/* Pango markup of @text with the part that differs from @other marked
 * (@added: as added, else as removed); the common start and end stay
 * plain, cut at word boundaries. For tests. */
char                *sv_card_diff_markup                 (const char  *text,
                                                         const char  *other,
                                                         gboolean     added);

G_END_DECLS
