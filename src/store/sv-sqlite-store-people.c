/* sv-sqlite-store-people.c: organisations, professionals and their roles on
 * cases. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static GPtrArray *
list_organisations (SvStore *store,
                    GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_organisation_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvOrganisation *organisation = sv_organisation_new ((const char *) sqlite3_column_text (stmt, 1));

      organisation->id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (list, organisation);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gint64
organisation_id_by_name (SvSqliteStore *self,
                         const char    *name,
                         GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  if (!(stmt = sv_sqlite_store_prepare (self, "SELECT id FROM organisations WHERE name = ?1", error)))
    return -1;
  sv_sql_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      sv_sqlite_store_set_error (self, rc, error);
      id = -1;
    }
  sqlite3_reset (stmt);
  return id;
}

gint64
sv_sqlite_store_ensure_organisation (SvSqliteStore *self,
                                     const char    *name,
                                     GError       **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  gint64 id = organisation_id_by_name (self, trimmed, error);
  sqlite3_stmt *stmt;

  if (id != 0)
    return id;
  if (!(stmt = sv_sqlite_store_prepare (self, "INSERT INTO organisations (name) VALUES (?1)", error)))
    return -1;
  sv_sql_bind_text (stmt, 1, trimmed);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return -1;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_PROFESSIONALS, 0);
  return sv_sqlite_store_last_id (self);
}

static gboolean
save_organisation (SvStore        *store,
                   SvOrganisation *organisation,
                   GError        **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *stmt;
  gint64 existing;
  gboolean ok = TRUE;

  if (!sv_organisation_validate (organisation, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;

  existing = organisation_id_by_name (self, organisation->name, error);
  if (existing < 0)
    ok = FALSE;
  else if (organisation->id == 0)
    {
      existing = sv_sqlite_store_ensure_organisation (self, organisation->name, error);
      ok = existing > 0;
      if (ok)
        organisation->id = existing;
    }
  else if (existing != 0 && existing != organisation->id)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("Organisation: “%s” exists already"), organisation->name);
      ok = FALSE;
    }
  else if ((ok = (stmt = sv_sqlite_store_prepare (self, "UPDATE organisations SET name = ?2 WHERE id = ?1", error)) != NULL))
    {
      sqlite3_bind_int64 (stmt, 1, organisation->id);
      sv_sql_bind_text (stmt, 2, organisation->name);
      ok = sv_sqlite_store_step_done (self, stmt, error);
      if (ok)
        sv_sqlite_store_note_change (self, SV_STORE_CHANGE_PROFESSIONALS | SV_STORE_CHANGE_MEETINGS, 0);
    }
  return sv_sqlite_store_end (self, ok, error);
}

#define PROFESSIONAL_COLUMNS \
  "p.id, p.uid, p.name, coalesce (p.organisation_id, 0), coalesce (o.name, ''), p.function, p.email, p.phone"

static SvProfessional *
professional_from_row (sqlite3_stmt *stmt,
                       int           first)
{
  SvProfessional *p = g_new0 (SvProfessional, 1);

  p->id = sqlite3_column_int64 (stmt, first);
  p->uid = sv_sql_dup_text (stmt, first + 1);
  p->name = sv_sql_dup_text (stmt, first + 2);
  p->organisation_id = sqlite3_column_int64 (stmt, first + 3);
  p->organisation_name = sv_sql_dup_text (stmt, first + 4);
  p->function = sv_sql_dup_text (stmt, first + 5);
  p->email = sv_sql_dup_text (stmt, first + 6);
  p->phone = sv_sql_dup_text (stmt, first + 7);
  return p;
}

static GPtrArray *
list_professionals (SvStore *store,
                    GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_professional_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT " PROFESSIONAL_COLUMNS " FROM professionals p"
                                  "  LEFT JOIN organisations o ON o.id = p.organisation_id"
                                  "  ORDER BY p.name COLLATE NOCASE, p.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, professional_from_row (stmt, 0));
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
write_professional (SvSqliteStore  *self,
                    SvProfessional *p,
                    GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 organisation_id = p->organisation_id;
  g_autofree char *organisation = g_strstrip (g_strdup (p->organisation_name != NULL ? p->organisation_name : ""));

  if (organisation_id == 0 && *organisation != '\0')
    {
      organisation_id = sv_sqlite_store_ensure_organisation (self, organisation, error);
      if (organisation_id < 0)
        return FALSE;
    }

  if (p->id == 0)
    {
      stmt = sv_sqlite_store_prepare (self,
                                      "INSERT INTO professionals (uid, name, organisation_id, function, email, phone)"
                                      "  VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      if (p->uid == NULL)
        p->uid = g_uuid_string_random ();
      sv_sql_bind_text (stmt, 1, p->uid);
    }
  else
    {
      stmt = sv_sqlite_store_prepare (self,
                                      "UPDATE professionals SET name = ?2, organisation_id = ?3, function = ?4,"
                                      "  email = ?5, phone = ?6 WHERE id = ?7",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 7, p->id);
    }
  sv_sql_bind_text (stmt, 2, p->name);
  sv_sql_bind_id (stmt, 3, organisation_id);
  sv_sql_bind_text (stmt, 4, p->function);
  sv_sql_bind_text (stmt, 5, p->email);
  sv_sql_bind_text (stmt, 6, p->phone);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (p->id == 0)
    p->id = sv_sqlite_store_last_id (self);
  else if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The professional does not exist (any more)."));
      return FALSE;
    }
  p->organisation_id = organisation_id;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_PROFESSIONALS | SV_STORE_CHANGE_CASE, 0);
  return TRUE;
}

static gboolean
save_professional (SvStore        *store,
                   SvProfessional *p,
                   GError        **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvProfessional) before = sv_professional_copy (p);

  if (!sv_professional_validate (p, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_professional (self, p, error), error))
    return TRUE;
  p->id = before->id;
  p->organisation_id = before->organisation_id;
  g_free (p->uid);
  p->uid = g_steal_pointer (&before->uid);
  return FALSE;
}

static GPtrArray *
list_case_roles (SvStore *store,
                 gint64   case_id,
                 GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_role_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT r.id, r.role, r.note, " PROFESSIONAL_COLUMNS
                                  "  FROM case_professionals r JOIN professionals p ON p.id = r.professional_id"
                                  "  LEFT JOIN organisations o ON o.id = p.organisation_id"
                                  "  WHERE r.case_id = ?1 ORDER BY r.id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvCaseRole *role = g_new0 (SvCaseRole, 1);

      role->id = sqlite3_column_int64 (stmt, 0);
      role->case_id = case_id;
      sv_case_role_from_nick ((const char *) sqlite3_column_text (stmt, 1), &role->role);
      role->note = sv_sql_dup_text (stmt, 2);
      role->professional = professional_from_row (stmt, 3);
      g_ptr_array_add (list, role);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
role_exists (SvSqliteStore    *self,
             const SvCaseRole *role)
{
  sqlite3_stmt *stmt = sv_sqlite_store_prepare (self,
                                                "SELECT 1 FROM case_professionals WHERE case_id = ?1"
                                                "  AND professional_id = ?2 AND role = ?3 AND id IS NOT ?4",
                                                NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, role->case_id);
  sqlite3_bind_int64 (stmt, 2, role->professional->id);
  sv_sql_bind_text (stmt, 3, sv_case_role_to_nick (role->role));
  sv_sql_bind_id (stmt, 4, role->id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return exists;
}

static gboolean
write_case_role (SvSqliteStore *self,
                 SvCaseRole    *role,
                 GError       **error)
{
  sqlite3_stmt *stmt;

  if (role_exists (self, role))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("Role: %s already has the role %s on this case"),
                   role->professional->name, sv_case_role_label (role->role));
      return FALSE;
    }
  if (role->id == 0)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO case_professionals (case_id, professional_id, role, note)"
                                    "  VALUES (?1, ?2, ?3, ?4)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE case_professionals SET case_id = ?1, professional_id = ?2, role = ?3,"
                                    "  note = ?4 WHERE id = ?5",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, role->case_id);
  sqlite3_bind_int64 (stmt, 2, role->professional->id);
  sv_sql_bind_text (stmt, 3, sv_case_role_to_nick (role->role));
  sv_sql_bind_text (stmt, 4, role->note);
  if (role->id != 0)
    sqlite3_bind_int64 (stmt, 5, role->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (role->id == 0)
    role->id = sv_sqlite_store_last_id (self);
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, role->case_id);
  return TRUE;
}

static gboolean
save_case_role (SvStore    *store,
                SvCaseRole *role,
                GError    **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  gint64 old_id = role->id;

  if (!sv_case_role_validate (role, error))
    return FALSE;
  if (role->professional->id == 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Professional: save the professional first"));
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (sv_sqlite_store_end (self, write_case_role (self, role, error), error))
    return TRUE;
  role->id = old_id;
  return FALSE;
}

static gboolean
delete_case_role (SvStore *store,
                  gint64   role_id,
                  GError **error)
{
  return sv_sqlite_store_delete (SV_SQLITE_STORE (store), "DELETE FROM case_professionals WHERE id = ?1",
                                 role_id, _("The professional’s role"), SV_STORE_CHANGE_CASE, error);
}

void
sv_sqlite_store_init_people (SvStoreInterface *iface)
{
  iface->list_organisations = list_organisations;
  iface->save_organisation = save_organisation;
  iface->list_professionals = list_professionals;
  iface->save_professional = save_professional;
  iface->list_case_roles = list_case_roles;
  iface->save_case_role = save_case_role;
  iface->delete_case_role = delete_case_role;
}
