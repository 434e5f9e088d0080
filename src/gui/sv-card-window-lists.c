/* sv-card-window-lists.c: sections 6, 7 and 8 of the Veiligheidskaart —
 * the safety goals and Veilig Thuis's conditions (text, term,
 * consequence), the VeiligheidsTeam's advice (kind and text), and the
 * agreements of the case as a table edited in place: who, what, by when,
 * how monitored and the status, overdue computed and incomplete ones
 * flagged. Agreements made in meetings are the same records: they show
 * here without retyping. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sv-card-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"

/* ------------------------------------------------------------------------
 * 6 Safety goals and conditions
 * ------------------------------------------------------------------------ */

static void
on_delete_condition_clicked_cb (GtkButton    *button,
                                SvCardWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sv-id"));

  if (!sv_store_delete_card_condition (self->store, id, &error))
    sv_card_window_show_error (self, error);
}

static void
on_add_condition_clicked_cb (GtkButton    *button,
                             SvCardWindow *self)
{
  g_autoptr(SvCardCondition) condition = sv_card_condition_new ();
  g_autoptr(GError) error = NULL;

  condition->case_id = self->case_id;
  g_free (condition->text);
  condition->text = sv_entry_row_dup_text (self->condition_text_row);
  g_free (condition->consequence);
  condition->consequence = sv_entry_row_dup_text (self->condition_consequence_row);
  if (!sv_date_row_get_date (self->condition_term_row, &condition->term, &error) ||
      !sv_store_save_card_condition (self->store, condition, &error))
    {
      sv_card_window_show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->condition_text_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->condition_consequence_row), "");
  sv_date_row_set_date (self->condition_term_row, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->condition_text_row));
}

GtkWidget *
sv_card_window_build_conditions (SvCardWindow *self)
{
  GtkWidget *section = sv_card_window_add_section (self, 6, _("Safety Goals and Conditions"),
                                                   _("What the parents will do differently, what the child will experience, "
                                                     "what professionals will see; and the conditions of Veilig Thuis."));
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("Add _Condition"));

  sv_card_window_add_text (self, section, SV_CARD_FIELD_DOELEN_OUDERS, sv_card_field_title (SV_CARD_FIELD_DOELEN_OUDERS));
  sv_card_window_add_text (self, section, SV_CARD_FIELD_DOELEN_KIND, sv_card_field_title (SV_CARD_FIELD_DOELEN_KIND));
  sv_card_window_add_text (self, section, SV_CARD_FIELD_DOELEN_PROFESSIONALS, sv_card_field_title (SV_CARD_FIELD_DOELEN_PROFESSIONALS));

  self->conditions_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->conditions_group, _("Conditions of Veilig Thuis"));
  adw_preferences_group_set_description (self->conditions_group,
                                         _("Each with the term to meet it and what happens if it is not met."));
  gtk_widget_set_margin_top (GTK_WIDGET (self->conditions_group), 12);
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->conditions_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add_group), _("New Condition"));
  self->condition_text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->condition_text_row), _("Condition"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->condition_text_row));
  self->condition_term_row = SV_DATE_ROW (sv_date_row_new ());
  sv_date_row_set_optional (self->condition_term_row, TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->condition_term_row), _("Term (dd-mm-yyyy)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->condition_term_row));
  self->condition_consequence_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->condition_consequence_row), _("Consequence if not met"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->condition_consequence_row));
  gtk_widget_set_halign (add_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add_button, 12);
  g_signal_connect (add_button, "clicked", G_CALLBACK (on_add_condition_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_button);
  gtk_box_append (GTK_BOX (section), add_group);
  return section;
}

void
sv_card_window_fill_conditions (SvCardWindow *self)
{
  GPtrArray *conditions = self->card->conditions;

  sv_group_clear_rows (self->conditions_group);
  for (guint i = 0; conditions != NULL && i < conditions->len; i++)
    {
      SvCardCondition *c = conditions->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GString) details = g_string_new (NULL);
      g_autofree char *tooltip = g_strdup_printf (_("Remove the condition “%s”"), c->text);
      GtkWidget *remove = sv_icon_button_new ("user-trash-symbolic", tooltip);

      if (g_date_valid (&c->term))
        {
          g_autofree char *term = sv_date_format_medium (&c->term);

          g_string_append_printf (details, _("Term: %s"), term);
        }
      else
        g_string_append (details, _("No term given"));
      if (*c->consequence != '\0')
        {
          g_string_append (details, " · ");
          g_string_append_printf (details, _("If not met: %s"), c->consequence);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details->str);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (remove), "sv-id", GSIZE_TO_POINTER ((gsize) c->id));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_delete_condition_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      sv_group_add_row (self->conditions_group, row);
    }
  if (conditions == NULL || conditions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No conditions recorded yet"));
      gtk_widget_add_css_class (row, "dim-label");
      sv_group_add_row (self->conditions_group, row);
    }
}

