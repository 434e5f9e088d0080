/* sv-safety-card-json.c: the snapshot of a Veiligheidskaart as JSON.
 *
 * A version keeps the card exactly as it was sent: every section, the
 * advice, scores, conditions, recipients and agreements, with their ids so
 * that two versions can be compared item by item. Field ids and nicks are
 * the stable ones of the database; a snapshot written today must still
 * read in years, so unknown members are passed over rather than refused.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sv-json-write.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-safety-card.h"

#define SNAPSHOT_FORMAT  "samenveilig-veiligheidskaart"
#define SNAPSHOT_VERSION 1

/* ------------------------------------------------------------------------
 * Writing
 * ------------------------------------------------------------------------ */

char *
sv_safety_card_to_json (const SvSafetyCard *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  sv_json_add_string (b, "format", SNAPSHOT_FORMAT);
  sv_json_add_int (b, "version", SNAPSHOT_VERSION);
  sv_json_add_int (b, "case_id", self->case_id);
  sv_json_add_string (b, "advice", sv_vht_advice_to_nick (self->advice));

  json_builder_set_member_name (b, "texts");
  json_builder_begin_object (b);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    sv_json_add_string (b, sv_card_field_to_id (i), sv_safety_card_get_text (self, i));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "scores");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->scores->len; i++)
    {
      const SvCardScore *s = g_ptr_array_index (self->scores, i);

      json_builder_begin_object (b);
      sv_json_add_int (b, "id", s->id);
      sv_json_add_string (b, "viewpoint", s->viewpoint);
      sv_json_add_int (b, "score", s->score);
      sv_json_add_date (b, "date", &s->date);
      sv_json_add_string (b, "note", s->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "conditions");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->conditions->len; i++)
    {
      const SvCardCondition *c = g_ptr_array_index (self->conditions, i);

      json_builder_begin_object (b);
      sv_json_add_int (b, "id", c->id);
      sv_json_add_string (b, "text", c->text);
      sv_json_add_date (b, "term", &c->term);
      sv_json_add_string (b, "consequence", c->consequence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "recipients");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->recipients->len; i++)
    {
      const SvCardRecipient *r = g_ptr_array_index (self->recipients, i);

      json_builder_begin_object (b);
      sv_json_add_int (b, "id", r->id);
      sv_json_add_string (b, "name", r->name);
      sv_json_add_string (b, "organisation", r->organisation);
      sv_json_add_boolean (b, "needs_consent", r->needs_consent);
      sv_json_add_datetime (b, "consent_at", r->consent_at);
      sv_json_add_string (b, "consent_by", r->consent_by);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "agreements");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->agreements->len; i++)
    {
      const SvAgreement *a = g_ptr_array_index (self->agreements, i);

      json_builder_begin_object (b);
      sv_json_add_int (b, "id", a->id);
      sv_json_add_string (b, "uid", a->uid);
      sv_json_add_int (b, "agenda_item_id", a->agenda_item_id);
      sv_json_add_string (b, "who", a->who);
      sv_json_add_string (b, "what", a->what);
      sv_json_add_date (b, "due", &a->due);
      sv_json_add_string (b, "monitoring", a->monitoring);
      sv_json_add_boolean (b, "done", a->done);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

static gboolean
malformed (GError    **error,
           const char *what)
{
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
               _("The saved version of the Veiligheidskaart cannot be read (%s)."), what);
  return FALSE;
}

