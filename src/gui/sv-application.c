/* sv-application.c: start-up, the command line and application actions.
 *
 * Headless actions (--import, --export, --export-ics, --backup, --restore) are handled in
 * handle-local-options, before GTK touches a display. Without one of them
 * the app opens its window on the database: the default one, or the file
 * given with --database (then the instance runs on its own, so that two
 * databases can be open side by side).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-application.h"
#include "sv-cli.h"
#include "sv-error.h"
#include "sv-gui-util.h"
#include "sv-sqlite-auto-backup.h"
#include "sv-preferences-window.h"
#include "sv-sqlite-store.h"
#include "sv-window.h"

struct _SvApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* NULL until the command line is read */
  GSettings      *settings;       /* owned */
  SvSqliteStore  *store;          /* owned once the window is open */
  guint           backup_timer;   /* checks hourly whether a backup is due */
  gboolean        backup_running;
};

G_DEFINE_FINAL_TYPE (SvApplication, sv_application, ADW_TYPE_APPLICATION)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
apply_color_scheme (SvApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme value = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    value = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    value = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), value);
}

/* The audit log names the account and the name from the preferences. */
static void
apply_audit_user (SvApplication *self)
{
  g_autofree char *name = sv_dup_user_name (self->settings);

  if (self->store != NULL)
    sv_sqlite_store_set_audit_user (self->store, name);
}

typedef struct {
  char  *database;
  guint  keep;
} BackupJob;

static void
backup_job_free (gpointer data)
{
  BackupJob *job = data;

  g_free (job->database);
  g_free (job);
}

/* In a thread: the online backup reads through a connection of its own,
 * and a large database must not hold up the window. */
