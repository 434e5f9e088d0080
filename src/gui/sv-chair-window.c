/* sv-chair-window.c: the chair's window — the agenda, moving between
 * cases, the timers and clocks, leaving and closing the meeting.
 *
 * Every change is written the moment it is made: the case the chair is
 * at (so a restart resumes there), a timer started or paused, each
 * agreement. Typed text (advice, minutes) is written half a second after
 * the last key, and at once when the chair moves on or leaves.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-chair-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-meeting-ops.h"
#include "sv-meeting-plan.h"
#include "sv-meeting-timer.h"

G_DEFINE_FINAL_TYPE (SvChairWindow, sv_chair_window, ADW_TYPE_APPLICATION_WINDOW)

#define ROW_INDEX "sv-index"

/* The least height of an agenda line (title and subtitle), in pixels. */
#define MIN_AGENDA_LINE_HEIGHT 44

static void update_clocks (SvChairWindow *self);

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

gint64
sv_chair_window_now (SvChairWindow *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);
  if (self->demo_start != 0)
    return self->demo_start + (g_get_monotonic_time () - self->demo_since) / G_USEC_PER_SEC;
  return g_get_real_time () / G_USEC_PER_SEC;
}

SvAgendaItem *
sv_chair_window_current_item (SvChairWindow *self)
{
  if (self->items == NULL || self->current < 0 || (guint) self->current >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, self->current);
}

/* The window's own writes (the case it is at, an item's timer or text)
 * change nothing it shows from the store: its copies are the ones saved.
 * Their "changed" is not taken as a change made elsewhere, which would
 * read the agenda, attendance and agreements again and draw the
 * projection a second time after every move to another case. */
static void
own_write_begin (SvChairWindow *self)
{
  if (self->changed_id != 0)
    g_signal_handler_block (self->store, self->changed_id);
}

static void
own_write_end (SvChairWindow *self)
{
  if (self->changed_id != 0)
    g_signal_handler_unblock (self->store, self->changed_id);
}

gboolean
sv_chair_window_save_item (SvChairWindow *self,
                           SvAgendaItem  *item)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->read_only)
    return FALSE;
  own_write_begin (self);
  saved = sv_store_save_agenda_item (self->store, item, &error);
  own_write_end (self);
  if (saved)
    return TRUE;
  sv_show_error_toast (GTK_WIDGET (self->toasts), error);
  return FALSE;
}

char *
sv_chair_window_dup_author (SvChairWindow *self)
{
  return sv_dup_user_name (self->settings);
}

void
sv_chair_window_show_notice (SvChairWindow *self,
                             const char    *text,
                             const char    *button_label,
                             const char    *button_action)
{
  gtk_label_set_text (self->notice_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_button), button_label != NULL);
  if (button_label != NULL)
    {
      gtk_button_set_label (self->notice_button, button_label);
      gtk_button_set_use_underline (self->notice_button, TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->notice_button), button_action);
    }
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
}

/* The household and members of every case, for the chair's agenda and
 * for the projection's masking. */
static void
load_people (SvChairWindow *self)
{
  g_clear_pointer (&self->households, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->networks, g_ptr_array_unref);
  self->households = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_household_free);
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->networks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < self->items->len; i++)
    {
      SvAgendaItem *item = g_ptr_array_index (self->items, i);
      g_autoptr(SvCase) c = sv_store_get_case (self->store, item->case_id, NULL);
      SvHousehold *household = c != NULL ? sv_store_get_household (self->store, c->household_id, NULL) : NULL;

      g_ptr_array_add (self->households, household);
      g_ptr_array_add (self->members,
                       household != NULL ? sv_store_list_members (self->store, household->id, NULL) : NULL);
      /* Never shown: only so that their names are masked in free text. */
      g_ptr_array_add (self->networks,
                       household != NULL ? sv_store_list_network (self->store, household->id, NULL) : NULL);
    }
}

static int
index_of_item (SvChairWindow *self,
               gint64         item_id)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (((SvAgendaItem *) self->items->pdata[i])->id == item_id)
      return (int) i;
  return -1;
}

static const char *
household_name (SvChairWindow *self,
                guint          index)
{
  SvHousehold *household = index < self->households->len ? self->households->pdata[index] : NULL;

  return household != NULL ? household->name : "";
}

