/* sv-traject-draw.c: drawing the Interventieteam's path as a chart. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "sv-chart-text.h"
#include "sv-date.h"
#include "sv-traject-draw.h"

#define N_ROW1        5        /* received … the decision */
#define DIAMOND_WEIGHT 1.35    /* the decision's cell is wider */
#define MIN_SCALE     0.45
#define MAX_SCALE     2.4

/* ------------------------------------------------------------------------
 * Model
 * ------------------------------------------------------------------------ */

void
sv_traject_chart_init_case (SvTrajectChart  *chart,
                            const SvTraject *traject,
                            GPtrArray       *moves,
                            SvWorkdays      *workdays,
                            const GDate     *today)
{
  g_return_if_fail (chart != NULL && traject != NULL);

  memset (chart, 0, sizeof *chart);
  chart->has_case = TRUE;
  chart->current = traject->step;
  chart->unknown_step = traject->unknown_step;
  sv_traject_visited (traject, moves, chart->visited);
  chart->allowed = sv_traject_allowed_steps (traject, workdays, today);
  sv_traject_limit (traject, workdays, today, &chart->limit);
}

void
sv_traject_chart_init_counts (SvTrajectChart *chart,
                              const guint    *counts,
                              guint           n_unknown)
{
  g_return_if_fail (chart != NULL && counts != NULL);

  memset (chart, 0, sizeof *chart);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    g_date_clear (&chart->visited[i], 1);
  memcpy (chart->counts, counts, sizeof chart->counts);
  chart->n_unknown = n_unknown;
}

void
sv_traject_style_light (SvTrajectStyle *style)
{
  *style = (SvTrajectStyle) {
    .background = { 1, 1, 1, 1 },
    .foreground = { 0.12, 0.12, 0.12, 1 },
    .dim = { 0.42, 0.42, 0.42, 1 },
    .line = { 0.35, 0.35, 0.38, 1 },
    .node = { 0.97, 0.97, 0.97, 1 },
    .visited = { 0.86, 0.93, 0.87, 1 },
    .current = { 0.11, 0.44, 0.85, 1 },
    .on_current = { 1, 1, 1, 1 },
    .allowed = { 0.11, 0.44, 0.85, 1 },
    .warning = { 0.72, 0.42, 0.0, 1 },
  };
}

void
sv_traject_style_dark (SvTrajectStyle *style)
{
  *style = (SvTrajectStyle) {
    .background = { 0.14, 0.14, 0.14, 1 },
    .foreground = { 0.94, 0.94, 0.94, 1 },
    .dim = { 0.66, 0.66, 0.66, 1 },
    .line = { 0.70, 0.70, 0.72, 1 },
    .node = { 0.20, 0.20, 0.21, 1 },
    .visited = { 0.16, 0.30, 0.20, 1 },
    .current = { 0.21, 0.52, 0.89, 1 },
    .on_current = { 1, 1, 1, 1 },
    .allowed = { 0.47, 0.68, 0.98, 1 },
    .warning = { 0.97, 0.76, 0.30, 1 },
  };
}

/* ------------------------------------------------------------------------
 * Text
 * ------------------------------------------------------------------------ */

/* What a step stands for, under its name on the chart. */
static const char *
step_hint (SvTrajectStep step)
{
  switch (step)
    {
    case SV_TRAJECT_STEP_ONDERZOEK:   return C_("traject hint", "at most 6 weeks");
    case SV_TRAJECT_STEP_TRAJECT_I:   return C_("traject hint", "no care needed");
    case SV_TRAJECT_STEP_TRAJECT_II:  return C_("traject hint", "voorliggend veld");
    case SV_TRAJECT_STEP_TRAJECT_III: return C_("traject hint", "specialist care");
    case SV_TRAJECT_STEP_TRAJECT_IV:  return C_("traject hint", "intensive, ≤ 18 hours");
    case SV_TRAJECT_STEP_TRAJECT_V:   return C_("traject hint", "monitoring, 6 months");
    case SV_TRAJECT_STEP_ONTVANGEN:
    case SV_TRAJECT_STEP_TRIAGE:
    case SV_TRAJECT_STEP_EERSTE_BESPREKING:
    case SV_TRAJECT_STEP_ADVIES:
    case SV_TRAJECT_STEP_AFGEROND:
    case SV_TRAJECT_N_STEPS:
    default:
      return NULL;
    }
}

/* "17 dec" that never breaks between day and month. */
static char *
short_date (const GDate *date)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;

  if (!g_date_valid (date))
    return NULL;
  text = sv_date_format_short (date);
  parts = g_strsplit (text, " ", -1);
  return g_strjoinv ("\u00a0", parts);
}

