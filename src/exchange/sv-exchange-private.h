/* sv-exchange-private.h: what the files of the exchange format share.
 *
 * Import runs in two passes. sv-exchange-read.c turns the parsed document
 * into an SvImportPlan — plain records, every rule checked, every
 * reference resolved — without writing anything; sv-exchange-write.c then
 * stores the plan in one transaction. Keeping the passes apart is what
 * makes "all or nothing" cheap: a refused file never opens a transaction.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sv-exchange.h"

G_BEGIN_DECLS

/* The exchange keys, in the order export writes them. */
#define SV_KEY_FORMAT   "format"
#define SV_KEY_VERSION  "version"
#define SV_KEY_EXPORTED "exported"
#define SV_KEY_CASES    "cases"

/* A household as the file holds it, once per uid. */
typedef struct {
  char        *path;        /* "cases[2].household", where it first appears */
  JsonNode    *node;        /* owned copy, to compare later appearances */
  SvHousehold *household;
  GPtrArray   *members;     /* SvMember */
  GPtrArray   *network;     /* SvNetworkMember */
  gint64       id;          /* in the database: existing, or written by now */
} SvImportHousehold;

/* A professional as the file holds it, once per uid. */
typedef struct {
  char           *path;
  SvProfessional *professional;
  gint64          id;       /* in the database: existing, or written by now */
} SvImportProfessional;

typedef struct {
  char               *path;        /* "cases[2]" */
  SvCase             *c;
  SvImportHousehold  *household;   /* borrowed from the plan */
  SvConsent          *consent;
  GPtrArray          *roles;       /* SvCaseRole; professional->uid set */
  GPtrArray          *journal;     /* SvJournalEntry, in file order */
  GArray             *corrects;    /* int per entry: index of the corrected entry, or -1 */
} SvImportCase;

typedef struct {
  GPtrArray  *cases;          /* SvImportCase, in file order */
  GHashTable *households;     /* uid → SvImportHousehold, owned */
  GHashTable *professionals;  /* uid → SvImportProfessional, owned */
} SvImportPlan;

SvImportPlan *sv_import_plan_read  (SvStore       *store,
                                    JsonNode      *root,
                                    const GDate   *today,
                                    GError       **error);
void          sv_import_plan_free  (SvImportPlan  *plan);
/* Writes @plan in one transaction; fills @result. */
gboolean      sv_import_plan_write (SvStore        *store,
                                    SvImportPlan   *plan,
                                    SvImportResult *result,
                                    GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvImportPlan, sv_import_plan_free)

/* Reading JSON with the place in the document at hand, for messages such
 * as "cases[2].household.members[0].birth_date: …" (sv-exchange-json.c).
 * Every function sets an SV_ERROR_MALFORMED error that names @path. */
char       *sv_json_path_key    (const char   *parent,
                                 const char   *key);
char       *sv_json_path_index  (const char   *parent,
                                 guint         index);
const char *sv_json_node_kind   (JsonNode     *node);

JsonObject *sv_json_as_object   (JsonNode     *node,
                                 const char   *path,
                                 GError      **error);
/* Exactly @keys (NULL-terminated): a missing one and an unknown one are
 * both errors, so that a typo in a key cannot drop a value silently. */
gboolean    sv_json_check_keys  (JsonObject          *object,
                                 const char          *path,
                                 const char * const  *keys,
                                 GError             **error);
JsonObject *sv_json_get_object  (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 GError      **error);
JsonArray  *sv_json_get_array   (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 GError      **error);
/* Text; with @nullable a JSON null gives NULL in @out. */
gboolean    sv_json_get_string  (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 gboolean      nullable,
                                 const char  **out,
                                 GError      **error);
/* Text that identifies a record: not empty, no surrounding spaces. */
gboolean    sv_json_get_uid     (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 const char  **out,
                                 GError      **error);
/* "YYYY-MM-DD"; with @nullable a JSON null clears @out. */
gboolean    sv_json_get_date    (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 gboolean      nullable,
                                 GDate        *out,
                                 GError      **error);
GDateTime  *sv_json_get_timestamp (JsonObject *object,
                                   const char *path,
                                   const char *key,
                                   GError    **error);
/* A vocabulary value by nick; @nicks lists the allowed ones for the
 * message. Returns the index in @nicks, or -1. */
int         sv_json_get_nick    (JsonObject          *object,
                                 const char          *path,
                                 const char          *key,
                                 const char * const  *nicks,
                                 GError             **error);

G_END_DECLS
