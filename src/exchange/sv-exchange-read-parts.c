/* sv-exchange-read-parts.c: the parts of a case in an exchange document —
 * household, consent, professional roles, journal — read and checked into
 * plan records (see sv-exchange-read.c for the whole). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-exchange-private.h"

SV_DEFINE_READ_ENUM (SvMemberRole, member_role)
SV_DEFINE_READ_ENUM (SvConsentStatus, consent_status)
SV_DEFINE_READ_ENUM (SvConsentException, consent_exception)
SV_DEFINE_READ_ENUM (SvCaseRoleKind, case_role)

static const char * const household_keys[] = {
  "uid", "name", "note", "members", "network", NULL
};
static const char * const member_keys[] = {
  "given_names", "family_name", "birth_date", "role", "note", NULL
};
static const char * const network_keys[] = {
  "name", "relation", "contact", "note", NULL
};
static const char * const consent_keys[] = {
  "status", "date", "given_by", "scope", "exception", "note", NULL
};
static const char * const professional_keys[] = {
  "uid", "name", "organisation", "function", "email", "phone", "role", "role_note", NULL
};
static const char * const journal_keys[] = {
  "uid", "date", "author", "text", "created", "corrects", NULL
};

/* ------------------------------------------------------------------------
 * Plan records
 * ------------------------------------------------------------------------ */

void
sv_import_household_free (SvImportHousehold *h)
{
  g_free (h->path);
  g_clear_pointer (&h->node, json_node_unref);
  g_clear_pointer (&h->household, sv_household_free);
  g_clear_pointer (&h->members, g_ptr_array_unref);
  g_clear_pointer (&h->network, g_ptr_array_unref);
  g_free (h);
}

void
sv_import_professional_free (SvImportProfessional *p)
{
  g_free (p->path);
  g_clear_pointer (&p->professional, sv_professional_free);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvImportHousehold, sv_import_household_free)

