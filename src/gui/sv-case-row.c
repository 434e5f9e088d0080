/* sv-case-row.c: household name, case number, kind, date and reason of a
 * case, as the list shows it.
 *
 * Drawn, not built from labels: a list view keeps some 200 rows alive and
 * makes them all at start-up and after every search, while only the dozen
 * on screen are ever painted. A row is one widget whose height comes from
 * the font's metrics; its text is laid out only when it is drawn.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-row.h"
#include "sv-date.h"

#define MARGIN_X  6
#define MARGIN_Y  8
#define SPACING   2
#define N_LINES   3

enum { LINE_TITLE, LINE_DETAILS, LINE_REASON };

/* The household name as .heading, the details as a dim .caption, the
 * reason as .caption. */
static const struct {
  double      scale;
  PangoWeight weight;
  float       alpha;
} line_style[N_LINES] = {
  { 1.0, PANGO_WEIGHT_BOLD, 1.0f },
  { 0.8333, PANGO_WEIGHT_NORMAL, 0.55f },
  { 0.8333, PANGO_WEIGHT_NORMAL, 1.0f },
};

struct _SvCaseRow
{
  GtkWidget             parent_instance;

  char                 *text[N_LINES];
  PangoLayout          *layout[N_LINES];  /* made when first drawn */
  PangoFontDescription *font;             /* the font the layouts were made with */
};

G_DEFINE_FINAL_TYPE (SvCaseRow, sv_case_row, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static PangoFontDescription *
line_font (const PangoFontDescription *base,
           guint                       line)
{
  PangoFontDescription *font = pango_font_description_copy (base);
  int size = pango_font_description_get_size (base);

  pango_font_description_set_weight (font, line_style[line].weight);
  if (line_style[line].scale != 1.0)
    {
      if (pango_font_description_get_size_is_absolute (base))
        pango_font_description_set_absolute_size (font, size * line_style[line].scale);
      else
        pango_font_description_set_size (font, (int) (size * line_style[line].scale));
    }
  return font;
}

/* Font metrics are costly and the same for every row: kept for the last
 * font seen (main thread only, like all of GTK). */
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
          g_autoptr(PangoFontDescription) font = line_font (base, i);
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

static void
drop_layouts (SvCaseRow *self)
{
  for (guint i = 0; i < N_LINES; i++)
    g_clear_object (&self->layout[i]);
}

static void
set_texts (SvCaseRow  *self,
           const char *title,
           const char *details,
           const char *reason)
{
  const char *texts[N_LINES] = { title, details, reason };

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
sv_case_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width: every line is shortened with an ellipsis. */
      *minimum = 2 * MARGIN_X;
      *natural = 2 * MARGIN_X + 240;
      return;
    }
  *minimum = 2 * MARGIN_Y + (N_LINES - 1) * SPACING;
  for (guint i = 0; i < N_LINES; i++)
    *minimum += line_height (widget, i);
  *natural = *minimum;
}

static void
sv_case_row_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  SvCaseRow *self = SV_CASE_ROW (widget);
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

  for (guint i = 0; i < N_LINES; i++)
    {
      GdkRGBA line_color = color;

      if (self->layout[i] == NULL)
        {
          g_autoptr(PangoFontDescription) font = line_font (base, i);

          self->layout[i] = gtk_widget_create_pango_layout (widget, self->text[i]);
          pango_layout_set_font_description (self->layout[i], font);
          pango_layout_set_ellipsize (self->layout[i], PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (self->layout[i], TRUE);
        }
      pango_layout_set_width (self->layout[i], MAX (width, 1) * PANGO_SCALE);
      line_color.alpha *= line_style[i].alpha;
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
sv_case_row_finalize (GObject *object)
{
  SvCaseRow *self = SV_CASE_ROW (object);

  drop_layouts (self);
  for (guint i = 0; i < N_LINES; i++)
    g_free (self->text[i]);
  g_clear_pointer (&self->font, pango_font_description_free);
  G_OBJECT_CLASS (sv_case_row_parent_class)->finalize (object);
}

static void
sv_case_row_class_init (SvCaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sv_case_row_finalize;
  widget_class->measure = sv_case_row_measure;
  widget_class->snapshot = sv_case_row_snapshot;
  gtk_widget_class_set_css_name (widget_class, "sv-case-row");
}

static void
sv_case_row_init (SvCaseRow *self)
{
  set_texts (self, NULL, NULL, NULL);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_case_row_new (void)
{
  return g_object_new (SV_TYPE_CASE_ROW, NULL);
}

void
sv_case_row_set_summary (SvCaseRow     *self,
                         SvCaseSummary *summary)
{
  g_autofree char *received = NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (SV_IS_CASE_ROW (self));

  if (summary == NULL)
    {
      set_texts (self, NULL, NULL, NULL);
      return;
    }
  received = sv_date_format_medium (sv_case_summary_get_received (summary));
  /* TRANSLATORS: case number · kind of report · date received */
  details = g_strdup_printf (C_("case row", "%s · %s · %s"),
                             sv_case_summary_get_number (summary),
                             sv_report_kind_label (sv_case_summary_get_report_kind (summary)),
                             received);
  if (sv_case_summary_get_status (summary) == SV_CASE_STATUS_GESLOTEN)
    {
      g_autofree char *open = g_steal_pointer (&details);

      /* TRANSLATORS: the case row details of a closed case: "2026-0012 · Zorgmelding · 3 May 2026 · closed" */
      details = g_strdup_printf (C_("case row", "%s · closed"), open);
    }
  set_texts (self, sv_case_summary_get_household_name (summary), details,
             sv_case_summary_get_reason (summary));

  accessible = g_strdup_printf ("%s, %s", sv_case_summary_get_household_name (summary), details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}
