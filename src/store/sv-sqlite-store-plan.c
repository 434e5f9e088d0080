/* sv-sqlite-store-plan.c: meetings on a date and who attends them. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

#define MEETING_COLUMNS \
  "m.id, m.uid, m.meeting_kind_id, k.code, m.meeting_date, m.start_minutes, m.duration_minutes," \
  " m.series_date, m.extra, m.room, m.status, coalesce (m.current_item_id, 0), m.minutes," \
  " m.created_at, m.updated_at FROM meetings m JOIN meeting_kinds k ON k.id = m.meeting_kind_id"

static SvMeeting *
meeting_from_row (sqlite3_stmt *stmt)
{
  SvMeeting *m = sv_meeting_new ();

  m->id = sqlite3_column_int64 (stmt, 0);
  m->uid = sv_sql_dup_text (stmt, 1);
  m->kind_id = sqlite3_column_int64 (stmt, 2);
  g_free (m->kind_code);
  m->kind_code = sv_sql_dup_text (stmt, 3);
  sv_sql_get_date (stmt, 4, &m->date);
  m->start_minutes = sqlite3_column_int (stmt, 5);
  m->duration_minutes = sqlite3_column_int (stmt, 6);
  sv_sql_get_date (stmt, 7, &m->series_date);
  m->extra = sqlite3_column_int (stmt, 8) != 0;
  g_free (m->room);
  m->room = sv_sql_dup_text (stmt, 9);
  sv_meeting_status_from_nick ((const char *) sqlite3_column_text (stmt, 10), &m->status);
  m->current_item_id = sqlite3_column_int64 (stmt, 11);
  g_free (m->minutes);
  m->minutes = sv_sql_dup_text (stmt, 12);
  m->created_at = sv_sql_get_datetime (stmt, 13);
  m->updated_at = sv_sql_get_datetime (stmt, 14);
  return m;
}

static GPtrArray *
collect_meetings (SvSqliteStore *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_meeting_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, meeting_from_row (stmt));
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static GPtrArray *
list_meetings (SvStore     *store,
               const GDate *from,
               const GDate *to,
               GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " MEETING_COLUMNS
                                  "  WHERE (?1 IS NULL OR m.meeting_date >= ?1)"
                                  "    AND (?2 IS NULL OR m.meeting_date <= ?2)"
                                  "  ORDER BY m.meeting_date, m.start_minutes, m.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sv_sql_bind_date (stmt, 1, from);
  sv_sql_bind_date (stmt, 2, to);
  return collect_meetings (self, stmt, error);
}

static gboolean
set_meeting_not_found (GError **error)
{
  g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The meeting does not exist (any more)."));
  return FALSE;
}

static SvMeeting *
get_meeting (SvStore *store,
             gint64   id,
             GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) found = NULL;

  stmt = sv_sqlite_store_prepare (self, "SELECT " MEETING_COLUMNS " WHERE m.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  found = collect_meetings (self, stmt, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      set_meeting_not_found (error);
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

static SvMeeting *
get_previous_meeting (SvStore     *store,
                      gint64       kind_id,
                      const GDate *before,
                      gboolean     regular_only,
                      GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) found = NULL;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " MEETING_COLUMNS
                                  "  WHERE m.meeting_kind_id = ?1 AND (?2 IS NULL OR m.meeting_date < ?2)"
                                  "    AND (?3 = 0 OR m.extra = 0)"
                                  "  ORDER BY m.meeting_date DESC, m.start_minutes DESC, m.id DESC LIMIT 1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kind_id);
  sv_sql_bind_date (stmt, 2, before);
  sqlite3_bind_int (stmt, 3, regular_only ? 1 : 0);
  found = collect_meetings (self, stmt, error);
  if (found == NULL || found->len == 0)
    return NULL;
  return g_ptr_array_steal_index (found, 0);
}

/* Meetings on the day before, the day of and the day after @meeting: the
 * only ones that can overlap it. */
static GPtrArray *
list_neighbours (SvSqliteStore   *self,
                 const SvMeeting *meeting,
                 GError         **error)
{
  GDate from = meeting->date, to = meeting->date;

  g_date_subtract_days (&from, 1);
  g_date_add_days (&to, 1);
  return list_meetings (SV_STORE (self), &from, &to, error);
}

static gboolean
same_room (const char *a,
           const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return *g_strstrip (x) != '\0' && g_str_equal (x, g_strstrip (y));
}

