/* sv-exchange-card.c: the Veiligheidskaart of a case in the exchange
 * format (version 5 on): written by export, read and checked by import
 * into plan records (see sv-exchange-read.c for the whole).
 *
 * Sections saved at least once, with who saved them when; the advice;
 * scores, conditions and recipients with their consent; and every version
 * with its snapshot as an object of its own, so that a file stays
 * readable and comparable. Row ids stay behind, except inside the
 * snapshots, where they only tell the items of one version from another.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-json-write.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-exchange-private.h"

static const char * const card_keys[] = {
  "advice", "sections", "scores", "conditions", "recipients", "versions", NULL
};
static const char * const section_keys[] = { "text", "updated", "by", NULL };
static const char * const score_keys[] = { "viewpoint", "score", "date", "note", NULL };
static const char * const condition_keys[] = { "text", "term", "consequence", NULL };
static const char * const recipient_keys[] = {
  "name", "organisation", "needs_consent", "consent_recorded", "consent_by", NULL
};
static const char * const version_keys[] = {
  "number", "status", "created", "created_by", "sent_on", "sent_recorded", "sent_to", "snapshot", NULL
};

SV_DEFINE_READ_ENUM (SvVhtAdvice, vht_advice)
SV_DEFINE_READ_ENUM (SvCardStatus, card_status)

/* ------------------------------------------------------------------------
 * Export
 * ------------------------------------------------------------------------ */

static gboolean
build_versions (JsonBuilder  *b,
                SvStore      *store,
                gint64        case_id,
                GError      **error)
{
  g_autoptr(GPtrArray) versions = sv_store_list_card_versions (store, case_id, error);

  if (versions == NULL)
    return FALSE;
  json_builder_set_member_name (b, "versions");
  json_builder_begin_array (b);
  /* The store lists newest first; the file oldest first. */
  for (guint n = versions->len; n > 0; n--)
    {
      SvCardVersion *v = versions->pdata[n - 1];
      g_autofree char *snapshot = sv_store_get_card_version_snapshot (store, v->id, error);
      g_autoptr(JsonNode) frozen = NULL;

      if (snapshot == NULL || !(frozen = json_from_string (snapshot, error)))
        return FALSE;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "number");
      json_builder_add_int_value (b, v->number);
      sv_json_add_string (b, "status", sv_card_status_to_nick (v->status));
      sv_json_add_datetime (b, "created", v->created_at);
      sv_json_add_string (b, "created_by", v->created_by);
      sv_json_add_date (b, "sent_on", &v->sent_on);
      sv_json_add_datetime (b, "sent_recorded", v->sent_at);
      json_builder_set_member_name (b, "sent_to");
      json_builder_begin_array (b);
      for (guint i = 0; v->sent_to[i] != NULL; i++)
        json_builder_add_string_value (b, v->sent_to[i]);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "snapshot");
      json_builder_add_value (b, g_steal_pointer (&frozen));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

gboolean
sv_exchange_build_card (JsonBuilder  *b,
                        SvStore      *store,
                        gint64        case_id,
                        GError      **error)
{
  g_autoptr(SvSafetyCard) card = sv_store_get_safety_card (store, case_id, error);

  if (card == NULL)
    return FALSE;
  json_builder_set_member_name (b, "veiligheidskaart");
  json_builder_begin_object (b);
  sv_json_add_string (b, "advice", sv_vht_advice_to_nick (card->advice));

  json_builder_set_member_name (b, "sections");
  json_builder_begin_object (b);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      const SvCardText *t = &card->texts[i];

      if (t->revision == 0)
        continue;
      json_builder_set_member_name (b, sv_card_field_to_id (i));
      json_builder_begin_object (b);
      sv_json_add_string (b, "text", t->text);
      sv_json_add_datetime (b, "updated", t->updated_at);
      sv_json_add_string (b, "by", t->updated_by);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);

  json_builder_set_member_name (b, "scores");
  json_builder_begin_array (b);
  for (guint i = 0; i < card->scores->len; i++)
    {
      SvCardScore *s = card->scores->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "viewpoint", s->viewpoint);
      json_builder_set_member_name (b, "score");
      json_builder_add_int_value (b, s->score);
      sv_json_add_date (b, "date", &s->date);
      sv_json_add_string (b, "note", s->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "conditions");
  json_builder_begin_array (b);
  for (guint i = 0; i < card->conditions->len; i++)
    {
      SvCardCondition *c = card->conditions->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "text", c->text);
      sv_json_add_date (b, "term", &c->term);
      sv_json_add_string (b, "consequence", c->consequence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "recipients");
  json_builder_begin_array (b);
  for (guint i = 0; i < card->recipients->len; i++)
    {
      SvCardRecipient *r = card->recipients->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "name", r->name);
      sv_json_add_string (b, "organisation", r->organisation);
      json_builder_set_member_name (b, "needs_consent");
      json_builder_add_boolean_value (b, r->needs_consent);
      sv_json_add_datetime (b, "consent_recorded", r->consent_at);
      sv_json_add_string (b, "consent_by", r->consent_by);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (!build_versions (b, store, case_id, error))
    return FALSE;
  json_builder_end_object (b);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Import
 * ------------------------------------------------------------------------ */