/* ------------------------------------------------------------------------
 * 7 Advice of the VeiligheidsTeam
 * ------------------------------------------------------------------------ */

static void
on_advice_selected_cb (AdwComboRow  *row,
                       GParamSpec   *pspec,
                       SvCardWindow *self)
{
  g_autoptr(GError) error = NULL;
  SvVhtAdvice advice = (SvVhtAdvice) adw_combo_row_get_selected (row);

  if (self->filling || self->card == NULL || advice == self->card->advice)
    return;
  if (!sv_store_set_card_advice (self->store, self->case_id, advice, &error))
    {
      sv_card_window_show_error (self, error);
      return;
    }
  self->card->advice = advice;
}

GtkWidget *
sv_card_window_build_advice (SvCardWindow *self)
{
  GtkWidget *section = sv_card_window_add_section (self, 7, _("Advice of the VeiligheidsTeam"),
                                                   _("One clear advice: another approach, the step to the gedwongen kader, "
                                                     "or carrying a degree of unsafety together."));
  GtkWidget *group = adw_preferences_group_new ();

  self->advice_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->advice_row), _("Kind of advice"));
  SV_COMBO_ROW_FILL (self->advice_row, vht_advice);
  g_signal_connect (self->advice_row, "notify::selected", G_CALLBACK (on_advice_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->advice_row));
  gtk_box_append (GTK_BOX (section), group);
  sv_card_window_add_text (self, section, SV_CARD_FIELD_ADVIES_TEXT, "");
  return section;
}

void
sv_card_window_fill_advice (SvCardWindow *self)
{
  if (adw_combo_row_get_selected (self->advice_row) != (guint) self->card->advice)
    adw_combo_row_set_selected (self->advice_row, self->card->advice);
}

/* ------------------------------------------------------------------------
 * 8 Agreements
 * ------------------------------------------------------------------------ */

enum {
  ENTRY_WHAT,
  ENTRY_WHO,
  ENTRY_DUE,
  ENTRY_MONITORING,
  N_ENTRIES
};

typedef struct {
  SvCardWindow *window;    /* borrowed */
  SvAgreement  *agreement; /* owned: as last saved */
  GtkEntry     *entries[N_ENTRIES];
  GtkCheckButton *done;
} AgreementRow;

static void
agreement_row_free (gpointer data)
{
  AgreementRow *r = data;

  sv_agreement_free (r->agreement);
  g_free (r);
}

/* Saves the row when any of its fields differs from what is stored. */
static void
save_agreement_row (AgreementRow *r)
{
  SvCardWindow *self = r->window;
  g_autoptr(SvAgreement) a = sv_agreement_copy (r->agreement);
  g_autoptr(GError) error = NULL;
  g_autofree char *due_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entries[ENTRY_DUE]))));
  GDate due;

  if (self->filling)
    return;
  g_date_clear (&due, 1);
  if (*due_text != '\0' && !sv_date_parse_user (due_text, &due, &error))
    {
      sv_card_window_show_error (self, error);
      return;
    }
  g_free (a->what);
  a->what = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entries[ENTRY_WHAT]))));
  g_free (a->who);
  a->who = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entries[ENTRY_WHO]))));
  g_free (a->monitoring);
  a->monitoring = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entries[ENTRY_MONITORING]))));
  a->due = due;
  a->done = gtk_check_button_get_active (r->done);
  if (g_strcmp0 (a->what, r->agreement->what) == 0 && g_strcmp0 (a->who, r->agreement->who) == 0 &&
      g_strcmp0 (a->monitoring, r->agreement->monitoring) == 0 && a->done == r->agreement->done &&
      (g_date_valid (&a->due) ? g_date_valid (&r->agreement->due) && g_date_compare (&a->due, &r->agreement->due) == 0
                              : !g_date_valid (&r->agreement->due)))
    return;
  if (!sv_store_save_agreement (self->store, a, &error))
    {
      sv_card_window_show_error (self, error);
      return;
    }
  sv_agreement_free (r->agreement);
  r->agreement = g_steal_pointer (&a);
}

