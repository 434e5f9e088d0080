/* sv-meeting-editor.c: the form of a dated meeting.
 *
 * A new regular meeting is proposed from the kind's rhythm
 * (sv_meeting_propose_next); a chair who picks another day starts the
 * series anew from that day, so that the next proposal follows the new
 * weekday. An extra meeting (MDO) has no series. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"
#include "sv-meeting-editor.h"
#include "sv-meeting-plan.h"

struct _SvMeetingEditor
{
  SvFormDialog         parent_instance;

  SvStore             *store;     /* owned */
  SvMeeting           *record;    /* owned: the proposal or the stored meeting */

  AdwPreferencesGroup *kind_group;
  SvDateRow           *date_row;
  SvFieldError        *date_error;
  AdwEntryRow         *start_row;
  SvFieldError        *start_error;
  GtkSpinButton       *duration_spin;
  AdwEntryRow         *room_row;
  SvFieldError        *room_error;
};

G_DEFINE_FINAL_TYPE (SvMeetingEditor, sv_meeting_editor, SV_TYPE_FORM_DIALOG)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static gboolean
same_room (const char *a,
           const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return *g_strstrip (x) != '\0' && g_str_equal (x, g_strstrip (y));
}

/* Whether a refusal was about the room: another meeting holds it then. */
static gboolean
room_taken (SvMeetingEditor *self,
            const SvMeeting *meeting)
{
  g_autoptr(GPtrArray) others = NULL;
  GDate from = meeting->date, to = meeting->date;

  if (*meeting->room == '\0')
    return FALSE;
  g_date_subtract_days (&from, 1);
  g_date_add_days (&to, 1);
  others = sv_store_list_meetings (self->store, &from, &to, NULL);
  for (guint i = 0; others != NULL && i < others->len; i++)
    {
      const SvMeeting *other = g_ptr_array_index (others, i);

      if (other->id != meeting->id && same_room (other->room, meeting->room) &&
          sv_meeting_overlaps (other, meeting))
        return TRUE;
    }
  return FALSE;
}

static void
fill (SvMeetingEditor     *self,
      const SvMeetingKind *kind)
{
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *start = sv_minutes_format (self->record->start_minutes);
  g_autofree char *day = sv_date_format_long (&self->record->date);
  g_autofree char *description = NULL;

  /* TRANSLATORS: meeting code — name, "LEJO — Lokaal Expertiseteam Jeugd Overbetuwe" */
  title = kind != NULL ? g_strdup_printf (C_("meeting", "%s — %s"), kind->code, kind->name)
                       : g_strdup (self->record->kind_code);
  escaped = g_markup_escape_text (title, -1);
  adw_preferences_group_set_title (self->kind_group, escaped);
  if (self->record->extra)
    description = g_strdup (_("An extra meeting (MDO), outside the series."));
  else if (self->record->id != 0)
    description = g_strdup (_("Another day starts the series anew from that day."));
  else if (kind != NULL && kind->cadence_weeks == 0)
    description = g_strdup (_("This meeting has no fixed rhythm: it meets per case."));
  else
    /* TRANSLATORS: "Proposed: the next of the series, on dinsdag 8 december 2026. …" */
    description = g_strdup_printf (_("Proposed: the next of the series, on %s. Another day starts the series anew from that day."),
                                   day);
  adw_preferences_group_set_description (self->kind_group, description);

  sv_date_row_set_date (self->date_row, &self->record->date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_spin_button_set_value (self->duration_spin, self->record->duration_minutes);
  gtk_editable_set_text (GTK_EDITABLE (self->room_row), self->record->room);
}

/* ------------------------------------------------------------------------
 * SvFormDialog overrides
 * ------------------------------------------------------------------------ */

static gboolean
sv_meeting_editor_save (SvFormDialog  *dialog,
                        GError       **error)
{
  SvMeetingEditor *self = SV_MEETING_EDITOR (dialog);
  g_autoptr(SvMeeting) record = sv_meeting_copy (self->record);
  g_autoptr(GError) date_error = NULL;
  g_autoptr(GError) start_error = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *start = sv_entry_row_dup_text (self->start_row);
  gboolean ok = TRUE;

  if (!sv_date_row_get_date (self->date_row, &record->date, &date_error))
    ok = FALSE;
  sv_field_error_set_message (self->date_error, date_error != NULL ? date_error->message : NULL);
  if (!sv_minutes_parse (start, &record->start_minutes, &start_error))
    ok = FALSE;
  sv_field_error_set_message (self->start_error, start_error != NULL ? start_error->message : NULL);
  gtk_spin_button_update (self->duration_spin);
  record->duration_minutes = gtk_spin_button_get_value_as_int (self->duration_spin);
  g_free (record->room);
  record->room = sv_entry_row_dup_text (self->room_row);
  sv_field_error_set_message (self->room_error, NULL);
  if (!ok)
    return FALSE;

  /* A regular meeting moved off its proposed (or stored) day starts a
   * new series there. */
  if (record->extra)
    g_date_clear (&record->series_date, 1);
  else if (!g_date_valid (&record->series_date) || g_date_compare (&record->date, &self->record->date) != 0)
    record->series_date = record->date;

  if (!sv_store_save_meeting (self->store, record, &local))
    {
      if (room_taken (self, record))
        {
          sv_field_error_set_message (self->room_error, local->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->room_row));
          return FALSE;
        }
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  sv_meeting_free (self->record);
  self->record = g_steal_pointer (&record);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_meeting_editor_finalize (GObject *object)
{
  SvMeetingEditor *self = SV_MEETING_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->record, sv_meeting_free);
  G_OBJECT_CLASS (sv_meeting_editor_parent_class)->finalize (object);
}

static void
sv_meeting_editor_class_init (SvMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_meeting_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_meeting_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, kind_group);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, start_error);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, room_row);
  gtk_widget_class_bind_template_child (widget_class, SvMeetingEditor, room_error);
}

