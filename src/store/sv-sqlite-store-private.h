/* sv-sqlite-store-private.h: what the files of SvSqliteStore share.
 *
 * SvSqliteStore is split by concern (households, cases, people, meetings,
 * journal, search, facts); every file goes through the helpers here: cached
 * prepared statements, one transaction per write, and errors a person can
 * read.
 */
#pragma once

#include <sqlite3.h>

#include "sv-date.h"
#include "sv-sqlite-store.h"

G_BEGIN_DECLS

/* "SvSV" in the database header marks a file as ours (PRAGMA application_id). */
#define SV_APPLICATION_ID 0x53765356

struct _SvSqliteStore
{
  GObject        parent_instance;

  sqlite3       *db;            /* owned */
  char          *path;
  int            lock_fd;       /* flock'ed while open for writing; -1 if none */
  gboolean       read_only;
  GHashTable    *statements;    /* SQL text → sqlite3_stmt *, owned */
  guint          depth;         /* nesting of open transactions */
  SvStoreChange  pending;       /* announced after the outer commit */
  gint64         pending_case;  /* the one case changed; -1 for several */
  GArray        *listed[3];     /* SvCaseFilter → ordered case ids, read once; dropped on change */
  char          *audit_user;    /* the OS account, for the audit log */
  char          *audit_name;    /* the display name from the preferences; may be empty */
  gboolean       erasing;       /* inside erase_case: audit triggers off, tombstoning allowed */
};

/* A cached statement, reset and unbound, ready for binding. */
sqlite3_stmt *sv_sqlite_store_prepare       (SvSqliteStore  *self,
                                             const char     *sql,
                                             GError        **error);
/* Steps a statement that returns no rows. */
gboolean      sv_sqlite_store_step_done     (SvSqliteStore  *self,
                                             sqlite3_stmt   *stmt,
                                             GError        **error);
/* After a loop over rows: resets @stmt; FALSE with @error set when the
 * loop ended on an error (@rc) rather than on the last row. */
gboolean      sv_sqlite_store_rows_done     (SvSqliteStore  *self,
                                             sqlite3_stmt   *stmt,
                                             int             rc,
                                             GError        **error);
/* Prepares, steps to done, resets: for statements without parameters. */
gboolean      sv_sqlite_store_run           (SvSqliteStore  *self,
                                             const char     *sql,
                                             GError        **error);
/* Sets @error from a SQLite result code in words a person can act on. */
void          sv_sqlite_store_set_error     (SvSqliteStore  *self,
                                             int             rc,
                                             GError        **error);

/* Every write: begin … end (ok). The outermost end commits (or rolls back)
 * and then announces the noted changes. */
gboolean      sv_sqlite_store_begin         (SvSqliteStore  *self,
                                             GError        **error);
gboolean      sv_sqlite_store_end           (SvSqliteStore  *self,
                                             gboolean        ok,
                                             GError        **error);
void          sv_sqlite_store_note_change   (SvSqliteStore  *self,
                                             SvStoreChange   what,
                                             gint64          case_id);
gint64        sv_sqlite_store_last_id       (SvSqliteStore  *self);
/* One write: runs @sql (a DELETE with the id as ?1) in its own
 * transaction; @what names the record when no row had that id. */
gboolean      sv_sqlite_store_delete        (SvSqliteStore  *self,
                                             const char     *sql,
                                             gint64          id,
                                             const char     *what,
                                             SvStoreChange   change,
                                             GError        **error);
char         *sv_sqlite_store_now_iso       (void);

/* Binding and reading values the way the schema stores them. */
void          sv_sql_bind_text              (sqlite3_stmt   *stmt,
                                             int             index,
                                             const char     *text);
void          sv_sql_bind_date              (sqlite3_stmt   *stmt,
                                             int             index,
                                             const GDate    *date);
void          sv_sql_bind_datetime          (sqlite3_stmt   *stmt,
                                             int             index,
                                             GDateTime      *datetime);
void          sv_sql_bind_id                (sqlite3_stmt   *stmt,
                                             int             index,
                                             gint64          id);  /* 0 → NULL */
