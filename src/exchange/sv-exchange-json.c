/* sv-exchange-json.c: typed access to a parsed exchange document.
 *
 * json-glib's own getters return a default for a value of the wrong type;
 * an import must instead refuse it and say where it is. Each getter here
 * checks the type and names the path in its message.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-exchange-private.h"

char *
sv_json_path_key (const char *parent,
                  const char *key)
{
  if (parent == NULL || *parent == '\0')
    return g_strdup (key);
  return g_strdup_printf ("%s.%s", parent, key);
}

char *
sv_json_path_index (const char *parent,
                    guint       index)
{
  return g_strdup_printf ("%s[%u]", parent, index);
}

const char *
sv_json_node_kind (JsonNode *node)
{
  if (node == NULL)
    return _("nothing");
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("text");
        case G_TYPE_BOOLEAN:
          return _("true or false");
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          return _("a number");
        default:
          return _("a value");
        }
    default:
      return _("a value");
    }
}

static void
set_wrong_type (const char  *path,
                const char  *expected,
                JsonNode    *found,
                GError     **error)
{
  /* TRANSLATORS: "cases[0].reason: expected text, found a number" */
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: expected %s, found %s"),
               path, expected, sv_json_node_kind (found));
}

JsonObject *
sv_json_as_object (JsonNode    *node,
                   const char  *path,
                   GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_wrong_type (path, _("an object"), node, error);
      return NULL;
    }
  return json_node_get_object (node);
}

gboolean
sv_json_check_keys (JsonObject          *object,
                    const char          *path,
                    const char * const  *keys,
                    GError             **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const char * const *k = keys; *k != NULL; k++)
    if (!json_object_has_member (object, *k))
      {
        g_autofree char *at = sv_json_path_key (path, *k);

        g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: this key is missing"), at);
        return FALSE;
      }
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (keys, l->data))
      {
        g_autofree char *at = sv_json_path_key (path, l->data);

        g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                     _("%s: unknown key (a typing error, or a file from a newer version?)"), at);
        return FALSE;
      }
  return TRUE;
}

JsonObject *
sv_json_get_object (JsonObject  *object,
                    const char  *path,
                    const char  *key,
                    GError     **error)
{
  g_autofree char *at = sv_json_path_key (path, key);

  return sv_json_as_object (json_object_get_member (object, key), at, error);
}

JsonArray *
sv_json_get_array (JsonObject  *object,
                   const char  *path,
                   const char  *key,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *at = sv_json_path_key (path, key);

      set_wrong_type (at, _("a list"), node, error);
      return NULL;
    }
  return json_node_get_array (node);
}

