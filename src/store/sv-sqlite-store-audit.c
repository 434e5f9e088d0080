/* sv-sqlite-store-audit.c: the audit log — the SQL functions its triggers
 * call for when and who, the accesses callers report, and reading it per
 * case. The log is only added to; see migration 9 and
 * sv-sqlite-audit-sql.h. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-sqlite-store-private.h"

/* ------------------------------------------------------------------------
 * SQL functions for the triggers
 * ------------------------------------------------------------------------ */

static void
audit_now_fn (sqlite3_context  *ctx,
              int               argc,
              sqlite3_value   **argv)
{
  char *now = sv_sqlite_store_now_iso ();

  sqlite3_result_text (ctx, now, -1, g_free);
}

static void
audit_user_fn (sqlite3_context  *ctx,
               int               argc,
               sqlite3_value   **argv)
{
  SvSqliteStore *self = sqlite3_user_data (ctx);

  sqlite3_result_text (ctx, self->audit_user, -1, SQLITE_TRANSIENT);
}

static void
audit_name_fn (sqlite3_context  *ctx,
               int               argc,
               sqlite3_value   **argv)
{
  SvSqliteStore *self = sqlite3_user_data (ctx);

  sqlite3_result_text (ctx, self->audit_name, -1, SQLITE_TRANSIENT);
}

static void
audit_on_fn (sqlite3_context  *ctx,
             int               argc,
             sqlite3_value   **argv)
{
  SvSqliteStore *self = sqlite3_user_data (ctx);

  sqlite3_result_int (ctx, !self->erasing);
}

static void
audit_erasing_fn (sqlite3_context  *ctx,
                  int               argc,
                  sqlite3_value   **argv)
{
  SvSqliteStore *self = sqlite3_user_data (ctx);

  sqlite3_result_int (ctx, self->erasing);
}

static int
register_on (SvSqliteStore *self,
             sqlite3       *db)
{
  static const struct {
    const char *name;
    void (*fn) (sqlite3_context *, int, sqlite3_value **);
  } functions[] = {
    { "sv_audit_now", audit_now_fn },
    { "sv_audit_user", audit_user_fn },
    { "sv_audit_name", audit_name_fn },
    { "sv_audit_on", audit_on_fn },
    { "sv_audit_erasing", audit_erasing_fn },
  };

  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      int rc = sqlite3_create_function_v2 (db, functions[i].name, 0, SQLITE_UTF8, self,
                                           functions[i].fn, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        return rc;
    }
  return SQLITE_OK;
}

gboolean
sv_sqlite_store_register_audit (SvSqliteStore  *self,
                                GError        **error)
{
  int rc = register_on (self, self->db);

  if (rc != SQLITE_OK)
    {
      sv_sqlite_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
sv_sqlite_store_set_audit_user (SvSqliteStore *self,
                                const char    *display_name)
{
  g_return_if_fail (SV_IS_SQLITE_STORE (self));

  g_free (self->audit_name);
  self->audit_name = g_strstrip (g_strdup (display_name != NULL ? display_name : ""));
  /* The same person signs the Veiligheidskaart's sections and versions. */
  sv_store_set_user_name (SV_STORE (self), display_name);
}

/* ------------------------------------------------------------------------
 * SvStore
 * ------------------------------------------------------------------------ */

#define INSERT_ACCESS \
  "INSERT INTO audit_log (at, os_user, display_name, action, case_id, detail)" \
  "  VALUES (sv_audit_now (), sv_audit_user (), sv_audit_name (), ?1, ?2, ?3)"

static void
bind_access (sqlite3_stmt  *stmt,
             SvAuditAction  action,
             gint64         case_id,
             const char    *detail)
{
  sv_sql_bind_text (stmt, 1, sv_audit_action_to_nick (action));
  sv_sql_bind_id (stmt, 2, case_id);
  if (detail != NULL)
    sv_sql_bind_text (stmt, 3, detail);
}

/* A store opened read-only (an export from the command line, beside the
 * running app) still records who read what: through a connection of its
 * own that writes the one line, waiting for the app's write lock if
 * needed. When even that is impossible (a read-only file), the caller
 * gets the error and does not export. */
static gboolean
log_access_aside (SvSqliteStore  *self,
                  SvAuditAction   action,
                  gint64          case_id,
                  const char     *detail,
                  GError        **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      rc = register_on (self, db);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, INSERT_ACCESS, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      bind_access (stmt, action, case_id, detail);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, SV_ERROR, (rc & 0xff) == SQLITE_BUSY ? SV_ERROR_DATABASE_LOCKED : SV_ERROR_DATABASE_READONLY,
                   _("This access cannot be recorded in the audit log of %s (%s), so it was not done."),
                   self->path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
log_access (SvStore        *store,
            SvAuditAction   action,
            gint64          case_id,
            const char     *detail,
            GError        **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (self->read_only)
    return log_access_aside (self, action, case_id, detail, error);
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  ok = (stmt = sv_sqlite_store_prepare (self, INSERT_ACCESS, error)) != NULL;
  if (ok)
    {
      bind_access (stmt, action, case_id, detail);
      ok = sv_sqlite_store_step_done (self, stmt, error);
    }
  return sv_sqlite_store_end (self, ok, error);
}

static char *
dup_or_null (sqlite3_stmt *stmt,
             int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NULL : sv_sql_dup_text (stmt, column);
}

static GPtrArray *
list_audit (SvStore *store,
            gint64   case_id,
            GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_audit_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, at, os_user, display_name, action, coalesce (case_id, 0),"
                                  "  record_kind, coalesce (record_id, 0), field, old_value, new_value, detail, erased"
                                  "  FROM audit_log WHERE case_id = ?1 ORDER BY id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvAuditEntry *entry = g_new0 (SvAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = sv_sql_get_datetime (stmt, 1);
      entry->os_user = sv_sql_dup_text (stmt, 2);
      entry->display_name = sv_sql_dup_text (stmt, 3);
      if (!sv_audit_action_from_nick ((const char *) sqlite3_column_text (stmt, 4), &entry->action))
        entry->action = SV_AUDIT_CHANGE;
      entry->case_id = sqlite3_column_int64 (stmt, 5);
      entry->record_kind = dup_or_null (stmt, 6);
      entry->record_id = sqlite3_column_int64 (stmt, 7);
      entry->field = dup_or_null (stmt, 8);
      entry->old_value = dup_or_null (stmt, 9);
      entry->new_value = dup_or_null (stmt, 10);
      entry->detail = dup_or_null (stmt, 11);
      entry->erased = sqlite3_column_int (stmt, 12) != 0;
      g_ptr_array_add (list, entry);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

void
sv_sqlite_store_init_audit (SvStoreInterface *iface)
{
  iface->log_access = log_access;
  iface->list_audit = list_audit;
}
