/* sv-exchange-read-facts.c: the facts of a case and the deadlines marked
 * done (format version 2 on) and its agreements (version 3 on), read and
 * checked into plan records (see sv-exchange-read.c for the whole). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-exchange-private.h"

SV_DEFINE_READ_ENUM (SvOrderKind, order_kind)
SV_DEFINE_READ_ENUM (SvHandoverKind, handover_kind)

static const char * const facts_keys[] = {
  "order_end", "order_kind", "care_after_18_arranged", "vht_consultation", "ig_date", "ig_time",
  "it_first_discussion", "traject_v_start", "vt_received", "vt_handover", "vt_handover_kind",
  "vt_handover_acute", "huisverbod_start", "huisverbod_extended", "last_incident", NULL
};
static const char * const done_keys[] = {
  "rule", "done_on", NULL
};
static const char * const agreement_keys[] = {
  "uid", "who", "what", "due", "monitoring", "done", "created", NULL
};

SvCaseFacts *
sv_import_read_facts (SvImportReader  *r,
                      JsonNode        *node,
                      const char      *path,
                      GError         **error)
{
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, facts_keys, error);

  if (object == NULL ||
      !sv_json_get_date (object, path, "order_end", TRUE, &facts->order_end, error) ||
      !read_order_kind (object, path, "order_kind", &facts->order_kind, error) ||
      !sv_json_get_boolean (object, path, "care_after_18_arranged", &facts->care_after_18_arranged, error) ||
      !sv_json_get_date (object, path, "vht_consultation", TRUE, &facts->vht_consultation, error) ||
      !sv_json_get_date (object, path, "ig_date", TRUE, &facts->ig_date, error) ||
      !sv_json_get_time (object, path, "ig_time", &facts->ig_minutes, error) ||
      !sv_json_get_date (object, path, "it_first_discussion", TRUE, &facts->it_first_discussion, error) ||
      !sv_json_get_date (object, path, "traject_v_start", TRUE, &facts->traject_v_start, error) ||
      !sv_json_get_date (object, path, "vt_received", TRUE, &facts->vt_received, error) ||
      !sv_json_get_date (object, path, "vt_handover", TRUE, &facts->vt_handover, error) ||
      !read_handover_kind (object, path, "vt_handover_kind", &facts->vt_handover_kind, error) ||
      !sv_json_get_boolean (object, path, "vt_handover_acute", &facts->vt_handover_acute, error) ||
      !sv_json_get_date (object, path, "huisverbod_start", TRUE, &facts->huisverbod_start, error) ||
      !sv_json_get_boolean (object, path, "huisverbod_extended", &facts->huisverbod_extended, error) ||
      !sv_json_get_date (object, path, "last_incident", TRUE, &facts->last_incident, error))
    return NULL;
  if (!sv_case_facts_validate (facts, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  return g_steal_pointer (&facts);
}

/* The engine's own string for @rule_id, or NULL. */
static const char *
find_rule_id (const char *rule_id)
{
  for (const char * const *id = sv_deadline_rule_ids (); *id != NULL; id++)
    if (g_str_equal (*id, rule_id))
      return *id;
  return NULL;
}

static gboolean
read_one_done (SvImportReader  *r,
               JsonNode        *node,
               const char      *path,
               GArray          *done,
               GError         **error)
{
  JsonObject *object = sv_json_object_with_keys (node, path, done_keys, error);
  SvImportDone d;
  const char *rule;

  if (object == NULL || !sv_json_get_string (object, path, "rule", FALSE, &rule, error))
    return FALSE;
  if (!(d.rule_id = find_rule_id (rule)))
    {
      g_autofree char *at = sv_json_path_key (path, "rule");

      /* TRANSLATORS: "cases[0].deadlines_done[1].rule: “ots-step-9” is not …" */
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                   _("%s: “%s” is not one of the deadlines Samen Veilig knows"), at, rule);
      return FALSE;
    }
  for (guint i = 0; i < done->len; i++)
    if (g_array_index (done, SvImportDone, i).rule_id == d.rule_id)
      {
        g_autofree char *at = sv_json_path_key (path, "rule");

        g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                     _("%s: “%s” is marked done twice in this case"), at, rule);
        return FALSE;
      }
  if (!sv_json_get_date (object, path, "done_on", FALSE, &d.done_on, error))
    return FALSE;
  if (!sv_case_facts_validate_done (d.rule_id, &d.done_on, r->today, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  g_array_append_val (done, d);
  return TRUE;
}

gboolean
sv_import_read_done (SvImportReader  *r,
                     JsonNode        *node,
                     const char      *path,
                     GArray          *done,
                     GError         **error)
{
  JsonArray *list;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      /* TRANSLATORS: "cases[0].deadlines_done: expected a list, found text" */
      g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: expected %s, found %s"),
                   path, _("a list"), sv_json_node_kind (node));
      return FALSE;
    }
  list = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autofree char *at = sv_json_path_index (path, i);

      if (!read_one_done (r, json_array_get_element (list, i), at, done, error))
        return FALSE;
    }
  return TRUE;
}

SvAgreement *
sv_import_read_agreement (SvImportReader  *r,
                          JsonNode        *node,
                          const char      *path,
                          GError         **error)
{
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, agreement_keys, error);
  const char *uid, *seen_at;
  gint64 id;

  if (object == NULL || !sv_json_get_uid (object, path, "uid", &uid, error))
    return NULL;
  if ((seen_at = g_hash_table_lookup (r->agreement_uids, uid)) != NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s: the agreement “%s” appears in %s too"), path, uid, seen_at);
      return NULL;
    }
  if (!sv_import_reader_find (r, SV_RECORD_AGREEMENT, uid, &id, error))
    return NULL;
  if (id != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("%s: the agreement “%s” is already in this database; was this file imported before?"),
                   path, uid);
      return NULL;
    }
  a->uid = g_strdup (uid);
  /* The case is not stored yet: any id passes the check, the writer sets
   * the real one. */
  a->case_id = 1;
  if (!sv_json_take_string (object, path, "who", &a->who, error) ||
      !sv_json_take_string (object, path, "what", &a->what, error) ||
      !sv_json_get_date (object, path, "due", TRUE, &a->due, error) ||
      !sv_json_take_string (object, path, "monitoring", &a->monitoring, error) ||
      !sv_json_get_boolean (object, path, "done", &a->done, error) ||
      !(a->created_at = sv_json_get_timestamp (object, path, "created", error)))
    return NULL;
  if (!sv_agreement_validate (a, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }
  g_hash_table_insert (r->agreement_uids, g_strdup (uid), g_strdup (path));
  return g_steal_pointer (&a);
}
