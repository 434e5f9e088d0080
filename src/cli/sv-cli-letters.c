/* sv-cli-letters.c: `samenveilig --export-invitations ID --output DIR` —
 * the invitations of an interventiegesprek as PDF files, one per letter,
 * without a display: the letters as edited in the app, or as generated. */
#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sv-cli.h"
#include "sv-cli-private.h"
#include "sv-error.h"
#include "sv-gesprek-letter.h"
#include "sv-letter-pdf.h"

enum {
  EXIT_DONE = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

static gboolean
check_folder (const char  *dir,
              GError     **error)
{
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                   _("%s is not a folder. Create it first, or name an existing folder with --output."), dir);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("The folder %s cannot be written to (%s). Choose a folder of your own with --output."),
                   dir, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

int
sv_cli_export_invitations (const char *database,
                           const char *gesprek_ref,
                           const char *output_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvGesprek) gesprek = NULL;
  g_autoptr(GPtrArray) letters = NULL;
  gint64 unused, id = 0;
  char *end = NULL;

  if (gesprek_ref != NULL)
    id = g_ascii_strtoll (gesprek_ref, &end, 10);
  if (gesprek_ref == NULL || *gesprek_ref == '\0' || end == NULL || *end != '\0' || id <= 0)
    {
      g_printerr ("samenveilig: %s\n",
                  _("--export-invitations needs the number of an interventiegesprek, e.g. 7 (shown in the planner)."));
      return EXIT_USAGE;
    }
  if (output_dir == NULL || *output_dir == '\0')
    {
      g_printerr ("samenveilig: %s\n", _("--export-invitations needs --output and the folder to write the letters to."));
      return EXIT_USAGE;
    }
  if (!check_folder (output_dir, &error))
    goto failed;
  if (!(store = sv_cli_open_for_export (database, output_dir, NULL, &unused, &error)))
    goto failed;
  if (!(gesprek = sv_store_get_gesprek (SV_STORE (store), id, &error)))
    {
      if (g_error_matches (error, SV_ERROR, SV_ERROR_NOT_FOUND))
        {
          g_clear_error (&error);
          g_set_error (&error, SV_ERROR, SV_ERROR_NOT_FOUND,
                       _("There is no interventiegesprek %s. Nothing was exported."), gesprek_ref);
        }
      goto failed;
    }
  if (!(letters = sv_gesprek_letters_collect (SV_STORE (store), gesprek, &error)))
    goto failed;
  /* Logged before a letter leaves the app, as every export is. */
  {
    g_autofree char *what = g_strdup_printf (_("invitation letters of interventiegesprek %s"), gesprek_ref);

    if (!sv_store_log_access (SV_STORE (store), SV_AUDIT_EXPORT, gesprek->case_id, what, &error))
      goto failed;
  }

  for (guint i = 0; i < letters->len; i++)
    {
      SvGesprekLetter *letter = g_ptr_array_index (letters, i);
      g_autofree char *path = g_build_filename (output_dir, letter->file_name, NULL);

      if (!sv_letter_write_pdf (letter->text, path, &error))
        goto failed;
      g_print ("%s\n", path);
    }
  /* TRANSLATORS: "3 letters of interventiegesprek 7 written to /tmp/brieven" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u letter of interventiegesprek %s written to %s",
                        "%u letters of interventiegesprek %s written to %s", letters->len),
           letters->len, gesprek_ref, output_dir);
  g_print ("\n");
  return EXIT_DONE;

failed:
  g_printerr ("samenveilig: %s\n", error->message);
  return EXIT_FAILED;
}