/* A string member; absent reads as "", another type is refused. */
static gboolean
get_string (JsonObject  *object,
            const char  *key,
            char       **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return malformed (error, key);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
replace_string (JsonObject  *object,
                const char  *key,
                char       **field,
                GError     **error)
{
  char *value = NULL;

  if (!get_string (object, key, &value, error))
    return FALSE;
  g_free (*field);
  *field = value;
  return TRUE;
}

static gboolean
get_int (JsonObject  *object,
         const char  *key,
         gint64      *out,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = 0;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return malformed (error, key);
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_bool (JsonObject  *object,
          const char  *key,
          gboolean    *out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = FALSE;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return malformed (error, key);
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_date (JsonObject  *object,
          const char  *key,
          GDate       *out,
          GError     **error)
{
  g_autofree char *iso = NULL;

  if (!get_string (object, key, &iso, error))
    return FALSE;
  if (*iso == '\0')
    {
      g_date_clear (out, 1);
      return TRUE;
    }
  if (!sv_date_from_iso (iso, out))
    return malformed (error, key);
  return TRUE;
}

static gboolean
get_datetime (JsonObject  *object,
              const char  *key,
              GDateTime  **out,
              GError     **error)
{
  g_autofree char *iso = NULL;

  if (!get_string (object, key, &iso, error))
    return FALSE;
  *out = NULL;
  if (*iso == '\0')
    return TRUE;
  *out = sv_datetime_from_iso (iso);
  return *out != NULL || malformed (error, key);
}

/* The objects of array member @key; an absent one is empty. */
static JsonArray *
get_array (JsonObject  *object,
           const char  *key,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return json_array_new ();
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      malformed (error, key);
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
      {
        malformed (error, key);
        return NULL;
      }
  return json_array_ref (array);
}

static gboolean
read_scores (JsonObject    *root,
             SvSafetyCard  *card,
             GError       **error)
{
  g_autoptr(JsonArray) array = get_array (root, "scores", error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      g_autoptr(SvCardScore) s = sv_card_score_new ();
      gint64 score;

      s->case_id = card->case_id;
      if (!get_int (o, "id", &s->id, error) || !replace_string (o, "viewpoint", &s->viewpoint, error) ||
          !get_int (o, "score", &score, error) || !get_date (o, "date", &s->date, error) ||
          !replace_string (o, "note", &s->note, error))
        return FALSE;
      s->score = (int) CLAMP (score, -1, 11);
      g_ptr_array_add (card->scores, g_steal_pointer (&s));
    }
  return TRUE;
}

static gboolean
read_conditions (JsonObject    *root,
                 SvSafetyCard  *card,
                 GError       **error)
{
  g_autoptr(JsonArray) array = get_array (root, "conditions", error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      g_autoptr(SvCardCondition) c = sv_card_condition_new ();

      c->case_id = card->case_id;
      if (!get_int (o, "id", &c->id, error) || !replace_string (o, "text", &c->text, error) ||
          !get_date (o, "term", &c->term, error) || !replace_string (o, "consequence", &c->consequence, error))
        return FALSE;
      g_ptr_array_add (card->conditions, g_steal_pointer (&c));
    }
  return TRUE;
}

static gboolean
read_recipients (JsonObject    *root,
                 SvSafetyCard  *card,
                 GError       **error)
{
  g_autoptr(JsonArray) array = get_array (root, "recipients", error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      g_autoptr(SvCardRecipient) r = sv_card_recipient_new ();

      r->case_id = card->case_id;
      if (!get_int (o, "id", &r->id, error) || !replace_string (o, "name", &r->name, error) ||
          !replace_string (o, "organisation", &r->organisation, error) ||
          !get_bool (o, "needs_consent", &r->needs_consent, error) ||
          !get_datetime (o, "consent_at", &r->consent_at, error) ||
          !replace_string (o, "consent_by", &r->consent_by, error))
        return FALSE;
      g_ptr_array_add (card->recipients, g_steal_pointer (&r));
    }
  return TRUE;
}

static gboolean
read_agreements (JsonObject    *root,
                 SvSafetyCard  *card,
                 GError       **error)
{
  g_autoptr(JsonArray) array = get_array (root, "agreements", error);

  if (array == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      g_autoptr(SvAgreement) a = sv_agreement_new ();

      a->case_id = card->case_id;
      if (!get_int (o, "id", &a->id, error) || !get_string (o, "uid", &a->uid, error) ||
          !get_int (o, "agenda_item_id", &a->agenda_item_id, error) ||
          !replace_string (o, "who", &a->who, error) || !replace_string (o, "what", &a->what, error) ||
          !get_date (o, "due", &a->due, error) || !replace_string (o, "monitoring", &a->monitoring, error) ||
          !get_bool (o, "done", &a->done, error))
        return FALSE;
      if (*a->uid == '\0')
        g_clear_pointer (&a->uid, g_free);
      g_ptr_array_add (card->agreements, g_steal_pointer (&a));
    }
  return TRUE;
}

SvSafetyCard *
sv_safety_card_from_json (const char  *json,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *format = NULL, *advice = NULL;
  JsonObject *root, *texts = NULL;
  JsonNode *node;
  gint64 version, case_id;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      malformed (error, parse_error->message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      malformed (error, "root");
      return NULL;
    }
  root = json_node_get_object (node);
  if (!get_string (root, "format", &format, error) || !get_int (root, "version", &version, error) ||
      !get_int (root, "case_id", &case_id, error) || !get_string (root, "advice", &advice, error))
    return NULL;
  if (!g_str_equal (format, SNAPSHOT_FORMAT) || version < 1)
    {
      malformed (error, "format");
      return NULL;
    }

  card = sv_safety_card_new (case_id);
  if (!sv_vht_advice_from_nick (advice, &card->advice))
    card->advice = SV_VHT_ADVICE_GEEN;

  node = json_object_get_member (root, "texts");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          malformed (error, "texts");
          return NULL;
        }
      texts = json_node_get_object (node);
    }
  for (guint i = 0; texts != NULL && i < SV_CARD_N_FIELDS; i++)
    if (!replace_string (texts, sv_card_field_to_id (i), &card->texts[i].text, error))
      return NULL;

  if (!read_scores (root, card, error) || !read_conditions (root, card, error) ||
      !read_recipients (root, card, error) || !read_agreements (root, card, error))
    return NULL;
  return g_steal_pointer (&card);
}
