/* test-invitations.c: the invitation letters of an interventiegesprek,
 * read back from the PDF with pdftotext — for the parents and for a youth
 * of 8 or older every required element (purpose, place, date and time in
 * Dutch, who will be there, the right to bring a vertrouwenspersoon), a
 * name outside Latin-1, the edited text winning over the generated one —
 * and `--export-invitations` run as the binary. Today is 22 November 2026. */
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-gesprek-letter.h"
#include "sv-letter-pdf.h"
#include "sv-pdf-test-util.h"
#include "sv-sqlite-store.h"
#include "sv-test-util.h"

#define PARENT_NAME "Ŀukasz Nguyễn 王"

typedef struct {
  char          *dir;
  char          *db;
  SvSqliteStore *sqlite;
  SvStore       *store;
  SvGesprek     *gesprek;
} Fixture;

static GDate
day (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SvGesprek *g;
  SvGesprekPerson *person;

  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "brieven.db");
  f->db = g_strdup (sv_sqlite_store_get_path (f->sqlite));
  f->store = SV_STORE (f->sqlite);

  g = f->gesprek = sv_gesprek_new ();
  g->case_id = sv_test_add_case (f->store, "Nguyễn", "Zorgen over de kinderen");
  g->vht_consultation = day ("2026-11-25");
  g->date = day ("2026-12-03");
  g->minutes = 14 * 60 + 30;
  g->kind = SV_IG_KIND_RVDK;
  g->rvdk_kaart_sent = day ("2026-11-20");
  g->rvdk_joins = SV_TRI_YES;
  g->place = SV_GESPREK_PLACE_GEMEENTEHUIS;
  g->room_reserved = TRUE;
  g->room_note = g_strdup ("Zaal 2.14");
  g->safety = SV_IG_SAFETY_INDEPENDENT_CHAIR;
  g->chair = SV_GESPREK_CHAIR_INDEPENDENT;
  g->chair_name = g_strdup ("Marieke Jansen");
  g->chair_role = g_strdup ("procesregisseur");
  g->final = TRUE;
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, PARENT_NAME);
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, "Anna de Vries");
  person = sv_gesprek_add_person (g, SV_GESPREK_YOUTH, "Bram");
  person->birth = day ("2014-06-01");
  person->separate_note = g_strdup ("Eerst praat je samen met je ouders, daarna praat je alleen met Marieke.");
  person = sv_gesprek_add_person (g, SV_GESPREK_YOUTH, "Sem");
  person->birth = day ("2018-12-03");  /* 8 on the day itself */
  person = sv_gesprek_add_person (g, SV_GESPREK_YOUTH, "Lotte");
  person->birth = day ("2019-01-10");  /* 7: not invited */
  sv_gesprek_add_person (g, SV_GESPREK_PARTNER, "Karin de Boer")->detail = g_strdup ("Lindenhout, jeugdhulp");
  sv_gesprek_add_person (g, SV_GESPREK_VERTROUWENSPERSOON, "Oma Truus")->detail = g_strdup ("van Anna");
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_gesprek_free (f->gesprek);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

static char *
letter_pdf_text (Fixture         *f,
                 SvGesprekLetter *letter)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, letter->file_name, NULL);

  g_assert_true (sv_letter_write_pdf (letter->text, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sv_pdf_pages (path), ==, 1);
  /* SV_TEST_KEEP_LETTERS=DIR keeps a copy to look at (pdftoppm). */
  if (g_getenv ("SV_TEST_KEEP_LETTERS") != NULL)
    {
      g_autofree char *keep = g_build_filename (g_getenv ("SV_TEST_KEEP_LETTERS"), letter->file_name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (keep, contents, (gssize) length, NULL));
    }
  return sv_pdf_text (path, 0);
}