static void
fill_title (SvChairWindow *self)
{
  g_autofree char *day = sv_date_format_long (&self->meeting->date);
  g_autofree char *title = g_strdup_printf ("%s · %s", self->meeting->kind_code, day);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 self->read_only
                                 ? _("Chair's view · closed")
                                 : _("Chair's view · in progress"));
  /* TRANSLATORS: the window's title: "Voorzitter — LEJO · dinsdag 24 november 2026" */
  g_autofree char *window_title = g_strdup_printf (_("Chair — %s"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

void
sv_chair_window_update_agenda_row (SvChairWindow *self,
                                   guint          index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->agenda_list, (int) index);
  SvAgendaItem *item = g_ptr_array_index (self->items, index);
  g_autofree int *starts = g_new0 (int, self->items->len);
  g_autofree char *start = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *used = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *state;
  gint64 elapsed;
  const char *status;

  if (row == NULL)
    return;
  sv_agenda_schedule (self->meeting, self->items, starts);
  start = sv_minutes_format (starts[index]);
  title = *household_name (self, index) != '\0'
          ? g_strdup_printf ("%s · %s", item->case_number, household_name (self, index))
          : g_strdup (item->case_number);
  elapsed = sv_agenda_timer_elapsed (item, sv_chair_window_now (self), NULL);
  if (elapsed > 0)
    {
      g_autofree char *took = sv_duration_format (elapsed);
      /* TRANSLATORS: an agenda line: planned start, planned minutes, time used: "14:20 · 20 min · 23:10 gebruikt" */
      subtitle = g_strdup_printf (_("%s · %d min · %s used"), start, item->planned_minutes, took);
    }
  else
    /* TRANSLATORS: an agenda line: planned start and planned minutes: "14:20 · 20 min" */
    subtitle = g_strdup_printf (_("%s · %d min"), start, item->planned_minutes);

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "sv-title"), title);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "sv-subtitle"), subtitle);
  state = g_object_get_data (G_OBJECT (row), "sv-state");
  gtk_widget_remove_css_class (state, "success");
  gtk_widget_remove_css_class (state, "accent");
  if (sv_agenda_timer_running (item))
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (state), "media-playback-start-symbolic");
      gtk_widget_add_css_class (state, "accent");
      status = _("timer running");
    }
  else if (item->discussed)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (state), "emblem-ok-symbolic");
      gtk_widget_add_css_class (state, "success");
      status = _("discussed");
    }
  else
    {
      gtk_image_clear (GTK_IMAGE (state));
      status = _("not yet discussed");
    }
  if (g_strcmp0 (gtk_widget_get_tooltip_text (state), status) != 0)
    sv_widget_set_new_tooltip (state, status);
  if ((int) index == self->current)
    gtk_widget_add_css_class (GTK_WIDGET (row), "sv-current");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "sv-current");
  /* TRANSLATORS: a screen reader's agenda line: "2. 2026-0012 · Gezin Jansen, 14:20 · 20 min, besproken" */
  accessible = g_strdup_printf (_("%u. %s, %s, %s"), index + 1, title, subtitle, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static GtkWidget *
agenda_row_new (guint index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number_text = g_strdup_printf ("%u", index + 1);
  GtkWidget *number = gtk_label_new (number_text);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *state = gtk_image_new ();

  gtk_widget_add_css_class (number, "sv-agenda-number");
  gtk_widget_add_css_class (number, "caption");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  /* One line, like the subtitle: thirty titles wrapping on two lines
   * took a fifth of the window's first frame to measure. The current case
   * is shown in full beside the agenda, and a screen reader reads the
   * whole line. */
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "numeric");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), state);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "sv-title", title);
  g_object_set_data (G_OBJECT (row), "sv-subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "sv-state", state);
  g_object_set_data (G_OBJECT (row), ROW_INDEX, GUINT_TO_POINTER (index));
  return row;
}

/* The agenda lines from the first not yet made up to @end. */
static void
add_agenda_rows (SvChairWindow *self,
                 guint          end)
{
  gboolean was_filling = self->filling;
  guint made = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    made += GTK_IS_LIST_BOX_ROW (child);
  self->filling = TRUE;
  for (guint i = made; i < MIN (end, self->items->len); i++)
    {
      GtkWidget *row = agenda_row_new (i);

      gtk_list_box_append (self->agenda_list, row);
      sv_chair_window_update_agenda_row (self, i);
      if ((int) i == self->current)
        gtk_list_box_select_row (self->agenda_list, GTK_LIST_BOX_ROW (row));
    }
  self->filling = was_filling;
}

static void
rest_idle_cb (gpointer user_data)
{
  SvChairWindow *self = user_data;

  self->rest_id = 0;
  add_agenda_rows (self, G_MAXUINT);
  sv_widget_wrap_at_words (GTK_WIDGET (self->agenda_list));
}

