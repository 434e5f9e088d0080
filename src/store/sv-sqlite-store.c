/* sv-sqlite-store.c: opening, locking and closing the SQLite file, cached
 * statements and transactions. The records themselves are read and written
 * in the sv-sqlite-store-*.c files. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static void sv_sqlite_store_iface_init (SvStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SvSqliteStore, sv_sqlite_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SV_TYPE_STORE, sv_sqlite_store_iface_init))

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

char *
sv_sqlite_store_now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return sv_datetime_to_iso (now);
}

gboolean
sv_sqlite_store_check_move (const GDate  *on,
                            const char   *who,
                            const char   *who_missing,
                            GDate        *day,
                            char        **name,
                            GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (who != NULL ? who : ""));
  GDate today;

  sv_date_today (&today);
  *day = on != NULL ? *on : today;
  if (!g_date_valid (day) || g_date_compare (day, &today) > 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Move: the date may not lie in the future."));
      return FALSE;
    }
  if (*stripped == '\0')
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, who_missing);
      return FALSE;
    }
  *name = g_steal_pointer (&stripped);
  return TRUE;
}

void
sv_sqlite_store_set_error (SvSqliteStore *self,
                           int            rc,
                           GError       **error)
{
  /* Taken first: SQLite does not always record the errno of a failed
   * write (sqlite3_system_errno() is 0 after an EFBIG), but it is still
   * the last one set when the statement returns. */
  int last_errno = errno;
  const char *detail = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  const char *path = self != NULL && self->path != NULL ? self->path : "";
  int system_errno = self != NULL && self->db != NULL ? sqlite3_system_errno (self->db) : 0;

  if (system_errno == 0)
    system_errno = last_errno;

  /* SQLite reports a full disk as SQLITE_FULL only for a short write; a
   * write refused outright (no space, over quota, over the file size
   * limit) or a file system turned read-only comes as an I/O error. */
  if ((rc & 0xff) == SQLITE_IOERR)
    {
      if (system_errno == ENOSPC || system_errno == EDQUOT || system_errno == EFBIG)
        rc = SQLITE_FULL;
      else if (system_errno == EROFS || system_errno == EACCES || system_errno == EPERM)
        rc = SQLITE_READONLY;
    }

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_LOCKED,
                   _("The database %s is in use by another program. Close the other program and try again."),
                   path);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                   _("The database %s is damaged (%s). It was not changed. Restore a backup or ask your administrator for help."),
                   path, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY,
                   _("The database %s has become read-only (%s): nothing was saved. What is already saved can still be read. Ask your administrator to make the file writable again, then restart Samen Veilig."),
                   path, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, SV_ERROR, SV_ERROR_DISK_FULL,
                   _("The disk is full: nothing was saved. Free some space and try again."));
      break;
    case SQLITE_IOERR:
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                   _("The database %s could not be read or written (%s): nothing was saved. Check the disk, then restart Samen Veilig."),
                   path, detail);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("The database %s cannot be opened (%s)."), path, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("The change breaks a rule of the database (%s). Nothing was saved."), detail);
      break;
    default:
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                   _("The database %s reported an error: %s. Nothing was saved."), path, detail);
      break;
    }
}

