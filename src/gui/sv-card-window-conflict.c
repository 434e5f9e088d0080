/* sv-card-window-conflict.c: when another window saved a section while
 * this one was typing in it — the notice under the header bar, the
 * field's frame marked, and the user's choice: load the other text (one
 * step Ctrl+Z undoes) or keep their own. Nothing is overwritten before
 * they chose. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-card-window-private.h"

/* The frame of a field in conflict is marked until the user chose. */
static void
mark_conflicts (SvCardWindow *self)
{
  for (guint f = 0; f < SV_CARD_N_FIELDS; f++)
    if (self->views[f] != NULL)
      {
        GtkWidget *frame = gtk_widget_get_parent (GTK_WIDGET (self->views[f]));

        if (g_queue_find (&self->conflicts, GINT_TO_POINTER (f)) != NULL)
          gtk_widget_add_css_class (frame, "sv-card-conflict");
        else
          gtk_widget_remove_css_class (frame, "sv-card-conflict");
      }
}

void
sv_card_window_show_next_conflict (SvCardWindow *self)
{
  g_autofree char *message = NULL;
  SvCardField field;

  mark_conflicts (self);
  if (g_queue_is_empty (&self->conflicts))
    {
      gtk_revealer_set_reveal_child (self->conflict_revealer, FALSE);
      sv_card_window_update_save_status (self);
      return;
    }
  field = GPOINTER_TO_INT (g_queue_peek_head (&self->conflicts));
  /* TRANSLATORS: %s is a section of the Veiligheidskaart, such as "Zorgen" */
  message = g_strdup_printf (_("“%s” was changed in another window while you were typing. "
                               "Your text is kept here but not saved: load the other text, or keep yours."),
                             sv_card_field_title (field));
  gtk_label_set_text (self->conflict_label, message);
  gtk_revealer_set_reveal_child (self->conflict_revealer, TRUE);
  sv_card_window_update_save_status (self);
}

void
sv_card_window_on_conflict_cb (SvAutosave   *autosave,
                const char   *key,
                SvCardWindow *self)
{
  SvCardField field;

  if (!sv_card_window_key_field (key, &field))
    return;
  if (g_queue_find (&self->conflicts, GINT_TO_POINTER (field)) == NULL)
    g_queue_push_tail (&self->conflicts, GINT_TO_POINTER (field));
  sv_card_window_show_next_conflict (self);
}

static void
take_other_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GError) error = NULL;
  SvCardField field;
  GtkTextBuffer *buffer;

  if (g_queue_is_empty (&self->conflicts))
    return;
  field = GPOINTER_TO_INT (g_queue_peek_head (&self->conflicts));
  card = sv_store_get_safety_card (self->store, self->case_id, &error);
  if (card == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  g_queue_pop_head (&self->conflicts);
  /* The other text as one step the user can undo: Ctrl+Z brings back
   * what they had typed, which then saves as their own choice. */
  buffer = gtk_text_view_get_buffer (self->views[field]);
  gtk_text_buffer_begin_user_action (buffer);
  {
    GtkTextIter start, end;

    /* Not gtk_text_buffer_set_text(): that one cannot be undone. */
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_delete (buffer, &start, &end);
    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_insert (buffer, &start, card->texts[field].text, -1);
  }
  gtk_text_buffer_end_user_action (buffer);
  self->revision[field] = card->texts[field].revision;
  sv_autosave_resolve (self->autosave, sv_card_window_field_key (field));
  sv_card_window_show_next_conflict (self);
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GError) error = NULL;
  SvCardField field;

  if (g_queue_is_empty (&self->conflicts))
    return;
  field = GPOINTER_TO_INT (g_queue_peek_head (&self->conflicts));
  card = sv_store_get_safety_card (self->store, self->case_id, &error);
  if (card == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  g_queue_pop_head (&self->conflicts);
  /* Saved over the revision the user has now seen named: a third save in
   * between is a new conflict, told again. */
  self->revision[field] = card->texts[field].revision;
  sv_autosave_resolve (self->autosave, sv_card_window_field_key (field));
  sv_card_window_show_next_conflict (self);
}

void
sv_card_window_install_conflict_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "card.take-other", NULL, take_other_action);
  gtk_widget_class_install_action (widget_class, "card.keep-mine", NULL, keep_mine_action);
}
