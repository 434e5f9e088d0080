/* sv-case-page-print.c: printing the overview of the case shown (Ctrl+P)
 * and its preview — the document of sv-overview-draw.c, the same as the
 * PDF of `samenveilig --export-overview`. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-overview-draw.h"
#include "sv-print-operation.h"

/* What the print needs from the page, kept apart from it: the print
 * dialog and the preview may outlive the page. */
typedef struct {
  SvStore    *store;
  gint64      case_id;
  char       *printed_by;
  SvWorkdays *workdays;
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

  sv_date_today (&today);
  /* Read when printed: what was changed since the dialog opened is in. */
  if (!(overview = sv_overview_load (job->store, job->case_id, choices, job->workdays, &today, error)))
    return NULL;
  g_free (overview->printed_by);
  overview->printed_by = g_strdup (job->printed_by);
  return sv_overview_doc_new (overview, context, geometry);
}

SvPrintOperation *
sv_case_page_new_print_operation (SvCasePage *self)
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
  /* TRANSLATORS: the name of a print job and of its PDF file; no spaces */
  name = g_strdup_printf (_("case-overview-%s"), self->record->number);
  return sv_print_operation_new (name, build_overview, job, case_print_free);
}

void
sv_case_page_print (SvCasePage              *self,
                    GtkPrintOperationAction  action)
{
  g_autoptr(SvPrintOperation) operation = NULL;

  if (self->record == NULL)
    return;
  operation = sv_case_page_new_print_operation (self);
  sv_print_operation_run_for (operation, GTK_WIDGET (self), action);
}
