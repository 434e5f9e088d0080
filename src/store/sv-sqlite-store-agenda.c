/* sv-sqlite-store-agenda.c: agendas and the agreements made in meetings. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting-plan.h"
#include "sv-sqlite-store-private.h"

#define ITEM_COLUMNS \
  "i.id, i.meeting_id, i.case_id, c.number, i.position, i.planned_minutes, coalesce (i.inbrenger_id, 0)," \
  " coalesce (p.name, ''), i.question, i.standing, i.family_invited," \
  " i.family_attendance, i.advice, i.advice_text, i.minutes, i.discussed, i.elapsed_seconds," \
  " i.running_since, coalesce (i.journal_entry_id, 0)" \
  " FROM agenda_items i JOIN cases c ON c.id = i.case_id" \
  " LEFT JOIN professionals p ON p.id = i.inbrenger_id"

static SvAgendaItem *
item_from_row (sqlite3_stmt *stmt)
{
  SvAgendaItem *item = sv_agenda_item_new ();
  int c = 0;

  item->id = sqlite3_column_int64 (stmt, c++);
  item->meeting_id = sqlite3_column_int64 (stmt, c++);
  item->case_id = sqlite3_column_int64 (stmt, c++);
  g_free (item->case_number);
  item->case_number = sv_sql_dup_text (stmt, c++);
  item->position = (guint) sqlite3_column_int (stmt, c++);
  item->planned_minutes = sqlite3_column_int (stmt, c++);
  item->inbrenger_id = sqlite3_column_int64 (stmt, c++);
  g_free (item->inbrenger_name);
  item->inbrenger_name = sv_sql_dup_text (stmt, c++);
  g_free (item->question);
  item->question = sv_sql_dup_text (stmt, c++);
  sv_standing_reason_from_nick ((const char *) sqlite3_column_text (stmt, c++), &item->standing);
  item->family_invited = sqlite3_column_int (stmt, c++) != 0;
  sv_family_attendance_from_nick ((const char *) sqlite3_column_text (stmt, c++), &item->family_attendance);
  sv_vht_advice_from_nick ((const char *) sqlite3_column_text (stmt, c++), &item->advice);
  g_free (item->advice_text);
  item->advice_text = sv_sql_dup_text (stmt, c++);
  g_free (item->minutes);
  item->minutes = sv_sql_dup_text (stmt, c++);
  item->discussed = sqlite3_column_int (stmt, c++) != 0;
  item->elapsed_seconds = sqlite3_column_int64 (stmt, c++);
  item->running_since = sqlite3_column_int64 (stmt, c++);
  item->journal_entry_id = sqlite3_column_int64 (stmt, c++);
  return item;
}

static GPtrArray *
collect_items (SvSqliteStore *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agenda_item_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, item_from_row (stmt));
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static GPtrArray *
list_agenda (SvStore *store,
             gint64   meeting_id,
             GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self, "SELECT " ITEM_COLUMNS " WHERE i.meeting_id = ?1 ORDER BY i.position, i.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return collect_items (self, stmt, error);
}

static SvAgendaItem *
get_agenda_item (SvStore *store,
                 gint64   id,
                 GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) found = NULL;

  stmt = sv_sqlite_store_prepare (self, "SELECT " ITEM_COLUMNS " WHERE i.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  found = collect_items (self, stmt, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The agenda item does not exist (any more)."));
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

static GPtrArray *
list_case_agenda_items (SvStore *store,
                        gint64   case_id,
                        GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " ITEM_COLUMNS " JOIN meetings m ON m.id = i.meeting_id"
                                  "  WHERE i.case_id = ?1 ORDER BY m.meeting_date DESC, m.start_minutes DESC",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return collect_items (self, stmt, error);
}

static SvMeetingKind *
kind_of (SvSqliteStore *self,
         gint64         kind_id,
         GError       **error)
{
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (SV_STORE (self), error);

  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    {
      SvMeetingKind *kind = g_ptr_array_index (kinds, i);
      if (kind->id == kind_id)
        return sv_meeting_kind_copy (kind);
    }
  if (kinds != NULL)
    g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The meeting does not exist (any more)."));
  return NULL;
}

/* A new item: the case exists, is open, may be discussed here, and is not
 * on this agenda or on another meeting at the same time. */
