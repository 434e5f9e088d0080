/* sv-gesprek-letter.c: filling the invitation templates of a language
 * with the facts of one conversation. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-gesprek-letter.h"

#define LETTERS_PATH "/org/overbetuwe/SamenVeilig/letters/"

void
sv_gesprek_letter_free (SvGesprekLetter *letter)
{
  if (letter == NULL)
    return;
  g_free (letter->key);
  g_free (letter->label);
  g_free (letter->file_name);
  g_free (letter->text);
  g_free (letter);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
has_templates (const char *language)
{
  g_autofree char *path = g_strconcat (LETTERS_PATH, language, "/strings.ini", NULL);

  return g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
}

const char *
sv_gesprek_letter_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      /* "nl_NL.UTF-8" and "nl_NL" come before "nl"; only plain language
       * codes are folders. */
      if (strchr (names[i], '_') != NULL || strchr (names[i], '.') != NULL ||
          strchr (names[i], '@') != NULL || g_str_equal (names[i], "C"))
        continue;
      if (has_templates (names[i]))
        return g_intern_string (names[i]);
    }
  return "nl";
}

static char *
load_text (const char  *language,
           const char  *name,
           GError     **error)
{
  g_autofree char *path = g_strconcat (LETTERS_PATH, language, "/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (bytes == NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND,
                   _("The letter template %s is missing from the installation."), path);
      return NULL;
    }
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GKeyFile *
load_strings (const char  *language,
              GError     **error)
{
  g_autofree char *text = load_text (language, "strings.ini", error);
  g_autoptr(GKeyFile) strings = g_key_file_new ();

  if (text == NULL || !g_key_file_load_from_data (strings, text, -1, G_KEY_FILE_NONE, error))
    return NULL;
  return g_steal_pointer (&strings);
}

/* A string of the template data; "" when the template lacks it, so a
 * half-translated language still gives a letter. */
static char *
get (GKeyFile   *strings,
     const char *group,
     const char *key)
{
  char *value = g_key_file_get_string (strings, group, key, NULL);

  return value != NULL ? value : g_strdup ("");
}

static char *
format_date (GKeyFile    *strings,
             const GDate *date)
{
  g_auto(GStrv) days = g_key_file_get_string_list (strings, "dates", "weekdays", NULL, NULL);
  g_auto(GStrv) months = g_key_file_get_string_list (strings, "dates", "months", NULL, NULL);
  guint weekday = g_date_get_weekday (date);
  guint month = g_date_get_month (date);

  if (days == NULL || months == NULL || g_strv_length (days) < 7 || g_strv_length (months) < 12)
    return g_strdup_printf ("%02u-%02u-%04u", (guint) g_date_get_day (date), month,
                            (guint) g_date_get_year (date));
  return g_strdup_printf ("%s %u %s %u", days[weekday - 1], (guint) g_date_get_day (date),
                          months[month - 1], (guint) g_date_get_year (date));
}

