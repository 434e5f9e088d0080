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

#include "sv-error.h"
#include "sv-exchange-private.h"
#include "sv-validate.h"

static const char * const document_keys[] = {
  SV_KEY_FORMAT, SV_KEY_VERSION, SV_KEY_EXPORTED, SV_KEY_CASES, NULL
};
static const char * const case_keys[] = {
  "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
  "updated", "household", "consent", "facts", "deadlines_done", "professionals", "journal",
  "agreements", "traject", "veiligheidskaart", NULL
};
/* Version 4 had no Veiligheidskaart. */
static const char * const case_keys_v4[] = {
  "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
  "updated", "household", "consent", "facts", "deadlines_done", "professionals", "journal",
  "agreements", "traject", NULL
};
/* Version 3 had no traject. */
static const char * const case_keys_v3[] = {
  "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
  "updated", "household", "consent", "facts", "deadlines_done", "professionals", "journal",
  "agreements", NULL
};
/* Version 2 had no agreements. */
static const char * const case_keys_v2[] = {
  "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
  "updated", "household", "consent", "facts", "deadlines_done", "professionals", "journal", NULL
};
/* Version 1 had no facts and no deadlines. */
static const char * const case_keys_v1[] = {
  "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
  "updated", "household", "consent", "professionals", "journal", NULL
};
static const char * const report_keys[] = {
  "kind", "source", "source_detail", "received", NULL
};

SV_DEFINE_READ_ENUM (SvReportKind, report_kind)
SV_DEFINE_READ_ENUM (SvReportSource, report_source)
SV_DEFINE_READ_ENUM (SvCaseStatus, case_status)

/* ------------------------------------------------------------------------
 * Plan records
 * ------------------------------------------------------------------------ */

static void
import_case_free (SvImportCase *ic)
{
  g_free (ic->path);
  g_clear_pointer (&ic->c, sv_case_free);
  g_clear_pointer (&ic->consent, sv_consent_free);
  g_clear_pointer (&ic->facts, sv_case_facts_free);
  g_clear_pointer (&ic->done, g_array_unref);
  g_clear_pointer (&ic->roles, g_ptr_array_unref);
  g_clear_pointer (&ic->journal, g_ptr_array_unref);
  g_clear_pointer (&ic->corrects, g_array_unref);
  g_clear_pointer (&ic->agreements, g_ptr_array_unref);
  g_clear_pointer (&ic->traject, sv_traject_free);
  g_clear_pointer (&ic->moves, g_ptr_array_unref);
  g_clear_pointer (&ic->card, sv_safety_card_free);
  g_clear_pointer (&ic->card_versions, g_ptr_array_unref);
  g_free (ic);
}

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
 * Cases and the document
 * ------------------------------------------------------------------------ */