sqlite3_stmt *
sv_sqlite_store_prepare (SvSqliteStore *self,
                         const char    *sql,
                         GError       **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sv_sqlite_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
sv_sqlite_store_step_done (SvSqliteStore *self,
                           sqlite3_stmt  *stmt,
                           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
sv_sqlite_store_rows_done (SvSqliteStore *self,
                           sqlite3_stmt  *stmt,
                           int            rc,
                           GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  sv_sqlite_store_set_error (self, rc, error);
  return FALSE;
}

gboolean
sv_sqlite_store_run (SvSqliteStore *self,
                     const char    *sql,
                     GError       **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, sql, error);

  return stmt != NULL && sv_sqlite_store_step_done (self, stmt, error);
}

gint64
sv_sqlite_store_last_id (SvSqliteStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

gboolean
sv_sqlite_store_delete (SvSqliteStore  *self,
                        const char     *sql,
                        gint64          id,
                        const char     *what,
                        SvStoreChange   change,
                        GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  ok = (stmt = sv_sqlite_store_prepare (self, sql, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = sv_sqlite_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("%s does not exist (any more)."), what);
      ok = FALSE;
    }
  if (ok)
    sv_sqlite_store_note_change (self, change, 0);
  return sv_sqlite_store_end (self, ok, error);
}

void
sv_sqlite_store_note_change (SvSqliteStore *self,
                             SvStoreChange  what,
                             gint64         case_id)
{
  self->pending |= what;
  if (case_id != 0)
    self->pending_case = (self->pending_case == 0 || self->pending_case == case_id) ? case_id : -1;
}

static void
announce_changes (SvSqliteStore *self)
{
  SvStoreChange what = self->pending;
  gint64 case_id = self->pending_case;

  self->pending = 0;
  self->pending_case = 0;
  if (what == 0)
    return;
  /* Several cases changed at once (an import): views reload whole. */
  if (case_id < 0)
    {
      what |= SV_STORE_CHANGE_CASE_LIST;
      case_id = 0;
    }
  /* The order of the list may have changed: search reads it anew. */
  if (what & SV_STORE_CHANGE_CASE_LIST)
    for (guint i = 0; i < G_N_ELEMENTS (self->listed); i++)
      g_clear_pointer (&self->listed[i], g_array_unref);
  sv_store_emit_changed (SV_STORE (self), what, case_id);
}

gboolean
sv_sqlite_store_begin (SvSqliteStore *self,
                       GError       **error)
{
  if (self->read_only)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY,
                   _("The database %s is open read-only. Nothing was saved."), self->path);
      return FALSE;
    }
  /* IMMEDIATE takes the write lock up front, so a busy database is reported
   * before any work is done rather than at commit. */
  if (!sv_sqlite_store_run (self, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT sv_nested", error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
sv_sqlite_store_end (SvSqliteStore *self,
                     gboolean       ok,
                     GError       **error)
{
  g_autoptr(GError) local = NULL;

  g_assert (self->depth > 0);

  if (self->depth > 1)
    {
      self->depth--;
      if (ok)
        return sv_sqlite_store_run (self, "RELEASE sv_nested", error);
      /* Undo this level only; the caller decides about the outer one. */
      sv_sqlite_store_run (self, "ROLLBACK TO sv_nested", NULL);
      sv_sqlite_store_run (self, "RELEASE sv_nested", NULL);
      return FALSE;
    }

  if (ok && sv_sqlite_schema_flush_search (self, &local) &&
      sv_sqlite_store_run (self, "COMMIT", &local))
    {
      self->depth = 0;
      announce_changes (self);
      return TRUE;
    }

  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  if (sqlite3_get_autocommit (self->db) == 0)
    sv_sqlite_store_run (self, "ROLLBACK", NULL);
  self->depth = 0;
  self->pending = 0;
  self->pending_case = 0;
  return FALSE;
}

/* ------------------------------------------------------------------------
 * Binding helpers
 * ------------------------------------------------------------------------ */

void
sv_sql_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
sv_sql_bind_date (sqlite3_stmt *stmt,
                  int           index,
                  const GDate  *date)
{
  g_autofree char *iso = sv_date_to_iso (date);

  if (iso == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, iso, -1, SQLITE_TRANSIENT);
}

void
sv_sql_bind_datetime (sqlite3_stmt *stmt,
                      int           index,
                      GDateTime    *datetime)
{
  g_autofree char *iso = sv_datetime_to_iso (datetime);

  if (iso == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, iso, -1, SQLITE_TRANSIENT);
}

void
sv_sql_bind_id (sqlite3_stmt *stmt,
                int           index,
                gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

char *
sv_sql_dup_text (sqlite3_stmt *stmt,
                 int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? (const char *) text : "");
}

void
sv_sql_get_date (sqlite3_stmt *stmt,
                 int           column,
                 GDate        *out)
{
  if (!sv_date_from_iso ((const char *) sqlite3_column_text (stmt, column), out))
    g_date_clear (out, 1);
}

GDateTime *
sv_sql_get_datetime (sqlite3_stmt *stmt,
                     int           column)
{
  return sv_datetime_from_iso ((const char *) sqlite3_column_text (stmt, column));
}

/* ------------------------------------------------------------------------
 * Opening
 * ------------------------------------------------------------------------ */

/* Creates @path as an empty file only the user can read, in a directory
 * only the user can enter when we make it. */
static gboolean
create_private_file (const char *path,
                     GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("The folder %s cannot be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("The database %s cannot be created: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
check_existing_file (const char              *path,
                     SvSqliteStoreOpenFlags   flags,
                     GError                 **error)
{
  GStatBuf st;
  int mode = (flags & SV_SQLITE_STORE_OPEN_READ_ONLY) ? R_OK : (R_OK | W_OK);

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("%s is not a file that can hold a database."), path);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("You have no permission to read the database %s."), path);
      return FALSE;
    }
  if (g_access (path, mode) != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY,
                   _("The database %s is read-only: you have no permission to change it."), path);
      return FALSE;
    }
  return TRUE;
}

/* A database, or its write-ahead log, left readable by others (copied in
 * with a loose umask, or from an older version) is made the user's
 * alone before it is used. SQLite gives the -wal and -shm files it
 * creates the database's mode, so they follow. */
static void
tighten_modes (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_lstat (file, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid () && (st.st_mode & 077) != 0)
        g_chmod (file, st.st_mode & 0700);
    }
}

