/* sv-score-chart-draw.c: drawing the Veiligheidsschaal of a
 * Veiligheidskaart. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "sv-chart-text.h"
#include "sv-date.h"
#include "sv-score-chart-draw.h"

#define PAD 8.0
#define BAND 34.0          /* the height of the 0–10 band of a row */
#define ROW_GAP 10.0
#define DOT 4.0
#define NUMBER_SCALE 0.8
#define LATEST_SCALE 1.5
#define MAX_LABEL_WIDTH 170.0

void
sv_score_style_light (SvScoreStyle *style)
{
  *style = (SvScoreStyle) {
    .background = { 1, 1, 1, 1 },
    .foreground = { 0.12, 0.12, 0.12, 1 },
    .dim = { 0.42, 0.42, 0.42, 1 },
    .grid = { 0.85, 0.85, 0.87, 1 },
    .line = { 0.11, 0.44, 0.85, 1 },
  };
}

void
sv_score_style_dark (SvScoreStyle *style)
{
  *style = (SvScoreStyle) {
    .background = { 0.14, 0.14, 0.14, 1 },
    .foreground = { 0.95, 0.95, 0.95, 1 },
    .dim = { 0.65, 0.65, 0.65, 1 },
    .grid = { 0.30, 0.30, 0.32, 1 },
    .line = { 0.47, 0.68, 0.98, 1 },
  };
}

static double
row_height (PangoContext *context)
{
  return sv_chart_text_line_height (context, NUMBER_SCALE, PANGO_WEIGHT_NORMAL) + BAND + ROW_GAP;
}

static double
axis_height (PangoContext *context)
{
  return sv_chart_text_line_height (context, NUMBER_SCALE, PANGO_WEIGHT_NORMAL) + 4;
}

double
sv_score_chart_height_for (PangoContext *context,
                           guint         n_series)
{
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  n_series = CLAMP (n_series, 1, SV_SCORE_CHART_MAX_SERIES);
  return ceil (2 * PAD + n_series * row_height (context) + axis_height (context));
}

static void
set_color (cairo_t       *cr,
           const SvColor *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

static void
add_text (SvScoreLayout *layout,
          double         x,
          double         y,
          double         width,
          double         height)
{
  if (layout == NULL || layout->n_text >= SV_SCORE_CHART_MAX_TEXT)
    return;
  layout->text[layout->n_text++] = (SvRect) { x, y, width, height };
}

/* Draws @pl with its ink box's left edge at @x (or centred on @x when
 * @centre), its top at @y; returns the box it took. */
static SvRect
show (cairo_t       *cr,
      PangoLayout   *pl,
      double         x,
      double         y,
      gboolean       centre,
      SvScoreLayout *layout)
{
  int w, h;
  SvRect box;

  pango_layout_get_pixel_size (pl, &w, &h);
  box = (SvRect) { centre ? x - w / 2.0 : x, y, w, h };
  cairo_move_to (cr, box.x, box.y);
  pango_cairo_show_layout (cr, pl);
  add_text (layout, box.x, box.y, box.width, box.height);
  return box;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

/* The distinct dates of the points drawn (the latest of each viewpoint),
 * oldest first, at most SV_SCORE_CHART_MAX_POINTS of them. */
static GArray *
collect_dates (const SvScoreSeries *series,
               guint                n_series)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (GDate));

  for (guint s = 0; s < n_series; s++)
    {
      guint first = series[s].n_points > SV_SCORE_CHART_MAX_POINTS ? series[s].n_points - SV_SCORE_CHART_MAX_POINTS : 0;

      for (guint i = first; i < series[s].n_points; i++)
        {
          const GDate *d = &series[s].points[i].date;
          gboolean known = FALSE;

          if (!g_date_valid (d))
            continue;
          for (guint j = 0; j < dates->len && !known; j++)
            known = g_date_compare (&g_array_index (dates, GDate, j), d) == 0;
          if (!known)
            g_array_append_val (dates, *d);
        }
    }
  g_array_sort (dates, compare_dates);
  if (dates->len > SV_SCORE_CHART_MAX_POINTS)
    g_array_remove_range (dates, 0, dates->len - SV_SCORE_CHART_MAX_POINTS);
  return dates;
}

static int
date_index (GArray      *dates,
            const GDate *d)
{
  for (guint j = 0; j < dates->len; j++)
    if (g_date_compare (&g_array_index (dates, GDate, j), d) == 0)
      return (int) j;
  return -1;
}