static void
test_letters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) letters = NULL;
  g_autofree char *parents = NULL;
  g_autofree char *bram = NULL;
  g_autofree char *sem = NULL;

  if (!sv_pdf_have_poppler ())
    return;
  letters = sv_gesprek_letters_collect (f->store, f->gesprek, &error);
  g_assert_no_error (error);
  /* The parents, Bram and Sem (8 on the day); Lotte is 7. */
  g_assert_cmpuint (letters->len, ==, 3);
  g_assert_cmpstr (((SvGesprekLetter *) g_ptr_array_index (letters, 0))->key, ==, "ouders");
  g_assert_cmpstr (((SvGesprekLetter *) g_ptr_array_index (letters, 1))->label, ==, "Bram");
  g_assert_cmpstr (((SvGesprekLetter *) g_ptr_array_index (letters, 2))->label, ==, "Sem");

  parents = letter_pdf_text (f, g_ptr_array_index (letters, 0));
  /* Purpose, addressees (outside Latin-1), date and time, place, who. */
  assert_has (parents, "Uitnodiging voor een gesprek over de veiligheid thuis");
  assert_has (parents, "Beste " PARENT_NAME " en Anna de Vries,");
  assert_has (parents, "gesprek over de veiligheid van uw gezin");
  assert_has (parents, "donderdag 3 december 2026, van 14.30 uur tot 16.00 uur");
  assert_has (parents, "het gemeentehuis van Overbetuwe (Zaal 2.14)");
  assert_has (parents, PARENT_NAME " (ouder)");
  assert_has (parents, "Bram (kind)");
  assert_has (parents, "Sem (kind)");
  g_assert_null (strstr (parents, "Lotte"));
  assert_has (parents, "Marieke Jansen (voorzitter van het gesprek, procesregisseur)");
  assert_has (parents, "Karin de Boer (Lindenhout, jeugdhulp)");
  assert_has (parents, "Oma Truus (vertrouwenspersoon, van Anna)");
  assert_has (parents, "Raad voor de Kinderbescherming");
  assert_has (parents, "raadsonderzoek");
  assert_has (parents, "U mag iemand meenemen die u vertrouwt, een vertrouwenspersoon");

  bram = letter_pdf_text (f, g_ptr_array_index (letters, 1));
  assert_has (bram, "Hoi Bram,");
  assert_has (bram, "Wij willen graag met jou en je ouders praten");
  assert_has (bram, "donderdag 3 december 2026, om 14.30 uur");
  assert_has (bram, "het gemeentehuis van Overbetuwe (Zaal 2.14)");
  assert_has (bram, "jij zelf");
  assert_has (bram, PARENT_NAME " (ouder)");
  assert_has (bram, "Sem (kind)");
  g_assert_null (strstr (bram, "Bram (kind)"));
  assert_has (bram, "daarna praat je alleen met Marieke");
  assert_has (bram, "Je mag iemand meenemen die je vertrouwt");
  assert_has (bram, "vertrouwenspersoon");

  /* Sem has no note of his own: the general sentence. */
  sem = letter_pdf_text (f, g_ptr_array_index (letters, 2));
  assert_has (sem, "Hoi Sem,");
  assert_has (sem, "wanneer we apart met jou praten");
}

static void
test_edited_wins (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) letters = NULL;
  g_autofree char *text = NULL;

  if (!sv_pdf_have_poppler ())
    return;
  g_assert_true (sv_store_save_gesprek_letter (f->store, f->gesprek->id, "ouders",
                                               "# Uitnodiging\n\nBeste " PARENT_NAME ",\n\nWij zien u graag.\n- Punt één", &error));
  g_assert_no_error (error);
  letters = sv_gesprek_letters_collect (f->store, f->gesprek, &error);
  g_assert_true (((SvGesprekLetter *) g_ptr_array_index (letters, 0))->edited);
  g_assert_false (((SvGesprekLetter *) g_ptr_array_index (letters, 1))->edited);
  text = letter_pdf_text (f, g_ptr_array_index (letters, 0));
  assert_has (text, "Beste " PARENT_NAME ",");
  assert_has (text, "Wij zien u graag.");
  assert_has (text, "• Punt één");
  g_assert_null (strstr (text, "donderdag"));
}

/* The inbrenger chairs: by name when known, else in words; without the
 * RvdK no word of it. */
static void
test_chair_and_kind (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *named = NULL;
  g_autofree char *unnamed = NULL;
  SvGesprek *g = f->gesprek;

  g->chair = SV_GESPREK_CHAIR_INBRENGER;
  g_free (g->chair_name);
  g->chair_name = g_strdup ("Ineke de Vries");
  g_free (g->chair_role);
  g->chair_role = g_strdup ("Lindenhout");
  g->kind = SV_IG_KIND_VOLUNTARY;
  named = sv_gesprek_letter_generate (g, NULL, &error);
  g_assert_no_error (error);
  assert_has (named, "- Ineke de Vries (voorzitter van het gesprek, Lindenhout)");
  g_assert_null (strstr (named, "Kinderbescherming"));
  g_assert_null (strstr (named, "{"));

  g_clear_pointer (&g->chair_name, g_free);
  unnamed = sv_gesprek_letter_generate (g, g_ptr_array_index (g->people, 2), &error);
  assert_has (unnamed, "- de medewerker die het gesprek heeft aangevraagd en het gesprek leidt");
  g_assert_null (strstr (unnamed, "{"));
}

