/* sv-meeting-page-attendance.c: who is expected at the meeting — the
 * fixed core for the whole meeting (the store adds it when the meeting is
 * planned) and organisations invited for one case — with whether they came
 * and who attended. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"
#include "sv-meeting-page-private.h"
#include "sv-validate.h"

#define RECORD_DATA "sv-attendance"
#define ROW_DATA    "sv-attendance-row"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static SvAgendaItem *
item_by_id (SvMeetingPage *self,
            gint64         id,
            guint         *out_index)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (((SvAgendaItem *) self->items->pdata[i])->id == id)
      {
        if (out_index != NULL)
          *out_index = i;
        return self->items->pdata[i];
      }
  return NULL;
}

/* The fixed core first, then guests of the whole meeting, then those
 * invited for a case in the order of the agenda. */
static guint
rank (SvMeetingPage      *self,
      const SvAttendance *a)
{
  guint index = 0;

  if (a->agenda_item_id == 0)
    return a->circle == SV_MEETING_CIRCLE_VASTE_KERN ? 0 : 1;
  return item_by_id (self, a->agenda_item_id, &index) != NULL ? 2 + index : G_MAXUINT;
}

static int
compare_attendance (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  SvMeetingPage *self = user_data;
  const SvAttendance *x = *(SvAttendance **) a, *y = *(SvAttendance **) b;
  guint rx = rank (self, x), ry = rank (self, y);

  if (rx != ry)
    return rx < ry ? -1 : 1;
  return g_utf8_collate (x->organisation_name, y->organisation_name);
}

/* "Fixed core", or the case an organisation is invited for. */
static char *
attendance_subtitle (SvMeetingPage      *self,
                     const SvAttendance *a)
{
  SvAgendaItem *item = a->agenda_item_id != 0 ? item_by_id (self, a->agenda_item_id, NULL) : NULL;

  if (item == NULL)
    return g_strdup (sv_meeting_circle_label (a->circle));
  /* TRANSLATORS: "Flexible shell, invited for 2026-0012 · Gezin Jansen" */
  return g_strdup_printf (_("%s, invited for %s · %s"), sv_meeting_circle_label (a->circle), item->case_number,
                          sv_meeting_page_household (self, item->case_id));
}

/* Writes a changed record of @row; a refused write brings back what is
 * stored. */
static void
save_record (SvMeetingPage *self,
             GtkWidget     *row,
             SvAttendance  *edited)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->quiet = TRUE;
  ok = sv_store_save_attendance (self->store, edited, &error);
  self->quiet = FALSE;
  if (!ok)
    {
      sv_meeting_page_show_error (GTK_WIDGET (self), error);
      sv_meeting_page_queue_rebuild (self, NULL);
      return;
    }
  g_object_set_data_full (G_OBJECT (row), RECORD_DATA, sv_attendance_copy (edited),
                          (GDestroyNotify) sv_attendance_free);
}

static SvAttendance *
record_of (SvMeetingPage *self,
           GtkWidget     *row)
{
  SvAttendance *a = g_object_get_data (G_OBJECT (row), RECORD_DATA);

  return a != NULL && !self->rebuilding ? sv_attendance_copy (a) : NULL;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_status_selected_cb (GtkDropDown   *dropdown,
                       GParamSpec    *pspec,
                       SvMeetingPage *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (dropdown), ROW_DATA);
  g_autoptr(SvAttendance) edited = record_of (self, row);

  if (edited == NULL || edited->status == (SvAttendanceStatus) gtk_drop_down_get_selected (dropdown))
    return;
  edited->status = gtk_drop_down_get_selected (dropdown);
  save_record (self, row, edited);
}

static void
save_attendee (SvMeetingPage *self,
               GtkEntry      *entry)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), ROW_DATA);
  g_autoptr(SvAttendance) edited = record_of (self, row);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (edited == NULL || g_strcmp0 (edited->attendee, text) == 0)
    return;
  g_free (edited->attendee);
  edited->attendee = g_steal_pointer (&text);
  save_record (self, row, edited);
}

static void
on_attendee_activate_cb (GtkEntry      *entry,
                         SvMeetingPage *self)
{
  save_attendee (self, entry);
}

