/* sv-card-window-sharing.c: section 12 of the Veiligheidskaart — who the
 * card goes to and whether the family consented, its versions (concept →
 * definitief → verstuurd → bijgewerkt na gesprek), making it definitief
 * (or saying why not yet), marking a version sent (asking, and recording,
 * consent where it is needed and missing), and viewing or comparing an
 * earlier version. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-card-edit.h"
#include "sv-card-version-window.h"
#include "sv-card-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"

static char *
format_time (GDateTime *at)
{
  g_autoptr(GDateTime) local = NULL;
  GDate day;
  g_autofree char *date = NULL;

  if (at == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (at);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  date = sv_date_format_medium (&day);
  /* TRANSLATORS: "22 November 2026, 14:05" */
  return g_strdup_printf (_("%s, %02d:%02d"), date, g_date_time_get_hour (local), g_date_time_get_minute (local));
}

static char *
version_title (const SvCardVersion *v)
{
  /* TRANSLATORS: "Version 2 · Definitief" */
  return g_strdup_printf (_("Version %u · %s"), v->number, sv_card_status_label (v->status));
}

SvCardVersion *
sv_card_window_find_version (SvCardWindow *self,
              gint64        id)
{
  g_autoptr(GPtrArray) versions = sv_store_list_card_versions (self->store, self->case_id, NULL);

  for (guint i = 0; versions != NULL && i < versions->len; i++)
    if (((SvCardVersion *) versions->pdata[i])->id == id)
      return sv_card_version_copy (versions->pdata[i]);
  return NULL;
}

/* ------------------------------------------------------------------------
 * Versions
 * ------------------------------------------------------------------------ */

static void
make_version (SvCardWindow *self,
              SvCardStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCardVersion) version = NULL;
  g_autofree char *message = NULL;
  g_autofree char *title = NULL;

  /* What was typed belongs in the version. */
  if (!sv_card_window_save_now (self))
    {
      sv_card_window_toast (self, _("First resolve the text that could not be saved"));
      return;
    }
  version = sv_store_make_card_version (self->store, self->case_id, status, &error);
  if (version == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  /* TRANSLATORS: "Version 2 · Definitief saved" */
  title = version_title (version);
  message = g_strdup_printf (_("%s saved"), title);
  sv_card_window_toast (self, message);
}

static void
make_concept_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  make_version (SV_CARD_WINDOW (widget), SV_CARD_STATUS_CONCEPT);
}

static void
make_updated_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  make_version (SV_CARD_WINDOW (widget), SV_CARD_STATUS_BIJGEWERKT_NA_GESPREK);
}

static char *
blockers_text (GPtrArray *blockers)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < blockers->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (const char *) blockers->pdata[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
make_definitief_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(GPtrArray) blockers = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GError) error = NULL;

  if (!sv_card_window_save_now (self))
    {
      sv_card_window_toast (self, _("First resolve the text that could not be saved"));
      return;
    }
  card = sv_store_get_safety_card (self->store, self->case_id, &error);
  if (card == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  blockers = sv_safety_card_definitief_blockers (card);
  if (blockers->len > 0)
    {
      g_autofree char *list = blockers_text (blockers);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Not Yet Definitief"),
                                                  _("First put these right on the card:"));
      GtkWidget *reasons = gtk_label_new (list);

      /* A list reads from the left, not centred as the body is. */
      gtk_label_set_xalign (GTK_LABEL (reasons), 0);
      gtk_label_set_wrap (GTK_LABEL (reasons), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (reasons), 50);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), reasons);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  make_version (self, SV_CARD_STATUS_DEFINITIEF);
}

static void
view_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(SvCardVersion) version = sv_card_window_find_version (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *title = NULL;
  SvCardVersionWindow *window;

  if (version == NULL)
    return;
  snapshot = sv_store_get_card_version_snapshot (self->store, version->id, &error);
  title = version_title (version);
  window = snapshot != NULL ? sv_card_version_window_new_view (GTK_WINDOW (self), title, snapshot, &error) : NULL;
  if (window == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
compare_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(SvCardVersion) version = sv_card_window_find_version (self, g_variant_get_int64 (parameter));
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *now = NULL;
  g_autofree char *title = NULL;
  SvCardVersionWindow *window = NULL;

  if (version == NULL)
    return;
  sv_card_window_save_now (self);
  card = sv_store_get_safety_card (self->store, self->case_id, &error);
  snapshot = card != NULL ? sv_store_get_card_version_snapshot (self->store, version->id, &error) : NULL;
  if (snapshot != NULL)
    {
      now = sv_safety_card_to_json (card);
      title = version_title (version);
      window = sv_card_version_window_new_compare (GTK_WINDOW (self), title, snapshot, _("the card now"), now, &error);
    }
  if (window == NULL)
    {
      sv_card_window_show_error (self, error);
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------------
 * Recipients
 * ------------------------------------------------------------------------ */

static void
add_recipient_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(SvCardRecipient) r = sv_card_recipient_new ();
  g_autoptr(GError) error = NULL;

  r->case_id = self->case_id;
  g_free (r->name);
  r->name = sv_entry_row_dup_text (self->recipient_name_row);
  g_free (r->organisation);
  r->organisation = sv_entry_row_dup_text (self->recipient_org_row);
  r->needs_consent = gtk_check_button_get_active (self->recipient_consent_check);
  if (!sv_store_save_card_recipient (self->store, r, &error))
    {
      sv_card_window_show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->recipient_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->recipient_org_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->recipient_name_row));
}

static void
remove_recipient_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sv_store_delete_card_recipient (self->store, g_variant_get_int64 (parameter), &error))
    sv_card_window_show_error (self, error);
}

