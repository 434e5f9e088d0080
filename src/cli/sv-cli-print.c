/* sv-cli-print.c: `samenveilig --export-overview` and `--export-agenda` —
 * the printed overview and the meeting's agenda or minutes as PDF without
 * a display, drawn by the very code the printer uses. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-cli.h"
#include "sv-cli-private.h"
#include "sv-agenda-draw.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-overview-draw.h"
#include "sv-print-pdf.h"

enum {
  EXIT_DONE = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

static gboolean
parse_bound (const char  *text,
             const char  *option,
             GDate       *out,
             GError     **error)
{
  g_autoptr(GError) local = NULL;

  g_date_clear (out, 1);
  if (text == NULL)
    return TRUE;
  if (!sv_date_parse_user (text, out, &local))
    {
      /* TRANSLATORS: "--journal-from: There is no month 13: months run from 1 to 12" */
      g_set_error (error, local->domain, local->code, "%s: %s", option, local->message);
      return FALSE;
    }
  return TRUE;
}

int
sv_cli_export_overview (const char *database,
                        const char *case_ref,
                        const char *output_path,
                        gboolean    initials,
                        gboolean    with_journal,
                        const char *journal_from,
                        const char *journal_to,
                        gboolean    without_card,
                        gboolean    confirm_no_consent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvWorkdays) workdays = NULL;
  g_autoptr(SvOverview) overview = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *title = NULL;
  PangoContext *context;
  SvOverviewOptions options;
  SvPageGeometry geometry;
  GDate today;
  gint64 case_id;
  guint n_pages;

  if (case_ref == NULL || *case_ref == '\0')
    {
      g_printerr ("samenveilig: %s\n", _("--export-overview needs the number of a case, e.g. 2026-0012."));
      return EXIT_USAGE;
    }
  if (output_path == NULL || *output_path == '\0')
    {
      g_printerr ("samenveilig: %s\n", _("--export-overview needs --output and the name of the PDF file to write."));
      return EXIT_USAGE;
    }

  sv_overview_options_init (&options);
  options.names = initials ? SV_OVERVIEW_NAMES_INITIALS : SV_OVERVIEW_NAMES_FULL;
  options.with_journal = with_journal || journal_from != NULL || journal_to != NULL;
  options.with_card = !without_card;
  if (!parse_bound (journal_from, "--journal-from", &options.journal_from, &error) ||
      !parse_bound (journal_to, "--journal-to", &options.journal_to, &error))
    {
      g_printerr ("samenveilig: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (g_date_valid (&options.journal_from) && g_date_valid (&options.journal_to) &&
      g_date_compare (&options.journal_from, &options.journal_to) > 0)
    {
      g_printerr ("samenveilig: %s\n", _("--journal-from lies after --journal-to: nothing would be printed."));
      return EXIT_USAGE;
    }

  if (!(store = sv_cli_open_for_export (database, output_path, case_ref, &case_id, &error)))
    goto failed;
  if (!initials &&
      !sv_cli_check_consent (store, case_id, case_ref, confirm_no_consent, _("the case overview"), &error))
    goto failed;
  if (!sv_store_log_access (SV_STORE (store), SV_AUDIT_EXPORT, case_id,
                            initials ? (options.with_journal ? _("case overview (PDF), initials, with journal")
                                                             : _("case overview (PDF), initials"))
                                     : (options.with_journal ? _("case overview (PDF), full names, with journal")
                                                             : _("case overview (PDF), full names")),
                            &error))
    goto failed;
  workdays = sv_cli_workdays_from_settings ();
  sv_date_today (&today);
  if (!(overview = sv_overview_load (SV_STORE (store), case_id, &options, workdays, &today, &error)))
    goto failed;

  context = sv_print_pdf_context_new ();
  sv_page_geometry_a4 (&geometry);
  doc = sv_overview_doc_new (overview, context, &geometry);
  g_object_unref (context);
  n_pages = sv_print_doc_get_n_pages (doc);
  /* The case number only: the metadata is seen without opening the file. */
  title = g_strdup_printf (_("Case overview %s"), overview->case_number);
  if (!sv_print_doc_write_pdf (doc, title, output_path, &error))
    goto failed;

  /* TRANSLATORS: "Overview of case 2026-0012 (3 pages) written to overview.pdf" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Overview of case %s (%u page) written to %s",
                        "Overview of case %s (%u pages) written to %s", n_pages),
           overview->case_number, n_pages, output_path);
  g_print ("\n");
  return EXIT_DONE;

failed:
  g_printerr ("samenveilig: %s\n", error->message);
  return EXIT_FAILED;
}

/* Every case on the agenda: consent checked when names are printed, and
 * the export recorded in its audit log. */
static gboolean
log_agenda_cases (SvSqliteStore  *store,
                  gint64          meeting_id,
                  gboolean        full_names,
                  gboolean        confirmed,
                  GError        **error)
{
  g_autoptr(GPtrArray) items = sv_store_list_agenda (SV_STORE (store), meeting_id, error);

  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];
      g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (store), item->case_id, error);

      if (c == NULL)
        return FALSE;
      if (full_names && !sv_cli_check_consent (store, c->id, c->number, confirmed, _("the agenda"), error))
        return FALSE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];

      if (!sv_store_log_access (SV_STORE (store), SV_AUDIT_EXPORT, item->case_id,
                                full_names ? _("meeting agenda or minutes (PDF), full names")
                                           : _("meeting agenda or minutes (PDF), families masked"),
                                error))
        return FALSE;
    }
  return TRUE;
}