static char *
limit_short (const SvTrajectLimit *limit)
{
  g_autofree char *due = short_date (&limit->due);
  g_autofree char *mdo = short_date (&limit->mdo);

  switch (limit->kind)
    {
    case SV_TRAJECT_LIMIT_HOURS:
      return g_strdup_printf (_("%d:%02d of 18 hours"), limit->used / 60, limit->used % 60);
    case SV_TRAJECT_LIMIT_WEEKS:
      if (due == NULL)
        return NULL;
      if (limit->over)
        return g_strdup_printf (_("over 6 weeks since %s"), due);
      return g_strdup_printf (_("week %d of 6 · %s"), MIN (6, limit->used / 7 + 1), due);
    case SV_TRAJECT_LIMIT_MONTHS:
      if (due == NULL)
        return NULL;
      if (limit->over)
        return g_strdup_printf (_("6 months over since %s"), due);
      return g_strdup_printf (_("MDO %s, closing %s"), mdo, due);
    case SV_TRAJECT_LIMIT_NONE:
    default:
      return NULL;
    }
}

/* The small text under a step's name. */
static char *
step_detail (const SvTrajectChart *chart,
             SvTrajectStep         step)
{
  const char *hint = step_hint (step);

  if (!chart->has_case)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open",
                                                             chart->counts[step]),
                                                chart->counts[step]);

      return hint != NULL ? g_strdup_printf ("%s\n%s", hint, count) : g_steal_pointer (&count);
    }
  if (chart->unknown_step == NULL && step == chart->current)
    {
      g_autofree char *since = g_date_valid (&chart->visited[step]) ? sv_date_format_short (&chart->visited[step]) : NULL;
      g_autofree char *limit = limit_short (&chart->limit);
      g_autofree char *first = since != NULL ? g_strdup_printf (_("since %s"), since) : g_strdup (_("current step"));

      return limit != NULL ? g_strdup_printf ("%s\n%s", first, limit) : g_steal_pointer (&first);
    }
  if (g_date_valid (&chart->visited[step]))
    {
      g_autofree char *date = sv_date_format_short (&chart->visited[step]);

      /* The tick tells visited from not without colour. */
      return g_strdup_printf ("✓ %s", date);
    }
  return g_strdup (hint);
}



/* ------------------------------------------------------------------------
 * Geometry
 * ------------------------------------------------------------------------ */

typedef struct {
  double fs;             /* font scale */
  double margin;
  double top;            /* where the chart starts: the margin, or lower to centre it */
  double pad;
  double label_line;
  double detail_line;
  int    label_lines;
  int    detail_lines;
  double bar;            /* the limit bar in the current step */
  double box_h;
  double closed_h;       /* "closed" is one line of name, one of detail */
  double diamond_h;
  double banner_h;
  double gap_bus;        /* between the first row and the outcomes */
  double gap_close;      /* between the outcomes and "closed" */
} Geometry;

static gboolean
has_banner (const SvTrajectChart *chart)
{
  return chart->has_case ? chart->unknown_step != NULL : chart->n_unknown > 0;
}

static double
natural_height (const Geometry *g)
{
  return 2 * g->margin + g->banner_h + g->diamond_h + g->gap_bus + g->box_h + g->closed_h + g->gap_close;
}

static int
count_lines (PangoContext *context,
             const char   *text,
             double        scale,
             PangoWeight   weight,
             double        width,
             int           max_lines)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || *text == '\0')
    return 0;
  if (width <= 1)
    return max_lines;
  layout = sv_chart_text_layout (context, text, scale, weight, width, max_lines);
  return MIN (pango_layout_get_line_count (layout), max_lines + 1);
}

/* The widths of the text in a box of the first row and of the outcomes,
 * as place() will lay them out. */
static void
text_widths (double  width,
             double  fs,
             double *row1,
             double *row2)
{
  double margin = 6 * fs, pad = 6 * fs;
  double unit = MAX (1.0, width - 2 * margin) / (N_ROW1 - 1 + DIAMOND_WEIGHT);
  double cell = MAX (1.0, width - 2 * margin) / 5;

  *row1 = unit - CLAMP (unit * 0.15, 4.0, 40 * fs) - 2 * pad;
  *row2 = cell - CLAMP (cell * 0.18, 4.0, 48 * fs) - 2 * pad;
}

