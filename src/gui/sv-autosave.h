/* sv-autosave.h: saves the text of text views a moment after the last
 * keystroke, so that nothing typed is lost.
 *
 * Knows no store: each field is a key and a GtkTextView, and saving is a
 * function the owner gives. A field saves SV_AUTOSAVE_DELAY_MS after its
 * last change (each field has its own timer), when its view loses focus,
 * and on sv_autosave_flush_all() (Ctrl+S, closing the window). Only the
 * plain text is saved: pasted formatting is dropped on paste.
 *
 * When the save function fails with SV_ERROR_STALE (another window saved
 * the same field since it was loaded), the field is marked as in conflict
 * and no longer saved by itself: the owner asks the user and then calls
 * sv_autosave_load() (take the other text) or sv_autosave_resolve() (keep
 * this text, after updating what the save function compares with).
 * Nothing is ever overwritten silently.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SV_AUTOSAVE_DELAY_MS 2000

#define SV_TYPE_AUTOSAVE (sv_autosave_get_type ())

G_DECLARE_FINAL_TYPE (SvAutosave, sv_autosave, SV, AUTOSAVE, GObject)

/* Saves @text for @key; FALSE with @error when it could not. */
typedef gboolean (*SvAutosaveFunc) (const char  *key,
                                    const char  *text,
                                    gpointer     user_data,
                                    GError     **error);

SvAutosave *sv_autosave_new              (guint           delay_ms);
void        sv_autosave_set_func         (SvAutosave     *self,
                                          SvAutosaveFunc  func,
                                          gpointer        user_data,
                                          GDestroyNotify  destroy);
/* Watches @view (borrowed; forgotten when it is finalized) as @key. */
void        sv_autosave_add              (SvAutosave     *self,
                                          const char     *key,
                                          GtkTextView    *view);
GtkTextView *sv_autosave_get_view        (SvAutosave     *self,
                                          const char     *key);
/* Puts @text into the field as saved text: no save follows, it is not a
 * step Ctrl+Z undoes, and a conflict on the field is over. The cursor
 * keeps its place as far as the text allows. */
void        sv_autosave_load             (SvAutosave     *self,
                                          const char     *key,
                                          const char     *text);
/* The field's text now; never NULL. */
char       *sv_autosave_dup_text         (SvAutosave     *self,
                                          const char     *key);
/* Changed since the last save or load. */
gboolean    sv_autosave_is_dirty         (SvAutosave     *self,
                                          const char     *key);
gboolean    sv_autosave_has_conflict     (SvAutosave     *self,
                                          const char     *key);
/* Any field dirty (a save pending, or refused). */
gboolean    sv_autosave_has_unsaved      (SvAutosave     *self);
/* Saves @key now when it is dirty and not in conflict; FALSE when a save
 * failed. */
gboolean    sv_autosave_flush            (SvAutosave     *self,
                                          const char     *key);
/* Saves every dirty field now; FALSE when any is still unsaved. */
gboolean    sv_autosave_flush_all        (SvAutosave     *self);
/* Ends a conflict by keeping this text: saves it now. */
gboolean    sv_autosave_resolve          (SvAutosave     *self,
                                          const char     *key);

/* How long the saves took, on the main loop. */
guint       sv_autosave_get_n_saves      (SvAutosave     *self);
gint64      sv_autosave_get_max_save_us  (SvAutosave     *self);
gint64      sv_autosave_get_total_save_us (SvAutosave    *self);
/* Saves that took longer than a frame (16 ms). */
guint       sv_autosave_get_n_slow       (SvAutosave     *self);

G_END_DECLS
