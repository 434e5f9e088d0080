/* test-traject-draw.c: the process chart drawn into image surfaces at 1×,
 * 2× and a tiny size — no text over other text, every text inside its
 * box, the boxes apart, the current step filled with the highlight, the
 * allowed next steps outlined — for a case, without a case (counts) and
 * for a case at a step the model does not know. No display needed.
 *
 * With SV_TRAJECT_PNG_DIR set, the renderings are written there as PNGs
 * (in the language of LANGUAGE) to be looked at. */
#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sv-date.h"
#include "sv-traject-draw.h"

typedef struct {
  PangoContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 11");

  f->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_font_description (f->context, font);
  pango_font_description_free (font);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
}

static GDate
day (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

/* A case in its investigation since 6 November, the first discussion on
 * 5 November; today is 22 November. */
static SvTraject *
investigating (GPtrArray **moves)
{
  SvTraject *t = sv_traject_new ();
  static const char *log[][3] = {
    { "ontvangen", "triage", "2026-11-03" },
    { "triage", "eerste-bespreking", "2026-11-05" },
    { "eerste-bespreking", "onderzoek", "2026-11-06" },
  };

  t->case_id = 1;
  t->step = SV_TRAJECT_STEP_ONDERZOEK;
  t->since = day ("2026-11-06");
  t->received = day ("2026-11-02");
  t->it_first_discussion = day ("2026-11-05");
  t->report_kind = SV_REPORT_KIND_ZORGMELDING;
  t->consent_ok = TRUE;
  t->it_medewerker = TRUE;
  *moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_traject_move_free);
  for (guint i = 0; i < G_N_ELEMENTS (log); i++)
    {
      SvTrajectMove *m = sv_traject_move_new ();

      m->from_step = g_strdup (log[i][0]);
      m->to_step = g_strdup (log[i][1]);
      m->on = day (log[i][2]);
      m->who = g_strdup ("Ineke de Vries");
      g_ptr_array_add (*moves, m);
    }
  return t;
}

static void
case_chart (SvTrajectChart *chart,
            SvTraject      *t,
            GPtrArray      *moves)
{
  GDate today = day ("2026-11-22");

  sv_traject_chart_init_case (chart, t, moves, NULL, &today);
}

static gboolean
overlap (const SvRect *a,
         const SvRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
inside (const SvRect *inner,
        const SvRect *outer,
        double        slack)
{
  return inner->x >= outer->x - slack && inner->y >= outer->y - slack &&
         inner->x + inner->width <= outer->x + outer->width + slack &&
         inner->y + inner->height <= outer->y + outer->height + slack;
}

/* The layout's promises at any size. */
static void
check_layout (const SvTrajectLayout *layout,
              double                 width,
              double                 height)
{
  SvRect page = { 0, 0, width, height };

  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      g_assert_true (inside (&layout->node[i], &page, 0.5));
      g_assert_cmpfloat (layout->node[i].width, >, 0);
      for (guint j = i + 1; j < SV_TRAJECT_N_STEPS; j++)
        g_assert_false (overlap (&layout->node[i], &layout->node[j]));
    }
  for (guint i = 0; i < layout->n_text; i++)
    {
      gboolean in_some = inside (&layout->text[i], &layout->banner, 0.5);

      g_assert_true (inside (&layout->text[i], &page, 0.5));
      for (guint n = 0; n < SV_TRAJECT_N_STEPS && !in_some; n++)
        in_some = inside (&layout->text[i], &layout->node[n], 0.5);
      g_assert_true (in_some);
      for (guint j = i + 1; j < layout->n_text; j++)
        g_assert_false (overlap (&layout->text[i], &layout->text[j]));
    }
}

/* The colour at (@x, @y) in user space of a surface drawn at @scale. */
static void
sample (cairo_surface_t *surface,
        double           scale,
        double           x,
        double           y,
        SvColor         *out)
{
  int px = (int) floor (x * scale), py = (int) floor (y * scale);
  guint32 pixel;

  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        py * cairo_image_surface_get_stride (surface) + px * 4);
  out->red = ((pixel >> 16) & 0xff) / 255.0;
  out->green = ((pixel >> 8) & 0xff) / 255.0;
  out->blue = (pixel & 0xff) / 255.0;
  out->alpha = 1;
}

