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
 * The open cases also get the dated facts deadlines count from, relative
 * to the benchmark's today (22 November 2026), from a second random
 * stream (so the names and texts are those of a database without facts):
 *   30 % an OTS (4 in 5) or voogdij ending between 3 weeks ago and 16
 *        weeks ahead; most of those whose first closure steps are due have
 *        them marked done, in order, on a day not after today;
 *   20 % a VeiligheidsTeam consultation in the last 3 weeks, half of those
 *        with an interventiegesprek (a working day within two weeks after
 *        it, 09:00–16:00);
 *   25 % a first Interventieteam discussion in the last 10 weeks;
 *    5 % a Traject V start (the last 6 months up to 2 weeks ahead);
 *   20 % a Veilig Thuis receipt in the last 16 weeks, mostly handed over
 *        5–20 days later (2 in 5 after an investigation, 1 in 10 acute);
 *    5 % a tijdelijk huisverbod in the last 30 days (1 in 4 extended);
 *   30 % a last incident in the last year.
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
#include "sv-deadline.h"
#include "sv-sqlite-store.h"

#define DEFAULT_N_CASES 100000
#define BATCH_SIZE      500
#define SEED            20261122
#define FACTS_SEED      (SEED + 1)
/* Validation refuses dates after "today": the data runs up to here. */
#define LAST_DAY        "2026-11-20"
#define FIRST_DAY       "2019-01-01"
#define BENCH_TODAY     "2026-11-22"

typedef struct {
  SvStore    *store;
  GRand      *rand;
  GRand      *facts_rand;  /* the facts: a stream of their own */
  SvWorkdays *workdays;
  GDate       today;
  guint       n_cases;
  guint       next;        /* index of the next case to write */
  guint32     first_day;   /* julian days */
  guint32     last_day;
  guint64  n_households;
  guint64  n_members;
  guint64  n_journal;
  guint64  n_consents;
  guint64  n_closed;
  guint64  n_journal_chars;
  guint64  n_facts;       /* cases with facts */
  guint64  n_orders;
  guint64  n_vht;
  guint64  n_ig;
  guint64  n_it;
  guint64  n_traject_v;
  guint64  n_vt;
  guint64  n_huisverbod;
  guint64  n_incidents;
  guint64  n_done;        /* deadlines marked done */
  guint64  n_deadlines;   /* what the facts imply */
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

/* ------------------------------------------------------------------------
 * Facts and deadlines done
 * ------------------------------------------------------------------------ */

static gboolean
facts_chance (Generator *gen,
              double     p)
{
  return g_rand_double (gen->facts_rand) < p;
}

static int
facts_int (Generator *gen,
           int        from,
           int        to)  /* inclusive */
{
  return g_rand_int_range (gen->facts_rand, from, to + 1);
}

/* A day between @from and @to days from today (inclusive; negative is
 * past), not before @not_before (julian; 0 for no bound). */
static void
facts_day (Generator *gen,
           GDate     *date,
           int        from,
           int        to,
           guint32    not_before)
{
  gint64 today = g_date_get_julian (&gen->today);

  if (not_before != 0)
    from = (int) MIN ((gint64) to, MAX ((gint64) from, (gint64) not_before - today));
  set_julian (date, (guint32) (today + facts_int (gen, from, to)));
}

/* The first closure steps that are (nearly) due, marked done in order
 * until one is not, each on a day around its due date and not after
 * today. */
static gboolean
mark_steps_done (Generator          *gen,
                 const SvCaseFacts  *facts,
                 GError            **error)
{
  g_autoptr(GArray) deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  guint32 today = g_date_get_julian (&gen->today);

  sv_deadlines_compute (facts, gen->workdays, &gen->today, NULL, deadlines);
  for (guint i = 0; i < deadlines->len; i++)
    {
      const SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);
      guint32 due = g_date_get_julian (&d->due);
      gint64 done;
      GDate done_on;

      if (!g_str_has_prefix (d->rule_id, "ots-step-"))
        continue;
      if (due > today + 7 || !facts_chance (gen, 0.7))
        break;
      done = (gint64) due + facts_int (gen, -10, 4);
      set_julian (&done_on, (guint32) MIN (done, (gint64) today));
      if (!sv_store_set_deadline_done (gen->store, facts->case_id, d->rule_id, &done_on, error))
        return FALSE;
      gen->n_done++;
    }
  return TRUE;
}

/* The facts of an open case received on @received (julian); none for
 * about one open case in five. */
