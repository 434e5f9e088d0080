/* sv-sqlite-backup.h: a copy of the database while the app may be using it,
 * and putting such a copy back.
 *
 * Both write a private file (0600) beside their target and rename it into
 * place, so a target is either the old file or the whole new one. What is
 * put in place has passed PRAGMA integrity_check.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Copies @database to @backup with SQLite's online backup API: a consistent
 * snapshot even while the app has the database open and is writing.
 * Refuses a @backup that exists (the database itself included). */
gboolean sv_sqlite_backup_create  (const char  *database,
                                   const char  *backup,
                                   GError     **error);

/* Puts @backup in place of @database after checking it is a sound Samen
 * Veilig database of a schema this build knows. Refused while the database
 * is open for writing. The database it replaces is kept beside it as
 * DATABASE.before-restore-YYYYMMDD-HHMMSS, whose path is returned in
 * @kept_path (NULL when there was no database). On failure @database is
 * not touched. */
gboolean sv_sqlite_backup_restore (const char  *database,
                                   const char  *backup,
                                   char       **kept_path,
                                   GError     **error);

G_END_DECLS
