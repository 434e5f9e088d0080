/* sv-card-window-scores.c: section 5 of the Veiligheidskaart — the
 * Veiligheidsschaal: scores 0–10 with their date per viewpoint, the trend
 * drawn per viewpoint (sv-score-chart-draw), and a row to add a score. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sv-card-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-score-chart-draw.h"

/* What the chart draws: its own copy, grouped by viewpoint. */
typedef struct {
  GPtrArray *labels;   /* char * */
  GArray    *points;   /* SvScorePoint, grouped */
  GArray    *series;   /* SvScoreSeries, pointing into the two above */
} ChartData;

static void
chart_data_free (gpointer data)
{
  ChartData *d = data;

  g_ptr_array_unref (d->labels);
  g_array_unref (d->points);
  g_array_unref (d->series);
  g_free (d);
}

/* Viewpoints in the order they were first scored; within each, the
 * scores by date (the store's order). */
static ChartData *
chart_data_new (GPtrArray *scores)
{
  ChartData *d = g_new0 (ChartData, 1);
  guint offset = 0;

  d->labels = g_ptr_array_new_with_free_func (g_free);
  d->points = g_array_new (FALSE, FALSE, sizeof (SvScorePoint));
  d->series = g_array_new (FALSE, FALSE, sizeof (SvScoreSeries));
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    {
      const char *viewpoint = ((SvCardScore *) scores->pdata[i])->viewpoint;
      gboolean known = FALSE;

      for (guint j = 0; j < d->labels->len && !known; j++)
        known = g_strcmp0 (d->labels->pdata[j], viewpoint) == 0;
      if (!known && d->labels->len < SV_SCORE_CHART_MAX_SERIES)
        g_ptr_array_add (d->labels, g_strdup (viewpoint));
    }
  for (guint j = 0; j < d->labels->len; j++)
    {
      SvScoreSeries s = { d->labels->pdata[j], NULL, 0 };

      for (guint i = 0; i < scores->len; i++)
        {
          SvCardScore *score = scores->pdata[i];

          if (g_strcmp0 (score->viewpoint, d->labels->pdata[j]) == 0)
            {
              SvScorePoint p = { score->date, score->score };

              g_array_append_val (d->points, p);
              s.n_points++;
            }
        }
      s.points = GSIZE_TO_POINTER ((gsize) offset);   /* fixed below */
      offset += s.n_points;
      g_array_append_val (d->series, s);
    }
  /* The points array no longer grows: point the series into it. */
  for (guint j = 0; j < d->series->len; j++)
    {
      SvScoreSeries *s = &g_array_index (d->series, SvScoreSeries, j);

      s->points = &g_array_index (d->points, SvScorePoint, GPOINTER_TO_SIZE (s->points));
    }
  return d;
}

static SvColor
to_color (const GdkRGBA *rgba)
{
  return (SvColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  ChartData *d = data;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  SvScoreStyle style;
  GdkRGBA color;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    sv_score_style_dark (&style);
  else
    sv_score_style_light (&style);
  gtk_style_context_get_color (context, &color);
  style.foreground = to_color (&color);
  if (gtk_style_context_lookup_color (context, "accent_color", &color))
    style.line = to_color (&color);
  sv_score_chart_draw (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)),
                       (const SvScoreSeries *) d->series->data, d->series->len, &style, width, height, NULL);
}

static void
on_delete_score_clicked_cb (GtkButton    *button,
                            SvCardWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sv-id"));

  if (!sv_store_delete_card_score (self->store, id, &error))
    sv_card_window_show_error (self, error);
}

static void
on_add_score_clicked_cb (GtkButton    *button,
                         SvCardWindow *self)
{
  g_autoptr(SvCardScore) score = sv_card_score_new ();
  g_autoptr(GError) error = NULL;

  score->case_id = self->case_id;
  g_free (score->viewpoint);
  score->viewpoint = sv_entry_row_dup_text (self->score_viewpoint_row);
  gtk_spin_button_update (self->score_spin);
  score->score = gtk_spin_button_get_value_as_int (self->score_spin);
  if (!sv_date_row_get_date (self->score_date_row, &score->date, &error) ||
      !sv_store_save_card_score (self->store, score, &error))
    {
      /* The store's own rules (0–10, a viewpoint, a date) have the last
       * word; its message says what to do. */
      sv_card_window_show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->score_viewpoint_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->score_viewpoint_row));
}