/* The window's first frame has begun: the rest of the agenda is made
 * once it has been painted, and the next frame shows it. */
static gboolean
rest_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);

  self->rest_tick_id = 0;
  self->rest_id = g_idle_add_once (rest_idle_cb, self);
  return G_SOURCE_REMOVE;
}

static void
cancel_rest (SvChairWindow *self)
{
  if (self->rest_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rest_tick_id);
  self->rest_tick_id = 0;
  g_clear_handle_id (&self->rest_id, g_source_remove);
}

/* @n_rows: how many agenda lines to make now (the current case's among
 * them); the rest come right after the window's first frame. */
static void
fill_agenda (SvChairWindow *self,
             guint          n_rows)
{
  GtkWidget *child;

  cancel_rest (self);
  self->filling = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_list))) != NULL)
    gtk_list_box_remove (self->agenda_list, child);
  self->filling = FALSE;
  add_agenda_rows (self, MAX (n_rows, (guint) (self->current + 1)));
  if (n_rows < self->items->len)
    self->rest_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), rest_tick_cb, NULL, NULL);
}

static void
update_actions (SvChairWindow *self)
{
  gboolean has_item = sv_chair_window_current_item (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.previous", has_item && self->current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.next",
                                 has_item && (guint) self->current + 1 < self->items->len);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.toggle-timer", has_item && !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.close-meeting", !self->read_only);
}

static void
update_timer (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autofree char *elapsed_text = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *planned = NULL;
  gboolean left_running = FALSE;
  gint64 now, elapsed, over;

  if (item == NULL)
    return;
  now = sv_chair_window_now (self);
  elapsed = sv_agenda_timer_elapsed (item, now, &left_running);
  if (left_running)
    {
      /* Cut at midnight: the time after it is not counted, and the timer
       * stays paused until the chair starts it again. */
      g_autofree char *text = NULL;

      sv_agenda_timer_pause (item, now);
      sv_chair_window_save_item (self, item);
      text = g_strdup_printf (_("The timer of case %s was still running at midnight and was stopped there. Start it again if the discussion goes on."),
                              item->case_number);
      sv_chair_window_show_notice (self, text, NULL, NULL);
      sv_chair_window_update_agenda_row (self, (guint) self->current);
      elapsed = item->elapsed_seconds;
    }
  over = sv_agenda_timer_overrun (item, now);

  elapsed_text = sv_duration_format (elapsed);
  gtk_label_set_text (self->timer_label, elapsed_text);
  planned = sv_duration_format ((gint64) item->planned_minutes * 60);
  /* TRANSLATORS: under the case timer: "van 20:00 gepland" */
  planned_text = g_strdup_printf (_("of %s planned"), planned);
  gtk_label_set_text (self->planned_label, planned_text);
  if (over > 0)
    {
      g_autofree char *over_text = sv_duration_format (over);
      /* TRANSLATORS: time over the planned minutes: "+2:10 over tijd" */
      g_autofree char *label = g_strdup_printf (_("+%s over"), over_text);

      gtk_label_set_text (self->overrun_label, label);
      gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "sv-over");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "sv-over");
  gtk_widget_set_visible (GTK_WIDGET (self->overrun_label), over > 0);

  if (sv_agenda_timer_running (item))
    {
      adw_button_content_set_icon_name (self->timer_button_content, "media-playback-pause-symbolic");
      adw_button_content_set_label (self->timer_button_content, _("_Pause Timer"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->timer_button), "suggested-action");
    }
  else
    {
      adw_button_content_set_icon_name (self->timer_button_content, "media-playback-start-symbolic");
      adw_button_content_set_label (self->timer_button_content,
                                    item->elapsed_seconds > 0 ? _("_Resume Timer") : _("_Start Timer"));
      gtk_widget_add_css_class (GTK_WIDGET (self->timer_button), "suggested-action");
    }
  adw_button_content_set_use_underline (self->timer_button_content, TRUE);
}

