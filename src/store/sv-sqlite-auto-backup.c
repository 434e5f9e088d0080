/* sv-sqlite-auto-backup.c: the daily backup with rotation. The names sort
 * as their moments do, so the folder's order is the backups' age. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "sv-error.h"
#include "sv-sqlite-auto-backup.h"
#include "sv-sqlite-backup.h"

#define STAMP_FORMAT "%Y%m%d-%H%M%S"
#define STAMP_LENGTH 15  /* 20261122-081500 */

char *
sv_auto_backup_folder (const char *database)
{
  g_autofree char *dir = g_path_get_dirname (database);

  return g_build_filename (dir, "backups", NULL);
}

/* "samenveilig" for samenveilig.db: backups of several databases in one
 * folder keep apart. */
static char *
stem_of (const char *database)
{
  g_autofree char *base = g_path_get_basename (database);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strconcat (base, "-", NULL);
}

static gboolean
is_backup_name (const char *name,
                const char *prefix)
{
  gsize n = strlen (prefix);

  if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".db") ||
      strlen (name) != n + STAMP_LENGTH + strlen (".db"))
    return FALSE;
  for (gsize i = 0; i < STAMP_LENGTH; i++)
    if (!(i == 8 ? name[n + i] == '-' : g_ascii_isdigit (name[n + i])))
      return FALSE;
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
sv_auto_backup_list (const char *database)
{
  g_autofree char *folder = sv_auto_backup_folder (database);
  g_autofree char *prefix = stem_of (database);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_backup_name (name, prefix))
      g_ptr_array_add (list, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (list, compare_paths);
  return list;
}

/* A backup cut off by the app quitting or a crash leaves its temporary
 * file ("….db.tmp-XXXXXX"); only the app writes here, one backup at a
 * time, so any found before a new one starts is such a leftover. */
static void
remove_leftovers (const char *database)
{
  g_autofree char *folder = sv_auto_backup_folder (database);
  g_autofree char *prefix = stem_of (database);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && strstr (name, ".db.tmp-") != NULL)
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        g_remove (path);
      }
}

static GDateTime *
moment_of (const char *path,
           const char *prefix)
{
  g_autofree char *name = g_path_get_basename (path);
  int y, mo, d, h, mi, s;

  if (sscanf (name + strlen (prefix), "%4d%2d%2d-%2d%2d%2d", &y, &mo, &d, &h, &mi, &s) != 6)
    return NULL;
  return g_date_time_new_utc (y, mo, d, h, mi, s);
}

static gboolean
due (const char *database,
     GPtrArray  *existing,
     GDateTime  *now)
{
  g_autofree char *prefix = stem_of (database);
  g_autoptr(GDateTime) newest = NULL;
  GTimeSpan age;

  if (existing->len == 0)
    return TRUE;
  newest = moment_of (g_ptr_array_index (existing, existing->len - 1), prefix);
  if (newest == NULL)
    return TRUE;
  age = g_date_time_difference (now, newest);
  /* A clock set back makes the newest lie in the future: make one anew. */
  return age >= G_TIME_SPAN_DAY || age < -G_TIME_SPAN_HOUR;
}

gboolean
sv_auto_backup_run (const char  *database,
                    guint        keep,
                    GDateTime   *now,
                    gboolean     force,
                    char       **made,
                    GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (database != NULL && now != NULL, FALSE);
  g_return_val_if_fail (made != NULL, FALSE);

  *made = NULL;
  existing = sv_auto_backup_list (database);
  if (!force && !due (database, existing, now))
    return TRUE;

  remove_leftovers (database);
  folder = sv_auto_backup_folder (database);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, SV_ERROR, SV_ERROR_DATABASE,
                   _("The folder %s for the daily backup cannot be made: %s"), folder, g_strerror (saved));
      return FALSE;
    }
  /* Ours alone, whoever made it. */
  g_chmod (folder, 0700);

  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, STAMP_FORMAT);
  prefix = stem_of (database);
  name = g_strconcat (prefix, stamp, ".db", NULL);
  path = g_build_filename (folder, name, NULL);
  if (!sv_sqlite_backup_create (database, path, error))
    return FALSE;

  /* The newest @keep stay; the list is oldest first. */
  g_ptr_array_add (existing, g_strdup (path));
  for (guint i = 0; existing->len > MAX (keep, 1) + i; i++)
    g_remove (g_ptr_array_index (existing, i));
  *made = g_steal_pointer (&path);
  return TRUE;
}
