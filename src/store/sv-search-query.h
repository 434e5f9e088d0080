/* sv-search-query.h: what a person types in the search field, turned into a
 * full-text query: every word must occur, as the start of a word. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "jan de v" → "\"jan\"* AND \"de\"* AND \"v\"*". Quotes keep the
 * query language out of reach of the typed text; words without a letter
 * or digit are dropped. NULL when nothing searchable remains. */
char *sv_search_query_to_fts (const char *text);

G_END_DECLS