static void
update_clocks (SvChairWindow *self)
{
  gint64 now = sv_chair_window_now (self);
  gint64 elapsed, remaining;
  g_autofree char *elapsed_text = NULL;
  g_autofree char *remaining_text = NULL;
  g_autofree char *label = NULL;

  sv_meeting_clock (self->meeting, now, &elapsed, &remaining);
  elapsed_text = sv_duration_format (elapsed);
  gtk_label_set_text (self->clock_label, elapsed_text);
  if (now < sv_meeting_start_time (self->meeting))
    {
      g_autofree char *start = sv_minutes_format (self->meeting->start_minutes);
      /* TRANSLATORS: the meeting clock before the start: "Begint om 14:00" */
      label = g_strdup_printf (_("Starts at %s"), start);
    }
  else if (remaining >= 0)
    {
      remaining_text = sv_duration_format (remaining);
      /* TRANSLATORS: the meeting clock: "1:17:50 over" (time left) */
      label = g_strdup_printf (_("%s left"), remaining_text);
    }
  else
    {
      remaining_text = sv_duration_format (-remaining);
      /* TRANSLATORS: the meeting runs longer than planned: "5:00 uitgelopen" */
      label = g_strdup_printf (_("%s over time"), remaining_text);
    }
  gtk_label_set_text (self->remaining_label, label);
  if (remaining < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->remaining_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->remaining_label), "error");
  update_timer (self);
}

/* The chair sees the case's household and facts: an access, recorded
 * once each time a case comes up (not on every refresh). */
static void
log_case_shown (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);

  if (item != NULL)
    sv_store_log_access (self->store, SV_AUDIT_OPEN, item->case_id, _("chair’s view"), NULL);
}

static void
fill_case (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *position = NULL;

  update_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, item != NULL ? "case" : "empty");
  if (item == NULL)
    return;

  /* TRANSLATORS: above the current case: "Casus 2 van 5" */
  position = g_strdup_printf (_("Case %d of %u"), self->current + 1, self->items->len);
  gtk_label_set_text (self->position_label, position);
  title = *household_name (self, (guint) self->current) != '\0'
          ? g_strdup_printf ("%s · %s", item->case_number, household_name (self, (guint) self->current))
          : g_strdup (item->case_number);
  gtk_label_set_text (self->case_title, title);
  if (*item->inbrenger_name != '\0')
    /* TRANSLATORS: under the current case: "Inbrenger: Els Bakker" */
    g_string_append_printf (subtitle, _("Inbrenger: %s"), item->inbrenger_name);
  else
    g_string_append (subtitle, _("No inbrenger recorded"));
  if (item->standing != SV_STANDING_NONE)
    g_string_append_printf (subtitle, " · %s", sv_standing_reason_label (item->standing));
  if (item->discussed)
    g_string_append_printf (subtitle, " · %s", _("discussed"));
  gtk_label_set_text (self->case_subtitle, subtitle->str);
  gtk_label_set_text (self->question_label,
                      *item->question != '\0' ? item->question : _("No question recorded for this case."));
  if (*item->question == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->question_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->question_label), "dim-label");
  sv_chair_window_fill_capture (self);
  update_clocks (self);
}

/* Timers left running over midnight (the laptop closed, a crash) are cut
 * there when the window opens. */
static void
cut_timers_at_midnight (SvChairWindow *self)
{
  g_autoptr(GString) numbers = g_string_new (NULL);
  gint64 now = sv_chair_window_now (self);
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      SvAgendaItem *item = g_ptr_array_index (self->items, i);
      gboolean left_running = FALSE;

      sv_agenda_timer_elapsed (item, now, &left_running);
      if (!left_running)
        continue;
      sv_agenda_timer_pause (item, now);
      sv_chair_window_save_item (self, item);
      g_string_append_printf (numbers, "%s%s", n++ > 0 ? ", " : "", item->case_number);
    }
  if (n > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The timer of case %s was still running at midnight and was stopped there. Start it again if the discussion goes on.",
                                      "The timers of cases %s were still running at midnight and were stopped there.",
                                      n),
                         numbers->str);
      sv_chair_window_show_notice (self, text, NULL, NULL);
    }
}

static gboolean
save_current_item_id (SvChairWindow *self)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  g_autoptr(GError) error = NULL;
  gint64 id = item != NULL ? item->id : 0;
  gboolean saved;

  if (self->read_only || self->meeting->current_item_id == id)
    return TRUE;
  self->meeting->current_item_id = id;
  own_write_begin (self);
  saved = sv_store_save_meeting (self->store, self->meeting, &error);
  own_write_end (self);
  if (saved)
    return TRUE;
  sv_show_error_toast (GTK_WIDGET (self->toasts), error);
  return FALSE;
}

