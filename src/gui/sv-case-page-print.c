/* sv-case-page-print.c: printing the overview of the case shown (Ctrl+P)
 * and its preview — the document of sv-overview-draw.c, the same as the
 * PDF of `samenveilig --export-overview`. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-gui-util.h"
#include "sv-overview-draw.h"
#include "sv-print-operation.h"
#include "sv-share-guard.h"

/* What the print needs from the page, kept apart from it: the print
 * dialog and the preview may outlive the page. */
typedef struct {
  SvStore    *store;
  gint64      case_id;
  char       *printed_by;
  SvWorkdays *workdays;
  gboolean    names_confirmed;  /* shared with names without consent, recorded */
} CasePrint;

static void
case_print_free (gpointer data)
{
  CasePrint *job = data;

  g_object_unref (job->store);
  g_free (job->printed_by);
  sv_workdays_unref (job->workdays);
  g_free (job);
}

static SvPrintDoc *
build_overview (PangoContext            *context,
                const SvPageGeometry    *geometry,
                const SvOverviewOptions *choices,
                gpointer                 user_data,
                GError                 **error)
{
  CasePrint *job = user_data;
  g_autoptr(SvOverview) overview = NULL;
  GDate today;

  /* Names chosen in the dialog after the question was answered with
   * initials, or without a question: not without consent. */
  if (choices->names == SV_OVERVIEW_NAMES_FULL && !job->names_confirmed &&
      sv_share_guard_needed (job->store, job->case_id))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("The residents have not given consent to share their names: print with initials, "
                             "or choose Print Overview again and confirm sharing with names."));
      return NULL;
    }
  if (!sv_store_log_access (job->store, SV_AUDIT_PRINT, job->case_id,
                            choices->names == SV_OVERVIEW_NAMES_FULL
                              ? (choices->with_journal ? _("case overview, full names, with journal")
                                                       : _("case overview, full names"))
                              : (choices->with_journal ? _("case overview, initials, with journal")
                                                       : _("case overview, initials")),
                            error))
    return NULL;
  sv_date_today (&today);
  /* Read when printed: what was changed since the dialog opened is in. */
  if (!(overview = sv_overview_load (job->store, job->case_id, choices, job->workdays, &today, error)))
    return NULL;
  g_free (overview->printed_by);
  overview->printed_by = g_strdup (job->printed_by);
  return sv_overview_doc_new (overview, context, geometry);
}

static SvPrintOperation *
new_print_operation (SvCasePage *self,
                     gboolean    names_confirmed)
{
  CasePrint *job;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SV_IS_CASE_PAGE (self), NULL);
  g_return_val_if_fail (self->record != NULL, NULL);

  job = g_new0 (CasePrint, 1);
  job->store = g_object_ref (self->store);
  job->case_id = self->case_id;
  job->printed_by = sv_dup_user_name (self->settings);
  job->workdays = sv_workdays_from_settings (self->settings);
  job->names_confirmed = names_confirmed;
  /* TRANSLATORS: the name of a print job and of its PDF file; no spaces */
  name = g_strdup_printf (_("case-overview-%s"), self->record->number);
  return sv_print_operation_new (name, build_overview, job, case_print_free);
}

SvPrintOperation *
sv_case_page_new_print_operation (SvCasePage *self)
{
  return new_print_operation (self, FALSE);
}

typedef struct {
  SvCasePage              *page;   /* weak pointer */
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

  if (choice == SV_SHARE_CANCEL || pending->page == NULL || pending->page->record == NULL)
    return;
  operation = new_print_operation (pending->page, choice == SV_SHARE_FULL_NAMES);
  if (choice == SV_SHARE_MASKED)
    sv_print_operation_set_names (operation, SV_OVERVIEW_NAMES_INITIALS);
  sv_print_operation_run_for (operation, GTK_WIDGET (pending->page), pending->action);
}

void
sv_case_page_print (SvCasePage              *self,
                    GtkPrintOperationAction  action)
{
  PendingPrint *pending;

  if (self->record == NULL)
    return;
  /* The question comes before the print dialog: that dialog cannot wait
   * for an answer once it has been closed with Print. */
  pending = g_new0 (PendingPrint, 1);
  g_set_weak_pointer (&pending->page, self);
  pending->action = action;
  sv_share_guard_confirm (GTK_WIDGET (self), self->store, self->case_id, _("the case overview"),
                          _("Print With _Initials"), on_share_answered_cb, pending, pending_print_free);
}
