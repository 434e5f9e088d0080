/* sv-trajecten-view.c: the process chart without a case, counting the
 * open cases per step. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-trajecten-view.h"

struct _SvTrajectenView
{
  GtkWidget      parent_instance;

  SvStore       *store;       /* owned */
  gulong         changed_id;
  gboolean       stale;       /* the store changed while hidden */

  GtkWidget     *box;         /* child */
  GtkLabel      *summary;     /* borrowed from the box */
  GtkLabel      *error;       /* borrowed from the box */
  SvTrajectView *chart;       /* borrowed from the box */
};

G_DEFINE_FINAL_TYPE (SvTrajectenView, sv_trajecten_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
refresh (SvTrajectenView *self)
{
  g_autoptr(GError) error = NULL;
  guint counts[SV_TRAJECT_N_STEPS];
  guint unknown = 0, total = 0;
  g_autofree char *today = NULL;
  g_autofree char *text = NULL;
  SvTrajectChart chart;
  GDate now;

  self->stale = FALSE;
  if (self->store == NULL)
    {
      sv_traject_view_set_chart (self->chart, NULL);
      return;
    }
  if (!sv_store_count_traject_steps (self->store, counts, &unknown, &error))
    {
      /* Say so rather than show counts that are not true. */
      gtk_label_set_text (self->error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error), TRUE);
      sv_traject_view_set_chart (self->chart, NULL);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    if (i != SV_TRAJECT_STEP_AFGEROND)
      total += counts[i];
  total += unknown;
  sv_date_today (&now);
  today = sv_date_format_medium (&now);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open case on %s, by the step where it stands",
                                       "%u open cases on %s, by the step where they stand", total),
                          total, today);
  gtk_label_set_text (self->summary, text);
  sv_traject_chart_init_counts (&chart, counts, unknown);
  sv_traject_view_set_chart (self->chart, &chart);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_store_changed_cb (SvStore         *store,
                     guint            what,
                     gint64           case_id,
                     SvTrajectenView *self)
{
  /* Moves, new and closed cases all come as a change of the list. */
  if (!(what & SV_STORE_CHANGE_CASE_LIST))
    return;
  /* A hidden view is brought up to date when it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

/* ------------------------------------------------------------------------
 * GtkWidget overrides
 * ------------------------------------------------------------------------ */

static void
sv_trajecten_view_map (GtkWidget *widget)
{
  SvTrajectenView *self = SV_TRAJECTEN_VIEW (widget);

  GTK_WIDGET_CLASS (sv_trajecten_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_trajecten_view_dispose (GObject *object)
{
  SvTrajectenView *self = SV_TRAJECTEN_VIEW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (sv_trajecten_view_parent_class)->dispose (object);
}

static void
sv_trajecten_view_class_init (SvTrajectenViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_trajecten_view_dispose;
  widget_class->map = sv_trajecten_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sv-trajecten-view");
}

static void
sv_trajecten_view_init (SvTrajectenView *self)
{
  GtkWidget *title;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 18);
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  title = gtk_label_new (_("The path of a report"));
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (self->box), title);

  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "dim-label");
  gtk_label_set_xalign (self->summary, 0);
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->summary));

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_label_set_xalign (self->error, 0);
  gtk_label_set_wrap (self->error, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->error));

  self->chart = SV_TRAJECT_VIEW (sv_traject_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->chart), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->chart), "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Traject: open cases per step"), -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chart));
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_trajecten_view_new (void)
{
  return g_object_new (SV_TYPE_TRAJECTEN_VIEW, NULL);
}

void
sv_trajecten_view_set_store (SvTrajectenView *self,
                             SvStore         *store)
{
  g_return_if_fail (SV_IS_TRAJECTEN_VIEW (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  refresh (self);
}

SvTrajectView *
sv_trajecten_view_get_chart (SvTrajectenView *self)
{
  g_return_val_if_fail (SV_IS_TRAJECTEN_VIEW (self), NULL);
  return self->chart;
}