int
sv_cli_export_agenda (const char *database,
                      const char *meeting_ref,
                      const char *output_path,
                      gboolean    full_names,
                      gboolean    confirm_no_consent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvAgendaPrint) agenda = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *title = NULL;
  PangoContext *context;
  SvPageGeometry geometry;
  GDate today;
  gint64 unused, meeting_id;
  guint n_pages;

  if (meeting_ref == NULL || *meeting_ref == '\0')
    {
      g_printerr ("samenveilig: %s\n", _("--export-agenda needs the meeting, e.g. \"LEJO 2026-11-24\"."));
      return EXIT_USAGE;
    }
  if (output_path == NULL || *output_path == '\0')
    {
      g_printerr ("samenveilig: %s\n", _("--export-agenda needs --output and the name of the PDF file to write."));
      return EXIT_USAGE;
    }

  if (!(store = sv_cli_open_for_export (database, output_path, NULL, &unused, &error)))
    goto failed;
  meeting_id = sv_agenda_print_find_meeting (SV_STORE (store), meeting_ref, &error);
  if (error != NULL)
    goto failed;
  if (meeting_id == 0)
    {
      g_set_error (&error, SV_ERROR, SV_ERROR_NOT_FOUND,
                   /* TRANSLATORS: "There is no meeting “LEJO 2026-11-25”. Name it by its kind and date, …" */
                   _("There is no meeting “%s”. Name it by its kind and date, e.g. “LEJO 2026-11-24”, "
                     "or by the UID of its calendar event. Nothing was exported."),
                   meeting_ref);
      goto failed;
    }
  if (!log_agenda_cases (store, meeting_id, full_names, confirm_no_consent, &error))
    goto failed;
  sv_date_today (&today);
  if (!(agenda = sv_agenda_print_load (SV_STORE (store), meeting_id,
                                       full_names ? SV_AGENDA_NAMES_FULL : SV_AGENDA_NAMES_MASKED,
                                       &today, &error)))
    goto failed;

  context = sv_print_pdf_context_new ();
  sv_page_geometry_a4 (&geometry);
  doc = sv_agenda_doc_new (agenda, context, &geometry);
  g_object_unref (context);
  n_pages = sv_print_doc_get_n_pages (doc);
  title = sv_agenda_doc_title (agenda);
  if (!sv_print_doc_write_pdf (doc, title, output_path, &error))
    goto failed;

  /* TRANSLATORS: "Agenda LEJO 24-11-2026 (2 pages) written to agenda.pdf" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s (%u page) written to %s", "%s (%u pages) written to %s", n_pages),
           title, n_pages, output_path);
  g_print ("\n");
  return EXIT_DONE;

failed:
  g_printerr ("samenveilig: %s\n", error->message);
  return EXIT_FAILED;
}
