/* sv-cli-private.h: what the command-line actions share (sv-cli.c,
 * sv-cli-print.c). */
#pragma once

#include "sv-sqlite-store.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

/* The database opened read-only — no lock, so an export works while the
 * app has it open, and a missing database is reported, not created — and
 * the case of @case_ref (0 when @case_ref is NULL). Refuses an output
 * path that is the database itself. */
SvSqliteStore *sv_cli_open_for_export        (const char  *database,
                                              const char  *output_path,
                                              const char  *case_ref,
                                              gint64      *case_id,
                                              GError     **error);
/* Checks that the residents of case @case_id (@number) consented to
 * sharing their names before @what (a translated description) leaves
 * the app with full names. Without consent it is refused unless
 * @confirmed (--confirm-no-consent), and then recorded in the audit log
 * as shared without consent. */
gboolean       sv_cli_check_consent          (SvSqliteStore *store,
                                              gint64         case_id,
                                              const char    *number,
                                              gboolean       confirmed,
                                              const char    *what,
                                              GError       **error);
/* The organisation's extra days off when the app's schema is installed. */
SvWorkdays    *sv_cli_workdays_from_settings (void);

G_END_DECLS
