/* sv-exchange.h: whole cases to and from the JSON exchange format
 * (docs/exchange-format.md).
 *
 * Export writes a versioned document with every case's household, members,
 * network, report, consent, facts, deadlines done, professionals,
 * journal, agreements, traject and Veiligheidskaart. Import reads a document of any version up to its own, checks
 * all of it first, and writes it in one transaction: all or nothing. An
 * error names the place in the document and the reason, e.g.
 * "cases[2].household.members[0].birth_date: 2015-02-31 is not a date".
 */
#pragma once

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_EXCHANGE_FORMAT  "samenveilig-cases"
#define SV_EXCHANGE_VERSION 5

typedef struct {
  guint      n_cases;        /* cases written */
  GPtrArray *renumbered;     /* char *: "2026-0001 → 2026-0014" for numbers already in use */
} SvImportResult;

void            sv_import_result_free        (SvImportResult  *result);

/* Every case id in the order export writes them: oldest report first,
 * the order in which an import numbers them (a GArray of gint64). */
GArray         *sv_exchange_list_case_ids    (SvStore         *store,
                                              GError         **error);
/* The cases @ids (all cases when @ids is NULL) as a JSON document. */
char           *sv_exchange_export_to_data   (SvStore         *store,
                                              const gint64    *ids,
                                              guint            n_ids,
                                              GError         **error);
/* Writes the document to @path, replacing it atomically; the file is
 * readable by the user only (it holds personal data). */
gboolean        sv_exchange_export_to_file   (SvStore         *store,
                                              const gint64    *ids,
                                              guint            n_ids,
                                              const char      *path,
                                              GError         **error);

SvImportResult *sv_exchange_import_data      (SvStore         *store,
                                              const char      *data,
                                              gssize           length,
                                              GError         **error);
SvImportResult *sv_exchange_import_file      (SvStore         *store,
                                              const char      *path,
                                              GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvImportResult, sv_import_result_free)

G_END_DECLS
