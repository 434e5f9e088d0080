/* sv-bench-hook.c: tells the benchmark when the first frame is on screen.
 *
 * The benchmark (tests/bench/sv-bench.c) starts the app with
 * SV_BENCH_FIRST_FRAME=1 and times it from spawn to the line printed here.
 * "Painted" is the frame clock's after-paint of the first frame in which
 * the widget is mapped (and, for a list, has a row): what the user sees.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sv-bench-hook.h"

typedef struct {
  GtkWidget     *widget;   /* weak */
  char          *label;
  GdkFrameClock *clock;    /* owned while connected */
  gulong         paint_id;
  gulong         map_id;
} Hook;

static void hook_free (Hook *hook);

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* VmHWM: the peak resident set size of this process, in kB; -1 if unknown. */
static gint64
read_peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static gboolean
is_ready (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) <= 0)
    return FALSE;
  /* A list counts once a row has been made for it. */
  if (GTK_IS_LIST_VIEW (widget) || GTK_IS_LIST_BOX (widget) || GTK_IS_COLUMN_VIEW (widget))
    return gtk_widget_get_first_child (widget) != NULL;
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Hook          *hook)
{
  GApplication *app;

  if (hook->widget == NULL || !is_ready (hook->widget))
    return;

  printf ("first-frame %s rss_peak_kb=%" G_GINT64_FORMAT "\n", hook->label, read_peak_rss_kb ());
  fflush (stdout);

  app = g_application_get_default ();
  if (app != NULL)
    g_application_quit (app);
  hook_free (hook);
}

static void
on_map_cb (GtkWidget *widget,
           Hook      *hook)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (hook->clock != NULL || clock == NULL)
    return;
  hook->clock = g_object_ref (clock);
  hook->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), hook);
  gtk_widget_queue_draw (widget);
}

static void
hook_free (Hook *hook)
{
  if (hook->clock != NULL)
    {
      g_clear_signal_handler (&hook->paint_id, hook->clock);
      g_clear_object (&hook->clock);
    }
  if (hook->widget != NULL)
    {
      g_clear_signal_handler (&hook->map_id, hook->widget);
      g_object_remove_weak_pointer (G_OBJECT (hook->widget), (gpointer *) &hook->widget);
    }
  g_free (hook->label);
  g_free (hook);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_bench_hook_first_frame (GtkWidget  *widget,
                           const char *label)
{
  Hook *hook;

  if (g_getenv ("SV_BENCH_FIRST_FRAME") == NULL)
    return;
  g_return_if_fail (GTK_IS_WIDGET (widget));

  hook = g_new0 (Hook, 1);
  hook->widget = widget;
  hook->label = g_strdup (label != NULL ? label : "widget");
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &hook->widget);
  hook->map_id = g_signal_connect (widget, "map", G_CALLBACK (on_map_cb), hook);
  if (gtk_widget_get_mapped (widget))
    on_map_cb (widget, hook);
}
