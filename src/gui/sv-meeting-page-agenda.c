/* sv-meeting-page-agenda.c: the agenda of the meeting page — one row per
 * case with its planned start, and its planned minutes, inbrenger,
 * question and (LEJO) the family's invitation opened below it.
 *
 * The order changes with the buttons on a row, Alt+Up and Alt+Down on it,
 * or by dragging its handle onto another row; the focus stays with the
 * case that moved. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"
#include "sv-meeting-page-private.h"
#include "sv-validate.h"

#define ITEM_DATA "sv-item-id"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
set_item_id (gpointer widget,
             gint64   id)
{
  g_object_set_data_full (G_OBJECT (widget), ITEM_DATA, g_memdup2 (&id, sizeof id), g_free);
}

static gint64
get_item_id (gpointer widget)
{
  gint64 *id = g_object_get_data (G_OBJECT (widget), ITEM_DATA);

  return id != NULL ? *id : 0;
}

static SvAgendaItem *
find_item (SvMeetingPage *self,
           gint64         id,
           guint         *out_index)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      SvAgendaItem *item = self->items->pdata[i];

      if (item->id == id)
        {
          if (out_index != NULL)
            *out_index = i;
          return item;
        }
    }
  return NULL;
}

static char *
item_key (const char *what,
          gint64      id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, what, id);
}

static char *
item_title (SvMeetingPage      *self,
            const SvAgendaItem *item,
            int                 start)
{
  g_autofree char *at = sv_minutes_format (start);

  /* TRANSLATORS: planned start · case number · household, "14:20 · 2026-0012 · Gezin Jansen" */
  return g_strdup_printf (_("%s · %s · %s"), at, item->case_number,
                          sv_meeting_page_household (self, item->case_id));
}

/* What a closed row says of an item; @full adds the question. */
static char *
item_subtitle (SvMeetingPage      *self,
               const SvAgendaItem *item,
               gboolean            full)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", item->planned_minutes),
                          item->planned_minutes);
  if (*item->inbrenger_name != '\0')
    {
      /* TRANSLATORS: in the line below a case on the agenda, "inbrenger Jan de Wit" */
      g_autofree char *inbrenger = g_strdup_printf (_("inbrenger %s"), item->inbrenger_name);

      g_string_append_printf (text, " · %s", inbrenger);
    }
  if (item->standing != SV_STANDING_NONE)
    g_string_append_printf (text, " · %s", sv_standing_reason_label (item->standing));
  if (self->kind != NULL && self->kind->invites_family)
    {
      const char *family = !item->family_invited ? _("family not invited")
                           : item->family_attendance == SV_FAMILY_ATTENDANCE_AANWEZIG ? _("family attends")
                           : item->family_attendance == SV_FAMILY_ATTENDANCE_AFWEZIG ? _("family does not attend")
                           : _("family invited");
      g_string_append_printf (text, " · %s", family);
    }
  if (full && *item->question != '\0')
    /* TRANSLATORS: the question to the meeting, on a line of its own */
    g_string_append_printf (text, "\n%s", item->question);
  return g_string_free (text, FALSE);
}

/* Titles and subtitles follow the items: a changed planned time moves
 * the start of every case after it. */