static gboolean
write_facts (Generator  *gen,
             gint64      case_id,
             guint32     received,
             GError    **error)
{
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
  g_autoptr(GArray) deadlines = NULL;
  gboolean any = FALSE, order = FALSE;

  facts->case_id = case_id;
  if (facts_chance (gen, 0.30))
    {
      facts->order_kind = facts_chance (gen, 0.8) ? SV_ORDER_KIND_OTS : SV_ORDER_KIND_VOOGDIJ;
      facts->care_after_18_arranged = facts->order_kind == SV_ORDER_KIND_VOOGDIJ && facts_chance (gen, 0.3);
      facts_day (gen, &facts->order_end, -21, 16 * 7, 0);
      gen->n_orders++;
      any = order = TRUE;
    }
  if (facts_chance (gen, 0.20))
    {
      facts_day (gen, &facts->vht_consultation, -21, 0, received);
      gen->n_vht++;
      any = TRUE;
      if (facts_chance (gen, 0.5))
        {
          GDateWeekday weekday;

          facts->ig_date = facts->vht_consultation;
          g_date_add_days (&facts->ig_date, (guint) facts_int (gen, 2, 14));
          weekday = g_date_get_weekday (&facts->ig_date);
          if (weekday == G_DATE_SATURDAY)
            g_date_subtract_days (&facts->ig_date, 1);
          else if (weekday == G_DATE_SUNDAY)
            g_date_add_days (&facts->ig_date, 1);
          facts->ig_minutes = 9 * 60 + 30 * facts_int (gen, 0, 14);
          gen->n_ig++;
        }
    }
  if (facts_chance (gen, 0.25))
    {
      facts_day (gen, &facts->it_first_discussion, -10 * 7, 0, received);
      gen->n_it++;
      any = TRUE;
    }
  if (facts_chance (gen, 0.05))
    {
      facts_day (gen, &facts->traject_v_start, -26 * 7, 14, 0);
      gen->n_traject_v++;
      any = TRUE;
    }
  if (facts_chance (gen, 0.20))
    {
      facts_day (gen, &facts->vt_received, -16 * 7, 0, 0);
      if (facts_chance (gen, 0.85))
        {
          facts->vt_handover = facts->vt_received;
          g_date_add_days (&facts->vt_handover, (guint) facts_int (gen, 5, 20));
          if (g_date_compare (&facts->vt_handover, &gen->today) > 0)
            g_date_clear (&facts->vt_handover, 1);  /* not yet */
          facts->vt_handover_kind = facts_chance (gen, 0.4) ? SV_HANDOVER_AFTER_INVESTIGATION
                                                            : SV_HANDOVER_AFTER_ASSESSMENT;
          facts->vt_handover_acute = facts_chance (gen, 0.1);
        }
      gen->n_vt++;
      any = TRUE;
    }
  if (facts_chance (gen, 0.05))
    {
      facts_day (gen, &facts->huisverbod_start, -30, 0, 0);
      facts->huisverbod_extended = facts_chance (gen, 0.25);
      gen->n_huisverbod++;
      any = TRUE;
    }
  if (facts_chance (gen, 0.30))
    {
      facts_day (gen, &facts->last_incident, -365, 0, 0);
      gen->n_incidents++;
      any = TRUE;
    }
  if (!any)
    return TRUE;

  if (!sv_store_save_case_facts (gen->store, facts, error))
    return FALSE;
  gen->n_facts++;
  deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  sv_deadlines_compute (facts, gen->workdays, &gen->today, NULL, deadlines);
  gen->n_deadlines += deadlines->len;
  return !order || mark_steps_done (gen, facts, error);
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

  if (c->status != SV_CASE_STATUS_GESLOTEN && !write_facts (gen, c->id, received, error))
    goto out;
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
  gen.facts_rand = g_rand_new_with_seed (FACTS_SEED);
  gen.workdays = sv_workdays_new ();
  sv_date_today (&gen.today);  /* SV_TODAY: validation counts from it too */
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
          g_rand_free (gen.facts_rand);
          sv_workdays_unref (gen.workdays);
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
  g_rand_free (gen.facts_rand);
  sv_workdays_unref (gen.workdays);
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
  g_print ("facts: %" G_GUINT64_FORMAT " open cases with facts (%" G_GUINT64_FORMAT " orders,"
           " %" G_GUINT64_FORMAT " VeiligheidsTeam consultations, %" G_GUINT64_FORMAT " interventiegesprekken,"
           " %" G_GUINT64_FORMAT " Interventieteam, %" G_GUINT64_FORMAT " Traject V, %" G_GUINT64_FORMAT " Veilig Thuis,"
           " %" G_GUINT64_FORMAT " huisverboden, %" G_GUINT64_FORMAT " last incidents);"
           " %" G_GUINT64_FORMAT " deadlines on %04u-%02u-%02u, %" G_GUINT64_FORMAT " marked done\n",
           gen.n_facts, gen.n_orders, gen.n_vht, gen.n_ig, gen.n_it, gen.n_traject_v, gen.n_vt,
           gen.n_huisverbod, gen.n_incidents, gen.n_deadlines, g_date_get_year (&gen.today),
           g_date_get_month (&gen.today), g_date_get_day (&gen.today), gen.n_done);
  return 0;
}