static void
go_to (SvChairWindow *self,
       int            index)
{
  SvAgendaItem *item = sv_chair_window_current_item (self);
  int previous = self->current;

  if (index < 0 || (guint) index >= self->items->len || index == self->current)
    return;
  sv_chair_window_flush_edits (self);
  /* Moving on pauses the timer; the chair starts the next one. */
  if (item != NULL && sv_agenda_timer_running (item) && !self->read_only)
    {
      sv_agenda_timer_pause (item, sv_chair_window_now (self));
      sv_chair_window_save_item (self, item);
    }
  self->current = index;
  save_current_item_id (self);
  sv_chair_window_reset_reveal (self);
  log_case_shown (self);

  self->filling = TRUE;
  gtk_list_box_select_row (self->agenda_list, gtk_list_box_get_row_at_index (self->agenda_list, index));
  self->filling = FALSE;
  if (previous >= 0)
    sv_chair_window_update_agenda_row (self, (guint) previous);
  sv_chair_window_update_agenda_row (self, (guint) index);
  fill_case (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->case_scroller), 0);
  sv_chair_window_update_projection (self);
}

static void
apply_read_only (SvChairWindow *self)
{
  self->read_only = self->meeting->status == SV_MEETING_STATUS_AFGEROND;
  fill_title (self);
  sv_chair_window_set_read_only_capture (self, self->read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_button), !self->read_only);
  if (self->read_only)
    sv_chair_window_show_notice (self, _("This meeting is closed. Its minutes are in the case journals."), NULL, NULL);
  update_actions (self);
}

/* Reads the meeting and its agenda again (after finishing or closing,
 * which write through the store), keeping the chair at the same case. */
