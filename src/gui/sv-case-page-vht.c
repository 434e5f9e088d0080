/* sv-case-page-vht.c: the VeiligheidsTeam's interventions 1–5 of the case
 * shown — one row each with where it stands and a button to move it on
 * (advise, deploy, mark done) after a confirmation, or to say why it
 * cannot; and whether the Veiligheidskaart went to the RvdK, which the
 * interventiegesprek with the RvdK waits for. Above the rows, the five
 * drawn as a small chart in the colours of the traject chart. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-gui-util.h"
#include "sv-vht-draw.h"

/* ------------------------------------------------------------------------
 * The chart
 * ------------------------------------------------------------------------ */

static SvColor
to_color (const GdkRGBA *rgba)
{
  return (SvColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* Light or dark as the desktop is, with the theme's accent and text, as
 * the traject chart does. */
static void
get_style (GtkWidget      *widget,
           SvTrajectStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    sv_traject_style_dark (style);
  else
    sv_traject_style_light (style);
  gtk_style_context_get_color (context, &color);
  style->foreground = to_color (&color);
  if (gtk_style_context_lookup_color (context, "accent_bg_color", &color))
    style->current = to_color (&color);
  if (gtk_style_context_lookup_color (context, "accent_color", &color))
    style->allowed = to_color (&color);
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  const SvVhtInterventions *v = data;
  SvTrajectStyle style;

  get_style (GTK_WIDGET (area), &style);
  sv_vht_draw (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)), v, &style, width, height, NULL);
}

/* The chart keeps its own copy: only the states and dates are drawn. */
static void
show_chart (SvCasePage               *self,
            const SvVhtInterventions *v)
{
  GtkWidget *area = GTK_WIDGET (self->vht_chart);
  SvVhtInterventions *copy = sv_vht_interventions_new ();
  g_autofree char *summary = sv_vht_summary (v);

  copy->case_id = v->case_id;
  memcpy (copy->state, v->state, sizeof copy->state);
  memcpy (copy->since, v->since, sizeof copy->since);
  copy->context = v->context;
  gtk_drawing_area_set_content_height (self->vht_chart,
                                       (int) sv_vht_height_for (gtk_widget_get_pango_context (area)));
  gtk_drawing_area_set_draw_func (self->vht_chart, draw_chart_cb, copy,
                                  (GDestroyNotify) sv_vht_interventions_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
  gtk_widget_set_tooltip_text (area, summary);
  gtk_widget_set_visible (area, TRUE);
}

/* ------------------------------------------------------------------------
 * The rows
 * ------------------------------------------------------------------------ */

/* The button that moves an intervention on to @next. */
static const char *
next_label (SvVhtState next)
{
  switch (next)
    {
    case SV_VHT_STATE_GEADVISEERD: return C_("vht move", "_Advise");
    case SV_VHT_STATE_INGEZET:     return C_("vht move", "_Deploy");
    case SV_VHT_STATE_AFGEROND:    return C_("vht move", "_Mark Done");
    case SV_VHT_STATE_NIET_GEKOZEN:
    case SV_VHT_N_STATES:
    default:                       return NULL;
    }
}

static GtkWidget *
intervention_row (const SvVhtInterventions *v,
                  SvVhtIntervention         which)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  SvVhtState next;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sv_vht_intervention_label (which));
  if (g_date_valid (&v->since[which]))
    {
      g_autofree char *date = sv_date_format_medium (&v->since[which]);

      /* TRANSLATORS: "Advised since 12 November 2026 · Ineke de Vries" */
      subtitle = g_strdup_printf (_("%s since %s · %s"), sv_vht_state_label (v->state[which]), date,
                                  v->who[which] != NULL ? v->who[which] : "");
    }
  else
    subtitle = g_strdup (sv_vht_state_label (v->state[which]));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (sv_vht_state_next (v->state[which], &next))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (next_label (next));
      g_autofree char *name = g_strdup_printf ("%s: %s", sv_vht_intervention_label (which),
                                               sv_vht_state_label (next));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "case.advance-intervention");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", (guint32) which);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

typedef struct {
  SvCasePage *page;   /* owned */
  gboolean    sent;
} KaartChange;

static gboolean
write_kaart_cb (gpointer data)
{
  KaartChange *change = data;
  SvCasePage *self = change->page;
  g_autoptr(GError) error = NULL;
  GDate today;

  sv_date_today (&today);
  if (self->store != NULL &&
      !sv_store_set_vht_rvdk_kaart_sent (self->store, self->case_id, change->sent ? &today : NULL, &error))
    sv_show_error_toast (GTK_WIDGET (self), error);
  g_object_unref (change->page);
  g_free (change);
  return G_SOURCE_REMOVE;
}