/* One writer per file: a second instance is refused instead of racing the
 * first one. flock() does not interfere with SQLite's own POSIX locks. */
static gboolean
take_lock (SvSqliteStore *self,
           GError       **error)
{
  self->lock_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->lock_fd < 0 || flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_LOCKED,
                   _("The database %s is already open in another Samen Veilig window or program. Close that one first; nothing was changed."),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (SvSqliteStore *self,
           const char    *sql,
           int           *out,
           GError       **error)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sv_sqlite_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *out = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Decides, reading only, whether this is a file we may use: ours, or a
 * brand-new empty database; and of a schema we understand. */
static gboolean
check_identity (SvSqliteStore *self,
                GError       **error)
{
  int app_id = 0, version = 0, n_objects = 0;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if (app_id != SV_APPLICATION_ID && (app_id != 0 || version != 0 || n_objects != 0))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                   _("%s is not a Samen Veilig database. It was not changed."), self->path);
      return FALSE;
    }
  if (version > sv_sqlite_schema_latest ())
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_NEWER,
                   _("The database %s was made by a newer version of Samen Veilig (schema %d; this version knows up to %d). It was not changed. Install the newer version to open it."),
                   self->path, version, sv_sqlite_schema_latest ());
      return FALSE;
    }
  if (self->read_only && version < sv_sqlite_schema_latest ())
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_NEWER,
                   _("The database %s is from an older version of Samen Veilig. Open it once in the app to bring it up to date."),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
configure (SvSqliteStore *self,
           GError       **error)
{
  sqlite3_busy_timeout (self->db, 3000);
  /* secure_delete: what is deleted (an erased case) is overwritten with
   * zeros in the file, not left readable in free pages. */
  if (!sv_sqlite_store_run (self, "PRAGMA foreign_keys = ON", error) ||
      !sv_sqlite_store_run (self, "PRAGMA secure_delete = ON", error))
    return FALSE;
  if (self->read_only)
    return sv_sqlite_store_run (self, "PRAGMA query_only = ON", error);
  /* WAL keeps readers and the writer apart and survives a crash; FULL makes
   * a reported commit durable. */
  return sv_sqlite_store_run (self, "PRAGMA journal_mode = WAL", error) &&
         sv_sqlite_store_run (self, "PRAGMA synchronous = FULL", error) &&
         sv_sqlite_store_run (self, "PRAGMA application_id = 1400263510", error);
}

static gboolean
writable_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (dir, W_OK) == 0;
}

static gboolean
check_no_wal (const char  *path,
              GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY,
                   _("The database %s is in a folder that cannot be written to and was not closed properly. Copy the database together with the file %s to a folder you can write to, and open it there."),
                   path, wal);
      return FALSE;
    }
  return TRUE;
}