static void
draw_row (cairo_t             *cr,
          PangoContext        *context,
          const SvScoreSeries *s,
          guint                row,
          GArray              *dates,
          const SvScoreStyle  *style,
          const SvRect        *box,
          double               label_width,
          double               latest_width,
          SvScoreLayout       *layout)
{
  double number_h = sv_chart_text_line_height (context, NUMBER_SCALE, PANGO_WEIGHT_NORMAL);
  SvRect plot = { box->x + label_width + PAD, box->y + number_h, 0, BAND };
  double step, px = NAN, py = NAN, number_right = -INFINITY;
  g_autoptr(PangoLayout) label = sv_chart_text_layout (context, s->label, 1.0, PANGO_WEIGHT_NORMAL, label_width, 2);
  int lw, lh;

  plot.width = MAX (1.0, box->width - label_width - latest_width - 2 * PAD);
  step = plot.width / MAX (1u, dates->len);
  if (layout != NULL)
    {
      layout->row[row] = *box;
      layout->plot[row] = plot;
      layout->n_dots[row] = 0;
    }

  /* The name, left-aligned and centred on the band. */
  pango_layout_set_alignment (label, PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (label, &lw, &lh);
  set_color (cr, &style->foreground);
  show (cr, label, box->x, plot.y + (BAND - lh) / 2, FALSE, layout);

  /* The band: 0, 5 and 10 as faint lines. */
  set_color (cr, &style->grid);
  cairo_set_line_width (cr, 1);
  for (int g = 0; g <= 10; g += 5)
    {
      double y = round (plot.y + BAND * (1 - g / 10.0)) + 0.5;

      cairo_move_to (cr, plot.x, y);
      cairo_line_to (cr, plot.x + plot.width, y);
    }
  cairo_stroke (cr);

  /* The trend line, then its dots and numbers over it. */
  for (int pass = 0; pass < 2; pass++)
    {
      guint first = s->n_points > SV_SCORE_CHART_MAX_POINTS ? s->n_points - SV_SCORE_CHART_MAX_POINTS : 0;
      gboolean started = FALSE;

      set_color (cr, &style->line);
      cairo_set_line_width (cr, 2);
      for (guint i = first; i < s->n_points; i++)
        {
          int j = date_index (dates, &s->points[i].date);
          double x, y;

          if (j < 0)
            continue;
          x = plot.x + (j + 0.5) * step;
          y = plot.y + BAND * (1 - CLAMP (s->points[i].score, 0, 10) / 10.0);
          if (pass == 0)
            {
              if (started)
                cairo_line_to (cr, x, y);
              else
                cairo_move_to (cr, x, y);
              started = TRUE;
              continue;
            }
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, DOT, 0, 2 * G_PI);
          cairo_fill (cr);
          if (layout != NULL && layout->n_dots[row] < SV_SCORE_CHART_MAX_POINTS)
            {
              layout->dot_x[row][layout->n_dots[row]] = x;
              layout->dot_y[row][layout->n_dots[row]] = y;
              layout->n_dots[row]++;
            }
          px = x;
          py = y;
          {
            g_autofree char *text = g_strdup_printf ("%d", s->points[i].score);
            g_autoptr(PangoLayout) number = sv_chart_text_layout (context, text, NUMBER_SCALE,
                                                                  PANGO_WEIGHT_NORMAL, -1, 1);
            int nw, nh;

            /* A number goes only where it does not touch its neighbour. */
            pango_layout_get_pixel_size (number, &nw, &nh);
            if (x - nw / 2.0 > number_right + 2 && x + nw / 2.0 <= plot.x + plot.width + step / 2)
              {
                SvRect r;

                set_color (cr, &style->dim);
                r = show (cr, number, x, box->y, TRUE, layout);
                number_right = r.x + r.width;
                set_color (cr, &style->line);
              }
          }
        }
      if (pass == 0)
        cairo_stroke (cr);
    }

  /* The latest score, large, at the right. */
  if (s->n_points > 0 && !isnan (px))
    {
      g_autofree char *text = g_strdup_printf ("%d", s->points[s->n_points - 1].score);
      g_autoptr(PangoLayout) latest = sv_chart_text_layout (context, text, LATEST_SCALE, PANGO_WEIGHT_BOLD, -1, 1);
      int w, h;

      pango_layout_get_pixel_size (latest, &w, &h);
      set_color (cr, &style->foreground);
      show (cr, latest, box->x + box->width - latest_width / 2, plot.y + (BAND - h) / 2, TRUE, layout);
    }
  (void) py;
}

