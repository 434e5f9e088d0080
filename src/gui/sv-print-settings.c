/* sv-print-settings.c: print settings kept in a key file. */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "sv-date.h"
#include "sv-print-settings.h"

#define SETTINGS_GROUP "Print Settings"
#define PAGE_GROUP     "Page Setup"
#define OWN_GROUP      "Samen Veilig"

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "samenveilig", "print.ini", NULL);
}

static GKeyFile *
load_key_file (void)
{
  g_autofree char *path = settings_path ();
  GKeyFile *file = g_key_file_new ();

  /* A missing or broken file means defaults, not an error to show. */
  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  return file;
}

static GtkPaperSize *
a4 (void)
{
  return gtk_paper_size_new (GTK_PAPER_NAME_A4);
}

GtkPrintSettings *
sv_print_settings_load (void)
{
  g_autoptr(GKeyFile) file = load_key_file ();
  GtkPrintSettings *settings = NULL;

  if (g_key_file_has_group (file, SETTINGS_GROUP))
    settings = gtk_print_settings_new_from_key_file (file, SETTINGS_GROUP, NULL);
  if (settings == NULL)
    {
      GtkPaperSize *paper = a4 ();

      settings = gtk_print_settings_new ();
      gtk_print_settings_set_paper_size (settings, paper);
      gtk_paper_size_free (paper);
    }
  return settings;
}

GtkPageSetup *
sv_print_page_setup_load (void)
{
  g_autoptr(GKeyFile) file = load_key_file ();
  GtkPageSetup *setup = NULL;

  if (g_key_file_has_group (file, PAGE_GROUP))
    setup = gtk_page_setup_new_from_key_file (file, PAGE_GROUP, NULL);
  if (setup == NULL)
    {
      GtkPaperSize *paper = a4 ();

      setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
      gtk_paper_size_free (paper);
    }
  return setup;
}

SvOverviewNames
sv_print_names_load (const char      *key,
                     SvOverviewNames  fallback)
{
  g_autoptr(GKeyFile) file = load_key_file ();
  g_autofree char *names = g_key_file_get_string (file, OWN_GROUP, key, NULL);

  /* "initials" is what the overview's choice was saved as at first. */
  if (g_strcmp0 (names, "masked") == 0 || g_strcmp0 (names, "initials") == 0)
    return SV_OVERVIEW_NAMES_INITIALS;
  if (g_strcmp0 (names, "full") == 0)
    return SV_OVERVIEW_NAMES_FULL;
  return fallback;
}

void
sv_print_journal_load (SvOverviewOptions *choices)
{
  g_autoptr(GKeyFile) file = load_key_file ();
  g_autofree char *from = g_key_file_get_string (file, OWN_GROUP, "journal-from", NULL);
  g_autofree char *to = g_key_file_get_string (file, OWN_GROUP, "journal-to", NULL);

  /* A missing key reads as FALSE; a broken date as an open end. */
  choices->with_journal = g_key_file_get_boolean (file, OWN_GROUP, "journal", NULL);
  /* The card is in unless it was left out: a missing key reads as in. */
  choices->with_card = !g_key_file_has_key (file, OWN_GROUP, "card", NULL) ||
                       g_key_file_get_boolean (file, OWN_GROUP, "card", NULL);
  if (from == NULL || !sv_date_from_iso (from, &choices->journal_from))
    g_date_clear (&choices->journal_from, 1);
  if (to == NULL || !sv_date_from_iso (to, &choices->journal_to))
    g_date_clear (&choices->journal_to, 1);
}

gboolean
sv_print_settings_save (GtkPrintSettings         *settings,
                        GtkPageSetup             *page_setup,
                        const char               *key,
                        SvOverviewNames           names,
                        const SvOverviewOptions  *journal,
                        GError                  **error)
{
  g_autoptr(GKeyFile) file = load_key_file ();
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  gsize length;

  if (settings != NULL)
    {
      /* An old printer's options must not linger beside the new one's. */
      g_key_file_remove_group (file, SETTINGS_GROUP, NULL);
      gtk_print_settings_to_key_file (settings, file, SETTINGS_GROUP);
    }
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, file, PAGE_GROUP);
  g_key_file_set_string (file, OWN_GROUP, key, names == SV_OVERVIEW_NAMES_INITIALS ? "masked" : "full");
  if (journal != NULL)
    {
      g_autofree char *from = sv_date_to_iso (&journal->journal_from);
      g_autofree char *to = sv_date_to_iso (&journal->journal_to);

      g_key_file_set_boolean (file, OWN_GROUP, "journal", journal->with_journal);
      g_key_file_set_boolean (file, OWN_GROUP, "card", journal->with_card);
      g_key_file_set_string (file, OWN_GROUP, "journal-from", from != NULL ? from : "");
      g_key_file_set_string (file, OWN_GROUP, "journal-to", to != NULL ? to : "");
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  data = g_key_file_to_data (file, &length, NULL);
  /* 0600: the last file printed to is named in there. */
  return g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