static void
refresh_rows (SvMeetingPage *self)
{
  g_autofree int *starts = NULL;

  if (self->meeting == NULL || self->items == NULL)
    return;
  starts = g_new0 (int, MAX (self->items->len, 1));
  sv_agenda_schedule (self->meeting, self->items, starts);
  for (guint i = 0; i < self->items->len && i < self->item_rows->len; i++)
    {
      SvAgendaItem *item = self->items->pdata[i];
      GtkWidget *row = self->item_rows->pdata[i];
      g_autofree char *title = item_title (self, item, starts[i]);
      g_autofree char *subtitle = item_subtitle (self, item, !ADW_IS_EXPANDER_ROW (row));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  sv_meeting_page_update_schedule (self);
}

/* Writes a field of an item. The rows already show the new value; only
 * a refused write brings the stored ones back. */
static void
save_item (SvMeetingPage *self,
           SvAgendaItem  *edited)
{
  g_autoptr(GError) error = NULL;
  guint index;
  gboolean ok;

  if (find_item (self, edited->id, &index) == NULL)
    return;
  self->quiet = TRUE;
  ok = sv_store_save_agenda_item (self->store, edited, &error);
  self->quiet = FALSE;
  if (!ok)
    {
      sv_meeting_page_show_error (GTK_WIDGET (self), error);
      sv_meeting_page_queue_rebuild (self, NULL);
      return;
    }
  sv_agenda_item_free (self->items->pdata[index]);
  self->items->pdata[index] = sv_agenda_item_copy (edited);
  refresh_rows (self);
}

static SvAgendaItem *
edited_copy (SvMeetingPage *self,
             gpointer       widget)
{
  SvAgendaItem *item = find_item (self, get_item_id (widget), NULL);

  return item != NULL && !self->rebuilding ? sv_agenda_item_copy (item) : NULL;
}

static void
load_inbrengers (SvMeetingPage *self)
{
  g_autoptr(GPtrArray) professionals = sv_store_list_professionals (self->store, NULL);
  gint64 none = 0;

  g_clear_object (&self->inbrengers);
  g_clear_pointer (&self->inbrenger_ids, g_array_unref);
  self->inbrengers = gtk_string_list_new (NULL);
  self->inbrenger_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (self->inbrengers, _("Not chosen yet"));
  g_array_append_val (self->inbrenger_ids, none);
  for (guint i = 0; professionals != NULL && i < professionals->len; i++)
    {
      SvProfessional *p = professionals->pdata[i];
      g_autofree char *label = *p->organisation_name != '\0'
                               /* TRANSLATORS: professional (organisation), "Jan de Wit (Politie)" */
                               ? g_strdup_printf (_("%s (%s)"), p->name, p->organisation_name)
                               : g_strdup (p->name);

      gtk_string_list_append (self->inbrengers, label);
      g_array_append_val (self->inbrenger_ids, p->id);
    }
}

/* ------------------------------------------------------------------------
 * Callbacks: fields
 * ------------------------------------------------------------------------ */

static void
on_minutes_changed_cb (GtkSpinButton *spin,
                       SvMeetingPage *self)
{
  g_autoptr(SvAgendaItem) edited = edited_copy (self, spin);

  if (edited == NULL || edited->planned_minutes == gtk_spin_button_get_value_as_int (spin))
    return;
  edited->planned_minutes = gtk_spin_button_get_value_as_int (spin);
  save_item (self, edited);
}

static void
on_inbrenger_selected_cb (GtkDropDown   *dropdown,
                          GParamSpec    *pspec,
                          SvMeetingPage *self)
{
  g_autoptr(SvAgendaItem) edited = edited_copy (self, dropdown);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (edited == NULL || selected >= self->inbrenger_ids->len ||
      edited->inbrenger_id == g_array_index (self->inbrenger_ids, gint64, selected))
    return;
  edited->inbrenger_id = g_array_index (self->inbrenger_ids, gint64, selected);
  g_free (edited->inbrenger_name);
  edited->inbrenger_name = g_strdup (selected > 0 ? gtk_string_list_get_string (self->inbrengers, selected) : "");
  save_item (self, edited);
}

static void
save_question (SvMeetingPage *self,
               AdwEntryRow   *row)
{
  g_autoptr(SvAgendaItem) edited = edited_copy (self, row);
  g_autofree char *text = sv_entry_row_dup_text (row);

  if (edited == NULL || g_strcmp0 (edited->question, text) == 0)
    return;
  g_free (edited->question);
  edited->question = g_steal_pointer (&text);
  save_item (self, edited);
}

static void
on_question_apply_cb (AdwEntryRow   *row,
                      SvMeetingPage *self)
{
  save_question (self, row);
}

/* Typed text is kept when the focus moves on, also without Enter. */
static void
on_question_leave_cb (GtkEventControllerFocus *focus,
                      SvMeetingPage           *self)
{
  save_question (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

static void
on_family_invited_cb (GtkSwitch     *toggle,
                      GParamSpec    *pspec,
                      SvMeetingPage *self)
{
  g_autoptr(SvAgendaItem) edited = edited_copy (self, toggle);
  GtkWidget *attendance_row = g_object_get_data (G_OBJECT (toggle), "sv-attendance-row");

  if (edited == NULL || edited->family_invited == gtk_switch_get_active (toggle))
    return;
  edited->family_invited = gtk_switch_get_active (toggle);
  if (attendance_row != NULL)
    gtk_widget_set_sensitive (attendance_row, edited->family_invited);
  save_item (self, edited);
}

static void
on_family_attendance_cb (AdwComboRow   *row,
                         GParamSpec    *pspec,
                         SvMeetingPage *self)
{
  g_autoptr(SvAgendaItem) edited = edited_copy (self, row);

  if (edited == NULL || edited->family_attendance == (SvFamilyAttendance) adw_combo_row_get_selected (row))
    return;
  edited->family_attendance = adw_combo_row_get_selected (row);
  save_item (self, edited);
}

static void fill_item_row (SvMeetingPage  *self,
                           AdwExpanderRow *row);

static void
on_expanded_cb (AdwExpanderRow *row,
                GParamSpec     *pspec,
                SvMeetingPage  *self)
{
  g_autofree char *key = item_key ("row", get_item_id (row));

  if (adw_expander_row_get_expanded (row))
    {
      fill_item_row (self, row);
      g_hash_table_add (self->expanded, g_steal_pointer (&key));
    }
  else
    g_hash_table_remove (self->expanded, key);
}

/* ------------------------------------------------------------------------
 * Callbacks: drag and drop
 * ------------------------------------------------------------------------ */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  GtkWidget *handle = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  double row_x = 0, row_y = 0;

  gtk_widget_translate_coordinates (handle, row, x, y, &row_x, &row_y);
  g_object_set_data (G_OBJECT (source), "sv-hot-x", GINT_TO_POINTER ((int) row_x));
  g_object_set_data (G_OBJECT (source), "sv-hot-y", GINT_TO_POINTER ((int) row_y));
  return gdk_content_provider_new_typed (G_TYPE_INT64, get_item_id (row));
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable,
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (source), "sv-hot-x")),
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (source), "sv-hot-y")));
}

