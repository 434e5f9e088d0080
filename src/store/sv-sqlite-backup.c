/* sv-sqlite-backup.c: `--backup` and `--restore`.
 *
 * A backup reads the database without the writer's lock, so it works
 * beside the running app: the backup API copies one read transaction's
 * snapshot, which in WAL mode a writer does not disturb. A restore takes
 * the writer's lock itself, so the app cannot be using the file it
 * replaces.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "sv-error.h"
#include "sv-sqlite-backup.h"
#include "sv-sqlite-store-private.h"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* An empty private file beside @target for the copy to go into. */
static char *
make_temp_beside (const char  *target,
                  GError     **error)
{
  g_autofree char *tmpl = g_strconcat (target, ".tmp-XXXXXX", NULL);
  int fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("%s cannot be written: %s"), target, g_strerror (saved));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&tmpl);
}

static void
remove_with_companions (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* The file's data, then its name in the folder, on the disk. */
static gboolean
sync_file_and_folder (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int dir_fd;

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                   _("%s cannot be written: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  /* A folder that cannot be synced is no reason to fail: the data is. */
  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

static gboolean
query_int (sqlite3 *db,
           const char *sql,
           int        *out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
                sqlite3_step (stmt) == SQLITE_ROW;

  if (ok)
    *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return ok;
}

/* NULL when PRAGMA integrity_check says "ok"; else its first complaint or
 * SQLite's error. */
static char *
integrity_problem (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *problem = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL) != SQLITE_OK)
    return g_strdup (sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        problem = g_strdup (text != NULL ? text : "?");
    }
  else
    problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return problem;
}

/* Whether @db (read from @path) may be restored: ours, sound, and of a
 * schema this build knows. */
static gboolean
check_restorable (sqlite3     *db,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *problem = NULL;
  int app_id = 0, version = 0;

  if (!query_int (db, "PRAGMA application_id", &app_id) ||
      !query_int (db, "PRAGMA user_version", &version) ||
      (problem = integrity_problem (db)) != NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                   _("%s is damaged (%s). Nothing was restored."),
                   path, problem != NULL ? problem : sqlite3_errmsg (db));
      return FALSE;
    }
  if (app_id != SV_APPLICATION_ID)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                   _("%s is not a Samen Veilig backup. Nothing was restored."), path);
      return FALSE;
    }
  if (version > sv_sqlite_schema_latest ())
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_NEWER,
                   _("%s was made by a newer version of Samen Veilig (schema %d; this version knows up to %d). Nothing was restored."),
                   path, version, sv_sqlite_schema_latest ());
      return FALSE;
    }
  return TRUE;
}

/* Copies @from to the existing empty file @to with the online backup API,
 * leaving @to a database without a journal of its own. With @restoring,
 * both the original and the copy must pass check_restorable(). */
static gboolean
copy_database (const char  *from,
               const char  *to,
               gboolean     restoring,
               GError     **error)
{
  sqlite3 *src = NULL, *dest = NULL;
  sqlite3_backup *backup;
  g_autofree char *problem = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (from, &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("%s cannot be opened (%s)."), from, sqlite3_errmsg (src));
      goto out;
    }
  sqlite3_busy_timeout (src, 10000);
  if (restoring && !check_restorable (src, from, error))
    goto out;

  if (sqlite3_open_v2 (to, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL) != SQLITE_OK)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("%s cannot be written: %s"), to, sqlite3_errmsg (dest));
      goto out;
    }
  /* One step: the whole copy is read in one transaction, one snapshot. */
  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      problem = g_strdup (sqlite3_errmsg (dest));
    }
  else
    {
      do
        {
          rc = sqlite3_backup_step (backup, -1);
          if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep (100);
        }
      while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
      sqlite3_backup_finish (backup);
      if (rc != SQLITE_DONE)
        problem = g_strdup (rc == SQLITE_OK ? "?" : sqlite3_errstr (rc));
    }
  if (problem != NULL)
    {
      if (restoring)
        g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                     _("%s is damaged (%s). Nothing was restored."), from, problem);
      else
        g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                     _("%s could not be copied (%s). No backup was written."), from, problem);
      goto out;
    }

  /* The copy is a file on its own, not one waiting for a WAL file. */
  if (sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    problem = g_strdup (sqlite3_errmsg (dest));
  else
    problem = integrity_problem (dest);
  if (problem != NULL)
    {
      if (restoring)
        g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                     _("%s is damaged (%s). Nothing was restored."), from, problem);
      else
        g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                     _("The copy of %s is damaged (%s). No backup was written. Ask your administrator for help."),
                     from, problem);
      goto out;
    }
  ok = !restoring || check_restorable (dest, from, error);

