/* test-print.c: the printed case overview as the PDF a user gets — its
 * text read back with pdftotext, its pages counted with pdfinfo — and the
 * layout boxes of every page checked against the margins. No display:
 * the PDF is drawn by the same code the printer uses. */
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <sys/stat.h>

#include "sv-overview-draw.h"
#include "sv-pdf-test-util.h"
#include "sv-print-pdf.h"
#include "sv-test-util.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Reading a PDF back: sv-pdf-test-util.h. */
#define have_poppler sv_pdf_have_poppler
#define pdf_text     sv_pdf_text
#define pdf_pages    sv_pdf_pages
#define count        sv_pdf_count

/* ------------------------------------------------------------------------
 * Making documents
 * ------------------------------------------------------------------------ */

static SvPrintDoc *
make_doc (const SvOverview     *overview,
          const SvPageGeometry *geometry)
{
  PangoContext *context = sv_print_pdf_context_new ();
  SvPageGeometry a4;
  SvPrintDoc *doc;

  if (geometry == NULL)
    {
      sv_page_geometry_a4 (&a4);
      geometry = &a4;
    }
  doc = sv_overview_doc_new (overview, context, geometry);
  g_object_unref (context);
  return doc;
}

static char *
write_pdf (Fixture    *f,
           SvPrintDoc *doc,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  GStatBuf st;

  g_assert_true (sv_print_doc_write_pdf (doc, "test", path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  return path;
}

/* Every line, rule and drawing of every page lies inside the margins. */
static void
assert_within_margins (SvPrintDoc *doc)
{
  const SvPageGeometry *g = sv_print_doc_get_geometry (doc);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  const double slack = 0.5;
  guint n_boxes = 0;

  sv_print_doc_set_record_boxes (doc, TRUE);
  for (guint page = 0; page < sv_print_doc_get_n_pages (doc); page++)
    {
      GArray *boxes;

      sv_print_doc_draw_page (doc, cr, page);
      boxes = sv_print_doc_get_boxes (doc);
      g_assert_cmpuint (boxes->len, >, 0);
      for (guint i = 0; i < boxes->len; i++)
        {
          const SvPrintBox *b = &g_array_index (boxes, SvPrintBox, i);

          if (b->x < g->margin_left - slack || b->y < g->margin_top - slack ||
              b->x + b->width > g->width - g->margin_right + slack ||
              b->y + b->height > g->height - g->margin_bottom + slack)
            g_error ("page %u: box %.1f,%.1f %.1f×%.1f outside the margins", page + 1, b->x, b->y, b->width,
                     b->height);
        }
      n_boxes += boxes->len;
    }
  g_assert_cmpuint (n_boxes, >, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The fixture case through the store: a household of three with a
 * youth under an OTS, consent, two professionals, agreements, deadlines
 * and the journal. */
static gint64
add_fixture_case (SvStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = sv_test_add_case (store, "Gezin Testpersoon", "Zorgen over Bram na een melding van school");
  g_autoptr(SvCase) c = sv_store_get_case (store, case_id, &error);
  g_autoptr(SvMember) other = sv_member_new ();
  g_autoptr(SvConsent) consent = sv_store_get_consent (store, case_id, &error);
  g_autoptr(SvProfessional) p = sv_professional_new ();
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
  g_autoptr(SvNetworkMember) oma = sv_network_member_new ();
  g_autoptr(SvNetworkMember) buurvrouw = sv_network_member_new ();
  const char *entries[] = {
    "Huisbezoek bij Anna Testpersoon: Bram was thuis.",
    "Gesprek met Kees Testpersoon over de afspraken.",
  };

  other->household_id = c->household_id;
  other->role = SV_MEMBER_ROLE_OUDER_VERZORGER;
  set_text (&other->given_names, "Kees");
  set_text (&other->family_name, "Testpersoon");
  g_assert_true (sv_store_save_member (store, other, &error));

  oma->household_id = c->household_id;
  set_text (&oma->name, "Truus Grootmoeder");
  set_text (&oma->relation, "oma");
  set_text (&oma->contact, "06-12345678");
  set_text (&oma->note, "Past op Bram.");
  g_assert_true (sv_store_save_network_member (store, oma, &error));
  buurvrouw->household_id = c->household_id;
  set_text (&buurvrouw->name, "Buurvrouw Ingrid");
  set_text (&buurvrouw->relation, "buurvrouw");
  g_assert_true (sv_store_save_network_member (store, buurvrouw, &error));

  consent->status = SV_CONSENT_STATUS_GEGEVEN;
  g_date_set_dmy (&consent->date, 4, G_DATE_NOVEMBER, 2026);
  set_text (&consent->given_by, "Anna Testpersoon");
  set_text (&consent->scope, "Bespreking in LEJO");
  g_assert_true (sv_store_save_consent (store, consent, &error));

  set_text (&p->name, "Wendy Wijkagent");
  set_text (&p->organisation_name, "Politie");
  set_text (&p->function, "wijkagent");
  g_assert_true (sv_store_save_professional (store, p, &error));
  role->case_id = case_id;
  role->role = SV_CASE_ROLE_INBRENGER;
  role->professional = sv_professional_copy (p);
  g_assert_true (sv_store_save_case_role (store, role, &error));

  facts->case_id = case_id;
  g_date_set_dmy (&facts->order_end, 24, G_DATE_JANUARY, 2027);
  g_assert_true (sv_store_save_case_facts (store, facts, &error));

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SvAgreement) a = sv_agreement_new ();

      a->case_id = case_id;
      set_text (&a->who, i == 0 ? "Wendy Wijkagent" : "Anna Testpersoon");
      set_text (&a->what, i == 0 ? "Huisbezoek plannen" : "Bram naar de huisarts");
      g_date_set_dmy (&a->due, 1, G_DATE_DECEMBER, 2026);
      set_text (&a->monitoring, "in LEJO");
      g_assert_true (sv_store_save_agreement (store, a, &error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(SvJournalEntry) e = sv_journal_entry_new ();

      e->case_id = case_id;
      g_date_set_dmy (&e->date, 5 + i, G_DATE_NOVEMBER, 2026);
      set_text (&e->author, "Wendy Wijkagent");
      set_text (&e->text, entries[i]);
      g_assert_true (sv_store_add_journal_entry (store, e, &error));
    }
  g_assert_no_error (error);
  return case_id;
}

static SvOverview *
load_fixture (Fixture         *f,
              SvOverviewNames  names)
{
  g_autoptr(SvSqliteStore) store = sv_test_open_store (f->dir, "cases.db");
  g_autoptr(GError) error = NULL;
  gint64 case_id = add_fixture_case (SV_STORE (store));
  SvOverviewOptions options;
  SvOverview *overview;
  GDate today;

  sv_overview_options_init (&options);
  options.names = names;
  options.with_journal = TRUE;
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  overview = sv_overview_load (SV_STORE (store), case_id, &options, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (overview);
  return overview;
}

/* ------------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------------ */

static void
test_sections_and_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SvOverview) overview = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char * const *ids = sv_overview_section_ids ();
  const char *expected[] = {
    "Case Overview", "Case 2026-", "CONFIDENTIAL", "Printed on 22 November 2026 by",
    "Gezin Testpersoon", "Anna Testpersoon", "Bram Testpersoon", "Kees Testpersoon", "Truus Grootmoeder",
    "06-12345678", "Zorgen over Bram na een melding van school", "Bespreking in LEJO",
    "Given on 4 November 2026 by Anna Testpersoon", "Wendy Wijkagent", "Politie, wijkagent",
    "Huisbezoek plannen", "Bram naar de huisarts", "01-12-2026",
    "Huisbezoek bij Anna Testpersoon: Bram was thuis.", "Gesprek met Kees Testpersoon over de afspraken.",
    "weeks", "Sunday 24 January 2027",
  };

  if (!have_poppler ())
    return;
  overview = load_fixture (f, SV_OVERVIEW_NAMES_FULL);
  doc = make_doc (overview, NULL);
  pdf = write_pdf (f, doc, "overview.pdf");
  text = pdf_text (pdf, 0);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);

  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_nonnull (strstr (text, sv_overview_section_title (ids[i])));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF", expected[i]);
}

static void
test_page_numbers (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SvOverview) overview = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  guint n;

  if (!have_poppler ())
    return;
  /* Narrow pages make the fixture run over several of them. */
  overview = load_fixture (f, SV_OVERVIEW_NAMES_FULL);
  doc = make_doc (overview, &(SvPageGeometry) { 300, 420, 36, 36, 30, 30 });
  pdf = write_pdf (f, doc, "pages.pdf");
  n = pdf_pages (pdf);
  g_assert_cmpuint (n, ==, sv_print_doc_get_n_pages (doc));
  g_assert_cmpuint (n, >, 2);
  for (guint page = 1; page <= n; page++)
    {
      g_autofree char *text = pdf_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("page %u of %u", page, n);

      g_assert_nonnull (strstr (text, footer));
      g_assert_cmpuint (count (text, "page "), ==, 1);
      /* The header is on every page. */
      g_assert_nonnull (strstr (text, "CONFIDENTIAL"));
      g_assert_nonnull (strstr (text, "Case 2026-"));
    }
  assert_within_margins (doc);
}

static void
test_initials (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SvOverview) overview = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  const char *names[] = { "anna", "bram", "kees", "testpersoon", "truus", "grootmoeder", "ingrid", "12345678",
                          "1985" };

  if (!have_poppler ())
    return;
  overview = load_fixture (f, SV_OVERVIEW_NAMES_INITIALS);
  doc = make_doc (overview, NULL);
  pdf = write_pdf (f, doc, "initials.pdf");
  text = pdf_text (pdf, 0);
  folded = g_utf8_casefold (text, -1);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strstr (folded, names[i]) != NULL)
      g_error ("“%s” is printed in initials mode", names[i]);
  /* The people are there, as initials; the professionals keep their names. */
  g_assert_nonnull (strstr (text, "A. T."));
  g_assert_nonnull (strstr (text, "B. T."));
  g_assert_nonnull (strstr (text, "Gezin T."));
  g_assert_nonnull (strstr (text, "Huisbezoek bij A. T.: B. was thuis."));
  /* The network: a relation word is no name, an initial ends a sentence once. */
  g_assert_nonnull (strstr (text, "Buurvrouw I. buurvrouw"));
  g_assert_nonnull (strstr (text, "Past op B."));
  g_assert_null (strstr (text, "B.."));
  g_assert_nonnull (strstr (text, "Wendy Wijkagent"));
  g_assert_nonnull (strstr (text, "Names as initials"));
}

