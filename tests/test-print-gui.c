/* test-print-gui.c: printing from the case page — the GtkPrintOperation
 * exporting to PDF with the same drawing as the command line, the names
 * and journal choices, a print cancelled midway, the preview window and
 * the remembered settings. */
#include <glib/gstdio.h>
#include <string.h>

#include "sv-case-page.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting-page.h"
#include "sv-gui-test-util.h"
#include "sv-print-preview.h"
#include "sv-print-settings.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  GSettings     *settings;
  GtkWindow     *window;
  SvCasePage    *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 case_id;

  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "print.db");
  f->settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  case_id = sv_test_add_case (SV_STORE (f->store), "Gezin Testpersoon", "Zorgen over Bram");
  /* Full names go on paper only with the residents' consent. */
  {
    g_autoptr(SvConsent) consent = sv_consent_new ();

    consent->case_id = case_id;
    consent->status = SV_CONSENT_STATUS_GEGEVEN;
    g_date_set_dmy (&consent->date, 3, G_DATE_NOVEMBER, 2026);
    g_free (consent->given_by);
    consent->given_by = g_strdup ("Anna Testpersoon");
    g_assert_true (sv_store_save_consent (SV_STORE (f->store), consent, NULL));
  }
  f->window = GTK_WINDOW (gtk_window_new ());
  f->page = g_object_new (SV_TYPE_CASE_PAGE, NULL);
  sv_case_page_set_store (f->page, SV_STORE (f->store), f->settings);
  sv_case_page_set_case (f->page, case_id);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  sv_gui_test_wait (20);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static char *
export (Fixture         *f,
        SvOverviewNames  names,
        const char      *file)
{
  g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, file, NULL);
  GtkPrintOperationResult result;

  sv_print_operation_set_names (op, names);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (op), GTK_PRINT_OPERATION_ACTION_EXPORT, f->window, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  /* A PDF of a case is readable by its owner only. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  g_assert_nonnull (sv_print_operation_get_doc (op));
  g_assert_cmpuint (sv_print_doc_get_n_pages (sv_print_operation_get_doc (op)), >=, 1);
  return pdf_text (path);
}

static void
add_entry (Fixture    *f,
           int         day,
           GDateMonth  month,
           int         year,
           const char *text)
{
  g_autoptr(SvJournalEntry) e = sv_journal_entry_new ();
  g_autoptr(GError) error = NULL;

  e->case_id = sv_case_page_get_case_id (f->page);
  g_date_set_dmy (&e->date, (GDateDay) day, month, (GDateYear) year);
  g_free (e->author);
  e->author = g_strdup ("Wendy Wijkagent");
  g_free (e->text);
  e->text = g_strdup (text);
  g_assert_true (sv_store_add_journal_entry (SV_STORE (f->store), e, &error));
  g_assert_no_error (error);
}

/* Runs @op as an export to @file in the fixture's directory, expecting
 * @expected; the path. */
static char *
run_export (Fixture                 *f,
            SvPrintOperation        *op,
            const char              *file,
            GtkPrintOperationResult  expected)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, file, NULL);

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (op), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            f->window, &error), ==, expected);
  g_assert_no_error (error);
  return path;
}