static void
assert_color (const SvColor *got,
              const SvColor *want)
{
  g_assert_cmpfloat (fabs (got->red - want->red), <, 0.03);
  g_assert_cmpfloat (fabs (got->green - want->green), <, 0.03);
  g_assert_cmpfloat (fabs (got->blue - want->blue), <, 0.03);
}

/* Inside a box, left of its text and clear of its border. */
static void
sample_fill (cairo_surface_t       *surface,
             double                 scale,
             const SvTrajectLayout *layout,
             SvTrajectStep          step,
             SvColor               *out)
{
  const SvRect *r = &layout->node[step];

  sample (surface, scale, r->x + 3.6 * layout->font_scale, r->y + r->height * 0.45, out);
}

static cairo_surface_t *
render (Fixture              *f,
        const SvTrajectChart *chart,
        const SvTrajectStyle *style,
        double                width,
        double                height,
        double                scale,
        const char           *name,
        SvTrajectLayout      *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * scale),
                                                         (int) ceil (height * scale));
  cairo_t *cr;
  const char *dir = g_getenv ("SV_TRAJECT_PNG_DIR");

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_set_source_rgba (cr, style->background.red, style->background.green, style->background.blue, 1);
  cairo_paint (cr);
  sv_traject_draw (cr, f->context, chart, style, width, height, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (dir != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s.png", dir, name);

      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
    }
  return surface;
}

static void
test_case_sizes (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = investigating (&moves);
  SvTrajectChart chart;
  SvTrajectStyle light;
  static const struct {
    const char *name;
    double      width, height, scale;
    gboolean    sample;
  } sizes[] = {
    { "case-1x", 900, 0, 1, TRUE },
    { "case-2x", 900, 0, 2, TRUE },
    { "case-projector", 1920, 1080, 1, TRUE },
    { "case-tiny", 160, 90, 1, FALSE },
    { "case-narrow", 420, 0, 1, TRUE },
  };

  case_chart (&chart, t, moves);
  sv_traject_style_light (&light);
  g_assert_cmpint (chart.current, ==, SV_TRAJECT_STEP_ONDERZOEK);
  g_assert_cmpuint (chart.allowed, ==, 1u << SV_TRAJECT_STEP_ADVIES);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      double height = sizes[i].height > 0 ? sizes[i].height : sv_traject_height_for (&chart, f->context, sizes[i].width);
      SvTrajectLayout layout, again;
      cairo_surface_t *surface = render (f, &chart, &light, sizes[i].width, height, sizes[i].scale,
                                         sizes[i].name, &layout);
      SvColor got;

      check_layout (&layout, sizes[i].width, height);
      /* The layout without drawing is the same. */
      sv_traject_layout (&chart, f->context, sizes[i].width, height, &again);
      for (guint n = 0; n < SV_TRAJECT_N_STEPS; n++)
        g_assert_cmpfloat (fabs (again.node[n].x - layout.node[n].x), <, 0.01);

      if (sizes[i].sample)
        {
          /* The current step is filled with the highlight; a visited one
           * with the visited fill; one not reached stays plain. */
          g_assert_cmpuint (layout.n_text, >=, 2 * SV_TRAJECT_N_STEPS - 4);
          sample_fill (surface, sizes[i].scale, &layout, SV_TRAJECT_STEP_ONDERZOEK, &got);
          assert_color (&got, &light.current);
          sample_fill (surface, sizes[i].scale, &layout, SV_TRAJECT_STEP_TRIAGE, &got);
          assert_color (&got, &light.visited);
          sample_fill (surface, sizes[i].scale, &layout, SV_TRAJECT_STEP_TRAJECT_II, &got);
          assert_color (&got, &light.node);
        }
      for (guint n = 0; n < SV_TRAJECT_N_STEPS; n++)
        {
          const SvRect *r = &layout.node[n];

          g_assert_cmpint (sv_traject_layout_hit (&layout, r->x + r->width / 2, r->y + r->height / 2), ==, n);
        }
      g_assert_cmpint (sv_traject_layout_hit (&layout, -5, -5), ==, -1);
      cairo_surface_destroy (surface);
    }
}