static void
record_consent_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!sv_store_record_card_consent (self->store, g_variant_get_int64 (parameter), &error))
    sv_card_window_show_error (self, error);
  else
    sv_card_window_toast (self, _("Consent recorded"));
}

/* ------------------------------------------------------------------------
 * Building and filling
 * ------------------------------------------------------------------------ */

static GtkWidget *
action_button (const char *label,
               const char *action,
               gint64      target,
               gboolean    has_target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (has_target)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (target));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

GtkWidget *
sv_card_window_build_sharing (SvCardWindow *self)
{
  GtkWidget *section = sv_card_window_add_section (self, 12, _("Sharing"),
                                                   _("Who receives the card, the family's consent to share it, "
                                                     "and its versions: concept, definitief, sent, updated after the conversation."));
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *consent_row = adw_action_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *button;

  self->recipients_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->recipients_group, _("Recipients"));
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->recipients_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add_group), _("New Recipient"));
  self->recipient_name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recipient_name_row), _("Name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->recipient_name_row));
  self->recipient_org_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recipient_org_row), _("Organisation or role"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->recipient_org_row));
  self->recipient_consent_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_check_button_set_active (self->recipient_consent_check, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->recipient_consent_check), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (consent_row), _("Sharing needs the family's consent"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (consent_row), _("Such as the gemeentelijke Toegang after an OTS"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (consent_row), GTK_WIDGET (self->recipient_consent_check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (consent_row), GTK_WIDGET (self->recipient_consent_check));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), consent_row);
  button = action_button (_("Add _Recipient"), "card.add-recipient", 0, FALSE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), button);
  gtk_box_append (GTK_BOX (section), add_group);

  self->gate_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->gate_label, 0);
  gtk_label_set_wrap (self->gate_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->gate_label), "warning");
  gtk_widget_set_margin_top (GTK_WIDGET (self->gate_label), 12);
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->gate_label));

  gtk_box_append (GTK_BOX (buttons), action_button (_("Save as _Concept"), "card.make-concept", 0, FALSE));
  button = action_button (_("Make _Definitief"), "card.make-definitief", 0, FALSE);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Updated After Conversation"), "card.make-updated", 0, FALSE));
  gtk_box_append (GTK_BOX (section), buttons);

  self->versions_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->versions_group, _("Versions"));
  adw_preferences_group_set_description (self->versions_group,
                                         _("A sent version is frozen: it can be viewed and compared, not changed."));
  gtk_widget_set_margin_top (GTK_WIDGET (self->versions_group), 12);
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->versions_group));

  self->history_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->history_group), 12);
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->history_group));
  return section;
}

/* Who changed which part when: one line per stretch of work, newest
 * first, folded away. */
#define MAX_HISTORY 100

static void
fill_history (SvCardWindow *self)
{
  g_autoptr(GPtrArray) edits = sv_store_list_card_edits (self->store, self->case_id, NULL);
  g_autofree char *count = NULL;
  GtkWidget *expander;

  sv_group_clear_rows (self->history_group);
  if (edits == NULL || edits->len == 0)
    return;
  expander = adw_expander_row_new ();
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", edits->len), edits->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Who Changed What"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
  for (guint i = 0; i < edits->len && i < MAX_HISTORY; i++)
    {
      SvCardEdit *edit = edits->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s — %s", sv_card_part_title (edit->section_id), edit->who);
      g_autofree char *first = format_time (edit->first_at);
      g_autofree char *saves = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u save", "%u saves", edit->n_saves),
                                                edit->n_saves);
      g_autofree char *subtitle = NULL;

      if (edit->last_at != NULL && edit->first_at != NULL && !g_date_time_equal (edit->first_at, edit->last_at))
        {
          g_autoptr(GDateTime) last = g_date_time_to_local (edit->last_at);

          /* TRANSLATORS: "22 November 2026, 14:02 until 14:31 · 58 saves" */
          subtitle = g_strdup_printf (_("%s until %02d:%02d · %s"), first, g_date_time_get_hour (last),
                                      g_date_time_get_minute (last), saves);
        }
      else
        subtitle = g_strdup_printf ("%s · %s", first, saves);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  sv_group_add_row (self->history_group, expander);
}