static void
geometry_at (const SvTrajectChart *chart,
             PangoContext         *context,
             double                width,
             double                fs,
             Geometry             *g)
{
  double row1, row2;

  g->fs = fs;
  g->margin = 6 * fs;
  g->top = g->margin;
  g->pad = 6 * fs;
  g->label_line = sv_chart_text_line_height (context, fs, PANGO_WEIGHT_BOLD);
  g->detail_line = sv_chart_text_line_height (context, 0.85 * fs, PANGO_WEIGHT_NORMAL);
  /* As many lines as the longest name and detail need, at most 2 and 3. */
  g->label_lines = 1;
  g->detail_lines = 1;
  text_widths (width, fs, &row1, &row2);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      g_autofree char *detail = NULL;
      double w;

      if (i == SV_TRAJECT_STEP_ADVIES || i == SV_TRAJECT_STEP_AFGEROND)
        continue;
      w = i < N_ROW1 ? row1 : row2;
      detail = step_detail (chart, (SvTrajectStep) i);
      g->label_lines = MAX (g->label_lines, count_lines (context, sv_traject_step_label (i), fs,
                                                         PANGO_WEIGHT_BOLD, w, 2));
      g->detail_lines = MAX (g->detail_lines, count_lines (context, detail, 0.85 * fs,
                                                           PANGO_WEIGHT_NORMAL, w, 3));
    }
  g->label_lines = MIN (g->label_lines, 2);
  g->detail_lines = MIN (g->detail_lines, 3);
  g->bar = chart->has_case ? 5 * fs : 0;
  /* A little slack: wrapped lines can be taller than one line measured. */
  g->box_h = 2.5 * g->pad + g->label_lines * g->label_line + g->detail_lines * g->detail_line + g->bar;
  g->closed_h = 2.5 * g->pad + g->label_line + g->detail_line;
  g->diamond_h = MAX (1.4 * g->box_h, 2 * (2 * g->label_line + g->detail_line));
  g->banner_h = has_banner (chart) ? 2 * g->label_line + g->pad : 0;
  g->gap_bus = MAX (14 * fs, 1.1 * g->detail_line);
  g->gap_close = MAX (18 * fs, 1.4 * g->detail_line);
}

static double
scale_for_width (double width)
{
  return CLAMP (width / 900.0, 0.8, MAX_SCALE);
}

/* The largest type that fits @height, then squeezed when even the
 * smallest does not: lines of text are dropped, never drawn over. */
static void
fit_geometry (const SvTrajectChart *chart,
              PangoContext         *context,
              double                width,
              double                height,
              Geometry             *g)
{
  double fs = scale_for_width (width);
  double k, text_h;

  geometry_at (chart, context, width, fs, g);
  while (natural_height (g) > height && fs > MIN_SCALE)
    {
      fs = MAX (MIN_SCALE, fs * 0.9);
      geometry_at (chart, context, width, fs, g);
    }
  if (natural_height (g) <= height)
    {
      /* Room to spare: wider gaps, at most twice. */
      double spare = height - natural_height (g);
      double grow = MIN (spare / 2, g->gap_bus + g->gap_close);

      double bus = g->gap_bus, close = g->gap_close;

      g->gap_bus += grow * bus / (bus + close);
      g->gap_close += grow * close / (bus + close);
      g->top = g->margin + (spare - grow) / 2;
      return;
    }
  k = height / natural_height (g);
  g->margin *= k;
  g->top = g->margin;
  g->pad *= k;
  g->bar *= k;
  g->box_h *= k;
  g->closed_h *= k;
  g->diamond_h *= k;
  g->banner_h *= k;
  g->gap_bus *= k;
  g->gap_close *= k;
  text_h = g->box_h - 2 * g->pad - g->bar;
  g->label_lines = MIN (g->label_lines,
                        text_h >= 2 * g->label_line + g->detail_line ? 2 : text_h >= g->label_line ? 1 : 0);
  text_h -= g->label_lines * g->label_line;
  g->detail_lines = MIN (g->detail_lines, (int) floor (text_h / g->detail_line));
  if (g->banner_h < g->label_line)
    g->banner_h = 0;
}

typedef struct {
  Geometry g;
  SvRect   node[SV_TRAJECT_N_STEPS];
  double   y_bus;
  double   y_loop;
} Placement;

static void
place (const SvTrajectChart *chart,
       PangoContext         *context,
       double                width,
       double                height,
       Placement            *p)
{
  Geometry *g = &p->g;
  double x, unit, gap, row1_mid, row2_top, row2_w, closed_top;

  fit_geometry (chart, context, width, height, g);

  /* The first row: four boxes and the wider decision. */
  unit = MAX (1.0, width - 2 * g->margin) / (N_ROW1 - 1 + DIAMOND_WEIGHT);
  gap = CLAMP (unit * 0.15, 4.0, 40 * g->fs);
  row1_mid = g->top + g->banner_h + g->diamond_h / 2;
  x = g->margin;
  for (guint i = 0; i < N_ROW1; i++)
    {
      double cell = i == SV_TRAJECT_STEP_ADVIES ? unit * DIAMOND_WEIGHT : unit;
      double h = i == SV_TRAJECT_STEP_ADVIES ? g->diamond_h : g->box_h;

      p->node[i] = (SvRect) { x + gap / 2, row1_mid - h / 2, MAX (1.0, cell - gap), h };
      x += cell;
    }

  /* Traject I–V as a row of outcomes. */
  row2_top = g->top + g->banner_h + g->diamond_h + g->gap_bus;
  row2_w = MAX (1.0, width - 2 * g->margin) / 5;
  gap = CLAMP (row2_w * 0.18, 4.0, 48 * g->fs);
  for (guint i = 0; i < 5; i++)
    p->node[SV_TRAJECT_STEP_TRAJECT_I + i] = (SvRect) { g->margin + i * row2_w + gap / 2, row2_top,
                                                         MAX (1.0, row2_w - gap), g->box_h };

  /* Closed, under the whole row. */
  closed_top = row2_top + g->box_h + g->gap_close;
  p->node[SV_TRAJECT_STEP_AFGEROND] = (SvRect) {
    p->node[SV_TRAJECT_STEP_TRAJECT_I].x, closed_top,
    p->node[SV_TRAJECT_STEP_TRAJECT_V].x + p->node[SV_TRAJECT_STEP_TRAJECT_V].width - p->node[SV_TRAJECT_STEP_TRAJECT_I].x,
    g->closed_h,
  };
  p->y_bus = row2_top - g->gap_bus / 2;
  p->y_loop = row2_top + g->box_h + g->gap_close * 0.45;
}

