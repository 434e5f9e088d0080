/* sv-exchange-read.c: from a parsed exchange document to an import plan.
 *
 * Everything is checked here, before anything is written: the structure
 * (keys, types, dates, vocabulary), the rules of the core validators with
 * today's date — the same rules as the forms — and every reference (uids
 * in the database and in the file, journal corrections). The first problem
 * found is reported with its path in the document.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-exchange-private.h"
#include "sv-validate.h"

static const char * const document_keys[] = {
  SV_KEY_FORMAT, SV_KEY_VERSION, SV_KEY_EXPORTED, SV_KEY_CASES, NULL
};
static const char * const case_keys[] = {
  "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
  "updated", "household", "consent", "professionals", "journal", NULL
};
static const char * const report_keys[] = {
  "kind", "source", "source_detail", "received", NULL
};
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

typedef struct {
  SvStore      *store;
  const GDate  *today;
  SvImportPlan *plan;
  GHashTable   *case_uids;   /* uid → path where it appears, both owned */
  GHashTable   *entry_uids;  /* uid → path where it appears, both owned */
} Reader;

/* ------------------------------------------------------------------------
 * Plan records
 * ------------------------------------------------------------------------ */

static void
import_household_free (SvImportHousehold *h)
{
  g_free (h->path);
  g_clear_pointer (&h->node, json_node_unref);
  g_clear_pointer (&h->household, sv_household_free);
  g_clear_pointer (&h->members, g_ptr_array_unref);
  g_clear_pointer (&h->network, g_ptr_array_unref);
  g_free (h);
}

static void
import_professional_free (SvImportProfessional *p)
{
  g_free (p->path);
  g_clear_pointer (&p->professional, sv_professional_free);
  g_free (p);
}

static void
import_case_free (SvImportCase *ic)
{
  g_free (ic->path);
  g_clear_pointer (&ic->c, sv_case_free);
  g_clear_pointer (&ic->consent, sv_consent_free);
  g_clear_pointer (&ic->roles, g_ptr_array_unref);
  g_clear_pointer (&ic->journal, g_ptr_array_unref);
  g_clear_pointer (&ic->corrects, g_array_unref);
  g_free (ic);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvImportHousehold, import_household_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvImportCase, import_case_free)

