/* sv-countdown-draw.c: drawing the OTS-closure countdown. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "sv-countdown-draw.h"
#include "sv-date.h"

#define PADDING       12.0
#define MARK_RADIUS   11.0
#define TRACK_DAYS    84      /* twelve weeks */
#define BIG_SCALE     2.2
#define SMALL_SCALE   0.85

/* ------------------------------------------------------------------------
 * Model
 * ------------------------------------------------------------------------ */

gboolean
sv_countdown_model_init (SvCountdownModel  *model,
                         const SvCaseFacts *facts,
                         const GDate       *today,
                         GArray            *deadlines,
                         SvTriState         adult_flag)
{
  static const char *step_ids[SV_COUNTDOWN_N_STEPS] = {
    "ots-step-1", "ots-step-2", "ots-step-3", "ots-step-4", "ots-step-5", "ots-step-6",
  };

  g_return_val_if_fail (model != NULL && facts != NULL && today != NULL, FALSE);

  memset (model, 0, sizeof *model);
  if (!g_date_valid (&facts->order_end))
    return FALSE;
  model->order_end = facts->order_end;
  model->order_kind = facts->order_kind;
  model->today = *today;
  model->adult_flag = adult_flag;
  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    {
      model->steps[i].rule_id = step_ids[i];
      g_date_clear (&model->steps[i].due, 1);
      g_date_clear (&model->steps[i].done_on, 1);
      for (guint j = 0; deadlines != NULL && j < deadlines->len; j++)
        {
          const SvDeadline *d = &g_array_index (deadlines, SvDeadline, j);

          if (g_str_equal (d->rule_id, step_ids[i]))
            {
              model->steps[i].due = d->due;
              model->steps[i].done_on = d->done_on;
              model->steps[i].state = d->state;
            }
        }
      if (!g_date_valid (&model->steps[i].due))
        return FALSE;
    }
  return TRUE;
}

void
sv_countdown_style_paper (SvCountdownStyle *style)
{
  *style = (SvCountdownStyle) {
    .foreground = { 0.12, 0.12, 0.12, 1 },
    .dim = { 0.4, 0.4, 0.4, 1 },
    .track = { 0.75, 0.75, 0.75, 1 },
    .accent = { 0.11, 0.44, 0.85, 1 },
    .success = { 0.15, 0.52, 0.27, 1 },
    .warning = { 0.80, 0.50, 0.0, 1 },
    .error = { 0.75, 0.11, 0.16, 1 },
    .on_mark = { 1, 1, 1, 1 },
  };
}

int
sv_countdown_weeks_left (const SvCountdownModel *model)
{
  int days = (int) g_date_get_julian (&model->order_end) - (int) g_date_get_julian (&model->today);

  return days >= 0 ? (days + 6) / 7 : -((-days + 6) / 7);
}

/* ------------------------------------------------------------------------
 * Text
 * ------------------------------------------------------------------------ */

static PangoLayout *
make_layout (PangoContext *context,
             const char   *text,
             double        scale,
             PangoWeight   weight,
             double        max_width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  int size = pango_font_description_get_size (font);

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, (int) (size * scale));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static char *
headline (const SvCountdownModel *model)
{
  int weeks = sv_countdown_weeks_left (model);

  if (weeks < 0)
    /* TRANSLATORS: the order ended some weeks ago */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "ended %d week ago", "ended %d weeks ago", -weeks), -weeks);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", weeks), weeks);
}

static char *
subline (const SvCountdownModel *model)
{
  g_autofree char *end = sv_date_format_long (&model->order_end);

  gboolean voogdij = model->order_kind == SV_ORDER_KIND_VOOGDIJ;

  if (sv_countdown_weeks_left (model) < 0)
    /* TRANSLATORS: "the OTS ended on Sunday 1 November 2026" */
    return g_strdup_printf (voogdij ? _("the voogdij ended on %s") : _("the OTS ended on %s"), end);
  /* TRANSLATORS: "until the end of the OTS on Sunday 24 January 2027" */
  return g_strdup_printf (voogdij ? _("until the end of the voogdij on %s") : _("until the end of the OTS on %s"), end);
}

