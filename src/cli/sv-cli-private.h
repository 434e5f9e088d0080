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
/* The organisation's extra days off when the app's schema is installed. */
SvWorkdays    *sv_cli_workdays_from_settings (void);

G_END_DECLS