void
sv_import_plan_free (SvImportPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->cases, g_ptr_array_unref);
  g_clear_pointer (&plan->households, g_hash_table_unref);
  g_clear_pointer (&plan->professionals, g_hash_table_unref);
  g_free (plan);
}

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* Vocabulary values by nick; the position of a nick is its enum value. */
#define SV_DEFINE_READ_ENUM(Type, name)                                             \
  static gboolean                                                                   \
  read_##name (JsonObject  *object,                                                 \
               const char  *path,                                                   \
               const char  *key,                                                    \
               Type        *out,                                                    \
               GError     **error)                                                  \
  {                                                                                 \
    g_autoptr(GPtrArray) nicks = g_ptr_array_new ();                                \
    int index;                                                                      \
                                                                                    \
    for (guint i = 0; i < sv_##name##_count (); i++)                                \
      g_ptr_array_add (nicks, (gpointer) sv_##name##_to_nick ((Type) i));           \
    g_ptr_array_add (nicks, NULL);                                                  \
    index = sv_json_get_nick (object, path, key,                                    \
                              (const char * const *) nicks->pdata, error);          \
    if (index < 0)                                                                  \
      return FALSE;                                                                 \
    *out = (Type) index;                                                            \
    return TRUE;                                                                    \
  }

SV_DEFINE_READ_ENUM (SvReportKind, report_kind)
SV_DEFINE_READ_ENUM (SvReportSource, report_source)
SV_DEFINE_READ_ENUM (SvCaseStatus, case_status)
SV_DEFINE_READ_ENUM (SvMemberRole, member_role)
SV_DEFINE_READ_ENUM (SvConsentStatus, consent_status)
SV_DEFINE_READ_ENUM (SvConsentException, consent_exception)
SV_DEFINE_READ_ENUM (SvCaseRoleKind, case_role)

/* Reads text into a record field, replacing its default. */
static gboolean
take_string (JsonObject  *object,
             const char  *path,
             const char  *key,
             char       **field,
             GError     **error)
{
  const char *value;

  if (!sv_json_get_string (object, path, key, FALSE, &value, error))
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* An object at @path with exactly @keys. */
static JsonObject *
object_with_keys (JsonNode            *node,
                  const char          *path,
                  const char * const  *keys,
                  GError             **error)
{
  JsonObject *object = sv_json_as_object (node, path, error);

  if (object == NULL || !sv_json_check_keys (object, path, keys, error))
    return NULL;
  return object;
}

static gboolean
in_database (Reader        *r,
             SvRecordKind   kind,
             const char    *uid,
             gint64        *id,
             GError       **error)
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
read_member (Reader      *r,
             JsonNode    *node,
             const char  *path,
             GError     **error)
{
  g_autoptr(SvMember) member = sv_member_new ();
  JsonObject *object = object_with_keys (node, path, member_keys, error);

  if (object == NULL ||
      !take_string (object, path, "given_names", &member->given_names, error) ||
      !take_string (object, path, "family_name", &member->family_name, error) ||
      !sv_json_get_date (object, path, "birth_date", TRUE, &member->birth_date, error) ||
      !read_member_role (object, path, "role", &member->role, error) ||
      !take_string (object, path, "note", &member->note, error))
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
  JsonObject *object = object_with_keys (node, path, network_keys, error);

  if (object == NULL ||
      !take_string (object, path, "name", &member->name, error) ||
      !take_string (object, path, "relation", &member->relation, error) ||
      !take_string (object, path, "contact", &member->contact, error) ||
      !take_string (object, path, "note", &member->note, error))
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
static SvImportHousehold *
read_household (Reader      *r,
                JsonNode    *node,
                const char  *path,
                GError     **error)
{
  g_autoptr(SvImportHousehold) h = NULL;
  SvImportHousehold *seen;
  JsonObject *object = object_with_keys (node, path, household_keys, error);
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
  if (!take_string (object, path, "name", &h->household->name, error) ||
      !take_string (object, path, "note", &h->household->note, error))
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
  if (!in_database (r, SV_RECORD_HOUSEHOLD, uid, &h->id, error))
    return NULL;
  seen = g_steal_pointer (&h);
  g_hash_table_insert (r->plan->households, seen->household->uid, seen);
  return seen;
}

/* ------------------------------------------------------------------------
 * Consent, professionals, journal
 * ------------------------------------------------------------------------ */

static SvConsent *
read_consent (Reader      *r,
              JsonNode    *node,
              const char  *path,
              GError     **error)
{
  g_autoptr(SvConsent) consent = sv_consent_new ();
  JsonObject *object = object_with_keys (node, path, consent_keys, error);

  if (object == NULL ||
      !read_consent_status (object, path, "status", &consent->status, error) ||
      !sv_json_get_date (object, path, "date", TRUE, &consent->date, error) ||
      !take_string (object, path, "given_by", &consent->given_by, error) ||
      !take_string (object, path, "scope", &consent->scope, error) ||
      !read_consent_exception (object, path, "exception", &consent->exception, error) ||
      !take_string (object, path, "note", &consent->note, error))
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
static SvCaseRole *
read_role (Reader      *r,
           JsonNode    *node,
           const char  *path,
           GHashTable  *roles_seen,
           GError     **error)
{
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autofree char *role_key = NULL;
  SvImportProfessional *seen;
  SvProfessional *p;
  JsonObject *object = object_with_keys (node, path, professional_keys, error);
  const char *uid;

  if (object == NULL || !sv_json_get_uid (object, path, "uid", &uid, error))
    return NULL;
  role->professional = p = sv_professional_new ();
  p->uid = g_strdup (uid);
  if (!take_string (object, path, "name", &p->name, error) ||
      !take_string (object, path, "organisation", &p->organisation_name, error) ||
      !take_string (object, path, "function", &p->function, error) ||
      !take_string (object, path, "email", &p->email, error) ||
      !take_string (object, path, "phone", &p->phone, error) ||
      !read_case_role (object, path, "role", &role->role, error) ||
      !take_string (object, path, "role_note", &role->note, error))
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
      if (!in_database (r, SV_RECORD_PROFESSIONAL, uid, &seen->id, error))
        {
          import_professional_free (seen);
          return NULL;
        }
      g_hash_table_insert (r->plan->professionals, seen->professional->uid, seen);
    }
  return g_steal_pointer (&role);
}

/* A correction names an entry before it in the same journal: entries are
 * listed in the order they were written, and one can only correct what
 * was there. That also rules out loops. */
static SvJournalEntry *
read_entry (Reader      *r,
            JsonNode    *node,
            const char  *path,
            GHashTable  *earlier,
            int         *corrects,
            GError     **error)
{
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  JsonObject *object = object_with_keys (node, path, journal_keys, error);
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
  if (!in_database (r, SV_RECORD_JOURNAL_ENTRY, uid, &id, error))
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
      !take_string (object, path, "author", &entry->author, error) ||
      !take_string (object, path, "text", &entry->text, error) ||
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

/* ------------------------------------------------------------------------
 * Cases and the document
 * ------------------------------------------------------------------------ */

static gboolean
read_case_record (Reader      *r,
                  JsonObject  *object,
                  SvCase      *c,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *report_path = sv_json_path_key (path, "report");
  JsonObject *report;
  const char *uid, *seen_at, *number;
  gint64 id;

  if (!sv_json_get_uid (object, path, "uid", &uid, error))
    return FALSE;
  if ((seen_at = g_hash_table_lookup (r->case_uids, uid)) != NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s: the case “%s” appears in %s too"), path, uid, seen_at);
      return FALSE;
    }
  if (!in_database (r, SV_RECORD_CASE, uid, &id, error))
    return FALSE;
  if (id != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s: the case “%s” is already in this database; was this file imported before?"),
                   path, uid);
      return FALSE;
    }
  c->uid = g_strdup (uid);
  g_hash_table_insert (r->case_uids, g_strdup (uid), g_strdup (path));

  if (!sv_json_get_string (object, path, "number", FALSE, &number, error))
    return FALSE;
  c->number = g_strdup (number);
  if (!sv_check_required (c->number, SV_MAX_NAME_CHARS, _("Case number"), error))
    {
      g_autofree char *at = sv_json_path_key (path, "number");

      g_prefix_error (error, "%s: ", at);
      return FALSE;
    }

  if (!(report = sv_json_as_object (json_object_get_member (object, "report"), report_path, error)) ||
      !sv_json_check_keys (report, report_path, report_keys, error) ||
      !read_report_kind (report, report_path, "kind", &c->report_kind, error) ||
      !read_report_source (report, report_path, "source", &c->source, error) ||
      !take_string (report, report_path, "source_detail", &c->source_detail, error) ||
      !sv_json_get_date (report, report_path, "received", FALSE, &c->received, error))
    return FALSE;

  if (!take_string (object, path, "reason", &c->reason, error) ||
      !read_case_status (object, path, "status", &c->status, error) ||
      !sv_json_get_date (object, path, "closed_on", TRUE, &c->closed_on, error) ||
      !take_string (object, path, "closing_note", &c->closing_note, error) ||
      !(c->created_at = sv_json_get_timestamp (object, path, "created", error)) ||
      !(c->updated_at = sv_json_get_timestamp (object, path, "updated", error)))
    return FALSE;
  if (!sv_case_validate (c, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  if (c->status == SV_CASE_STATUS_OPEN && g_date_valid (&c->closed_on))
    {
      g_autofree char *at = sv_json_path_key (path, "closed_on");

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: an open case has no closing date (null), or its status is “gesloten”"), at);
      return FALSE;
    }
  return TRUE;
}

static SvImportCase *
read_case (Reader      *r,
           JsonNode    *node,
           const char  *path,
           GError     **error)
{
  g_autoptr(SvImportCase) ic = g_new0 (SvImportCase, 1);
  g_autoptr(GHashTable) roles_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) earlier = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *household_path = sv_json_path_key (path, "household");
  g_autofree char *consent_path = sv_json_path_key (path, "consent");
  g_autofree char *roles_path = sv_json_path_key (path, "professionals");
  g_autofree char *journal_path = sv_json_path_key (path, "journal");
  JsonObject *object = object_with_keys (node, path, case_keys, error);
  JsonArray *roles, *journal;

  if (object == NULL)
    return NULL;
  ic->path = g_strdup (path);
  ic->c = sv_case_new ();
  ic->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_role_free);
  ic->journal = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_journal_entry_free);
  ic->corrects = g_array_new (FALSE, FALSE, sizeof (int));

  if (!read_case_record (r, object, ic->c, path, error) ||
      !(ic->household = read_household (r, json_object_get_member (object, "household"), household_path, error)) ||
      !(ic->consent = read_consent (r, json_object_get_member (object, "consent"), consent_path, error)) ||
      !(roles = sv_json_get_array (object, path, "professionals", error)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (roles); i++)
    {
      g_autofree char *at = sv_json_path_index (roles_path, i);
      SvCaseRole *role = read_role (r, json_array_get_element (roles, i), at, roles_seen, error);

      if (role == NULL)
        return NULL;
      g_ptr_array_add (ic->roles, role);
    }

  if (!(journal = sv_json_get_array (object, path, "journal", error)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (journal); i++)
    {
      g_autofree char *at = sv_json_path_index (journal_path, i);
      SvJournalEntry *entry;
      int corrects;

      entry = read_entry (r, json_array_get_element (journal, i), at, earlier, &corrects, error);
      if (entry == NULL)
        return NULL;
      g_ptr_array_add (ic->journal, entry);
      g_array_append_val (ic->corrects, corrects);
      g_hash_table_insert (earlier, entry->uid, GINT_TO_POINTER (i));
    }
  return g_steal_pointer (&ic);
}

/* Format name and version come first: a file of another kind or of a
 * newer version gets that answer, not a list of keys it does not know. */
static gboolean
check_format (JsonObject  *document,
              GError     **error)
{
  JsonNode *version;
  const char *format;
  gint64 number;

  if (!json_object_has_member (document, SV_KEY_FORMAT) ||
      !sv_json_get_string (document, "", SV_KEY_FORMAT, FALSE, &format, NULL))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("format: this is not a Samen Veilig exchange file (it has no “format”: “%s”)"),
                   SV_EXCHANGE_FORMAT);
      return FALSE;
    }
  if (!g_str_equal (format, SV_EXCHANGE_FORMAT))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("format: “%s” is not a Samen Veilig exchange file (expected “%s”)"),
                   format, SV_EXCHANGE_FORMAT);
      return FALSE;
    }

  version = json_object_get_member (document, SV_KEY_VERSION);
  if (version == NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: this key is missing"), SV_KEY_VERSION);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: expected %s, found %s"),
                   SV_KEY_VERSION, _("a whole number"), sv_json_node_kind (version));
      return FALSE;
    }
  number = json_node_get_int (version);
  if (number > SV_EXCHANGE_VERSION)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("version: the file was written by a newer version of Samen Veilig (format version %" G_GINT64_FORMAT "; this version reads up to %d). Install the newer version to import it."),
                   number, SV_EXCHANGE_VERSION);
      return FALSE;
    }
  /* Older versions would be upgraded to the current one here, step by
   * step; version 1 is the first, so there is nothing older yet. */
  if (number < 1)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("version: %" G_GINT64_FORMAT " is not a version of the exchange format"), number);
      return FALSE;
    }
  return TRUE;
}

