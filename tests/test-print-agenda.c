/* test-print-agenda.c: the printed agenda of a meeting and its minutes,
 * as the PDF a user gets, read back with pdftotext; the masking of the
 * families on it; and `samenveilig --export-agenda` run as the binary
 * without a display. */
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <sys/stat.h>

#include "sv-agenda-draw.h"
#include "sv-date.h"
#include "sv-meeting-ops.h"
#include "sv-pdf-test-util.h"
#include "sv-print-pdf.h"
#include "sv-test-util.h"

#define NOW 1795525200  /* 2026-11-24 14:00 in Europe/Amsterdam */

typedef struct {
  char          *dir;
  char          *dir_db;
  SvSqliteStore *sqlite;
  SvStore       *store;
  gint64         meeting_id;
  char          *meeting_uid;
  gint64         case_a, case_b;
  gint64         item_a, item_b;
  char          *number_a, *number_b;
} Fixture;

/* Words that must never be on a masked print: the households, the
 * members, the network, and names typed into the question. */
static const char *const family_names[] = {
  "testpersoon", "anna", "bram", "öztürk", "vries", "mehmet", "elif", "truus", "ingrid",
};

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static gint64
add_professional (SvStore    *store,
                  const char *name,
                  const char *organisation)
{
  g_autoptr(SvProfessional) p = sv_professional_new ();
  g_autoptr(GError) error = NULL;

  set_text (&p->name, name);
  set_text (&p->organisation_name, organisation);
  g_assert_true (sv_store_save_professional (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

static gint64
add_item (Fixture    *f,
          gint64      case_id,
          int         minutes,
          gint64      inbrenger_id,
          const char *question)
{
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
  g_autoptr(GError) error = NULL;

  item->meeting_id = f->meeting_id;
  item->case_id = case_id;
  item->planned_minutes = minutes;
  item->inbrenger_id = inbrenger_id;
  set_text (&item->question, question);
  g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
  g_assert_no_error (error);
  return item->id;
}

/* The second family: other names than sv_test_add_case() gives. */
static gint64
add_second_case (SvStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = sv_test_add_case (store, "Gezin De Vries-Öztürk", "Zorgen over Elif");
  g_autoptr(SvCase) c = sv_store_get_case (store, case_id, &error);
  g_autoptr(GPtrArray) members = sv_store_list_members (store, c->household_id, &error);
  g_autoptr(SvNetworkMember) buurvrouw = sv_network_member_new ();

  for (guint i = 0; i < members->len; i++)
    {
      SvMember *m = members->pdata[i];

      set_text (&m->given_names, i == 0 ? "Mehmet" : "Elif");
      set_text (&m->family_name, i == 0 ? "Öztürk" : "de Vries");
      if (i == 1)
        m->role = SV_MEMBER_ROLE_JEUGDIGE;
      g_assert_true (sv_store_save_member (store, m, &error));
    }
  buurvrouw->household_id = c->household_id;
  set_text (&buurvrouw->name, "Buurvrouw Ingrid");
  set_text (&buurvrouw->relation, "buurvrouw");
  g_assert_true (sv_store_save_network_member (store, buurvrouw, &error));
  g_assert_no_error (error);
  return case_id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(SvNetworkMember) oma = sv_network_member_new ();
  g_autoptr(SvCase) a = NULL;
  g_autoptr(SvAgendaItem) item_a = NULL, item_b = NULL;
  gint64 wendy, jeroen;

  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "meetings.db");
  f->store = SV_STORE (f->sqlite);

  meeting->kind_id = sv_test_meeting_kind (f->store, "LEJO");
  g_assert_true (sv_date_from_iso ("2026-11-24", &meeting->date));
  meeting->start_minutes = 14 * 60;
  meeting->duration_minutes = 120;
  set_text (&meeting->room, "Zaal De Linge");
  g_assert_true (sv_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  f->meeting_id = meeting->id;
  f->dir_db = g_build_filename (f->dir, "meetings.db", NULL);
  f->meeting_uid = g_strdup (meeting->uid);

  f->case_a = sv_test_add_case (f->store, "Gezin Testpersoon", "Zorgen over Bram");
  a = sv_store_get_case (f->store, f->case_a, &error);
  oma->household_id = a->household_id;
  set_text (&oma->name, "oma Truus");
  set_text (&oma->relation, "oma");
  g_assert_true (sv_store_save_network_member (f->store, oma, &error));
  f->case_b = add_second_case (f->store);

  wendy = add_professional (f->store, "Wendy Wijkagent", "Politie");
  jeroen = add_professional (f->store, "Jeroen Jeugdconsulent", "Gemeente Overbetuwe");
  f->item_a = add_item (f, f->case_a, 25, wendy,
                        "Bram (11) verzuimt sinds oktober; oma Truus vangt hem op. Is een netwerkberaad de stap?");
  f->item_b = add_item (f, f->case_b, 20, jeroen,
                        "Hoe houden we zicht op Elif nu Mehmet Öztürk is verhuisd? Buurvrouw Ingrid ziet veel.");
  item_a = sv_store_get_agenda_item (f->store, f->item_a, &error);
  item_b = sv_store_get_agenda_item (f->store, f->item_b, &error);
  g_assert_no_error (error);
  f->number_a = g_strdup (item_a->case_number);
  f->number_b = g_strdup (item_b->case_number);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
  g_free (f->dir_db);
  g_free (f->meeting_uid);
  g_free (f->number_a);
  g_free (f->number_b);
}

/* Runs and closes the meeting: case A with minutes, the family's
 * attendance and two agreements; case B not discussed. */
static void
hold_meeting (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) started = sv_meeting_ops_start (f->store, f->meeting_id, &error);
  g_autoptr(SvAgendaItem) item = sv_store_get_agenda_item (f->store, f->item_a, &error);
  const char *whats[] = { "Plant een netwerkberaad met oma Truus", "Gesprek met school over Bram." };

  g_autoptr(GPtrArray) attendance = sv_store_list_attendance (f->store, f->meeting_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < attendance->len; i++)
    {
      SvAttendance *a = attendance->pdata[i];

      if (g_str_equal (a->organisation_name, "Politie") || g_str_equal (a->organisation_name, "Scholen"))
        {
          a->status = g_str_equal (a->organisation_name, "Politie") ? SV_ATTENDANCE_AANWEZIG
                                                                      : SV_ATTENDANCE_AFGEMELD;
          g_assert_true (sv_store_save_attendance (f->store, a, &error));
          g_assert_no_error (error);
        }
    }
  set_text (&item->minutes, "Anna Testpersoon was aanwezig. Bram gaat sinds maandag weer naar school.");
  item->family_attendance = SV_FAMILY_ATTENDANCE_AANWEZIG;
  item->elapsed_seconds = 18 * 60;
  g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    {
      g_autoptr(SvAgreement) a = sv_agreement_new ();

      a->case_id = f->case_a;
      a->agenda_item_id = f->item_a;
      set_text (&a->who, i == 0 ? "Jeugdconsulent" : "Anna Testpersoon");
      set_text (&a->what, whats[i]);
      g_date_set_dmy (&a->due, 3 + i, G_DATE_DECEMBER, 2026);
      set_text (&a->monitoring, "Terug in LEJO");
      g_assert_true (sv_store_save_agreement (f->store, a, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sv_meeting_ops_close (f->store, f->meeting_id, NULL, "Tess Tester", NOW, &error));
  g_assert_no_error (error);
}

/* To look at the pages: SV_TEST_KEEP_PDF=DIR keeps a copy of each PDF
 * and of the database it was printed from. */
static void
keep_copy (const char *path,
           const char *name)
{
  const char *keep = g_getenv ("SV_TEST_KEEP_PDF");
  g_autofree char *copy = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (keep == NULL)
    return;
  copy = g_build_filename (keep, name, NULL);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_file_set_contents (copy, data, (gssize) length, NULL));
}

static char *
print_agenda (Fixture       *f,
              SvAgendaNames  names,
              const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvAgendaPrint) agenda = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  PangoContext *context = sv_print_pdf_context_new ();
  char *path = g_build_filename (f->dir, name, NULL);
  SvPageGeometry geometry;
  GDate today;
  GStatBuf st;

  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  agenda = sv_agenda_print_load (f->store, f->meeting_id, names, &today, &error);
  g_assert_no_error (error);
  g_free (agenda->printed_by);
  agenda->printed_by = g_strdup ("Tess Tester");
  sv_page_geometry_a4 (&geometry);
  doc = sv_agenda_doc_new (agenda, context, &geometry);
  g_object_unref (context);
  g_assert_true (sv_print_doc_write_pdf (doc, "test", path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  keep_copy (path, name);
  {
    g_autofree char *db_name = g_strconcat (name, ".db", NULL);
    g_autofree char *wal = g_strconcat (f->dir_db, "-wal", NULL);
    g_autofree char *wal_name = g_strconcat (db_name, "-wal", NULL);

    keep_copy (f->dir_db, db_name);
    if (g_file_test (wal, G_FILE_TEST_EXISTS))
      keep_copy (wal, wal_name);
  }
  return path;
}

static void
assert_no_family_names (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (family_names); i++)
    if (strstr (folded, family_names[i]) != NULL)
      g_error ("“%s” is on a masked print:\n%s", family_names[i], text);
}

/* ------------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------------ */

static void
test_agenda_content (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *expected[] = {
    "Agenda LEJO 24-11-2026", "CONFIDENTIAL", "Printed on", "Tess Tester",
    /* the headings */
    "Meeting", "Invited", "Cases",
    /* when, where, who */
    "14:00–16:00", "Zaal De Linge", "Gemeente Overbetuwe",
    /* the schedule: A at 14:00 for 25 minutes, B at 14:25 */
    "14:00", "14:25", "25 minutes", "20 minutes", "The last case ends at 14:45.",
    /* the cases with their question and inbrenger, full names */
    "1. 14:00 · Gezin Testpersoon", "2. 14:25 · Gezin De Vries-Öztürk",
    "Bram (11) verzuimt sinds oktober; oma Truus vangt hem op.",
    "Hoe houden we zicht op Elif nu Mehmet Öztürk is verhuisd?",
    "Wendy Wijkagent", "Jeroen Jeugdconsulent",
    "With full names",
  };

  if (!sv_pdf_have_poppler ())
    return;
  pdf = print_agenda (f, SV_AGENDA_NAMES_FULL, "agenda-full.pdf");
  text = sv_pdf_text (pdf, 0);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not on the agenda:\n%s", expected[i], text);
  g_assert_nonnull (strstr (text, f->number_a));
  g_assert_nonnull (strstr (text, f->number_b));
  /* Before the meeting: no minutes yet. */
  g_assert_null (strstr (text, "Minutes"));
  g_assert_null (strstr (text, "Outcome"));
}

static void
test_agenda_masked (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  if (!sv_pdf_have_poppler ())
    return;
  pdf = print_agenda (f, SV_AGENDA_NAMES_MASKED, "agenda-masked.pdf");
  text = sv_pdf_text (pdf, 0);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);
  assert_no_family_names (text);
  /* The families by their place, the names in the questions by role. */
  g_assert_nonnull (strstr (text, "1. 14:00 · Family A"));
  g_assert_nonnull (strstr (text, "2. 14:25 · Family B"));
  g_assert_nonnull (strstr (text, "[youth] (11) verzuimt sinds oktober; oma [oma] vangt hem op."));
  g_assert_nonnull (strstr (text, "Hoe houden we zicht op [youth] nu [parent or carer] [surname] is verhuisd? "
                                  "Buurvrouw [buurvrouw] ziet veel."));
  /* The professionals keep their names; the case numbers stay. */
  g_assert_nonnull (strstr (text, "Wendy Wijkagent"));
  g_assert_nonnull (strstr (text, f->number_a));
  g_assert_nonnull (strstr (text, "Families masked"));
}

static void
test_minutes (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *full = NULL, *masked = NULL;
  g_autofree char *text = NULL, *masked_text = NULL;
  g_autofree char *discussed = NULL;
  const char *expected[] = {
    "Minutes LEJO 24-11-2026", "Attendance", "Cases and Agreements", "Minutes of the Meeting",
    /* case A: the outcome, the family, the chair's minutes and the agreements */
    "Discussed, 18 minutes", "Attends", "Present", "Sent apologies", "Attendance not recorded",
    "Anna Testpersoon was aanwezig. Bram gaat sinds maandag weer naar school.",
    "Plant een netwerkberaad met oma Truus", "Gesprek met school over Bram.", "03-12-2026", "Terug in LEJO",
    /* case B */
    "Not discussed",
  };

  if (!sv_pdf_have_poppler ())
    return;
  hold_meeting (f);
  full = print_agenda (f, SV_AGENDA_NAMES_FULL, "minutes-full.pdf");
  text = sv_pdf_text (full, 0);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the minutes:\n%s", expected[i], text);
  /* The meeting's own minutes, composed on closing. */
  discussed = g_strdup_printf ("Cases discussed: %s", f->number_a);
  g_assert_nonnull (strstr (text, discussed));

  masked = print_agenda (f, SV_AGENDA_NAMES_MASKED, "minutes-masked.pdf");
  masked_text = sv_pdf_text (masked, 0);
  assert_no_family_names (masked_text);
  g_assert_nonnull (strstr (masked_text, "[parent or carer] [surname] was aanwezig. [youth] gaat sinds maandag"));
  g_assert_nonnull (strstr (masked_text, "Plant een netwerkberaad met oma [oma]"));
  g_assert_nonnull (strstr (masked_text, "Gesprek met school over [youth]."));
}

static void
test_within_margins (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvAgendaPrint) agenda = NULL;
  g_autoptr(SvPrintDoc) doc = NULL;
  PangoContext *context = sv_print_pdf_context_new ();
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  SvPageGeometry g;
  GDate today;

  hold_meeting (f);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  agenda = sv_agenda_print_load (f->store, f->meeting_id, SV_AGENDA_NAMES_FULL, &today, &error);
  g_assert_no_error (error);
  sv_page_geometry_a4 (&g);
  doc = sv_agenda_doc_new (agenda, context, &g);
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

          g_assert_cmpfloat (b->x, >=, g.margin_left - 0.5);
          g_assert_cmpfloat (b->y, >=, g.margin_top - 0.5);
          g_assert_cmpfloat (b->x + b->width, <=, g.width - g.margin_right + 0.5);
          g_assert_cmpfloat (b->y + b->height, <=, g.height - g.margin_bottom + 0.5);
        }
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

static void
test_find_meeting (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->meeting_id);
  g_autofree char *ics = g_strdup_printf ("%s-overleg@samenveilig.overbetuwe.nl", f->meeting_uid);
  const char *refs[] = { "LEJO 2026-11-24", "lejo 24-11-2026", "LEJO 24-11-2026 14:00", " LEJO  2026-11-24 " };

  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, id, &error), ==, f->meeting_id);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, f->meeting_uid, &error), ==, f->meeting_id);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, ics, &error), ==, f->meeting_id);
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    g_assert_cmpint (sv_agenda_print_find_meeting (f->store, refs[i], &error), ==, f->meeting_id);
  g_assert_no_error (error);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, "LEJO 2026-11-25", &error), ==, 0);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, "LEVO 2026-11-24", &error), ==, 0);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, "LEJO 24-11-2026 15:00", &error), ==, 0);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, "999", &error), ==, 0);
  g_assert_cmpint (sv_agenda_print_find_meeting (f->store, "nonsense", &error), ==, 0);
  g_assert_no_error (error);
}

