/* test-vht-draw.c: the VeiligheidsTeam's interventions drawn into image
 * surfaces at 1×, 2× and a small size — the five boxes apart and inside
 * the chart, no text over other text, every text inside its box, a
 * deployed intervention filled with the traject chart's highlight, light
 * and dark. No display needed.
 *
 * With SV_TRAJECT_PNG_DIR set, the renderings are written there as PNGs
 * (in the language of LANGUAGE) to be looked at. */
#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "sv-date.h"
#include "sv-vht-draw.h"

typedef struct {
  PangoContext       *context;
  SvVhtInterventions *v;
} Fixture;

static GDate
day (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

/* One of each state: 1 done, 2 deployed, 3 advised, 4 and 5 not chosen. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 11");

  f->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_font_description (f->context, font);
  pango_font_description_free (font);

  f->v = sv_vht_interventions_new ();
  f->v->state[SV_VHT_INTERVENTION_ZORG] = SV_VHT_STATE_AFGEROND;
  f->v->since[SV_VHT_INTERVENTION_ZORG] = day ("2026-11-20");
  f->v->state[SV_VHT_INTERVENTION_NETWERKBERAAD] = SV_VHT_STATE_INGEZET;
  f->v->since[SV_VHT_INTERVENTION_NETWERKBERAAD] = day ("2026-11-14");
  f->v->state[SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG] = SV_VHT_STATE_GEADVISEERD;
  f->v->since[SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG] = day ("2026-11-12");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_pointer (&f->v, sv_vht_interventions_free);
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

static void
check_layout (const SvVhtLayout *layout,
              double             width,
              double             height)
{
  SvRect page = { 0, 0, width, height };

  g_assert_cmpuint (layout->n_text, ==, 2 * SV_VHT_N_INTERVENTIONS);
  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      g_assert_true (inside (&layout->box[i], &page, 0.5));
      g_assert_cmpfloat (layout->box[i].width, >, 10);
      for (guint j = i + 1; j < SV_VHT_N_INTERVENTIONS; j++)
        g_assert_false (overlap (&layout->box[i], &layout->box[j]));
    }
  for (guint i = 0; i < layout->n_text; i++)
    {
      g_assert_cmpfloat (layout->text[i].height, >, 0);
      g_assert_true (inside (&layout->text[i], &layout->box[i / 2], 1));
      for (guint j = i + 1; j < layout->n_text; j++)
        g_assert_false (overlap (&layout->text[i], &layout->text[j]));
    }
}

static cairo_surface_t *
render (Fixture              *f,
        const SvTrajectStyle *style,
        double                width,
        double                height,
        double                scale,
        const char           *name,
        SvVhtLayout          *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                                         (int) ceil (height * scale));
  const char *dir = g_getenv ("SV_TRAJECT_PNG_DIR");
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_set_source_rgba (cr, style->background.red, style->background.green, style->background.blue, 1);
  cairo_paint (cr);
  sv_vht_draw (cr, f->context, f->v, style, width, height, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (dir != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s/vht-%s.png", dir, name);

      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
    }
  return surface;
}

/* Whether the pixel at (@x, @y) in user units is @color. */
static gboolean
pixel_is (cairo_surface_t *surface,
          double           scale,
          double           x,
          double           y,
          const SvColor   *color)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(const guint32 *) (data + (int) (y * scale) * stride + 4 * (int) (x * scale));
  int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

  return ABS (r - (int) round (color->red * 255)) <= 2 &&
         ABS (g - (int) round (color->green * 255)) <= 2 &&
         ABS (b - (int) round (color->blue * 255)) <= 2;
}

/* A point inside box @i, left of its text. */
static void
check_fill (cairo_surface_t   *surface,
            double             scale,
            const SvVhtLayout *layout,
            guint              i,
            const SvColor     *color,
            gboolean           expected)
{
  const SvRect *r = &layout->box[i];

  g_assert_true (pixel_is (surface, scale, r->x + 4, r->y + r->height / 2, color) == expected);
}

static void
test_sizes (Fixture       *f,
            gconstpointer  data)
{
  static const struct { double width; double scale; const char *name; } sizes[] = {
    { 640, 1, "1x" }, { 640, 2, "2x" }, { 900, 1, "wide" }, { 260, 1, "small" }, { 260, 2, "small-2x" },
  };
  SvTrajectStyle light;
  double height = sv_vht_height_for (f->context);

  g_assert_cmpfloat (height, >, 20);
  g_assert_cmpfloat (height, <, 200);
  sv_traject_style_light (&light);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      SvVhtLayout layout;
      cairo_surface_t *surface = render (f, &light, sizes[i].width, height, sizes[i].scale, sizes[i].name, &layout);

      check_layout (&layout, sizes[i].width, height);
      /* Deployed: the highlight; the others not. */
      check_fill (surface, sizes[i].scale, &layout, SV_VHT_INTERVENTION_NETWERKBERAAD, &light.current, TRUE);
      check_fill (surface, sizes[i].scale, &layout, SV_VHT_INTERVENTION_ZORG, &light.visited, TRUE);
      check_fill (surface, sizes[i].scale, &layout, SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG, &light.current, FALSE);
      check_fill (surface, sizes[i].scale, &layout, SV_VHT_INTERVENTION_GESPREK_RVDK, &light.node, TRUE);
      cairo_surface_destroy (surface);
    }
}

/* Lower than it asks for: smaller type, still nothing overlapping. */
static void
test_low (Fixture       *f,
          gconstpointer  data)
{
  SvTrajectStyle light;
  SvVhtLayout layout;
  double height = sv_vht_height_for (f->context) * 0.7;
  cairo_surface_t *surface;

  sv_traject_style_light (&light);
  surface = render (f, &light, 500, height, 1, "low", &layout);
  check_layout (&layout, 500, height);
  cairo_surface_destroy (surface);
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  SvTrajectStyle light, dark;
  SvVhtLayout layout;
  double height = sv_vht_height_for (f->context);
  cairo_surface_t *surface;

  sv_traject_style_light (&light);
  sv_traject_style_dark (&dark);
  surface = render (f, &dark, 640, height, 1, "dark", &layout);
  check_layout (&layout, 640, height);
  check_fill (surface, 1, &layout, SV_VHT_INTERVENTION_NETWERKBERAAD, &dark.current, TRUE);
  check_fill (surface, 1, &layout, SV_VHT_INTERVENTION_NETWERKBERAAD, &light.current, FALSE);
  check_fill (surface, 1, &layout, SV_VHT_INTERVENTION_WARME_OVERDRACHT, &dark.node, TRUE);
  g_assert_true (pixel_is (surface, 1, 1, 1, &dark.background));
  cairo_surface_destroy (surface);
}

/* The screen reader's sentence names all five with their states. */
static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *summary = sv_vht_summary (f->v);

  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    g_assert_nonnull (strstr (summary, sv_vht_intervention_label ((SvVhtIntervention) i)));
  g_assert_nonnull (strstr (summary, sv_vht_state_label (SV_VHT_STATE_INGEZET)));
  g_assert_nonnull (strstr (summary, sv_vht_state_label (SV_VHT_STATE_NIET_GEKOZEN)));
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
  g_test_add ("/vht-draw/sizes", Fixture, NULL, fixture_set_up, test_sizes, fixture_tear_down);
  g_test_add ("/vht-draw/low", Fixture, NULL, fixture_set_up, test_low, fixture_tear_down);
  g_test_add ("/vht-draw/dark", Fixture, NULL, fixture_set_up, test_dark, fixture_tear_down);
  g_test_add ("/vht-draw/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  return g_test_run ();
}