/* The area inside a node where its text goes. */
static SvRect
text_area (const Placement *p,
           SvTrajectStep    step)
{
  const SvRect *r = &p->node[step];
  const Geometry *g = &p->g;

  if (sv_traject_step_is_decision (step))
    {
      /* The middle of the diamond, where it is wide enough. */
      double w = r->width * 0.68;
      double h = r->height * 0.6;

      return (SvRect) { r->x + (r->width - w) / 2, r->y + (r->height - h) / 2, w, h };
    }
  return (SvRect) { r->x + g->pad, r->y + g->pad, MAX (0.0, r->width - 2 * g->pad),
                    MAX (0.0, r->height - 2 * g->pad - g->bar) };
}

typedef struct {
  PangoLayout *label;
  PangoLayout *detail;
  double       label_y;
  double       detail_y;
  SvRect       label_rect;
  SvRect       detail_rect;
} NodeText;

static SvRect
ink_rect (PangoLayout *layout,
          double       x,
          double       y)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return (SvRect) { x + logical.x, y + logical.y, logical.width, logical.height };
}

/* Lays out the name and the detail of @step, centred in its text area;
 * text that does not fit is left out. */
static void
node_text (const SvTrajectChart *chart,
           PangoContext         *context,
           const Placement      *p,
           SvTrajectStep         step,
           NodeText             *out)
{
  const Geometry *g = &p->g;
  SvRect area = text_area (p, step);
  g_autofree char *detail = step_detail (chart, step);
  int label_lines = g->label_lines, detail_lines = g->detail_lines;
  double label_h = 0, detail_h = 0, top;
  int h;

  memset (out, 0, sizeof *out);
  if (area.width < 8 * g->fs || area.height < g->label_line)
    return;
  /* The diamond and "closed" have less room than a box: a line of detail
   * goes before a second line of name. */
  if (area.height >= g->label_line + g->detail_line)
    label_lines = MIN (label_lines, (int) floor ((area.height - g->detail_line) / g->label_line));
  else
    label_lines = MIN (label_lines, 1);
  detail_lines = MIN (detail_lines, (int) floor ((area.height - label_lines * g->label_line) / g->detail_line));
  if (label_lines > 0)
    {
      out->label = sv_chart_text_layout (context, sv_traject_step_label (step), g->fs, PANGO_WEIGHT_BOLD, area.width, label_lines);
      pango_layout_get_pixel_size (out->label, NULL, &h);
      label_h = h;
    }
  if (detail_lines > 0 && detail != NULL && *detail != '\0')
    {
      out->detail = sv_chart_text_layout (context, detail, 0.85 * g->fs, PANGO_WEIGHT_NORMAL, area.width, detail_lines);
      pango_layout_get_pixel_size (out->detail, NULL, &h);
      detail_h = h;
      if (label_h + detail_h > area.height + 0.5)
        {
          g_clear_object (&out->detail);
          detail_h = 0;
        }
    }
  top = area.y + MAX (0.0, (area.height - label_h - detail_h) / 2);
  out->label_y = top;
  out->detail_y = top + label_h;
  if (out->label != NULL)
    out->label_rect = ink_rect (out->label, area.x, out->label_y);
  if (out->detail != NULL)
    out->detail_rect = ink_rect (out->detail, area.x, out->detail_y);
}

static char *
banner_text (const SvTrajectChart *chart)
{
  if (chart->has_case)
    return g_strdup_printf (_("⚠ The case stands at “%s”, a step this version does not know: shown as stored, "
                              "it cannot be moved."),
                            chart->unknown_step);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "⚠ %u open case stands at a step this version does not know.",
                                       "⚠ %u open cases stand at a step this version does not know.",
                                       chart->n_unknown),
                          chart->n_unknown);
}

