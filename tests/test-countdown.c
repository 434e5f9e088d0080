/* test-countdown.c: the OTS-closure countdown, drawn at three moments —
 * well ahead with two steps done, with missed steps, and after the end —
 * to PNG (look at them: build/tests/countdown-*.png) and to PDF. */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sv-countdown.h"
#include "sv-date.h"
#include "sv-gui-test-util.h"

typedef struct {
  const char *name;
  const char *today;
  const char *end;
  guint       n_done;
  SvTriState  flag;
} Moment;

static const Moment moments[] = {
  { "ahead", "2026-11-22", "2027-01-24", 3, SV_TRI_NO },
  { "missed", "2026-11-22", "2027-01-03", 1, SV_TRI_YES },
  { "ended", "2026-11-22", "2026-11-01", 6, SV_TRI_UNKNOWN },
};

static void
model_for (const Moment     *moment,
           SvCountdownModel *model)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
  g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  static GDate done_on;
  static const char *ids[] = { "ots-step-1", "ots-step-2", "ots-step-3", "ots-step-4", "ots-step-5", "ots-step-6" };
  GDate today;

  g_assert_true (sv_date_from_iso (moment->today, &today));
  g_assert_true (sv_date_from_iso (moment->end, &facts->order_end));
  g_assert_true (sv_date_from_iso ("2026-10-02", &done_on));
  for (guint i = 0; i < moment->n_done; i++)
    g_hash_table_insert (done, (gpointer) ids[i], &done_on);
  sv_deadlines_compute (facts, workdays, &today, done, deadlines);
  g_assert_true (sv_countdown_model_init (model, facts, &today, deadlines, moment->flag));
}

static guint
count_pixels_like (GdkTexture    *texture,
                   const SvColor *color)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) w * h * 4);
  guint n = 0;

  gdk_texture_download (texture, data, (gsize) w * 4);
  for (int i = 0; i < w * h; i++)
    {
      /* Cairo's ARGB32 in memory, little endian: B G R A. */
      int b = data[i * 4], g = data[i * 4 + 1], r = data[i * 4 + 2];

      if (ABS (r - (int) (color->red * 255)) < 12 && ABS (g - (int) (color->green * 255)) < 12 &&
          ABS (b - (int) (color->blue * 255)) < 12)
        n++;
    }
  return n;
}

static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
}

static void
test_three_moments (void)
{
  for (guint m = 0; m < G_N_ELEMENTS (moments); m++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *countdown = sv_countdown_new ();
      SvCountdownModel model;
      SvCountdownStyle style;
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "countdown-", NULL);
      g_autofree char *file = g_strdup_printf ("%s%s.png", path, moments[m].name);
      guint n_error, n_success;

      model_for (&moments[m], &model);
      sv_countdown_set_model (SV_COUNTDOWN (countdown), &model);
      gtk_window_set_default_size (GTK_WINDOW (window), 720, -1);
      gtk_window_set_child (GTK_WINDOW (window), countdown);
      gtk_window_present (GTK_WINDOW (window));
      sv_gui_test_frames (window, 3);

      g_assert_cmpint (gtk_widget_get_height (countdown), >, 100);
      /* The window too, for its background: the PNG is for people. */
      texture = render (window);
      g_assert_true (gdk_texture_save_to_png (texture, file));
      sv_countdown_get_style (SV_COUNTDOWN (countdown), &style);
      n_error = count_pixels_like (texture, &style.error);
      n_success = count_pixels_like (texture, &style.success);
      if (g_str_equal (moments[m].name, "ahead"))
        {
          /* Three steps done (green), nothing overdue (no red). */
          g_assert_cmpuint (n_success, >, 200);
          g_assert_cmpuint (n_error, <, 20);
          g_assert_cmpint (sv_countdown_weeks_left (&model), ==, 9);
        }
      else if (g_str_equal (moments[m].name, "missed"))
        {
          /* Missed steps are shown, in red, not hidden. */
          g_assert_cmpuint (n_error, >, 200);
          g_assert_cmpint (model.steps[1].state, ==, SV_DEADLINE_OVERDUE);
        }
      else
        g_assert_cmpint (sv_countdown_weeks_left (&model), <, 0);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
on_step_activated_cb (SvCountdown *countdown,
                      guint        index,
                      guint       *out)
{
  *out = index;
}

static void
test_steps_are_buttons (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *countdown = sv_countdown_new ();
  SvCountdownModel model;
  guint activated = G_MAXUINT, n_buttons = 0;
  GtkWidget *second = NULL;

  model_for (&moments[1], &model);
  sv_countdown_set_model (SV_COUNTDOWN (countdown), &model);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, -1);
  gtk_window_set_child (GTK_WINDOW (window), countdown);
  gtk_window_present (GTK_WINDOW (window));
  sv_gui_test_frames (window, 2);

  for (GtkWidget *child = gtk_widget_get_first_child (countdown); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        const char *tooltip = gtk_widget_get_tooltip_text (child);

        /* Name, date and state, for the eye and the ear. */
        g_assert_nonnull (tooltip);
        g_assert_true (g_str_has_prefix (tooltip, "Step "));
        g_assert_true (gtk_widget_get_focusable (child) || gtk_widget_get_can_focus (child));
        if (++n_buttons == 2)
          {
            second = child;
            g_assert_nonnull (strstr (tooltip, "Overdue"));
            g_assert_nonnull (strstr (tooltip, "2026"));
          }
      }
  g_assert_cmpuint (n_buttons, ==, 6);
  g_assert_nonnull (second);
  g_signal_connect (countdown, "step-activated", G_CALLBACK (on_step_activated_cb), &activated);
  g_signal_emit_by_name (second, "clicked");
  g_assert_cmpuint (activated, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The same drawing function on paper: a PDF with the steps' text in it. */
static void
test_pdf (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "countdown.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  PangoFontMap *fontmap = pango_cairo_font_map_get_default ();
  g_autoptr(GObject) context_owner = NULL;
  PangoContext *context;
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 10");
  SvCountdownModel model;
  SvCountdownStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;
  g_autofree char *text = NULL;
  char *argv[] = { (char *) "pdftotext", (char *) "-enc", (char *) "UTF-8", NULL, (char *) "-", NULL };

  context = pango_font_map_create_context (fontmap);
  context_owner = G_OBJECT (context);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_font_description (context, font);
  pango_font_description_free (font);
  model_for (&moments[0], &model);
  sv_countdown_style_paper (&style);
  height = sv_countdown_height_for (&model, context, 500);
  surface = cairo_pdf_surface_create (path, 500, height);
  cr = cairo_create (surface);
  sv_countdown_draw (cr, context, &model, &style, 500, height);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  argv[3] = path;
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, "9 weeks"));
  g_assert_nonnull (strstr (text, "Step 6"));
  g_assert_nonnull (strstr (text, "24 January 2027"));
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);
  g_test_add_func ("/countdown/three-moments", test_three_moments);
  g_test_add_func ("/countdown/steps-are-buttons", test_steps_are_buttons);
  g_test_add_func ("/countdown/pdf", test_pdf);
  return g_test_run ();
}
