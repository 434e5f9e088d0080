/* test-print.c: the printed case overview as the PDF a user gets — its
 * text read back with pdftotext, its pages counted with pdfinfo — and the
 * layout boxes of every page checked against the margins. No display:
 * the PDF is drawn by the same code the printer uses. */
#include <glib/gstdio.h>
#include <math.h>
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


/* The Veiligheidskaart of the fixture case: unicode, a section of 20,000
 * characters in numbered words, a parent's name typed into "Zorgen",
 * scores, a condition, a recipient and a sent version. */
#define LONG_WORDS 2000

static const char *card_texts[][2] = {
  { "aanleiding", "Melding van school: Bram komt vaak te laat en is stil." },
  { "zorgen", "Kees Testpersoon schreeuwt als hij gedronken heeft; Bram is bang." },
  { "wat-gaat-goed", "Oma Truus Grootmoeder vangt Bram op — één vaste plek, naïef noch café: Łódź, Ærø, “veilig”." },
  { "reactie-ouders", "Moeder is het eens met de kaart." },
};

static char *
long_text (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < LONG_WORDS; i++)
    g_string_append_printf (text, "%swoord%04u", i > 0 ? " " : "", i);
  g_assert_cmpuint (g_utf8_strlen (text->str, -1), >=, 19999);
  return g_string_free (text, FALSE);
}

static void
add_fixture_card (SvStore *store,
                  gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCardScore) score = sv_card_score_new ();
  g_autoptr(SvCardScore) later = sv_card_score_new ();
  g_autoptr(SvCardCondition) condition = sv_card_condition_new ();
  g_autoptr(SvCardRecipient) recipient = sv_card_recipient_new ();
  g_autoptr(SvCardVersion) version = NULL;
  g_autofree char *words = long_text ();
  gint64 revision;
  GDate sent;

  for (guint i = 0; i < G_N_ELEMENTS (card_texts); i++)
    {
      SvCardField field;

      g_assert_true (sv_card_field_from_id (card_texts[i][0], &field));
      g_assert_true (sv_store_save_card_field (store, case_id, field, card_texts[i][1], 0, &revision, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sv_store_save_card_field (store, case_id, SV_CARD_FIELD_RISICOFACTOREN, words, 0, &revision,
                                           &error));
  g_assert_true (sv_store_save_card_field (store, case_id, SV_CARD_FIELD_ADVIES_TEXT,
                                           "Ander kader nodig voor Bram.", 0, &revision, &error));
  g_assert_true (sv_store_set_card_advice (store, case_id, SV_VHT_ADVICE_GEDWONGEN_KADER, &error));

  score->case_id = case_id;
  set_text (&score->viewpoint, "Anna Testpersoon");
  score->score = 3;
  g_date_set_dmy (&score->date, 2, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_card_score (store, score, &error));
  later->case_id = case_id;
  set_text (&later->viewpoint, "Veilig Thuis");
  later->score = 6;
  g_date_set_dmy (&later->date, 16, G_DATE_NOVEMBER, 2026);
  set_text (&later->note, "Beter na het gesprek");
  g_assert_true (sv_store_save_card_score (store, later, &error));

  condition->case_id = case_id;
  set_text (&condition->text, "Geen alcohol in huis");
  g_date_set_dmy (&condition->term, 15, G_DATE_DECEMBER, 2026);
  set_text (&condition->consequence, "Melding bij de Raad");
  g_assert_true (sv_store_save_card_condition (store, condition, &error));

  recipient->case_id = case_id;
  set_text (&recipient->name, "Wendy Wijkagent");
  set_text (&recipient->organisation, "Politie");
  g_assert_true (sv_store_save_card_recipient (store, recipient, &error));
  g_assert_no_error (error);

  version = sv_store_make_card_version (store, case_id, SV_CARD_STATUS_DEFINITIEF, &error);
  g_assert_no_error (error);
  g_assert_nonnull (version);
  g_date_set_dmy (&sent, 18, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_mark_card_version_sent (store, version->id, &recipient->id, 1, &sent, &error));
  g_assert_no_error (error);
}

static SvOverview *
load_card_fixture (Fixture         *f,
                   SvOverviewNames  names)
{
  g_autoptr(SvSqliteStore) store = sv_test_open_store (f->dir, "cards.db");
  g_autoptr(GError) error = NULL;
  gint64 case_id = add_fixture_case (SV_STORE (store));
  SvOverviewOptions options;
  SvOverview *overview;
  GDate today;

  add_fixture_card (SV_STORE (store), case_id);
  sv_overview_options_init (&options);
  options.names = names;
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  overview = sv_overview_load (SV_STORE (store), case_id, &options, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (overview);
  return overview;
}

/* The card's heading: its title followed by the version line ("Veiligheidskaart"
 * alone also occurs in the descriptions of deadlines). The text is
 * pdftotext's with every run of white space one space. */
static const char *
find_card_heading (const char *text)
{
  const char *title = sv_overview_section_title ("veiligheidskaart");
  g_autofree char *sent = g_strdup_printf ("%s Version ", title);
  g_autofree char *draft = g_strdup_printf ("%s Draft, no version yet", title);
  const char *found = strstr (text, sent);

  return found != NULL ? found : strstr (text, draft);
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

  /* Every section, but the card: this case has none. */
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], "veiligheidskaart"))
      g_assert_null (find_card_heading (text));
    else
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
      g_free (a->who);
      a->who = g_strdup_printf ("Wie%03u", i);
      g_free (a->what);
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
  /* No countdown without an order, no card without one, no journal
   * unless asked for. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean shown = strstr (text, sv_overview_section_title (ids[i])) != NULL;

      g_assert_true (shown == !(g_str_equal (ids[i], "countdown") || g_str_equal (ids[i], "veiligheidskaart") ||
                                g_str_equal (ids[i], "journal")));
    }
  assert_within_margins (doc);
}


/* The card of a case: every section with text, its title and all of its
 * words, in the order of the card, the long one over several pages. */