/* A time stamp or null. */
static gboolean
get_optional_timestamp (JsonObject  *object,
                        const char  *path,
                        const char  *key,
                        GDateTime  **out,
                        GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  return (*out = sv_json_get_timestamp (object, path, key, error)) != NULL;
}

/* Checks a record with the core's rule; the message gets @path in front. */
static gboolean
checked (gboolean     ok,
         const char  *path,
         GError     **error)
{
  if (!ok)
    g_prefix_error (error, "%s: ", path);
  return ok;
}

static gboolean
read_sections (JsonObject    *object,
               const char    *path,
               SvSafetyCard  *card,
               GError       **error)
{
  g_autofree char *sections_path = sv_json_path_key (path, "sections");
  JsonObject *sections = sv_json_get_object (object, path, "sections", error);
  g_autoptr(GList) members = NULL;

  if (sections == NULL)
    return FALSE;
  members = json_object_get_members (sections);
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *at = sv_json_path_key (sections_path, l->data);
      JsonObject *section;
      SvCardField field;
      SvCardText *t;

      if (!sv_card_field_from_id (l->data, &field))
        {
          g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                       _("%s: not a section of the Veiligheidskaart"), at);
          return FALSE;
        }
      section = sv_json_object_with_keys (json_object_get_member (sections, l->data), at, section_keys, error);
      if (section == NULL)
        return FALSE;
      t = &card->texts[field];
      g_clear_pointer (&t->updated_at, g_date_time_unref);
      if (!sv_json_take_string (section, at, "text", &t->text, error) ||
          !(t->updated_at = sv_json_get_timestamp (section, at, "updated", error)) ||
          !sv_json_take_string (section, at, "by", &t->updated_by, error) ||
          !checked (sv_card_text_check (field, t->text, error), at, error))
        return FALSE;
      t->revision = 1;
    }
  return TRUE;
}