static gboolean
check_room_free (SvSqliteStore   *self,
                 const SvMeeting *meeting,
                 GError         **error)
{
  g_autoptr(GPtrArray) others = NULL;

  if (meeting->room == NULL || *meeting->room == '\0')
    return TRUE;
  others = list_neighbours (self, meeting, error);
  if (others == NULL)
    return FALSE;
  for (guint i = 0; i < others->len; i++)
    {
      const SvMeeting *other = g_ptr_array_index (others, i);

      if (other->id != meeting->id && same_room (other->room, meeting->room) &&
          sv_meeting_overlaps (other, meeting))
        {
          g_autofree char *when = sv_meeting_describe (other);
          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       /* TRANSLATORS: "Room: Raadzaal is taken by LEJO, dinsdag 24 november 2026, 14:00–16:00. Choose another room or time." */
                       _("Room: %s is taken by %s. Choose another room or time."),
                       other->room, when);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_core_attendance (SvSqliteStore   *self,
                     const SvMeeting *meeting,
                     GError         **error)
{
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO meeting_attendance (meeting_id, organisation_id, circle)"
                                  "  SELECT ?1, organisation_id, circle FROM meeting_participants"
                                  "  WHERE meeting_kind_id = ?2 AND circle = 'vaste-kern'",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->id);
  sqlite3_bind_int64 (stmt, 2, meeting->kind_id);
  return sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
write_meeting (SvSqliteStore *self,
               SvMeeting     *meeting,
               GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  gboolean insert = meeting->id == 0;
  sqlite3_stmt *stmt;

  if (!insert)
    {
      g_autoptr(SvMeeting) old = get_meeting (SV_STORE (self), meeting->id, error);

      if (old == NULL)
        return FALSE;
      if (old->status == SV_MEETING_STATUS_AFGEROND)
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("This meeting is closed and can no longer be changed. Its minutes are in the case journals."));
          return FALSE;
        }
      if (old->kind_id != meeting->kind_id)
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("Meeting: the kind of a meeting cannot change; plan a new meeting instead"));
          return FALSE;
        }
    }
  if (!check_room_free (self, meeting, error))
    return FALSE;

  if (insert)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO meetings (meeting_kind_id, meeting_date, start_minutes,"
                                    "  duration_minutes, series_date, extra, room, status, current_item_id, minutes,"
                                    "  uid, created_at, updated_at)"
                                    "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE meetings SET meeting_kind_id = ?1, meeting_date = ?2, start_minutes = ?3,"
                                    "  duration_minutes = ?4, series_date = ?5, extra = ?6, room = ?7, status = ?8,"
                                    "  current_item_id = ?9, minutes = ?10, updated_at = ?12 WHERE id = ?11",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting->kind_id);
  sv_sql_bind_date (stmt, 2, &meeting->date);
  sqlite3_bind_int (stmt, 3, meeting->start_minutes);
  sqlite3_bind_int (stmt, 4, meeting->duration_minutes);
  sv_sql_bind_date (stmt, 5, &meeting->series_date);
  sqlite3_bind_int (stmt, 6, meeting->extra ? 1 : 0);
  sv_sql_bind_text (stmt, 7, g_strstrip (meeting->room));
  sv_sql_bind_text (stmt, 8, sv_meeting_status_to_nick (meeting->status));
  sv_sql_bind_id (stmt, 9, meeting->current_item_id);
  sv_sql_bind_text (stmt, 10, meeting->minutes);
  if (insert)
    {
      g_autofree char *uid = g_uuid_string_random ();
      sv_sql_bind_text (stmt, 11, uid);
    }
  else
    sqlite3_bind_int64 (stmt, 11, meeting->id);
  sv_sql_bind_text (stmt, 12, now);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (!insert && sqlite3_changes (self->db) == 0)
    return set_meeting_not_found (error);
  if (insert)
    {
      meeting->id = sv_sqlite_store_last_id (self);
      if (!add_core_attendance (self, meeting, error))
        return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETING_PLAN, 0);
  return TRUE;
}

static gboolean
save_meeting (SvStore   *store,
              SvMeeting *meeting,
              GError   **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = meeting->id;

  if (!sv_meeting_validate (meeting, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_meeting (self, meeting, error), error))
    {
      if (old_id == 0)
        {
          /* Read back what the store filled in: uid, kind code, times. */
          g_autoptr(SvMeeting) stored = get_meeting (store, meeting->id, NULL);
          if (stored != NULL)
            {
              g_free (meeting->uid);
              meeting->uid = g_strdup (stored->uid);
              g_free (meeting->kind_code);
              meeting->kind_code = g_strdup (stored->kind_code);
            }
        }
      return TRUE;
    }
  meeting->id = old_id;
  return FALSE;
}

static gboolean
delete_meeting (SvStore *store,
                gint64   id,
                GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvMeeting) meeting = get_meeting (store, id, error);

  if (meeting == NULL)
    return FALSE;
  if (meeting->status != SV_MEETING_STATUS_GEPLAND)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Only a meeting that has not started can be removed; this one holds what was said."));
      return FALSE;
    }
  return sv_sqlite_store_delete (self, "DELETE FROM meetings WHERE id = ?1", id, _("The meeting"),
                                 SV_STORE_CHANGE_MEETING_PLAN, error);
}

