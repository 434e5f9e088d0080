/* sv-cli.c: `samenveilig --import`, `--export`, `--export-ics`, `--backup`
 * and `--restore` without a display.
 *
 * One line on stdout says what was done; an error goes to stderr as
 * "samenveilig: <message>". A failed run changes nothing: an import is one
 * transaction (and a database it had to create is removed again), an
 * export replaces its output file atomically or not at all.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sv-cli.h"
#include "sv-cli-private.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-exchange.h"
#include "sv-ics-export.h"
#include "sv-sqlite-backup.h"
#include "sv-sqlite-store.h"

#define MAX_RENUMBERED_SHOWN 10

enum {
  EXIT_DONE = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

static int
report_error (const GError *error)
{
  g_printerr ("samenveilig: %s\n", error->message);
  return EXIT_FAILED;
}

static int
report_usage (const char *message)
{
  g_printerr ("samenveilig: %s\n", message);
  return EXIT_USAGE;
}

static char *
resolve_database (const char  *database,
                  GError     **error)
{
  if (database != NULL)
    return g_strdup (database);
  return sv_sqlite_store_default_path (error);
}

/* A database the import created for nothing is not left behind. */
static void
remove_new_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

/* An export over the database file itself would destroy it. */
static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int
sv_cli_import (const char *database,
               const char *json_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvImportResult) result = NULL;
  g_autoptr(GString) line = NULL;
  gboolean existed;
  gsize length;

  if (json_path == NULL || *json_path == '\0')
    return report_usage (_("--import needs the name of a JSON exchange file."));
  /* Read the file first: a missing one should not create a database. */
  if (!g_file_get_contents (json_path, &data, &length, &error) ||
      !(path = resolve_database (database, &error)))
    return report_error (error);

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    result = sv_exchange_import_data (SV_STORE (store), data, (gssize) length, &error);
  if (result == NULL)
    {
      g_clear_object (&store);
      if (!existed)
        remove_new_database (path);
      g_printerr ("samenveilig: %s%s %s\n", error->message,
                  g_str_has_suffix (error->message, ".") || g_str_has_suffix (error->message, "?") ? "" : ".",
                  _("Nothing was imported."));
      return EXIT_FAILED;
    }

  line = g_string_new (NULL);
  g_string_append_printf (line,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u case imported into %s",
                                       "%u cases imported into %s",
                                       result->n_cases),
                          result->n_cases, path);
  if (result->renumbered->len > 0)
    {
      g_string_append (line, "; ");
      g_string_append (line, g_dngettext (GETTEXT_PACKAGE,
                                          "a new number because the number was in use:",
                                          "new numbers because the numbers were in use:",
                                          result->renumbered->len));
      /* The line stays readable when a big file meets a full database. */
      for (guint i = 0; i < MIN (result->renumbered->len, MAX_RENUMBERED_SHOWN); i++)
        g_string_append_printf (line, "%s%s", i > 0 ? ", " : " ", (char *) result->renumbered->pdata[i]);
      if (result->renumbered->len > MAX_RENUMBERED_SHOWN)
        {
          guint more = result->renumbered->len - MAX_RENUMBERED_SHOWN;

          g_string_append (line, ", ");
          g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
        }
    }
  g_print ("%s\n", line->str);
  return EXIT_DONE;
}

/* The name the audit log gives besides the account: the app's "Your
 * name" preference, when the app's schema is installed. */
static void
set_audit_user (SvSqliteStore *store)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  if (schema != NULL && g_settings_schema_has_key (schema, "user-name"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autofree char *name = g_settings_get_string (settings, "user-name");

      sv_sqlite_store_set_audit_user (store, name);
    }
}

gboolean
sv_cli_check_consent (SvSqliteStore *store,
                      gint64         case_id,
                      const char    *number,
                      gboolean       confirmed,
                      const char    *what,
                      GError       **error)
{
  g_autoptr(SvConsent) consent = sv_store_get_consent (SV_STORE (store), case_id, error);

  if (consent == NULL)
    return FALSE;
  if (sv_consent_allows_sharing_names (consent))
    return TRUE;
  if (!confirmed)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   /* TRANSLATORS: "… of case 2026-0012 … the case overview …" */
                   _("The residents of case %s have not given consent to share their names, so %s was not "
                     "written with full names. Use the masked form (--initials; for an agenda leave out --names), "
                     "record the consent in the app first, or — when sharing is needed anyway, for instance at "
                     "direct unsafety — add --confirm-no-consent: the sharing is then recorded in the case's "
                     "audit log with your name."),
                   number, what);
      return FALSE;
    }
  return sv_store_log_access (SV_STORE (store), SV_AUDIT_SHARE_WITHOUT_CONSENT, case_id, what, error);
}

