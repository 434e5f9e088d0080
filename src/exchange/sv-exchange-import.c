/* sv-exchange-import.c: import of an exchange document — parse, check
 * everything (sv-exchange-read.c), then write in one transaction
 * (sv-exchange-write.c). */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-exchange-private.h"

/* JSON allows a key twice in one object and json-glib keeps the last
 * value; in an import that would drop data without a word, so the parser's
 * "object-member" signal is watched for repeats. */
typedef struct {
  GHashTable *keys_by_object;  /* JsonObject * → set of keys */
  char       *duplicate;       /* the first repeated key, or NULL */
  guint       line;
} DuplicateWatch;

static void
on_object_member_cb (JsonParser     *parser,
                     JsonObject     *object,
                     const char     *member_name,
                     DuplicateWatch *watch)
{
  GHashTable *keys = g_hash_table_lookup (watch->keys_by_object, object);

  if (keys == NULL)
    {
      keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (watch->keys_by_object, object, keys);
    }
  if (!g_hash_table_add (keys, g_strdup (member_name)) && watch->duplicate == NULL)
    {
      watch->duplicate = g_strdup (member_name);
      watch->line = json_parser_get_current_line (parser);
    }
}

static void
on_object_end_cb (JsonParser     *parser,
                  JsonObject     *object,
                  DuplicateWatch *watch)
{
  g_hash_table_remove (watch->keys_by_object, object);
}

static JsonNode *
parse_document (const char  *data,
                gssize       length,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  DuplicateWatch watch = { NULL, NULL, 0 };
  JsonNode *root = NULL;

  watch.keys_by_object = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                (GDestroyNotify) g_hash_table_unref);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member_cb), &watch);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_object_end_cb), &watch);

  if (!json_parser_load_from_data (parser, data, length, &local))
    /* TRANSLATORS: %s is the parser's message, with line and column */
    g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("The file is not valid JSON: %s"), local->message);
  else if (watch.duplicate != NULL)
    g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED,
                 _("Line %u: the key “%s” appears twice in one object"), watch.line, watch.duplicate);
  else if (json_parser_get_root (parser) == NULL)
    g_set_error (error, SV_ERROR, SV_ERROR_MALFORMED, _("The file is empty."));
  else
    root = json_node_ref (json_parser_get_root (parser));

  g_hash_table_unref (watch.keys_by_object);
  g_free (watch.duplicate);
  return root;
}

void
sv_import_result_free (SvImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->renumbered, g_ptr_array_unref);
  g_free (result);
}

SvImportResult *
sv_exchange_import_data (SvStore     *store,
                         const char  *data,
                         gssize       length,
                         GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SvImportPlan) plan = NULL;
  g_autoptr(SvImportResult) result = NULL;
  GDate today;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The rules are those of the forms, on the same "today". */
  sv_date_today (&today);
  if (!(root = parse_document (data, length, error)) ||
      !(plan = sv_import_plan_read (store, root, &today, error)))
    return NULL;

  result = g_new0 (SvImportResult, 1);
  result->renumbered = g_ptr_array_new_with_free_func (g_free);
  if (!sv_import_plan_write (store, plan, result, error))
    return NULL;
  return g_steal_pointer (&result);
}

SvImportResult *
sv_exchange_import_file (SvStore     *store,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return sv_exchange_import_data (store, data, (gssize) length, error);
}