/* A row dropped on another takes its place: the others shift. */
static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            SvMeetingPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gint64 moved = G_VALUE_HOLDS_INT64 (value) ? g_value_get_int64 (value) : 0;
  guint to = 0;

  if (find_item (self, moved, NULL) == NULL || find_item (self, get_item_id (row), &to) == NULL)
    return FALSE;
  if (moved == get_item_id (row))
    return TRUE;
  if (!sv_store_move_agenda_item (self->store, moved, to, &error))
    {
      sv_meeting_page_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  focus = item_key ("row", moved);
  sv_meeting_page_queue_rebuild (self, focus);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Building the rows
 * ------------------------------------------------------------------------ */

static GtkWidget *
new_minutes_row (SvMeetingPage *self,
                 SvAgendaItem  *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, SV_AGENDA_MAX_PLANNED_MINUTES, 5);
  g_autofree char *label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Planned minutes"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), item->planned_minutes);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  /* TRANSLATORS: "Planned minutes for 2026-0012" */
  label = g_strdup_printf (_("Planned minutes for %s"), item->case_number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  set_item_id (spin, item->id);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_minutes_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  sv_meeting_page_set_key (self, spin, item_key ("minutes", item->id));
  return row;
}

static GtkWidget *
new_inbrenger_row (SvMeetingPage *self,
                   SvAgendaItem  *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->inbrengers)), expression);
  g_autofree char *label = NULL;
  guint selected = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Inbrenger"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The professional who brings the case in"));
  for (guint i = 0; i < self->inbrenger_ids->len; i++)
    if (g_array_index (self->inbrenger_ids, gint64, i) == item->inbrenger_id)
      selected = i;
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  /* TRANSLATORS: "Inbrenger of 2026-0012" */
  label = g_strdup_printf (_("Inbrenger of %s"), item->case_number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  set_item_id (dropdown, item->id);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_inbrenger_selected_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  sv_meeting_page_set_key (self, dropdown, item_key ("inbrenger", item->id));
  return row;
}