static void
reload_all (SvChairWindow *self)
{
  g_autoptr(GError) error = NULL;
  SvAgendaItem *item = sv_chair_window_current_item (self);
  gint64 current_id = item != NULL ? item->id : self->meeting->current_item_id;
  SvMeeting *meeting = sv_store_get_meeting (self->store, self->meeting->id, &error);
  GPtrArray *items = meeting != NULL ? sv_store_list_agenda (self->store, meeting->id, &error) : NULL;

  if (items == NULL)
    {
      g_clear_pointer (&meeting, sv_meeting_free);
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  sv_meeting_free (self->meeting);
  self->meeting = meeting;
  g_ptr_array_unref (self->items);
  self->items = items;
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  self->attendance = sv_store_list_attendance (self->store, meeting->id, NULL);
  if (self->attendance == NULL)
    self->attendance = g_ptr_array_new ();
  load_people (self);
  self->current = index_of_item (self, current_id);
  if (self->current < 0 && items->len > 0)
    self->current = 0;
  fill_agenda (self, G_MAXUINT);
  apply_read_only (self);
  fill_case (self);
  sv_chair_window_update_projection (self);
}

/* An item of the window's agenda replaced by its stored version (after
 * an operation wrote it through the store). */
static void
refresh_item (SvChairWindow *self,
              guint          index)
{
  SvAgendaItem *item = g_ptr_array_index (self->items, index);
  SvAgendaItem *stored = sv_store_get_agenda_item (self->store, item->id, NULL);

  if (stored == NULL)
    return;
  g_ptr_array_index (self->items, index) = stored;
  sv_agenda_item_free (item);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static gboolean
tick_cb (gpointer user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (user_data);
  SvAgendaItem *item = sv_chair_window_current_item (self);

  update_clocks (self);
  if (item != NULL && sv_agenda_timer_running (item))
    sv_chair_window_update_agenda_row (self, (guint) self->current);
  return G_SOURCE_CONTINUE;
}

static void
on_agenda_row_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            SvChairWindow *self)
{
  if (!self->filling)
    go_to (self, gtk_list_box_row_get_index (row));
}

/* Someone changed the agenda elsewhere (the preparation page, another
 * window): take over cases added, removed or moved. Edits of the items
 * themselves are this window's own. */
static gboolean
refresh_idle_cb (gpointer user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (user_data);
  g_autoptr(GPtrArray) stored = NULL;
  gboolean same = TRUE;

  self->refresh_id = 0;
  stored = sv_store_list_agenda (self->store, self->meeting->id, NULL);
  if (stored == NULL)
    return G_SOURCE_REMOVE;
  same = stored->len == self->items->len;
  for (guint i = 0; same && i < stored->len; i++)
    same = ((SvAgendaItem *) stored->pdata[i])->id == ((SvAgendaItem *) self->items->pdata[i])->id;
  if (!same)
    {
      sv_chair_window_flush_edits (self);
      reload_all (self);
      return G_SOURCE_REMOVE;
    }
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  self->attendance = sv_store_list_attendance (self->store, self->meeting->id, NULL);
  if (self->attendance == NULL)
    self->attendance = g_ptr_array_new ();
  sv_chair_window_reload_agreements (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (SvStore       *store,
                     guint          what,
                     gint64         case_id,
                     SvChairWindow *self)
{
  if ((what & (SV_STORE_CHANGE_MEETING_PLAN | SV_STORE_CHANGE_CASE)) && self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/* Side by side when there is room, one under the other when not. */
static void
on_surface_width_cb (GdkSurface    *surface,
                     GParamSpec    *pspec,
                     SvChairWindow *self)
{
  gboolean wide = gdk_surface_get_width (surface) >= 1180;
  GtkOrientation orientation = wide ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->columns)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->columns), orientation);
}

static void
on_realize_cb (SvChairWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  g_signal_connect_object (surface, "notify::width", G_CALLBACK (on_surface_width_cb), self, 0);
  on_surface_width_cb (surface, NULL, self);
}

static gboolean
leave_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_leave_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SvChairWindow    *self)
{
  if (g_strcmp0 (response, "leave") != 0)
    return;
  self->leave_confirmed = TRUE;
  /* After the dialog is done with its response: closing the chair's
   * window takes its transient dialog along. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, leave_idle_cb, g_object_ref (self), g_object_unref);
}

static void
on_close_meeting_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              SvChairWindow    *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "sv-minutes");
  g_autofree char *minutes = NULL;
  g_autofree char *author = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "close") != 0)
    return;
  minutes = sv_text_view_dup_text (view);
  author = sv_chair_window_dup_author (self);
  sv_chair_window_flush_edits (self);
  if (!sv_meeting_ops_close (self->store, self->meeting->id, minutes, author, sv_chair_window_now (self), &error))
    {
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  reload_all (self);
  sv_show_toast (GTK_WIDGET (self->toasts), _("Meeting closed. The minutes are in the case journals."));
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);

  go_to (self, self->current + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);

  go_to (self, self->current - 1);
}

static void
toggle_timer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  SvAgendaItem *item = sv_chair_window_current_item (self);
  gint64 now = sv_chair_window_now (self);
  gint64 elapsed = 0, running_since = 0;

  if (item == NULL || self->read_only)
    return;
  elapsed = item->elapsed_seconds;
  running_since = item->running_since;
  if (sv_agenda_timer_running (item))
    sv_agenda_timer_pause (item, now);
  else
    sv_agenda_timer_start (item, now);
  if (!sv_chair_window_save_item (self, item))
    {
      item->elapsed_seconds = elapsed;
      item->running_since = running_since;
    }
  sv_chair_window_update_agenda_row (self, (guint) self->current);
  update_timer (self);
}

static void
dismiss_notice_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (SV_CHAIR_WINDOW (widget)->notice_revealer, FALSE);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
close_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree char *composed = NULL;
  g_autoptr(GString) body = g_string_new (_("Afterwards the meeting can no longer be changed."));
  GtkWidget *dialog, *box, *label, *frame, *scroller, *view;
  guint not_discussed = 0;

  if (self->read_only)
    return;
  sv_chair_window_flush_edits (self);
  pending = sv_meeting_ops_pending_items (self->store, self->meeting->id, &error);
  composed = pending != NULL ? sv_meeting_ops_compose_minutes (self->store, self->meeting->id, &error) : NULL;
  if (composed == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self->toasts), error);
      return;
    }
  if (pending->len > 0)
    {
      g_autoptr(GString) numbers = g_string_new (NULL);

      for (guint i = 0; i < pending->len; i++)
        g_string_append_printf (numbers, "%s%s", i > 0 ? ", " : "",
                                ((SvAgendaItem *) pending->pdata[i])->case_number);
      g_string_append (body, "\n\n");
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Case %s was discussed but not finished, or changed since. Closing finishes it: its minutes go into its case journal.",
                                           "Cases %s were discussed but not finished, or changed since. Closing finishes them: their minutes go into the case journals.",
                                           pending->len),
                              numbers->str);
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      SvAgendaItem *item = self->items->pdata[i];
      g_autoptr(GPtrArray) agreements = sv_store_list_agreements (self->store, 0, item->id, NULL);

      if (!sv_meeting_ops_item_touched (item, agreements != NULL ? agreements->len : 0))
        not_discussed++;
    }
  if (not_discussed > 0)
    {
      g_string_append (body, "\n\n");
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u case was not discussed; it can go on the agenda of a next meeting.",
                                           "%u cases were not discussed; they can go on the agenda of a next meeting.",
                                           not_discussed),
                              not_discussed);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Close the Meeting?"), body->str);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (_("Minutes of the meeting"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            *self->meeting->minutes != '\0' ? self->meeting->minutes : composed, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Minutes of the meeting"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 220);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "sv-minutes", view);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("Close _Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_meeting_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Page Up and Page Down move between cases, except while typing or in a
 * list that scrolls with them. */
static gboolean
page_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL &&
      (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus) ||
       gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL))
    return FALSE;
  go_to (self, self->current + GPOINTER_TO_INT (user_data));
  return TRUE;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
