/* sv-case-page-gesprek.c: the interventiegesprekken of the case shown,
 * under the VeiligheidsTeam's interventions — one row each (when, where,
 * with whom) to open its planner, and "Plan Interventiegesprek…". */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-gesprek-planner.h"
#include "sv-gui-util.h"

static char *
describe (const SvGesprek *g)
{
  g_autofree char *place = sv_gesprek_dup_place_text (g);
  const char *kind = g->kind == SV_IG_KIND_RVDK ? _("with the RvdK") : _("voluntary frame");

  if (!g_date_valid (&g->date))
    /* TRANSLATORS: "No date yet · with the RvdK" */
    return g_strdup_printf (_("No date yet · %s"), kind);
  if (g->minutes >= 0)
    {
      g_autofree char *day = sv_date_format_long (&g->date);

      /* TRANSLATORS: "Thursday 3 December 2026 14:30 · Gemeentehuis · with the RvdK" */
      return g_strdup_printf (_("%s %02d:%02d · %s · %s"), day, g->minutes / 60, g->minutes % 60, place, kind);
    }
  else
    {
      g_autofree char *day = sv_date_format_long (&g->date);

      return g_strdup_printf ("%s · %s · %s", day, place, kind);
    }
}

void
sv_case_page_fill_gesprekken (SvCasePage *self)
{
  g_autoptr(GPtrArray) list = sv_store_list_gesprekken (self->store, self->case_id, NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Plan Interventiegesprek…"));

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const SvGesprek *g = g_ptr_array_index (list, i);
      GtkWidget *item = adw_action_row_new ();
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open…"));
      g_autofree char *subtitle = describe (g);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, g->id);
      /* TRANSLATORS: the accessible name of the button that opens a planned conversation */
      g_autofree char *name = g_strdup_printf (_("Open interventiegesprek %s"), number);
      /* TRANSLATORS: "Interventiegesprek 7 (final)"; the number is used on the command line */
      g_autofree char *title = g_strdup_printf (g->final ? _("Interventiegesprek %s (final)")
                                                         : _("Interventiegesprek %s (draft)"), number);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (item), subtitle);
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_tooltip_text (open, name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "case.open-gesprek");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "x", g->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (item), open);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item), open);
      sv_group_add_row (self->vht_group, item);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Interventiegesprek"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Within two weeks of the consultation, with the parents and youths of 8 and older"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "case.plan-gesprek");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  sv_group_add_row (self->vht_group, row);
}

void
sv_case_page_open_gesprek (SvCasePage *self,
                           gint64      gesprek_id)
{
  SvGesprekPlanner *planner;

  if (self->store == NULL || self->case_id == 0)
    return;
  planner = sv_gesprek_planner_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                    self->settings, self->case_id, gesprek_id);
  gtk_window_present (GTK_WINDOW (planner));
}