static GtkWidget *
new_question_row (SvMeetingPage *self,
                  SvAgendaItem  *item)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEditable *delegate;
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Question to the meeting"));
  gtk_editable_set_text (GTK_EDITABLE (row), item->question);
  /* Only now: text set before shows no apply button. */
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), SV_MAX_SHORT_CHARS);
  set_item_id (row, item->id);
  g_signal_connect (row, "apply", G_CALLBACK (on_question_apply_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_question_leave_cb), self);
  gtk_widget_add_controller (row, focus);
  sv_meeting_page_set_key (self, row, item_key ("question", item->id));
  return row;
}

static void
add_family_rows (SvMeetingPage  *self,
                 AdwExpanderRow *expander,
                 SvAgendaItem   *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  GtkWidget *attendance = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Family invited"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The household takes part in the discussion of its case"));
  gtk_switch_set_active (GTK_SWITCH (toggle), item->family_invited);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Family invited"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  set_item_id (toggle, item->id);
  g_object_set_data (G_OBJECT (toggle), "sv-attendance-row", attendance);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_family_invited_cb), self);
  sv_meeting_page_set_key (self, toggle, item_key ("family", item->id));
  adw_expander_row_add_row (expander, row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (attendance), _("Family attendance"));
  SV_COMBO_ROW_FILL (attendance, family_attendance);
  adw_combo_row_set_selected (ADW_COMBO_ROW (attendance), item->family_attendance);
  gtk_widget_set_sensitive (attendance, item->family_invited);
  set_item_id (attendance, item->id);
  g_signal_connect (attendance, "notify::selected", G_CALLBACK (on_family_attendance_cb), self);
  sv_meeting_page_set_key (self, attendance, item_key ("family-attendance", item->id));
  adw_expander_row_add_row (expander, attendance);
}

static void
on_item_button_clicked_cb (GtkWidget *button,
                           gpointer   user_data)
{
  gtk_widget_activate_action (button, g_object_get_data (G_OBJECT (button), "sv-action"), "x",
                              get_item_id (button));
}

static void
add_item_button (SvMeetingPage  *self,
                 AdwExpanderRow *row,
                 const char     *icon_name,
                 char           *tooltip,  /* transfer full */
                 const char     *action,
                 const char     *what,
                 gint64          id,
                 gboolean        sensitive)
{
  GtkWidget *button = sv_icon_button_new (icon_name, tooltip);

  /* Not an actionable: that would make it sensitive whenever the action
   * is enabled, also at the top or the end of the agenda. */
  g_object_set_data_full (G_OBJECT (button), "sv-action", g_strdup (action), g_free);
  set_item_id (button, id);
  g_signal_connect (button, "clicked", G_CALLBACK (on_item_button_clicked_cb), NULL);
  gtk_widget_set_sensitive (button, sensitive);
  adw_expander_row_add_action (row, button);
  sv_meeting_page_set_key (self, button, item_key (what, id));
  g_free (tooltip);
}

static void
add_move_shortcut (GtkShortcutController *controller,
                   guint                  keyval,
                   const char            *action,
                   gint64                 id)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, GDK_ALT_MASK),
                                            gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int64 (id));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The fields of an opened row, made once per row. */
static void
fill_item_row (SvMeetingPage  *self,
               AdwExpanderRow *row)
{
  SvAgendaItem *item = find_item (self, get_item_id (row), NULL);

  if (item == NULL || g_object_get_data (G_OBJECT (row), "sv-filled") != NULL)
    return;
  g_object_set_data (G_OBJECT (row), "sv-filled", GINT_TO_POINTER (TRUE));
  adw_expander_row_add_row (row, new_minutes_row (self, item));
  adw_expander_row_add_row (row, new_inbrenger_row (self, item));
  adw_expander_row_add_row (row, new_question_row (self, item));
  if (item->standing != SV_STANDING_NONE)
    {
      GtkWidget *standing = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (standing), _("Standing item"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (standing), sv_standing_reason_label (item->standing));
      gtk_widget_add_css_class (standing, "property");
      adw_expander_row_add_row (row, standing);
    }
  if (self->kind != NULL && self->kind->invites_family)
    add_family_rows (self, row, item);
  sv_widget_wrap_at_words (GTK_WIDGET (row));
}