static void
test_card (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(SvOverview) overview = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *card_heading, *countdown, *deadlines;
  const char *expected[] = {
    "Version 1 · sent on 18 November 2026 to Wendy Wijkagent (Politie)",
    "Advice of the VeiligheidsTeam", "Kind of advice", "Step to the compulsory framework", "Ander kader nodig voor Bram.",
    "Safety scale", "Anna Testpersoon 02-11-2026 3", "Veilig Thuis 16-11-2026 6 Beter na het gesprek",
    "Conditions of Veilig Thuis", "Geen alcohol in huis 15-12-2026 Melding bij de Raad",
    "Shared with", "Wendy Wijkagent Politie Not needed",
  };
  guint first_page = 0, last_page = 0;

  if (!have_poppler ())
    return;
  overview = load_card_fixture (f, SV_OVERVIEW_NAMES_FULL);
  g_assert_true (sv_overview_has_card (overview));
  g_assert_nonnull (overview->card_version);
  /* The agreements are the overview's own table, not printed twice. */
  g_assert_cmpuint (overview->card->agreements->len, ==, 0);
  doc = make_doc (overview, NULL);
  pdf = write_pdf (f, doc, "card.pdf");
  text = pdf_text (pdf, 0);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);

  /* After closing the OTS, before the deadlines. */
  card_heading = find_card_heading (text);
  countdown = strstr (text, sv_overview_section_title ("countdown"));
  deadlines = strstr (text, "Deadlines Overdue");
  if (deadlines == NULL)
    deadlines = strstr (text, "Deadlines To Come");
  g_assert_nonnull (card_heading);
  g_assert_nonnull (countdown);
  g_assert_nonnull (deadlines);
  g_assert_true (countdown < card_heading);
  g_assert_true (card_heading < deadlines);

  for (guint i = 0; i < G_N_ELEMENTS (card_texts); i++)
    {
      SvCardField field;
      const char *title, *body;

      g_assert_true (sv_card_field_from_id (card_texts[i][0], &field));
      title = strstr (card_heading, sv_card_field_title (field));
      body = strstr (card_heading, card_texts[i][1]);
      if (title == NULL || body == NULL || title > body)
        g_error ("section “%s” is not printed with its text", card_texts[i][0]);
    }
  g_assert_nonnull (strstr (card_heading, sv_card_field_title (SV_CARD_FIELD_RISICOFACTOREN)));
  g_assert_cmpuint (count (text, "woord"), ==, LONG_WORDS);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (card_heading, expected[i]) == NULL)
      g_error ("“%s” is not in the card's section", expected[i]);
  /* Empty sections print no title. */
  g_assert_null (strstr (text, sv_card_field_title (SV_CARD_FIELD_STEM_JEUGDIGE)));

  /* The long section flows over pages, every word once. */
  for (guint page = 1; page <= pdf_pages (pdf); page++)
    {
      g_autofree char *page_text = pdf_text (pdf, page);

      if (strstr (page_text, "woord0000") != NULL)
        first_page = page;
      if (strstr (page_text, "woord1999") != NULL)
        last_page = page;
    }
  g_assert_cmpuint (first_page, >, 0);
  g_assert_cmpuint (last_page, >=, first_page + 2);
  assert_within_margins (doc);
}