SvImportPlan *
sv_import_plan_read (SvStore      *store,
                     JsonNode     *root,
                     const GDate  *today,
                     GError      **error)
{
  g_autoptr(SvImportPlan) plan = g_new0 (SvImportPlan, 1);
  g_autoptr(GHashTable) case_uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) entry_uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDateTime) exported = NULL;
  Reader r = { store, today, plan, case_uids, entry_uids };
  JsonObject *document;
  JsonArray *cases;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("This is not a Samen Veilig exchange file: it holds %s instead of an object with “format” and “cases”."),
                   sv_json_node_kind (root));
      return NULL;
    }
  document = json_node_get_object (root);
  if (!check_format (document, error) ||
      !sv_json_check_keys (document, "", document_keys, error) ||
      !(exported = sv_json_get_timestamp (document, "", SV_KEY_EXPORTED, error)) ||
      !(cases = sv_json_get_array (document, "", SV_KEY_CASES, error)))
    return NULL;

  plan->cases = g_ptr_array_new_with_free_func ((GDestroyNotify) import_case_free);
  plan->households = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) import_household_free);
  plan->professionals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) import_professional_free);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      g_autofree char *at = sv_json_path_index (SV_KEY_CASES, i);
      SvImportCase *ic = read_case (&r, json_array_get_element (cases, i), at, error);

      if (ic == NULL)
        return NULL;
      g_ptr_array_add (plan->cases, ic);
    }
  return g_steal_pointer (&plan);
}
