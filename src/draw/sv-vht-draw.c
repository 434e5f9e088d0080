/* sv-vht-draw.c: drawing the VeiligheidsTeam's interventions 1–5. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "sv-chart-text.h"
#include "sv-date.h"
#include "sv-vht-draw.h"

#define MIN_SCALE 0.55
#define MAX_SCALE 1.0
/* The width at which the chart is drawn at full size. */
#define FULL_WIDTH 620.0
#define LABEL_LINES 2
#define DETAIL_LINES 2

/* ------------------------------------------------------------------------
 * Text
 * ------------------------------------------------------------------------ */

/* The name in a box: the number, and a word or two. */
static const char *
short_name (SvVhtIntervention which)
{
  switch (which)
    {
    case SV_VHT_INTERVENTION_ZORG:               return C_("vht short", "1 Care");
    case SV_VHT_INTERVENTION_NETWERKBERAAD:      return C_("vht short", "2 Netwerkberaad");
    case SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG: return C_("vht short", "3 Talk, voluntary");
    case SV_VHT_INTERVENTION_GESPREK_RVDK:       return C_("vht short", "4 Talk with RvdK");
    case SV_VHT_INTERVENTION_WARME_OVERDRACHT:   return C_("vht short", "5 Warm handover");
    case SV_VHT_N_INTERVENTIONS:
    default:                                     return NULL;
    }
}

/* "advised 12 nov": the date never breaks from its month. */
static char *
state_text (const SvVhtInterventions *v,
            SvVhtIntervention         which)
{
  g_autofree char *date = NULL;

  if (g_date_valid (&v->since[which]))
    {
      g_autofree char *text = sv_date_format_short (&v->since[which]);
      g_auto(GStrv) parts = g_strsplit (text, " ", -1);

      date = g_strjoinv ("\u00a0", parts);
    }
  switch (v->state[which])
    {
    case SV_VHT_STATE_GEADVISEERD:
      /* TRANSLATORS: in a small box: "advised 12 nov" */
      return date != NULL ? g_strdup_printf (C_("vht chart", "advised %s"), date)
                          : g_strdup (C_("vht chart", "advised"));
    case SV_VHT_STATE_INGEZET:
      /* TRANSLATORS: in a small box: "deployed 14 nov" */
      return date != NULL ? g_strdup_printf (C_("vht chart", "deployed %s"), date)
                          : g_strdup (C_("vht chart", "deployed"));
    case SV_VHT_STATE_AFGEROND:
      /* TRANSLATORS: in a small box: "done ✓ 20 nov"; the tick tells it
       * without colour */
      return date != NULL ? g_strdup_printf (C_("vht chart", "done ✓ %s"), date)
                          : g_strdup (C_("vht chart", "done ✓"));
    case SV_VHT_STATE_NIET_GEKOZEN:
    case SV_VHT_N_STATES:
    default:
      return g_strdup (C_("vht chart", "not chosen"));
    }
}


/* The type size, from @scale down to 3/4 of it, at which @text fits
 * @max_lines of @width without a long word ("Netwerkberaad") broken or
 * cut off; below that it is cut off. */
static double
fitted_scale (PangoContext *context,
               const char   *text,
               double        scale,
               PangoWeight   weight,
               double        width,
               int           max_lines)
{
  for (double s = scale; s > 0.75 * scale; s -= 0.05 * scale)
    {
      g_autoptr(PangoLayout) layout = sv_chart_text_layout (context, text, s, weight, -1, 1);
      g_autoptr(PangoLayout) wrapped = NULL;
      int longest = 0;
      g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);

      /* Every word on a line of its own, the whole within the lines. */
      for (guint i = 0; words[i] != NULL; i++)
        {
          int w;

          pango_layout_set_text (layout, words[i], -1);
          pango_layout_get_pixel_size (layout, &w, NULL);
          longest = MAX (longest, w);
        }
      wrapped = sv_chart_text_layout (context, text, s, weight, width, max_lines);
      if (longest <= width && !pango_layout_is_ellipsized (wrapped))
        return s;
    }
  return 0.75 * scale;
}


/* ------------------------------------------------------------------------
 * Geometry
 * ------------------------------------------------------------------------ */

#define LABEL_SCALE  0.9
#define DETAIL_SCALE 0.82

static double
natural_height (PangoContext *context,
                double        fs)
{
  double margin = 6 * fs, pad = 8 * fs, gap = 3 * fs;

  return 2 * margin + 2 * pad + gap +
         LABEL_LINES * sv_chart_text_line_height (context, LABEL_SCALE * fs, PANGO_WEIGHT_BOLD) +
         DETAIL_LINES * sv_chart_text_line_height (context, DETAIL_SCALE * fs, PANGO_WEIGHT_NORMAL);
}

double
sv_vht_height_for (PangoContext *context)
{
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  return ceil (natural_height (context, MAX_SCALE));
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
box_path (cairo_t      *cr,
          const SvRect *r,
          double        radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2);
  cairo_new_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The logical extents of @layout drawn at (@x, @y). */
static SvRect
text_rect (PangoLayout *layout,
           double       x,
           double       y)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return (SvRect) { x + logical.x, y + logical.y, logical.width, logical.height };
}

