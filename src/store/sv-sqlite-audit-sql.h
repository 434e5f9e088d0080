/* sv-sqlite-audit-sql.h: SQL text, built by the preprocessor, for the
 * triggers that write every change of an audited table into audit_log.
 *
 * How a table joins the audit log — in its own new migration, appended to
 * sv-sqlite-schema.c:
 *
 *   SV_AUDIT_ON_INSERT ("my_table", SV_AUDIT_BY_COLUMN, "case_id", "NULL")
 *   SV_AUDIT_ON_DELETE ("my_table", SV_AUDIT_BY_COLUMN, "case_id", "NULL")
 *   SV_AUDIT_ON_UPDATE_BEGIN ("my_table")
 *     SV_AUDIT_SMALL ("my_table", SV_AUDIT_BY_COLUMN, "case_id", "status")
 *     SV_AUDIT_LONG ("my_table", SV_AUDIT_BY_COLUMN, "case_id", "text")
 *   SV_AUDIT_ON_UPDATE_END
 *
 * SMALL columns keep old and new value; LONG (free) texts keep only their
 * lengths in detail ("120→134"), so that the log does not become a second
 * copy of every note. The case of a row is its column (SV_AUDIT_BY_COLUMN)
 * or, for rows of a household, every case of that household
 * (SV_AUDIT_BY_HOUSEHOLD, one log row per case). A column left out
 * (timers, positions, timestamps) is not logged. The last argument of
 * INSERT/DELETE is an SQL expression kept as detail, over NEW (insert) or
 * OLD (delete), such as "NEW.rule_id", or "NULL".
 *
 * Explicit events — a case opened, printed, exported, a name revealed on
 * the projector — are not table writes: callers use
 * sv_store_log_access () (sv-store-audit.h).
 *
 * The triggers call functions SvSqliteStore registers on its connection
 * (sv-sqlite-store-audit.c): sv_audit_now (), sv_audit_user () and
 * sv_audit_name () for when and who, and sv_audit_on (), false only while
 * a case is being erased. A program writing the file without them is
 * refused ("no such function"): a write is logged or does not happen.
 *
 * The text these macros produce is part of released migrations: never
 * change a macro; add a new one for a new need.
 */
#pragma once

/* How the case id of a row is found: "case expression", "FROM … WHERE …
 * AND" (or " WHERE"), for the row named @row (NEW or OLD). */
#define SV_AUDIT_BY_COLUMN(row, col)    row "." col, " WHERE"
#define SV_AUDIT_BY_HOUSEHOLD(row, col) "c_.id", " FROM cases c_ WHERE c_.household_id = " row "." col " AND"

#define SV_AUDIT_COLUMNS_ \
  "INSERT INTO audit_log (at, os_user, display_name, action, case_id, record_kind, record_id," \
  " field, old_value, new_value, detail)"
#define SV_AUDIT_WHO_ "SELECT sv_audit_now (), sv_audit_user (), sv_audit_name (), "

#define SV_AUDIT_ROW_(action, table, row, detail, case_expr, from) \
  SV_AUDIT_COLUMNS_ " " SV_AUDIT_WHO_ "'" action "', " case_expr ", '" table "', " row ".rowid," \
  " NULL, NULL, NULL, " detail from " 1;"
#define SV_AUDIT_ROW_X_(...) SV_AUDIT_ROW_ (__VA_ARGS__)

#define SV_AUDIT_ON_INSERT(table, by, col, detail) \
  " CREATE TRIGGER audit_" table "_insert AFTER INSERT ON " table " WHEN sv_audit_on () BEGIN " \
  SV_AUDIT_ROW_X_ ("create", table, "NEW", detail, by ("NEW", col)) " END;"
#define SV_AUDIT_ON_DELETE(table, by, col, detail) \
  " CREATE TRIGGER audit_" table "_delete BEFORE DELETE ON " table " WHEN sv_audit_on () BEGIN " \
  SV_AUDIT_ROW_X_ ("delete", table, "OLD", detail, by ("OLD", col)) " END;"

#define SV_AUDIT_ON_UPDATE_BEGIN(table) \
  " CREATE TRIGGER audit_" table "_update AFTER UPDATE ON " table " WHEN sv_audit_on () BEGIN "
#define SV_AUDIT_ON_UPDATE_END " END;"

#define SV_AUDIT_CHANGE_(table, col, old, new, detail, case_expr, from) \
  SV_AUDIT_COLUMNS_ " " SV_AUDIT_WHO_ "'change', " case_expr ", '" table "', NEW.rowid, '" col "', " \
  old ", " new ", " detail from " OLD." col " IS NOT NEW." col ";"
#define SV_AUDIT_CHANGE_X_(...) SV_AUDIT_CHANGE_ (__VA_ARGS__)

#define SV_AUDIT_SMALL(table, by, case_col, col) \
  SV_AUDIT_CHANGE_X_ (table, col, "OLD." col, "NEW." col, "NULL", by ("NEW", case_col))
#define SV_AUDIT_LONG(table, by, case_col, col) \
  SV_AUDIT_CHANGE_X_ (table, col, "NULL", "NULL", \
                      "length (OLD." col ") || '→' || length (NEW." col ")", by ("NEW", case_col))