static gboolean
read_lists (JsonObject    *object,
            const char    *path,
            SvSafetyCard  *card,
            GError       **error)
{
  g_autofree char *scores_path = sv_json_path_key (path, "scores");
  g_autofree char *conditions_path = sv_json_path_key (path, "conditions");
  g_autofree char *recipients_path = sv_json_path_key (path, "recipients");
  JsonArray *scores, *conditions, *recipients;

  if (!(scores = sv_json_get_array (object, path, "scores", error)) ||
      !(conditions = sv_json_get_array (object, path, "conditions", error)) ||
      !(recipients = sv_json_get_array (object, path, "recipients", error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (scores); i++)
    {
      g_autofree char *at = sv_json_path_index (scores_path, i);
      g_autoptr(SvCardScore) s = sv_card_score_new ();
      JsonObject *o = sv_json_object_with_keys (json_array_get_element (scores, i), at, score_keys, error);
      JsonNode *score;

      if (o == NULL)
        return FALSE;
      score = json_object_get_member (o, "score");
      /* Any whole number, so that the rule's message says what the scale
       * is rather than the reader's. */
      if (!JSON_NODE_HOLDS_VALUE (score) || json_node_get_value_type (score) != G_TYPE_INT64)
        {
          g_autofree char *score_at = sv_json_path_key (at, "score");

          g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: expected %s, found %s"),
                       score_at, _("a whole number"), sv_json_node_kind (score));
          return FALSE;
        }
      s->case_id = card->case_id;
      s->score = (int) CLAMP (json_node_get_int (score), -1, 11);
      if (!sv_json_take_string (o, at, "viewpoint", &s->viewpoint, error) ||
          !sv_json_get_date (o, at, "date", FALSE, &s->date, error) ||
          !sv_json_take_string (o, at, "note", &s->note, error) ||
          !checked (sv_card_score_validate (s, error), at, error))
        return FALSE;
      g_ptr_array_add (card->scores, g_steal_pointer (&s));
    }

  for (guint i = 0; i < json_array_get_length (conditions); i++)
    {
      g_autofree char *at = sv_json_path_index (conditions_path, i);
      g_autoptr(SvCardCondition) c = sv_card_condition_new ();
      JsonObject *o = sv_json_object_with_keys (json_array_get_element (conditions, i), at, condition_keys, error);

      c->case_id = card->case_id;
      if (o == NULL ||
          !sv_json_take_string (o, at, "text", &c->text, error) ||
          !sv_json_get_date (o, at, "term", TRUE, &c->term, error) ||
          !sv_json_take_string (o, at, "consequence", &c->consequence, error) ||
          !checked (sv_card_condition_validate (c, error), at, error))
        return FALSE;
      g_ptr_array_add (card->conditions, g_steal_pointer (&c));
    }

  for (guint i = 0; i < json_array_get_length (recipients); i++)
    {
      g_autofree char *at = sv_json_path_index (recipients_path, i);
      g_autoptr(SvCardRecipient) r = sv_card_recipient_new ();
      JsonObject *o = sv_json_object_with_keys (json_array_get_element (recipients, i), at, recipient_keys, error);

      r->case_id = card->case_id;
      if (o == NULL ||
          !sv_json_take_string (o, at, "name", &r->name, error) ||
          !sv_json_take_string (o, at, "organisation", &r->organisation, error) ||
          !sv_json_get_boolean (o, at, "needs_consent", &r->needs_consent, error) ||
          !get_optional_timestamp (o, at, "consent_recorded", &r->consent_at, error) ||
          !sv_json_take_string (o, at, "consent_by", &r->consent_by, error) ||
          !checked (sv_card_recipient_validate (r, error), at, error))
        return FALSE;
      g_ptr_array_add (card->recipients, g_steal_pointer (&r));
    }
  return TRUE;
}

static SvCardVersion *
read_version (JsonNode    *node,
              const char  *path,
              guint        previous,
              GError     **error)
{
  g_autoptr(SvCardVersion) v = sv_card_version_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(SvSafetyCard) frozen = NULL;
  g_autofree char *sent_to_path = sv_json_path_key (path, "sent_to");
  g_autofree char *snapshot_path = sv_json_path_key (path, "snapshot");
  JsonObject *o = sv_json_object_with_keys (node, path, version_keys, error);
  JsonArray *sent_to;

  if (o == NULL ||
      !sv_json_get_uint (o, path, "number", G_MAXINT, &v->number, error) ||
      !read_card_status (o, path, "status", &v->status, error) ||
      !(v->created_at = sv_json_get_timestamp (o, path, "created", error)) ||
      !sv_json_take_string (o, path, "created_by", &v->created_by, error) ||
      !sv_json_get_date (o, path, "sent_on", TRUE, &v->sent_on, error) ||
      !get_optional_timestamp (o, path, "sent_recorded", &v->sent_at, error) ||
      !(sent_to = sv_json_get_array (o, path, "sent_to", error)) ||
      !sv_json_get_object (o, path, "snapshot", error))
    return NULL;
  if (v->number <= previous)
    {
      g_autofree char *at = sv_json_path_key (path, "number");

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: versions are numbered 1, 2, … from the oldest; %u does not follow %u"),
                   at, v->number, previous);
      return NULL;
    }
  if ((v->sent_at == NULL) != !g_date_valid (&v->sent_on) ||
      (v->status == SV_CARD_STATUS_VERSTUURD && v->sent_at == NULL) ||
      (v->sent_at == NULL && json_array_get_length (sent_to) > 0))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: a version is sent with a day, a time it was recorded and its recipients, or not at all"),
                   path);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (sent_to); i++)
    {
      JsonNode *name = json_array_get_element (sent_to, i);

      if (!JSON_NODE_HOLDS_VALUE (name) || json_node_get_value_type (name) != G_TYPE_STRING)
        {
          g_autofree char *at = sv_json_path_index (sent_to_path, i);

          g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: expected %s, found %s"),
                       at, _("text"), sv_json_node_kind (name));
          return NULL;
        }
      g_strv_builder_add (names, json_node_get_string (name));
    }
  g_strfreev (v->sent_to);
  v->sent_to = g_strv_builder_end (names);
  v->snapshot = json_to_string (json_object_get_member (o, "snapshot"), FALSE);
  if (!(frozen = sv_safety_card_from_json (v->snapshot, error)))
    {
      g_prefix_error (error, "%s: ", snapshot_path);
      return NULL;
    }
  return g_steal_pointer (&v);
}

gboolean
sv_import_read_card (SvImportReader  *r,
                     JsonNode        *node,
                     const char      *path,
                     SvSafetyCard   **out_card,
                     GPtrArray      **out_versions,
                     GError         **error)
{
  /* The case is not stored yet: any id passes the checks, the writer sets
   * the real one. */
  g_autoptr(SvSafetyCard) card = sv_safety_card_new (1);
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_version_free);
  g_autofree char *versions_path = sv_json_path_key (path, "versions");
  JsonObject *object = sv_json_object_with_keys (node, path, card_keys, error);
  JsonArray *list;
  guint previous = 0;

  if (object == NULL ||
      !read_vht_advice (object, path, "advice", &card->advice, error) ||
      !read_sections (object, path, card, error) ||
      !read_lists (object, path, card, error) ||
      !(list = sv_json_get_array (object, path, "versions", error)))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autofree char *at = sv_json_path_index (versions_path, i);
      SvCardVersion *v = read_version (json_array_get_element (list, i), at, previous, error);

      if (v == NULL)
        return FALSE;
      previous = v->number;
      g_ptr_array_add (versions, v);
    }
  *out_card = g_steal_pointer (&card);
  *out_versions = g_steal_pointer (&versions);
  return TRUE;
}
