/* sv-meeting-page.c: the page of one dated meeting — its header, the
 * standing items the rules propose, and rebuilding from the store.
 *
 * The agenda (sv-meeting-page-agenda.c) and the attendance
 * (sv-meeting-page-attendance.c) have files of their own. A field edit is
 * written at once and only refreshes the labels; adding, moving or
 * removing rebuilds the page from the store, and the focus returns to
 * where it was (or next to it). A meeting just opened gets what is out of
 * sight (the rest of the agenda, the proposed standing items, the
 * attendance) a frame after its header and the first agenda rows.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sv-add-case-dialog.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-meeting-editor.h"
#include "sv-meeting-page-private.h"

G_DEFINE_FINAL_TYPE (SvMeetingPage, sv_meeting_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_BACK_BUTTON,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The least height of a closed agenda row (title and subtitle), in
 * pixels: a meeting just opened makes as many rows as its window could
 * show at once before the first frame. */
#define MIN_ROW_HEIGHT 50

static void rebuild (SvMeetingPage *self,
                     gboolean       defer_below);

/* ------------------------------------------------------------------------
 * Shared with the other files of the page
 * ------------------------------------------------------------------------ */

/* Registers @widget under @key so that the focus can return to it after a
 * rebuild. */
void
sv_meeting_page_set_key (SvMeetingPage *self,
                         GtkWidget     *widget,
                         char          *key)
{
  g_object_set_data_full (G_OBJECT (widget), SV_FOCUS_KEY, g_strdup (key), g_free);
  g_hash_table_replace (self->keyed, key, widget);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  SvMeetingPage *self = user_data;

  self->rebuild_id = 0;
  rebuild (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* Rebuilds after the handler that asked has returned (it may sit in a
 * row that the rebuild removes), and before the next frame: at a lower
 * priority than drawing, an animation whose frames take longer than
 * their interval (a scroll bar fading, on a busy machine) held it back. */
void
sv_meeting_page_queue_rebuild (SvMeetingPage *self,
                               const char    *focus_key)
{
  if (focus_key != NULL)
    {
      g_free (self->focus_key);
      self->focus_key = g_strdup (focus_key);
    }
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle_cb, self, NULL);
}

const char *
sv_meeting_page_household (SvMeetingPage *self,
                           gint64         case_id)
{
  const char *name = g_hash_table_lookup (self->households, &case_id);

  return name != NULL ? name : "";
}

/* A refusal of the store, shown at once (before any other message) until
 * it has been read. */
void
sv_meeting_page_show_error (gpointer      widget,
                            const GError *error)
{
  AdwToast *toast;

  if (error == NULL)
    return;
  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  sv_add_toast (GTK_WIDGET (widget), toast);
}

GtkWidget *
sv_meeting_page_empty_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* The key of the widget with the keyboard focus, when it is on the page. */
char *
sv_meeting_page_dup_focused_key (SvMeetingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;
  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    {
      const char *key = g_object_get_data (G_OBJECT (focus), SV_FOCUS_KEY);

      if (key != NULL)
        return g_strdup (key);
    }
  return NULL;
}

static gboolean
focus_widget (GtkWidget *widget)
{
  if (widget == NULL || !gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;
  return gtk_widget_grab_focus (widget) || gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

/* Keys are "what:id"; a button that is gone or cannot take the focus
 * hands it to its row ("row:id"), and a row that is gone to the button
 * that adds cases. */
static void
restore_focus (SvMeetingPage *self,
               const char    *key)
{
  const char *colon;

  if (key == NULL)
    return;
  if (focus_widget (g_hash_table_lookup (self->keyed, key)))
    return;
  colon = strchr (key, ':');
  if (colon != NULL && !g_str_has_prefix (key, "row:"))
    {
      g_autofree char *row = g_strconcat ("row", colon, NULL);

      if (focus_widget (g_hash_table_lookup (self->keyed, row)))
        return;
    }
  focus_widget (self->add_case_button);
}

static void
fill_header (SvMeetingPage *self)
{
  SvMeeting *m = self->meeting;
  g_autofree char *title = sv_meeting_describe (m);
  g_autoptr(GString) subtitle = g_string_new (self->kind != NULL ? self->kind->name : "");

  gtk_label_set_text (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (m->extra)
    g_string_append_printf (subtitle, " · %s", _("Extra meeting (MDO)"));
  if (*m->room != '\0')
    g_string_append_printf (subtitle, " · %s", m->room);
  g_string_append_printf (subtitle, " · %s", sv_meeting_status_label (m->status));
  gtk_label_set_text (self->subtitle_label, subtitle->str);

  gtk_widget_set_visible (self->edit_button, self->editable);
  gtk_widget_set_visible (self->remove_button, self->editable);
  gtk_widget_set_visible (self->start_button, self->editable);
  gtk_widget_set_visible (self->add_case_button, self->editable);
  gtk_widget_set_visible (self->invite_button, self->editable);
  gtk_button_set_label (GTK_BUTTON (self->start_button),
                        m->status == SV_MEETING_STATUS_LOPEND ? _("_Continue Meeting") : _("_Start Meeting"));
  /* The chair's window is the window's action; the target first, so that
   * the button never asks for it without one. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button), g_variant_new_int64 (m->id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.run-meeting");
}

static void
load_households (SvMeetingPage *self,
                 GArray        *case_ids)
{
  g_autoptr(GPtrArray) summaries = NULL;

  if (case_ids->len == 0)
    return;
  summaries = sv_store_get_case_summaries (self->store, (const gint64 *) case_ids->data, case_ids->len, NULL);
  for (guint i = 0; summaries != NULL && i < summaries->len; i++)
    {
      SvCaseSummary *summary = summaries->pdata[i];
      gint64 *id = g_new (gint64, 1);

      *id = sv_case_summary_get_id (summary);
      g_hash_table_replace (self->households, id, g_strdup (sv_case_summary_get_household_name (summary)));
    }
}

/* How many proposed standing items are listed as rows. */
#define MAX_SHOWN_PROPOSALS 20

static void
fill_standing (SvMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) previous = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GHashTable) on_agenda = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(SvWorkdays) workdays = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *after_text = NULL;
  g_autofree char *description = NULL;
  SvCaseFactDate fact;
  GDate after, first, last;
  guint shown;

  sv_group_clear_rows (self->standing_group);
  g_clear_pointer (&self->proposals, g_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->standing_group), self->editable && self->kind != NULL);
  if (!self->editable || self->kind == NULL)
    return;

  previous = sv_store_get_previous_meeting (self->store, self->kind->id, &self->meeting->date, FALSE, &error);
  sv_meeting_standing_window (self->kind, previous, &self->meeting->date, &after);
  after_text = sv_date_format_medium (&after);
  description = g_strdup_printf (previous != NULL
                                 /* TRANSLATORS: "… since the previous meeting on 10 November 2026: …, or an agreement made in LEJO that fell due." */
                                 ? _("Cases that come back by rule since the previous meeting on %s: an investigation that reaches six weeks, OTS closure step 2, or an agreement made in %s that fell due.")
                                 : _("Cases that come back by rule since %s: an investigation that reaches six weeks, OTS closure step 2, or an agreement made in %s that fell due."),
                                 after_text, self->kind->code);
  adw_preferences_group_set_description (self->standing_group, description);

  workdays = sv_workdays_from_settings (self->settings);
  /* Facts only for a kind whose rule reads them, and only of the cases
   * whose fact can put the rule's deadline in the window. */
  if (error == NULL &&
      sv_meeting_standing_fact_range (self->kind, &after, &self->meeting->date, workdays, &fact, &first, &last))
    facts = sv_store_list_case_facts_in_range (self->store, fact, &first, &last, &done, &error);
  else if (error == NULL && sv_meeting_standing_rule (self->kind, NULL) != NULL)
    {
      /* A rule not counted in days from one fact: every open case. */
      facts = sv_store_list_case_facts (self->store, SV_CASE_FILTER_OPEN, &error);
      if (error == NULL)
        done = sv_store_list_all_deadlines_done (self->store, SV_CASE_FILTER_OPEN, &error);
    }
  if (error == NULL)
    agreements = sv_store_list_open_agreements_of_kind (self->store, self->kind->id, &error);
  if (error != NULL)
    {
      sv_group_add_row (self->standing_group, sv_meeting_page_empty_row (error->message));
      return;
    }
  for (guint i = 0; i < self->items->len; i++)
    g_hash_table_add (on_agenda, &((SvAgendaItem *) self->items->pdata[i])->case_id);
  self->proposals = sv_meeting_propose_standing (self->kind, &after, &self->meeting->date, facts, done,
                                                 agreements, on_agenda, workdays);
  if (self->proposals->len == 0)
    {
      sv_group_add_row (self->standing_group,
                        sv_meeting_page_empty_row (_("No case comes back by rule for this meeting.")));
      return;
    }

  /* The earliest first, and no more than a meeting can take up: a
   * thousand rows would freeze the page and help no chair. */
  shown = MIN (self->proposals->len, MAX_SHOWN_PROPOSALS);
  for (guint i = 0; i < shown; i++)
    g_array_append_val (ids, g_array_index (self->proposals, SvStandingProposal, i).case_id);
  load_households (self, ids);
  for (guint i = 0; i < shown; i++)
    {
      const SvStandingProposal *p = &g_array_index (self->proposals, SvStandingProposal, i);
      g_autoptr(SvCase) c = sv_store_get_case (self->store, p->case_id, NULL);
      g_autofree char *due = sv_date_format_medium (&p->due);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *tooltip = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      /* TRANSLATORS: case number · household, "2026-0012 · Gezin Jansen" */
      title = g_strdup_printf (_("%s · %s"), c != NULL ? c->number : "", sv_meeting_page_household (self, p->case_id));
      /* TRANSLATORS: standing reason · due date, "Agreement due · due 20 November 2026" */
      subtitle = g_strdup_printf (_("%s · due %s"), sv_standing_reason_label (p->reason), due);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      /* TRANSLATORS: "Put 2026-0012 on the agenda" */
      tooltip = g_strdup_printf (_("Put %s on the agenda"), c != NULL ? c->number : "");
      button = gtk_button_new_with_mnemonic (_("_Add"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      sv_widget_set_new_tooltip (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.add-standing");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (p->case_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      sv_meeting_page_set_key (self, button, g_strdup_printf ("standing:%" G_GINT64_FORMAT, p->case_id));
      sv_group_add_row (self->standing_group, row);
    }
  if (self->proposals->len > shown)
    {
      guint more = self->proposals->len - shown;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "And %u more case comes back by rule: more than one meeting can discuss. Plan an extra meeting, or see Planning for all deadlines.",
                                                            "And %u more cases come back by rule: more than one meeting can discuss. Plan an extra meeting, or see Planning for all deadlines.",
                                                            more), more);
      sv_group_add_row (self->standing_group, sv_meeting_page_empty_row (text));
    }
}

/* Stops waiting for a frame to fill what is out of sight. */
static void
cancel_below (SvMeetingPage *self)
{
  if (self->below_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->below_tick_id);
  self->below_tick_id = 0;
  g_clear_handle_id (&self->below_id, g_source_remove);
}

static void
set_loading (SvMeetingPage *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->standing_group), GTK_ACCESSIBLE_STATE_BUSY, loading, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->attendance_group), GTK_ACCESSIBLE_STATE_BUSY, loading, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
fill_below (SvMeetingPage *self)
{
  sv_meeting_page_fill_agenda_rest (self);
  fill_standing (self);
  sv_meeting_page_fill_attendance (self);
  sv_widget_wrap_at_words (GTK_WIDGET (self->standing_group));
  sv_widget_wrap_at_words (GTK_WIDGET (self->attendance_group));
}

static void
below_idle_cb (gpointer user_data)
{
  SvMeetingPage *self = user_data;

  self->below_id = 0;
  self->rebuilding = TRUE;
  fill_below (self);
  self->rebuilding = FALSE;
  set_loading (self, FALSE);
}

/* The first frame of the page has begun: what is out of sight is made
 * once it has been painted (the frame clock lays out and paints in the
 * same dispatch), and the next frame shows it. */
static gboolean
below_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);

  self->below_tick_id = 0;
  self->below_id = g_idle_add_once (below_idle_cb, self);
  return G_SOURCE_REMOVE;
}

