/* sv-bench-generate.c: fills a new database with fictitious cases through
 * the real store API, for the benchmark (100,000 cases) or a demonstration
 * (a few hundred).
 *
 *   sv-bench-generate DB [N_CASES]
 *
 * One household per case with 2–4 members (3 on average), 5–15 journal
 * entries per case (10 on average), reports received from 2019 up to
 * 20 November 2026, one case in five closed. The same N gives the same
 * names, dates and texts every time (a fixed seed); uids differ.
 *
 * The database is written to DB.part and renamed to DB once complete, so a
 * file at DB is always a finished one.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <locale.h>

#include "sv-bench-words.h"
#include "sv-date.h"
#include "sv-sqlite-store.h"

#define DEFAULT_N_CASES 100000
#define BATCH_SIZE      500
#define SEED            20261122
/* Validation refuses dates after "today": the data runs up to here. */
#define LAST_DAY        "2026-11-20"
#define FIRST_DAY       "2019-01-01"
#define BENCH_TODAY     "2026-11-22"

typedef struct {
  SvStore *store;
  GRand   *rand;
  guint    n_cases;
  guint    next;        /* index of the next case to write */
  guint32  first_day;   /* julian days */
  guint32  last_day;
  guint64  n_households;
  guint64  n_members;
  guint64  n_journal;
  guint64  n_consents;
  guint64  n_closed;
  guint64  n_journal_chars;
} Generator;

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static const char *
pick (Generator         *gen,
      const char *const *words,
      guint              n_words)
{
  return words[g_rand_int_range (gen->rand, 0, (gint32) n_words)];
}

static gboolean
chance (Generator *gen,
        double     p)
{
  return g_rand_double (gen->rand) < p;
}

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

static void
random_birth (Generator *gen,
              GDate     *date,
              guint      from_year,
              guint      to_year)
{
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, (GDateYear) from_year);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, (GDateYear) to_year);
  set_julian (date, (guint32) g_rand_int_range (gen->rand, (gint32) g_date_get_julian (&first),
                                                (gint32) g_date_get_julian (&last) + 1));
}

/* A journal note of 60–200 characters from the vocabulary, now and then
 * naming a member of the household. */
