/* sv-name-mask.c: hiding a family's names inside free text. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

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

/* Words that say how someone of the informal network is related, and
 * that people put in front of the name when they record it ("Buurvrouw
 * Ingrid", "oma Truus"). In front they are no names: masked, "buurvrouw"
 * in the relation column and in every text would turn into "B.". Behind
 * the first name they are one ("Truus Grootmoeder", "Kees de Vader"), and
 * a member's name is always masked whole. Kept simple on purpose: a
 * prefix of these words, nothing cleverer that could let a name through.
 */
static const char *const relation_words[] = {
  "buurvrouw", "buurman", "buren", "buurmeisje", "buurjongen",
  "oma", "opa", "grootmoeder", "grootvader", "overgrootmoeder", "overgrootvader",
  "tante", "oom", "nicht", "neef", "zus", "zuster", "broer",
  "moeder", "vader", "mama", "papa", "stiefmoeder", "stiefvader",
  "schoonmoeder", "schoonvader", "peettante", "peetoom", "peetmoeder", "peetvader",
  "vriendin", "vriend", "vriendje", "vriendinnetje", "kennis", "collega",
  "juf", "meester", "trainer", "coach", "mevrouw", "meneer", "dhr", "mevr", "mw",
};

static gboolean
in_list (const char         *key,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (key, list[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_particle (const char *key)
{
  return in_list (key, particles, G_N_ELEMENTS (particles));
}

static gboolean
is_relation_word (const char *key)
{
  return in_list (key, relation_words, G_N_ELEMENTS (relation_words));
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
  gboolean    network;       /* relation words in front are not names */
  gboolean    in_front;      /* no name word seen yet */
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
  if (add->network && add->in_front && (is_relation_word (key) || is_particle (key)))
    return;
  add->in_front = FALSE;
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

  self->reveal = reveal;
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sv_name_mask_add_household (self, household, members);
  return self;
}

void
sv_name_mask_add_household (SvNameMask        *self,
                            const SvHousehold *household,
                            GPtrArray         *members)
{
  /* TRANSLATORS: replaces a family name in text on the projector */
  g_autofree char *surname = g_strdup_printf ("[%s]", _("surname"));

  g_return_if_fail (self != NULL);
  if (self->reveal & SV_REVEAL_NAMES)
    return;

  /* Given names first: a word that is both someone's given name and a
   * family name is shown as the person. */
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const SvMember *member = g_ptr_array_index (members, i);
      g_autofree char *role = g_utf8_strdown (sv_member_role_label (member->role), -1);
      g_autofree char *placeholder = g_strdup_printf ("[%s]", role);
      AddWords add = { self, placeholder, FALSE, FALSE };

      foreach_word (member->given_names, add_word, &add);
    }
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const SvMember *member = g_ptr_array_index (members, i);
      AddWords add = { self, surname, FALSE, FALSE };

      foreach_word (member->family_name, add_word, &add);
    }
  if (household != NULL)
    {
      AddWords add = { self, surname, FALSE, FALSE };
      foreach_word (household->name, add_word, &add);
    }
}

void
sv_name_mask_add_network (SvNameMask *self,
                          const char *name,
                          const char *relation)
{
  g_autofree char *placeholder = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *lower = NULL;
  AddWords add = { self, NULL, TRUE, TRUE };

  g_return_if_fail (self != NULL);
  if (name == NULL || (self->reveal & SV_REVEAL_NAMES))
    return;
  /* "[oma]" only for a relation that is one relation word: a relation
   * typed as "vriendin van Anna" would carry a name into the text. */
  trimmed = g_strstrip (g_strdup (relation != NULL ? relation : ""));
  lower = word_key (trimmed, -1);
  if (is_relation_word (lower))
    placeholder = g_strdup_printf ("[%s]", lower);
  else
    /* TRANSLATORS: replaces the name of someone of the informal network in text */
    placeholder = g_strdup_printf ("[%s]", _("network"));
  add.placeholder = placeholder;
  foreach_word (name, add_word, &add);
}

char *
sv_name_mask_network_initials (const char *name)
{
  GString *out = g_string_new (NULL);
  const char *p = name;
  gboolean in_front = TRUE;

  /* Word by word: a relation word in front stays as typed, a particle
   * keeps its lower-case letter ("van"), a name becomes its initial. */
  while (p != NULL && *p != '\0')
    {
      const char *start;
      g_autofree char *key = NULL;
      gunichar first;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        break;
      key = word_key (start, p - start);
      first = g_utf8_get_char (start);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (in_front && is_relation_word (key))
        g_string_append_len (out, start, p - start);
      else
        {
          in_front = in_front && is_particle (key);
          g_string_append_unichar (out, g_unichar_islower (first) && is_particle (key)
                                        ? first : g_unichar_toupper (first));
          g_string_append_c (out, '.');
        }
    }
  return g_string_free (out, FALSE);
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
  /* An initial at the end of a sentence: "met B." rather than "met B..". */
  if (replacement != NULL && g_str_has_suffix (replacement, ".") && word[len] == '.')
    g_string_append_len (apply->out, replacement, (gssize) strlen (replacement) - 1);
  else if (replacement != NULL)
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