stop_everything (SvChairWindow *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  sv_chair_window_stop_projection (self);
}

static gboolean
sv_chair_window_close_request (GtkWindow *window)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (window);
  SvAgendaItem *item = sv_chair_window_current_item (self);
  AdwMessageDialog *dialog;

  /* Typed text is written before anything is asked. */
  sv_chair_window_flush_edits (self);
  if (!self->read_only && !self->leave_confirmed && self->meeting != NULL)
    {
      g_autofree char *drafts = sv_chair_window_dup_unsaved_drafts (self);
      g_autoptr(GString) body = g_string_new (_("It stays in progress; you can continue later."));

      if (drafts != NULL)
        {
          g_string_append (body, "\n\n");
          /* TRANSLATORS: "Een afspraak die u typte maar niet toevoegde, bij casus 2026-0012, gaat verloren." */
          g_string_append_printf (body, _("An agreement typed but not added, for case %s, will be lost."), drafts);
        }
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Leave the Meeting?"), body->str));
      adw_message_dialog_add_responses (dialog, "stay", _("_Stay"), "leave", _("_Leave"), NULL);
      adw_message_dialog_set_default_response (dialog, "stay");
      adw_message_dialog_set_close_response (dialog, "stay");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  /* No timer counts while no one watches. */
  if (item != NULL && sv_agenda_timer_running (item) && !self->read_only)
    {
      sv_agenda_timer_pause (item, sv_chair_window_now (self));
      sv_chair_window_save_item (self, item);
    }
  stop_everything (self);
  return GTK_WINDOW_CLASS (sv_chair_window_parent_class)->close_request (window);
}

static void
sv_chair_window_dispose (GObject *object)
{
  SvChairWindow *self = SV_CHAIR_WINDOW (object);

  if (self->store != NULL)
    {
      sv_chair_window_flush_edits (self);
      g_clear_signal_handler (&self->changed_id, self->store);
    }
  stop_everything (self);
  cancel_rest (self);
  g_clear_handle_id (&self->advice_save_id, g_source_remove);
  g_clear_handle_id (&self->minutes_save_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_CHAIR_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->meeting, sv_meeting_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->households, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->networks, g_ptr_array_unref);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  g_clear_pointer (&self->journal_text, g_free);
  g_clear_pointer (&self->drafts, g_hash_table_unref);
  G_OBJECT_CLASS (sv_chair_window_parent_class)->dispose (object);
}

static void
sv_chair_window_class_init (SvChairWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sv_chair_window_dispose;
  window_class->close_request = sv_chair_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-chair-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SvChairWindow, name)
  BIND (toasts);
  BIND (window_title);
  BIND (project_button);
  BIND (notice_revealer);
  BIND (notice_icon);
  BIND (notice_label);
  BIND (notice_button);
  BIND (clock_label);
  BIND (remaining_label);
  BIND (agenda_list);
  BIND (main_stack);
  BIND (case_scroller);
  BIND (position_label);
  BIND (case_title);
  BIND (case_subtitle);
  BIND (timer_label);
  BIND (planned_label);
  BIND (overrun_label);
  BIND (previous_button);
  BIND (timer_button);
  BIND (next_button);
  BIND (timer_button_content);
  BIND (columns);
  BIND (question_label);
  BIND (reveal_group);
  BIND (reveal_initials);
  BIND (reveal_names);
  BIND (reveal_births);
  BIND (advice_group);
  BIND (advice_row);
  BIND (advice_text_row);
  BIND (family_group);
  BIND (family_row);
  BIND (agreements_group);
  BIND (who_row);
  BIND (what_row);
  BIND (due_row);
  BIND (monitoring_row);
  BIND (agreement_error);
  BIND (agreements_list);
  BIND (minutes_group);
  BIND (minutes_view);
  BIND (journal_icon);
  BIND (journal_label);
  BIND (finish_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "chair.next", NULL, next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "chair.next", NULL);
  gtk_widget_class_install_action (widget_class, "chair.previous", NULL, previous_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "chair.previous", NULL);
  gtk_widget_class_install_action (widget_class, "chair.toggle-timer", NULL, toggle_timer_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK, "chair.toggle-timer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "chair.toggle-timer", NULL);
  gtk_widget_class_install_action (widget_class, "chair.leave", NULL, leave_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "chair.leave", NULL);
  gtk_widget_class_install_action (widget_class, "chair.close-meeting", NULL, close_meeting_action);
  gtk_widget_class_install_action (widget_class, "chair.dismiss-notice", NULL, dismiss_notice_action);
  sv_chair_window_install_capture (widget_class);
  sv_chair_window_install_projection (widget_class);
}

