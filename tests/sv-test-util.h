/* sv-test-util.h: helpers the test programs share. */
#pragma once

#include <sqlite3.h>

#include "sv-sqlite-store.h"

G_BEGIN_DECLS

/* A fresh private directory for one test; removed by sv_test_rmtree(). */
char          *sv_test_make_dir   (void);
void           sv_test_rmtree     (const char  *dir);
/* A new store on a new file inside @dir, or the test fails. */
SvSqliteStore *sv_test_open_store (const char  *dir,
                                   const char  *name);
/* A household with two members and an open zorgelijke melding, stored. */
gint64         sv_test_add_case   (SvStore     *store,
                                   const char  *household_name,
                                   const char  *reason);

/* The id of the meeting kind with @code ("LEVO", "LEJO", "VHT", "IT"). */
gint64         sv_test_meeting_kind (SvStore    *store,
                                     const char *code);

/* Lets a connection opened behind the store's back write the audited
 * tables: registers the functions the audit triggers call (without them
 * every such write is refused), naming "test" as the user. */
void           sv_test_allow_raw_writes (sqlite3  *db);

G_END_DECLS
