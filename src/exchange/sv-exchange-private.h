/* sv-exchange-private.h: what the files of the exchange format share.
 *
 * Import runs in two passes. sv-exchange-read.c (with -read-parts.c and
 * -read-facts.c) turns the parsed document into an SvImportPlan — plain
 * records, every rule checked, every reference resolved — without writing
 * anything; sv-exchange-write.c then stores the plan in one transaction.
 * Keeping the passes apart is what makes "all or nothing" cheap: a refused
 * file never opens a transaction.
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

/* A deadline marked done. */
typedef struct {
  const char *rule_id;  /* static: the engine's own string */
  GDate       done_on;
} SvImportDone;

typedef struct {
  char               *path;        /* "cases[2]" */
  SvCase             *c;
  SvImportHousehold  *household;   /* borrowed from the plan */
  SvConsent          *consent;
  SvCaseFacts        *facts;       /* all cleared from a version 1 file */
  GArray             *done;        /* SvImportDone */
  GPtrArray          *roles;       /* SvCaseRole; professional->uid set */
  GPtrArray          *journal;     /* SvJournalEntry, in file order */
  GArray             *corrects;    /* int per entry: index of the corrected entry, or -1 */
  GPtrArray          *agreements;  /* SvAgreement; none before version 3 */
  SvTraject          *traject;     /* the step and record; NULL: never moved (before version 4) */
  GPtrArray          *moves;       /* SvTrajectMove, oldest first; NULL with traject */
  SvSafetyCard       *card;        /* the Veiligheidskaart; NULL before version 5 */
  GPtrArray          *card_versions;  /* SvCardVersion with snapshot, oldest first; NULL with card */
} SvImportCase;

typedef struct {
  GPtrArray  *cases;          /* SvImportCase, in file order */
  GHashTable *households;     /* uid → SvImportHousehold, owned */
  GHashTable *professionals;  /* uid → SvImportProfessional, owned */
} SvImportPlan;

/* What the readers of one document share (sv-exchange-read*.c). */
typedef struct {
  SvStore      *store;
  const GDate  *today;       /* the rules are checked as on this day */
  gint64        version;     /* of the document, 1 to SV_EXCHANGE_VERSION */
  SvImportPlan *plan;
  GHashTable   *case_uids;   /* uid → path where it appears, both owned */
  GHashTable   *entry_uids;  /* uid → path where it appears, both owned */
  GHashTable   *agreement_uids;  /* likewise */
} SvImportReader;

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

/* The parts of a case (sv-exchange-read-parts.c). Each returns NULL with
 * an error that names @path. A household seen before in the file is
 * returned as the plan holds it; a new household or professional is added
 * to the plan. */
SvImportHousehold *sv_import_read_household   (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GError         **error);
SvConsent         *sv_import_read_consent     (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GError         **error);
/* @roles_seen: the case's roles so far, to refuse one twice. */
SvCaseRole        *sv_import_read_role        (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GHashTable      *roles_seen,
                                               GError         **error);
/* @earlier: uid → index of the case's entries so far; @corrects gets the
 * index of the corrected entry, or -1. */
SvJournalEntry    *sv_import_read_entry       (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GHashTable      *earlier,
                                               int             *corrects,
                                               GError         **error);
/* Version 2 on (sv-exchange-read-facts.c): the facts of a case, and the
 * deadlines marked done (@done gets SvImportDone records). */
SvCaseFacts       *sv_import_read_facts       (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GError         **error);
gboolean           sv_import_read_done        (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GArray          *done,
                                               GError         **error);
/* Version 3 on: one agreement of a case. */
SvAgreement       *sv_import_read_agreement   (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               GError         **error);
/* Version 4 on: the case's place on the Interventieteam's path and its
 * log, checked against the model (sv-exchange-read-traject.c). @received
 * is the case's report date. */
gboolean           sv_import_read_traject     (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               const GDate     *received,
                                               SvTraject      **traject,
                                               GPtrArray      **moves,
                                               GError         **error);
/* Version 5 on: the case's Veiligheidskaart and its versions, every
 * record checked with the core's rules (sv-exchange-card.c). */
gboolean           sv_import_read_card        (SvImportReader  *r,
                                               JsonNode        *node,
                                               const char      *path,
                                               SvSafetyCard   **card,
                                               GPtrArray      **versions,
                                               GError         **error);
/* Export: the "veiligheidskaart" member of a case. */
gboolean           sv_exchange_build_card     (JsonBuilder     *b,
                                               SvStore         *store,
                                               gint64           case_id,
                                               GError         **error);
/* The id of the record of @kind with @uid in the database, 0 if none. */
gboolean           sv_import_reader_find      (SvImportReader  *r,
                                               SvRecordKind     kind,
                                               const char      *uid,
                                               gint64          *id,
                                               GError         **error);
void               sv_import_household_free   (SvImportHousehold    *h);
void               sv_import_professional_free (SvImportProfessional *p);

/* Vocabulary values by nick (a static read_NAME() per use); the position
 * of a nick is its enum value. */
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
/* "HH:MM" (00:00–23:59) or null: minutes after midnight, -1 for null. */
gboolean    sv_json_get_time    (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 int          *minutes,
                                 GError      **error);
gboolean    sv_json_get_boolean (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 gboolean     *out,
                                 GError      **error);
/* A whole number from 0 to @max. */
gboolean    sv_json_get_uint    (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 guint         max,
                                 guint        *out,
                                 GError      **error);
GDateTime  *sv_json_get_timestamp (JsonObject *object,
                                   const char *path,
                                   const char *key,
                                   GError    **error);
/* Text into a record field, replacing (and freeing) its default. */
gboolean    sv_json_take_string (JsonObject   *object,
                                 const char   *path,
                                 const char   *key,
                                 char        **field,
                                 GError      **error);
/* An object at @path with exactly @keys. */
JsonObject *sv_json_object_with_keys (JsonNode           *node,
                                      const char         *path,
                                      const char * const *keys,
                                      GError            **error);
/* A vocabulary value by nick; @nicks lists the allowed ones for the
 * message. Returns the index in @nicks, or -1. */
int         sv_json_get_nick    (JsonObject          *object,
                                 const char          *path,
                                 const char          *key,
                                 const char * const  *nicks,
                                 GError             **error);

G_END_DECLS