static PangoContext *
measuring_context (PangoContext *context)
{
  PangoContext *copy = pango_font_map_create_context (pango_context_get_font_map (context));

  pango_context_set_font_description (copy, pango_context_get_font_description (context));
  pango_cairo_context_set_resolution (copy, pango_cairo_context_get_resolution (context));
  pango_context_set_language (copy, pango_context_get_language (context));
  return copy;
}

/* Places everything; @texts (SV_TRAJECT_N_STEPS) and @banner keep the
 * layouts for drawing when not NULL. */
static void
compute (const SvTrajectChart *chart,
         PangoContext         *context,
         double                width,
         double                height,
         Placement            *p,
         SvTrajectLayout      *out,
         NodeText             *texts,
         PangoLayout         **banner)
{
  NodeText local;

  place (chart, context, width, height, p);
  memset (out, 0, sizeof *out);
  out->font_scale = p->g.fs;
  memcpy (out->node, p->node, sizeof out->node);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      NodeText *t = texts != NULL ? &texts[i] : &local;

      node_text (chart, context, p, (SvTrajectStep) i, t);
      if (t->label != NULL)
        out->text[out->n_text++] = t->label_rect;
      if (t->detail != NULL)
        out->text[out->n_text++] = t->detail_rect;
      if (texts == NULL)
        {
          g_clear_object (&local.label);
          g_clear_object (&local.detail);
        }
    }
  if (p->g.banner_h > 0)
    {
      g_autofree char *text = banner_text (chart);
      PangoLayout *layout = sv_chart_text_layout (context, text, p->g.fs, PANGO_WEIGHT_BOLD,
                                                  width - 2 * p->g.margin, (int) MAX (1, floor (p->g.banner_h / p->g.label_line)));

      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      out->banner = (SvRect) { p->g.margin, p->g.top, width - 2 * p->g.margin, p->g.banner_h };
      out->text[out->n_text++] = ink_rect (layout, p->g.margin, p->g.top);
      if (banner != NULL)
        *banner = layout;
      else
        g_object_unref (layout);
    }
}

double
sv_traject_height_for (const SvTrajectChart *chart,
                       PangoContext         *context,
                       double                width)
{
  PangoContext *ctx;
  Geometry g;

  g_return_val_if_fail (chart != NULL, 0);
  ctx = measuring_context (context);
  geometry_at (chart, ctx, width, scale_for_width (width), &g);
  g_object_unref (ctx);
  return ceil (natural_height (&g));
}

void
sv_traject_layout (const SvTrajectChart *chart,
                   PangoContext         *context,
                   double                width,
                   double                height,
                   SvTrajectLayout      *out)
{
  PangoContext *ctx;
  Placement p;

  g_return_if_fail (chart != NULL && out != NULL);
  ctx = measuring_context (context);
  compute (chart, ctx, width, height, &p, out, NULL, NULL);
  g_object_unref (ctx);
}

int
sv_traject_layout_hit (const SvTrajectLayout *layout,
                       double                 x,
                       double                 y)
{
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      const SvRect *r = &layout->node[i];

      if (x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height)
        return (int) i;
    }
  return -1;
}

/* ------------------------------------------------------------------------
 * Drawing
 * ------------------------------------------------------------------------ */