/* A made-up overview without a database. */
static SvOverview *
plain_overview (void)
{
  SvOverview *o = sv_overview_new ();

  set_text (&o->case_number, "2026-0099");
  set_text (&o->printed_by, "Tess Tester");
  g_date_set_dmy (&o->today, 22, G_DATE_NOVEMBER, 2026);
  return o;
}

static void
test_long_journal_entry (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SvOverview) o = plain_overview ();
  g_autoptr(SvJournalEntry) e = sv_journal_entry_new ();
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_words = 0;
  const char *last;

  if (!have_poppler ())
    return;
  /* Numbered words, a paragraph break now and then, up to 20,000
   * characters: every number must come back. */
  while (big->len < 20000 - 28)
    {
      g_string_append_printf (big, "w%05u", n_words++);
      g_string_append_c (big, n_words % 60 == 0 ? '\n' : ' ');
    }
  g_string_append (big, "EINDE-VAN-DE-NOTITIE");
  g_assert_cmpuint (g_utf8_strlen (big->str, -1), <=, 20000);
  e->id = 1;
  g_date_set_dmy (&e->date, 3, G_DATE_NOVEMBER, 2026);
  set_text (&e->author, "Inge Inbrenger");
  set_text (&e->text, big->str);
  g_ptr_array_add (o->journal, g_steal_pointer (&e));
  o->with_journal = TRUE;

  doc = make_doc (o, NULL);
  pdf = write_pdf (f, doc, "journal.pdf");
  g_assert_cmpuint (pdf_pages (pdf), >=, 3);
  text = pdf_text (pdf, 0);
  last = text;
  for (guint i = 0; i < n_words; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%05u", i);
      const char *at = strstr (last, word);

      if (at == NULL)
        g_error ("%s is missing or out of order", word);
      last = at;
    }
  g_assert_nonnull (strstr (last, "EINDE-VAN-DE-NOTITIE"));
  assert_within_margins (doc);
}