static char *
export_journal (Fixture    *f,
                gboolean    with_journal,
                const char *from,
                const char *to,
                const char *file)
{
  g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
  g_autofree char *path = NULL;
  GDate dates[2];

  g_date_clear (dates, 2);
  g_assert_true (from == NULL || sv_date_from_iso (from, &dates[0]));
  g_assert_true (to == NULL || sv_date_from_iso (to, &dates[1]));
  sv_print_operation_set_journal (op, with_journal, &dates[0], &dates[1]);
  path = run_export (f, op, file, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_null (sv_print_operation_get_error (op));
  return pdf_text (path);
}

/* The journal goes in when asked for, with only the entries of its dates. */
static void
test_journal (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *off = NULL;
  g_autofree char *all = NULL;
  g_autofree char *march = NULL;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  add_entry (f, 14, G_DATE_FEBRUARY, 2024, "Huisbezoek februari gedaan");
  add_entry (f, 12, G_DATE_MARCH, 2024, "Gesprek maart op school");
  add_entry (f, 2, G_DATE_MAY, 2024, "Overleg mei met de huisarts");

  off = export_journal (f, FALSE, NULL, NULL, "off.pdf");
  g_assert_null (strstr (off, "Huisbezoek februari"));
  g_assert_null (strstr (off, "Gesprek maart"));

  all = export_journal (f, TRUE, NULL, NULL, "all.pdf");
  g_assert_nonnull (strstr (all, "Huisbezoek februari gedaan"));
  g_assert_nonnull (strstr (all, "Gesprek maart op school"));
  g_assert_nonnull (strstr (all, "Overleg mei met de huisarts"));

  march = export_journal (f, TRUE, "2024-03-01", "2024-03-31", "march.pdf");
  g_assert_nonnull (strstr (march, "Gesprek maart op school"));
  g_assert_null (strstr (march, "Huisbezoek februari"));
  g_assert_null (strstr (march, "Overleg mei"));
}

/* The dialog's tab: an impossible date is said in the tab and stops the
 * print with that message; no file is left. */
static void
test_journal_tab_wrong_date (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
  g_autoptr(GtkWidget) tab = NULL;
  g_autofree char *path = NULL;
  SvPrintJournalChooser *chooser;
  GtkWidget *w = NULL;
  GDate from;

  add_entry (f, 12, G_DATE_MARCH, 2024, "Gesprek maart op school");
  g_signal_emit_by_name (op, "create-custom-widget", &w);
  tab = g_object_ref_sink (w);
  chooser = SV_PRINT_JOURNAL_CHOOSER (gtk_widget_get_last_child (tab));
  g_assert_true (SV_IS_PRINT_JOURNAL_CHOOSER (chooser));
  sv_print_journal_chooser_set (chooser, TRUE, NULL, NULL);
  gtk_editable_set_text (sv_print_journal_chooser_get_entry (chooser, 0), "31-02-2024");
  g_signal_emit_by_name (op, "custom-widget-apply", tab);

  path = run_export (f, op, "wrong.pdf", GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_nonnull (sv_print_operation_get_error (op));
  g_assert_nonnull (strstr (sv_print_operation_get_error (op)->message, "Journal from"));
  g_assert_nonnull (strstr (sv_print_operation_get_error (op)->message, "31"));
  g_assert_null (sv_print_operation_get_doc (op));
  g_assert_cmpint (gtk_print_operation_get_status (GTK_PRINT_OPERATION (op)), ==, GTK_PRINT_STATUS_FINISHED_ABORTED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The tab said so too. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (sv_print_journal_chooser_get_entry (chooser, 0)), "error"));

  /* A start after the end is refused as well; an open end is fine. */
  {
    SvOverviewOptions choices;
    g_autoptr(GError) error = NULL;

    sv_overview_options_init (&choices);
    gtk_editable_set_text (sv_print_journal_chooser_get_entry (chooser, 0), "01-04-2024");
    gtk_editable_set_text (sv_print_journal_chooser_get_entry (chooser, 1), "1/3/2024");
    g_assert_false (sv_print_journal_chooser_get (chooser, &choices, &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
    g_assert_false (choices.with_journal);
    g_clear_error (&error);
    gtk_editable_set_text (sv_print_journal_chooser_get_entry (chooser, 1), "");
    g_assert_true (sv_print_journal_chooser_get (chooser, &choices, &error));
    g_assert_no_error (error);
    g_assert_true (choices.with_journal);
    g_assert_true (sv_date_from_iso ("2024-04-01", &from));
    g_assert_cmpint (g_date_compare (&choices.journal_from, &from), ==, 0);
    g_assert_false (g_date_valid (&choices.journal_to));
  }
}

static void
cancel_after_first_page_cb (GtkPrintOperation *op,
                            GtkPrintContext   *context,
                            int                page_nr,
                            gpointer           user_data)
{
  int *drawn = user_data;

  (*drawn)++;
  if (page_nr == 0)
    gtk_print_operation_cancel (op);
}

/* A print cancelled after its first page leaves no PDF: neither a new
 * file nor the file it was replacing. */
static void
test_cancel_midway (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_autofree char *existing = g_build_filename (f->dir, "existing.pdf", NULL);
  g_autoptr(GError) error = NULL;

  while (big->len < 20000)
    g_string_append (big, "Een lange notitie over het gesprek met de ouders en de school. ");
  add_entry (f, 12, G_DATE_MARCH, 2024, big->str);
  g_assert_true (g_file_set_contents (existing, "an older print", -1, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
      g_autofree char *path = NULL;
      int drawn = 0;

      sv_print_operation_set_journal (op, TRUE, NULL, NULL);
      g_signal_connect_after (op, "draw-page", G_CALLBACK (cancel_after_first_page_cb), &drawn);
      path = run_export (f, op, i == 0 ? "cancelled.pdf" : "existing.pdf", GTK_PRINT_OPERATION_RESULT_CANCEL);
      g_assert_cmpuint (sv_print_doc_get_n_pages (sv_print_operation_get_doc (op)), >, 3);
      g_assert_cmpint (drawn, ==, 1);
      g_assert_cmpint (gtk_print_operation_get_status (GTK_PRINT_OPERATION (op)), ==,
                       GTK_PRINT_STATUS_FINISHED_ABORTED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* Not cancelled, the same print is written whole. */
  {
    g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
    g_autofree char *path = NULL;

    sv_print_operation_set_journal (op, TRUE, NULL, NULL);
    path = run_export (f, op, "whole.pdf", GTK_PRINT_OPERATION_RESULT_APPLY);
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }
}

static void
test_export_through_print_operation (Fixture       *f,
                                     gconstpointer  data)
{
  g_autofree char *full = NULL;
  g_autofree char *initials = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  full = export (f, SV_OVERVIEW_NAMES_FULL, "full.pdf");
  g_assert_nonnull (strstr (full, "Case Overview"));
  g_assert_nonnull (strstr (full, "Gezin Testpersoon"));
  g_assert_nonnull (strstr (full, "Anna Testpersoon"));
  g_assert_nonnull (strstr (full, "page 1 of"));

  initials = export (f, SV_OVERVIEW_NAMES_INITIALS, "initials.pdf");
  g_assert_nonnull (strstr (initials, "Case Overview"));
  g_assert_null (strstr (initials, "Testpersoon"));
  g_assert_null (strstr (initials, "Anna"));
  g_assert_nonnull (strstr (initials, "A. T."));
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
  SvPrintPreview *preview;

  sv_print_operation_set_names (op, SV_OVERVIEW_NAMES_INITIALS);
  preview = SV_PRINT_PREVIEW (sv_print_preview_new (f->window, op, NULL));
  gtk_window_present (GTK_WINDOW (preview));
  sv_gui_test_frames (GTK_WIDGET (preview), 2);
  g_assert_cmpint (sv_print_preview_get_names (preview), ==, SV_OVERVIEW_NAMES_INITIALS);
  g_assert_cmpuint (sv_print_preview_get_n_pages (preview), >=, 1);
  sv_print_preview_set_names (preview, SV_OVERVIEW_NAMES_FULL);
  g_assert_cmpint (sv_print_preview_get_names (preview), ==, SV_OVERVIEW_NAMES_FULL);
  g_assert_cmpuint (sv_print_preview_get_n_pages (preview), >=, 1);
  sv_gui_test_frames (GTK_WIDGET (preview), 2);
  gtk_window_destroy (GTK_WINDOW (preview));
  sv_gui_test_wait (20);
}

/* The preview's journal bar: on adds pages, a wrong date shows nothing
 * and cannot be printed, a range leaves out what is outside it. */
static void
test_preview_journal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
  g_autoptr(GString) big = g_string_new (NULL);
  SvPrintJournalChooser *chooser;
  SvPrintPreview *preview;
  guint without;

  while (big->len < 8000)
    g_string_append (big, "Een lange notitie over het gesprek met de ouders en de school. ");
  add_entry (f, 12, G_DATE_MARCH, 2024, big->str);
  preview = SV_PRINT_PREVIEW (sv_print_preview_new (f->window, op, NULL));
  gtk_window_present (GTK_WINDOW (preview));
  sv_gui_test_frames (GTK_WIDGET (preview), 2);
  chooser = sv_print_preview_get_journal_chooser (preview);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chooser)));
  without = sv_print_preview_get_n_pages (preview);
  g_assert_cmpuint (without, >=, 1);

  sv_print_journal_chooser_set (chooser, TRUE, NULL, NULL);
  g_signal_emit_by_name (chooser, "changed");
  g_assert_cmpuint (sv_print_preview_get_n_pages (preview), >, without);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (sv_print_journal_chooser_get_entry (chooser, 0))));

  gtk_editable_set_text (sv_print_journal_chooser_get_entry (chooser, 1), "30-02-2024");
  g_signal_emit_by_name (chooser, "changed");
  g_assert_null (sv_print_preview_get_doc (preview));
  g_assert_cmpuint (sv_print_preview_get_n_pages (preview), ==, 0);

  /* Outside the range: the entry is not there, nor its pages. */
  gtk_editable_set_text (sv_print_journal_chooser_get_entry (chooser, 1), "01-03-2024");
  g_signal_emit_by_name (chooser, "changed");
  g_assert_nonnull (sv_print_preview_get_doc (preview));
  g_assert_cmpuint (sv_print_preview_get_n_pages (preview), ==, without);
  sv_gui_test_frames (GTK_WIDGET (preview), 2);
  gtk_window_destroy (GTK_WINDOW (preview));
  sv_gui_test_wait (20);
}

