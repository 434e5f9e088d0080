/* sv-cli.c: `samenveilig --import` and `--export` without a display.
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
#include "sv-error.h"
#include "sv-exchange.h"
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

int
sv_cli_export (const char *database,
               const char *output_path,
               const char *case_ref)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  static const gint64 no_ids[1] = { 0 };

  if (output_path == NULL || *output_path == '\0')
    return report_usage (_("--export needs the name of the file to write."));
  if (!(path = resolve_database (database, &error)))
    return report_error (error);
  /* Read-only: no lock, so an export works while the app has the database
   * open, and a missing database is reported instead of created. */
  if (!(store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error)))
    return report_error (error);
  if (same_file (path, output_path))
    {
      g_set_error (&error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s is the database itself; choose another file to export to."), output_path);
      return report_error (error);
    }

  if (case_ref != NULL)
    {
      gint64 id = sv_store_find_case (SV_STORE (store), case_ref, &error);

      if (error != NULL)
        return report_error (error);
      if (id == 0)
        {
          g_set_error (&error, SV_ERROR, SV_ERROR_NOT_FOUND,
                       _("There is no case with number %s in %s. Nothing was exported."), case_ref, path);
          return report_error (error);
        }
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (ids, id);
    }
  else if (!(ids = sv_exchange_list_case_ids (SV_STORE (store), &error)))
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
