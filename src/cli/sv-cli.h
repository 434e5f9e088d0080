/* sv-cli.h: the headless command-line actions of `samenveilig`.
 *
 * They run from GApplication::handle-local-options, before any display is
 * opened, so they work on a server or in a terminal without a desktop.
 * Each prints what it did (or why not, and what to do) and returns the
 * process exit status: 0 done, 1 failed (nothing changed), 2 wrong usage.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @database: a path, or NULL for the default database. */
int sv_cli_import (const char *database,
                   const char *json_path);
/* @case_ref: a case number ("2026-0012") or NULL for all cases. */
int sv_cli_export (const char *database,
                   const char *output_path,
                   const char *case_ref);
/* The deadlines and planned interventiegesprekken as iCalendar: of the
 * case @case_ref, or of every open case when NULL. */
int sv_cli_export_ics (const char *database,
                       const char *output_path,
                       const char *case_ref);

/* A consistent copy of the database in @backup_path, also while the app
 * has it open; a restore puts such a copy back, keeping the current
 * database beside it (sv-sqlite-backup.h). */
int sv_cli_backup  (const char *database,
                    const char *backup_path);
int sv_cli_restore (const char *database,
                    const char *backup_path);

/* Every export is recorded in the audit log of each case it holds; one
 * that cannot be recorded is not done. With full names, a case without
 * the residents' consent is refused unless @confirm_no_consent
 * (--confirm-no-consent), which is recorded too.
 *
 * The printed case overview of case @case_ref as a PDF file (sv-cli-print.c).
 * @initials: names as initials, for a print that leaves the room. The
 * journal is printed with @with_journal, from @journal_from to
 * @journal_to (dates as typed: 2026-11-01 or 1-11-2026; either may be
 * NULL for no bound). The case's Veiligheidskaart is in unless
 * @without_card (--without-card). */
int sv_cli_export_overview (const char *database,
                            const char *case_ref,
                            const char *output_path,
                            gboolean    initials,
                            gboolean    with_journal,
                            const char *journal_from,
                            const char *journal_to,
                            gboolean    without_card,
                            gboolean    confirm_no_consent);

/* The agenda of meeting @meeting_ref as a PDF file — its minutes once the
 * meeting has begun (sv-cli-print.c). @meeting_ref: the meeting's id, its
 * uid or calendar UID, or its kind and date ("LEJO 2026-11-24").
 * Families are masked ("Gezin A", roles for names) unless @full_names:
 * an agenda is sent around. */
int sv_cli_export_agenda   (const char *database,
                            const char *meeting_ref,
                            const char *output_path,
                            gboolean    full_names,
                            gboolean    confirm_no_consent);

/* The audit log of case @case_ref as CSV (0600), recorded as an export. */
int sv_cli_export_audit    (const char *database,
                            const char *case_ref,
                            const char *output_path);

/* The invitations of interventiegesprek @gesprek_ref (its number) as PDF
 * files in the existing folder @output_dir, one per letter: the parents'
 * and one per invited youth (sv-cli-letters.c). */
int sv_cli_export_invitations (const char *database,
                               const char *gesprek_ref,
                               const char *output_dir);

G_END_DECLS
