/* sv-traject-view.c: the process chart widget — drawing plus a button per
 * step, walked with the arrow keys. */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "sv-traject-view.h"

struct _SvTrajectView
{
  GtkWidget        parent_instance;

  gboolean         has_chart;
  SvTrajectChart   chart;
  char            *unknown_step;                       /* owned copy behind chart.unknown_step */
  SvTrajectLayout  layout;                             /* of the last allocation */
  SvTrajectCache  *cache;                              /* owned: the text laid out for drawing */
  GtkWidget       *steps[SV_TRAJECT_N_STEPS];          /* children */
};

G_DEFINE_FINAL_TYPE (SvTrajectView, sv_traject_view, GTK_TYPE_WIDGET)

enum {
  STEP_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static SvColor
to_color (const GdkRGBA *rgba)
{
  return (SvColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* Light or dark as the desktop is, with the theme's accent and text. */
static void
get_style (SvTrajectView  *self,
           SvTrajectStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA color;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    sv_traject_style_dark (style);
  else
    sv_traject_style_light (style);
  gtk_style_context_get_color (context, &color);
  style->foreground = to_color (&color);
  if (gtk_style_context_lookup_color (context, "card_bg_color", &color) && color.alpha > 0.99)
    style->background = to_color (&color);
  if (gtk_style_context_lookup_color (context, "accent_bg_color", &color))
    style->current = to_color (&color);
  if (gtk_style_context_lookup_color (context, "accent_color", &color))
    style->allowed = to_color (&color);
}

static void
update_steps (SvTrajectView *self)
{
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      g_autofree char *summary = NULL;
      gboolean allowed;

      gtk_widget_set_visible (self->steps[i], self->has_chart);
      if (!self->has_chart)
        continue;
      summary = sv_traject_node_summary (&self->chart, (SvTrajectStep) i);
      allowed = self->chart.has_case && (self->chart.allowed & (1u << i)) != 0;
      gtk_widget_set_tooltip_text (self->steps[i], summary);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->steps[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      sv_traject_step_description ((SvTrajectStep) i),
                                      -1);
      /* "Pressed" marks the current step for screen readers too. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->steps[i]),
                                   GTK_ACCESSIBLE_STATE_PRESSED,
                                   self->chart.has_case && self->chart.unknown_step == NULL &&
                                   self->chart.current == i ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                            : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
      if (allowed)
        gtk_widget_add_css_class (self->steps[i], "sv-traject-allowed");
      else
        gtk_widget_remove_css_class (self->steps[i], "sv-traject-allowed");
    }
}

static int
step_of (SvTrajectView *self,
         GtkWidget     *button)
{
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    if (self->steps[i] == button)
      return (int) i;
  return -1;
}

static void
on_step_clicked_cb (GtkButton     *button,
                    SvTrajectView *self)
{
  int step = step_of (self, GTK_WIDGET (button));

  if (step >= 0)
    g_signal_emit (self, signals[STEP_ACTIVATED], 0, (guint) step);
}

/* The step the arrow key leads to from @from: along a row left and right;
 * up and down to the nearest step of the row above or below. */
static int
neighbour (SvTrajectView *self,
           int            from,
           guint          keyval)
{
  const SvRect *r = &self->layout.node[from];
  double cx = r->x + r->width / 2, cy = r->y + r->height / 2;
  double best = G_MAXDOUBLE;
  int found = -1;

  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      const SvRect *o = &self->layout.node[i];
      double ox = o->x + o->width / 2, oy = o->y + o->height / 2;
      double dx = ox - cx, dy = oy - cy;
      gboolean same_row = oy >= r->y && oy <= r->y + r->height;
      double score;

      if ((int) i == from)
        continue;
      switch (keyval)
        {
        case GDK_KEY_Left:
        case GDK_KEY_KP_Left:
          if (!same_row || dx >= 0)
            continue;
          score = -dx;
          break;
        case GDK_KEY_Right:
        case GDK_KEY_KP_Right:
          if (!same_row || dx <= 0)
            continue;
          score = dx;
          break;
        case GDK_KEY_Up:
        case GDK_KEY_KP_Up:
          if (same_row || dy >= 0)
            continue;
          score = -dy * 4 + fabs (dx);
          break;
        case GDK_KEY_Down:
        case GDK_KEY_KP_Down:
          if (same_row || dy <= 0)
            continue;
          score = dy * 4 + fabs (dx);
          break;
        default:
          return -1;
        }
      if (score < best)
        {
          best = score;
          found = (int) i;
        }
    }
  return found;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   SvTrajectView         *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int from, to;

  if (focus == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  from = step_of (self, focus);
  if (from < 0)
    return FALSE;
  to = neighbour (self, from, keyval);
  if (to < 0)
    return FALSE;
  gtk_widget_grab_focus (self->steps[to]);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * GtkWidget overrides
 * ------------------------------------------------------------------------ */

static GtkSizeRequestMode
sv_traject_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sv_traject_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  SvTrajectView *self = SV_TRAJECT_VIEW (widget);

  if (!self->has_chart)
    {
      *minimum = *natural = 0;
      return;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 860;
      return;
    }
  *minimum = *natural = (int) ceil (sv_traject_height_for (&self->chart, gtk_widget_get_pango_context (widget),
                                                           for_size > 0 ? for_size : 860));
}

static void
sv_traject_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SvTrajectView *self = SV_TRAJECT_VIEW (widget);

  memset (&self->layout, 0, sizeof self->layout);
  if (self->has_chart)
    sv_traject_layout (&self->chart, gtk_widget_get_pango_context (widget), width, height, &self->layout);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      const SvRect *rect = &self->layout.node[i];

      /* Measure first: GTK wants every child measured before allocation. */
      gtk_widget_measure (self->steps[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->steps[i],
                                &(GtkAllocation) { (int) rect->x, (int) rect->y,
                                                   MAX (1, (int) rect->width), MAX (1, (int) rect->height) },
                                -1);
    }
}

static void
sv_traject_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SvTrajectView *self = SV_TRAJECT_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SvTrajectStyle style;
  cairo_t *cr;

  if (!self->has_chart || width <= 0 || height <= 0)
    return;
  get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* A redraw with the same chart, size and fonts only paints. */
  sv_traject_draw_cached (cr, gtk_widget_get_pango_context (widget), &self->chart, &style, width, height,
                          self->cache, NULL);
  cairo_destroy (cr);
  /* The step buttons draw only their focus ring and hover. */
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    gtk_widget_snapshot_child (widget, self->steps[i], snapshot);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_traject_view_dispose (GObject *object)
{
  SvTrajectView *self = SV_TRAJECT_VIEW (object);

  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    g_clear_pointer (&self->steps[i], gtk_widget_unparent);
  G_OBJECT_CLASS (sv_traject_view_parent_class)->dispose (object);
}

static void
sv_traject_view_finalize (GObject *object)
{
  SvTrajectView *self = SV_TRAJECT_VIEW (object);

  g_free (self->unknown_step);
  sv_traject_cache_free (self->cache);
  G_OBJECT_CLASS (sv_traject_view_parent_class)->finalize (object);
}

static void
sv_traject_view_class_init (SvTrajectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_traject_view_dispose;
  object_class->finalize = sv_traject_view_finalize;
  widget_class->get_request_mode = sv_traject_view_get_request_mode;
  widget_class->measure = sv_traject_view_measure;
  widget_class->size_allocate = sv_traject_view_size_allocate;
  widget_class->snapshot = sv_traject_view_snapshot;

  /**
   * SvTrajectView::step-activated:
   * @step: the SvTrajectStep chosen
   */
  signals[STEP_ACTIVATED] =
    g_signal_new ("step-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "sv-traject-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sv_traject_view_init (SvTrajectView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->cache = sv_traject_cache_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Traject: the path of the report"), -1);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      self->steps[i] = gtk_button_new ();
      gtk_widget_add_css_class (self->steps[i], "flat");
      gtk_widget_add_css_class (self->steps[i], "sv-traject-step");
      gtk_widget_set_visible (self->steps[i], FALSE);
      g_signal_connect (self->steps[i], "clicked", G_CALLBACK (on_step_clicked_cb), self);
      gtk_widget_set_parent (self->steps[i], GTK_WIDGET (self));
    }
  /* Before the buttons see the arrows (they would move focus in tab order). */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_traject_view_new (void)
{
  return g_object_new (SV_TYPE_TRAJECT_VIEW, NULL);
}

void
sv_traject_view_set_chart (SvTrajectView        *self,
                           const SvTrajectChart *chart)
{
  g_return_if_fail (SV_IS_TRAJECT_VIEW (self));

  self->has_chart = chart != NULL;
  g_clear_pointer (&self->unknown_step, g_free);
  if (chart != NULL)
    {
      self->chart = *chart;
      self->unknown_step = g_strdup (chart->unknown_step);
      self->chart.unknown_step = self->unknown_step;
    }
  sv_traject_cache_invalidate (self->cache);
  update_steps (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const SvTrajectChart *
sv_traject_view_get_chart (SvTrajectView *self)
{
  g_return_val_if_fail (SV_IS_TRAJECT_VIEW (self), NULL);
  return self->has_chart ? &self->chart : NULL;
}

GtkWidget *
sv_traject_view_get_step_button (SvTrajectView *self,
                                 SvTrajectStep  step)
{
  g_return_val_if_fail (SV_IS_TRAJECT_VIEW (self), NULL);
  g_return_val_if_fail ((guint) step < SV_TRAJECT_N_STEPS, NULL);
  return self->steps[step];
}