/* What both exports start with: the database opened read-only — no lock,
 * so an export works while the app has the database open, and a missing
 * database is reported instead of created — and the case of @case_ref
 * (0 when @case_ref is NULL). */
SvSqliteStore *
sv_cli_open_for_export (const char  *database,
                        const char  *output_path,
                        const char  *case_ref,
                        gint64      *case_id,
                        GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(SvSqliteStore) store = NULL;

  *case_id = 0;
  if (!(path = resolve_database (database, error)) ||
      !(store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, error)))
    return NULL;
  set_audit_user (store);
  if (same_file (path, output_path))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s is the database itself; choose another file to export to."), output_path);
      return NULL;
    }
  if (case_ref != NULL)
    {
      g_autoptr(GError) local = NULL;

      *case_id = sv_store_find_case (SV_STORE (store), case_ref, &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      if (*case_id == 0)
        {
          g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                       _("There is no case with number %s in %s. Nothing was exported."), case_ref, path);
          return NULL;
        }
    }
  return g_steal_pointer (&store);
}

int
sv_cli_export (const char *database,
               const char *output_path,
               const char *case_ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  static const gint64 no_ids[1] = { 0 };
  gint64 case_id;

  if (output_path == NULL || *output_path == '\0')
    return report_usage (_("--export needs the name of the file to write."));
  if (!(store = sv_cli_open_for_export (database, output_path, case_ref, &case_id, &error)))
    return report_error (error);

  if (case_ref != NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, case_id);
    }
  else if (!(ids = sv_exchange_list_case_ids (SV_STORE (store), &error)))
    return report_error (error);

  for (guint i = 0; i < ids->len; i++)
    if (!sv_store_log_access (SV_STORE (store), SV_AUDIT_EXPORT, g_array_index (ids, gint64, i),
                              _("exchange file (JSON)"), &error))
      return report_error (error);
  /* An empty database exports an empty list; NULL would mean "all cases". */
  if (!sv_exchange_export_to_file (SV_STORE (store),
                                   ids->len > 0 ? (const gint64 *) (gpointer) ids->data : no_ids, ids->len,
                                   output_path, &error))
    return report_error (error);

  if (case_ref != NULL)
    g_print (_("Case %s exported to %s"), case_ref, output_path);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u case exported to %s", "%u cases exported to %s", ids->len),
             ids->len, output_path);
  g_print ("\n");
  return EXIT_DONE;
}

/* The organisation's extra days off, as the app counts them. Only when the
 * schema is installed: on a server without the app's data files
 * g_settings_new() would abort, and then none are counted. */
