/* sv-name-mask.c: hiding a family's names inside free text. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-name-mask.h"

struct _SvNameMask
{
  SvRevealFlags  reveal;
  GHashTable    *words;   /* key (folded word) → replacement */
};

/* Dutch and other name particles: part of a family name, but words anyone
 * may write ("de", "van"), and no help in recognising a family. */
static const char *const particles[] = {
  "d", "da", "de", "del", "den", "der", "des", "di", "do", "du", "het", "in",
  "la", "le", "op", "s", "t", "te", "ten", "ter", "van", "von", "zu",
  /* the household's name is "Gezin Jansen": only "Jansen" is a name */
  "gezin", "familie", "fam",
};

/* The form words are compared in: without accents, case folded. */
static char *
word_key (const char *word,
          gssize      len)
{
  g_autofree char *nfd = g_utf8_normalize (word, len, G_NORMALIZE_NFD);
  g_autoptr(GString) bare = g_string_new (NULL);

  if (nfd == NULL)
    return g_strdup ("");
  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

static gboolean
is_particle (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    if (g_str_equal (key, particles[i]))
      return TRUE;
  return FALSE;
}

/* Calls func for every word (a run of letters and digits) of text. */
static void
foreach_word (const char *text,
              void      (*func) (const char *word, gsize len, gpointer data),
              gpointer    data)
{
  const char *p = text;

  while (p != NULL && *p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        func (start, (gsize) (p - start), data);
      else
        p = g_utf8_next_char (p);
    }
}

typedef struct {
  SvNameMask *self;
  const char *placeholder;   /* replacement when nothing is revealed */
} AddWords;

static void
add_word (const char *word,
          gsize       len,
          gpointer    data)
{
  AddWords *add = data;
  g_autofree char *key = word_key (word, (gssize) len);
  char *replacement;

  /* A single letter is an initial already, and matches too much. */
  if (g_utf8_strlen (key, -1) < 2 || is_particle (key) ||
      g_hash_table_contains (add->self->words, key))
    return;
  if (add->self->reveal & SV_REVEAL_INITIALS)
    {
      g_autofree char *upper = g_utf8_strup (word, g_utf8_next_char (word) - word);
      replacement = g_strconcat (upper, ".", NULL);
    }
  else
    replacement = g_strdup (add->placeholder);
  g_hash_table_insert (add->self->words, g_steal_pointer (&key), replacement);
}

SvNameMask *
sv_name_mask_new (const SvHousehold *household,
                  GPtrArray         *members,
                  SvRevealFlags      reveal)
{
  SvNameMask *self = g_new0 (SvNameMask, 1);
  /* TRANSLATORS: replaces a family name in text on the projector */
  g_autofree char *surname = g_strdup_printf ("[%s]", _("surname"));

  self->reveal = reveal;
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (reveal & SV_REVEAL_NAMES)
    return self;

  /* Given names first: a word that is both someone's given name and a
   * family name is shown as the person. */
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const SvMember *member = g_ptr_array_index (members, i);
      g_autofree char *role = g_utf8_strdown (sv_member_role_label (member->role), -1);
      g_autofree char *placeholder = g_strdup_printf ("[%s]", role);
      AddWords add = { self, placeholder };

      foreach_word (member->given_names, add_word, &add);
    }
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const SvMember *member = g_ptr_array_index (members, i);
      AddWords add = { self, surname };

      foreach_word (member->family_name, add_word, &add);
    }
  if (household != NULL)
    {
      AddWords add = { self, surname };
      foreach_word (household->name, add_word, &add);
    }
  return self;
}

typedef struct {
  const SvNameMask *self;
  GString          *out;
  const char       *done;   /* the text up to here is in out */
} Apply;

static void
replace_word (const char *word,
              gsize       len,
              gpointer    data)
{
  Apply *apply = data;
  g_autofree char *key = word_key (word, (gssize) len);
  const char *replacement = g_hash_table_lookup (apply->self->words, key);

  g_string_append_len (apply->out, apply->done, word - apply->done);
  if (replacement != NULL)
    g_string_append (apply->out, replacement);
  else
    g_string_append_len (apply->out, word, (gssize) len);
  apply->done = word + len;
}

char *
sv_name_mask_apply (const SvNameMask *self,
                    const char       *text)
{
  Apply apply;

  g_return_val_if_fail (self != NULL, NULL);
  if (text == NULL)
    return g_strdup ("");
  if (g_hash_table_size (self->words) == 0)
    return g_strdup (text);

  apply.self = self;
  apply.out = g_string_new (NULL);
  apply.done = text;
  foreach_word (text, replace_word, &apply);
  g_string_append (apply.out, apply.done);
  return g_string_free (apply.out, FALSE);
}

void
sv_name_mask_free (SvNameMask *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->words);
  g_free (self);
}