static void
clear (SvMeetingPage *self)
{
  cancel_below (self);
  g_clear_pointer (&self->meeting, sv_meeting_free);
  g_clear_pointer (&self->kind, sv_meeting_kind_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->proposals, g_array_unref);
  g_hash_table_remove_all (self->households);
  g_hash_table_remove_all (self->keyed);
  g_ptr_array_set_size (self->item_rows, 0);
}

/* @defer_below: a meeting just opened shows its header and the agenda
 * rows in sight in the first frame, and the rest of the agenda, the
 * proposed standing items and the attendance (out of sight with a long
 * agenda) right after it; a page already on screen is rebuilt whole, so
 * that nothing below the focus jumps. */
static void
rebuild (SvMeetingPage *self,
         gboolean       defer_below)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *focus = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->stale = FALSE;
  focus = self->focus_key != NULL ? g_steal_pointer (&self->focus_key) : sv_meeting_page_dup_focused_key (self);
  self->rebuilding = TRUE;
  clear (self);

  if (self->store != NULL && self->meeting_id != 0)
    self->meeting = sv_store_get_meeting (self->store, self->meeting_id, &error);
  if (self->meeting != NULL)
    kinds = sv_store_list_meeting_kinds (self->store, &error);
  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    if (((SvMeetingKind *) kinds->pdata[i])->id == self->meeting->kind_id)
      self->kind = sv_meeting_kind_copy (kinds->pdata[i]);
  if (self->meeting != NULL && error == NULL)
    self->items = sv_store_list_agenda (self->store, self->meeting_id, &error);
  if (self->items == NULL)
    {
      /* Nothing (any more), or unreadable: say so and offer nothing. */
      g_clear_pointer (&self->meeting, sv_meeting_free);
      gtk_label_set_text (self->title_label, error != NULL ? error->message : "");
      gtk_label_set_text (self->subtitle_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->scroller), FALSE);
      gtk_widget_set_visible (self->edit_button, FALSE);
      gtk_widget_set_visible (self->remove_button, FALSE);
      gtk_widget_set_visible (self->start_button, FALSE);
      self->rebuilding = FALSE;
      set_loading (self, FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->scroller), TRUE);
  self->editable = self->meeting->status != SV_MEETING_STATUS_AFGEROND;

  for (guint i = 0; i < self->items->len; i++)
    g_array_append_val (ids, ((SvAgendaItem *) self->items->pdata[i])->case_id);
  load_households (self, ids);

  /* Not in a window on screen, there is no first frame to wait for. */
  defer_below = defer_below && root != NULL && gtk_widget_get_mapped (GTK_WIDGET (root));
  fill_header (self);
  /* The rows a window of its height can show; the rest after the frame. */
  sv_meeting_page_fill_agenda (self, defer_below ? (guint) gtk_widget_get_height (GTK_WIDGET (root)) / MIN_ROW_HEIGHT + 1
                                                 : G_MAXUINT);
  sv_widget_wrap_at_words (GTK_WIDGET (self->agenda_group));
  if (defer_below)
    {
      sv_group_clear_rows (self->standing_group);
      sv_group_clear_rows (self->attendance_group);
      gtk_widget_set_visible (GTK_WIDGET (self->standing_group), self->editable && self->kind != NULL);
      adw_preferences_group_set_description (self->standing_group, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.invite", FALSE);
      self->below_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), below_tick_cb, NULL, NULL);
      set_loading (self, TRUE);
    }
  else
    {
      fill_below (self);
      set_loading (self, FALSE);
    }
  self->rebuilding = FALSE;
  restore_focus (self, focus);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_store_changed_cb (SvStore       *store,
                     guint          what,
                     gint64         case_id,
                     SvMeetingPage *self)
{
  const guint touches = SV_STORE_CHANGE_MEETING_PLAN | SV_STORE_CHANGE_MEETINGS | SV_STORE_CHANGE_CASE |
                        SV_STORE_CHANGE_CASE_LIST | SV_STORE_CHANGE_PROFESSIONALS;

  if (self->quiet || (what & touches) == 0 || self->meeting_id == 0)
    return;
  /* A hidden page is brought up to date when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  sv_meeting_page_queue_rebuild (self, NULL);
}

static void
on_case_added_cb (SvAddCaseDialog *dialog,
                  gint64           item_id,
                  SvMeetingPage   *self)
{
  g_autofree char *key = g_strdup_printf ("row:%" G_GINT64_FORMAT, item_id);

  /* Opened, so that inbrenger and question can be filled in next. */
  g_hash_table_add (self->expanded, g_strdup (key));
  sv_meeting_page_queue_rebuild (self, key);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SvMeetingPage    *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove") || self->meeting == NULL)
    return;
  if (!sv_store_delete_meeting (self->store, self->meeting->id, &error))
    {
      sv_meeting_page_show_error (GTK_WIDGET (self), error);
      return;
    }
  sv_show_toast (GTK_WIDGET (self), _("Meeting removed"));
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static GtkWindow *
parent_window (SvMeetingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  SvMeetingEditor *editor;

  if (self->meeting == NULL)
    return;
  editor = sv_meeting_editor_new_edit (parent_window (self), self->store, self->meeting->id);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  g_autofree char *body = NULL;
  g_autofree char *what = NULL;
  GtkWidget *dialog;

  if (self->meeting == NULL)
    return;
  what = sv_meeting_describe (self->meeting);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* TRANSLATORS: "LEJO, dinsdag 24 november 2026, 14:00–16:00 and its agenda of 1 case …" */
                                       "%s and its agenda of %u case go. Agreements stay with their cases.",
                                       "%s and its agenda of %u cases go. Agreements stay with their cases.",
                                       self->items->len),
                          what, self->items->len);
  dialog = adw_message_dialog_new (parent_window (self), _("Remove Meeting?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  SvAddCaseDialog *dialog;

  if (self->meeting == NULL)
    return;
  dialog = sv_add_case_dialog_new (parent_window (self), self->store, self->meeting->id);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_case_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_standing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  gint64 case_id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *message = NULL;
  const SvStandingProposal *proposal = NULL;
  gint64 item_id = 0;
  guint index = 0;

  for (guint i = 0; self->proposals != NULL && i < self->proposals->len; i++)
    if (g_array_index (self->proposals, SvStandingProposal, i).case_id == case_id)
      {
        proposal = &g_array_index (self->proposals, SvStandingProposal, i);
        index = i;
      }
  if (proposal == NULL || self->meeting == NULL)
    return;
  /* The focus moves on to the next proposal, as the added one goes. */
  if (index + 1 < self->proposals->len)
    focus = g_strdup_printf ("standing:%" G_GINT64_FORMAT,
                             g_array_index (self->proposals, SvStandingProposal, index + 1).case_id);
  else if (index > 0)
    focus = g_strdup_printf ("standing:%" G_GINT64_FORMAT,
                             g_array_index (self->proposals, SvStandingProposal, index - 1).case_id);
  if (!sv_agenda_add_case (self->store, self->meeting->id, case_id, proposal->reason, &item_id, &error))
    {
      sv_meeting_page_show_error (widget, error);
      return;
    }
  if (focus == NULL)
    focus = g_strdup_printf ("row:%" G_GINT64_FORMAT, item_id);
  sv_meeting_page_queue_rebuild (self, focus);
  {
    g_autoptr(SvAgendaItem) item = sv_store_get_agenda_item (self->store, item_id, NULL);

    /* TRANSLATORS: "2026-0012 is on the agenda" */
    message = g_strdup_printf (_("%s is on the agenda"), item != NULL ? item->case_number : "");
    sv_show_toast (widget, message);
  }
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_meeting_page_map (GtkWidget *widget)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);

  GTK_WIDGET_CLASS (sv_meeting_page_parent_class)->map (widget);
  if (self->stale)
    rebuild (self, FALSE);
}