/* With initials the card's words are masked like any other free text. */
static void
test_card_initials (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvOverview) overview = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  const char *names[] = { "anna", "bram", "kees", "testpersoon", "truus", "grootmoeder" };

  if (!have_poppler ())
    return;
  overview = load_card_fixture (f, SV_OVERVIEW_NAMES_INITIALS);
  doc = make_doc (overview, NULL);
  pdf = write_pdf (f, doc, "card-initials.pdf");
  text = pdf_text (pdf, 0);
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strstr (folded, names[i]) != NULL)
      g_error ("“%s” is printed in initials mode", names[i]);
  g_assert_nonnull (find_card_heading (text));
  g_assert_nonnull (strstr (text, "K. T. schreeuwt als hij gedronken heeft; B. is bang."));
  g_assert_nonnull (strstr (text, "A. T. 02-11-2026 3"));
  g_assert_nonnull (strstr (text, "Ander kader nodig voor B."));
  /* A professional keeps her name. */
  g_assert_nonnull (strstr (text, "Wendy Wijkagent"));
  assert_within_margins (doc);
}

/* A card with nothing in it prints nothing; a version alone is a card. */
static void
test_card_empty (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvOverview) o = plain_overview ();

  g_assert_false (sv_overview_has_card (o));
  o->card = sv_safety_card_new (1);
  g_assert_false (sv_overview_has_card (o));
  {
    g_autoptr(SvPrintDoc) doc = make_doc (o, NULL);
    g_autofree char *pdf = write_pdf (f, doc, "empty-card.pdf");
    g_autofree char *text = have_poppler () ? pdf_text (pdf, 0) : NULL;

    if (text != NULL)
      {
        g_assert_null (find_card_heading (text));
        g_assert_null (strstr (text, "no version yet"));
      }
  }
  set_text (&o->card->texts[SV_CARD_FIELD_ZORGEN].text, "Zorgen over de nachten.");
  g_assert_true (sv_overview_has_card (o));
  {
    g_autoptr(SvPrintDoc) doc = make_doc (o, NULL);
    g_autofree char *pdf = write_pdf (f, doc, "draft-card.pdf");
    g_autofree char *text = have_poppler () ? pdf_text (pdf, 0) : NULL;

    if (text != NULL)
      {
        g_assert_nonnull (find_card_heading (text));
        g_assert_nonnull (strstr (text, "Draft, no version yet"));
        g_assert_nonnull (strstr (text, "Zorgen over de nachten."));
      }
    assert_within_margins (doc);
  }
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
 * Page 1 against a reference image
 * ------------------------------------------------------------------------ */