static gboolean
check_new_item (SvSqliteStore   *self,
                const SvMeeting *meeting,
                SvAgendaItem    *item,
                GError         **error)
{
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (self), item->case_id, error);
  g_autoptr(SvConsent) consent = NULL;
  g_autoptr(SvMeetingKind) kind = NULL;
  g_autoptr(GPtrArray) neighbours = NULL;

  if (c == NULL)
    return FALSE;
  if (c->status != SV_CASE_STATUS_OPEN)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Case %s is closed; reopen it before it goes on an agenda."), c->number);
      return FALSE;
    }
  consent = sv_store_get_consent (SV_STORE (self), item->case_id, error);
  kind = kind_of (self, meeting->kind_id, error);
  if (consent == NULL || kind == NULL || !sv_meeting_admits_case (kind, c->report_kind, consent, error))
    return FALSE;

  GDate from = meeting->date, to = meeting->date;
  g_date_subtract_days (&from, 1);
  g_date_add_days (&to, 1);
  neighbours = sv_store_list_meetings (SV_STORE (self), &from, &to, error);
  for (guint i = 0; neighbours != NULL && i < neighbours->len; i++)
    {
      const SvMeeting *other = g_ptr_array_index (neighbours, i);
      sqlite3_stmt *stmt;
      int rc;

      if (other->id != meeting->id && !sv_meeting_overlaps (other, meeting))
        continue;
      stmt = sv_sqlite_store_prepare (self, "SELECT 1 FROM agenda_items WHERE meeting_id = ?1 AND case_id = ?2",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, other->id);
      sqlite3_bind_int64 (stmt, 2, item->case_id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        {
          if (other->id == meeting->id)
            g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                         _("Case %s is already on this agenda."), c->number);
          else
            {
              g_autofree char *when = sv_meeting_describe (other);
              g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                           /* TRANSLATORS: "Case 2026-0012 is already on the agenda of LEVO, …, 14:00–16:00, at the same time. Move it there, or plan this meeting at another time." */
                           _("Case %s is already on the agenda of %s, at the same time. Take it off there, or choose another meeting."),
                           c->number, when);
            }
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        {
          sv_sqlite_store_set_error (self, rc, error);
          return FALSE;
        }
    }
  return neighbours != NULL;
}

static gboolean
write_item (SvSqliteStore *self,
            SvAgendaItem  *item,
            GError       **error)
{
  g_autoptr(SvMeeting) meeting = sv_store_get_meeting (SV_STORE (self), item->meeting_id, error);
  gboolean insert = item->id == 0;
  sqlite3_stmt *stmt;

  if (meeting == NULL || !sv_sqlite_store_check_meeting_open (self, item->meeting_id, error))
    return FALSE;
  if (insert)
    {
      if (!check_new_item (self, meeting, item, error))
        return FALSE;
      stmt = sv_sqlite_store_prepare (self,
                                      "SELECT coalesce (max (position) + 1, 0) FROM agenda_items WHERE meeting_id = ?1",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, item->meeting_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        item->position = (guint) sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      stmt = sv_sqlite_store_prepare (self,
                                      "INSERT INTO agenda_items (meeting_id, case_id, position, planned_minutes,"
                                      "  inbrenger_id, question, standing, family_invited, family_attendance, advice,"
                                      "  advice_text, minutes, discussed, elapsed_seconds, running_since, journal_entry_id)"
                                      "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                                      error);
    }
  else
    /* The meeting, the case and the place are not changed here: a case
     * moves by taking it off one agenda and putting it on another, and
     * the order by sv_store_move_agenda_item(). */
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE agenda_items SET planned_minutes = ?4, inbrenger_id = ?5, question = ?6,"
                                    "  standing = ?7, family_invited = ?8, family_attendance = ?9, advice = ?10,"
                                    "  advice_text = ?11, minutes = ?12, discussed = ?13, elapsed_seconds = ?14,"
                                    "  running_since = ?15, journal_entry_id = ?16"
                                    "  WHERE id = ?17 AND meeting_id = ?1 AND case_id = ?2 AND ?3 >= 0",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item->meeting_id);
  sqlite3_bind_int64 (stmt, 2, item->case_id);
  sqlite3_bind_int (stmt, 3, (int) item->position);
  sqlite3_bind_int (stmt, 4, item->planned_minutes);
  sv_sql_bind_id (stmt, 5, item->inbrenger_id);
  sv_sql_bind_text (stmt, 6, item->question);
  sv_sql_bind_text (stmt, 7, sv_standing_reason_to_nick (item->standing));
  sqlite3_bind_int (stmt, 8, item->family_invited ? 1 : 0);
  sv_sql_bind_text (stmt, 9, sv_family_attendance_to_nick (item->family_attendance));
  sv_sql_bind_text (stmt, 10, sv_vht_advice_to_nick (item->advice));
  sv_sql_bind_text (stmt, 11, item->advice_text);
  sv_sql_bind_text (stmt, 12, item->minutes);
  sqlite3_bind_int (stmt, 13, item->discussed ? 1 : 0);
  sqlite3_bind_int64 (stmt, 14, item->elapsed_seconds);
  sqlite3_bind_int64 (stmt, 15, item->running_since);
  sv_sql_bind_id (stmt, 16, item->journal_entry_id);
  if (!insert)
    sqlite3_bind_int64 (stmt, 17, item->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (insert)
    item->id = sv_sqlite_store_last_id (self);
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                           _("The agenda item does not exist (any more), or belongs to another meeting."));
      return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETING_PLAN, 0);
  return TRUE;
}