static gboolean
read_case_record (SvImportReader  *r,
                  JsonObject      *object,
                  SvCase          *c,
                  const char      *path,
                  GError         **error)
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
  if (!sv_import_reader_find (r, SV_RECORD_CASE, uid, &id, error))
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
      !sv_json_take_string (report, report_path, "source_detail", &c->source_detail, error) ||
      !sv_json_get_date (report, report_path, "received", FALSE, &c->received, error))
    return FALSE;

  if (!sv_json_take_string (object, path, "reason", &c->reason, error) ||
      !read_case_status (object, path, "status", &c->status, error) ||
      !sv_json_get_date (object, path, "closed_on", TRUE, &c->closed_on, error) ||
      !sv_json_take_string (object, path, "closing_note", &c->closing_note, error) ||
      !(c->created_at = sv_json_get_timestamp (object, path, "created", error)) ||
      !(c->updated_at = sv_json_get_timestamp (object, path, "updated", error)))
    return FALSE;
  if (c->status == SV_CASE_STATUS_OPEN && g_date_valid (&c->closed_on))
    {
      g_autofree char *at = sv_json_path_key (path, "closed_on");

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: an open case has no closing date: set it to null, or set the status to “gesloten”"), at);
      return FALSE;
    }
  if (!sv_case_validate (c, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  return TRUE;
}

static SvImportCase *
read_case (SvImportReader  *r,
           JsonNode        *node,
           const char      *path,
           GError         **error)
{
  g_autoptr(SvImportCase) ic = g_new0 (SvImportCase, 1);
  g_autoptr(GHashTable) roles_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) earlier = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *household_path = sv_json_path_key (path, "household");
  g_autofree char *consent_path = sv_json_path_key (path, "consent");
  g_autofree char *facts_path = sv_json_path_key (path, "facts");
  g_autofree char *done_path = sv_json_path_key (path, "deadlines_done");
  g_autofree char *roles_path = sv_json_path_key (path, "professionals");
  g_autofree char *journal_path = sv_json_path_key (path, "journal");
  g_autofree char *agreements_path = sv_json_path_key (path, "agreements");
  g_autofree char *traject_path = sv_json_path_key (path, "traject");
  g_autofree char *card_path = sv_json_path_key (path, "veiligheidskaart");
  JsonObject *object = sv_json_object_with_keys (node, path,
                                                 r->version >= 5 ? case_keys
                                                 : r->version == 4 ? case_keys_v4
                                                 : r->version == 3 ? case_keys_v3
                                                 : r->version == 2 ? case_keys_v2 : case_keys_v1,
                                                 error);
  JsonArray *roles, *journal, *agreements;

  if (object == NULL)
    return NULL;
  ic->path = g_strdup (path);
  ic->c = sv_case_new ();
  ic->done = g_array_new (FALSE, FALSE, sizeof (SvImportDone));
  ic->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_role_free);
  ic->journal = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_journal_entry_free);
  ic->corrects = g_array_new (FALSE, FALSE, sizeof (int));
  ic->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);

  if (!read_case_record (r, object, ic->c, path, error) ||
      !(ic->household = sv_import_read_household (r, json_object_get_member (object, "household"), household_path, error)) ||
      !(ic->consent = sv_import_read_consent (r, json_object_get_member (object, "consent"), consent_path, error)))
    return NULL;
  if (r->version < 2)
    ic->facts = sv_case_facts_new ();
  else if (!(ic->facts = sv_import_read_facts (r, json_object_get_member (object, "facts"), facts_path, error)) ||
           !sv_import_read_done (r, json_object_get_member (object, "deadlines_done"), done_path, ic->done, error))
    return NULL;
  if (!(roles = sv_json_get_array (object, path, "professionals", error)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (roles); i++)
    {
      g_autofree char *at = sv_json_path_index (roles_path, i);
      SvCaseRole *role = sv_import_read_role (r, json_array_get_element (roles, i), at, roles_seen, error);

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

      entry = sv_import_read_entry (r, json_array_get_element (journal, i), at, earlier, &corrects, error);
      if (entry == NULL)
        return NULL;
      g_ptr_array_add (ic->journal, entry);
      g_array_append_val (ic->corrects, corrects);
      g_hash_table_insert (earlier, entry->uid, GINT_TO_POINTER (i));
    }

  if (r->version < 3)
    return g_steal_pointer (&ic);
  if (!(agreements = sv_json_get_array (object, path, "agreements", error)))
    return NULL;
  for (guint i = 0; i < json_array_get_length (agreements); i++)
    {
      g_autofree char *at = sv_json_path_index (agreements_path, i);
      SvAgreement *a = sv_import_read_agreement (r, json_array_get_element (agreements, i), at, error);

      if (a == NULL)
        return NULL;
      g_ptr_array_add (ic->agreements, a);
    }

  if (r->version >= 4 &&
      !sv_import_read_traject (r, json_object_get_member (object, "traject"), traject_path,
                               &ic->c->received, &ic->traject, &ic->moves, error))
    return NULL;
  if (r->version >= 5 &&
      !sv_import_read_card (r, json_object_get_member (object, "veiligheidskaart"), card_path,
                            &ic->card, &ic->card_versions, error))
    return NULL;
  return g_steal_pointer (&ic);
}

/* Format name and version come first: a file of another kind or of a
 * newer version gets that answer, not a list of keys it does not know. */
static gboolean
check_format (JsonObject  *document,
              gint64      *out_version,
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
                   _("version: the file was written by a newer version of Samen Veilig (format version %lld; this version reads up to %d). Install the newer version to import it."),
                   (long long) number, SV_EXCHANGE_VERSION);
      return FALSE;
    }
  if (number < 1)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("version: %lld is not a version of the exchange format"), (long long) number);
      return FALSE;
    }
  /* An older version is read by its own keys; what it lacks gets the
   * defaults (version 1: no facts known, no deadline done; before
   * version 4: never moved on the Interventieteam's path). */
  *out_version = number;
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
  g_autoptr(GHashTable) agreement_uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDateTime) exported = NULL;
  SvImportReader r = { store, today, 0, plan, case_uids, entry_uids, agreement_uids };
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
  if (!check_format (document, &r.version, error) ||
      !sv_json_check_keys (document, "", document_keys, error) ||
      !(exported = sv_json_get_timestamp (document, "", SV_KEY_EXPORTED, error)) ||
      !(cases = sv_json_get_array (document, "", SV_KEY_CASES, error)))
    return NULL;

  plan->cases = g_ptr_array_new_with_free_func ((GDestroyNotify) import_case_free);
  plan->households = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) sv_import_household_free);
  plan->professionals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) sv_import_professional_free);
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