static char *
journal_text (Generator   *gen,
              const char  *name)
{
  guint target = (guint) g_rand_int_range (gen->rand, 60, 201);
  gboolean with_name = name != NULL && chance (gen, 0.3);
  guint name_at = (guint) g_rand_int_range (gen->rand, 0, 6);
  GString *text = g_string_new (NULL);
  guint n_words = 0;

  while (TRUE)
    {
      const char *word = with_name && n_words == name_at ? name : pick (gen, sv_bench_words, sv_bench_n_words);
      const char *sep = n_words == 0 ? "" : n_words % 9 == 0 ? ", " : " ";
      glong len = g_utf8_strlen (text->str, -1) + (glong) strlen (sep) + g_utf8_strlen (word, -1) + 1;

      if (n_words > 0 && len > (glong) target)
        break;
      g_string_append (text, sep);
      g_string_append (text, word);
      n_words++;
    }
  /* Capitalise the first letter: a note starts like a sentence. */
  if (g_ascii_islower (text->str[0]))
    text->str[0] = g_ascii_toupper (text->str[0]);
  /* Pad a short note up to 60 characters with more words. */
  while (g_utf8_strlen (text->str, -1) < 59)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, pick (gen, sv_bench_words, sv_bench_n_words));
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* One case: household, members, the case, consent, journal. */
static gboolean
write_case (Generator  *gen,
            guint       index,
            GError    **error)
{
  g_autoptr(SvHousehold) household = sv_household_new ();
  g_autoptr(SvCase) c = sv_case_new ();
  g_autofree char *first_given = NULL;
  g_autofree char *parent_name = NULL;
  const char *family = pick (gen, sv_bench_family_names, sv_bench_n_family_names);
  guint n_members = (guint) g_rand_int_range (gen->rand, 2, 5);
  guint n_entries = (guint) g_rand_int_range (gen->rand, 5, 16);
  guint32 received = gen->first_day + (guint32) ((guint64) index * (gen->last_day - gen->first_day + 1) / gen->n_cases);
  guint32 span = MIN (365, gen->last_day - received);
  g_autofree guint32 *days = g_new (guint32, n_entries);
  double source_roll = g_rand_double (gen->rand);
  GPtrArray *given = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;

  /* Household and members. */
  g_free (household->name);
  household->name = g_strconcat ("Gezin ", family, NULL);
  if (!sv_store_save_household (gen->store, household, error))
    goto out;
  gen->n_households++;

  for (guint m = 0; m < n_members; m++)
    {
      g_autoptr(SvMember) member = sv_member_new ();
      gboolean parent = m == 0 || (m == 1 && chance (gen, 0.6));

      member->household_id = household->id;
      g_free (member->given_names);
      member->given_names = g_strdup (pick (gen, sv_bench_given_names, sv_bench_n_given_names));
      g_free (member->family_name);
      member->family_name = g_strdup (m == 1 && parent && chance (gen, 0.5)
                                      ? pick (gen, sv_bench_family_names, sv_bench_n_family_names)
                                      : family);
      member->role = parent ? SV_MEMBER_ROLE_OUDER_VERZORGER : SV_MEMBER_ROLE_JEUGDIGE;
      if (chance (gen, 0.9))
        random_birth (gen, &member->birth_date, parent ? 1962 : 2005, parent ? 1998 : 2024);
      if (!sv_store_save_member (gen->store, member, error))
        goto out;
      g_ptr_array_add (given, g_strdup (member->given_names));
      if (m == 0)
        parent_name = sv_member_dup_full_name (member);
      gen->n_members++;
    }
  first_given = g_strdup (g_ptr_array_index (given, 0));

  /* Journal dates first: a closed case closes after its last entry. */
  for (guint e = 0; e < n_entries; e++)
    days[e] = received + (guint32) g_rand_int_range (gen->rand, 0, (gint32) span + 1);
  qsort (days, n_entries, sizeof (guint32), compare_guint32);

  /* The case. */
  c->household_id = household->id;
  if (source_roll < 0.25)
    c->source = SV_REPORT_SOURCE_VEILIG_THUIS;
  else if (source_roll < 0.5)
    c->source = SV_REPORT_SOURCE_HUISARTS;
  else if (source_roll < 0.85)
    c->source = SV_REPORT_SOURCE_DERDE;
  else
    c->source = SV_REPORT_SOURCE_BETROKKENE;
  c->report_kind = sv_report_kind_for_source (c->source);
  g_free (c->source_detail);
  switch (c->source)
    {
    case SV_REPORT_SOURCE_VEILIG_THUIS:
      c->source_detail = g_strdup ("Veilig Thuis Gelderland-Midden");
      break;
    case SV_REPORT_SOURCE_HUISARTS:
      c->source_detail = g_strdup (pick (gen, sv_bench_gp_practices, sv_bench_n_gp_practices));
      break;
    case SV_REPORT_SOURCE_DERDE:
      c->source_detail = g_strdup (pick (gen, sv_bench_third_parties, sv_bench_n_third_parties));
      break;
    case SV_REPORT_SOURCE_BETROKKENE:
    default:
      c->source_detail = g_strdup (parent_name);
      break;
    }
  set_julian (&c->received, received);
  g_free (c->reason);
  c->reason = g_strdup (pick (gen, sv_bench_reasons, sv_bench_n_reasons));
  if (chance (gen, 0.2))
    {
      c->status = SV_CASE_STATUS_GESLOTEN;
      guint32 closed = days[n_entries - 1] + (guint32) g_rand_int_range (gen->rand, 0, 61);

      set_julian (&c->closed_on, MIN (gen->last_day, closed));
      g_free (c->closing_note);
      c->closing_note = g_strdup ("Zorgen weggenomen; hulpverlening loopt in het voorliggend veld.");
      gen->n_closed++;
    }
  if (!sv_store_save_case (gen->store, c, error))
    goto out;

  /* Consent, where the kind of report needs it. */
  if (sv_consent_required (c->report_kind))
    {
      g_autoptr(SvConsent) consent = sv_consent_new ();
      double roll = g_rand_double (gen->rand);

      consent->case_id = c->id;
      if (roll < 0.6)
        {
          consent->status = SV_CONSENT_STATUS_GEGEVEN;
          g_free (consent->given_by);
          consent->given_by = g_strdup (parent_name);
          g_free (consent->scope);
          consent->scope = g_strdup ("Bespreking in LEVO en LEJO; gegevens delen met de vaste kern.");
        }
      else if (roll < 0.7)
        consent->status = SV_CONSENT_STATUS_GEWEIGERD;
      if (consent->status != SV_CONSENT_STATUS_ONBEKEND)
        {
          guint32 date = received + (guint32) g_rand_int_range (gen->rand, 0, 15);

          set_julian (&consent->date, MIN (gen->last_day, date));
        }
      if (!sv_store_save_consent (gen->store, consent, error))
        goto out;
      gen->n_consents++;
    }

  /* The journal. */
  for (guint e = 0; e < n_entries; e++)
    {
      g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
      const char *name = g_ptr_array_index (given, (guint) g_rand_int_range (gen->rand, 0, (gint32) given->len));

      entry->case_id = c->id;
      set_julian (&entry->date, days[e]);
      g_free (entry->author);
      entry->author = g_strdup (pick (gen, sv_bench_authors, sv_bench_n_authors));
      g_free (entry->text);
      entry->text = journal_text (gen, name);
      gen->n_journal_chars += (guint64) g_utf8_strlen (entry->text, -1);
      if (!sv_store_add_journal_entry (gen->store, entry, error))
        goto out;
      gen->n_journal++;
    }
  goto done;

out:
  ok = FALSE;
done:
  g_ptr_array_unref (given);
  return ok;
}

