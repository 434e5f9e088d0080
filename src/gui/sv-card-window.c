/* sv-card-window.c: the Veiligheidskaart editor — the window, its sections
 * 1–12, the text sections with their autosave and the conflict notice.
 * The other parts of the card live in sv-card-window-*.c. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-card-window-private.h"
#include "sv-error.h"
#include "sv-gui-util.h"

G_DEFINE_FINAL_TYPE (SvCardWindow, sv_card_window, ADW_TYPE_WINDOW)

/* One open editor per card and store, for sv_card_window_present(). */
static GList *open_windows;

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

const char *
sv_card_window_field_key (SvCardField field)
{
  return sv_card_field_to_id (field);
}

gboolean
sv_card_window_key_field (const char  *key,
           SvCardField *out)
{
  return sv_card_field_from_id (key, out);
}

char *
sv_card_window_dup_user (SvCardWindow *self)
{
  return sv_dup_user_name (self->settings);
}

void
sv_card_window_show_error (SvCardWindow *self,
                           const GError *error)
{
  if (error != NULL)
    sv_show_error_toast (GTK_WIDGET (self->sections), error);
}

void
sv_card_window_toast (SvCardWindow *self,
                      const char   *message)
{
  sv_show_toast (GTK_WIDGET (self->sections), message);
}

void
sv_card_window_update_save_status (SvCardWindow *self)
{
  const char *text;

  if (!g_queue_is_empty (&self->conflicts))
    text = _("Not saved: see the notice above");
  else if (sv_autosave_has_unsaved (self->autosave))
    text = _("Saving…");
  else
    text = _("All changes saved");
  gtk_label_set_text (self->save_status, text);
}

/* Puts the stored texts into the views that hold nothing unsaved, with
 * the revisions they were saved with. A view being typed in keeps its
 * text: its next save compares revisions and finds out. */
static void
fill_texts (SvCardWindow *self)
{
  for (guint f = 0; f < SV_CARD_N_FIELDS; f++)
    {
      const char *key = sv_card_window_field_key (f);

      if (self->views[f] == NULL || sv_autosave_is_dirty (self->autosave, key) ||
          sv_autosave_has_conflict (self->autosave, key))
        continue;
      self->revision[f] = self->card->texts[f].revision;
      sv_autosave_load (self->autosave, key, self->card->texts[f].text);
    }
}