void
sv_vht_draw (cairo_t                  *cr,
             PangoContext             *context,
             const SvVhtInterventions *v,
             const SvTrajectStyle     *style,
             double                    width,
             double                    height,
             SvVhtLayout              *out_layout)
{
  SvVhtLayout layout = { 0 };
  double fs, margin, gap, pad, box_w, box_h, top;
  double label_scale = G_MAXDOUBLE, detail_scale = G_MAXDOUBLE;

  g_return_if_fail (cr != NULL && PANGO_IS_CONTEXT (context) && v != NULL && style != NULL);

  /* Smaller type on a narrow chart, and smaller still if it is low. */
  fs = CLAMP (width / FULL_WIDTH, MIN_SCALE, MAX_SCALE);
  while (fs > MIN_SCALE && natural_height (context, fs) > height)
    fs = MAX (MIN_SCALE, fs - 0.05);
  margin = 6 * fs;
  gap = 8 * fs;
  pad = 8 * fs;
  box_w = MAX (1.0, (width - 2 * margin - (SV_VHT_N_INTERVENTIONS - 1) * gap) / SV_VHT_N_INTERVENTIONS);
  box_h = MAX (1.0, MIN (height - 2 * margin, natural_height (context, fs) - 2 * margin));
  top = MAX (0.0, (height - box_h) / 2);

  /* One size for all names and one for all states, so the boxes read
   * alike. */
  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      g_autofree char *detail_text = state_text (v, (SvVhtIntervention) i);
      double text_w = MAX (1.0, box_w - 2 * pad);

      label_scale = MIN (label_scale, fitted_scale (context, short_name ((SvVhtIntervention) i),
                                                    LABEL_SCALE * fs, PANGO_WEIGHT_BOLD, text_w, LABEL_LINES));
      detail_scale = MIN (detail_scale, fitted_scale (context, detail_text, DETAIL_SCALE * fs,
                                                      PANGO_WEIGHT_NORMAL, text_w, DETAIL_LINES));
    }

  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      SvVhtState state = v->state[i];
      SvRect *r = &layout.box[i];
      g_autofree char *detail_text = state_text (v, (SvVhtIntervention) i);
      g_autoptr(PangoLayout) label = NULL;
      g_autoptr(PangoLayout) detail = NULL;
      gboolean deployed = state == SV_VHT_STATE_INGEZET;
      gboolean done = state == SV_VHT_STATE_AFGEROND;
      gboolean advised = state == SV_VHT_STATE_GEADVISEERD;
      double text_w = MAX (1.0, box_w - 2 * pad);
      int label_h, detail_h;
      double y;

      *r = (SvRect) { margin + i * (box_w + gap), top, box_w, box_h };

      box_path (cr, r, 6 * fs);
      set_color (cr, deployed ? &style->current : done ? &style->visited : &style->node);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      if (deployed)
        {
          set_color (cr, &style->current);
          cairo_set_line_width (cr, MAX (2.0, 3 * fs));
        }
      else if (advised)
        {
          set_color (cr, &style->allowed);
          cairo_set_line_width (cr, MAX (1.5, 2.5 * fs));
        }
      else
        {
          set_color (cr, done ? &style->line : &style->dim);
          cairo_set_line_width (cr, MAX (1.0, 1.2 * fs));
        }
      cairo_stroke (cr);
      cairo_restore (cr);

      label = sv_chart_text_layout (context, short_name ((SvVhtIntervention) i), label_scale,
                                    PANGO_WEIGHT_BOLD, text_w, LABEL_LINES);
      detail = sv_chart_text_layout (context, detail_text, detail_scale, PANGO_WEIGHT_NORMAL,
                                     text_w, DETAIL_LINES);
      pango_layout_get_pixel_size (label, NULL, &label_h);
      pango_layout_get_pixel_size (detail, NULL, &detail_h);
      /* Centred as a block; the padding goes first when the box is low. */
      y = r->y + MAX (0.0, (r->height - label_h - 3 * fs - detail_h) / 2);

      set_color (cr, deployed ? &style->on_current : &style->foreground);
      cairo_move_to (cr, r->x + pad, y);
      pango_cairo_show_layout (cr, label);
      layout.text[layout.n_text++] = text_rect (label, r->x + pad, y);

      y += label_h + 3 * fs;
      set_color (cr, deployed ? &style->on_current :
                     state == SV_VHT_STATE_NIET_GEKOZEN ? &style->dim : &style->foreground);
      cairo_move_to (cr, r->x + pad, y);
      pango_cairo_show_layout (cr, detail);
      layout.text[layout.n_text++] = text_rect (detail, r->x + pad, y);
    }

  if (out_layout != NULL)
    *out_layout = layout;
}

char *
sv_vht_summary (const SvVhtInterventions *v)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (v != NULL, NULL);

  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      const char *name = sv_vht_intervention_label ((SvVhtIntervention) i);
      const char *state = sv_vht_state_label (v->state[i]);

      if (i > 0)
        g_string_append (text, "; ");
      if (g_date_valid (&v->since[i]))
        {
          g_autofree char *date = sv_date_format_medium (&v->since[i]);

          /* TRANSLATORS: "1. Support and care: Advised since 12 November 2026" */
          g_string_append_printf (text, C_("vht summary", "%s: %s since %s"), name, state, date);
        }
      else
        /* TRANSLATORS: "2. Netwerkberaad: Not chosen" */
        g_string_append_printf (text, C_("vht summary", "%s: %s"), name, state);
    }
  /* TRANSLATORS: the chart as a screen reader says it; %s lists the five */
  return g_strdup_printf (_("VeiligheidsTeam interventions. %s."), text->str);
}