void
sv_score_chart_draw (cairo_t             *cr,
                     PangoContext        *context,
                     const SvScoreSeries *series,
                     guint                n_series,
                     const SvScoreStyle  *style,
                     double               width,
                     double               height,
                     SvScoreLayout       *out_layout)
{
  g_autoptr(GArray) dates = NULL;
  double rh, label_width, latest_width, y;
  g_autoptr(PangoLayout) probe = NULL;
  int pw, ph;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);

  if (out_layout != NULL)
    memset (out_layout, 0, sizeof *out_layout);
  n_series = MIN (n_series, SV_SCORE_CHART_MAX_SERIES);
  cairo_save (cr);

  if (n_series == 0)
    {
      g_autoptr(PangoLayout) empty = sv_chart_text_layout (context, _("No scores yet"), 1.0,
                                                           PANGO_WEIGHT_NORMAL, width - 2 * PAD, 1);
      int w, h;

      pango_layout_get_pixel_size (empty, &w, &h);
      set_color (cr, &style->dim);
      show (cr, empty, width / 2, (height - h) / 2, TRUE, out_layout);
      cairo_restore (cr);
      return;
    }

  dates = collect_dates (series, n_series);
  rh = row_height (context);
  label_width = MIN (MAX_LABEL_WIDTH, floor (width * 0.3));
  probe = sv_chart_text_layout (context, "10", LATEST_SCALE, PANGO_WEIGHT_BOLD, -1, 1);
  pango_layout_get_pixel_size (probe, &pw, &ph);
  latest_width = pw + 2 * PAD;

  y = PAD;
  for (guint s = 0; s < n_series; s++)
    {
      SvRect box = { PAD, y, width - 2 * PAD, rh - ROW_GAP };

      draw_row (cr, context, &series[s], s, dates, style, &box, label_width, latest_width, out_layout);
      y += rh;
    }
  if (out_layout != NULL)
    out_layout->n_rows = n_series;

  /* The dates under the rows, each under its column, skipped where it
   * would run into the one before. */
  {
    double plot_x = PAD + label_width + PAD;
    double plot_w = MAX (1.0, width - 2 * PAD - label_width - latest_width - 2 * PAD);
    double step = plot_w / MAX (1u, dates->len);
    double right = -INFINITY;

    set_color (cr, &style->dim);
    for (guint j = 0; j < dates->len; j++)
      {
        g_autofree char *text = sv_date_format_short (&g_array_index (dates, GDate, j));
        g_autoptr(PangoLayout) pl = sv_chart_text_layout (context, text, NUMBER_SCALE, PANGO_WEIGHT_NORMAL, -1, 1);
        double x = plot_x + (j + 0.5) * step;
        int w, h;

        pango_layout_get_pixel_size (pl, &w, &h);
        /* The last date always shows: the latest scores are the point. */
        if (j + 1 < dates->len && (x - w / 2.0 <= right + 4 || x + w / 2.0 > width))
          continue;
        if (j + 1 == dates->len && x - w / 2.0 <= right + 4 && out_layout != NULL && out_layout->n_text > 0)
          continue;
        right = show (cr, pl, MIN (x, width - w / 2.0), y - ROW_GAP + 4, TRUE, out_layout).x + w;
      }
  }
  cairo_restore (cr);
  (void) height;
}

char *
sv_score_chart_summary (const SvScoreSeries *series,
                        guint                n_series)
{
  GString *text = g_string_new (NULL);

  if (n_series == 0)
    return g_strdup (_("Veiligheidsschaal: no scores yet."));
  g_string_append (text, _("Veiligheidsschaal."));
  for (guint s = 0; s < n_series; s++)
    {
      g_string_append_printf (text, " %s:", series[s].label);
      for (guint i = 0; i < series[s].n_points; i++)
        {
          g_autofree char *date = sv_date_format_medium (&series[s].points[i].date);

          /* TRANSLATORS: one score in the screen reader's summary: "6 on 3 December 2026" */
          g_string_append_printf (text, i == 0 ? " " : ", ");
          g_string_append_printf (text, _("%d on %s"), series[s].points[i].score, date);
        }
      g_string_append_c (text, '.');
    }
  return g_string_free (text, FALSE);
}
