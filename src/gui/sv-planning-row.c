/* sv-planning-row.c: a planning row drawn in one widget.
 *
 * The list makes all its rows when the planning opens (a GtkListView
 * some 200); a box with a label and two GtkInscriptions per row took tens
 * of milliseconds there, the inscriptions asking Pango for the font's
 * metrics again for every row. A row is one widget whose height comes
 * from the font's metrics, kept for every row; its text is laid out only
 * when it is drawn.
 */
#include "config.h"

#include "sv-planning-row.h"

#define MARGIN_X  6
#define MARGIN_Y  6
#define SPACING   2
#define N_LINES   2

enum { LINE_TITLE, LINE_DETAILS };

struct _SvPlanningRow
{
  GtkWidget             parent_instance;

  gboolean              heading;
  char                 *text[N_LINES];
  PangoLayout          *layout[N_LINES];  /* made when first drawn */
  PangoFontDescription *font;             /* the font the layouts were made with */
};

G_DEFINE_FINAL_TYPE (SvPlanningRow, sv_planning_row, GTK_TYPE_WIDGET)

/* A heading in bold; a deadline's title plain, its details as a dim
 * .caption. */
typedef struct {
  double      scale;
  PangoWeight weight;
  float       alpha;
} LineStyle;

static const LineStyle heading_style = { 1.0, PANGO_WEIGHT_BOLD, 1.0f };
static const LineStyle line_style[N_LINES] = {
  { 1.0, PANGO_WEIGHT_NORMAL, 1.0f },
  { 0.8333, PANGO_WEIGHT_NORMAL, 0.55f },
};

static const LineStyle *
style_of (SvPlanningRow *self,
          guint          line)
{
  return self->heading ? &heading_style : &line_style[line];
}

static PangoFontDescription *
line_font (const PangoFontDescription *base,
           const LineStyle            *style)
{
  PangoFontDescription *font = pango_font_description_copy (base);
  int size = pango_font_description_get_size (base);

  pango_font_description_set_weight (font, style->weight);
  if (style->scale != 1.0)
    {
      if (pango_font_description_get_size_is_absolute (base))
        pango_font_description_set_absolute_size (font, size * style->scale);
      else
        pango_font_description_set_size (font, (int) (size * style->scale));
    }
  return font;
}

/* Font metrics are costly and the same for every row: kept for the last
 * font seen (main thread only, like all of GTK). 0: normal, 1: caption. */
static int
line_height (GtkWidget *widget,
             guint      line)
{
  static PangoFontDescription *measured_font;
  static int heights[N_LINES];
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *base = pango_context_get_font_description (context);

  if (measured_font == NULL || !pango_font_description_equal (measured_font, base))
    {
      g_clear_pointer (&measured_font, pango_font_description_free);
      measured_font = pango_font_description_copy (base);
      for (guint i = 0; i < N_LINES; i++)
        {
          g_autoptr(PangoFontDescription) font = line_font (base, &line_style[i]);
          PangoFontMetrics *metrics = pango_context_get_metrics (context, font, NULL);

          heights[i] = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
          if (heights[i] <= 0)
            heights[i] = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                            pango_font_metrics_get_descent (metrics));
          pango_font_metrics_unref (metrics);
        }
    }
  return heights[line];
}

static guint
n_lines (SvPlanningRow *self)
{
  return self->heading ? 1 : N_LINES;
}

static void
drop_layouts (SvPlanningRow *self)
{
  for (guint i = 0; i < N_LINES; i++)
    g_clear_object (&self->layout[i]);
}

static void
set_texts (SvPlanningRow *self,
           gboolean       heading,
           const char    *title,
           const char    *details)
{
  const char *texts[N_LINES] = { title, details };

  if (self->heading != heading)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  self->heading = heading;
  for (guint i = 0; i < N_LINES; i++)
    {
      g_free (self->text[i]);
      self->text[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
    }
  drop_layouts (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------
 * GtkWidget overrides
 * ------------------------------------------------------------------------ */

static void
sv_planning_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  SvPlanningRow *self = SV_PLANNING_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width: every line is shortened with an ellipsis. */
      *minimum = 2 * MARGIN_X;
      *natural = 2 * MARGIN_X + 240;
      return;
    }
  *minimum = 2 * MARGIN_Y + (int) (n_lines (self) - 1) * SPACING;
  for (guint i = 0; i < n_lines (self); i++)
    *minimum += line_height (widget, i);
  *natural = *minimum;
}

static void
sv_planning_row_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SvPlanningRow *self = SV_PLANNING_ROW (widget);
  const PangoFontDescription *base = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  int width = gtk_widget_get_width (widget) - 2 * MARGIN_X;
  GdkRGBA color;
  int y = MARGIN_Y;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  /* A changed font (text scaling, another theme) needs new layouts. */
  if (self->font == NULL || !pango_font_description_equal (self->font, base))
    {
      g_clear_pointer (&self->font, pango_font_description_free);
      self->font = pango_font_description_copy (base);
      drop_layouts (self);
    }

  for (guint i = 0; i < n_lines (self); i++)
    {
      const LineStyle *style = style_of (self, i);
      GdkRGBA line_color = color;

      if (self->layout[i] == NULL)
        {
          g_autoptr(PangoFontDescription) font = line_font (base, style);

          self->layout[i] = gtk_widget_create_pango_layout (widget, self->text[i]);
          pango_layout_set_font_description (self->layout[i], font);
          pango_layout_set_ellipsize (self->layout[i], PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (self->layout[i], TRUE);
        }
      pango_layout_set_width (self->layout[i], MAX (width, 1) * PANGO_SCALE);
      line_color.alpha *= style->alpha;
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (MARGIN_X, y));
      gtk_snapshot_append_layout (snapshot, self->layout[i], &line_color);
      gtk_snapshot_restore (snapshot);
      y += line_height (widget, i) + SPACING;
    }
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_planning_row_finalize (GObject *object)
{
  SvPlanningRow *self = SV_PLANNING_ROW (object);

  drop_layouts (self);
  for (guint i = 0; i < N_LINES; i++)
    g_free (self->text[i]);
  g_clear_pointer (&self->font, pango_font_description_free);
  G_OBJECT_CLASS (sv_planning_row_parent_class)->finalize (object);
}

static void
sv_planning_row_class_init (SvPlanningRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sv_planning_row_finalize;
  widget_class->measure = sv_planning_row_measure;
  widget_class->snapshot = sv_planning_row_snapshot;
  gtk_widget_class_set_css_name (widget_class, "sv-planning-row");
}

static void
sv_planning_row_init (SvPlanningRow *self)
{
  set_texts (self, FALSE, NULL, NULL);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_planning_row_new (void)
{
  return g_object_new (SV_TYPE_PLANNING_ROW, NULL);
}

void
sv_planning_row_set_heading (SvPlanningRow *self,
                             const char    *text,
                             gboolean       error)
{
  g_return_if_fail (SV_IS_PLANNING_ROW (self));

  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  set_texts (self, TRUE, text, NULL);
}

void
sv_planning_row_set_deadline (SvPlanningRow *self,
                              const char    *title,
                              const char    *details)
{
  g_return_if_fail (SV_IS_PLANNING_ROW (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  set_texts (self, FALSE, title, details);
}