static const char *
flag_text (const SvCountdownModel *model)
{
  switch (model->adult_flag)
    {
    case SV_TRI_YES:
      return _("18-/18+: the youth turns 18; a VeiligheidsTeam discussion is needed");
    case SV_TRI_UNKNOWN:
      return _("18-/18+: unknown, a date of birth is missing");
    case SV_TRI_NO:
    default:
      return NULL;
    }
}

/* The step's two lines: "Step 2 · 1 Nov" and what became of it. */
static char *
step_label (const SvCountdownModel *model,
            guint                   index)
{
  g_autofree char *due = sv_date_format_short (&model->steps[index].due);

  /* TRANSLATORS: "Step 2 · 1 Nov" */
  return g_strdup_printf (_("Step %u · %s"), index + 1, due);
}

static char *
step_state_text (const SvCountdownModel *model,
                 guint                   index)
{
  if (model->steps[index].state == SV_DEADLINE_DONE)
    {
      g_autofree char *done = sv_date_format_short (&model->steps[index].done_on);

      /* TRANSLATORS: "done 3 Nov" */
      return g_strdup_printf (_("done %s"), done);
    }
  return g_strdup (sv_deadline_state_label (model->steps[index].state));
}

char *
sv_countdown_step_summary (const SvCountdownModel *model,
                           guint                   index)
{
  g_autofree char *due = sv_date_format_long (&model->steps[index].due);
  g_autofree char *state = step_state_text (model, index);

  g_return_val_if_fail (index < SV_COUNTDOWN_N_STEPS, NULL);
  /* TRANSLATORS: "Step 2, Sunday 1 November 2026, overdue: <what the step asks>" */
  return g_strdup_printf (_("Step %u, %s, %s: %s"), index + 1, due, state,
                          sv_deadline_rule_description (model->steps[index].rule_id));
}

/* ------------------------------------------------------------------------
 * Geometry
 * ------------------------------------------------------------------------ */

typedef struct {
  double header_height;
  double track_y;
  double label_top;
  double label_line;
  double x0, x1;
} Geometry;

static PangoContext *
measuring_context (PangoContext *context)
{
  PangoContext *copy = pango_font_map_create_context (pango_context_get_font_map (context));

  pango_context_set_font_description (copy, pango_context_get_font_description (context));
  pango_cairo_context_set_resolution (copy, pango_cairo_context_get_resolution (context));
  pango_context_set_language (copy, pango_context_get_language (context));
  return copy;
}

static void
compute_geometry (const SvCountdownModel *model,
                  PangoContext           *context,
                  double                  width,
                  Geometry               *g)
{
  g_autoptr(PangoLayout) big = make_layout (context, "0", BIG_SCALE, PANGO_WEIGHT_BOLD, -1);
  g_autoptr(PangoLayout) small = make_layout (context, "0", SMALL_SCALE, PANGO_WEIGHT_NORMAL, -1);
  g_autoptr(PangoLayout) normal = make_layout (context, "0", 1.0, PANGO_WEIGHT_NORMAL, -1);
  double flag = flag_text (model) != NULL ? text_height (normal) + 6 : 0;

  g->header_height = MAX (text_height (big), 2 * text_height (normal)) + flag;
  g->label_line = text_height (small);
  g->track_y = PADDING + g->header_height + 10 + g->label_line + 6 + MARK_RADIUS;
  g->label_top = g->track_y + MARK_RADIUS + 6;
  g->x0 = PADDING + MARK_RADIUS + 4;
  g->x1 = MAX (g->x0 + 1, width - PADDING - MARK_RADIUS - 4);
}

static double
x_for (const SvCountdownModel *model,
       const Geometry         *g,
       const GDate            *date)
{
  double days_before = (double) g_date_get_julian (&model->order_end) - (double) g_date_get_julian (date);
  double frac = CLAMP (1.0 - days_before / TRACK_DAYS, 0.0, 1.0);

  return g->x0 + frac * (g->x1 - g->x0);
}