static GPtrArray *
list_attendance (SvStore *store,
                 gint64   meeting_id,
                 GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_attendance_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT a.id, a.organisation_id, o.name, coalesce (a.agenda_item_id, 0),"
                                  "  a.circle, a.attendee, a.status"
                                  "  FROM meeting_attendance a JOIN organisations o ON o.id = a.organisation_id"
                                  "  LEFT JOIN agenda_items i ON i.id = a.agenda_item_id"
                                  "  WHERE a.meeting_id = ?1"
                                  "  ORDER BY a.agenda_item_id IS NOT NULL, i.position, o.name COLLATE NOCASE",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvAttendance *a = sv_attendance_new ();

      a->id = sqlite3_column_int64 (stmt, 0);
      a->meeting_id = meeting_id;
      a->organisation_id = sqlite3_column_int64 (stmt, 1);
      g_free (a->organisation_name);
      a->organisation_name = sv_sql_dup_text (stmt, 2);
      a->agenda_item_id = sqlite3_column_int64 (stmt, 3);
      sv_meeting_circle_from_nick ((const char *) sqlite3_column_text (stmt, 4), &a->circle);
      g_free (a->attendee);
      a->attendee = sv_sql_dup_text (stmt, 5);
      sv_attendance_from_nick ((const char *) sqlite3_column_text (stmt, 6), &a->status);
      g_ptr_array_add (list, a);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* Inside a write: the meeting exists and is not closed. */
gboolean
sv_sqlite_store_check_meeting_open (SvSqliteStore *self,
                                    gint64         meeting_id,
                                    GError       **error)
{
  g_autoptr(SvMeeting) meeting = get_meeting (SV_STORE (self), meeting_id, error);

  if (meeting == NULL)
    return FALSE;
  if (meeting->status == SV_MEETING_STATUS_AFGEROND)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("This meeting is closed and can no longer be changed. Its minutes are in the case journals."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_attendance (SvSqliteStore *self,
                  SvAttendance  *a,
                  GError       **error)
{
  sqlite3_stmt *stmt;

  if (!sv_sqlite_store_check_meeting_open (self, a->meeting_id, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT 1 FROM meeting_attendance WHERE meeting_id = ?1 AND organisation_id = ?2"
                                  "  AND coalesce (agenda_item_id, 0) = ?3 AND id != ?4",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->meeting_id);
  sqlite3_bind_int64 (stmt, 2, a->organisation_id);
  sqlite3_bind_int64 (stmt, 3, a->agenda_item_id);
  sqlite3_bind_int64 (stmt, 4, a->id);
  int rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_EXISTS,
                           _("This organisation is already on the attendance list."));
      return FALSE;
    }
  if (a->id == 0)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO meeting_attendance (meeting_id, organisation_id, agenda_item_id,"
                                    "  circle, attendee, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE meeting_attendance SET meeting_id = ?1, organisation_id = ?2,"
                                    "  agenda_item_id = ?3, circle = ?4, attendee = ?5, status = ?6 WHERE id = ?7",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->meeting_id);
  sqlite3_bind_int64 (stmt, 2, a->organisation_id);
  sv_sql_bind_id (stmt, 3, a->agenda_item_id);
  sv_sql_bind_text (stmt, 4, sv_meeting_circle_to_nick (a->circle));
  sv_sql_bind_text (stmt, 5, a->attendee);
  sv_sql_bind_text (stmt, 6, sv_attendance_to_nick (a->status));
  if (a->id != 0)
    sqlite3_bind_int64 (stmt, 7, a->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (a->id == 0)
    a->id = sv_sqlite_store_last_id (self);
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The attendance record does not exist (any more)."));
      return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETING_PLAN, 0);
  return TRUE;
}

static gboolean
save_attendance (SvStore      *store,
                 SvAttendance *attendance,
                 GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = attendance->id;

  if (!sv_attendance_validate (attendance, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_attendance (self, attendance, error), error))
    return TRUE;
  attendance->id = old_id;
  return FALSE;
}

static gboolean
delete_attendance (SvStore *store,
                   gint64   id,
                   GError **error)
{
  return sv_sqlite_store_delete (SV_SQLITE_STORE (store), "DELETE FROM meeting_attendance WHERE id = ?1",
                                 id, _("The attendance record"), SV_STORE_CHANGE_MEETING_PLAN, error);
}

void
sv_sqlite_store_init_plan (SvStoreInterface *iface)
{
  iface->list_meetings = list_meetings;
  iface->get_meeting = get_meeting;
  iface->get_previous_meeting = get_previous_meeting;
  iface->save_meeting = save_meeting;
  iface->delete_meeting = delete_meeting;
  iface->list_attendance = list_attendance;
  iface->save_attendance = save_attendance;
  iface->delete_attendance = delete_attendance;
}