static gboolean
write_batch (SvStore  *store,
             gpointer  user_data,
             GError  **error)
{
  Generator *gen = user_data;
  guint end = MIN (gen->n_cases, gen->next + BATCH_SIZE);

  for (; gen->next < end; gen->next++)
    if (!write_case (gen, gen->next, error))
      return FALSE;
  return TRUE;
}

static void
remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

/* ------------------------------------------------------------------------
 * Main
 * ------------------------------------------------------------------------ */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autofree char *part = NULL;
  Generator gen = { 0 };
  GDate day;
  gint64 start, last_report;
  guint last_reported = 0;
  GStatBuf st;
  double seconds;

  setlocale (LC_ALL, "");
  if (argc < 2 || argc > 3)
    {
      g_printerr ("Usage: %s DB [N_CASES]\n"
                  "Writes a new database of N_CASES fictitious cases (default %u).\n",
                  argv[0], DEFAULT_N_CASES);
      return 2;
    }
  gen.n_cases = DEFAULT_N_CASES;
  if (argc == 3)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (argv[2], 10, 1, 10000000, &n, &error))
        {
          g_printerr ("N_CASES: %s\n", error->message);
          return 2;
        }
      gen.n_cases = (guint) n;
    }
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists already: give the name of a new database.\n", argv[1]);
      return 2;
    }

  /* The data runs up to LAST_DAY; keep validation from calling that the
   * future on a machine whose clock is behind. */
  g_setenv ("SV_TODAY", BENCH_TODAY, FALSE);

  part = g_strconcat (argv[1], ".part", NULL);
  remove_database (part);
  store = sv_sqlite_store_open (part, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", part, error->message);
      return 1;
    }

  gen.store = SV_STORE (store);
  gen.rand = g_rand_new_with_seed (SEED);
  sv_date_from_iso (FIRST_DAY, &day);
  gen.first_day = g_date_get_julian (&day);
  sv_date_from_iso (LAST_DAY, &day);
  gen.last_day = g_date_get_julian (&day);

  start = last_report = g_get_monotonic_time ();
  while (gen.next < gen.n_cases)
    {
      gint64 now;

      if (!sv_store_run_in_transaction (gen.store, write_batch, &gen, &error))
        {
          g_printerr ("case %u: %s\n", gen.next + 1, error->message);
          g_rand_free (gen.rand);
          g_clear_object (&store);
          remove_database (part);
          return 1;
        }
      now = g_get_monotonic_time ();
      if (now - last_report >= 5 * G_USEC_PER_SEC || gen.next == gen.n_cases)
        {
          g_printerr ("%u/%u cases, %.0f cases/s (last %.1f s), %.0f cases/s overall\n",
                      gen.next, gen.n_cases,
                      (gen.next - last_reported) / ((now - last_report) / (double) G_USEC_PER_SEC),
                      (now - last_report) / (double) G_USEC_PER_SEC,
                      gen.next / ((now - start) / (double) G_USEC_PER_SEC));
          last_report = now;
          last_reported = gen.next;
        }
    }
  g_rand_free (gen.rand);
  g_clear_object (&store);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  if (g_rename (part, argv[1]) != 0)
    {
      g_printerr ("Cannot rename %s to %s: %s\n", part, argv[1], g_strerror (errno));
      return 1;
    }
  if (g_stat (argv[1], &st) != 0)
    st.st_size = 0;
  g_print ("%s: %u cases, %" G_GUINT64_FORMAT " households, %" G_GUINT64_FORMAT " members,"
           " %" G_GUINT64_FORMAT " journal entries (%.0f characters on average),"
           " %" G_GUINT64_FORMAT " consents, %" G_GUINT64_FORMAT " closed;"
           " %.1f s (%.0f cases/s), %.1f MB\n",
           argv[1], gen.n_cases, gen.n_households, gen.n_members, gen.n_journal,
           gen.n_journal > 0 ? (double) gen.n_journal_chars / (double) gen.n_journal : 0.0,
           gen.n_consents, gen.n_closed, seconds, gen.n_cases / seconds,
           (double) st.st_size / (1024.0 * 1024.0));
  return 0;
}