static void
reload (SvCardWindow *self)
{
  g_autoptr(GError) error = NULL;
  SvSafetyCard *card;

  /* An idle reload may come after the window went. */
  if (self->store == NULL)
    return;
  card = sv_store_get_safety_card (self->store, self->case_id, &error);
  if (card == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  g_clear_pointer (&self->card, sv_safety_card_free);
  self->card = card;
  self->filling = TRUE;
  fill_texts (self);
  sv_card_window_fill_family (self);
  sv_card_window_fill_scores (self);
  sv_card_window_fill_conditions (self);
  sv_card_window_fill_advice (self);
  sv_card_window_fill_agreements (self);
  sv_card_window_fill_sharing (self);
  self->filling = FALSE;
}

static void
update_title (SvCardWindow *self)
{
  g_autoptr(SvCase) c = sv_store_get_case (self->store, self->case_id, NULL);
  g_autoptr(SvHousehold) household = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  if (c == NULL)
    return;
  household = sv_store_get_household (self->store, c->household_id, NULL);
  /* TRANSLATORS: window subtitle: "Gezin Jansen · case 2026-0012" */
  subtitle = g_strdup_printf (_("%s · case %s"), household != NULL ? household->name : "", c->number);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* TRANSLATORS: the window's name in the window list: "Veiligheidskaart — Gezin Jansen" */
  title = g_strdup_printf (_("Veiligheidskaart — %s"), household != NULL ? household->name : c->number);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static gboolean
save_field_cb (const char  *key,
               const char  *text,
               gpointer     user_data,
               GError     **error)
{
  SvCardWindow *self = SV_CARD_WINDOW (user_data);
  SvCardField field;
  gint64 revision = 0;

  if (!sv_card_window_key_field (key, &field))
    g_return_val_if_reached (FALSE);
  self->saving = TRUE;
  if (!sv_store_save_card_field (self->store, self->case_id, field, text, self->revision[field], &revision, error))
    {
      self->saving = FALSE;
      return FALSE;
    }
  self->saving = FALSE;
  self->revision[field] = revision;
  return TRUE;
}

static void
on_saved_cb (SvAutosave   *autosave,
             const char   *key,
             SvCardWindow *self)
{
  sv_card_window_update_save_status (self);
}

static void
on_dirty_cb (SvAutosave   *autosave,
             const char   *key,
             SvCardWindow *self)
{
  sv_card_window_update_save_status (self);
}

static void
on_failed_cb (SvAutosave   *autosave,
              const char   *key,
              const char   *message,
              SvCardWindow *self)
{
  AdwToast *toast = adw_toast_new (message);

  /* The text stays in the view; the next keystroke tries again. */
  adw_toast_set_timeout (toast, 0);
  sv_add_toast (GTK_WIDGET (self->sections), toast);
  sv_card_window_update_save_status (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  SvCardWindow *self = SV_CARD_WINDOW (data);

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (SvStore       *store,
                     SvStoreChange  what,
                     gint64         case_id,
                     SvCardWindow  *self)
{
  if (case_id != 0 && case_id != self->case_id)
    return;
  /* Our own text save: this window shows it already, and reading the
   * whole card again after each pause in the typing would cost a frame. */
  if (self->saving)
    return;
  if ((what & SV_STORE_CHANGE_CASE) != 0)
    update_title (self);
  /* Once, after whatever else changes with it, and never inside a save:
   * typing must not wait for the whole card to be read. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);

  if (sv_card_window_save_now (self))
    sv_card_window_toast (self, _("Saved"));
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SvCardWindow     *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
sv_card_window_close_request (GtkWindow *window)
{
  SvCardWindow *self = SV_CARD_WINDOW (window);
  AdwMessageDialog *dialog;

  if (self->closing || sv_card_window_save_now (self))
    return GTK_WINDOW_CLASS (sv_card_window_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Close Without Saving?"),
                                                       _("Some text could not be saved yet (see the notice in the window). "
                                                         "Closing now loses it.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep Editing"), "discard", _("Close _Without Saving"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Building the sections
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_card_window_add_section (SvCardWindow *self,
                            guint         number,
                            const char   *title,
                            const char   *description)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *num = g_strdup_printf ("%u", number);
  GtkWidget *number_label = gtk_label_new (num);
  GtkWidget *title_label = gtk_label_new (title);

  gtk_widget_add_css_class (number_label, "sv-card-number");
  gtk_widget_add_css_class (number_label, "title-3");
  gtk_label_set_xalign (GTK_LABEL (number_label), 0);
  gtk_widget_add_css_class (title_label, "title-3");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (title_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (heading), number_label);
  gtk_box_append (GTK_BOX (heading), title_label);
  gtk_box_append (GTK_BOX (section), heading);
  if (description != NULL)
    {
      GtkWidget *desc = gtk_label_new (description);

      gtk_label_set_xalign (GTK_LABEL (desc), 0);
      gtk_label_set_wrap (GTK_LABEL (desc), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (desc), PANGO_WRAP_WORD);
      gtk_widget_add_css_class (desc, "dim-label");
      gtk_widget_set_margin_bottom (desc, 2);
      gtk_box_append (GTK_BOX (section), desc);
    }
  g_object_set_data (G_OBJECT (section), "sv-title-label", title_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (section), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (self->sections, section);
  return section;
}

void
sv_card_window_add_text (SvCardWindow *self,
                         GtkWidget    *section,
                         SvCardField   field,
                         const char   *label)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = gtk_text_view_new ();

  /* A section with one text has its heading as label; one with more
   * names each ("": only the field's hint). */
  if (label != NULL)
    {
      GtkWidget *title = gtk_label_new (label);
      const char *hint_text = sv_card_field_description (field);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      gtk_widget_set_margin_top (title, 8);
      /* An empty label: the field's hint says it all. */
      gtk_widget_set_visible (title, *label != '\0');
      gtk_box_append (GTK_BOX (section), title);
      if (hint_text != NULL && *hint_text != '\0')
        {
          GtkWidget *hint = gtk_label_new (hint_text);

          gtk_label_set_xalign (GTK_LABEL (hint), 0);
          gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
          gtk_widget_add_css_class (hint, "dim-label");
          gtk_widget_add_css_class (hint, "caption");
          gtk_box_append (GTK_BOX (section), hint);
        }
    }

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 16);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 16);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 14);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (view), 2);
  /* Room for a few lines before it grows with its text: the page
   * scrolls, never the field. */
  gtk_widget_set_size_request (view, -1, 112);
  gtk_widget_set_hexpand (view, TRUE);
  /* The section's name, once: screen readers and the end-to-end test
   * find the field by it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sv_card_field_title (field), -1);
  gtk_widget_add_css_class (frame, "sv-card-text");
  gtk_widget_set_overflow (frame, GTK_OVERFLOW_HIDDEN);
  gtk_box_append (GTK_BOX (frame), view);
  gtk_box_append (GTK_BOX (section), frame);
  self->views[field] = GTK_TEXT_VIEW (view);
  sv_autosave_add (self->autosave, sv_card_window_field_key (field), GTK_TEXT_VIEW (view));
}

/* A section holding one text, titled as that text. */
static void
add_text_section (SvCardWindow *self,
                  guint         number,
                  SvCardField   field)
{
  GtkWidget *section = sv_card_window_add_section (self, number, sv_card_field_title (field),
                                                   sv_card_field_description (field));

  sv_card_window_add_text (self, section, field, NULL);
}

static void
build_sections (SvCardWindow *self)
{
  GtkWidget *section;

  sv_card_window_build_family (self);
  add_text_section (self, 2, SV_CARD_FIELD_AANLEIDING);
  section = sv_card_window_add_section (self, 3, sv_card_field_title (SV_CARD_FIELD_ZORGEN),
                                        sv_card_field_description (SV_CARD_FIELD_ZORGEN));
  sv_card_window_add_text (self, section, SV_CARD_FIELD_ZORGEN, NULL);
  sv_card_window_add_text (self, section, SV_CARD_FIELD_RISICOFACTOREN,
                           sv_card_field_title (SV_CARD_FIELD_RISICOFACTOREN));
  add_text_section (self, 4, SV_CARD_FIELD_WAT_GAAT_GOED);
  sv_card_window_build_scores (self);
  sv_card_window_build_conditions (self);
  sv_card_window_build_advice (self);
  sv_card_window_build_agreements (self);
  add_text_section (self, 9, SV_CARD_FIELD_STEM_JEUGDIGE);
  add_text_section (self, 10, SV_CARD_FIELD_REACTIE_OUDERS);
  add_text_section (self, 11, SV_CARD_FIELD_UITKOMST_GESPREK);
  sv_card_window_build_sharing (self);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_card_window_dispose (GObject *object)
{
  SvCardWindow *self = SV_CARD_WINDOW (object);

  open_windows = g_list_remove (open_windows, self);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  sv_card_window_stop_agreements (self);
  /* Nothing typed is left behind when the window goes without a close
   * request (the application quitting). */
  if (self->autosave != NULL && !self->closing)
    sv_autosave_flush_all (self->autosave);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->card, sv_safety_card_free);
  g_queue_clear (&self->conflicts);
  G_OBJECT_CLASS (sv_card_window_parent_class)->dispose (object);
}

static void
sv_card_window_class_init (SvCardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sv_card_window_dispose;
  window_class->close_request = sv_card_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-card-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, save_status);
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, sections);
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, conflict_revealer);
  gtk_widget_class_bind_template_child (widget_class, SvCardWindow, conflict_label);

  gtk_widget_class_install_action (widget_class, "card.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "card.save", NULL);
  sv_card_window_install_conflict_actions (widget_class);
  /* Ctrl+W closes through the close request, which saves first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  sv_card_window_install_sharing_actions (widget_class);
}

static void
sv_card_window_init (SvCardWindow *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_queue_init (&self->conflicts);
  self->autosave = sv_autosave_new (SV_AUTOSAVE_DELAY_MS);
  sv_autosave_set_func (self->autosave, save_field_cb, self, NULL);
  g_signal_connect (self->autosave, "saved", G_CALLBACK (on_saved_cb), self);
  g_signal_connect (self->autosave, "dirty", G_CALLBACK (on_dirty_cb), self);
  g_signal_connect (self->autosave, "conflict", G_CALLBACK (sv_card_window_on_conflict_cb), self);
  g_signal_connect (self->autosave, "failed", G_CALLBACK (on_failed_cb), self);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvCardWindow *
sv_card_window_new (GtkWindow *parent,
                    SvStore   *store,
                    GSettings *settings,
                    gint64     case_id)
{
  SvCardWindow *self;
  g_autofree char *user = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SV_TYPE_CARD_WINDOW, NULL);
  /* Not transient: the card is written beside the case, in a window of
   * its own that the user moves and sizes. */
  if (parent != NULL && gtk_window_get_application (parent) != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  self->case_id = case_id;
  user = sv_card_window_dup_user (self);
  sv_store_set_user_name (store, user);
  build_sections (self);
  update_title (self);
  reload (self);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  open_windows = g_list_prepend (open_windows, self);
  return self;
}

SvCardWindow *
sv_card_window_present (GtkWindow *parent,
                        SvStore   *store,
                        GSettings *settings,
                        gint64     case_id)
{
  SvCardWindow *self = NULL;

  for (GList *l = open_windows; l != NULL && self == NULL; l = l->next)
    {
      SvCardWindow *w = l->data;

      if (w->store == store && w->case_id == case_id && !w->closing)
        self = w;
    }
  if (self == NULL)
    self = sv_card_window_new (parent, store, settings, case_id);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

gint64
sv_card_window_get_case_id (SvCardWindow *self)
{
  g_return_val_if_fail (SV_IS_CARD_WINDOW (self), 0);
  return self->case_id;
}

GtkTextView *
sv_card_window_get_view (SvCardWindow *self,
                         SvCardField   field)
{
  g_return_val_if_fail (SV_IS_CARD_WINDOW (self), NULL);
  g_return_val_if_fail (field < SV_CARD_N_FIELDS, NULL);
  return self->views[field];
}

gboolean
sv_card_window_save_now (SvCardWindow *self)
{
  gboolean ok;

  g_return_val_if_fail (SV_IS_CARD_WINDOW (self), FALSE);
  ok = sv_autosave_flush_all (self->autosave);
  sv_card_window_update_save_status (self);
  return ok && g_queue_is_empty (&self->conflicts);
}

void
sv_card_window_get_save_stats (SvCardWindow *self,
                               guint        *n_saves,
                               gint64       *max_us,
                               gint64       *total_us,
                               guint        *n_slow)
{
  g_return_if_fail (SV_IS_CARD_WINDOW (self));
  if (n_saves != NULL)
    *n_saves = sv_autosave_get_n_saves (self->autosave);
  if (max_us != NULL)
    *max_us = sv_autosave_get_max_save_us (self->autosave);
  if (total_us != NULL)
    *total_us = sv_autosave_get_total_save_us (self->autosave);
  if (n_slow != NULL)
    *n_slow = sv_autosave_get_n_slow (self->autosave);
}
