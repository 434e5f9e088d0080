/* sv-sqlite-auto-backup.h: the daily backup the app makes by itself.
 *
 * Beside the database, in the folder "backups" (0700), one file per day
 * named after the database and the moment in UTC
 * (samenveilig-20261122-081500.db, 0600), made by the same online backup
 * as `--backup` (sv-sqlite-backup.h), so a restore of one is a plain
 * `--restore FILE`. Only the newest @keep are kept.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The folder the backups of @database go into. */
char      *sv_auto_backup_folder (const char  *database);
/* The automatic backups of @database, oldest first (paths). */
GPtrArray *sv_auto_backup_list   (const char  *database);
/* Makes a backup when the newest is a day old or more (or there is none,
 * or @force), at @now, then removes the oldest beyond @keep. @made gets
 * the new file's path, or NULL when none was due. */
gboolean   sv_auto_backup_run    (const char  *database,
                                  guint        keep,
                                  GDateTime   *now,
                                  gboolean     force,
                                  char       **made,
                                  GError     **error);

G_END_DECLS
