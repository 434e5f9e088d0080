/* sv-bench-overview.c: how long printing the case overview to PDF takes —
 * the targets of issue 8: a typical overview (5 members, 40 agreements, an
 * OTS countdown) under 150 ms, a 50-page overview under 2 s. Measured
 * the way `samenveilig --export-overview` works: read from the store,
 * laid out, drawn into a PDF and written to a file. No display needed.
 *
 *   build/tests/bench/sv-bench-overview [--runs N]
 *
 * Prints a block per case and `name value unit` lines for scripts; exits
 * 0 when everything could be measured, whether the targets are met or not.
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <pango/pangocairo.h>

#include "sv-overview-draw.h"
#include "sv-print-pdf.h"
#include "sv-sqlite-store.h"

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
check (gboolean     ok,
       GError      *error)
{
  if (!ok)
    g_error ("%s", error != NULL ? error->message : "failed");
}

/* A case of @n_members, @n_agreements, an OTS ending in nine weeks and
 * @n_entries journal entries of @entry_words words. */
static gint64
make_case (SvStore *store,
           guint    n_members,
           guint    n_agreements,
           guint    n_entries,
           guint    entry_words)
{
  static const char *given[] = { "Anna", "Mark", "Zoë", "Daan", "Noël", "Fatima", "Jan" };
  static const char *words[] = { "gesprek", "met", "de", "ouders", "over", "school", "en", "afspraken",
                                 "veiligheid", "thuis", "jeugdige", "hulp", "begeleiding", "week" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SvHousehold) household = sv_household_new ();
  g_autoptr(SvCase) c = sv_case_new ();
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
  guint32 seed = 7;

  set_text (&household->name, "Gezin Voorbeeld");
  check (sv_store_save_household (store, household, &error), error);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(SvMember) m = sv_member_new ();

      m->household_id = household->id;
      m->role = i < 2 ? SV_MEMBER_ROLE_OUDER_VERZORGER : SV_MEMBER_ROLE_JEUGDIGE;
      set_text (&m->given_names, given[i % G_N_ELEMENTS (given)]);
      set_text (&m->family_name, "Voorbeeld");
      g_date_set_dmy (&m->birth_date, 1 + i, G_DATE_MARCH, i < 2 ? 1984 : 2010 + i);
      set_text (&m->note, "Een korte opmerking over dit gezinslid.");
      check (sv_store_save_member (store, m, &error), error);
    }
  c->household_id = household->id;
  c->report_kind = SV_REPORT_KIND_ZORGMELDING;
  g_date_set_dmy (&c->received, 18, G_DATE_AUGUST, 2026);
  set_text (&c->reason, "Zorgmelding na politiemelding huiselijk geweld: ruzie tussen de ouders.");
  check (sv_store_save_case (store, c, &error), error);

  facts->case_id = c->id;
  g_date_set_dmy (&facts->order_end, 24, G_DATE_JANUARY, 2027);
  g_date_set_dmy (&facts->vht_consultation, 10, G_DATE_NOVEMBER, 2026);
  check (sv_store_save_case_facts (store, facts, &error), error);

  for (guint i = 0; i < n_agreements; i++)
    {
      g_autoptr(SvAgreement) a = sv_agreement_new ();

      a->case_id = c->id;
      set_text (&a->who, i % 2 ? "Joyce Beschermer" : "Anna Voorbeeld");
      a->what = g_strdup_printf ("Afspraak %u: %s", i + 1,
                                 i % 3 ? "huisbezoek plannen en terugkoppelen in het overleg"
                                       : "kort");
      g_date_set_dmy (&a->due, 1 + i % 28, G_DATE_DECEMBER, 2026);
      set_text (&a->monitoring, "in LEJO");
      a->done = i % 4 == 0;
      check (sv_store_save_agreement (store, a, &error), error);
    }
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(SvJournalEntry) e = sv_journal_entry_new ();
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint w = 0; w < entry_words; w++)
        {
          seed = seed * 1103515245 + 12345;
          g_string_append (text, words[(seed >> 16) % G_N_ELEMENTS (words)]);
          g_string_append_c (text, w % 40 == 39 ? '\n' : ' ');
        }
      e->case_id = c->id;
      g_date_set_dmy (&e->date, 1 + i % 28, G_DATE_SEPTEMBER + i % 2, 2026);
      set_text (&e->author, "Ivo Interventie");
      set_text (&e->text, text->str);
      check (sv_store_add_journal_entry (store, e, &error), error);
    }
  return c->id;
}