/* A name typed is kept when the focus moves on, also without Enter. */
static void
on_attendee_leave_cb (GtkEventControllerFocus *focus,
                      SvMeetingPage           *self)
{
  save_attendee (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

/* ------------------------------------------------------------------------
 * Building the rows
 * ------------------------------------------------------------------------ */

static GtkWidget *
new_status_dropdown (SvMeetingPage      *self,
                     const SvAttendance *a,
                     GtkWidget          *row)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *label = NULL;
  GtkWidget *dropdown;

  for (guint i = 0; i < sv_attendance_count (); i++)
    gtk_string_list_append (labels, sv_attendance_label (i));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), a->status);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dropdown, "flat");
  /* TRANSLATORS: "Attendance of Politie" */
  label = g_strdup_printf (_("Attendance of %s"), a->organisation_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (dropdown), ROW_DATA, row);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_status_selected_cb), self);
  sv_meeting_page_set_key (self, dropdown, g_strdup_printf ("status:%" G_GINT64_FORMAT, a->id));
  return dropdown;
}

static GtkWidget *
new_attendance_row (SvMeetingPage      *self,
                    const SvAttendance *a)
{
  g_autofree char *subtitle = attendance_subtitle (self, a);
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->organisation_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), RECORD_DATA, sv_attendance_copy (a), (GDestroyNotify) sv_attendance_free);

  gtk_editable_set_text (GTK_EDITABLE (entry), a->attendee);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Who attends"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), SV_MAX_NAME_CHARS);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 14);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  /* TRANSLATORS: "Who attends for Politie" */
  label = g_strdup_printf (_("Who attends for %s"), a->organisation_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (entry), ROW_DATA, row);
  g_signal_connect (entry, "activate", G_CALLBACK (on_attendee_activate_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_attendee_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  sv_meeting_page_set_key (self, entry, g_strdup_printf ("attendee:%" G_GINT64_FORMAT, a->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_status_dropdown (self, a, row));

  /* The fixed core stays on the list; a guest can be taken off. */
  if (a->circle != SV_MEETING_CIRCLE_VASTE_KERN)
    {
      /* TRANSLATORS: "Take Karakter off the attendance list" */
      g_autofree char *tooltip = g_strdup_printf (_("Take %s off the attendance list"), a->organisation_name);
      GtkWidget *remove = sv_icon_button_new ("list-remove-symbolic", tooltip);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "meeting.remove-guest");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), g_variant_new_int64 (a->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      sv_meeting_page_set_key (self, remove, g_strdup_printf ("remove-guest:%" G_GINT64_FORMAT, a->id));
    }
  return row;
}

static GtkWidget *
new_closed_attendance_row (SvMeetingPage      *self,
                           const SvAttendance *a)
{
  g_autofree char *circle = attendance_subtitle (self, a);
  g_autofree char *subtitle = *a->attendee != '\0'
                              /* TRANSLATORS: attendance · who · circle, "Present · Jan de Wit · Fixed core" */
                              ? g_strdup_printf (_("%s · %s · %s"), sv_attendance_label (a->status), a->attendee, circle)
                              /* TRANSLATORS: attendance · circle, "Absent · Fixed core" */
                              : g_strdup_printf (_("%s · %s"), sv_attendance_label (a->status), circle);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->organisation_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* The cases and organisations the invite popover offers: the flexible
 * shell of the meeting's kind first, then any other organisation that is
 * not in its fixed core. */
static void
fill_invite (SvMeetingPage *self)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) orgs = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *hint = NULL;

  g_clear_pointer (&self->invite_item_ids, g_array_unref);
  g_clear_pointer (&self->invite_org_ids, g_array_unref);
  self->invite_item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->invite_org_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->items->len; i++)
    {
      SvAgendaItem *item = self->items->pdata[i];
      /* TRANSLATORS: case number · household, "2026-0012 · Gezin Jansen" */
      g_autofree char *label = g_strdup_printf (_("%s · %s"), item->case_number,
                                                sv_meeting_page_household (self, item->case_id));

      gtk_string_list_append (items, label);
      g_array_append_val (self->invite_item_ids, item->id);
    }

  participants = self->kind != NULL ? sv_store_list_meeting_participants (self->store, self->kind->id, NULL) : NULL;
  for (guint pass = 0; pass < 2 && participants != NULL; pass++)
    for (guint i = 0; i < participants->len; i++)
      {
        SvMeetingParticipant *p = participants->pdata[i];

        /* The fixed core is expected anyway: it is not offered. */
        if (pass == 0 && p->circle == SV_MEETING_CIRCLE_VASTE_KERN)
          g_hash_table_add (listed, &p->organisation_id);
        if (pass == 1 && p->circle == SV_MEETING_CIRCLE_FLEXIBELE_SCHIL &&
            !g_hash_table_contains (listed, &p->organisation_id))
          {
            gtk_string_list_append (orgs, p->organisation_name);
            g_array_append_val (self->invite_org_ids, p->organisation_id);
            g_hash_table_add (listed, &p->organisation_id);
          }
      }
  organisations = sv_store_list_organisations (self->store, NULL);
  for (guint i = 0; organisations != NULL && i < organisations->len; i++)
    {
      SvOrganisation *o = organisations->pdata[i];

      if (g_hash_table_contains (listed, &o->id))
        continue;
      gtk_string_list_append (orgs, o->name);
      g_array_append_val (self->invite_org_ids, o->id);
    }

  gtk_drop_down_set_model (self->invite_item_dropdown, G_LIST_MODEL (items));
  gtk_drop_down_set_model (self->invite_org_dropdown, G_LIST_MODEL (orgs));
  if (self->items->len == 0)
    hint = g_strdup (_("Put a case on the agenda first."));
  else if (self->kind != NULL)
    /* TRANSLATORS: "The flexible shell of LEJO comes first; any other organisation can be chosen too." */
    hint = g_strdup_printf (_("The flexible shell of %s comes first; any other organisation can be chosen too."),
                            self->kind->code);
  gtk_label_set_text (self->invite_hint, hint != NULL ? hint : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.invite",
                                 self->editable && self->invite_item_ids->len > 0 && self->invite_org_ids->len > 0);
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  guint item = gtk_drop_down_get_selected (self->invite_item_dropdown);
  guint org = gtk_drop_down_get_selected (self->invite_org_dropdown);
  g_autoptr(SvAttendance) a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;

  if (self->meeting == NULL || item >= self->invite_item_ids->len || org >= self->invite_org_ids->len)
    return;
  a = sv_attendance_new ();
  a->meeting_id = self->meeting->id;
  a->agenda_item_id = g_array_index (self->invite_item_ids, gint64, item);
  a->organisation_id = g_array_index (self->invite_org_ids, gint64, org);
  a->circle = SV_MEETING_CIRCLE_FLEXIBELE_SCHIL;
  a->status = SV_ATTENDANCE_VERWACHT;
  if (!sv_store_save_attendance (self->store, a, &error))
    {
      sv_meeting_page_show_error (widget, error);
      return;
    }
  gtk_popover_popdown (self->invite_popover);
  focus = g_strdup_printf ("attendee:%" G_GINT64_FORMAT, a->id);
  sv_meeting_page_queue_rebuild (self, focus);
}