static void
set_color (cairo_t       *cr,
           const SvColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* A line from (x0, y0) to (x1, y1) ending in a filled arrowhead. */
static void
arrow (cairo_t *cr,
       double   x0,
       double   y0,
       double   x1,
       double   y1,
       double   head)
{
  double angle = atan2 (y1 - y0, x1 - x0);
  double bx = x1 - head * cos (angle), by = y1 - head * sin (angle);

  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, bx, by);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, bx + head * 0.5 * sin (angle), by - head * 0.5 * cos (angle));
  cairo_line_to (cr, bx - head * 0.5 * sin (angle), by + head * 0.5 * cos (angle));
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
node_path (cairo_t      *cr,
           const SvRect *r,
           gboolean      diamond,
           double        radius)
{
  cairo_new_path (cr);
  if (diamond)
    {
      cairo_move_to (cr, r->x + r->width / 2, r->y);
      cairo_line_to (cr, r->x + r->width, r->y + r->height / 2);
      cairo_line_to (cr, r->x + r->width / 2, r->y + r->height);
      cairo_line_to (cr, r->x, r->y + r->height / 2);
      cairo_close_path (cr);
      return;
    }
  radius = MIN (radius, MIN (r->width, r->height) / 2);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_arrows (cairo_t              *cr,
             const Placement      *p,
             const SvTrajectStyle *style)
{
  const SvRect *n = p->node;
  const SvRect *advies = &n[SV_TRAJECT_STEP_ADVIES];
  const SvRect *iv = &n[SV_TRAJECT_STEP_TRAJECT_IV];
  double fs = p->g.fs;
  double head = MAX (4.0, 8 * fs);
  double halo = MAX (3.0, 5 * fs);
  double advies_x = advies->x + advies->width / 2;
  double left = n[SV_TRAJECT_STEP_TRAJECT_I].x + n[SV_TRAJECT_STEP_TRAJECT_I].width / 2;
  double loop_left = n[SV_TRAJECT_STEP_TRAJECT_I].x + n[SV_TRAJECT_STEP_TRAJECT_I].width * 0.7;
  static const double dash[] = { 5, 3 };

  set_color (cr, &style->line);
  cairo_set_line_width (cr, MAX (1.0, 1.5 * fs));

  /* Along the first row. */
  for (guint i = 0; i + 1 < N_ROW1; i++)
    {
      double y = n[i].y + n[i].height / 2;

      arrow (cr, n[i].x + n[i].width, y, n[i + 1].x, y, head);
    }

  /* The decision to each traject: down, across, down. */
  cairo_move_to (cr, advies_x, advies->y + advies->height);
  cairo_line_to (cr, advies_x, p->y_bus);
  cairo_stroke (cr);
  cairo_move_to (cr, MIN (left, advies_x), p->y_bus);
  cairo_line_to (cr, MAX (advies_x, n[SV_TRAJECT_STEP_TRAJECT_V].x + n[SV_TRAJECT_STEP_TRAJECT_V].width / 2), p->y_bus);
  cairo_stroke (cr);
  for (guint i = SV_TRAJECT_STEP_TRAJECT_I; i <= SV_TRAJECT_STEP_TRAJECT_V; i++)
    arrow (cr, n[i].x + n[i].width / 2, p->y_bus, n[i].x + n[i].width / 2, n[i].y, head);

  /* I, II, III and V close. */
  for (guint i = SV_TRAJECT_STEP_TRAJECT_I; i <= SV_TRAJECT_STEP_TRAJECT_V; i++)
    if (sv_traject_is_edge ((SvTrajectStep) i, SV_TRAJECT_STEP_AFGEROND))
      {
        double x = n[i].x + n[i].width * (i == SV_TRAJECT_STEP_TRAJECT_V ? 0.5 : 0.3);

        arrow (cr, x, n[i].y + n[i].height, x, n[SV_TRAJECT_STEP_AFGEROND].y, head);
      }

  /* IV returns to I, II or III: dashed, over a halo where it crosses. */
  cairo_save (cr);
  set_color (cr, &style->background);
  cairo_set_line_width (cr, halo);
  cairo_move_to (cr, iv->x + iv->width / 2 - halo, p->y_loop);
  cairo_line_to (cr, loop_left, p->y_loop);
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, iv->x + iv->width / 2, iv->y + iv->height);
  cairo_line_to (cr, iv->x + iv->width / 2, p->y_loop);
  cairo_line_to (cr, loop_left, p->y_loop);
  cairo_stroke (cr);
  cairo_restore (cr);
  for (guint i = SV_TRAJECT_STEP_TRAJECT_I; i <= SV_TRAJECT_STEP_TRAJECT_III; i++)
    {
      double x = n[i].x + n[i].width * 0.7;

      arrow (cr, x, p->y_loop, x, n[i].y + n[i].height, head);
    }
}

