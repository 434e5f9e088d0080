/* test-audit-gui.c: the audit log seen from the case page — opening a
 * case recorded, the read-only log window and its CSV export, the
 * question before sharing names without consent, and erasing a closed
 * case past its retention period after a confirmation that counts what
 * goes. */
#include <glib/gstdio.h>
#include <string.h>

#include "sv-audit-window.h"
#include "sv-case-page.h"
#include "sv-gui-test-util.h"
#include "sv-share-guard.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  GSettings     *settings;
  GtkWindow     *window;
  SvCasePage    *page;
  gint64         case_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "audit.db");
  f->settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  f->case_id = sv_test_add_case (SV_STORE (f->store), "Gezin Testpersoon", "Zorgen over Bram");
  f->window = GTK_WINDOW (gtk_window_new ());
  f->page = g_object_new (SV_TYPE_CASE_PAGE, NULL);
  sv_case_page_set_store (f->page, SV_STORE (f->store), f->settings);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
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
  g_unsetenv ("SV_TODAY");
}

static guint
count_action (Fixture       *f,
              SvAuditAction  action)
{
  g_autoptr(GPtrArray) list = sv_store_list_audit (SV_STORE (f->store), f->case_id, NULL);
  guint n = 0;

  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    n += ((SvAuditEntry *) list->pdata[i])->action == action;
  return n;
}

static void
test_log_window (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (f->dir, "logboek.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  SvAuditWindow *log;
  GStatBuf st;

  sv_case_page_set_case (f->page, f->case_id);
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpuint (count_action (f, SV_AUDIT_OPEN), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "case.audit-log", NULL);
  log = SV_AUDIT_WINDOW (sv_gui_test_toplevel (SV_TYPE_AUDIT_WINDOW));
  g_assert_nonnull (log);
  sv_gui_test_frames (GTK_WIDGET (log), 2);
  /* Everything of the case, the opening of the log included. */
  {
    g_autoptr(GPtrArray) list = sv_store_list_audit (SV_STORE (f->store), f->case_id, NULL);

    g_assert_cmpuint (sv_audit_window_get_n_rows (log), ==, list->len);
    g_assert_cmpuint (list->len, >=, 3);  /* added, opened, its log opened */
  }
  /* Read-only: nothing in it can be typed into. */
  g_assert_null (sv_gui_test_find (GTK_WIDGET (log), GTK_TYPE_TEXT));
  g_assert_null (sv_gui_test_find (GTK_WIDGET (log), GTK_TYPE_TEXT_VIEW));
  g_assert_null (sv_gui_test_find (GTK_WIDGET (log), ADW_TYPE_ENTRY_ROW));
  g_assert_nonnull (sv_gui_test_find_label (GTK_WIDGET (log), "Opened"));

  g_assert_true (sv_audit_window_export (log, csv_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (csv_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "id,at,os_user"));
  g_assert_nonnull (strstr (csv, ",open,"));
  g_assert_cmpuint (count_action (f, SV_AUDIT_EXPORT), ==, 1);
  gtk_window_destroy (GTK_WINDOW (log));
}

static void
answered_cb (SvShareChoice choice,
             gpointer      user_data)
{
  *(int *) user_data = (int) choice;
}

static void
test_share_guard (Fixture       *f,
                  gconstpointer  data)
{
  const char *answers[] = { "cancel", "masked", "names" };
  const SvShareChoice expected[] = { SV_SHARE_CANCEL, SV_SHARE_MASKED, SV_SHARE_FULL_NAMES };

  sv_case_page_set_case (f->page, f->case_id);
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      int got = -1;
      AdwMessageDialog *dialog;

      sv_share_guard_confirm (GTK_WIDGET (f->page), SV_STORE (f->store), f->case_id, "the Veiligheidskaart",
                              "_Initials", answered_cb, &got, NULL);
      dialog = ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "have not given consent"));
      adw_message_dialog_response (dialog, answers[i]);
      g_assert_cmpint (got, ==, expected[i]);
      gtk_window_destroy (GTK_WINDOW (dialog));
      sv_gui_test_wait (20);
      g_assert_cmpuint (count_action (f, SV_AUDIT_SHARE_WITHOUT_CONSENT), ==, i == 2 ? 1 : 0);
    }

  /* With consent: no question, at once yes, nothing extra recorded. */
  {
    g_autoptr(SvConsent) consent = sv_consent_new ();
    int got = -1;

    consent->case_id = f->case_id;
    consent->status = SV_CONSENT_STATUS_GEGEVEN;
    g_date_set_dmy (&consent->date, 3, G_DATE_NOVEMBER, 2026);
    g_free (consent->given_by);
    consent->given_by = g_strdup ("Anna Testpersoon");
    g_assert_true (sv_store_save_consent (SV_STORE (f->store), consent, NULL));
    sv_share_guard_confirm (GTK_WIDGET (f->page), SV_STORE (f->store), f->case_id, "x", NULL, answered_cb, &got, NULL);
    g_assert_cmpint (got, ==, SV_SHARE_FULL_NAMES);
    g_assert_cmpuint (count_action (f, SV_AUDIT_SHARE_WITHOUT_CONSENT), ==, 1);
  }
}

static void
close_case (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->store), f->case_id, &error);

  c->status = SV_CASE_STATUS_GESLOTEN;
  c->closed_on = c->received;
  g_assert_true (sv_store_save_case (SV_STORE (f->store), c, &error));
  g_assert_no_error (error);
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  AdwMessageDialog *dialog;
  const char *body;

  /* Open, then closed within its period: no erasing offered. */
  sv_case_page_set_case (f->page, f->case_id);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->page), "case.erase", NULL) &&
                  sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  close_case (f);
  sv_gui_test_wait (20);
  g_assert_null (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* 21 years on. */
  g_setenv ("SV_TODAY", "2047-11-03", TRUE);
  sv_case_page_set_case (f->page, 0);
  sv_case_page_set_case (f->page, f->case_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "case.erase", NULL));
  dialog = ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "2026-0001"));
  g_assert_nonnull (strstr (body, "2 household members"));
  g_assert_null (strstr (body, "journal"));
  g_assert_nonnull (strstr (body, "The audit log keeps"));

  adw_message_dialog_response (dialog, "erase");
  sv_gui_test_wait (20);
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (sv_store_get_case (SV_STORE (f->store), f->case_id, &error));
    g_assert_nonnull (error);
  }
  g_assert_cmpuint (count_action (f, SV_AUDIT_ERASE), ==, 1);
  g_assert_cmpint (sv_case_page_get_case_id (f->page), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/audit-gui/log-window", test_log_window);
  ADD ("/audit-gui/share-guard", test_share_guard);
  ADD ("/audit-gui/erase", test_erase);
#undef ADD
  return g_test_run ();
}