/* The templates are data per language: English where asked for, Dutch
 * otherwise (the letters go to families in Overbetuwe). */
static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *english = NULL;
  g_autofree char *dutch = NULL;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_cmpstr (sv_gesprek_letter_language (), ==, "en");
  english = sv_gesprek_letter_generate (f->gesprek, NULL, &error);
  g_assert_no_error (error);
  assert_has (english, "# Invitation to a meeting about safety at home");
  assert_has (english, "Thursday 3 December 2026, from 14:30 to 16:00");
  g_setenv ("LANGUAGE", "fy:de", TRUE);
  g_assert_cmpstr (sv_gesprek_letter_language (), ==, "nl");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_assert_cmpstr (sv_gesprek_letter_language (), ==, "nl");
  dutch = sv_gesprek_letter_generate (f->gesprek, NULL, &error);
  assert_has (dutch, "donderdag 3 december 2026, van 14.30 uur tot 16.00 uur");
}

static void
test_needs_date (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) letters = NULL;

  f->gesprek->minutes = -1;
  letters = sv_gesprek_letters_collect (NULL, f->gesprek, &error);
  g_assert_null (letters);
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  assert_has (error->message, "start time");
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->gesprek->id);
  g_autofree char *folder = g_build_filename (f->dir, "brieven", NULL);
  g_autofree char *parents = NULL;
  g_autofree char *bram = NULL;
  g_autofree char *text = NULL;
  g_autofree char *locked = g_build_filename (f->dir, "dicht", NULL);
  GStatBuf st;

  if (!sv_pdf_have_poppler () || !sv_pdf_have_binary ())
    return;
  g_clear_object (&f->sqlite);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", id,
                                   "--output", folder, NULL), ==, 0);
  assert_has (out, "3 letters of interventiegesprek");
  parents = g_strdup_printf ("%s/uitnodiging-%s-ouders.pdf", folder, id);
  g_assert_cmpint (g_stat (parents, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = sv_pdf_text (parents, 0);
  assert_has (text, "Beste " PARENT_NAME);
  assert_has (text, "donderdag 3 december 2026");
  g_clear_pointer (&text, g_free);
  bram = g_strdup_printf ("%s/uitnodiging-%s-jeugdige-%" G_GINT64_FORMAT "-bram.pdf", folder, id,
                          ((SvGesprekPerson *) g_ptr_array_index (f->gesprek->people, 2))->id);
  text = sv_pdf_text (bram, 0);
  assert_has (text, "Hoi Bram,");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The export is in the case's audit log, without a name. */
  {
    g_autoptr(SvSqliteStore) store = sv_test_open_store (f->dir, "brieven.db");
    g_autoptr(GPtrArray) log = sv_store_list_audit (SV_STORE (store), f->gesprek->case_id, NULL);
    g_autofree char *expected = g_strdup_printf ("invitation letters of interventiegesprek %s", id);
    guint exports = 0;

    g_assert_nonnull (log);
    for (guint i = 0; i < log->len; i++)
      {
        const SvAuditEntry *e = g_ptr_array_index (log, i);

        if (e->action == SV_AUDIT_EXPORT)
          {
            g_assert_cmpstr (e->detail, ==, expected);
            exports++;
          }
      }
    g_assert_cmpuint (exports, ==, 1);
  }

  /* An unknown conversation, a number that is none, a missing or a
   * locked folder, no --output. */
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", "999",
                                   "--output", folder, NULL), ==, 1);
  assert_has (err, "There is no interventiegesprek 999");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", "zeven",
                                   "--output", folder, NULL), ==, 2);
  assert_has (err, "number of an interventiegesprek");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", id,
                                   "--output", "/nonexistent/brieven", NULL), ==, 1);
  assert_has (err, "is not a folder");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (g_access (locked, W_OK) != 0)  /* root may write anyway */
    {
      g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", id,
                                       "--output", locked, NULL), ==, 1);
      assert_has (err, "cannot be written to");
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
    }
  g_chmod (locked, 0700);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", id, NULL), ==, 2);
  assert_has (err, "--output");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (sv_pdf_run_cli (f->dir, &out, &err, "--database", f->db, "--export-invitations", id,
                                   "--export-agenda", "1", "--output", folder, NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/invitations/letters", test_letters);
  ADD ("/invitations/edited-wins", test_edited_wins);
  ADD ("/invitations/chair-and-kind", test_chair_and_kind);
  ADD ("/invitations/language", test_language);
  ADD ("/invitations/needs-date", test_needs_date);
  ADD ("/invitations/cli", test_cli);
#undef ADD
  return g_test_run ();
}
