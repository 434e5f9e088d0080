/* sv-sqlite-store.h: SvStore on one local SQLite file.
 *
 * The file lives by default at $XDG_DATA_HOME/samenveilig/samenveilig.db
 * (directory 0700, file 0600). Opening never changes a file it cannot
 * vouch for: not a database, another program's database, or one from a
 * newer version of the app is refused before anything is written. While a
 * store is open for writing it holds an exclusive lock on the file, so a
 * second instance gets a clear refusal instead of a second writer.
 */
#pragma once

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_SQLITE_STORE (sv_sqlite_store_get_type ())

G_DECLARE_FINAL_TYPE (SvSqliteStore, sv_sqlite_store, SV, SQLITE_STORE, GObject)

typedef enum {
  SV_SQLITE_STORE_OPEN_DEFAULT   = 0,      /* read-write; create when missing */
  SV_SQLITE_STORE_OPEN_READ_ONLY = 1 << 0, /* no lock, no migration, no writes */
} SvSqliteStoreOpenFlags;

SvSqliteStore *sv_sqlite_store_open            (const char              *path,
                                                SvSqliteStoreOpenFlags   flags,
                                                GError                 **error);
const char    *sv_sqlite_store_get_path        (SvSqliteStore           *self);
/* The schema version this build writes (PRAGMA user_version). */
int            sv_sqlite_store_schema_version  (void);
/* $XDG_DATA_HOME/samenveilig/samenveilig.db; creates the directory (0700). */
char          *sv_sqlite_store_default_path    (GError                 **error);

/* Who the audit log names for what this store does from now on: the OS
 * account (g_get_user_name () by default) and @display_name from the
 * preferences (may be empty or NULL). */
void           sv_sqlite_store_set_audit_user  (SvSqliteStore           *self,
                                                const char              *display_name);

G_END_DECLS
