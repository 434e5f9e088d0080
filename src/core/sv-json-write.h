/* sv-json-write.h: members of a JSON object as the app writes them — the
 * exchange files and the Veiligheidskaart's snapshots alike. A missing
 * text is written as "", a cleared date or a missing time as null
 * (unknown, not empty), dates and times in ISO 8601. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void sv_json_add_string   (JsonBuilder *b,
                           const char  *key,
                           const char  *value);
void sv_json_add_date     (JsonBuilder *b,
                           const char  *key,
                           const GDate *date);
void sv_json_add_datetime (JsonBuilder *b,
                           const char  *key,
                           GDateTime   *datetime);
void sv_json_add_int      (JsonBuilder *b,
                           const char  *key,
                           gint64       value);
void sv_json_add_boolean  (JsonBuilder *b,
                           const char  *key,
                           gboolean     value);

G_END_DECLS