static char *
format_time (GKeyFile *strings,
             int       minutes)
{
  g_autofree char *form = get (strings, "dates", "time");
  g_autoptr(GString) out = g_string_new (*form != '\0' ? form : "@H:@M");
  g_autofree char *hours = g_strdup_printf ("%d", (minutes / 60) % 24);
  g_autofree char *mins = g_strdup_printf ("%02d", minutes % 60);

  g_string_replace (out, "@H", hours, 0);
  g_string_replace (out, "@M", mins, 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_person (GString    *list,
               const char *name,
               const char *label,
               const char *detail)
{
  g_autofree char *clean_detail = g_strstrip (g_strdup (detail != NULL ? detail : ""));

  g_string_append_printf (list, "%s- %s", list->len > 0 ? "\n" : "", name);
  if (label != NULL && *label != '\0' && *clean_detail != '\0')
    g_string_append_printf (list, " (%s, %s)", label, clean_detail);
  else if (label != NULL && *label != '\0')
    g_string_append_printf (list, " (%s)", label);
  else if (*clean_detail != '\0')
    g_string_append_printf (list, " (%s)", clean_detail);
}

static gboolean
youth_invited (const SvGesprek       *gesprek,
               const SvGesprekPerson *person)
{
  return person->role == SV_GESPREK_YOUTH &&
         sv_gesprek_youth_status (gesprek, person) == SV_IG_YOUTH_INVITED;
}

/* "- Name (role)" for everyone who will be there, as @youth (NULL: the
 * parents) reads it. */
static char *
attendees (const SvGesprek       *gesprek,
           const SvGesprekPerson *youth,
           GKeyFile              *strings)
{
  g_autoptr(GString) list = g_string_new ("");
  g_autofree char *parent = get (strings, "roles", "ouder");
  g_autofree char *child = get (strings, "roles", "kind");
  g_autofree char *self_label = get (strings, "roles", "jeugdige");
  g_autofree char *trust = get (strings, "roles", "vertrouwenspersoon");

  if (youth != NULL)
    g_string_append_printf (list, "- %s", self_label);
  for (guint i = 0; i < gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (gesprek->people, i);

      if (person->role == SV_GESPREK_PARENT)
        append_person (list, person->name, parent, NULL);
    }
  for (guint i = 0; i < gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (gesprek->people, i);

      if (person != youth && youth_invited (gesprek, person))
        append_person (list, person->name, child, NULL);
    }
  for (guint i = 0; i < gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (gesprek->people, i);

      if (person->role == SV_GESPREK_VERTROUWENSPERSOON)
        append_person (list, person->name, trust, person->detail);
    }
  if (!is_blank (gesprek->chair_name))
    {
      g_autofree char *chair = get (strings, "roles", "voorzitter");

      append_person (list, gesprek->chair_name, chair, gesprek->chair_role);
    }
  else
    {
      g_autofree char *inbrenger = get (strings, "roles", "inbrenger");

      g_string_append_printf (list, "%s- %s", list->len > 0 ? "\n" : "", inbrenger);
    }
  for (guint i = 0; i < gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (gesprek->people, i);

      if (person->role == SV_GESPREK_PARTNER)
        append_person (list, person->name, NULL, person->detail);
    }
  if (gesprek->kind == SV_IG_KIND_RVDK)
    {
      g_autofree char *rvdk = get (strings, "roles", "rvdk");

      g_string_append_printf (list, "\n- %s", rvdk);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
parents_names (const SvGesprek *gesprek,
               GKeyFile        *strings)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *and = get (strings, "dates", "and");
  g_autoptr(GString) out = g_string_new ("");

  for (guint i = 0; i < gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (gesprek->people, i);

      if (person->role == SV_GESPREK_PARENT)
        g_ptr_array_add (names, person->name);
    }
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? " " : ", ");
      if (i > 0 && i + 1 == names->len)
        g_string_append_printf (out, "%s ", and);
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
place_text (const SvGesprek *gesprek,
            GKeyFile        *strings)
{
  g_autofree char *place = NULL;
  g_autofree char *room = g_strstrip (g_strdup (gesprek->room_note != NULL ? gesprek->room_note : ""));

  if (gesprek->place == SV_GESPREK_PLACE_OTHER)
    place = g_strstrip (g_strdup (gesprek->place_other != NULL ? gesprek->place_other : ""));
  else
    place = get (strings, "places", sv_gesprek_place_to_nick (gesprek->place));
  if (*room == '\0')
    return g_steal_pointer (&place);
  return g_strdup_printf ("%s (%s)", place, room);
}

char *
sv_gesprek_letter_generate (const SvGesprek       *gesprek,
                            const SvGesprekPerson *youth,
                            GError               **error)
{
  const char *language = sv_gesprek_letter_language ();
  g_autoptr(GKeyFile) strings = NULL;
  g_autofree char *template = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *place = NULL;
  g_autofree char *people = NULL;
  g_autofree char *parents = NULL;
  g_autofree char *apart = NULL;
  g_autofree char *rvdk = NULL;

  g_return_val_if_fail (gesprek != NULL, NULL);

  if (!g_date_valid (&gesprek->date) || gesprek->minutes < 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                           _("Letters: choose the date and the start time of the conversation first."));
      return NULL;
    }
  strings = load_strings (language, error);
  if (strings == NULL)
    return NULL;
  template = load_text (language, youth != NULL ? "jeugdige.txt" : "ouders.txt", error);
  if (template == NULL)
    return NULL;

  date = format_date (strings, &gesprek->date);
  start = format_time (strings, gesprek->minutes);
  end = format_time (strings, MIN (gesprek->minutes + gesprek->duration, 24 * 60 - 1));
  place = place_text (gesprek, strings);
  people = attendees (gesprek, youth, strings);
  parents = parents_names (gesprek, strings);
  apart = g_strstrip (g_strdup (youth != NULL && youth->separate_note != NULL ? youth->separate_note : ""));
  if (*apart == '\0')
    {
      g_free (apart);
      apart = get (strings, "youth", "apart");
    }
  if (*parents == '\0')
    {
      g_free (parents);
      parents = get (strings, "parents", "nobody");
    }
  rvdk = gesprek->kind == SV_IG_KIND_RVDK ? get (strings, youth != NULL ? "youth" : "parents", "rvdk")
                                          : g_strdup ("");

  text = g_string_new (template);
  g_string_replace (text, "{ouders}", parents, 0);
  g_string_replace (text, "{jeugdige}", youth != NULL ? youth->name : "", 0);
  g_string_replace (text, "{datum}", date, 0);
  g_string_replace (text, "{tijd}", start, 0);
  g_string_replace (text, "{eindtijd}", end, 0);
  g_string_replace (text, "{plaats}", place, 0);
  g_string_replace (text, "{aanwezigen}", people, 0);
  g_string_replace (text, "{apart}", apart, 0);
  g_string_replace (text, "{rvdk}", rvdk, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The youth's given name for a file name, in plain ASCII. */
static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *out = g_string_new ("");

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static SvGesprekLetter *
collect_one (SvStore               *store,
             const SvGesprek       *gesprek,
             const SvGesprekPerson *youth,
             GError               **error)
{
  g_autoptr(SvGesprekLetter) letter = g_new0 (SvGesprekLetter, 1);
  GError *local = NULL;

  letter->key = sv_gesprek_letter_key (youth);
  if (youth == NULL)
    {
      letter->label = g_strdup (_("Parents and carers"));
      letter->file_name = g_strdup_printf ("uitnodiging-%" G_GINT64_FORMAT "-ouders.pdf", gesprek->id);
    }
  else
    {
      g_autofree char *name_slug = slug (youth->name);

      letter->label = g_strdup (youth->name);
      letter->file_name = g_strdup_printf ("uitnodiging-%" G_GINT64_FORMAT "-jeugdige-%" G_GINT64_FORMAT "%s%s.pdf",
                                           gesprek->id, youth->id, *name_slug != '\0' ? "-" : "", name_slug);
    }
  if (store != NULL && gesprek->id > 0)
    {
      letter->text = sv_store_get_gesprek_letter (store, gesprek->id, letter->key, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return NULL;
        }
    }
  letter->edited = letter->text != NULL;
  if (letter->text == NULL)
    letter->text = sv_gesprek_letter_generate (gesprek, youth, error);
  if (letter->text == NULL)
    return NULL;
  return g_steal_pointer (&letter);
}

GPtrArray *
sv_gesprek_letters_collect (SvStore          *store,
                            const SvGesprek  *gesprek,
                            GError          **error)
{
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_gesprek_letter_free);
  SvGesprekLetter *letter;

  g_return_val_if_fail (gesprek != NULL, NULL);

  letter = collect_one (store, gesprek, NULL, error);
  if (letter == NULL)
    return NULL;
  g_ptr_array_add (letters, letter);
  for (guint i = 0; i < gesprek->people->len; i++)
    {
      const SvGesprekPerson *person = g_ptr_array_index (gesprek->people, i);

      if (!youth_invited (gesprek, person))
        continue;
      letter = collect_one (store, gesprek, person, error);
      if (letter == NULL)
        return NULL;
      g_ptr_array_add (letters, letter);
    }
  return g_steal_pointer (&letters);
}