static void
sv_meeting_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, gtk_widget_get_visible (SV_MEETING_PAGE (object)->back_button));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, SV_MEETING_PAGE (object)->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_meeting_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SvMeetingPage *self = SV_MEETING_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK_BUTTON:
      if (gtk_widget_get_visible (self->back_button) != g_value_get_boolean (value))
        {
          gtk_widget_set_visible (self->back_button, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_meeting_page_dispose (GObject *object)
{
  SvMeetingPage *self = SV_MEETING_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  cancel_below (self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  self->rebuilding = TRUE;
  g_ptr_array_set_size (self->item_rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_MEETING_PAGE);
  /* The outer box is not bound, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sv_meeting_page_parent_class)->dispose (object);
}

static void
sv_meeting_page_finalize (GObject *object)
{
  SvMeetingPage *self = SV_MEETING_PAGE (object);

  clear (self);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->households, g_hash_table_unref);
  g_clear_pointer (&self->keyed, g_hash_table_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->focus_key, g_free);
  g_clear_object (&self->inbrengers);
  g_clear_pointer (&self->inbrenger_ids, g_array_unref);
  g_clear_pointer (&self->invite_item_ids, g_array_unref);
  g_clear_pointer (&self->invite_org_ids, g_array_unref);
  G_OBJECT_CLASS (sv_meeting_page_parent_class)->finalize (object);
}

static void
sv_meeting_page_class_init (SvMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sv_meeting_page_get_property;
  object_class->set_property = sv_meeting_page_set_property;
  object_class->dispose = sv_meeting_page_dispose;
  object_class->finalize = sv_meeting_page_finalize;
  widget_class->map = sv_meeting_page_map;

  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The proposed standing items and the attendance are still to come
   * (for a frame after a meeting is opened). */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, add_case_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, schedule_box);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, schedule_icon);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, schedule_label);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, standing_group);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, invite_button);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, invite_popover);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, invite_item_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, invite_org_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingPage, invite_hint);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "meeting.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-case", NULL, add_case_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-standing", "x", add_standing_action);
  sv_meeting_page_install_agenda_actions (widget_class);
  sv_meeting_page_install_attendance_actions (widget_class);
  sv_meeting_page_install_print_actions (widget_class);
}

static void
sv_meeting_page_init (SvMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_expression (self->invite_org_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (self->invite_org_dropdown, TRUE);
  self->item_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->households = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->keyed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_meeting_page_set_store (SvMeetingPage *self,
                           SvStore       *store,
                           GSettings     *settings)
{
  g_return_if_fail (SV_IS_MEETING_PAGE (self));
  g_return_if_fail (SV_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_set_object (&self->settings, settings);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
}

void
sv_meeting_page_set_meeting (SvMeetingPage *self,
                             gint64         meeting_id)
{
  g_return_if_fail (SV_IS_MEETING_PAGE (self));

  if (self->meeting_id == meeting_id && self->meeting != NULL)
    return;
  self->meeting_id = meeting_id;
  g_hash_table_remove_all (self->expanded);
  g_clear_pointer (&self->focus_key, g_free);
  rebuild (self, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

gint64
sv_meeting_page_get_meeting_id (SvMeetingPage *self)
{
  g_return_val_if_fail (SV_IS_MEETING_PAGE (self), 0);
  return self->meeting_id;
}
