/* sv-bench-words.h: fictitious Dutch-looking word lists for the benchmark
 * database (names, reasons, journal vocabulary). Nothing here belongs to a
 * real person. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const char *const sv_bench_given_names[];
extern const guint       sv_bench_n_given_names;
/* Family names as written, tussenvoegsel included ("van der Linden"). */
extern const char *const sv_bench_family_names[];
extern const guint       sv_bench_n_family_names;
extern const char *const sv_bench_reasons[];
extern const guint       sv_bench_n_reasons;
extern const char *const sv_bench_words[];
extern const guint       sv_bench_n_words;
extern const char *const sv_bench_authors[];
extern const guint       sv_bench_n_authors;
extern const char *const sv_bench_gp_practices[];
extern const guint       sv_bench_n_gp_practices;
extern const char *const sv_bench_third_parties[];
extern const guint       sv_bench_n_third_parties;

G_END_DECLS