double
sv_countdown_height_for (const SvCountdownModel *model,
                         PangoContext           *context,
                         double                  width)
{
  PangoContext *measure = measuring_context (context);
  Geometry g;

  compute_geometry (model, measure, width, &g);
  g_object_unref (measure);
  /* Three staggered rows of two lines each under the track. */
  return g.label_top + 6 * g.label_line + 6 + PADDING;
}

SvRect
sv_countdown_step_rect (const SvCountdownModel *model,
                        PangoContext           *context,
                        double                  width,
                        double                  height,
                        guint                   index)
{
  PangoContext *measure;
  Geometry g;
  double x, label_width;

  g_return_val_if_fail (index < SV_COUNTDOWN_N_STEPS, (SvRect) { 0 });
  measure = measuring_context (context);
  compute_geometry (model, measure, width, &g);
  g_object_unref (measure);
  x = x_for (model, &g, &model->steps[index].due);
  label_width = MAX (2 * MARK_RADIUS + 8, (g.x1 - g.x0) / 6);
  return (SvRect) {
    .x = x - label_width / 2,
    .y = g.track_y - MARK_RADIUS - 2,
    .width = label_width,
    .height = (g.label_top - (g.track_y - MARK_RADIUS - 2)) + ((index % 3) + 1) * 2 * g.label_line,
  };
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

static void
show_at (cairo_t       *cr,
         PangoLayout   *layout,
         double         x,
         double         y,
         const SvColor *color)
{
  set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
show_centered (cairo_t       *cr,
               PangoLayout   *layout,
               double         cx,
               double         y,
               double         min_x,
               double         max_x,
               const SvColor *color)
{
  int w;

  pango_layout_get_pixel_size (layout, &w, NULL);
  show_at (cr, layout, CLAMP (cx - w / 2.0, min_x, MAX (min_x, max_x - w)), y, color);
}

static void
draw_mark (cairo_t                *cr,
           PangoContext           *context,
           const SvCountdownModel *model,
           const SvCountdownStyle *style,
           guint                   index,
           double                  x,
           double                  y)
{
  SvDeadlineState state = model->steps[index].state;
  const SvColor *color = state == SV_DEADLINE_DONE ? &style->success
                         : state == SV_DEADLINE_OVERDUE ? &style->error
                         : state == SV_DEADLINE_DUE_TODAY ? &style->warning
                         : &style->accent;
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  /* Shape and glyph carry the state too: ✓ done, ! overdue, a filled
   * number due today, a ring with the number still to come. */
  const char *glyph = state == SV_DEADLINE_DONE ? "✓" : state == SV_DEADLINE_OVERDUE ? "!" : number;
  gboolean filled = state != SV_DEADLINE_UPCOMING;
  g_autoptr(PangoLayout) layout = make_layout (context, glyph, 0.9, PANGO_WEIGHT_BOLD, -1);
  int w, h;

  cairo_new_path (cr);
  cairo_arc (cr, x, y, MARK_RADIUS, 0, 2 * G_PI);
  if (filled)
    {
      set_color (cr, color);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_source_rgba (cr, 1, 1, 1, 0);
      cairo_fill_preserve (cr);
      set_color (cr, color);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  show_at (cr, layout, x - w / 2.0, y - h / 2.0, filled ? &style->on_mark : color);
}

void
sv_countdown_draw (cairo_t                *cr,
                   PangoContext           *context,
                   const SvCountdownModel *model,
                   const SvCountdownStyle *style,
                   double                  width,
                   double                  height)
{
  PangoContext *ctx;
  g_autofree char *big_text = headline (model);
  g_autofree char *sub_text = subline (model);
  const char *flag = flag_text (model);
  g_autoptr(PangoLayout) big = NULL;
  g_autoptr(PangoLayout) sub = NULL;
  Geometry g;
  double big_width, today_x;
  int bw;

  g_return_if_fail (cr != NULL && model != NULL && style != NULL);

  /* A context of our own: updating the caller's (a widget's) to this
   * cairo_t would change how the widget's other text is shaped. */
  ctx = measuring_context (context);
  pango_cairo_update_context (cr, ctx);
  compute_geometry (model, ctx, width, &g);
  cairo_save (cr);

  /* Weeks left in large type, what they count down to beside it. */
  big = make_layout (ctx, big_text, BIG_SCALE, PANGO_WEIGHT_BOLD, -1);
  pango_layout_get_pixel_size (big, &bw, NULL);
  big_width = bw;
  show_at (cr, big, PADDING, PADDING,
           sv_countdown_weeks_left (model) < 0 ? &style->error : &style->foreground);
  sub = make_layout (ctx, sub_text, 1.0, PANGO_WEIGHT_NORMAL, width - 3 * PADDING - big_width);
  pango_layout_set_wrap (sub, PANGO_WRAP_WORD);
  pango_layout_set_height (sub, -2);
  show_at (cr, sub, 2 * PADDING + big_width, PADDING + 4, &style->dim);
  if (flag != NULL)
    {
      g_autoptr(PangoLayout) flag_layout = make_layout (ctx, flag, 1.0, PANGO_WEIGHT_BOLD, width - 2 * PADDING);

      show_at (cr, flag_layout, PADDING, PADDING + g.header_height - text_height (flag_layout),
               model->adult_flag == SV_TRI_YES ? &style->warning : &style->dim);
    }

  /* The track, a tick a week, "12" at the left to "0" at the end. */
  set_color (cr, &style->track);
  cairo_set_line_width (cr, 4.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, g.x0, g.track_y);
  cairo_line_to (cr, g.x1, g.track_y);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 1.0);
  for (int week = 12; week >= 0; week--)
    {
      double x = g.x0 + (12 - week) / 12.0 * (g.x1 - g.x0);

      cairo_move_to (cr, x, g.track_y - 6);
      cairo_line_to (cr, x, g.track_y + 6);
      cairo_stroke (cr);
    }

  /* Today: a line through the track, at an edge when outside it. */
  today_x = x_for (model, &g, &model->today);
  set_color (cr, &style->foreground);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, today_x, g.track_y - MARK_RADIUS - 4);
  cairo_line_to (cr, today_x, g.track_y + MARK_RADIUS + 2);
  cairo_stroke (cr);
  {
    g_autoptr(PangoLayout) today = make_layout (ctx, _("today"), SMALL_SCALE, PANGO_WEIGHT_BOLD, -1);

    show_centered (cr, today, today_x, g.track_y - MARK_RADIUS - 6 - g.label_line,
                   PADDING, width - PADDING, &style->foreground);
  }

  /* The steps, their labels in three staggered rows (1 and 4, 2 and 5, 3
   * and 6 share one) and never wider than the room to the neighbour in
   * their row. */
  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    {
      double x = x_for (model, &g, &model->steps[i].due);
      double row = g.label_top + (i % 3) * 2 * g.label_line;
      double room = width - 2 * PADDING;
      g_autofree char *label = step_label (model, i);
      g_autofree char *state = step_state_text (model, i);
      g_autoptr(PangoLayout) first = NULL;
      g_autoptr(PangoLayout) second = NULL;
      const SvColor *state_color = model->steps[i].state == SV_DEADLINE_OVERDUE ? &style->error
                                   : model->steps[i].state == SV_DEADLINE_DONE ? &style->success
                                   : &style->dim;

      for (guint j = i % 3; j < SV_COUNTDOWN_N_STEPS; j += 3)
        if (j != i)
          room = MIN (room, ABS (x_for (model, &g, &model->steps[j].due) - x) - 8);
      room = MAX (room, 40);
      first = make_layout (ctx, label, SMALL_SCALE, PANGO_WEIGHT_BOLD, room);
      second = make_layout (ctx, state, SMALL_SCALE, PANGO_WEIGHT_NORMAL, room);
      draw_mark (cr, ctx, model, style, i, x, g.track_y);
      show_centered (cr, first, x, row, PADDING, width - PADDING, &style->foreground);
      show_centered (cr, second, x, row + g.label_line, PADDING, width - PADDING, state_color);
    }

  cairo_restore (cr);
  g_object_unref (ctx);
  (void) height;
}