out:
  sqlite3_close_v2 (dest);
  sqlite3_close_v2 (src);
  return ok;
}

/* ------------------------------------------------------------------------
 * Backup
 * ------------------------------------------------------------------------ */

gboolean
sv_sqlite_backup_create (const char  *database,
                         const char  *backup,
                         GError     **error)
{
  g_autofree char *temp = NULL;

  g_return_val_if_fail (database != NULL && backup != NULL, FALSE);

  if (!g_file_test (database, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("There is no database at %s."), database);
      return FALSE;
    }
  if (same_file (database, backup))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s is the database itself; choose another file for the backup."), backup);
      return FALSE;
    }
  /* An older backup is not overwritten by mistake. */
  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s already exists; choose a new file name for the backup."), backup);
      return FALSE;
    }
  if (!(temp = make_temp_beside (backup, error)))
    return FALSE;
  if (!copy_database (database, temp, FALSE, error) ||
      !sync_file_and_folder (temp, error))
    {
      remove_with_companions (temp);
      return FALSE;
    }
  if (g_rename (temp, backup) != 0)
    {
      int saved = errno;
      remove_with_companions (temp);
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                   _("%s cannot be written: %s"), backup, g_strerror (saved));
      return FALSE;
    }
  sync_file_and_folder (backup, NULL);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Restore
 * ------------------------------------------------------------------------ */

/* With the writer's lock held: folds the WAL file into the database, so
 * the file kept aside holds everything and no -wal of the old database is
 * left to be read into the restored one. */
static gboolean
close_old_database (const char  *database,
                    GError     **error)
{
  g_autofree char *wal = g_strconcat (database, "-wal", NULL);
  g_autofree char *shm = g_strconcat (database, "-shm", NULL);
  sqlite3 *db = NULL;
  GStatBuf st;
  int rc;

  rc = sqlite3_open_v2 (database, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 3000);
      rc = sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    }
  sqlite3_close_v2 (db);
  /* A WAL file still holding pages means another reader kept it busy. */
  if (rc != SQLITE_OK || (g_stat (wal, &st) == 0 && st.st_size > 0))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_LOCKED,
                   _("The database %s is in use by another program. Close the other program and try again."),
                   database);
      return FALSE;
    }
  g_remove (wal);
  g_remove (shm);
  return TRUE;
}

gboolean
sv_sqlite_backup_restore (const char  *database,
                          const char  *backup,
                          char       **kept_path,
                          GError     **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *kept = NULL;
  gboolean existed = g_file_test (database, G_FILE_TEST_EXISTS);
  gboolean ok = FALSE;
  int lock_fd = -1;

  g_return_val_if_fail (database != NULL && backup != NULL, FALSE);

  if (kept_path != NULL)
    *kept_path = NULL;
  if (!g_file_test (backup, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("There is no backup at %s."), backup);
      return FALSE;
    }
  if (same_file (database, backup))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s is the database itself; choose a backup to restore."), backup);
      return FALSE;
    }

  /* The same lock the app holds while it has the database open. */
  if (existed)
    {
      lock_fd = g_open (database, O_RDONLY | O_CLOEXEC, 0);
      if (lock_fd < 0 || flock (lock_fd, LOCK_EX | LOCK_NB) != 0)
        {
          if (lock_fd >= 0)
            close (lock_fd);
          g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_LOCKED,
                       _("The database %s is already open in another Samen Veilig window or program. Close that one first; nothing was changed."),
                       database);
          return FALSE;
        }
    }

  if (!(temp = make_temp_beside (database, error)))
    goto out;
  if (!copy_database (backup, temp, TRUE, error) ||
      !sync_file_and_folder (temp, error))
    goto out;

  if (existed)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

      if (!close_old_database (database, error))
        goto out;
      /* A second name for the old file: the database path never is missing. */
      kept = g_strconcat (database, ".before-restore-", stamp, NULL);
      if (link (database, kept) != 0)
        {
          int saved = errno;
          g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                       _("The current database cannot be kept as %s: %s. Nothing was restored."),
                       kept, g_strerror (saved));
          g_clear_pointer (&kept, g_free);
          goto out;
        }
      g_chmod (kept, 0600);
    }
  if (g_rename (temp, database) != 0)
    {
      int saved = errno;
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                   _("%s cannot be written: %s"), database, g_strerror (saved));
      if (kept != NULL)
        g_remove (kept);
      g_clear_pointer (&kept, g_free);
      goto out;
    }
  sync_file_and_folder (database, NULL);
  ok = TRUE;

out:
  if (!ok && temp != NULL)
    remove_with_companions (temp);
  if (lock_fd >= 0)
    close (lock_fd);
  if (ok && kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);
  return ok;
}