static int
by_value (gconstpointer a,
          gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, by_value);
  return g_array_index (values, double, values->len / 2);
}

/* Reads, lays out and writes the overview @runs times; the medians of
 * each part in ms, and the page count. */
static void
measure (const char *name,
         SvStore    *store,
         gint64      case_id,
         gboolean    with_journal,
         const char *pdf,
         guint       runs,
         double      target_ms)
{
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_pages = 0;
  double med;

  for (guint run = 0; run < runs + 2; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SvOverview) overview = NULL;
      g_autoptr(SvPrintDoc) doc = NULL;
      PangoContext *context;
      SvOverviewOptions options;
      SvPageGeometry geometry;
      GDate today;
      gint64 t0, t1, t2, t3;
      double ms[4];

      sv_overview_options_init (&options);
      options.with_journal = with_journal;
      g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
      t0 = g_get_monotonic_time ();
      overview = sv_overview_load (store, case_id, &options, NULL, &today, &error);
      check (overview != NULL, error);
      t1 = g_get_monotonic_time ();
      context = sv_print_pdf_context_new ();
      sv_page_geometry_a4 (&geometry);
      doc = sv_overview_doc_new (overview, context, &geometry);
      g_object_unref (context);
      t2 = g_get_monotonic_time ();
      check (sv_print_doc_write_pdf (doc, "bench", pdf, &error), error);
      t3 = g_get_monotonic_time ();
      n_pages = sv_print_doc_get_n_pages (doc);
      if (run < 2)   /* warm-up: fonts and caches */
        continue;
      ms[0] = (t1 - t0) / 1000.0;
      ms[1] = (t2 - t1) / 1000.0;
      ms[2] = (t3 - t2) / 1000.0;
      ms[3] = (t3 - t0) / 1000.0;
      g_array_append_val (load, ms[0]);
      g_array_append_val (layout, ms[1]);
      g_array_append_val (write, ms[2]);
      g_array_append_val (total, ms[3]);
    }
  med = median (total);
  g_print ("%s: %u pages, %u runs after 2 warm-ups\n", name, n_pages, runs);
  g_print ("  read from the store   %8.1f ms (median)\n", median (load));
  g_print ("  layout (Pango)        %8.1f ms\n", median (layout));
  g_print ("  draw + write PDF      %8.1f ms\n", median (write));
  g_print ("  total                 %8.1f ms   (max %.1f ms)\n", med, g_array_index (total, double, total->len - 1));
  g_print ("  %s: total ≤ %.0f ms\n", med <= target_ms ? "PASS" : "FAIL", target_ms);
  g_print ("%s-ms %.1f ms\n%s-pages %u pages\n\n", name, med, name, n_pages);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 15;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs per case (15)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("- time the printed case overview");
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  gint64 typical, long_case;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    g_error ("%s", error->message);

  dir = g_dir_make_tmp ("sv-bench-overview-XXXXXX", &error);
  check (dir != NULL, error);
  db = g_build_filename (dir, "cases.db", NULL);
  pdf = g_build_filename (dir, "overview.pdf", NULL);
  store = sv_sqlite_store_open (db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  check (store != NULL, error);

  typical = make_case (SV_STORE (store), 5, 40, 0, 0);
  /* 240 entries of 120 words: about 50 pages of journal. */
  long_case = make_case (SV_STORE (store), 5, 40, 240, 120);

  measure ("overview-typical", SV_STORE (store), typical, FALSE, pdf, (guint) runs, 150);
  measure ("overview-50-pages", SV_STORE (store), long_case, TRUE, pdf, MAX (runs / 3, 3), 2000);

  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_remove (path);
      }
    g_rmdir (dir);
  }
  return 0;
}