/* Wider means larger type, up to the projector. */
static void
test_scales_with_width (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = investigating (&moves);
  SvTrajectChart chart;
  SvTrajectLayout small, big;

  case_chart (&chart, t, moves);
  sv_traject_layout (&chart, f->context, 800, sv_traject_height_for (&chart, f->context, 800), &small);
  sv_traject_layout (&chart, f->context, 1920, 1080, &big);
  g_assert_cmpfloat (big.font_scale, >, 1.5 * small.font_scale);
  g_assert_cmpfloat (sv_traject_height_for (&chart, f->context, 1920), <=, 1080);
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = investigating (&moves);
  SvTrajectChart chart;
  SvTrajectStyle dark;
  SvTrajectLayout layout;
  cairo_surface_t *surface;
  SvColor got;

  case_chart (&chart, t, moves);
  sv_traject_style_dark (&dark);
  surface = render (f, &chart, &dark, 900, sv_traject_height_for (&chart, f->context, 900), 1, "case-dark", &layout);
  check_layout (&layout, 900, sv_traject_height_for (&chart, f->context, 900));
  sample_fill (surface, 1, &layout, SV_TRAJECT_STEP_ONDERZOEK, &got);
  assert_color (&got, &dark.current);
  sample_fill (surface, 1, &layout, SV_TRAJECT_STEP_TRAJECT_IV, &got);
  assert_color (&got, &dark.node);
  cairo_surface_destroy (surface);
}

/* Without a case: counts per step; steps with cases are tinted. */
static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  guint counts[SV_TRAJECT_N_STEPS] = { 12, 4, 3, 17, 2, 0, 5, 9, 1, 6, 0 };
  SvTrajectChart chart;
  SvTrajectStyle light;
  SvTrajectLayout layout;
  cairo_surface_t *surface;
  g_autofree char *summary = NULL;
  SvColor got;
  double height;

  sv_traject_chart_init_counts (&chart, counts, 0);
  sv_traject_style_light (&light);
  height = sv_traject_height_for (&chart, f->context, 1000);
  surface = render (f, &chart, &light, 1000, height, 1, "counts", &layout);
  check_layout (&layout, 1000, height);
  g_assert_cmpuint (layout.n_text, ==, 2 * SV_TRAJECT_N_STEPS);
  sample_fill (surface, 1, &layout, SV_TRAJECT_STEP_ONDERZOEK, &got);
  assert_color (&got, &light.visited);
  sample_fill (surface, 1, &layout, SV_TRAJECT_STEP_TRAJECT_I, &got);
  assert_color (&got, &light.node);
  summary = sv_traject_node_summary (&chart, SV_TRAJECT_STEP_ONDERZOEK);
  g_assert_cmpstr (summary, ==, "Investigation: 17 open cases");
  cairo_surface_destroy (surface);

  sv_traject_chart_init_counts (&chart, counts, 2);
  surface = render (f, &chart, &light, 1920, 1080, 1, "counts-projector", &layout);
  check_layout (&layout, 1920, 1080);
  g_assert_cmpfloat (layout.banner.height, >, 0);
  cairo_surface_destroy (surface);
}

/* @chart drawn at @width × @height, with @cache or without. */
static cairo_surface_t *
paint (Fixture              *f,
       const SvTrajectChart *chart,
       double                width,
       double                height,
       SvTrajectCache       *cache)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  SvTrajectStyle light;

  sv_traject_style_light (&light);
  if (cache != NULL)
    sv_traject_draw_cached (cr, f->context, chart, &light, width, height, cache, NULL);
  else
    sv_traject_draw (cr, f->context, chart, &light, width, height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return cairo_image_surface_get_width (a) == cairo_image_surface_get_width (b) &&
         h == cairo_image_surface_get_height (b) &&
         memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), (gsize) h * stride) == 0;
}

/* The text kept for redrawing is laid out anew whenever the chart, the
 * size or the fonts change: every cached drawing is the uncached one. */