static void
draw_node (cairo_t              *cr,
           const SvTrajectChart *chart,
           const Placement      *p,
           const SvTrajectStyle *style,
           SvTrajectStep         step,
           const NodeText       *text)
{
  const SvRect *r = &p->node[step];
  double fs = p->g.fs;
  gboolean diamond = sv_traject_step_is_decision (step);
  gboolean current = chart->has_case && chart->unknown_step == NULL && chart->current == step;
  gboolean visited = chart->has_case && g_date_valid (&chart->visited[step]);
  gboolean allowed = chart->has_case && (chart->allowed & (1u << step)) != 0;
  gboolean busy = !chart->has_case && chart->counts[step] > 0;
  const SvColor *fill = current ? &style->current : (visited || busy) ? &style->visited : &style->node;
  const SvColor *ink = current ? &style->on_current : &style->foreground;
  static const double dash[] = { 6, 4 };

  node_path (cr, r, diamond, 6 * fs);
  set_color (cr, fill);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  if (current)
    {
      set_color (cr, &style->current);
      cairo_set_line_width (cr, MAX (2.0, 3 * fs));
    }
  else if (allowed)
    {
      double d[2] = { dash[0] * fs, dash[1] * fs };

      set_color (cr, &style->allowed);
      cairo_set_line_width (cr, MAX (1.5, 2.5 * fs));
      cairo_set_dash (cr, d, 2, 0);
    }
  else
    {
      set_color (cr, visited || busy ? &style->line : &style->dim);
      cairo_set_line_width (cr, MAX (1.0, 1.2 * fs));
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Time in the step against its limit. */
  if (current && chart->limit.kind != SV_TRAJECT_LIMIT_NONE && chart->limit.total > 0 && p->g.bar >= 2 && !diamond)
    {
      double x = r->x + p->g.pad, w = r->width - 2 * p->g.pad;
      double y = r->y + r->height - p->g.pad / 2 - p->g.bar;
      double frac = CLAMP ((double) chart->limit.used / chart->limit.total, 0.0, 1.0);

      cairo_set_source_rgba (cr, style->on_current.red, style->on_current.green, style->on_current.blue, 0.35);
      cairo_rectangle (cr, x, y, w, p->g.bar * 0.8);
      cairo_fill (cr);
      set_color (cr, chart->limit.over ? &style->warning : &style->on_current);
      cairo_rectangle (cr, x, y, w * frac, p->g.bar * 0.8);
      cairo_fill (cr);
    }

  {
    SvRect area = text_area (p, step);

    set_color (cr, ink);
    if (text->label != NULL)
      {
        cairo_move_to (cr, area.x, text->label_y);
        pango_cairo_show_layout (cr, text->label);
      }
    if (text->detail != NULL)
      {
        if (!current)
          set_color (cr, visited || busy ? &style->foreground : &style->dim);
        cairo_move_to (cr, area.x, text->detail_y);
        pango_cairo_show_layout (cr, text->detail);
      }
  }
}

/* ------------------------------------------------------------------------
 * The cache
 * ------------------------------------------------------------------------ */

struct _SvTrajectCache
{
  PangoContext   *context;       /* owned: ours, updated to each target */
  gboolean        valid;
  /* The target @context was last updated to (pango_cairo_update_context
   * marks a context changed every time, even for the same target). */
  cairo_matrix_t  matrix;        /* without its translation */
  double          device_scale[2];
  cairo_font_options_t *options; /* owned */
  double          resolution;
  double          width;
  double          height;
  SvTrajectChart  chart;         /* laid out for; chart.unknown_step owned */
  Placement       p;
  SvTrajectLayout layout;
  NodeText        texts[SV_TRAJECT_N_STEPS];
  PangoLayout    *banner;        /* owned; NULL without a warning */
};

SvTrajectCache *
sv_traject_cache_new (void)
{
  return g_new0 (SvTrajectCache, 1);
}

void
sv_traject_cache_invalidate (SvTrajectCache *cache)
{
  g_return_if_fail (cache != NULL);

  cache->valid = FALSE;
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      g_clear_object (&cache->texts[i].label);
      g_clear_object (&cache->texts[i].detail);
    }
  g_clear_object (&cache->banner);
  g_clear_pointer ((char **) &cache->chart.unknown_step, g_free);
}

void
sv_traject_cache_free (SvTrajectCache *cache)
{
  if (cache == NULL)
    return;
  sv_traject_cache_invalidate (cache);
  g_clear_object (&cache->context);
  g_clear_pointer (&cache->options, cairo_font_options_destroy);
  g_free (cache);
}

/* The chart as it was laid out: byte for byte apart from the unknown
 * step, which is compared as text. */
static gboolean
same_chart (const SvTrajectChart *a,
            const SvTrajectChart *b)
{
  SvTrajectChart x = *a, y = *b;

  if (g_strcmp0 (a->unknown_step, b->unknown_step) != 0)
    return FALSE;
  x.unknown_step = y.unknown_step = NULL;
  return memcmp (&x, &y, sizeof x) == 0;
}

/* Our context follows the caller's fonts, resolution and language, and
 * the target's transformation and font options; a change in any of them
 * invalidates the cache. */
static void
sync_context (SvTrajectCache *cache,
              PangoContext   *context,
              cairo_t        *cr)
{
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);

  if (cache->context != NULL && pango_context_get_font_map (cache->context) != pango_context_get_font_map (context))
    {
      sv_traject_cache_invalidate (cache);
      g_clear_object (&cache->context);
    }
  if (cache->context == NULL)
    {
      cache->context = measuring_context (context);
      cache->resolution = resolution;
      cache->valid = FALSE;
    }
  if (!pango_font_description_equal (font, pango_context_get_font_description (cache->context)))
    {
      pango_context_set_font_description (cache->context, font);
      cache->valid = FALSE;
    }
  if (resolution != cache->resolution)
    {
      pango_cairo_context_set_resolution (cache->context, resolution);
      cache->resolution = resolution;
      cache->valid = FALSE;
    }
  if (pango_context_get_language (cache->context) != pango_context_get_language (context))
    {
      pango_context_set_language (cache->context, pango_context_get_language (context));
      cache->valid = FALSE;
    }

  /* The target: its transformation, scale and font options. */
  {
    cairo_surface_t *target = cairo_get_target (cr);
    cairo_font_options_t *options = cairo_font_options_create ();
    cairo_font_options_t *own = cairo_font_options_create ();
    cairo_matrix_t matrix;
    double scale[2];

    cairo_surface_get_font_options (target, options);
    cairo_get_font_options (cr, own);
    cairo_font_options_merge (options, own);
    cairo_font_options_destroy (own);
    cairo_get_matrix (cr, &matrix);
    matrix.x0 = matrix.y0 = 0;
    cairo_surface_get_device_scale (target, &scale[0], &scale[1]);
    if (!cache->valid || cache->options == NULL || !cairo_font_options_equal (options, cache->options) ||
        memcmp (&matrix, &cache->matrix, sizeof matrix) != 0 ||
        scale[0] != cache->device_scale[0] || scale[1] != cache->device_scale[1])
      {
        pango_cairo_update_context (cr, cache->context);
        g_clear_pointer (&cache->options, cairo_font_options_destroy);
        cache->options = g_steal_pointer (&options);
        cache->matrix = matrix;
        cache->device_scale[0] = scale[0];
        cache->device_scale[1] = scale[1];
        cache->valid = FALSE;
      }
    g_clear_pointer (&options, cairo_font_options_destroy);
  }
}