static void
test_table_header_repeats (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SvOverview) o = plain_overview ();
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  guint n_pages, seen = 0;

  if (!have_poppler ())
    return;
  for (guint i = 0; i < 300; i++)
    {
      SvAgreement *a = sv_agreement_new ();

      a->case_id = 1;
      a->who = g_strdup_printf ("Wie%03u", i);
      a->what = g_strdup_printf ("Afspraak%03u: %s", i, i % 17 == 0 ? "een langere omschrijving die over meer dan één regel loopt in de kolom" : "kort");
      set_text (&a->monitoring, "LEJO");
      g_date_set_dmy (&a->due, 1 + i % 28, G_DATE_DECEMBER, 2026);
      a->done = i % 3 == 0;
      g_ptr_array_add (o->agreements, a);
    }
  doc = make_doc (o, NULL);
  pdf = write_pdf (f, doc, "agreements.pdf");
  n_pages = pdf_pages (pdf);
  g_assert_cmpuint (n_pages, >=, 5);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (pdf, page);
      guint rows = count (text, "Afspraak");

      /* Every page with rows of the table starts it with its header. */
      if (rows > 0)
        {
          const char *header = strstr (text, "Who What By Monitoring State");
          const char *first = strstr (text, "Wie");

          g_assert_nonnull (header);
          g_assert_true (header < first);
        }
      seen += rows;
    }
  g_assert_cmpuint (seen, ==, 300);
  assert_within_margins (doc);
}