GtkWidget *
sv_card_window_build_scores (SvCardWindow *self)
{
  GtkWidget *section = sv_card_window_add_section (self, 5, _("Safety Scale"),
                                                   _("From 0 (not safe at all) to 10 (safe enough to close): "
                                                     "a score with its date for each viewpoint — each parent, the youth, each professional."));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *score_row = adw_action_row_new ();
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("_Add Score"));
  GtkWidget *area = gtk_drawing_area_new ();
  GDate today;

  gtk_widget_set_hexpand (area, TRUE);
  gtk_widget_set_margin_top (area, 6);
  gtk_widget_set_margin_bottom (area, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Veiligheidsschaal"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), area);
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (section), frame);
  self->score_chart = GTK_DRAWING_AREA (area);

  self->scores_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->scores_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add_group), _("New Score"));
  self->score_viewpoint_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->score_viewpoint_row), _("Viewpoint (mother, youth, Veilig Thuis, …)"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->score_viewpoint_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->score_viewpoint_row));

  /* A spin button cannot go below 0 or above 10. */
  self->score_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 10, 1));
  gtk_spin_button_set_numeric (self->score_spin, TRUE);
  gtk_spin_button_set_snap_to_ticks (self->score_spin, TRUE);
  gtk_spin_button_set_value (self->score_spin, 5);
  gtk_widget_set_valign (GTK_WIDGET (self->score_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Score (0–10)"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (score_row), _("Score (0–10)"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (score_row), GTK_WIDGET (self->score_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (score_row), GTK_WIDGET (self->score_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), score_row);

  self->score_date_row = SV_DATE_ROW (sv_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->score_date_row), _("Date of the score (dd-mm-yyyy)"));
  sv_date_today (&today);
  sv_date_row_set_date (self->score_date_row, &today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->score_date_row));

  gtk_widget_set_halign (add_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add_button, 12);
  g_signal_connect (add_button, "clicked", G_CALLBACK (on_add_score_clicked_cb), self);
  g_signal_connect_swapped (self->score_viewpoint_row, "entry-activated", G_CALLBACK (gtk_widget_grab_focus), self->score_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_button);
  gtk_box_append (GTK_BOX (section), add_group);
  return section;
}

void
sv_card_window_fill_scores (SvCardWindow *self)
{
  GPtrArray *scores = self->card->scores;
  ChartData *data = chart_data_new (scores);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->score_chart));
  g_autofree char *summary = sv_score_chart_summary ((const SvScoreSeries *) data->series->data, data->series->len);
  g_autofree char *count = NULL;
  GtkWidget *expander;

  gtk_drawing_area_set_content_height (self->score_chart, (int) sv_score_chart_height_for (context, data->series->len));
  gtk_drawing_area_set_draw_func (self->score_chart, draw_chart_cb, data, chart_data_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);

  sv_group_clear_rows (self->scores_group);
  if (scores == NULL || scores->len == 0)
    return;
  /* The chart says it at a glance; the scores themselves fold away. */
  expander = adw_expander_row_new ();
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u score", "%u scores", scores->len), scores->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("All Scores"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
  sv_group_add_row (self->scores_group, expander);
  /* Newest first: the latest score is what is looked for. */
  for (guint n = scores->len; n > 0; n--)
    {
      SvCardScore *score = scores->pdata[n - 1];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *date = sv_date_format_medium (&score->date);
      g_autofree char *title = g_strdup_printf ("%s: %d", score->viewpoint, score->score);
      g_autofree char *tooltip = g_strdup_printf (_("Remove the score of %s on %s"), score->viewpoint, date);
      GtkWidget *remove = sv_icon_button_new ("user-trash-symbolic", tooltip);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (remove), "sv-id", GSIZE_TO_POINTER ((gsize) score->id));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_score_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
}