gboolean
sv_json_get_string (JsonObject  *object,
                    const char  *path,
                    const char  *key,
                    gboolean     nullable,
                    const char **out,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (nullable && node != NULL && JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *at = sv_json_path_key (path, key);

      set_wrong_type (at, nullable ? _("text or null") : _("text"), node, error);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
sv_json_get_uid (JsonObject  *object,
                 const char  *path,
                 const char  *key,
                 const char **out,
                 GError     **error)
{
  g_autofree char *at = NULL;
  const char *uid;
  gsize len;

  if (!sv_json_get_string (object, path, key, FALSE, &uid, error))
    return FALSE;
  len = strlen (uid);
  /* A uid is compared byte for byte: spaces would make two spellings of
   * one record. */
  if (len > 0 && len <= 200 && !g_ascii_isspace (uid[0]) && !g_ascii_isspace (uid[len - 1]))
    {
      *out = uid;
      return TRUE;
    }
  at = sv_json_path_key (path, key);
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
               _("%s: “%s” is not an identifier (1 to 200 characters, no spaces at either end)"),
               at, uid);
  *out = NULL;
  return FALSE;
}

gboolean
sv_json_get_date (JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  gboolean     nullable,
                  GDate       *out,
                  GError     **error)
{
  g_autofree char *at = NULL;
  const char *text;

  g_date_clear (out, 1);
  if (!sv_json_get_string (object, path, key, nullable, &text, error))
    return FALSE;
  if (text == NULL || sv_date_from_iso (text, out))
    return TRUE;
  at = sv_json_path_key (path, key);
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: “%s” is not a date (YYYY-MM-DD)"), at, text);
  return FALSE;
}

gboolean
sv_json_get_time (JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  int         *minutes,
                  GError     **error)
{
  g_autofree char *at = NULL;
  const char *text;

  *minutes = -1;
  if (!sv_json_get_string (object, path, key, TRUE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  /* Exactly "HH:MM", 00:00 to 23:59. */
  if (strlen (text) == 5 && text[2] == ':' &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]))
    {
      int hours = (text[0] - '0') * 10 + (text[1] - '0');
      int mins = (text[3] - '0') * 10 + (text[4] - '0');

      if (hours < 24 && mins < 60)
        {
          *minutes = hours * 60 + mins;
          return TRUE;
        }
    }
  at = sv_json_path_key (path, key);
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: “%s” is not a time (HH:MM)"), at, text);
  return FALSE;
}

gboolean
sv_json_get_boolean (JsonObject  *object,
                     const char  *path,
                     const char  *key,
                     gboolean    *out,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *at = sv_json_path_key (path, key);

      set_wrong_type (at, _("true or false"), node, error);
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

GDateTime *
sv_json_get_timestamp (JsonObject  *object,
                       const char  *path,
                       const char  *key,
                       GError     **error)
{
  g_autofree char *at = NULL;
  const char *text;
  GDateTime *datetime;

  if (!sv_json_get_string (object, path, key, FALSE, &text, error))
    return NULL;
  /* Any ISO 8601 time with a date is read; export writes UTC with "Z". */
  if (strchr (text, 'T') != NULL && (datetime = sv_datetime_from_iso (text)) != NULL)
    return datetime;
  at = sv_json_path_key (path, key);
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
               _("%s: “%s” is not a time stamp (YYYY-MM-DDTHH:MM:SSZ)"), at, text);
  return NULL;
}

int
sv_json_get_nick (JsonObject          *object,
                  const char          *path,
                  const char          *key,
                  const char * const  *nicks,
                  GError             **error)
{
  g_autofree char *at = NULL;
  g_autoptr(GString) allowed = NULL;
  const char *text;

  if (!sv_json_get_string (object, path, key, FALSE, &text, error))
    return -1;
  for (int i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], text))
      return i;

  allowed = g_string_new (NULL);
  for (int i = 0; nicks[i] != NULL; i++)
    g_string_append_printf (allowed, "%s“%s”", i > 0 ? ", " : "", nicks[i]);
  at = sv_json_path_key (path, key);
  /* TRANSLATORS: "cases[0].status: “dicht” is not one of “open”, “gesloten”" */
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: “%s” is not one of %s"),
               at, text, allowed->str);
  return -1;
}

gboolean
sv_json_take_string (JsonObject  *object,
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

JsonObject *
sv_json_object_with_keys (JsonNode            *node,
                          const char          *path,
                          const char * const  *keys,
                          GError             **error)
{
  JsonObject *object = sv_json_as_object (node, path, error);

  if (object == NULL || !sv_json_check_keys (object, path, keys, error))
    return NULL;
  return object;
}

gboolean
sv_json_get_uint (JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  guint        max,
                  guint       *out,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *at = NULL;
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      at = sv_json_path_key (path, key);
      set_wrong_type (at, _("a whole number"), node, error);
      return FALSE;
    }
  value = json_node_get_int (node);
  if (value >= 0 && value <= max)
    {
      *out = (guint) value;
      return TRUE;
    }
  at = sv_json_path_key (path, key);
  /* TRANSLATORS: "cases[0].traject.iv_minutes: 2000 is not a whole number from 0 to 1080" */
  g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("%s: %lld is not a whole number from 0 to %u"),
               at, (long long) value, max);
  return FALSE;
}