/* The meeting page prints the agenda, families masked unless names are
 * chosen; Ctrl+Shift+P's action opens the preview. */
static void
test_meeting_agenda (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
  g_autoptr(SvPrintOperation) op = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autofree char *text = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  SvMeetingPage *page = g_object_new (SV_TYPE_MEETING_PAGE, NULL);
  GtkWidget *preview = NULL;
  g_autoptr(GListModel) windows = NULL;

  meeting->kind_id = sv_test_meeting_kind (SV_STORE (f->store), "LEJO");
  g_assert_true (sv_date_from_iso ("2026-11-24", &meeting->date));
  meeting->start_minutes = 14 * 60;
  meeting->duration_minutes = 120;
  g_assert_true (sv_store_save_meeting (SV_STORE (f->store), meeting, &error));
  item->meeting_id = meeting->id;
  item->case_id = sv_case_page_get_case_id (f->page);
  item->planned_minutes = 30;
  g_free (item->question);
  item->question = g_strdup ("Gaat Bram weer naar school?");
  g_assert_true (sv_store_save_agenda_item (SV_STORE (f->store), item, &error));
  g_assert_no_error (error);

  sv_meeting_page_set_store (page, SV_STORE (f->store), f->settings);
  sv_meeting_page_set_meeting (page, meeting->id);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  sv_gui_test_frames (GTK_WIDGET (window), 2);

  op = sv_meeting_page_new_print_operation (page);
  /* Nothing chosen yet: masked, whatever the overview's choice. */
  g_assert_cmpint (sv_print_operation_get_names (op), ==, SV_OVERVIEW_NAMES_INITIALS);
  if (pdftotext != NULL)
    {
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
      g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (op), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                                window, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_no_error (error);
      text = pdf_text (path);
      g_assert_nonnull (strstr (text, "Agenda LEJO 24-11-2026"));
      g_assert_nonnull (strstr (text, "Family A"));
      g_assert_nonnull (strstr (text, "Gaat [youth] weer naar school?"));
      g_assert_null (strstr (text, "Testpersoon"));
      g_assert_null (strstr (text, "Bram"));
    }

  windows = g_object_ref (gtk_window_get_toplevels ());
  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.print-preview", NULL);
  sv_gui_test_wait (50);
  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (windows, i);

      if (SV_IS_PRINT_PREVIEW (w))
        preview = GTK_WIDGET (w);
    }
  g_assert_nonnull (preview);
  g_assert_cmpint (sv_print_preview_get_names (SV_PRINT_PREVIEW (preview)), ==, SV_OVERVIEW_NAMES_INITIALS);
  g_assert_cmpuint (sv_print_preview_get_n_pages (SV_PRINT_PREVIEW (preview)), ==, 1);
  /* An agenda has no journal to offer. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (sv_print_preview_get_journal_chooser (SV_PRINT_PREVIEW (preview)))));
  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (window);
  sv_gui_test_wait (20);
}

static void
test_settings_remembered (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings2 = NULL;
  g_autoptr(GtkPageSetup) setup2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "samenveilig", "print.ini", NULL);
  GtkPaperSize *a5 = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  GStatBuf st;

  /* Nothing saved: A4 and full names. */
  g_remove (path);
  setup2 = sv_print_page_setup_load ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup2)), ==, GTK_PAPER_NAME_A4);
  g_assert_cmpint (sv_print_names_load ("names", SV_OVERVIEW_NAMES_FULL), ==, SV_OVERVIEW_NAMES_FULL);
  g_clear_object (&setup2);

  gtk_page_setup_set_paper_size (setup, a5);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_settings_set_printer (settings, "Kantoorprinter");
  g_assert_true (sv_print_settings_save (settings, setup, "names", SV_OVERVIEW_NAMES_INITIALS, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  settings2 = sv_print_settings_load ();
  setup2 = sv_print_page_setup_load ();
  g_assert_cmpstr (gtk_print_settings_get_printer (settings2), ==, "Kantoorprinter");
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup2)), ==, GTK_PAPER_NAME_A5);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup2), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpint (sv_print_names_load ("names", SV_OVERVIEW_NAMES_FULL), ==, SV_OVERVIEW_NAMES_INITIALS);
  /* A new print starts from what was chosen last. */
  {
    g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);

    g_assert_cmpint (sv_print_operation_get_names (op), ==, SV_OVERVIEW_NAMES_INITIALS);
    g_assert_false (sv_print_operation_get_journal (op, NULL, NULL));
    /* The Veiligheidskaart is in until it is left out. */
    g_assert_true (sv_print_operation_get_card (op));
  }
  /* The journal and its dates, remembered by a print that went through. */
  {
    g_autoptr(SvPrintOperation) op = sv_case_page_new_print_operation (f->page);
    g_autoptr(SvPrintOperation) next = NULL;
    g_autofree char *pdf = g_build_filename (f->dir, "remembered.pdf", NULL);
    GDate from, to, got_from, got_to;

    g_assert_true (sv_date_from_iso ("2024-03-01", &from));
    g_date_clear (&to, 1);
    sv_print_operation_set_journal (op, TRUE, &from, &to);
    sv_print_operation_set_card (op, FALSE);
    gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), pdf);
    sv_print_operation_run_for (op, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

    next = sv_case_page_new_print_operation (f->page);
    g_assert_true (sv_print_operation_get_journal (next, &got_from, &got_to));
    g_assert_cmpint (g_date_compare (&got_from, &from), ==, 0);
    g_assert_false (g_date_valid (&got_to));
    g_assert_false (sv_print_operation_get_card (next));
  }
  gtk_paper_size_free (a5);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = NULL;
  int status;

  /* Saved print settings go to a private directory, never the tester's. */
  config = sv_test_make_dir ();
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  sv_gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/print-gui/export-through-print-operation", test_export_through_print_operation);
  ADD ("/print-gui/journal", test_journal);
  ADD ("/print-gui/journal-tab-wrong-date", test_journal_tab_wrong_date);
  ADD ("/print-gui/cancel-midway", test_cancel_midway);
  ADD ("/print-gui/preview", test_preview);
  ADD ("/print-gui/preview-journal", test_preview_journal);
  ADD ("/print-gui/meeting-agenda", test_meeting_agenda);
  ADD ("/print-gui/settings-remembered", test_settings_remembered);
#undef ADD

  status = g_test_run ();
  sv_test_rmtree (config);
  return status;
}
