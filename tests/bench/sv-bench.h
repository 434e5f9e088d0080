/* sv-bench.h: what sv-bench.c shares with the files that measure one part
 * each (sv-bench-meetings.c): the statistics, the "name value unit"
 * results and the PASS/FAIL verdicts, and the parts themselves. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint  n;
  double min, median, p90, max, mean;
} Stats;

/* Median as the mean of the middle two; p90 by nearest rank. */
Stats    stats_of         (GArray      *values);
void     add_result       (const char  *name,
                           double       value,
                           const char  *unit);
/* NAME_median, NAME_p90 and NAME_max. */
void     add_stats        (const char  *prefix,
                           const Stats *s,
                           const char  *unit);
void     add_verdict      (const char  *target,
                           gboolean     pass,
                           const char  *detail);
double   ms_since         (gint64       start);
void     heading          (const char  *title);

/* sv-bench-meetings.c: opening a meeting of 30 agenda items, and moving
 * to the next case with the projector on. Writes a meeting into @db
 * and takes it out again. */
gboolean measure_meetings (const char  *db);

G_END_DECLS
