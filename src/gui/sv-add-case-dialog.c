/* sv-add-case-dialog.c: search-as-you-type over open cases; choosing one
 * puts it on the agenda. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-add-case-dialog.h"
#include "sv-meeting-plan.h"

#define MAX_RESULTS 50
#define CASE_DATA   "sv-case-id"

struct _SvAddCaseDialog
{
  AdwWindow       parent_instance;

  SvStore        *store;       /* owned */
  gint64          meeting_id;
  GHashTable     *on_agenda;   /* owned: gint64 case ids */

  GtkSearchEntry *search_entry;
  GtkLabel       *error_label;
  GtkListBox     *results_list;
  GtkLabel       *count_label;
};

G_DEFINE_FINAL_TYPE (SvAddCaseDialog, sv_add_case_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
show_error (SvAddCaseDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->results_list),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->results_list), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
load_agenda (SvAddCaseDialog *self)
{
  g_autoptr(GPtrArray) agenda = sv_store_list_agenda (self->store, self->meeting_id, NULL);

  g_hash_table_remove_all (self->on_agenda);
  for (guint i = 0; agenda != NULL && i < agenda->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = ((SvAgendaItem *) agenda->pdata[i])->case_id;
      g_hash_table_add (self->on_agenda, id);
    }
}

static GtkWidget *
new_result_row (SvAddCaseDialog *self,
                SvCaseSummary   *summary)
{
  gint64 id = sv_case_summary_get_id (summary);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: case number · household, "2026-0012 · Gezin Jansen" */
  title = g_strdup_printf (_("%s · %s"), sv_case_summary_get_number (summary),
                           sv_case_summary_get_household_name (summary));
  if (g_hash_table_contains (self->on_agenda, &id))
    /* TRANSLATORS: "Zorgen over de kinderen · already on this agenda" */
    subtitle = g_strdup_printf (_("%s · already on this agenda"), sv_case_summary_get_reason (summary));
  else
    subtitle = g_strdup (sv_case_summary_get_reason (summary));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), CASE_DATA, g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
search (SvAddCaseDialog *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autofree char *count = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (*query != '\0')
    ids = sv_store_search_case_ids (self->store, query, SV_CASE_FILTER_OPEN, &error);
  else
    ids = sv_store_list_case_ids (self->store, SV_CASE_FILTER_OPEN, MAX_RESULTS, &error);
  if (ids == NULL)
    {
      gtk_label_set_text (self->count_label, error->message);
      return;
    }
  n = MIN (ids->len, MAX_RESULTS);
  summaries = sv_store_get_case_summaries (self->store, (const gint64 *) ids->data, n, &error);
  if (summaries == NULL)
    {
      gtk_label_set_text (self->count_label, error->message);
      return;
    }
  for (guint i = 0; i < summaries->len; i++)
    gtk_list_box_append (self->results_list, new_result_row (self, summaries->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->results_list), summaries->len > 0);

  if (ids->len == 0)
    count = g_strdup (*query != '\0' ? _("No open case contains words that start with each of these.")
                                     : _("There are no open cases."));
  else if (ids->len > n)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The first %u of %u open case found; type more to narrow it down.",
                                          "The first %u of %u open cases found; type more to narrow them down.", ids->len),
                             n, ids->len);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open case", "%u open cases", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
add (SvAddCaseDialog *self,
     gint64           case_id)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = 0;

  if (!sv_agenda_add_case (self->store, self->meeting_id, case_id, SV_STANDING_NONE, &item_id, &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[ADDED], 0, item_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      SvAddCaseDialog *self)
{
  search (self);
}

/* Enter in the search field takes the first case found. */
static void
on_search_activate_cb (GtkSearchEntry  *entry,
                       SvAddCaseDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (row != NULL)
    add (self, *(gint64 *) g_object_get_data (G_OBJECT (row), CASE_DATA));
}

static void
on_row_activated_cb (GtkListBox      *list,
                     GtkListBoxRow   *row,
                     SvAddCaseDialog *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), CASE_DATA);

  if (id != NULL)
    add (self, *id);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_add_case_dialog_finalize (GObject *object)
{
  SvAddCaseDialog *self = SV_ADD_CASE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->on_agenda, g_hash_table_unref);
  G_OBJECT_CLASS (sv_add_case_dialog_parent_class)->finalize (object);
}

static void
sv_add_case_dialog_class_init (SvAddCaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_add_case_dialog_finalize;

  /**
   * SvAddCaseDialog::added:
   * @item_id: the new agenda item
   *
   * A case was put on the agenda; the dialog closes next.
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-add-case-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SvAddCaseDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SvAddCaseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SvAddCaseDialog, results_list);
  gtk_widget_class_bind_template_child (widget_class, SvAddCaseDialog, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sv_add_case_dialog_init (SvAddCaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->on_agenda = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_search_entry_set_search_delay (self->search_entry, 60);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvAddCaseDialog *
sv_add_case_dialog_new (GtkWindow *parent,
                        SvStore   *store,
                        gint64     meeting_id)
{
  SvAddCaseDialog *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_ADD_CASE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;
  load_agenda (self);
  search (self);
  /* Typing starts at once. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  return self;
}

gboolean
sv_agenda_add_case (SvStore          *store,
                    gint64            meeting_id,
                    gint64            case_id,
                    SvStandingReason  standing,
                    gint64           *out_item_id,
                    GError          **error)
{
  g_autoptr(SvMeeting) meeting = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(SvAgendaItem) item = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), FALSE);

  meeting = sv_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  kinds = sv_store_list_meeting_kinds (store, error);
  if (kinds == NULL)
    return FALSE;
  item = sv_agenda_item_new ();
  item->meeting_id = meeting_id;
  item->case_id = case_id;
  item->standing = standing;
  for (guint i = 0; i < kinds->len; i++)
    {
      SvMeetingKind *kind = kinds->pdata[i];

      /* LEJO invites the family to every discussion of its case. */
      if (kind->id == meeting->kind_id)
        item->family_invited = kind->invites_family;
    }
  if (!sv_store_save_agenda_item (store, item, error))
    return FALSE;
  if (out_item_id != NULL)
    *out_item_id = item->id;
  return TRUE;
}