/* Written from idle: the store's change notice fills the group again, and
 * the switch must not be destroyed while it is still emitting. */
static gboolean
on_kaart_state_set_cb (GtkSwitch  *button,
                       gboolean    state,
                       SvCasePage *self)
{
  KaartChange *change = g_new0 (KaartChange, 1);

  change->page = g_object_ref (self);
  change->sent = state;
  g_idle_add (write_kaart_cb, change);
  gtk_switch_set_state (button, state);
  return TRUE;
}

static GtkWidget *
kaart_row (SvCasePage               *self,
           const SvVhtInterventions *v)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_switch_new ();
  gboolean sent = g_date_valid (&v->context.rvdk_kaart_sent);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Veiligheidskaart sent to the RvdK"));
  if (sent)
    {
      g_autofree char *date = sv_date_format_medium (&v->context.rvdk_kaart_sent);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Needed before the interventiegesprek with the RvdK is deployed"));
  gtk_switch_set_active (GTK_SWITCH (button), sent);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "state-set", G_CALLBACK (on_kaart_state_set_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

void
sv_case_page_fill_vht (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvVhtInterventions) v = sv_store_get_vht_interventions (self->store, self->case_id, &error);

  sv_group_clear_rows (self->vht_group);
  if (v == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->vht_chart), FALSE);
      adw_preferences_group_set_description (self->vht_group, error->message);
      return;
    }
  show_chart (self, v);
  adw_preferences_group_set_description (self->vht_group,
                                         _("What the VeiligheidsTeam advised in its consultation, and how far it "
                                           "got."));
  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    sv_group_add_row (self->vht_group, intervention_row (v, (SvVhtIntervention) i));
  sv_group_add_row (self->vht_group, kaart_row (self, v));
  sv_case_page_fill_gesprekken (self);
}

/* ------------------------------------------------------------------------
 * Moving on
 * ------------------------------------------------------------------------ */

static void
on_advance_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SvCasePage       *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;
  SvVhtIntervention which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "which"));
  SvVhtState from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "from"));
  SvVhtState to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "to"));

  if (g_strcmp0 (response, "confirm") != 0 || self->store == NULL)
    return;
  who = sv_dup_user_name (self->settings);
  if (sv_store_move_vht_intervention (self->store, self->case_id, which, from, to, NULL, who, &error))
    {
      /* TRANSLATORS: "1. Netwerkberaad: Advised" */
      g_autofree char *done = g_strdup_printf (_("%s: %s"), sv_vht_intervention_label (which),
                                               sv_vht_state_label (to));

      sv_show_toast (GTK_WIDGET (self), done);
      return;
    }
  /* Another window may have moved it: show where it stands now. */
  if (g_error_matches (error, SV_ERROR, SV_ERROR_STALE))
    sv_case_page_fill_vht (self);
  sv_show_error_toast (GTK_WIDGET (self), error);
}

void
sv_case_page_advance_vht (SvCasePage *self,
                          guint       which)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvVhtInterventions) v = NULL;
  g_autofree char *why = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *dialog;
  SvVhtState from, to;

  if (self->store == NULL || self->case_id == 0 || which >= SV_VHT_N_INTERVENTIONS)
    return;
  if (!(v = sv_store_get_vht_interventions (self->store, self->case_id, &error)))
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  from = v->state[which];
  if (!sv_vht_state_next (from, &to))
    return;
  if (!sv_vht_intervention_can_move (which, from, to, &v->context, &why))
    {
      /* TRANSLATORS: "Not Advised Yet", heading above the reason */
      heading = g_strdup_printf (_("Not “%s” Yet"), sv_vht_state_label (to));
      dialog = adw_message_dialog_new (parent, heading, why);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  /* TRANSLATORS: "2. Netwerkberaad: Advised?" */
  heading = g_strdup_printf (_("%s: “%s”?"), sv_vht_intervention_label (which), sv_vht_state_label (to));
  body = g_strdup_printf (_("The intervention goes from “%s” to “%s” today, recorded with your name."),
                          sv_vht_state_label (from), sv_vht_state_label (to));
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "confirm", next_label (to), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "which", GUINT_TO_POINTER (which));
  g_object_set_data (G_OBJECT (dialog), "from", GUINT_TO_POINTER (from));
  g_object_set_data (G_OBJECT (dialog), "to", GUINT_TO_POINTER (to));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_advance_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
