/* sv-countdown.c: the countdown widget — drawing plus a button per step. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-countdown.h"

struct _SvCountdown
{
  GtkWidget         parent_instance;

  gboolean          has_model;
  SvCountdownModel  model;
  GtkWidget        *steps[SV_COUNTDOWN_N_STEPS];  /* children */
};

G_DEFINE_FINAL_TYPE (SvCountdown, sv_countdown, GTK_TYPE_WIDGET)

enum {
  STEP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static SvColor
to_color (const GdkRGBA *rgba,
          double         alpha)
{
  return (SvColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha };
}

void
sv_countdown_get_style (SvCountdown      *self,
                        SvCountdownStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg, color;

  g_return_if_fail (SV_IS_COUNTDOWN (self));

  sv_countdown_style_paper (style);
  gtk_style_context_get_color (context, &fg);
  style->foreground = to_color (&fg, 1.0);
  style->dim = to_color (&fg, 0.65);
  style->track = to_color (&fg, 0.2);
  /* libadwaita's named colours follow light and dark style. */
  if (gtk_style_context_lookup_color (context, "accent_color", &color))
    style->accent = to_color (&color, 1.0);
  if (gtk_style_context_lookup_color (context, "success_color", &color))
    style->success = to_color (&color, 1.0);
  if (gtk_style_context_lookup_color (context, "warning_color", &color))
    style->warning = to_color (&color, 1.0);
  if (gtk_style_context_lookup_color (context, "error_color", &color))
    style->error = to_color (&color, 1.0);
}

static void
update_steps (SvCountdown *self)
{
  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    {
      g_autofree char *summary = NULL;

      gtk_widget_set_visible (self->steps[i], self->has_model);
      if (!self->has_model)
        continue;
      summary = sv_countdown_step_summary (&self->model, i);
      gtk_widget_set_tooltip_text (self->steps[i], summary);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->steps[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      summary, -1);
    }
}

static void
on_step_clicked_cb (GtkButton   *button,
                    SvCountdown *self)
{
  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    if (self->steps[i] == GTK_WIDGET (button))
      g_signal_emit (self, signals[STEP_ACTIVATED], 0, i);
}

/* ------------------------------------------------------------------------
 * GtkWidget overrides
 * ------------------------------------------------------------------------ */

static GtkSizeRequestMode
sv_countdown_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sv_countdown_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  SvCountdown *self = SV_COUNTDOWN (widget);

  if (!self->has_model)
    {
      *minimum = *natural = 0;
      return;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 300;
      *natural = 640;
      return;
    }
  *minimum = *natural = (int) ceil (sv_countdown_height_for (&self->model, gtk_widget_get_pango_context (widget),
                                                             for_size > 0 ? for_size : 640));
}

static void
sv_countdown_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  SvCountdown *self = SV_COUNTDOWN (widget);

  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    {
      SvRect rect = { 0 };

      if (self->has_model)
        rect = sv_countdown_step_rect (&self->model, gtk_widget_get_pango_context (widget), width, height, i);
      /* Measure first: GTK wants every child measured before allocation. */
      gtk_widget_measure (self->steps[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->steps[i],
                                &(GtkAllocation) { (int) rect.x, (int) rect.y,
                                                   MAX (1, (int) rect.width), MAX (1, (int) rect.height) },
                                -1);
    }
}

static void
sv_countdown_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  SvCountdown *self = SV_COUNTDOWN (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SvCountdownStyle style;
  cairo_t *cr;

  if (!self->has_model || width <= 0 || height <= 0)
    return;
  sv_countdown_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  sv_countdown_draw (cr, gtk_widget_get_pango_context (widget), &self->model, &style, width, height);
  cairo_destroy (cr);
  /* The step buttons draw only their focus ring and hover. */
  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    gtk_widget_snapshot_child (widget, self->steps[i], snapshot);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_countdown_dispose (GObject *object)
{
  SvCountdown *self = SV_COUNTDOWN (object);

  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    g_clear_pointer (&self->steps[i], gtk_widget_unparent);
  G_OBJECT_CLASS (sv_countdown_parent_class)->dispose (object);
}

static void
sv_countdown_class_init (SvCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_countdown_dispose;
  widget_class->get_request_mode = sv_countdown_get_request_mode;
  widget_class->measure = sv_countdown_measure;
  widget_class->size_allocate = sv_countdown_size_allocate;
  widget_class->snapshot = sv_countdown_snapshot;

  /**
   * SvCountdown::step-activated:
   * @index: the step, 0 for step 1
   */
  signals[STEP_ACTIVATED] =
    g_signal_new ("step-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "sv-countdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sv_countdown_init (SvCountdown *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Closing the order: countdown"), -1);
  for (guint i = 0; i < SV_COUNTDOWN_N_STEPS; i++)
    {
      self->steps[i] = gtk_button_new ();
      gtk_widget_add_css_class (self->steps[i], "flat");
      gtk_widget_add_css_class (self->steps[i], "sv-countdown-step");
      gtk_widget_set_visible (self->steps[i], FALSE);
      g_signal_connect (self->steps[i], "clicked", G_CALLBACK (on_step_clicked_cb), self);
      gtk_widget_set_parent (self->steps[i], GTK_WIDGET (self));
    }
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_countdown_new (void)
{
  return g_object_new (SV_TYPE_COUNTDOWN, NULL);
}

void
sv_countdown_set_model (SvCountdown            *self,
                        const SvCountdownModel *model)
{
  g_return_if_fail (SV_IS_COUNTDOWN (self));

  self->has_model = model != NULL;
  if (model != NULL)
    self->model = *model;
  update_steps (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const SvCountdownModel *
sv_countdown_get_model (SvCountdown *self)
{
  g_return_val_if_fail (SV_IS_COUNTDOWN (self), NULL);
  return self->has_model ? &self->model : NULL;
}