SvSqliteStore *
sv_sqlite_store_open (const char              *path,
                      SvSqliteStoreOpenFlags   flags,
                      GError                 **error)
{
  g_autoptr(SvSqliteStore) self = NULL;
  gboolean read_only = (flags & SV_SQLITE_STORE_OPEN_READ_ONLY) != 0;
  int open_flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  G_STATIC_ASSERT (SV_APPLICATION_ID == 1400263510);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!check_existing_file (path, flags, error))
        return NULL;
    }
  else if (read_only)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                   _("There is no database at %s."), path);
      return NULL;
    }
  else if (!create_private_file (path, error))
    return NULL;

  self = g_object_new (SV_TYPE_SQLITE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;

  if (!read_only && !take_lock (self, error))
    return NULL;
  if (!read_only)
    tighten_modes (path);

  open_flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (read_only && !writable_folder (path))
    {
      /* SQLite reads a WAL database only with its -shm file next to it,
       * which a read-only folder (a read-only share or medium) cannot get.
       * Nobody can write there either, so the file is read as unchanging:
       * unless a crash left a log with committed changes beside it, which
       * reading it so would silently skip. */
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
      g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);

      if (!check_no_wal (path, error))
        return NULL;
      rc = sqlite3_open_v2 (uri, &self->db, open_flags | SQLITE_OPEN_URI, NULL);
    }
  else
    rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      sv_sqlite_store_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  if (!sv_sqlite_store_register_audit (self, error))
    return NULL;

  if (!check_identity (self, error) || !configure (self, error))
    return NULL;
  if (!read_only && !sv_sqlite_schema_migrate (self->db, sv_sqlite_schema_latest (), error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
sv_sqlite_store_get_path (SvSqliteStore *self)
{
  g_return_val_if_fail (SV_IS_SQLITE_STORE (self), NULL);
  return self->path;
}

int
sv_sqlite_store_schema_version (void)
{
  return sv_sqlite_schema_latest ();
}

char *
sv_sqlite_store_default_path (GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "samenveilig", NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE_UNREADABLE,
                   _("The folder %s cannot be created: %s"), dir, g_strerror (saved));
      return NULL;
    }
  /* The folder is ours alone, whoever made it. */
  g_chmod (dir, 0700);
  return g_build_filename (dir, "samenveilig.db", NULL);
}

/* ------------------------------------------------------------------------
 * SvStore: transactions and uids
 * ------------------------------------------------------------------------ */

static gboolean
sv_sqlite_store_run_in_transaction (SvStore     *store,
                                    SvStoreFunc  func,
                                    gpointer     user_data,
                                    GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GError) local = NULL;
  gboolean ok;

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  ok = func (store, user_data, &local);
  if (!ok && local == NULL)
    g_set_error_literal (&local, SV_ERROR, SV_ERROR_DATABASE, _("The change was cancelled; nothing was saved."));
  if (!sv_sqlite_store_end (self, ok, local == NULL ? error : NULL))
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

static gint64
sv_sqlite_store_find_by_uid (SvStore      *store,
                             SvRecordKind  kind,
                             const char   *uid,
                             GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  static const char *queries[] = {
    [SV_RECORD_CASE] = "SELECT id FROM cases WHERE uid = ?1",
    [SV_RECORD_HOUSEHOLD] = "SELECT id FROM households WHERE uid = ?1",
    [SV_RECORD_PROFESSIONAL] = "SELECT id FROM professionals WHERE uid = ?1",
    [SV_RECORD_JOURNAL_ENTRY] = "SELECT id FROM journal_entries WHERE uid = ?1",
    [SV_RECORD_AGREEMENT] = "SELECT id FROM agreements WHERE uid = ?1",
  };
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (queries), 0);
  if (!(stmt = sv_sqlite_store_prepare (self, queries[kind], error)))
    return 0;
  sv_sql_bind_text (stmt, 1, uid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return id;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_sqlite_store_finalize (GObject *object)
{
  SvSqliteStore *self = SV_SQLITE_STORE (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->listed); i++)
    g_clear_pointer (&self->listed[i], g_array_unref);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->path);
  g_free (self->audit_user);
  g_free (self->audit_name);
  G_OBJECT_CLASS (sv_sqlite_store_parent_class)->finalize (object);
}

static void
sv_sqlite_store_class_init (SvSqliteStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sv_sqlite_store_finalize;
}

static void
sv_sqlite_store_init (SvSqliteStore *self)
{
  self->lock_fd = -1;
  self->audit_user = g_strdup (g_get_user_name ());
  self->audit_name = g_strdup ("");
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
}

static void
sv_sqlite_store_iface_init (SvStoreInterface *iface)
{
  iface->run_in_transaction = sv_sqlite_store_run_in_transaction;
  iface->find_by_uid = sv_sqlite_store_find_by_uid;
  sv_sqlite_store_init_households (iface);
  sv_sqlite_store_init_cases (iface);
  sv_sqlite_store_init_people (iface);
  sv_sqlite_store_init_meetings (iface);
  sv_sqlite_store_init_journal (iface);
  sv_sqlite_store_init_search (iface);
  sv_sqlite_store_init_facts (iface);
  sv_sqlite_store_init_plan (iface);
  sv_sqlite_store_init_agenda (iface);
  sv_sqlite_store_init_traject (iface);
  sv_sqlite_store_init_vht (iface);
  sv_sqlite_store_init_audit (iface);
  sv_sqlite_store_init_erase (iface);
  sv_sqlite_store_init_card (iface);
  sv_sqlite_store_init_gesprek (iface);
  sv_sqlite_store_init_gesprek_letters (iface);
}