static void
on_agreement_entry_activate_cb (GtkEntry     *entry,
                                AgreementRow *r)
{
  save_agreement_row (r);
  /* Enter moves on along the row, like Tab. */
  gtk_widget_child_focus (gtk_widget_get_root (GTK_WIDGET (entry)) != NULL
                          ? GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (entry))) : GTK_WIDGET (entry),
                          GTK_DIR_TAB_FORWARD);
}

static void
on_agreement_focus_leave_cb (GtkEventControllerFocus *controller,
                             AgreementRow            *r)
{
  save_agreement_row (r);
}

static void
on_agreement_done_toggled_cb (GtkCheckButton *check,
                              AgreementRow   *r)
{
  save_agreement_row (r);
}

static GtkEntry *
row_entry (AgreementRow *r,
           guint         which,
           const char   *text,
           const char   *placeholder,
           const char   *accessible)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_agreement_entry_activate_cb), r);
  g_signal_connect (focus, "leave", G_CALLBACK (on_agreement_focus_leave_cb), r);
  gtk_widget_add_controller (entry, focus);
  r->entries[which] = GTK_ENTRY (entry);
  return GTK_ENTRY (entry);
}

static GtkWidget *
status_label (SvAgreementStatus status,
              gboolean          incomplete)
{
  GtkWidget *label;

  if (incomplete && status != SV_AGREEMENT_STATUS_DONE)
    {
      label = gtk_label_new (_("Incomplete"));
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_set_tooltip_text (label, _("Who or by when is missing: allowed in a concept, not in a definitive card"));
    }
  else
    {
      label = gtk_label_new (sv_agreement_status_label (status));
      if (status == SV_AGREEMENT_STATUS_OVERDUE)
        gtk_widget_add_css_class (label, "error");
      else if (status == SV_AGREEMENT_STATUS_DONE)
        gtk_widget_add_css_class (label, "success");
    }
  gtk_widget_add_css_class (label, "sv-badge");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
agreement_row (SvCardWindow      *self,
               const SvAgreement *agreement,
               SvWorkdays        *workdays,
               const GDate       *today,
               GHashTable        *meeting_names)
{
  AgreementRow *r = g_new0 (AgreementRow, 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line1 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *line2 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  SvAgreementStatus status = sv_agreement_status (agreement, workdays, today);
  g_autofree char *due = g_date_valid (&agreement->due) ? sv_date_format_numeric (&agreement->due) : g_strdup ("");
  const char *meeting = agreement->agenda_item_id != 0
                        ? g_hash_table_lookup (meeting_names, &agreement->agenda_item_id) : NULL;
  GtkEntry *entry;

  r->window = self;
  r->agreement = sv_agreement_copy (agreement);
  g_object_set_data_full (G_OBJECT (row), "sv-agreement-row", r, agreement_row_free);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);

  entry = row_entry (r, ENTRY_WHAT, agreement->what, _("What"), _("What"));
  gtk_widget_set_hexpand (GTK_WIDGET (entry), TRUE);
  gtk_box_append (GTK_BOX (line1), GTK_WIDGET (entry));
  gtk_box_append (GTK_BOX (line1), status_label (status, sv_agreement_is_incomplete (agreement)));
  r->done = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Done")));
  gtk_check_button_set_active (r->done, agreement->done);
  g_signal_connect (r->done, "toggled", G_CALLBACK (on_agreement_done_toggled_cb), r);
  gtk_box_append (GTK_BOX (line1), GTK_WIDGET (r->done));

  entry = row_entry (r, ENTRY_WHO, agreement->who, _("Who"), _("Who"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_box_append (GTK_BOX (line2), GTK_WIDGET (entry));
  entry = row_entry (r, ENTRY_DUE, due, _("By when (dd-mm-yyyy)"), _("By when"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_box_append (GTK_BOX (line2), GTK_WIDGET (entry));
  entry = row_entry (r, ENTRY_MONITORING, agreement->monitoring, _("How it is monitored"), _("Monitored how"));
  gtk_widget_set_hexpand (GTK_WIDGET (entry), TRUE);
  gtk_box_append (GTK_BOX (line2), GTK_WIDGET (entry));

  gtk_box_append (GTK_BOX (box), line1);
  gtk_box_append (GTK_BOX (box), line2);
  if (meeting != NULL)
    {
      GtkWidget *origin = gtk_label_new (meeting);

      gtk_label_set_xalign (GTK_LABEL (origin), 0);
      gtk_widget_add_css_class (origin, "dim-label");
      gtk_widget_add_css_class (origin, "caption");
      gtk_box_append (GTK_BOX (box), origin);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  {
    g_autofree char *name = g_strdup_printf (_("Agreement: %s"), agreement->what);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  return row;
}

/* "Agreed in LEJO on 20 November 2026" by agenda item id. */
static GHashTable *
meeting_names (SvCardWindow *self)
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) items = sv_store_list_case_agenda_items (self->store, self->case_id, NULL);
  g_autoptr(GHashTable) meetings = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                          (GDestroyNotify) sv_meeting_free);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];
      SvMeeting *meeting = g_hash_table_lookup (meetings, &item->meeting_id);
      g_autofree char *date = NULL;
      gint64 *key;

      if (meeting == NULL)
        {
          meeting = sv_store_get_meeting (self->store, item->meeting_id, NULL);
          if (meeting == NULL)
            continue;
          g_hash_table_insert (meetings, &meeting->id, meeting);
        }
      date = sv_date_format_medium (&meeting->date);
      key = g_new (gint64, 1);
      *key = item->id;
      /* TRANSLATORS: under an agreement: "Agreed in LEJO on 20 November 2026" */
      g_hash_table_insert (names, key, g_strdup_printf (_("Agreed in %s on %s"), meeting->kind_code, date));
    }
  return names;
}

/* What the list shows, to rebuild it only when it changed. */
static char *
agreements_signature (GPtrArray *agreements)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      SvAgreement *a = agreements->pdata[i];

      g_string_append_printf (s, "%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%s\x1f%u\x1f%d\x1e", a->id, a->who, a->what,
                              a->monitoring, g_date_valid (&a->due) ? g_date_get_julian (&a->due) : 0, a->done);
    }
  return g_string_free (s, FALSE);
}

