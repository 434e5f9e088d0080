/* sv-json-write.c: see sv-json-write.h. */
#include "config.h"

#include "sv-date.h"
#include "sv-json-write.h"

void
sv_json_add_string (JsonBuilder *b,
                    const char  *key,
                    const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value != NULL ? value : "");
}

static void
add_iso (JsonBuilder *b,
         const char  *key,
         const char  *iso)
{
  json_builder_set_member_name (b, key);
  if (iso != NULL)
    json_builder_add_string_value (b, iso);
  else
    json_builder_add_null_value (b);
}

void
sv_json_add_date (JsonBuilder *b,
                  const char  *key,
                  const GDate *date)
{
  g_autofree char *iso = sv_date_to_iso (date);

  add_iso (b, key, iso);
}

void
sv_json_add_datetime (JsonBuilder *b,
                      const char  *key,
                      GDateTime   *datetime)
{
  g_autofree char *iso = datetime != NULL ? sv_datetime_to_iso (datetime) : NULL;

  add_iso (b, key, iso);
}

void
sv_json_add_int (JsonBuilder *b,
                 const char  *key,
                 gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

void
sv_json_add_boolean (JsonBuilder *b,
                     const char  *key,
                     gboolean     value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_boolean_value (b, value);
}