static GtkWidget *
new_item_row (SvMeetingPage *self,
              guint          index)
{
  SvAgendaItem *item = self->items->pdata[index];
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char *key = item_key ("row", item->id);
  const char *number = item->case_number;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  set_item_id (row, item->id);
  /* Title and subtitle on a line each (the opened row shows the fields in
   * full): thirty rows of wrapping labels took much of the first frame
   * to measure. Only these two labels are in the row yet. */
  sv_widget_single_line (row);

  sv_widget_set_new_tooltip (handle, _("Drag onto another case to change the order"));
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  /* Added from the end: an expander row puts each action before the
   * others. Up, down and remove read from left to right. */
  add_item_button (self, ADW_EXPANDER_ROW (row), "list-remove-symbolic",
                   g_strdup_printf (_("Take %s off the agenda"), number),
                   "meeting.remove-item", "remove", item->id, TRUE);
  /* TRANSLATORS: button tooltips, "Move 2026-0012 down (Alt+Down)" */
  add_item_button (self, ADW_EXPANDER_ROW (row), "go-down-symbolic",
                   g_strdup_printf (_("Move %s down (Alt+Down)"), number),
                   "meeting.move-down", "down", item->id, index + 1 < self->items->len);
  add_item_button (self, ADW_EXPANDER_ROW (row), "go-up-symbolic", g_strdup_printf (_("Move %s up (Alt+Up)"), number),
                   "meeting.move-up", "up", item->id, index > 0);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Up, "meeting.move-up", item->id);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Up, "meeting.move-up", item->id);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_Down, "meeting.move-down", item->id);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), GDK_KEY_KP_Down, "meeting.move-down", item->id);
  gtk_widget_add_controller (row, shortcuts);

  /* The fields below come when the row is first opened: a closed row
   * costs its header only, to build and to measure. */
  if (g_hash_table_contains (self->expanded, key))
    {
      fill_item_row (self, ADW_EXPANDER_ROW (row));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded_cb), self);
  sv_meeting_page_set_key (self, row, g_steal_pointer (&key));
  return row;
}