/* ------------------------------------------------------------------------
 * Drawing a chart
 * ------------------------------------------------------------------------ */

void
sv_traject_draw_cached (cairo_t              *cr,
                        PangoContext         *context,
                        const SvTrajectChart *chart,
                        const SvTrajectStyle *style,
                        double                width,
                        double                height,
                        SvTrajectCache       *cache,
                        SvTrajectLayout      *out_layout)
{
  g_return_if_fail (cr != NULL && chart != NULL && style != NULL && cache != NULL);

  /* A context of our own, updated for this surface: updating the
   * caller's to this cairo_t would change how its other text is shaped. */
  sync_context (cache, context, cr);
  if (!cache->valid || cache->width != width || cache->height != height || !same_chart (&cache->chart, chart))
    {
      sv_traject_cache_invalidate (cache);
      compute (chart, cache->context, width, height, &cache->p, &cache->layout, cache->texts, &cache->banner);
      cache->chart = *chart;
      cache->chart.unknown_step = g_strdup (chart->unknown_step);
      cache->width = width;
      cache->height = height;
      cache->valid = TRUE;
    }

  cairo_save (cr);
  if (cache->banner != NULL)
    {
      set_color (cr, &style->warning);
      cairo_move_to (cr, cache->p.g.margin, cache->p.g.top);
      pango_cairo_show_layout (cr, cache->banner);
    }
  draw_arrows (cr, &cache->p, style);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    draw_node (cr, chart, &cache->p, style, (SvTrajectStep) i, &cache->texts[i]);
  cairo_restore (cr);
  if (out_layout != NULL)
    *out_layout = cache->layout;
}

void
sv_traject_draw (cairo_t              *cr,
                 PangoContext         *context,
                 const SvTrajectChart *chart,
                 const SvTrajectStyle *style,
                 double                width,
                 double                height,
                 SvTrajectLayout      *out_layout)
{
  SvTrajectCache *cache;

  g_return_if_fail (cr != NULL && chart != NULL && style != NULL);

  cache = sv_traject_cache_new ();
  sv_traject_draw_cached (cr, context, chart, style, width, height, cache, out_layout);
  sv_traject_cache_free (cache);
}

/* ------------------------------------------------------------------------
 * Words
 * ------------------------------------------------------------------------ */

char *
sv_traject_node_summary (const SvTrajectChart *chart,
                         SvTrajectStep         step)
{
  const char *label;
  g_autofree char *state = NULL;
  g_autofree char *limit = NULL;

  g_return_val_if_fail (chart != NULL && (guint) step < SV_TRAJECT_N_STEPS, NULL);

  label = sv_traject_step_label (step);
  if (!chart->has_case)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u open case", "%s: %u open cases",
                                         chart->counts[step]),
                            label, chart->counts[step]);
  if (chart->unknown_step == NULL && chart->current == step)
    {
      g_autofree char *since = g_date_valid (&chart->visited[step]) ? sv_date_format_medium (&chart->visited[step]) : NULL;

      state = since != NULL ? g_strdup_printf (_("current step since %s"), since) : g_strdup (_("current step"));
      limit = sv_traject_limit_describe (&chart->limit);
    }
  else if (chart->allowed & (1u << step))
    state = g_strdup (_("allowed next step"));
  else if (g_date_valid (&chart->visited[step]))
    {
      g_autofree char *date = sv_date_format_medium (&chart->visited[step]);

      state = g_strdup_printf (_("visited on %s"), date);
    }
  else
    state = g_strdup (_("not reached"));
  if (limit != NULL)
    return g_strdup_printf ("%s, %s. %s.", label, state, limit);
  return g_strdup_printf ("%s, %s.", label, state);
}