#define REF_DPI        40.0
#define REF_CELL       2       /* pixels averaged into one before comparing */
#define REF_TOLERANCE  0.25    /* grey difference (0…1) a cell may have */
#define REF_MAX_SHARE  0.02    /* share of cells that may differ by more */

/* Page 1 of @doc at REF_DPI on white. */
static cairo_surface_t *
render_page (SvPrintDoc *doc,
             double      shift)
{
  const SvPageGeometry *g = sv_print_doc_get_geometry (doc);
  double scale = REF_DPI / 72.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (g->width * scale + 0.5),
                                                         (int) (g->height * scale + 0.5));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, 0, shift);
  sv_print_doc_draw_page (doc, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Grey (0 black … 1 white) averaged over REF_CELL × REF_CELL pixels: a
 * glyph hinted or placed a pixel apart on another machine's fonts still
 * greys the same cells. */
static double *
grey_cells (cairo_surface_t *surface,
            int             *out_w,
            int             *out_h)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  int cw = w / REF_CELL, ch = h / REF_CELL;
  double *cells = g_new0 (double, (gsize) MAX (cw * ch, 1));

  for (int y = 0; y < ch * REF_CELL; y++)
    for (int x = 0; x < cw * REF_CELL; x++)
      {
        guint32 px = *(const guint32 *) (gconstpointer) (data + y * stride + x * 4);
        double grey = (0.299 * ((px >> 16) & 0xff) + 0.587 * ((px >> 8) & 0xff) + 0.114 * (px & 0xff)) / 255.0;

        cells[(y / REF_CELL) * cw + x / REF_CELL] += grey / (REF_CELL * REF_CELL);
      }
  *out_w = cw;
  *out_h = ch;
  return cells;
}

/* The share of cells that differ by more than the tolerance; with @diff,
 * an image of the page with those cells in red. */
static double
compare_pages (cairo_surface_t  *actual,
               cairo_surface_t  *reference,
               cairo_surface_t **diff)
{
  int aw, ah, rw, rh;
  g_autofree double *a = grey_cells (actual, &aw, &ah);
  g_autofree double *r = grey_cells (reference, &rw, &rh);
  guint n_bad = 0;
  cairo_t *cr = NULL;

  if (aw != rw || ah != rh)
    return 1.0;
  if (diff != NULL)
    {
      *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, aw * REF_CELL, ah * REF_CELL);
      cr = cairo_create (*diff);
      cairo_set_source_surface (cr, actual, 0, 0);
      cairo_paint_with_alpha (cr, 0.35);
      cairo_set_source_rgb (cr, 0.9, 0, 0);
    }
  for (int i = 0; i < aw * ah; i++)
    if (fabs (a[i] - r[i]) > REF_TOLERANCE)
      {
        n_bad++;
        if (cr != NULL)
          cairo_rectangle (cr, (i % aw) * REF_CELL, (i / aw) * REF_CELL, REF_CELL, REF_CELL);
      }
  if (cr != NULL)
    {
      cairo_fill (cr);
      cairo_destroy (cr);
    }
  return (double) n_bad / (aw * ah);
}

/* Page 1 of the fixture overview looks as it did when the reference was
 * made. After an intended change of the layout, make it anew:
 * SV_UPDATE_REFERENCE=1 meson test -C build test-print, then look at
 * tests/data/overview-page1.png before committing it. */