static void
test_any_script (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvOverview) o = plain_overview ();
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *names[] = {
    "Zoë “Zo” O'Neil-de Vries", "Дмитрий Иванов", "Ελένη Παπαδοπούλου", "محمد العلي", "\"Ronnie\" 😀 Jansen",
  };

  if (!have_poppler ())
    return;
  set_text (&o->household_name, "Gezin O'Neil “de Boer” & <Иванов>");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (o->members, sv_overview_member_new (names[i], SV_MEMBER_ROLE_OVERIG));
  set_text (&o->record->reason, "Markup <b>is</b> text & stays text: %s %d \\n");
  doc = make_doc (o, NULL);
  pdf = write_pdf (f, doc, "scripts.pdf");
  text = pdf_text (pdf, 0);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);
  g_assert_nonnull (strstr (text, "Gezin O'Neil “de Boer” & <Иванов>"));
  g_assert_nonnull (strstr (text, "Markup <b>is</b> text & stays text: %s %d \\n"));
  g_assert_nonnull (strstr (text, "Zoë “Zo” O'Neil-de Vries"));
  g_assert_nonnull (strstr (text, "Дмитрий Иванов"));
  g_assert_nonnull (strstr (text, "Ελένη Παπαδοπούλου"));
  g_assert_nonnull (strstr (text, "Ronnie"));
  /* pdftotext puts spaces between joined Arabic letters and wraps them
   * in direction marks: compared without either. */
  {
    g_autoptr(GRegex) noise = g_regex_new ("[\\s\u202a-\u202e]", 0, 0, NULL);
    g_autofree char *bare = g_regex_replace_literal (noise, text, -1, 0, "", 0, NULL);

    g_assert_nonnull (strstr (bare, "محمدالعلي"));
  }
  assert_within_margins (doc);
}

