/* sv-sqlite-store-journal.c: the case journal, append-only. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static GPtrArray *
list_journal (SvStore *store,
              gint64   case_id,
              GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_journal_entry_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT j.id, j.uid, j.entry_date, j.author, j.text, j.created_at,"
                                  "  coalesce (j.corrects_id, 0),"
                                  "  coalesce ((SELECT max (k.id) FROM journal_entries k WHERE k.corrects_id = j.id), 0)"
                                  "  FROM journal_entries j WHERE j.case_id = ?1 ORDER BY j.entry_date, j.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvJournalEntry *entry = g_new0 (SvJournalEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->uid = sv_sql_dup_text (stmt, 1);
      entry->case_id = case_id;
      sv_sql_get_date (stmt, 2, &entry->date);
      entry->author = sv_sql_dup_text (stmt, 3);
      entry->text = sv_sql_dup_text (stmt, 4);
      entry->created_at = sv_sql_get_datetime (stmt, 5);
      entry->corrects_id = sqlite3_column_int64 (stmt, 6);
      entry->corrected_by_id = sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (list, entry);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* A correction must name an entry of the same case. */
static gboolean
check_corrected_entry (SvSqliteStore        *self,
                       const SvJournalEntry *entry,
                       GError              **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (entry->corrects_id == 0)
    return TRUE;
  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT case_id FROM journal_entries WHERE id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry->corrects_id);
  ok = sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == entry->case_id;
  sqlite3_reset (stmt);
  if (!ok)
    g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                         _("Correction: the corrected entry does not belong to this case"));
  return ok;
}

static gboolean
insert_entry (SvSqliteStore  *self,
              SvJournalEntry *entry,
              GError        **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;

  if (!check_corrected_entry (self, entry, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO journal_entries (uid, case_id, entry_date, author, text, created_at, corrects_id)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, coalesce (?6, ?8), ?7)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sv_sql_bind_text (stmt, 1, entry->uid);
  sqlite3_bind_int64 (stmt, 2, entry->case_id);
  sv_sql_bind_date (stmt, 3, &entry->date);
  sv_sql_bind_text (stmt, 4, entry->author);
  sv_sql_bind_text (stmt, 5, entry->text);
  sv_sql_bind_datetime (stmt, 6, entry->created_at);
  sv_sql_bind_id (stmt, 7, entry->corrects_id);
  sv_sql_bind_text (stmt, 8, now);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  entry->id = sv_sqlite_store_last_id (self);
  if (entry->created_at == NULL)
    entry->created_at = sv_datetime_from_iso (now);
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, entry->case_id);
  return TRUE;
}

static gboolean
add_journal_entry (SvStore        *store,
                   SvJournalEntry *entry,
                   GError        **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);
  gboolean had_uid = entry->uid != NULL;

  if (entry->id != 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Journal entries are never changed: add a correction instead"));
      return FALSE;
    }
  if (!sv_journal_entry_validate (entry, &today, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (!had_uid)
    entry->uid = g_uuid_string_random ();
  if (sv_sqlite_store_end (self, insert_entry (self, entry, error), error))
    return TRUE;
  entry->id = 0;
  if (!had_uid)
    g_clear_pointer (&entry->uid, g_free);
  return FALSE;
}

void
sv_sqlite_store_init_journal (SvStoreInterface *iface)
{
  iface->list_journal = list_journal;
  iface->add_journal_entry = add_journal_entry;
}