static void
on_add_agreement_cb (SvCardWindow *self)
{
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  g_autoptr(GError) error = NULL;

  a->case_id = self->case_id;
  g_free (a->what);
  a->what = sv_entry_row_dup_text (self->agreement_what_row);
  if (!sv_store_save_agreement (self->store, a, &error))
    {
      sv_card_window_show_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->agreement_what_row), "");
}

static gboolean
refill_agreements_idle_cb (gpointer data)
{
  SvCardWindow *self = SV_CARD_WINDOW (data);

  if (self->card != NULL && self->agreements_list != NULL)
    sv_card_window_fill_agreements (self);
  return G_SOURCE_REMOVE;
}

static void
on_agreements_focus_leave_cb (GtkEventControllerFocus *controller,
                              SvCardWindow            *self)
{
  if (g_object_get_data (G_OBJECT (self->agreements_list), "sv-stale") != NULL)
    /* After the focus has really moved on. */
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refill_agreements_idle_cb, g_object_ref (self), g_object_unref);
}

GtkWidget *
sv_card_window_build_agreements (SvCardWindow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *section = sv_card_window_add_section (self, 8, _("Agreements"),
                                                   _("Who does what, by when, and how it is monitored. Agreements made in a meeting "
                                                     "appear here by themselves; edit them in place, Tab moves on."));
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *add_button = sv_icon_button_new ("list-add-symbolic", _("Add the agreement"));

  self->agreements_summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->agreements_summary, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->agreements_summary), "heading");
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->agreements_summary));

  self->agreements_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->agreements_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->agreements_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->agreements_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agreements"), -1);
  g_signal_connect (focus, "leave", G_CALLBACK (on_agreements_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->agreements_list), focus);
  gtk_box_append (GTK_BOX (section), GTK_WIDGET (self->agreements_list));

  self->agreement_what_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->agreement_what_row), _("New agreement: what"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (on_add_agreement_cb), self);
  g_signal_connect_swapped (self->agreement_what_row, "entry-activated", G_CALLBACK (on_add_agreement_cb), self);
  adw_entry_row_add_suffix (self->agreement_what_row, add_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->agreement_what_row));
  gtk_box_append (GTK_BOX (section), add_group);
  return section;
}

