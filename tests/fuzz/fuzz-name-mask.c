/* fuzz-name-mask.c: masking a family's names in text for the projector.
 *
 * The input is split into lines: the household's name, a member's given
 * names, the member's family name, a network member's name, and then the
 * free text the chair typed. With nothing revealed, no word of the
 * member's names (of four letters or more, so no particle) may reach the
 * room outside the [placeholders], compared as the mask compares: case
 * and accents ignored. */
#include "config.h"

#include "sv-fuzz.h"
#include "sv-name-mask.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  return 0;
}

static char *
word_key (const char *word,
          gssize      len)
{
  g_autofree char *nfd = g_utf8_normalize (word, len, G_NORMALIZE_NFD);
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = nfd; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (bare, g_utf8_get_char (p));
  return g_utf8_casefold (bare->str, -1);
}

/* Calls @func on each word (letters and digits) of @text outside [ ]. */
static void
add_keys (const char *text,
          GHashTable *keys,
          gboolean    skip_bracketed)
{
  const char *p = text;
  int depth = 0;

  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          if (!skip_bracketed || depth == 0)
            g_hash_table_add (keys, word_key (start, p - start));
          continue;
        }
      if (*p == '[')
        depth++;
      else if (*p == ']' && depth > 0)
        depth--;
      p = g_utf8_next_char (p);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *raw = sv_fuzz_string (data, size);
  g_autofree char *text = g_utf8_make_valid (raw, -1);
  g_auto(GStrv) lines = g_strsplit (text, "\n", 5);
  g_autoptr(SvHousehold) household = sv_household_new ();
  g_autoptr(SvMember) member = sv_member_new ();
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(SvNameMask) mask = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *masked = NULL;
  GHashTableIter iter;
  const char *key;

  if (g_strv_length (lines) < 5)
    return 0;
  g_free (household->name);
  household->name = g_strdup (lines[0]);
  g_free (member->given_names);
  member->given_names = g_strdup (lines[1]);
  g_free (member->family_name);
  member->family_name = g_strdup (lines[2]);
  g_ptr_array_add (members, member);

  mask = sv_name_mask_new (household, members, SV_REVEAL_NONE);
  sv_name_mask_add_network (mask, lines[3], "buurvrouw");
  masked = sv_name_mask_apply (mask, lines[4]);
  if (masked == NULL || !g_utf8_validate (masked, -1, NULL))
    g_error ("the masked text is not UTF-8");

  add_keys (lines[1], names, FALSE);
  add_keys (lines[2], names, FALSE);
  add_keys (masked, shown, TRUE);
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (g_utf8_strlen (key, -1) >= 4 && !g_str_equal (key, "gezin") &&
        !g_str_equal (key, "familie") && g_hash_table_contains (shown, key))
      g_error ("the name \"%s\" reaches the projector in \"%s\"", key, masked);

  /* Initials and names revealed: only that it holds. */
  sv_name_mask_free (g_steal_pointer (&mask));
  mask = sv_name_mask_new (household, members, SV_REVEAL_INITIALS);
  g_free (sv_name_mask_apply (mask, lines[4]));
  return 0;
}