static gboolean
save_agenda_item (SvStore      *store,
                  SvAgendaItem *item,
                  GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = item->id;
  guint old_position = item->position;

  if (!sv_agenda_item_validate (item, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_item (self, item, error), error))
    return TRUE;
  item->id = old_id;
  item->position = old_position;
  return FALSE;
}

/* Writes positions 0…n−1 in the order of @items. */
static gboolean
write_positions (SvSqliteStore *self,
                 GPtrArray     *items,
                 GError       **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      SvAgendaItem *item = g_ptr_array_index (items, i);
      sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, "UPDATE agenda_items SET position = ?2 WHERE id = ?1",
                                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, item->id);
      sqlite3_bind_int (stmt, 2, (int) i);
      if (!sv_sqlite_store_step_done (self, stmt, error))
        return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETING_PLAN, 0);
  return TRUE;
}

static gboolean
reorder (SvSqliteStore *self,
         gint64         id,
         gboolean       remove,
         guint          position,
         GError       **error)
{
  g_autoptr(SvAgendaItem) item = get_agenda_item (SV_STORE (self), id, error);
  g_autoptr(GPtrArray) items = NULL;
  guint from = 0;

  if (item == NULL || !sv_sqlite_store_check_meeting_open (self, item->meeting_id, error))
    return FALSE;
  items = list_agenda (SV_STORE (self), item->meeting_id, error);
  if (items == NULL)
    return FALSE;
  while (from < items->len && ((SvAgendaItem *) items->pdata[from])->id != id)
    from++;
  g_assert (from < items->len);
  if (remove)
    {
      sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, "DELETE FROM agenda_items WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!sv_sqlite_store_step_done (self, stmt, error))
        return FALSE;
      g_ptr_array_remove_index (items, from);
    }
  else
    sv_agenda_move (items, from, MIN (position, items->len - 1));
  return write_positions (self, items, error);
}

static gboolean
move_agenda_item (SvStore *store,
                  gint64   id,
                  guint    position,
                  GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, reorder (self, id, FALSE, position, error), error);
}

static gboolean
delete_agenda_item (SvStore *store,
                    gint64   id,
                    GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, reorder (self, id, TRUE, 0, error), error);
}

#define AGREEMENT_COLUMNS \
  "a.id, a.uid, a.case_id, coalesce (a.agenda_item_id, 0), a.who, a.what, a.due, a.monitoring," \
  " a.done, a.created_at FROM agreements a"