char         *sv_sql_dup_text               (sqlite3_stmt   *stmt,
                                             int             column);
void          sv_sql_get_date               (sqlite3_stmt   *stmt,
                                             int             column,
                                             GDate          *out);
GDateTime    *sv_sql_get_datetime           (sqlite3_stmt   *stmt,
                                             int             column);

/* The schema (sv-sqlite-schema.c). */
int           sv_sqlite_schema_latest       (void);
/* Brings @db from its user_version up to @target, each step one
 * transaction. */
gboolean      sv_sqlite_schema_migrate      (sqlite3        *db,
                                             int             target,
                                             GError        **error);
gboolean      sv_sqlite_schema_flush_search (SvSqliteStore  *self,
                                             GError        **error);

/* The interface, part by part. */
void          sv_sqlite_store_init_households (SvStoreInterface *iface);
void          sv_sqlite_store_init_cases      (SvStoreInterface *iface);
void          sv_sqlite_store_init_people     (SvStoreInterface *iface);
void          sv_sqlite_store_init_meetings   (SvStoreInterface *iface);
void          sv_sqlite_store_init_journal    (SvStoreInterface *iface);
void          sv_sqlite_store_init_search     (SvStoreInterface *iface);
void          sv_sqlite_store_init_facts      (SvStoreInterface *iface);
void          sv_sqlite_store_init_plan       (SvStoreInterface *iface);
void          sv_sqlite_store_init_agenda     (SvStoreInterface *iface);
void          sv_sqlite_store_init_traject    (SvStoreInterface *iface);
void          sv_sqlite_store_init_vht        (SvStoreInterface *iface);
void          sv_sqlite_store_init_audit      (SvStoreInterface *iface);
void          sv_sqlite_store_init_erase      (SvStoreInterface *iface);

/* Registers the SQL functions the audit triggers call (sv_audit_*). */
gboolean      sv_sqlite_store_register_audit  (SvSqliteStore    *self,
                                               GError          **error);
void          sv_sqlite_store_init_card       (SvStoreInterface *iface);
void          sv_sqlite_store_init_card_records (SvStoreInterface *iface);
void          sv_sqlite_store_init_card_versions (SvStoreInterface *iface);
void          sv_sqlite_store_init_card_import (SvStoreInterface *iface);

/* Inside a write that changed part @part of the card of @case_id: adds it
 * to the card's history as the store's user (one record per stretch of
 * work, see sv-card-edit.h) and notes the change. */
gboolean      sv_sqlite_store_card_edited     (SvSqliteStore  *self,
                                               gint64          case_id,
                                               const char     *part,
                                               GError        **error);
/* Inside a write: the Veiligheidskaart row of @case_id exists afterwards;
 * SV_ERROR_NOT_FOUND when the case does not. */
gboolean      sv_sqlite_store_ensure_card     (SvSqliteStore  *self,
                                               gint64          case_id,
                                               GError        **error);
void          sv_sqlite_store_init_gesprek    (SvStoreInterface *iface);
void          sv_sqlite_store_init_gesprek_letters (SvStoreInterface *iface);

/* Inside a write: the meeting exists and is not closed; else FALSE with a
 * message that says so. */
gboolean      sv_sqlite_store_check_meeting_open (SvSqliteStore  *self,
                                                  gint64          meeting_id,
                                                  GError        **error);

/* Organisation id for @name, created when new (inside a transaction). */
gint64        sv_sqlite_store_ensure_organisation (SvSqliteStore  *self,
                                                   const char     *name,
                                                   GError        **error);

/* The checks of a move along a chart (a traject step, a VeiligheidsTeam
 * intervention): @on (NULL: today) not in the future, @who not blank.
 * Fills @day and @name (stripped, free it); FALSE with a message, using
 * @who_missing when no one is named. */
gboolean      sv_sqlite_store_check_move      (const GDate     *on,
                                               const char      *who,
                                               const char      *who_missing,
                                               GDate           *day,
                                               char           **name,
                                               GError         **error);

/* Shorthand for the validation every write starts with. */
#define SV_SQLITE_STORE_TODAY(var) GDate var; sv_date_today (&var)

G_END_DECLS