gboolean
sv_import_reader_find (SvImportReader  *r,
                       SvRecordKind     kind,
                       const char      *uid,
                       gint64          *id,
                       GError         **error)
{
  g_autoptr(GError) local = NULL;

  *id = sv_store_find_by_uid (r->store, kind, uid, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Households
 * ------------------------------------------------------------------------ */

static SvMember *
read_member (SvImportReader  *r,
             JsonNode        *node,
             const char      *path,
             GError         **error)
{
  g_autoptr(SvMember) member = sv_member_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, member_keys, error);

  if (object == NULL ||
      !sv_json_take_string (object, path, "given_names", &member->given_names, error) ||
      !sv_json_take_string (object, path, "family_name", &member->family_name, error) ||
      !sv_json_get_date (object, path, "birth_date", TRUE, &member->birth_date, error) ||
      !read_member_role (object, path, "role", &member->role, error) ||
      !sv_json_take_string (object, path, "note", &member->note, error))
    return NULL;
  if (!sv_member_validate (member, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  return g_steal_pointer (&member);
}

static SvNetworkMember *
read_network_member (JsonNode    *node,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(SvNetworkMember) member = sv_network_member_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, network_keys, error);

  if (object == NULL ||
      !sv_json_take_string (object, path, "name", &member->name, error) ||
      !sv_json_take_string (object, path, "relation", &member->relation, error) ||
      !sv_json_take_string (object, path, "contact", &member->contact, error) ||
      !sv_json_take_string (object, path, "note", &member->note, error))
    return NULL;
  if (!sv_network_member_validate (member, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  return g_steal_pointer (&member);
}

/* A household uid seen before in the file stands for the same household:
 * it must then be the same, or one of the two would be lost. */
SvImportHousehold *
sv_import_read_household (SvImportReader  *r,
                          JsonNode        *node,
                          const char      *path,
                          GError         **error)
{
  g_autoptr(SvImportHousehold) h = NULL;
  SvImportHousehold *seen;
  JsonObject *object = sv_json_object_with_keys (node, path, household_keys, error);
  JsonArray *members, *network;
  const char *uid;

  if (object == NULL || !sv_json_get_uid (object, path, "uid", &uid, error))
    return NULL;
  if ((seen = g_hash_table_lookup (r->plan->households, uid)) != NULL)
    {
      if (json_node_equal (seen->node, node))
        return seen;
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: the household “%s” appears in %s too, with other content; both must be the same"),
                   path, uid, seen->path);
      return NULL;
    }

  h = g_new0 (SvImportHousehold, 1);
  h->path = g_strdup (path);
  h->node = json_node_copy (node);
  h->household = sv_household_new ();
  h->household->uid = g_strdup (uid);
  h->members = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_member_free);
  h->network = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_network_member_free);
  if (!sv_json_take_string (object, path, "name", &h->household->name, error) ||
      !sv_json_take_string (object, path, "note", &h->household->note, error))
    return NULL;
  if (!sv_household_validate (h->household, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  if (!(members = sv_json_get_array (object, path, "members", error)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      g_autofree char *list = sv_json_path_key (path, "members");
      g_autofree char *at = sv_json_path_index (list, i);
      SvMember *member = read_member (r, json_array_get_element (members, i), at, error);

      if (member == NULL)
        return NULL;
      g_ptr_array_add (h->members, member);
    }
  if (!(network = sv_json_get_array (object, path, "network", error)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (network); i++)
    {
      g_autofree char *list = sv_json_path_key (path, "network");
      g_autofree char *at = sv_json_path_index (list, i);
      SvNetworkMember *member = read_network_member (json_array_get_element (network, i), at, error);

      if (member == NULL)
        return NULL;
      g_ptr_array_add (h->network, member);
    }

  /* Known to the database: linked, and left as it is there. */
  if (!sv_import_reader_find (r, SV_RECORD_HOUSEHOLD, uid, &h->id, error))
    return NULL;
  seen = g_steal_pointer (&h);
  g_hash_table_insert (r->plan->households, seen->household->uid, seen);
  return seen;
}

/* ------------------------------------------------------------------------
 * Consent, professionals, journal
 * ------------------------------------------------------------------------ */

SvConsent *
sv_import_read_consent (SvImportReader  *r,
                        JsonNode        *node,
                        const char      *path,
                        GError         **error)
{
  g_autoptr(SvConsent) consent = sv_consent_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, consent_keys, error);

  if (object == NULL ||
      !read_consent_status (object, path, "status", &consent->status, error) ||
      !sv_json_get_date (object, path, "date", TRUE, &consent->date, error) ||
      !sv_json_take_string (object, path, "given_by", &consent->given_by, error) ||
      !sv_json_take_string (object, path, "scope", &consent->scope, error) ||
      !read_consent_exception (object, path, "exception", &consent->exception, error) ||
      !sv_json_take_string (object, path, "note", &consent->note, error))
    return NULL;
  if (!sv_consent_validate (consent, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  return g_steal_pointer (&consent);
}

static gboolean
same_professional (const SvProfessional *a,
                   const SvProfessional *b)
{
  return g_str_equal (a->name, b->name) &&
         g_str_equal (a->organisation_name, b->organisation_name) &&
         g_str_equal (a->function, b->function) &&
         g_str_equal (a->email, b->email) &&
         g_str_equal (a->phone, b->phone);
}

/* One entry per role: a professional with two roles on a case appears
 * twice, with the same uid. */
SvCaseRole *
sv_import_read_role (SvImportReader  *r,
                     JsonNode        *node,
                     const char      *path,
                     GHashTable      *roles_seen,
                     GError         **error)
{
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autofree char *role_key = NULL;
  SvImportProfessional *seen;
  SvProfessional *p;
  JsonObject *object = sv_json_object_with_keys (node, path, professional_keys, error);
  const char *uid;

  if (object == NULL || !sv_json_get_uid (object, path, "uid", &uid, error))
    return NULL;
  role->professional = p = sv_professional_new ();
  p->uid = g_strdup (uid);
  if (!sv_json_take_string (object, path, "name", &p->name, error) ||
      !sv_json_take_string (object, path, "organisation", &p->organisation_name, error) ||
      !sv_json_take_string (object, path, "function", &p->function, error) ||
      !sv_json_take_string (object, path, "email", &p->email, error) ||
      !sv_json_take_string (object, path, "phone", &p->phone, error) ||
      !read_case_role (object, path, "role", &role->role, error) ||
      !sv_json_take_string (object, path, "role_note", &role->note, error))
    return NULL;
  if (!sv_case_role_validate (role, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  role_key = g_strdup_printf ("%s\n%s", uid, sv_case_role_to_nick (role->role));
  if (!g_hash_table_add (roles_seen, g_steal_pointer (&role_key)))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: %s appears twice as %s in this case"),
                   path, p->name, sv_case_role_label (role->role));
      return NULL;
    }

  if ((seen = g_hash_table_lookup (r->plan->professionals, uid)) != NULL)
    {
      if (!same_professional (seen->professional, p))
        {
          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       _("%s: the professional “%s” appears in %s too, with other details; both must be the same"),
                       path, uid, seen->path);
          return NULL;
        }
    }
  else
    {
      seen = g_new0 (SvImportProfessional, 1);
      seen->path = g_strdup (path);
      seen->professional = sv_professional_copy (p);
      /* Known to the database: linked, and left as it is there. */
      if (!sv_import_reader_find (r, SV_RECORD_PROFESSIONAL, uid, &seen->id, error))
        {
          sv_import_professional_free (seen);
          return NULL;
        }
      g_hash_table_insert (r->plan->professionals, seen->professional->uid, seen);
    }
  return g_steal_pointer (&role);
}

/* A correction names an entry before it in the same journal: entries are
 * listed in the order they were written, and one can only correct what
 * was there. That also rules out loops. */
SvJournalEntry *
sv_import_read_entry (SvImportReader  *r,
                      JsonNode        *node,
                      const char      *path,
                      GHashTable      *earlier,
                      int             *corrects,
                      GError         **error)
{
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, journal_keys, error);
  const char *uid, *target, *seen_at;
  gpointer index;
  gint64 id;

  if (object == NULL || !sv_json_get_uid (object, path, "uid", &uid, error))
    return NULL;
  if ((seen_at = g_hash_table_lookup (r->entry_uids, uid)) != NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s: the journal entry “%s” appears in %s too"), path, uid, seen_at);
      return NULL;
    }
  if (!sv_import_reader_find (r, SV_RECORD_JOURNAL_ENTRY, uid, &id, error))
    return NULL;
  if (id != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s: the journal entry “%s” is already in this database; was this file imported before?"),
                   path, uid);
      return NULL;
    }
  entry->uid = g_strdup (uid);
  if (!sv_json_get_date (object, path, "date", FALSE, &entry->date, error) ||
      !sv_json_take_string (object, path, "author", &entry->author, error) ||
      !sv_json_take_string (object, path, "text", &entry->text, error) ||
      !(entry->created_at = sv_json_get_timestamp (object, path, "created", error)) ||
      !sv_json_get_string (object, path, "corrects", TRUE, &target, error))
    return NULL;
  if (!sv_journal_entry_validate (entry, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  *corrects = -1;
  if (target != NULL)
    {
      if (!g_hash_table_lookup_extended (earlier, target, NULL, &index))
        {
          g_autofree char *at = sv_json_path_key (path, "corrects");

          g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                       _("%s: “%s” is not an earlier entry of this case’s journal (a correction follows the entry it corrects)"),
                       at, target);
          return NULL;
        }
      *corrects = GPOINTER_TO_INT (index);
    }
  g_hash_table_insert (r->entry_uids, g_strdup (uid), g_strdup (path));
  return g_steal_pointer (&entry);
}