static GtkWidget *
new_closed_row (SvMeetingPage *self,
                guint          index)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  set_item_id (row, ((SvAgendaItem *) self->items->pdata[index])->id);
  return row;
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sv_meeting_page_move_item (SV_MEETING_PAGE (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sv_meeting_page_move_item (SV_MEETING_PAGE (widget), g_variant_get_int64 (parameter), 1);
}

static void
on_undo_remove_cb (AdwToast      *toast,
                   SvMeetingPage *self)
{
  SvAgendaItem *removed = g_object_get_data (G_OBJECT (toast), "sv-item");
  g_autoptr(SvAgendaItem) again = sv_agenda_item_copy (removed);
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;

  /* In again with what was filled in, at its old place. */
  again->id = 0;
  if (!sv_store_save_agenda_item (self->store, again, &error) ||
      !sv_store_move_agenda_item (self->store, again->id, removed->position, &error))
    {
      sv_meeting_page_show_error (GTK_WIDGET (self), error);
      return;
    }
  focus = item_key ("row", again->id);
  sv_meeting_page_queue_rebuild (self, focus);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *message = NULL;
  SvAgendaItem *item;
  AdwToast *toast;
  guint index;

  item = find_item (self, id, &index);
  if (item == NULL)
    return;
  /* The focus goes to the case after it, or before it. */
  if (index + 1 < self->items->len)
    focus = item_key ("row", ((SvAgendaItem *) self->items->pdata[index + 1])->id);
  else if (index > 0)
    focus = item_key ("row", ((SvAgendaItem *) self->items->pdata[index - 1])->id);
  else
    focus = g_strdup ("add-case");
  item = sv_agenda_item_copy (item);
  if (!sv_store_delete_agenda_item (self->store, id, &error))
    {
      sv_agenda_item_free (item);
      sv_meeting_page_show_error (widget, error);
      return;
    }
  sv_meeting_page_queue_rebuild (self, focus);

  /* TRANSLATORS: "2026-0012 taken off the agenda" */
  message = g_strdup_printf (_("%s taken off the agenda"), item->case_number);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "sv-item", item, (GDestroyNotify) sv_agenda_item_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  sv_add_toast (widget, toast);
}

/* ------------------------------------------------------------------------
 * Shared with the page
 * ------------------------------------------------------------------------ */

gboolean
sv_meeting_page_move_item (SvMeetingPage *self,
                           gint64         item_id,
                           int            delta)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  guint index;
  int to;

  if (find_item (self, item_id, &index) == NULL || !self->editable)
    return FALSE;
  to = (int) index + delta;
  if (to < 0 || to >= (int) self->items->len)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  /* Where the focus was (a button of the row, the row) it stays, with the
   * case in its new place. */
  focus = sv_meeting_page_dup_focused_key (self);
  if (focus == NULL)
    focus = item_key ("row", item_id);
  if (!sv_store_move_agenda_item (self->store, item_id, (guint) to, &error))
    {
      sv_meeting_page_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  sv_meeting_page_queue_rebuild (self, focus);
  return TRUE;
}

void
sv_meeting_page_update_schedule (SvMeetingPage *self)
{
  g_autofree char *until = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *text = NULL;
  int end, meeting_end;
  int planned = 0;

  if (self->meeting == NULL || self->items == NULL || self->items->len == 0)
    {
      gtk_widget_set_visible (self->schedule_box, FALSE);
      return;
    }
  end = sv_agenda_schedule (self->meeting, self->items, NULL);
  planned = end - self->meeting->start_minutes;
  meeting_end = sv_meeting_end_minutes (self->meeting);
  until = sv_minutes_format (end);
  ends = sv_minutes_format (meeting_end);
  if (end <= meeting_end)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* TRANSLATORS: "95 minutes planned, until 15:35; the meeting ends at 16:00." */
                                         "%d minute planned, until %s; the meeting ends at %s.",
                                         "%d minutes planned, until %s; the meeting ends at %s.", planned),
                            planned, until, ends);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* TRANSLATORS: "The agenda runs until 16:25, 25 minutes past the end of the meeting at 16:00. …" */
                                         "The agenda runs until %s, %d minute past the end of the meeting at %s. Plan fewer minutes, or move a case to another meeting.",
                                         "The agenda runs until %s, %d minutes past the end of the meeting at %s. Plan fewer minutes, or move a case to another meeting.",
                                         end - meeting_end),
                            until, end - meeting_end, ends);
  gtk_label_set_text (self->schedule_label, text);
  gtk_widget_set_visible (self->schedule_icon, end > meeting_end);
  if (end > meeting_end)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->schedule_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->schedule_label), "dim-label");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->schedule_label), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->schedule_label), "warning");
    }
  gtk_widget_set_visible (self->schedule_box, TRUE);
}

/* The rows from the first not yet made to the end. */
static void
add_item_rows (SvMeetingPage *self,
               guint          end)
{
  for (guint i = self->item_rows->len; i < MIN (end, self->items->len); i++)
    {
      GtkWidget *row = self->editable ? new_item_row (self, i) : new_closed_row (self, i);

      g_ptr_array_add (self->item_rows, g_object_ref (row));
      sv_group_add_row (self->agenda_group, row);
    }
}

/* @n_rows: how many rows to make now; the rest come with
 * sv_meeting_page_fill_agenda_rest(). */
void
sv_meeting_page_fill_agenda (SvMeetingPage *self,
                             guint          n_rows)
{
  sv_group_clear_rows (self->agenda_group);
  g_ptr_array_set_size (self->item_rows, 0);
  sv_meeting_page_set_key (self, self->add_case_button, g_strdup ("add-case"));
  if (self->editable)
    load_inbrengers (self);
  if (self->items->len == 0)
    sv_group_add_row (self->agenda_group,
                      sv_meeting_page_empty_row (self->editable
                                                 ? _("No cases on the agenda yet. Add a case, or one of the standing items the rules propose.")
                                                 : _("No cases were on the agenda.")));
  add_item_rows (self, n_rows);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.move-up", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.move-down", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.remove-item", self->editable);
  refresh_rows (self);
}

void
sv_meeting_page_fill_agenda_rest (SvMeetingPage *self)
{
  guint made = self->item_rows->len;

  if (made >= self->items->len)
    return;
  add_item_rows (self, self->items->len);
  refresh_rows (self);
  for (guint i = made; i < self->item_rows->len; i++)
    sv_widget_wrap_at_words (self->item_rows->pdata[i]);
}

void
sv_meeting_page_install_agenda_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "meeting.remove-item", "x", remove_item_action);
}