static GPtrArray *
collect_agreements (SvSqliteStore *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvAgreement *a = sv_agreement_new ();

      a->id = sqlite3_column_int64 (stmt, 0);
      a->uid = sv_sql_dup_text (stmt, 1);
      a->case_id = sqlite3_column_int64 (stmt, 2);
      a->agenda_item_id = sqlite3_column_int64 (stmt, 3);
      g_free (a->who);
      a->who = sv_sql_dup_text (stmt, 4);
      g_free (a->what);
      a->what = sv_sql_dup_text (stmt, 5);
      sv_sql_get_date (stmt, 6, &a->due);
      g_free (a->monitoring);
      a->monitoring = sv_sql_dup_text (stmt, 7);
      a->done = sqlite3_column_int (stmt, 8) != 0;
      a->created_at = sv_sql_get_datetime (stmt, 9);
      g_ptr_array_add (list, a);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static GPtrArray *
list_agreements (SvStore *store,
                 gint64   case_id,
                 gint64   agenda_item_id,
                 GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " AGREEMENT_COLUMNS
                                  "  WHERE (?1 = 0 OR a.case_id = ?1) AND (?2 = 0 OR a.agenda_item_id = ?2)"
                                  "    AND (?1 != 0 OR ?2 != 0)"
                                  "  ORDER BY a.created_at, a.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, agenda_item_id);
  return collect_agreements (self, stmt, error);
}

static GPtrArray *
list_open_agreements_of_kind (SvStore *store,
                              gint64   kind_id,
                              GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;

  /* From the meetings of the kind to their agreements: the unary + keeps
   * SQLite from walking every open case first (most cases are open). */
  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " AGREEMENT_COLUMNS
                                  "  JOIN agenda_items i ON i.id = a.agenda_item_id"
                                  "  JOIN meetings m ON m.id = i.meeting_id"
                                  "  JOIN cases c ON c.id = a.case_id"
                                  "  WHERE m.meeting_kind_id = ?1 AND a.done = 0 AND +c.status = 'open'"
                                  "  ORDER BY a.due, a.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kind_id);
  return collect_agreements (self, stmt, error);
}

static gboolean
write_agreement (SvSqliteStore *self,
                 SvAgreement   *a,
                 GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (self), a->case_id, error);
  gboolean insert = a->id == 0;
  sqlite3_stmt *stmt;

  if (c == NULL)
    return FALSE;
  if (a->agenda_item_id != 0)
    {
      g_autoptr(SvAgendaItem) item = get_agenda_item (SV_STORE (self), a->agenda_item_id, error);
      if (item == NULL)
        return FALSE;
      if (item->case_id != a->case_id)
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("Agreement: the agenda item is about another case"));
          return FALSE;
        }
    }
  if (insert)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO agreements (case_id, agenda_item_id, who, what, due, monitoring, done,"
                                    "  uid, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE agreements SET case_id = ?1, agenda_item_id = ?2, who = ?3, what = ?4,"
                                    "  due = ?5, monitoring = ?6, done = ?7, updated_at = ?9 WHERE id = ?8",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->case_id);
  sv_sql_bind_id (stmt, 2, a->agenda_item_id);
  sv_sql_bind_text (stmt, 3, a->who);
  sv_sql_bind_text (stmt, 4, a->what);
  sv_sql_bind_date (stmt, 5, &a->due);
  sv_sql_bind_text (stmt, 6, a->monitoring);
  sqlite3_bind_int (stmt, 7, a->done ? 1 : 0);
  if (insert)
    {
      if (a->uid == NULL)
        a->uid = g_uuid_string_random ();
      sv_sql_bind_text (stmt, 8, a->uid);
    }
  else
    sqlite3_bind_int64 (stmt, 8, a->id);
  /* An imported agreement keeps when it was made. */
  if (insert && a->created_at != NULL)
    {
      g_free (now);
      now = sv_datetime_to_iso (a->created_at);
    }
  sv_sql_bind_text (stmt, 9, now);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (insert)
    {
      a->id = sv_sqlite_store_last_id (self);
      if (a->created_at == NULL)
        a->created_at = sv_datetime_from_iso (now);
    }
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The agreement does not exist (any more)."));
      return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETING_PLAN | SV_STORE_CHANGE_CASE, a->case_id);
  return TRUE;
}

static gboolean
save_agreement (SvStore     *store,
                SvAgreement *agreement,
                GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = agreement->id;
  gboolean had_uid = agreement->uid != NULL;

  if (!sv_agreement_validate (agreement, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_agreement (self, agreement, error), error))
    return TRUE;
  agreement->id = old_id;
  if (!had_uid)
    g_clear_pointer (&agreement->uid, g_free);
  return FALSE;
}

static gboolean
delete_agreement (SvStore *store,
                  gint64   id,
                  GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self, "SELECT case_id FROM agreements WHERE id = ?1", error);
  gint64 case_id = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    case_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, case_id);
  return sv_sqlite_store_end (self,
                              sv_sqlite_store_delete (self, "DELETE FROM agreements WHERE id = ?1", id,
                                                      _("The agreement"), SV_STORE_CHANGE_MEETING_PLAN, error),
                              error);
}

void
sv_sqlite_store_init_agenda (SvStoreInterface *iface)
{
  iface->list_agenda = list_agenda;
  iface->get_agenda_item = get_agenda_item;
  iface->save_agenda_item = save_agenda_item;
  iface->delete_agenda_item = delete_agenda_item;
  iface->move_agenda_item = move_agenda_item;
  iface->list_case_agenda_items = list_case_agenda_items;
  iface->list_agreements = list_agreements;
  iface->list_open_agreements_of_kind = list_open_agreements_of_kind;
  iface->save_agreement = save_agreement;
  iface->delete_agreement = delete_agreement;
}