static void
sv_meeting_editor_init (SvMeetingEditor *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvMeetingEditor *
sv_meeting_editor_new_plan (GtkWindow           *parent,
                            SvStore             *store,
                            GSettings           *settings,
                            const SvMeetingKind *kind,
                            gboolean             extra)
{
  g_autoptr(SvWorkdays) workdays = NULL;
  g_autoptr(SvMeeting) previous = NULL;
  g_autoptr(GError) error = NULL;
  SvMeetingEditor *self;
  g_autofree char *title = NULL;
  GDate today;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  /* TRANSLATORS: dialog title, "Plan LEJO" or "Plan Extra LEVO (MDO)" */
  title = extra ? g_strdup_printf (_("Plan Extra %s (MDO)"), kind->code)
                : g_strdup_printf (_("Plan %s"), kind->code);
  self = g_object_new (SV_TYPE_MEETING_EDITOR, "transient-for", parent, "title", title, NULL);
  self->store = g_object_ref (store);
  self->record = sv_meeting_new ();
  g_free (self->record->kind_code);
  self->record->kind_code = g_strdup (kind->code);

  workdays = sv_workdays_from_settings (settings);
  sv_date_today (&today);
  if (extra)
    sv_meeting_propose_extra (kind, &today, workdays, self->record);
  else
    {
      /* The latest regular meeting of the kind, also one already planned
       * ahead: the proposal is the one after it. */
      previous = sv_store_get_previous_meeting (store, kind->id, NULL, TRUE, &error);
      if (error != NULL)
        sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
      sv_meeting_propose_next (kind, previous, &today, workdays, self->record);
      if (previous != NULL)
        {
          g_free (self->record->room);
          self->record->room = g_strdup (previous->room);
        }
    }
  sv_form_dialog_set_save_label (SV_FORM_DIALOG (self), _("_Plan"), NULL);
  fill (self, kind);
  return self;
}

SvMeetingEditor *
sv_meeting_editor_new_edit (GtkWindow *parent,
                            SvStore   *store,
                            gint64     meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  const SvMeetingKind *kind = NULL;
  SvMeetingEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_MEETING_EDITOR, "transient-for", parent, "title", _("Edit Meeting"), NULL);
  self->store = g_object_ref (store);
  self->record = sv_store_get_meeting (store, meeting_id, &error);
  if (self->record == NULL)
    {
      sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
      self->record = sv_meeting_new ();
    }
  kinds = sv_store_list_meeting_kinds (store, NULL);
  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    if (((SvMeetingKind *) kinds->pdata[i])->id == self->record->kind_id)
      kind = kinds->pdata[i];
  fill (self, kind);
  return self;
}

gint64
sv_meeting_editor_get_meeting_id (SvMeetingEditor *self)
{
  g_return_val_if_fail (SV_IS_MEETING_EDITOR (self), 0);
  return self->record->id;
}