static void
test_cache (Fixture       *f,
            gconstpointer  data)
{
  guint counts[SV_TRAJECT_N_STEPS] = { 12, 4, 3, 17, 2, 0, 5, 9, 1, 6, 0 };
  g_autoptr(SvTrajectCache) cache = sv_traject_cache_new ();
  PangoFontDescription *font;
  SvTrajectChart a, b;
  struct { const SvTrajectChart *chart; double width, height; gboolean font; } steps[] = {
    { &a, 900, 420, FALSE },
    { &a, 900, 420, FALSE },   /* a redraw */
    { &b, 900, 420, FALSE },   /* other counts */
    { &b, 640, 360, FALSE },   /* another size */
    { &b, 640, 360, TRUE },    /* larger type */
    { &a, 640, 360, FALSE },
  };

  sv_traject_chart_init_counts (&a, counts, 0);
  counts[SV_TRAJECT_STEP_ONDERZOEK] = 1234;
  sv_traject_chart_init_counts (&b, counts, 3);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      cairo_surface_t *cached, *fresh;

      if (steps[i].font)
        {
          font = pango_font_description_from_string ("DejaVu Sans 15");
          pango_context_set_font_description (f->context, font);
          pango_font_description_free (font);
        }
      cached = paint (f, steps[i].chart, steps[i].width, steps[i].height, cache);
      fresh = paint (f, steps[i].chart, steps[i].width, steps[i].height, NULL);
      g_assert_true (same_pixels (cached, fresh));
      cairo_surface_destroy (cached);
      cairo_surface_destroy (fresh);
    }
}

/* A step the model does not know: a warning, nothing current, nothing
 * allowed. */
static void
test_unknown (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = investigating (&moves);
  SvTrajectChart chart;
  SvTrajectStyle light;
  SvTrajectLayout layout;
  cairo_surface_t *surface;
  SvColor got;
  double height;

  t->unknown_step = g_strdup ("traject-6");
  case_chart (&chart, t, moves);
  g_assert_cmpuint (chart.allowed, ==, 0);
  sv_traject_style_light (&light);
  height = sv_traject_height_for (&chart, f->context, 900);
  surface = render (f, &chart, &light, 900, height, 1, "case-unknown", &layout);
  check_layout (&layout, 900, height);
  g_assert_cmpfloat (layout.banner.height, >, 0);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      sample_fill (surface, 1, &layout, i, &got);
      g_assert_false (fabs (got.red - light.current.red) < 0.03 && fabs (got.blue - light.current.blue) < 0.03);
    }
  cairo_surface_destroy (surface);
}

static void
test_summaries (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = investigating (&moves);
  SvTrajectChart chart;
  g_autofree char *current = NULL;
  g_autofree char *next = NULL;
  g_autofree char *visited = NULL;
  g_autofree char *later = NULL;

  case_chart (&chart, t, moves);
  current = sv_traject_node_summary (&chart, SV_TRAJECT_STEP_ONDERZOEK);
  g_assert_cmpstr (current, ==, "Investigation, current step since 6 November 2026. "
                   "Week 3 of 6, until 17 December 2026.");
  next = sv_traject_node_summary (&chart, SV_TRAJECT_STEP_ADVIES);
  g_assert_cmpstr (next, ==, "2nd discussion: advice, allowed next step.");
  visited = sv_traject_node_summary (&chart, SV_TRAJECT_STEP_TRIAGE);
  g_assert_cmpstr (visited, ==, "Screening/triage, visited on 3 November 2026.");
  later = sv_traject_node_summary (&chart, SV_TRAJECT_STEP_TRAJECT_III);
  g_assert_cmpstr (later, ==, "Traject III, not reached.");
}

/* The PDF of the print: the same function on a vector surface. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = investigating (&moves);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "traject.pdf", NULL);
  SvTrajectChart chart;
  SvTrajectStyle light;
  SvTrajectLayout layout;
  cairo_surface_t *surface;
  cairo_t *cr;

  case_chart (&chart, t, moves);
  sv_traject_style_light (&light);
  surface = cairo_pdf_surface_create (path, 520, 300);
  cr = cairo_create (surface);
  sv_traject_draw (cr, f->context, &chart, &light, 520, 300, &layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  check_layout (&layout, 520, 300);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  if (g_getenv ("SV_TRAJECT_PNG_DIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/traject-draw/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("case-sizes", test_case_sizes);
  ADD ("scales-with-width", test_scales_with_width);
  ADD ("dark", test_dark);
  ADD ("counts", test_counts);
  ADD ("cache", test_cache);
  ADD ("unknown", test_unknown);
  ADD ("summaries", test_summaries);
  ADD ("pdf", test_pdf);
#undef ADD
  return g_test_run ();
}