static void
test_cli_export_agenda (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *db = g_build_filename (f->dir, "meetings.db", NULL);
  g_autofree char *masked = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autofree char *full = g_build_filename (f->dir, "agenda-names.pdf", NULL);
  g_autofree char *by_id = g_build_filename (f->dir, "by-id.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->meeting_id);
  g_autofree char *out = NULL, *err = NULL, *text = NULL;
  GStatBuf st;

  if (!sv_pdf_have_binary () || !sv_pdf_have_poppler ())
    return;
  /* The binary reads the file: everything written is on disk. */
  g_clear_object (&f->sqlite);
  f->store = NULL;

  /* Masked by default. */
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", "LEJO 2026-11-24",
                                   "--output", masked, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "Agenda LEJO 24-11-2026 ("));
  g_assert_nonnull (strstr (out, ") written to"));
  g_assert_cmpint (g_stat (masked, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = sv_pdf_text (masked, 0);
  assert_no_family_names (text);
  g_assert_nonnull (strstr (text, "Family A"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&text, g_free);

  /* --names of families without recorded consent: refused unless confirmed
   * (and then recorded in their audit logs). */
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", id,
                                   "--output", full, "--names", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--confirm-no-consent"));
  g_assert_false (g_file_test (full, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --names: the families by name; the meeting by its id. */
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", id,
                                   "--output", full, "--names", "--confirm-no-consent", NULL), ==, 0);
  text = sv_pdf_text (full, 0);
  g_assert_nonnull (strstr (text, "Gezin Testpersoon"));
  g_assert_nonnull (strstr (text, "Mehmet Öztürk"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Refused, and no file left: an unknown meeting, the database as output. */
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", "LEJO 2026-12-08",
                                   "--output", missing, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "There is no meeting “LEJO 2026-12-08”"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", id,
                                   "--output", db, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "is the database itself"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Wrong usage: no --output, --names without --export-agenda. */
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", id, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--output"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--names", NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", db, "--export-agenda", id,
                                   "--export-overview", "2026-0001", "--output", by_id, NULL), ==, 2);
  g_assert_false (g_file_test (by_id, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/print/agenda/content", test_agenda_content);
  ADD ("/print/agenda/masked", test_agenda_masked);
  ADD ("/print/agenda/minutes", test_minutes);
  ADD ("/print/agenda/within-margins", test_within_margins);
  ADD ("/print/agenda/find-meeting", test_find_meeting);
  ADD ("/print/cli/export-agenda", test_cli_export_agenda);
#undef ADD

  return g_test_run ();
}
