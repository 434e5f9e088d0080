/* sv-case-page-agreements.c: the agreements made about the case shown —
 * who does what, by when, how it is monitored and in which meeting — each
 * to be ticked off as done (undoable), and the meetings the case was on. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"

#define AGREEMENT_ID "sv-agreement-id"

static GtkWidget *
empty_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* "LEJO, 24 November 2026" for each meeting the case's agenda items are on. */
static GHashTable *
meeting_labels (SvCasePage *self,
                GPtrArray  *items)
{
  GHashTable *labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];
      g_autoptr(SvMeeting) meeting = sv_store_get_meeting (self->store, item->meeting_id, NULL);
      g_autofree char *day = NULL;
      gint64 *key;

      if (meeting == NULL)
        continue;
      day = sv_date_format_medium (&meeting->date);
      key = g_new (gint64, 1);
      *key = item->id;
      g_hash_table_replace (labels, key, g_strdup_printf ("%s, %s", meeting->kind_code, day));
    }
  return labels;
}

static void
on_done_toggled_cb (GtkCheckButton *check,
                    SvCasePage     *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (check), AGREEMENT_ID);

  sv_case_page_toggle_agreement (self, *id);
}

static GtkWidget *
agreement_row (SvCasePage        *self,
               const SvAgreement *agreement,
               const char        *meeting,
               const GDate       *today)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = g_strdup_printf ("%s: %s", agreement->who, agreement->what);
  g_autofree char *check_label = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  gboolean overdue = !agreement->done && g_date_valid (&agreement->due) && g_date_compare (&agreement->due, today) < 0;
  gint64 *id = g_new (gint64, 1);

  if (g_date_valid (&agreement->due))
    {
      g_autofree char *due = sv_date_format_medium (&agreement->due);
      g_string_append_printf (subtitle, _("By %s"), due);
      if (overdue)
        g_string_append_printf (subtitle, " (%s)", _("overdue"));
    }
  else
    g_string_append (subtitle, _("No date agreed"));
  if (*agreement->monitoring != '\0')
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("Monitoring: %s"), agreement->monitoring);
    }
  if (meeting != NULL)
    {
      g_string_append (subtitle, " · ");
      /* TRANSLATORS: where an agreement was made: "Gemaakt in LEJO, 24 november 2026" */
      g_string_append_printf (subtitle, _("Made in %s"), meeting);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), agreement->done);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  /* TRANSLATORS: accessible name of an agreement's check box: "Gedaan: Politie: huisbezoek" */
  check_label = g_strdup_printf (_("Done: %s"), title);
  gtk_widget_set_tooltip_text (check, agreement->done ? _("Done; untick if it is not") : _("Tick when done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  *id = agreement->id;
  g_object_set_data_full (G_OBJECT (check), AGREEMENT_ID, id, g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_done_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  if (agreement->done)
    gtk_widget_add_css_class (row, "dim-label");
  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("overdue"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  return row;
}

static void
fill_meetings (SvCasePage *self,
               GPtrArray  *items,
               GError     *error)
{
  sv_group_clear_rows (self->meetings_group);
  if (items == NULL || items->len == 0)
    {
      sv_group_add_row (self->meetings_group,
                        empty_row (items == NULL ? error->message : _("Not on the agenda of a meeting yet")));
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];
      g_autoptr(SvMeeting) meeting = sv_store_get_meeting (self->store, item->meeting_id, NULL);
      g_autofree char *title = meeting != NULL ? sv_meeting_describe (meeting) : NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row;

      if (meeting == NULL)
        continue;
      g_string_append (subtitle, item->discussed ? _("Discussed") : sv_meeting_status_label (meeting->status));
      if (*item->question != '\0')
        g_string_append_printf (subtitle, " · %s", item->question);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      sv_group_add_row (self->meetings_group, row);
    }
}

void
sv_case_page_fill_agreements (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) items_error = NULL;
  g_autoptr(GPtrArray) agreements = sv_store_list_agreements (self->store, self->case_id, 0, &error);
  g_autoptr(GPtrArray) items = sv_store_list_case_agenda_items (self->store, self->case_id, &items_error);
  g_autoptr(GHashTable) labels = meeting_labels (self, items);
  GDate today;

  fill_meetings (self, items, items_error);
  sv_group_clear_rows (self->agreements_group);
  if (agreements == NULL || agreements->len == 0)
    {
      sv_group_add_row (self->agreements_group,
                        empty_row (agreements == NULL ? error->message : _("No agreements yet")));
      return;
    }
  sv_date_today (&today);
  for (guint i = 0; i < agreements->len; i++)
    {
      SvAgreement *agreement = agreements->pdata[i];

      sv_group_add_row (self->agreements_group,
                        agreement_row (self, agreement, g_hash_table_lookup (labels, &agreement->agenda_item_id),
                                       &today));
    }
}

typedef struct {
  SvStore     *store;
  SvAgreement *agreement;   /* as it was before the toggle */
  GtkWidget   *widget;
} UndoDone;

static void
undo_done_free (gpointer  data,
                GClosure *closure)
{
  UndoDone *undo = data;

  g_object_unref (undo->store);
  sv_agreement_free (undo->agreement);
  g_object_unref (undo->widget);
  g_free (undo);
}

static void
on_undo_done_cb (AdwToast *toast,
                 UndoDone *undo)
{
  g_autoptr(GError) error = NULL;

  if (!sv_store_save_agreement (undo->store, undo->agreement, &error))
    sv_show_error_toast (undo->widget, error);
}

void
sv_case_page_toggle_agreement (SvCasePage *self,
                               gint64      agreement_id)
{
  g_autoptr(GPtrArray) agreements = sv_store_list_agreements (self->store, self->case_id, 0, NULL);
  g_autoptr(SvAgreement) changed = NULL;
  g_autoptr(GError) error = NULL;
  UndoDone *undo;
  AdwToast *toast;

  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    if (((SvAgreement *) agreements->pdata[i])->id == agreement_id)
      changed = sv_agreement_copy (agreements->pdata[i]);
  if (changed == NULL)
    return;
  undo = g_new0 (UndoDone, 1);
  undo->store = g_object_ref (self->store);
  undo->agreement = sv_agreement_copy (changed);
  undo->widget = g_object_ref (GTK_WIDGET (self));
  changed->done = !changed->done;
  if (!sv_store_save_agreement (self->store, changed, &error))
    {
      undo_done_free (undo, NULL);
      sv_show_error_toast (GTK_WIDGET (self), error);
      /* The check shows what is stored, not what was clicked. */
      sv_case_page_fill_agreements (self);
      return;
    }
  toast = adw_toast_new (changed->done ? _("Agreement marked as done") : _("Agreement marked as not done"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_done_cb), undo, undo_done_free, 0);
  sv_add_toast (GTK_WIDGET (self), toast);
}