static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupJob *job = task_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  char *made = NULL;

  if (!sv_auto_backup_run (job->database, job->keep, now, FALSE, &made, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, made, g_free);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SvApplication *self = SV_APPLICATION (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = g_task_propagate_pointer (G_TASK (result), &error);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  self->backup_running = FALSE;
  /* Only a failure is worth a word: the backup is there to be forgotten. */
  if (error != NULL && window != NULL)
    sv_show_error_toast (GTK_WIDGET (window), error);
}

static void
run_backup_if_due (SvApplication *self)
{
  g_autoptr(GTask) task = NULL;
  BackupJob *job;

  if (self->backup_running || self->database_path == NULL ||
      !g_settings_get_boolean (self->settings, "automatic-backup"))
    return;
  job = g_new0 (BackupJob, 1);
  job->database = g_strdup (self->database_path);
  job->keep = g_settings_get_uint (self->settings, "backups-kept");
  self->backup_running = TRUE;
  task = g_task_new (self, NULL, backup_done_cb, NULL);
  g_task_set_task_data (task, job, backup_job_free);
  g_task_run_in_thread (task, backup_thread);
}

static gboolean
backup_timer_cb (gpointer user_data)
{
  run_backup_if_due (SV_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

/* A database that cannot be used gets a window that says why and what to
 * do; the file is left exactly as it was. */
static void
show_open_error (SvApplication *self,
                 const GError  *error)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Close"));
  const char *heading;

  switch (error->code)
    {
    case SV_ERROR_DATABASE_LOCKED:
      heading = _("The Database Is Already Open");
      break;
    case SV_ERROR_DATABASE_NEWER:
      heading = _("The Database Needs a Newer Version");
      break;
    case SV_ERROR_DATABASE_CORRUPT:
      heading = _("The Database Cannot Be Read");
      break;
    default:
      heading = _("The Database Cannot Be Opened");
      break;
    }
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), heading);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
  gtk_widget_set_vexpand (status, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "window.close");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), _("Samen Veilig"));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 500);
  gtk_window_set_default_widget (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  SvApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window lets it save its size and state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SvApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  SvPreferencesWindow *preferences = sv_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SvApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *comments = g_strdup_printf ("%s\n\n%s %s",
                                               _("Case meetings on domestic violence and child abuse in the municipality of Overbetuwe."),
                                               _("Database:"), self->database_path != NULL ? self->database_path : "");
  static const char *developers[] = { "Samen Veilig Overbetuwe", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Samen Veilig"),
                         "application-icon", APP_ID,
                         "developer-name", _("Municipality of Overbetuwe"),
                         "version", PACKAGE_VERSION,
                         "comments", comments,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

/* ------------------------------------------------------------------------
 * GApplication overrides
 * ------------------------------------------------------------------------ */

static int
sv_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SvApplication *self = SV_APPLICATION (app);
  const char *database = NULL, *import = NULL, *export = NULL, *export_ics = NULL, *case_ref = NULL;
  const char *overview = NULL, *output = NULL, *journal_from = NULL, *journal_to = NULL, *agenda = NULL;
  const char *backup = NULL, *restore = NULL, *audit = NULL, *invitations = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("samenveilig %s\n", PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  g_variant_dict_lookup (options, "import", "^&ay", &import);
  g_variant_dict_lookup (options, "export", "^&ay", &export);
  g_variant_dict_lookup (options, "export-ics", "^&ay", &export_ics);
  g_variant_dict_lookup (options, "case", "&s", &case_ref);
  g_variant_dict_lookup (options, "export-overview", "&s", &overview);
  g_variant_dict_lookup (options, "export-agenda", "&s", &agenda);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "journal-from", "&s", &journal_from);
  g_variant_dict_lookup (options, "journal-to", "&s", &journal_to);
  g_variant_dict_lookup (options, "backup", "^&ay", &backup);
  g_variant_dict_lookup (options, "restore", "^&ay", &restore);
  g_variant_dict_lookup (options, "export-audit", "&s", &audit);
  g_variant_dict_lookup (options, "export-invitations", "&s", &invitations);

  if (audit != NULL)
    {
      if (import != NULL || export != NULL || export_ics != NULL || overview != NULL || agenda != NULL ||
          backup != NULL || restore != NULL || case_ref != NULL || invitations != NULL)
        {
          g_printerr ("samenveilig: %s\n", _("Use --export-audit on its own, with --output and --database."));
          return 2;
        }
      return sv_cli_export_audit (database, audit, output);
    }

  if (invitations != NULL)
    {
      if (import != NULL || export != NULL || export_ics != NULL || overview != NULL || agenda != NULL ||
          backup != NULL || restore != NULL || case_ref != NULL)
        {
          g_printerr ("samenveilig: %s\n", _("Use --export-invitations on its own, with only --database and --output."));
          return 2;
        }
      return sv_cli_export_invitations (database, invitations, output);
    }

  if (backup != NULL || restore != NULL)
    {
      if ((backup != NULL && restore != NULL) || import != NULL || export != NULL || export_ics != NULL ||
          overview != NULL || agenda != NULL || case_ref != NULL || output != NULL)
        {
          g_printerr ("samenveilig: %s\n", _("Use --backup or --restore on its own, with only --database."));
          return 2;
        }
      return backup != NULL ? sv_cli_backup (database, backup) : sv_cli_restore (database, restore);
    }

  if (import != NULL && export != NULL)
    {
      g_printerr ("samenveilig: %s\n", _("Use --import or --export, not both at once."));
      return 2;
    }
  if (export_ics != NULL && (import != NULL || export != NULL))
    {
      g_printerr ("samenveilig: %s\n", _("Use --export-ics on its own, not with --import or --export."));
      return 2;
    }
  if (case_ref != NULL && export == NULL && export_ics == NULL)
    {
      g_printerr ("samenveilig: %s\n", _("--case goes with --export or --export-ics: which case to export."));
      return 2;
    }
  if ((overview != NULL || agenda != NULL) && (import != NULL || export != NULL || export_ics != NULL))
    {
      g_printerr ("samenveilig: %s\n", _("Use --export-overview or --export-agenda on its own, not with --import or --export."));
      return 2;
    }
  if (overview != NULL && agenda != NULL)
    {
      g_printerr ("samenveilig: %s\n", _("Use --export-overview or --export-agenda, not both at once."));
      return 2;
    }
  if (overview == NULL && (journal_from != NULL || journal_to != NULL ||
                           g_variant_dict_contains (options, "initials") ||
                           g_variant_dict_contains (options, "journal") ||
                           g_variant_dict_contains (options, "without-card")))
    {
      g_printerr ("samenveilig: %s\n",
                  _("--initials, --journal and --without-card go with --export-overview: the case to print."));
      return 2;
    }
  if (agenda == NULL && g_variant_dict_contains (options, "names"))
    {
      g_printerr ("samenveilig: %s\n", _("--names goes with --export-agenda: the meeting to print."));
      return 2;
    }
  if (g_variant_dict_contains (options, "confirm-no-consent") &&
      !((overview != NULL && !g_variant_dict_contains (options, "initials")) ||
        (agenda != NULL && g_variant_dict_contains (options, "names"))))
    {
      g_printerr ("samenveilig: %s\n",
                  _("--confirm-no-consent goes with a print with full names: --export-overview without --initials, or --export-agenda with --names."));
      return 2;
    }
  if (overview == NULL && agenda == NULL && output != NULL)
    {
      g_printerr ("samenveilig: %s\n", _("--output goes with --export-overview or --export-agenda: what to print."));
      return 2;
    }
  if (overview != NULL)
    return sv_cli_export_overview (database, overview, output,
                                   g_variant_dict_contains (options, "initials"),
                                   g_variant_dict_contains (options, "journal"),
                                   journal_from, journal_to,
                                   g_variant_dict_contains (options, "without-card"),
                                   g_variant_dict_contains (options, "confirm-no-consent"));
  if (agenda != NULL)
    return sv_cli_export_agenda (database, agenda, output, g_variant_dict_contains (options, "names"),
                                 g_variant_dict_contains (options, "confirm-no-consent"));
  if (import != NULL)
    return sv_cli_import (database, import);
  if (export != NULL)
    return sv_cli_export (database, export, case_ref);
  if (export_ics != NULL)
    return sv_cli_export_ics (database, export_ics, case_ref);

  if (database != NULL)
    {
      self->database_path = g_canonicalize_filename (database, NULL);
      /* Another database than the default one runs in its own process. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  return -1;
}

static void
sv_application_startup (GApplication *app)
{
  SvApplication *self = SV_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (sv_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), self);
  apply_color_scheme (self);
}

static void
sv_application_activate (GApplication *app)
{
  SvApplication *self = SV_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean read_only = FALSE;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database_path == NULL)
    self->database_path = sv_sqlite_store_default_path (&error);
  if (self->database_path != NULL)
    store = sv_sqlite_store_open (self->database_path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  /* A file we may not write is still shown: reading cases matters more
   * than a refusal to start. */
  if (store == NULL && g_error_matches (error, SV_ERROR, SV_ERROR_DATABASE_READONLY))
    {
      g_autoptr(GError) read_error = NULL;

      store = sv_sqlite_store_open (self->database_path, SV_SQLITE_STORE_OPEN_READ_ONLY, &read_error);
      read_only = store != NULL;
    }
  if (store == NULL)
    {
      show_open_error (self, error);
      return;
    }

  window = GTK_WINDOW (sv_window_new (self, SV_STORE (store), self->settings));
  self->store = g_object_ref (store);
  apply_audit_user (self);
  g_signal_connect_swapped (self->settings, "changed::user-name", G_CALLBACK (apply_audit_user), self);
  if (read_only)
    sv_window_set_read_only (SV_WINDOW (window));
  gtk_window_present (window);

  /* Daily: at start, then checked every hour while the app runs. */
  run_backup_if_due (self);
  self->backup_timer = g_timeout_add_seconds (60 * 60, backup_timer_cb, self);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_application_finalize (GObject *object)
{
  SvApplication *self = SV_APPLICATION (object);

  g_clear_handle_id (&self->backup_timer, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_free (self->database_path);
  G_OBJECT_CLASS (sv_application_parent_class)->finalize (object);
}

static void
sv_application_class_init (SvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sv_application_finalize;
  app_class->handle_local_options = sv_application_handle_local_options;
  app_class->startup = sv_application_startup;
  app_class->activate = sv_application_activate;
}

static void
sv_application_init (SvApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Work on the database FILE instead of the default one"), N_("FILE") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import the cases of a JSON exchange file, then quit (no display needed)"), N_("FILE.json") },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export cases to a JSON exchange file, then quit (no display needed)"), N_("FILE.json") },
    { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export the deadlines and interventiegesprekken of the open cases to an iCalendar file for a calendar app, then quit (no display needed)"), N_("FILE.ics") },
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a copy of the database to a new FILE, also while the app is open, then quit (no display needed)"), N_("FILE") },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Put a backup FILE in place of the database after checking it, keeping the current one beside it, then quit; the app must be closed"), N_("FILE") },
    { "case", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export or --export-ics: only the case with this number, e.g. 2026-0012"), N_("NUMBER") },
    { "export-overview", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Print the overview of a case to a PDF file (with --output), then quit (no display needed)"), N_("NUMBER") },
    { "export-agenda", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Print the agenda of a meeting, or its minutes once it has begun, to a PDF file (with --output), then quit (no display needed); families masked unless --names"), N_("MEETING") },
    { "export-audit", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write the audit log of a case to a CSV file (with --output), then quit (no display needed)"), N_("NUMBER") },
    { "export-invitations", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write the invitation letters of an interventiegesprek as PDF files into a folder (with --output), then quit (no display needed)"), N_("NUMBER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("With --export-overview or --export-agenda: the PDF file to write; with --export-audit: the CSV file; with --export-invitations: the folder"), N_("FILE.pdf") },
    { "names", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export-agenda: the families' full names instead of “Family A” and roles, for the meeting itself only"), NULL },
    { "initials", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export-overview: names as initials, for a print that leaves the room"), NULL },
    { "journal", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export-overview: print the whole case journal too"), NULL },
    { "without-card", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With --export-overview: leave the case’s Veiligheidskaart out"), NULL },
    { "journal-from", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-overview: print the journal from this date on"), N_("DATE") },
    { "journal-to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export-overview: print the journal up to this date"), N_("DATE") },
    { "confirm-no-consent", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("With a print with full names: print also a case whose residents have not given consent, recorded in its audit log"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Case meetings on domestic violence and child abuse: cases, households, consent, professionals and the case journal."));
}

SvApplication *
sv_application_new (void)
{
  return g_object_new (SV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

const char *
sv_application_get_database_path (SvApplication *self)
{
  g_return_val_if_fail (SV_IS_APPLICATION (self), NULL);
  return self->database_path;
}