static void
remove_guest_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SvMeetingPage *self = SV_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!sv_store_delete_attendance (self->store, g_variant_get_int64 (parameter), &error))
    {
      sv_meeting_page_show_error (widget, error);
      return;
    }
  sv_meeting_page_queue_rebuild (self, "invite");
}

/* ------------------------------------------------------------------------
 * Shared with the page
 * ------------------------------------------------------------------------ */

void
sv_meeting_page_fill_attendance (SvMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sv_store_list_attendance (self->store, self->meeting->id, &error);

  sv_group_clear_rows (self->attendance_group);
  sv_meeting_page_set_key (self, self->invite_button, g_strdup ("invite"));
  if (self->editable)
    fill_invite (self);
  if (list == NULL || list->len == 0)
    {
      sv_group_add_row (self->attendance_group,
                        sv_meeting_page_empty_row (list == NULL ? error->message
                                                                : _("No organisation is expected yet.")));
      return;
    }
  g_ptr_array_sort_with_data (list, compare_attendance, self);
  for (guint i = 0; i < list->len; i++)
    {
      SvAttendance *a = list->pdata[i];

      sv_group_add_row (self->attendance_group,
                        self->editable ? new_attendance_row (self, a) : new_closed_attendance_row (self, a));
    }
}

void
sv_meeting_page_install_attendance_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.invite", NULL, invite_action);
  gtk_widget_class_install_action (widget_class, "meeting.remove-guest", "x", remove_guest_action);
}