static void
test_empty_case (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvOverview) o = plain_overview ();
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char * const *ids = sv_overview_section_ids ();

  if (!have_poppler ())
    return;
  doc = make_doc (o, NULL);
  g_assert_cmpuint (sv_print_doc_get_n_pages (doc), ==, 1);
  pdf = write_pdf (f, doc, "empty.pdf");
  g_assert_cmpuint (pdf_pages (pdf), ==, 1);
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "page 1 of 1"));
  g_assert_nonnull (strstr (text, "No household members recorded."));
  g_assert_nonnull (strstr (text, "No professionals linked."));
  g_assert_nonnull (strstr (text, "No agreements recorded."));
  g_assert_nonnull (strstr (text, "No dates recorded that deadlines count from."));
  /* No countdown without an order, no journal unless asked for. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean shown = strstr (text, sv_overview_section_title (ids[i])) != NULL;

      g_assert_true (shown == !(g_str_equal (ids[i], "countdown") || g_str_equal (ids[i], "journal")));
    }
  assert_within_margins (doc);
}

/* Margins and paper of all kinds: everything stays inside. */
static void
test_boxes_within_margins (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SvOverview) overview = load_fixture (f, SV_OVERVIEW_NAMES_FULL);
  const SvPageGeometry pages[] = {
    { 595.3, 841.9, 56.7, 56.7, 56.7, 56.7 },   /* A4 */
    { 612, 792, 36, 36, 36, 36 },               /* US Letter, narrow margins */
    { 419.5, 595.3, 30, 30, 28, 28 },           /* A5 */
    { 841.9, 595.3, 72, 72, 90, 90 },           /* A4 landscape, wide margins */
    { 250, 360, 20, 20, 18, 18 },               /* very small */
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(SvPrintDoc) doc = make_doc (overview, &pages[i]);

      assert_within_margins (doc);
    }
}

/* ------------------------------------------------------------------------
 * The command line: the real binary, without a display
 * ------------------------------------------------------------------------ */

#define run_cli(f, out, err, ...) sv_pdf_run_cli ((f)->dir, out, err, __VA_ARGS__)

static void
test_cli_export (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *binary = g_test_build_filename (G_TEST_BUILT, "..", "src", "samenveilig", NULL);
  g_autofree char *db = g_build_filename (f->dir, "cases.db", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *masked = g_build_filename (f->dir, "masked.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL, *err = NULL;
  GStatBuf st;

  if (!g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("the app is not built");
      return;
    }
  if (!have_poppler ())
    return;
  {
    g_autoptr(SvSqliteStore) store = sv_test_open_store (f->dir, "cases.db");
    g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (store), add_fixture_case (SV_STORE (store)), NULL);

    number = g_strdup (c->number);
  }

  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, "--output", pdf,
                            "--journal-from", "6-11-2026", "--journal-to", "2026-11-30", NULL), ==, 0);
  g_assert_nonnull (strstr (out, number));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Anna Testpersoon"));
  /* Only the entry inside the range. */
  g_assert_null (strstr (text, "Huisbezoek bij Anna"));
  g_assert_nonnull (strstr (text, "Gesprek met Kees Testpersoon"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&text, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, "--output", masked,
                            "--initials", NULL), ==, 0);
  text = pdf_text (masked, 0);
  g_assert_null (strstr (text, "Testpersoon"));
  g_assert_null (strstr (text, "Journal"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Failures leave no file: an unknown case, a bad date, no --output. */
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", "1999-0001",
                            "--output", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "1999-0001"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, "--output", missing,
                            "--journal-from", "31-02-2026", NULL), ==, 2);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--initials", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* Never over the database itself. */
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, "--output", db, NULL),
                   ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/print/overview/sections-and-data", test_sections_and_data);
  ADD ("/print/overview/page-numbers", test_page_numbers);
  ADD ("/print/overview/initials", test_initials);
  ADD ("/print/overview/long-journal-entry", test_long_journal_entry);
  ADD ("/print/overview/table-header-repeats", test_table_header_repeats);
  ADD ("/print/overview/any-script", test_any_script);
  ADD ("/print/overview/empty-case", test_empty_case);
  ADD ("/print/overview/within-margins", test_boxes_within_margins);
  ADD ("/print/cli/export-overview", test_cli_export);
#undef ADD

  return g_test_run ();
}