static void
sv_chair_window_init (SvChairWindow *self)
{
  GtkEventController *shortcuts;
  const char *demo_now = g_getenv ("SV_NOW");

  g_type_ensure (SV_TYPE_DATE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->current = -1;

  if (demo_now != NULL)
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (demo_now, local);

      if (at != NULL)
        {
          self->demo_start = g_date_time_to_unix (at);
          self->demo_since = g_get_monotonic_time ();
        }
    }

  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_callback_action_new (page_cb, GINT_TO_POINTER (1), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_callback_action_new (page_cb, GINT_TO_POINTER (-1), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->agenda_list, "row-activated", G_CALLBACK (on_agenda_row_activated_cb), self, 0);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize_cb), NULL);
  sv_chair_window_init_capture (self);
  sv_chair_window_init_projection (self);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvChairWindow *
sv_chair_window_new (GtkApplication *application,
                     SvStore        *store,
                     GSettings      *settings,
                     gint64          meeting_id)
{
  SvChairWindow *self;
  g_autoptr(GError) error = NULL;
  int width = 0, height = 0;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SV_TYPE_CHAIR_WINDOW, "application", application, NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  self->meeting = sv_store_get_meeting (store, meeting_id, &error);
  self->items = self->meeting != NULL ? sv_store_list_agenda (store, meeting_id, &error) : NULL;
  if (self->items == NULL)
    {
      /* Shown, not hidden: the chair must know why nothing is there. */
      adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->main_stack, "empty")),
                                 _("The Meeting Cannot Be Opened"));
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->main_stack, "empty")),
                                       error->message);
      g_clear_pointer (&self->meeting, sv_meeting_free);
      self->read_only = TRUE;
      self->items = g_ptr_array_new ();
      self->households = g_ptr_array_new ();
      self->members = g_ptr_array_new ();
      self->networks = g_ptr_array_new ();
      update_actions (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "chair.close-meeting", FALSE);
      return self;
    }
  self->attendance = sv_store_list_attendance (store, meeting_id, NULL);
  if (self->attendance == NULL)
    self->attendance = g_ptr_array_new ();
  self->read_only = self->meeting->status == SV_MEETING_STATUS_AFGEROND;
  load_people (self);

  self->current = index_of_item (self, self->meeting->current_item_id);
  if (self->current < 0 && self->items->len > 0)
    self->current = 0;
  save_current_item_id (self);
  cut_timers_at_midnight (self);
  log_case_shown (self);

  /* The lines a window of its height can show, before its first frame. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  fill_agenda (self, height > 0 ? (guint) height / MIN_AGENDA_LINE_HEIGHT + 1 : G_MAXUINT);
  apply_read_only (self);
  fill_case (self);
  sv_widget_wrap_at_words (GTK_WIDGET (self));
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  return self;
}

gint64
sv_chair_window_get_meeting_id (SvChairWindow *self)
{
  g_return_val_if_fail (SV_IS_CHAIR_WINDOW (self), 0);
  return self->meeting != NULL ? self->meeting->id : 0;
}

gint64
sv_chair_window_get_current_item_id (SvChairWindow *self)
{
  SvAgendaItem *item;

  g_return_val_if_fail (SV_IS_CHAIR_WINDOW (self), 0);
  item = sv_chair_window_current_item (self);
  return item != NULL ? item->id : 0;
}

void
sv_chair_window_set_clock (SvChairWindow *self,
                           SvClockFunc    func,
                           gpointer       user_data)
{
  g_return_if_fail (SV_IS_CHAIR_WINDOW (self));

  self->clock = func;
  self->clock_data = user_data;
  if (self->meeting != NULL)
    update_clocks (self);
}

void
sv_chair_window_refresh_current (SvChairWindow *self)
{
  if (sv_chair_window_current_item (self) == NULL)
    return;
  refresh_item (self, (guint) self->current);
  sv_chair_window_update_agenda_row (self, (guint) self->current);
  fill_case (self);
  sv_chair_window_update_projection (self);
}