static void
test_reference_image (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "data", "overview-page1.png", NULL);
  g_autoptr(SvOverview) overview = load_fixture (f, SV_OVERVIEW_NAMES_FULL);
  g_autoptr(SvPrintDoc) doc = NULL;
  cairo_surface_t *actual = NULL;
  cairo_surface_t *reference = NULL;
  cairo_surface_t *diff = NULL;
  double share;

  /* The header names who prints: the same on every machine. */
  set_text (&overview->printed_by, "Tess Tester");
  doc = make_doc (overview, NULL);
  actual = render_page (doc, 0);
  if (g_getenv ("SV_UPDATE_REFERENCE") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, reference_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", reference_path);
    }
  reference = cairo_image_surface_create_from_png (reference_path);
  if (cairo_surface_status (reference) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot read the reference image %s (make it with SV_UPDATE_REFERENCE=1)", reference_path);

  share = compare_pages (actual, reference, &diff);
  if (share > REF_MAX_SHARE)
    {
      g_autofree char *log_dir = g_test_build_filename (G_TEST_BUILT, "..", "meson-logs", NULL);
      g_autofree char *actual_path = g_build_filename (log_dir, "overview-page1-actual.png", NULL);
      g_autofree char *diff_path = g_build_filename (log_dir, "overview-page1-diff.png", NULL);

      g_mkdir_with_parents (log_dir, 0700);
      cairo_surface_write_to_png (actual, actual_path);
      if (diff != NULL)
        cairo_surface_write_to_png (diff, diff_path);
      g_error ("page 1 of the overview differs from %s in %.1f%% of its %d×%d-pixel cells (at most %.1f%% may "
               "differ by more than %.0f%% grey). The page as drawn now: %s; the cells that differ, in red: %s. "
               "If the change is intended, make the reference anew with SV_UPDATE_REFERENCE=1.",
               reference_path, share * 100, REF_CELL, REF_CELL, REF_MAX_SHARE * 100, REF_TOLERANCE * 100,
               actual_path, diff_path);
    }
  g_clear_pointer (&diff, cairo_surface_destroy);

  /* The comparison sees a change: the page drawn 6 points lower is not
   * the reference any more. */
  {
    cairo_surface_t *shifted = render_page (doc, 6);

    g_assert_cmpfloat (compare_pages (shifted, reference, NULL), >, REF_MAX_SHARE);
    cairo_surface_destroy (shifted);
  }
  cairo_surface_destroy (actual);
  cairo_surface_destroy (reference);
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

/* The command line prints the card, and leaves it out when asked. */
static void
test_cli_card (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *binary = g_test_build_filename (G_TEST_BUILT, "..", "src", "samenveilig", NULL);
  g_autofree char *db = g_build_filename (f->dir, "cards.db", NULL);
  g_autofree char *with = g_build_filename (f->dir, "with.pdf", NULL);
  g_autofree char *without = g_build_filename (f->dir, "without.pdf", NULL);
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL, *err = NULL;

  if (!g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("the app is not built");
      return;
    }
  if (!have_poppler ())
    return;
  {
    g_autoptr(SvSqliteStore) store = sv_test_open_store (f->dir, "cards.db");
    gint64 case_id = add_fixture_case (SV_STORE (store));
    g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (store), case_id, NULL);

    add_fixture_card (SV_STORE (store), case_id);
    number = g_strdup (c->number);
  }
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, "--output", with,
                            "--initials", NULL), ==, 0);
  text = pdf_text (with, 0);
  g_assert_nonnull (find_card_heading (text));
  g_assert_nonnull (strstr (text, "K. T. schreeuwt als hij gedronken heeft"));
  g_assert_null (strstr (text, "Kees"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--export-overview", number, "--output", without,
                            "--without-card", NULL), ==, 0);
  text = pdf_text (without, 0);
  g_assert_null (find_card_heading (text));
  g_assert_null (strstr (text, "schreeuwt"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* Only with an overview to print. */
  g_assert_cmpint (run_cli (f, &out, &err, "--database", db, "--without-card", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--without-card"));
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
  ADD ("/print/overview/card", test_card);
  ADD ("/print/overview/card-initials", test_card_initials);
  ADD ("/print/overview/card-empty", test_card_empty);
  ADD ("/print/overview/within-margins", test_boxes_within_margins);
  ADD ("/print/overview/reference-image", test_reference_image);
  ADD ("/print/cli/export-overview", test_cli_export);
  ADD ("/print/cli/card", test_cli_card);
#undef ADD

  return g_test_run ();
}
