/* sv-meeting-page-print.c: printing the meeting shown (Ctrl+P) — its
 * agenda, or its minutes once it has begun — and the preview
 * (Ctrl+Shift+P): the document of sv-agenda-draw.c, the same as the PDF of
 * `samenveilig --export-agenda`. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-agenda-draw.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-error.h"
#include "sv-meeting-page-private.h"
#include "sv-share-guard.h"

/* An agenda is mailed around: masked unless the user chose names for it.
 * Remembered apart from the overview's choice. */
static const SvPrintNamesChoice agenda_choice = {
  "agenda-names", SV_OVERVIEW_NAMES_INITIALS,
  N_("_Full names, only for those taking part in the meeting"),
  N_("_Families masked as “Family A” and roles, for an agenda that is sent around"),
  N_("Full Names"), N_("Families Masked"),
};

/* What the print needs from the page, kept apart from it: the print
 * dialog and the preview may outlive the page. */
typedef struct {
  SvStore *store;
  gint64   meeting_id;
  char    *printed_by;
  gboolean names_confirmed;  /* families without consent shared with names, recorded */
} MeetingPrint;

static void
meeting_print_free (gpointer data)
{
  MeetingPrint *job = data;

  g_object_unref (job->store);
  g_free (job->printed_by);
  g_free (job);
}

static SvPrintDoc *
build_agenda (PangoContext            *context,
              const SvPageGeometry    *geometry,
              const SvOverviewOptions *choices,
              gpointer                 user_data,
              GError                 **error)
{
  MeetingPrint *job = user_data;
  g_autoptr(SvAgendaPrint) agenda = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean full = choices->names == SV_OVERVIEW_NAMES_FULL;
  GDate today;

  /* Every case on it: consent checked for names, the print recorded. */
  if (!(items = sv_store_list_agenda (job->store, job->meeting_id, error)))
    return NULL;
  for (guint i = 0; full && !job->names_confirmed && i < items->len; i++)
    if (sv_share_guard_needed (job->store, ((SvAgendaItem *) items->pdata[i])->case_id))
      {
        g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                             _("Not every family on the agenda has given consent to share their names: print with "
                               "the families masked, or choose Print again and confirm sharing with names."));
        return NULL;
      }
  for (guint i = 0; i < items->len; i++)
    if (!sv_store_log_access (job->store, SV_AUDIT_PRINT, ((SvAgendaItem *) items->pdata[i])->case_id,
                              full ? _("meeting agenda or minutes, full names")
                                   : _("meeting agenda or minutes, families masked"),
                              error))
      return NULL;
  sv_date_today (&today);
  /* Read when printed: what was changed since the dialog opened is in. */
  agenda = sv_agenda_print_load (job->store, job->meeting_id,
                                 choices->names == SV_OVERVIEW_NAMES_FULL ? SV_AGENDA_NAMES_FULL : SV_AGENDA_NAMES_MASKED,
                                 &today, error);
  if (agenda == NULL)
    return NULL;
  g_free (agenda->printed_by);
  agenda->printed_by = g_strdup (job->printed_by);
  return sv_agenda_doc_new (agenda, context, geometry);
}

static SvPrintOperation *
new_print_operation (SvMeetingPage *self,
                     gboolean       names_confirmed)
{
  MeetingPrint *job;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  SvPrintOperation *operation;

  g_return_val_if_fail (SV_IS_MEETING_PAGE (self), NULL);
  g_return_val_if_fail (self->meeting != NULL, NULL);

  job = g_new0 (MeetingPrint, 1);
  job->store = g_object_ref (self->store);
  job->meeting_id = self->meeting->id;
  job->printed_by = sv_dup_user_name (self->settings);
  job->names_confirmed = names_confirmed;
  date = sv_date_to_iso (&self->meeting->date);
  name = self->meeting->status == SV_MEETING_STATUS_GEPLAND
         /* TRANSLATORS: the name of a print job and of its PDF file; no spaces: "agenda-LEJO-2026-11-24" */
         ? g_strdup_printf (_("agenda-%s-%s"), self->meeting->kind_code, date)
         /* TRANSLATORS: the name of a print job and of its PDF file; no spaces: "notulen-LEJO-2026-11-24" */
         : g_strdup_printf (_("minutes-%s-%s"), self->meeting->kind_code, date);
  operation = sv_print_operation_new (name, build_agenda, job, meeting_print_free);
  sv_print_operation_set_names_choice (operation, &agenda_choice);
  return operation;
}

SvPrintOperation *
sv_meeting_page_new_print_operation (SvMeetingPage *self)
{
  return new_print_operation (self, FALSE);
}

typedef struct {
  SvMeetingPage           *page;   /* weak pointer */
  GtkPrintOperationAction  action;
} PendingPrint;

static void
pending_print_free (gpointer data)
{
  PendingPrint *pending = data;

  g_clear_weak_pointer (&pending->page);
  g_free (pending);
}

static void
on_share_answered_cb (SvShareChoice choice,
                      gpointer      user_data)
{
  PendingPrint *pending = user_data;
  g_autoptr(SvPrintOperation) operation = NULL;

  if (choice == SV_SHARE_CANCEL || pending->page == NULL || pending->page->meeting == NULL)
    return;
  operation = new_print_operation (pending->page, choice == SV_SHARE_FULL_NAMES);
  if (choice == SV_SHARE_MASKED)
    sv_print_operation_set_names (operation, SV_OVERVIEW_NAMES_INITIALS);
  sv_print_operation_run_for (operation, GTK_WIDGET (pending->page), pending->action);
}

static void
print_meeting (SvMeetingPage           *self,
               GtkPrintOperationAction  action)
{
  g_autoptr(SvPrintOperation) operation = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) ids = NULL;
  PendingPrint *pending;

  if (self->meeting == NULL)
    return;
  /* Masked (the agenda's default and remembered choice): no question. */
  operation = sv_meeting_page_new_print_operation (self);
  if (sv_print_operation_get_names (operation) != SV_OVERVIEW_NAMES_FULL ||
      !(items = sv_store_list_agenda (self->store, self->meeting->id, NULL)))
    {
      sv_print_operation_run_for (operation, GTK_WIDGET (self), action);
      return;
    }
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < items->len; i++)
    g_array_append_val (ids, ((SvAgendaItem *) items->pdata[i])->case_id);
  pending = g_new0 (PendingPrint, 1);
  g_set_weak_pointer (&pending->page, self);
  pending->action = action;
  sv_share_guard_confirm_cases (GTK_WIDGET (self), self->store, (const gint64 *) (gpointer) ids->data, ids->len,
                                _("the agenda"), _("Print With Families _Masked"),
                                on_share_answered_cb, pending, pending_print_free);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_meeting (SV_MEETING_PAGE (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static void
print_preview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  print_meeting (SV_MEETING_PAGE (widget), GTK_PRINT_OPERATION_ACTION_PREVIEW);
}

void
sv_meeting_page_install_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "meeting.print-preview", NULL, print_preview_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meeting.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meeting.print-preview", NULL);
}
