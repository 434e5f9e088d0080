/* sv-sqlite-store-households.c: households, members and informal network. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static gboolean
set_not_found (GError    **error,
               const char *what)
{
  g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("%s does not exist (any more)."), what);
  return FALSE;
}

static SvHousehold *
get_household (SvStore *store,
               gint64   id,
               GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  SvHousehold *household = NULL;
  int rc;

  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT uid, name, note FROM households WHERE id = ?1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      household = sv_household_new ();
      household->id = id;
      household->uid = sv_sql_dup_text (stmt, 0);
      g_free (household->name);
      household->name = sv_sql_dup_text (stmt, 1);
      g_free (household->note);
      household->note = sv_sql_dup_text (stmt, 2);
    }
  else if (rc == SQLITE_DONE)
    set_not_found (error, _("The household"));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return household;
}

static gboolean
write_household (SvSqliteStore *self,
                 SvHousehold   *household,
                 GError       **error)
{
  sqlite3_stmt *stmt;

  if (household->id == 0)
    {
      if (household->uid == NULL)
        household->uid = g_uuid_string_random ();
      if (!(stmt = sv_sqlite_store_prepare (self, "INSERT INTO households (uid, name, note) VALUES (?1, ?2, ?3)", error)))
        return FALSE;
      sv_sql_bind_text (stmt, 1, household->uid);
    }
  else
    {
      if (!(stmt = sv_sqlite_store_prepare (self, "UPDATE households SET name = ?2, note = ?3 WHERE id = ?4", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 4, household->id);
    }
  sv_sql_bind_text (stmt, 2, household->name);
  sv_sql_bind_text (stmt, 3, household->note);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (household->id == 0)
    household->id = sv_sqlite_store_last_id (self);
  else if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, _("The household"));
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE_LIST, 0);
  return TRUE;
}

static gboolean
save_household (SvStore     *store,
                SvHousehold *household,
                GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = household->id;
  gboolean had_uid = household->uid != NULL;

  if (!sv_household_validate (household, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_household (self, household, error), error))
    return TRUE;
  /* Nothing was stored: leave the record as the caller gave it. */
  household->id = old_id;
  if (!had_uid)
    g_clear_pointer (&household->uid, g_free);
  return FALSE;
}

static GPtrArray *
list_members (SvStore *store,
              gint64   household_id,
              GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_member_free);
  sqlite3_stmt *stmt;
  int rc;

  /* Parents and others first, then the youths from oldest to youngest. */
  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, given_names, family_name, birth_date, role, note"
                                  "  FROM members WHERE household_id = ?1"
                                  "  ORDER BY role = 'jeugdige', birth_date IS NULL, birth_date, id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, household_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvMember *member = sv_member_new ();

      member->id = sqlite3_column_int64 (stmt, 0);
      member->household_id = household_id;
      g_free (member->given_names);
      member->given_names = sv_sql_dup_text (stmt, 1);
      g_free (member->family_name);
      member->family_name = sv_sql_dup_text (stmt, 2);
      sv_sql_get_date (stmt, 3, &member->birth_date);
      sv_member_role_from_nick ((const char *) sqlite3_column_text (stmt, 4), &member->role);
      g_free (member->note);
      member->note = sv_sql_dup_text (stmt, 5);
      g_ptr_array_add (members, member);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&members);
}

static gboolean
write_member (SvSqliteStore *self,
              SvMember      *member,
              GError       **error)
{
  sqlite3_stmt *stmt;

  if (member->id == 0)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO members (household_id, given_names, family_name, birth_date, role, note)"
                                    "  VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE members SET household_id = ?1, given_names = ?2, family_name = ?3,"
                                    "  birth_date = ?4, role = ?5, note = ?6 WHERE id = ?7",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member->household_id);
  sv_sql_bind_text (stmt, 2, member->given_names);
  sv_sql_bind_text (stmt, 3, member->family_name);
  sv_sql_bind_date (stmt, 4, &member->birth_date);
  sv_sql_bind_text (stmt, 5, sv_member_role_to_nick (member->role));
  sv_sql_bind_text (stmt, 6, member->note);
  if (member->id != 0)
    sqlite3_bind_int64 (stmt, 7, member->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (member->id == 0)
    member->id = sv_sqlite_store_last_id (self);
  else if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, _("The household member"));
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, 0);
  return TRUE;
}

static gboolean
save_member (SvStore  *store,
             SvMember *member,
             GError  **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);
  gint64 old_id = member->id;

  if (!sv_member_validate (member, &today, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_member (self, member, error), error))
    return TRUE;
  member->id = old_id;
  return FALSE;
}

static gboolean
delete_member (SvStore *store,
               gint64   member_id,
               GError **error)
{
  return sv_sqlite_store_delete (SV_SQLITE_STORE (store), "DELETE FROM members WHERE id = ?1",
                                 member_id, _("The household member"), SV_STORE_CHANGE_CASE, error);
}

static GPtrArray *
list_network (SvStore *store,
              gint64   household_id,
              GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) network = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_network_member_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, name, relation, contact, note FROM network_members"
                                  "  WHERE household_id = ?1 ORDER BY id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, household_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvNetworkMember *member = g_new0 (SvNetworkMember, 1);

      member->id = sqlite3_column_int64 (stmt, 0);
      member->household_id = household_id;
      member->name = sv_sql_dup_text (stmt, 1);
      member->relation = sv_sql_dup_text (stmt, 2);
      member->contact = sv_sql_dup_text (stmt, 3);
      member->note = sv_sql_dup_text (stmt, 4);
      g_ptr_array_add (network, member);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&network);
}

static gboolean
write_network_member (SvSqliteStore   *self,
                      SvNetworkMember *member,
                      GError         **error)
{
  sqlite3_stmt *stmt;

  if (member->id == 0)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO network_members (household_id, name, relation, contact, note)"
                                    "  VALUES (?1, ?2, ?3, ?4, ?5)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE network_members SET household_id = ?1, name = ?2, relation = ?3,"
                                    "  contact = ?4, note = ?5 WHERE id = ?6",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member->household_id);
  sv_sql_bind_text (stmt, 2, member->name);
  sv_sql_bind_text (stmt, 3, member->relation);
  sv_sql_bind_text (stmt, 4, member->contact);
  sv_sql_bind_text (stmt, 5, member->note);
  if (member->id != 0)
    sqlite3_bind_int64 (stmt, 6, member->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (member->id == 0)
    member->id = sv_sqlite_store_last_id (self);
  else if (sqlite3_changes (self->db) == 0)
    return set_not_found (error, _("The network member"));
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, 0);
  return TRUE;
}

static gboolean
save_network_member (SvStore         *store,
                     SvNetworkMember *member,
                     GError         **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = member->id;

  if (!sv_network_member_validate (member, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_network_member (self, member, error), error))
    return TRUE;
  member->id = old_id;
  return FALSE;
}

static gboolean
delete_network_member (SvStore *store,
                       gint64   member_id,
                       GError **error)
{
  return sv_sqlite_store_delete (SV_SQLITE_STORE (store), "DELETE FROM network_members WHERE id = ?1",
                                 member_id, _("The network member"), SV_STORE_CHANGE_CASE, error);
}

void
sv_sqlite_store_init_households (SvStoreInterface *iface)
{
  iface->get_household = get_household;
  iface->save_household = save_household;
  iface->list_members = list_members;
  iface->save_member = save_member;
  iface->delete_member = delete_member;
  iface->list_network = list_network;
  iface->save_network_member = save_network_member;
  iface->delete_network_member = delete_network_member;
}
