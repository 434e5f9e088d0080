/* sv-gesprek-outcome.c: the outcome window. It edits a fresh copy of the
 * stored conversation, so a plan changed meanwhile is not overwritten
 * with an older one, and puts the outcome into the Veiligheidskaart's
 * "Uitkomst uit het gesprek" (added to what the section holds, never in
 * its place). */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gesprek-outcome.h"
#include "sv-gui-util.h"

struct _SvGesprekOutcome
{
  AdwWindow        parent_instance;

  SvStore         *store;       /* owned */
  gint64           gesprek_id;
  GPtrArray       *attended;    /* GtkSwitch per person, in order */

  AdwToastOverlay *toasts;
  GtkLabel        *error_label;
  AdwComboRow     *both_row;
  GtkTextView     *outcome_view;
  AdwComboRow     *raad_row;
};

G_DEFINE_FINAL_TYPE (SvGesprekOutcome, sv_gesprek_outcome, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
tri_to_pos (SvTriState value)
{
  return value == SV_TRI_YES ? 1 : value == SV_TRI_NO ? 2 : 0;
}

static SvTriState
pos_to_tri (guint pos)
{
  return pos == 1 ? SV_TRI_YES : pos == 2 ? SV_TRI_NO : SV_TRI_UNKNOWN;
}

gboolean
sv_gesprek_outcome_save (SvGesprekOutcome  *self,
                         GError           **error)
{
  g_autoptr(SvGesprek) g = NULL;
  g_autoptr(GError) card_error = NULL;
  GError *local = NULL;
  gboolean in_card = FALSE;

  g_return_val_if_fail (SV_IS_GESPREK_OUTCOME (self), FALSE);

  if (!(g = sv_store_get_gesprek (self->store, self->gesprek_id, &local)))
    goto failed;
  if (g->people->len != self->attended->len)
    {
      g_set_error_literal (&local, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The list of people changed meanwhile. Close this window and open the outcome again."));
      goto failed;
    }
  for (guint i = 0; i < g->people->len; i++)
    ((SvGesprekPerson *) g_ptr_array_index (g->people, i))->attended =
      gtk_switch_get_active (g_ptr_array_index (self->attended, i)) ? SV_TRI_YES : SV_TRI_NO;
  g->both_parents = pos_to_tri (adw_combo_row_get_selected (self->both_row));
  g_free (g->outcome);
  g->outcome = g_strstrip (sv_text_view_dup_text (self->outcome_view));
  g->raadsonderzoek = g->kind == SV_IG_KIND_RVDK && self->raad_row != NULL
                      ? pos_to_tri (adw_combo_row_get_selected (self->raad_row)) : SV_TRI_UNKNOWN;
  if (!sv_store_save_gesprek (self->store, g, NULL, &local))
    goto failed;
  /* The conversation is stored; the card follows. Saving again retries
   * the card and adds the outcome only once. */
  if (!sv_store_put_gesprek_outcome_in_card (self->store, g->id, &in_card, &card_error))
    {
      g_set_error (&local, card_error->domain, card_error->code,
                   _("The outcome is saved, but the Veiligheidskaart could not be updated: %s Save again, or add the outcome in the Veiligheidskaart."),
                   card_error->message);
      goto failed;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, in_card);
  return TRUE;

failed:
  gtk_label_set_text (self->error_label, local->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  g_propagate_error (error, local);
  return FALSE;
}

static void
on_save_clicked_cb (GtkButton        *button,
                    SvGesprekOutcome *self)
{
  g_autoptr(GError) error = NULL;

  if (sv_gesprek_outcome_save (self, &error))
    gtk_window_close (GTK_WINDOW (self));
}

static void
sv_gesprek_outcome_dispose (GObject *object)
{
  SvGesprekOutcome *self = SV_GESPREK_OUTCOME (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->attended, g_ptr_array_unref);
  G_OBJECT_CLASS (sv_gesprek_outcome_parent_class)->dispose (object);
}

static void
sv_gesprek_outcome_class_init (SvGesprekOutcomeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sv_gesprek_outcome_dispose;

  /**
   * SvGesprekOutcome::saved:
   * @in_card: whether the Veiligheidskaart holds the outcome
   *
   * The outcome was stored (the window closes after it).
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
sv_gesprek_outcome_init (SvGesprekOutcome *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Outcome of the Interventiegesprek"));
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 700);
  self->attended = g_ptr_array_new ();
}

static AdwComboRow *
tri_row (AdwPreferencesGroup *group,
         const char          *title,
         SvTriState           value)
{
  const char *labels[] = { _("Not recorded"), _("Yes"), _("No"), NULL };
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), tri_to_pos (value));
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

SvGesprekOutcome *
sv_gesprek_outcome_new (GtkWindow *parent,
                        SvStore   *store,
                        gint64     gesprek_id)
{
  SvGesprekOutcome *self;
  g_autoptr(SvGesprek) g = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *text_group = adw_preferences_group_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_GESPREK_OUTCOME, "modal", parent != NULL, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->gesprek_id = gesprek_id;
  g = sv_store_get_gesprek (store, gesprek_id, &error);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  adw_toast_overlay_set_child (self->toasts, box);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);
  self->error_label = GTK_LABEL (gtk_label_new (error != NULL ? error->message : NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  if (g == NULL)
    {
      gtk_widget_set_sensitive (save, FALSE);
      return self;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Who Attended"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  for (guint i = 0; i < g->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (g->people, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_switch_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sv_gesprek_role_label (person->role));
      gtk_switch_set_active (GTK_SWITCH (button), person->attended == SV_TRI_YES);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, person->name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->attended, button);
    }
  self->both_row = tri_row (ADW_PREFERENCES_GROUP (group), _("Both parents were present"), g->both_parents);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (text_group), _("Outcome and Agreements"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (text_group),
                                         _("Goes into “Uitkomst uit het gesprek” of the Veiligheidskaart, after what is there already; then send the card again to the parents and partners."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (text_group));
  self->outcome_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->outcome_view, GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (GTK_WIDGET (self->outcome_view), -1, 160);
  gtk_text_view_set_left_margin (self->outcome_view, 8);
  gtk_text_view_set_top_margin (self->outcome_view, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->outcome_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Outcome and agreements"), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->outcome_view), g->outcome != NULL ? g->outcome : "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->outcome_view));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (text_group), frame);
  /* Only the RvdK decides on a raadsonderzoek (no empty list otherwise). */
  if (g->kind == SV_IG_KIND_RVDK)
    self->raad_row = tri_row (ADW_PREFERENCES_GROUP (text_group), _("Raadsonderzoek follows (decided by the RvdK)"),
                              g->raadsonderzoek);
  return self;
}
