/* sv-sqlite-store-gesprek-private.h: what the files of the
 * interventiegesprekken in SvSqliteStore share. */
#pragma once

#include "sv-sqlite-store-private.h"

G_BEGIN_DECLS

/* A yes/no/unknown as 1/0/NULL. */
SvTriState sv_sql_get_tri                       (sqlite3_stmt  *stmt,
                                                 int            column);
void       sv_sql_bind_tri                      (sqlite3_stmt  *stmt,
                                                 int            index,
                                                 SvTriState     value);

/* Appends the stored people of @g (by @g->id) to @g->people. */
gboolean   sv_sqlite_store_read_gesprek_people  (SvSqliteStore *self,
                                                 SvGesprek     *g,
                                                 GError       **error);
/* Inside a write: the people of @g as given; new ones get their ids. */
gboolean   sv_sqlite_store_write_gesprek_people (SvSqliteStore *self,
                                                 SvGesprek     *g,
                                                 GError       **error);

G_END_DECLS
