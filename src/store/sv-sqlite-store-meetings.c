/* sv-sqlite-store-meetings.c: the four meeting kinds and who takes part. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static GPtrArray *
list_meeting_kinds (SvStore *store,
                    GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_meeting_kind_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, code, name, cadence_weeks, chair, description, requires_consent,"
                                  "  invites_family FROM meeting_kinds ORDER BY id",
                                  error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvMeetingKind *kind = g_new0 (SvMeetingKind, 1);

      kind->id = sqlite3_column_int64 (stmt, 0);
      kind->code = sv_sql_dup_text (stmt, 1);
      kind->name = sv_sql_dup_text (stmt, 2);
      kind->cadence_weeks = (guint) sqlite3_column_int (stmt, 3);
      kind->chair = sv_sql_dup_text (stmt, 4);
      kind->description = sv_sql_dup_text (stmt, 5);
      kind->requires_consent = sqlite3_column_int (stmt, 6) != 0;
      kind->invites_family = sqlite3_column_int (stmt, 7) != 0;
      g_ptr_array_add (list, kind);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
save_meeting_kind (SvStore       *store,
                   SvMeetingKind *kind,
                   GError       **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!sv_meeting_kind_validate (kind, error))
    return FALSE;
  /* The four kinds are fixed by the working agreements: they can be
   * described differently, not added or removed. */
  if (kind->id == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Meeting: only the four standing meetings exist; choose one of them"));
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  stmt = sv_sqlite_store_prepare (self,
                                  "UPDATE meeting_kinds SET name = ?2, cadence_weeks = ?3, chair = ?4,"
                                  "  description = ?5, requires_consent = ?6, invites_family = ?7 WHERE id = ?1",
                                  error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, kind->id);
      sv_sql_bind_text (stmt, 2, kind->name);
      sqlite3_bind_int (stmt, 3, (int) kind->cadence_weeks);
      sv_sql_bind_text (stmt, 4, kind->chair);
      sv_sql_bind_text (stmt, 5, kind->description);
      sqlite3_bind_int (stmt, 6, kind->requires_consent ? 1 : 0);
      sqlite3_bind_int (stmt, 7, kind->invites_family ? 1 : 0);
      ok = sv_sqlite_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The meeting does not exist (any more)."));
      ok = FALSE;
    }
  if (ok)
    sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETINGS, 0);
  return sv_sqlite_store_end (self, ok, error);
}

static GPtrArray *
list_meeting_participants (SvStore *store,
                           gint64   kind_id,
                           GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_meeting_participant_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT p.id, p.organisation_id, o.name, p.circle FROM meeting_participants p"
                                  "  JOIN organisations o ON o.id = p.organisation_id"
                                  "  WHERE p.meeting_kind_id = ?1"
                                  "  ORDER BY p.circle = 'flexibele-schil', o.name COLLATE NOCASE",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, kind_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvMeetingParticipant *participant = g_new0 (SvMeetingParticipant, 1);

      participant->id = sqlite3_column_int64 (stmt, 0);
      participant->meeting_kind_id = kind_id;
      participant->organisation_id = sqlite3_column_int64 (stmt, 1);
      participant->organisation_name = sv_sql_dup_text (stmt, 2);
      sv_meeting_circle_from_nick ((const char *) sqlite3_column_text (stmt, 3), &participant->circle);
      g_ptr_array_add (list, participant);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
write_participant (SvSqliteStore        *self,
                   SvMeetingParticipant *participant,
                   GError              **error)
{
  sqlite3_stmt *stmt;
  gint64 organisation_id = participant->organisation_id;

  if (organisation_id == 0)
    {
      SvOrganisation probe = { 0, participant->organisation_name };

      if (!sv_organisation_validate (&probe, error))
        return FALSE;
      organisation_id = sv_sqlite_store_ensure_organisation (self, participant->organisation_name, error);
      if (organisation_id < 0)
        return FALSE;
    }
  if (participant->id == 0)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO meeting_participants (meeting_kind_id, organisation_id, circle)"
                                    "  VALUES (?1, ?2, ?3)"
                                    "  ON CONFLICT (meeting_kind_id, organisation_id) DO UPDATE SET circle = excluded.circle",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE meeting_participants SET meeting_kind_id = ?1, organisation_id = ?2,"
                                    "  circle = ?3 WHERE id = ?4",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant->meeting_kind_id);
  sqlite3_bind_int64 (stmt, 2, organisation_id);
  sv_sql_bind_text (stmt, 3, sv_meeting_circle_to_nick (participant->circle));
  if (participant->id != 0)
    sqlite3_bind_int64 (stmt, 4, participant->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (participant->id == 0)
    {
      /* The insert may have updated an existing row (same organisation in
       * the same meeting): read the id back rather than trust the last
       * insert. */
      stmt = sv_sqlite_store_prepare (self,
                                      "SELECT id FROM meeting_participants"
                                      "  WHERE meeting_kind_id = ?1 AND organisation_id = ?2",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, participant->meeting_kind_id);
      sqlite3_bind_int64 (stmt, 2, organisation_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        participant->id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  participant->organisation_id = organisation_id;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_MEETINGS, 0);
  return TRUE;
}

static gboolean
save_meeting_participant (SvStore              *store,
                          SvMeetingParticipant *participant,
                          GError              **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = participant->id, old_org = participant->organisation_id;

  if ((guint) participant->circle >= sv_meeting_circle_count ())
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Circle: unknown value"));
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_participant (self, participant, error), error))
    return TRUE;
  participant->id = old_id;
  participant->organisation_id = old_org;
  return FALSE;
}

static gboolean
delete_meeting_participant (SvStore *store,
                            gint64   participant_id,
                            GError **error)
{
  return sv_sqlite_store_delete (SV_SQLITE_STORE (store), "DELETE FROM meeting_participants WHERE id = ?1",
                                 participant_id, _("The participant"), SV_STORE_CHANGE_MEETINGS, error);
}

void
sv_sqlite_store_init_meetings (SvStoreInterface *iface)
{
  iface->list_meeting_kinds = list_meeting_kinds;
  iface->save_meeting_kind = save_meeting_kind;
  iface->list_meeting_participants = list_meeting_participants;
  iface->save_meeting_participant = save_meeting_participant;
  iface->delete_meeting_participant = delete_meeting_participant;
}
