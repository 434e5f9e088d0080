/* sv-bench-hook.h: a measuring point for the start-up benchmark
 * (tests/bench). Without SV_BENCH_FIRST_FRAME in the environment it does
 * nothing but look that variable up. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* With SV_BENCH_FIRST_FRAME set: once @widget is mapped and has been
 * painted (a list view: with at least one row), prints
 * "first-frame LABEL rss_peak_kb=N" to stdout and quits the application. */
void sv_bench_hook_first_frame (GtkWidget  *widget,
                                const char *label);

G_END_DECLS