/* The first rows at once, the rest a batch per idle: a card with two
 * hundred agreements opens without waiting for the last of them. */
#define FIRST_ROWS 20
#define BATCH_ROWS 30

void
sv_card_window_stop_agreements (SvCardWindow *self)
{
  g_clear_handle_id (&self->agreements_idle, g_source_remove);
  g_clear_pointer (&self->agreements_todo, g_ptr_array_unref);
  g_clear_pointer (&self->agreements_names, g_hash_table_unref);
  g_clear_pointer (&self->agreements_workdays, sv_workdays_unref);
}

static void
add_agreement_rows (SvCardWindow *self,
                    guint         n)
{
  GDate today;

  sv_date_today (&today);
  for (; n > 0 && self->agreements_next < self->agreements_todo->len; n--, self->agreements_next++)
    gtk_list_box_append (self->agreements_list,
                         agreement_row (self, self->agreements_todo->pdata[self->agreements_next],
                                        self->agreements_workdays, &today, self->agreements_names));
}

static gboolean
add_agreements_idle_cb (gpointer data)
{
  SvCardWindow *self = SV_CARD_WINDOW (data);

  add_agreement_rows (self, BATCH_ROWS);
  if (self->agreements_next < self->agreements_todo->len)
    return G_SOURCE_CONTINUE;
  self->agreements_idle = 0;
  sv_card_window_stop_agreements (self);
  return G_SOURCE_REMOVE;
}

void
sv_card_window_fill_agreements (SvCardWindow *self)
{
  GPtrArray *agreements = self->card->agreements;
  g_autofree char *signature = agreements_signature (agreements);
  const char *shown = g_object_get_data (G_OBJECT (self->agreements_list), "sv-signature");
  GtkWidget *child, *focus;
  guint n_overdue = 0, n_incomplete = 0, n_open = 0;
  GDate today;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (signature, shown) == 0)
    return;
  /* Not under the fingers of someone typing in a row: the rows hold what
   * they typed, and their own save brings the list up to date. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->agreements_list)))
    {
      /* Again once the focus leaves the list (status, counts). */
      g_object_set_data (G_OBJECT (self->agreements_list), "sv-stale", GINT_TO_POINTER (TRUE));
      return;
    }
  g_object_set_data (G_OBJECT (self->agreements_list), "sv-stale", NULL);

  sv_card_window_stop_agreements (self);
  self->agreements_workdays = sv_workdays_from_settings (self->settings);
  self->agreements_names = meeting_names (self);
  self->agreements_todo = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  self->agreements_next = 0;
  sv_date_today (&today);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agreements_list))) != NULL)
    gtk_list_box_remove (self->agreements_list, child);
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    {
      SvAgreement *a = agreements->pdata[i];
      SvAgreementStatus status = sv_agreement_status (a, self->agreements_workdays, &today);

      n_overdue += status == SV_AGREEMENT_STATUS_OVERDUE;
      n_open += status != SV_AGREEMENT_STATUS_DONE;
      n_incomplete += status != SV_AGREEMENT_STATUS_DONE && sv_agreement_is_incomplete (a);
      g_ptr_array_add (self->agreements_todo, sv_agreement_copy (a));
    }
  add_agreement_rows (self, FIRST_ROWS);
  if (self->agreements_next < self->agreements_todo->len)
    self->agreements_idle = g_idle_add_full (G_PRIORITY_LOW, add_agreements_idle_cb, self, NULL);
  else
    sv_card_window_stop_agreements (self);
  gtk_widget_set_visible (GTK_WIDGET (self->agreements_list), agreements != NULL && agreements->len > 0);
  if (agreements == NULL || agreements->len == 0)
    summary = g_strdup (_("No agreements yet"));
  else
    /* TRANSLATORS: "12 agreements · 4 open · 2 overdue · 1 incomplete" */
    summary = g_strdup_printf (_("%u agreements · %u open · %u overdue · %u incomplete"),
                               agreements->len, n_open, n_overdue, n_incomplete);
  gtk_label_set_text (self->agreements_summary, summary);
  g_object_set_data_full (G_OBJECT (self->agreements_list), "sv-signature", g_steal_pointer (&signature), g_free);
}