SvWorkdays *
sv_cli_workdays_from_settings (void)
{
  SvWorkdays *workdays = sv_workdays_new ();
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  if (schema != NULL && g_settings_schema_has_key (schema, "extra-days-off"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_auto(GStrv) extra = g_settings_get_strv (settings, "extra-days-off");

      /* A broken setting counts no extra days, as in the app. */
      sv_workdays_set_extra_days (workdays, (const char **) extra, NULL);
    }
  return workdays;
}

int
sv_cli_export_ics (const char *database,
                   const char *output_path,
                   const char *case_ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvWorkdays) workdays = NULL;
  g_autofree char *what = NULL;
  SvIcsExportCounts counts = { 0 };
  GDate today;
  gint64 case_id;

  if (output_path == NULL || *output_path == '\0')
    return report_usage (_("--export-ics needs the name of the file to write."));
  if (!(store = sv_cli_open_for_export (database, output_path, case_ref, &case_id, &error)))
    return report_error (error);

  if (!sv_store_log_access (SV_STORE (store), SV_AUDIT_EXPORT, case_id,
                            case_ref != NULL ? _("calendar file (iCalendar), no names")
                                             : _("calendar file (iCalendar) of all open cases, no names"),
                            &error))
    return report_error (error);
  workdays = sv_cli_workdays_from_settings ();
  sv_date_today (&today);
  if (!sv_ics_export_to_file_full (SV_STORE (store), case_ref != NULL ? &case_id : NULL, case_ref != NULL ? 1 : 0,
                                   workdays, &today, output_path, &counts, &error))
    return report_error (error);

  what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline", "%u deadlines", counts.n_deadlines),
                          counts.n_deadlines);
  if (counts.n_interventiegesprekken > 0)
    {
      g_autofree char *deadlines = g_steal_pointer (&what);

      /* TRANSLATORS: "12 deadlines and 2 interventiegesprekken" */
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u interventiegesprek",
                                           "%s and %u interventiegesprekken", counts.n_interventiegesprekken),
                              deadlines, counts.n_interventiegesprekken);
    }
  if (counts.n_meetings > 0)
    {
      g_autofree char *before = g_steal_pointer (&what);

      /* TRANSLATORS: "12 deadlines and 2 interventiegesprekken, and 3 meetings" */
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, and %u meeting", "%s, and %u meetings",
                                           counts.n_meetings),
                              before, counts.n_meetings);
    }
  if (case_ref != NULL)
    /* TRANSLATORS: "12 deadlines of case 2026-0003 exported to planning.ics" */
    g_print (_("%s of case %s exported to %s"), what, case_ref, output_path);
  else
    /* TRANSLATORS: "12 deadlines of 3 cases exported to planning.ics" */
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s of %u case exported to %s", "%s of %u cases exported to %s",
                          counts.n_cases),
             what, counts.n_cases, output_path);
  g_print ("\n");
  return EXIT_DONE;
}

int
sv_cli_backup (const char *database,
               const char *backup_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (backup_path == NULL || *backup_path == '\0')
    return report_usage (_("--backup needs the name of the file to write."));
  if (!(path = resolve_database (database, &error)) ||
      !sv_sqlite_backup_create (path, backup_path, &error))
    return report_error (error);
  g_print (_("Backup of %s written to %s"), path, backup_path);
  g_print ("\n");
  return EXIT_DONE;
}

int
sv_cli_restore (const char *database,
                const char *backup_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;

  if (backup_path == NULL || *backup_path == '\0')
    return report_usage (_("--restore needs the name of a backup file."));
  if (!(path = resolve_database (database, &error)) ||
      !sv_sqlite_backup_restore (path, backup_path, &kept, &error))
    return report_error (error);
  if (kept != NULL)
    /* TRANSLATORS: "cases.db restored from backup.db; the database it replaced is kept as cases.db.before-restore-20261122-101500" */
    g_print (_("%s restored from %s; the database it replaced is kept as %s"), path, backup_path, kept);
  else
    g_print (_("%s restored from %s"), path, backup_path);
  g_print ("\n");
  return EXIT_DONE;
}

int
sv_cli_export_audit (const char *database,
                     const char *case_ref,
                     const char *output_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *csv = NULL;
  gint64 case_id;

  if (case_ref == NULL || *case_ref == '\0')
    return report_usage (_("--export-audit needs the number of a case, e.g. 2026-0012."));
  if (output_path == NULL || *output_path == '\0')
    return report_usage (_("--export-audit needs --output and the name of the CSV file to write."));
  if (!(store = sv_cli_open_for_export (database, output_path, case_ref, &case_id, &error)))
    return report_error (error);
  /* The export is itself recorded, before the file is written. */
  if (!sv_store_log_access (SV_STORE (store), SV_AUDIT_EXPORT, case_id, _("audit log (CSV)"), &error) ||
      !(entries = sv_store_list_audit (SV_STORE (store), case_id, &error)))
    return report_error (error);
  csv = sv_audit_entries_to_csv (entries);
  /* Whole or not at all, and for its owner's eyes only. */
  if (!g_file_set_contents_full (output_path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    return report_error (error);
  /* TRANSLATORS: "Audit log of case 2026-0012 (14 lines) written to log.csv" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Audit log of case %s (%u line) written to %s",
                        "Audit log of case %s (%u lines) written to %s", entries->len),
           case_ref, entries->len, output_path);
  g_print ("\n");
  return EXIT_DONE;
}
