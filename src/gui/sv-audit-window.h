/* sv-audit-window.h: the audit log of one case ("Logboek"), read-only:
 * who opened, printed, exported, revealed or changed what, and when,
 * newest first, with an export to CSV for the privacy officer. Nothing in
 * it can be edited. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_AUDIT_WINDOW (sv_audit_window_get_type ())

G_DECLARE_FINAL_TYPE (SvAuditWindow, sv_audit_window, SV, AUDIT_WINDOW, AdwWindow)

SvAuditWindow *sv_audit_window_new        (GtkWindow *parent,
                                           SvStore   *store,
                                           gint64     case_id,
                                           const char *case_number);
/* The rows shown (for tests). */
guint          sv_audit_window_get_n_rows (SvAuditWindow *self);
/* Writes the log as CSV to @path (0600, atomically) and records the
 * export. */
gboolean       sv_audit_window_export     (SvAuditWindow *self,
                                           const char    *path,
                                           GError       **error);

G_END_DECLS