static void
fill_recipients (SvCardWindow *self)
{
  GPtrArray *recipients = self->card->recipients;

  sv_group_clear_rows (self->recipients_group);
  for (guint i = 0; i < recipients->len; i++)
    {
      SvCardRecipient *r = recipients->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GString) details = g_string_new (r->organisation);
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s"), r->name);
      GtkWidget *remove = sv_icon_button_new ("user-trash-symbolic", tooltip);

      if (details->len > 0)
        g_string_append (details, " · ");
      if (!r->needs_consent)
        g_string_append (details, _("no consent needed"));
      else if (r->consent_at == NULL)
        g_string_append (details, _("consent needed, not recorded"));
      else
        {
          g_autofree char *at = format_time (r->consent_at);

          /* TRANSLATORS: "consent recorded on 22 November 2026, 14:05 by Anna" */
          g_string_append_printf (details, _("consent recorded on %s by %s"), at, r->consent_by);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), r->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details->str);
      if (sv_card_recipient_lacks_consent (r))
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     action_button (_("Record _Consent"), "card.record-consent", r->id, TRUE));
        }
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "card.remove-recipient");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_int64 (r->id));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      sv_group_add_row (self->recipients_group, row);
    }
  if (recipients->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No recipients yet"));
      gtk_widget_add_css_class (row, "dim-label");
      sv_group_add_row (self->recipients_group, row);
    }
}

static void
fill_versions (SvCardWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = sv_store_list_card_versions (self->store, self->case_id, &error);

  sv_group_clear_rows (self->versions_group);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    {
      SvCardVersion *v = versions->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = version_title (v);
      g_autofree char *made = format_time (v->created_at);
      g_autoptr(GString) details = g_string_new (NULL);

      /* TRANSLATORS: "made 22 November 2026, 14:05 by Anna" */
      g_string_append_printf (details, _("made %s by %s"), made, v->created_by);
      if (sv_card_version_is_sent (v))
        {
          g_autofree char *sent = sv_date_format_medium (&v->sent_on);
          g_autofree char *to = g_strjoinv (", ", v->sent_to);

          g_string_append (details, "\n");
          /* TRANSLATORS: "sent on 23 November 2026 to Jan (Toegang), RvdK" */
          g_string_append_printf (details, _("sent on %s to %s"), sent, to);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details->str);
      if (!sv_card_version_is_sent (v) &&
          (v->status == SV_CARD_STATUS_DEFINITIEF || v->status == SV_CARD_STATUS_BIJGEWERKT_NA_GESPREK))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (_("Mark _Sent…"), "card.mark-sent", v->id, TRUE));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (_("_View"), "card.view-version", v->id, TRUE));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (_("C_ompare"), "card.compare-version", v->id, TRUE));
      sv_group_add_row (self->versions_group, row);
    }
  if (versions == NULL || versions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     versions == NULL ? error->message : _("No versions yet: the card is a concept"));
      gtk_widget_add_css_class (row, "dim-label");
      sv_group_add_row (self->versions_group, row);
    }
}

void
sv_card_window_fill_sharing (SvCardWindow *self)
{
  g_autoptr(GPtrArray) blockers = sv_safety_card_definitief_blockers (self->card);

  fill_recipients (self);
  fill_versions (self);
  fill_history (self);
  if (blockers->len > 0)
    {
      g_autofree char *list = blockers_text (blockers);
      g_autofree char *text = g_strdup_printf ("%s\n%s", _("Before the card can be definitief:"), list);

      gtk_label_set_text (self->gate_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->gate_label), blockers->len > 0);
}

void
sv_card_window_install_sharing_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "card.make-concept", NULL, make_concept_action);
  gtk_widget_class_install_action (widget_class, "card.make-definitief", NULL, make_definitief_action);
  gtk_widget_class_install_action (widget_class, "card.make-updated", NULL, make_updated_action);
  gtk_widget_class_install_action (widget_class, "card.view-version", "x", view_version_action);
  gtk_widget_class_install_action (widget_class, "card.compare-version", "x", compare_version_action);
  gtk_widget_class_install_action (widget_class, "card.mark-sent", "x", sv_card_window_mark_sent_action);
  gtk_widget_class_install_action (widget_class, "card.add-recipient", NULL, add_recipient_action);
  gtk_widget_class_install_action (widget_class, "card.remove-recipient", "x", remove_recipient_action);
  gtk_widget_class_install_action (widget_class, "card.record-consent", "x", record_consent_action);
}
