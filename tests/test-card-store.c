/* test-card-store.c: the Veiligheidskaart in the store — every section
 * read back exactly (unicode, 20,000 characters and more) also after
 * reopening, a save based on an older revision refused instead of
 * overwriting, scores, conditions, recipients and consent, versions that
 * cannot change once sent (not even by hand-written SQL), and a database
 * of the previous schema brought up to date. */
#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  char          *path;
  SvSqliteStore *sqlite;
  SvStore       *store;
  gint64         case_id;
} Fixture;

typedef struct {
  guint          count;
  SvStoreChange  what;
  gint64         case_id;
} Seen;

static void
on_changed_cb (SvStore  *store,
               guint     what,
               gint64    case_id,
               gpointer  user_data)
{
  Seen *seen = user_data;

  seen->count++;
  seen->what |= what;
  seen->case_id = case_id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->path = g_build_filename (f->dir, "kaart.db", NULL);
  f->sqlite = sv_test_open_store (f->dir, "kaart.db");
  f->store = SV_STORE (f->sqlite);
  sv_store_set_user_name (f->store, "Inbrenger Test");
  f->case_id = sv_test_add_case (f->store, "Jansen", "Zorgen over de kinderen");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
reopen (Fixture *f)
{
  g_clear_object (&f->sqlite);
  f->sqlite = sv_test_open_store (f->dir, "kaart.db");
  f->store = SV_STORE (f->sqlite);
  sv_store_set_user_name (f->store, "Inbrenger Test");
}

/* Runs @sql on the file through a connection of its own, as another
 * program would; the SQLite result code. */
static int
raw_exec (const char  *path,
          const char  *sql,
          char       **message)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 3000);
  rc = sqlite3_exec (db, sql, NULL, NULL, message);
  sqlite3_close (db);
  return rc;
}

static char *
long_text (guint n_chars)
{
  GString *s = g_string_new (NULL);
  const char *chunk = "Zoë 🙂 “zei” \"x\" \\ \t\n";
  guint chunk_chars = (guint) g_utf8_strlen (chunk, -1);

  /* Whole chunks, counted as they go: the text is long. */
  for (guint n = 0; n < n_chars; n += chunk_chars)
    g_string_append (s, chunk);
  *g_utf8_offset_to_pointer (s->str, n_chars) = '\0';
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------------ */

static void
test_empty_card (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSafetyCard) card = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_autoptr(SvSafetyCard) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (card->case_id, ==, f->case_id);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_assert_cmpstr (card->texts[i].text, ==, "");
      g_assert_cmpint (card->texts[i].revision, ==, 0);
      g_assert_null (card->texts[i].updated_at);
    }
  g_assert_cmpint (card->advice, ==, SV_VHT_ADVICE_GEEN);
  g_assert_cmpuint (card->scores->len + card->conditions->len + card->recipients->len + card->agreements->len, ==, 0);

  none = sv_store_get_safety_card (f->store, 9999, &error);
  g_assert_null (none);
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sv_store_save_card_field (f->store, 9999, SV_CARD_FIELD_ZORGEN, "x", 0, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
}

static void
test_fields_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  char *texts[SV_CARD_N_FIELDS];
  Seen seen = { 0 };
  gint64 revision = -1;

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    texts[i] = g_strdup_printf ("%s: Zoë's “oma” zei \"nee\" \\ 🙂👨‍👩‍👧 مرحبا 中文\r\n\tregel %u ", sv_card_field_to_id (i), i);
  g_free (texts[SV_CARD_FIELD_ZORGEN]);
  texts[SV_CARD_FIELD_ZORGEN] = long_text (20000);
  g_free (texts[SV_CARD_FIELD_REACTIE_OUDERS]);
  texts[SV_CARD_FIELD_REACTIE_OUDERS] = long_text (SV_CARD_MAX_TEXT_CHARS);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &seen);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_assert_true (sv_store_save_card_field (f->store, f->case_id, i, texts[i], 0, &revision, &error));
      g_assert_no_error (error);
      g_assert_cmpint (revision, ==, 1);
    }
  g_assert_cmpuint (seen.count, ==, SV_CARD_N_FIELDS);
  g_assert_true (seen.what & SV_STORE_CHANGE_CARD);
  g_assert_cmpint (seen.case_id, ==, f->case_id);

  /* The same text again writes nothing and announces nothing. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_AANLEIDING,
                                           texts[SV_CARD_FIELD_AANLEIDING], 1, &revision, &error));
  g_assert_cmpint (revision, ==, 1);
  g_assert_cmpuint (seen.count, ==, SV_CARD_N_FIELDS);
  g_signal_handlers_disconnect_by_func (f->store, on_changed_cb, &seen);

  reopen (f);
  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_assert_cmpstr (card->texts[i].text, ==, texts[i]);
      g_assert_cmpuint (strlen (card->texts[i].text), ==, strlen (texts[i]));
      g_assert_cmpint (card->texts[i].revision, ==, 1);
      g_assert_nonnull (card->texts[i].updated_at);
      g_assert_cmpstr (card->texts[i].updated_by, ==, "Inbrenger Test");
    }
  g_assert_cmpuint (g_utf8_strlen (card->texts[SV_CARD_FIELD_ZORGEN].text, -1), ==, 20000);

  /* An empty section is a text too. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_AANLEIDING, "", 1, &revision, &error));
  g_assert_cmpint (revision, ==, 2);

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    g_free (texts[i]);
}

static void
test_refused_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  g_autofree char *over = long_text (SV_CARD_MAX_TEXT_CHARS + 1);
  gint64 revision = 0;

  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Eerste versie", 0, &revision, &error));
  g_assert_false (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, over, revision, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Shorten"));
  g_clear_error (&error);
  g_assert_false (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "\xc3\x28", revision, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);

  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_cmpstr (card->texts[SV_CARD_FIELD_ZORGEN].text, ==, "Eerste versie");
  g_assert_cmpint (card->texts[SV_CARD_FIELD_ZORGEN].revision, ==, 1);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSafetyCard) window_a = sv_store_get_safety_card (f->store, f->case_id, NULL);
  g_autoptr(SvSafetyCard) window_b = sv_store_get_safety_card (f->store, f->case_id, NULL);
  g_autoptr(SvSafetyCard) now = NULL;
  g_autoptr(SvSqliteStore) second = NULL;
  gint64 rev_a = 0, rev_b = 0;
  char *message = NULL;
  Seen seen = { 0 };

  /* Two windows loaded revision 0; the first saves. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_WAT_GAAT_GOED, "Oma helpt elke dag",
                                           window_a->texts[SV_CARD_FIELD_WAT_GAAT_GOED].revision, &rev_a, &error));
  g_assert_cmpint (rev_a, ==, 1);

  /* The second is refused, is told by whom, and nothing is overwritten
   * or announced. */
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &seen);
  g_assert_false (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_WAT_GAAT_GOED, "School gaat goed",
                                            window_b->texts[SV_CARD_FIELD_WAT_GAAT_GOED].revision, &rev_b, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_STALE);
  g_assert_nonnull (strstr (error->message, "What is going well"));
  g_assert_nonnull (strstr (error->message, "Inbrenger Test"));
  g_clear_error (&error);
  g_assert_cmpuint (seen.count, ==, 0);
  g_signal_handlers_disconnect_by_func (f->store, on_changed_cb, &seen);

  /* Other sections of the same card are not in the way. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Zorgen van B",
                                           window_b->texts[SV_CARD_FIELD_ZORGEN].revision, &rev_b, &error));
  g_assert_no_error (error);

  /* After reading again the second window saves on top. */
  now = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_cmpstr (now->texts[SV_CARD_FIELD_WAT_GAAT_GOED].text, ==, "Oma helpt elke dag");
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_WAT_GAAT_GOED,
                                           "Oma helpt elke dag. School gaat goed",
                                           now->texts[SV_CARD_FIELD_WAT_GAAT_GOED].revision, &rev_b, &error));
  g_assert_cmpint (rev_b, ==, 2);
  /* A stale base with the text that is stored anyway is no conflict. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_WAT_GAAT_GOED,
                                           "Oma helpt elke dag. School gaat goed", 1, &rev_a, &error));
  g_assert_cmpint (rev_a, ==, 2);

  /* A second writer on the same file: the app refuses a second store
   * outright, and another program's write is seen as a newer revision. */
  second = sv_sqlite_store_open (f->path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (raw_exec (f->path,
                             "UPDATE safety_card_texts SET text = 'Van elders', revision = revision + 1,"
                             "  updated_by = 'Ander programma' WHERE field = 'wat-gaat-goed'",
                             &message), ==, SQLITE_OK);
  g_assert_false (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_WAT_GAAT_GOED, "Mijn tekst", 2, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_STALE);
  g_assert_nonnull (strstr (error->message, "Ander programma"));
  g_clear_error (&error);
  g_clear_pointer (&now, sv_safety_card_free);
  now = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_cmpstr (now->texts[SV_CARD_FIELD_WAT_GAAT_GOED].text, ==, "Van elders");
  g_assert_cmpint (now->texts[SV_CARD_FIELD_WAT_GAAT_GOED].revision, ==, 3);
}

static void
test_records (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCardScore) s = sv_card_score_new ();
  g_autoptr(SvCardScore) s2 = sv_card_score_new ();
  g_autoptr(SvCardCondition) c = sv_card_condition_new ();
  g_autoptr(SvCardRecipient) r = sv_card_recipient_new ();
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  const SvCardRecipient *stored;
  char *message = NULL;

  s->case_id = f->case_id;
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Moeder");
  s->score = 3;
  g_date_set_dmy (&s->date, 20, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_card_score (f->store, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->id, >, 0);
  s2->case_id = f->case_id;
  g_free (s2->viewpoint);
  s2->viewpoint = g_strdup ("Jeugdige 🙂");
  s2->score = 10;
  g_date_set_dmy (&s2->date, 1, G_DATE_OCTOBER, 2026);
  g_assert_true (sv_store_save_card_score (f->store, s2, &error));

  /* Outside 0–10: refused, nothing changed; the schema refuses too. */
  s->score = 11;
  g_assert_false (sv_store_save_card_score (f->store, s, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (raw_exec (f->path, "UPDATE safety_card_scores SET score = -1", &message), !=, SQLITE_OK);
  sqlite3_free (message);
  s->score = 5;
  g_assert_true (sv_store_save_card_score (f->store, s, &error));

  c->case_id = f->case_id;
  g_free (c->text);
  c->text = g_strdup ("Geen alcohol als de kinderen thuis zijn");
  g_date_set_dmy (&c->term, 15, G_DATE_JANUARY, 2027);
  g_free (c->consequence);
  c->consequence = g_strdup ("Verzoek tot onderzoek bij de Raad");
  g_assert_true (sv_store_save_card_condition (f->store, c, &error));

  r->case_id = f->case_id;
  g_free (r->name);
  r->name = g_strdup ("J. de Vries");
  g_free (r->organisation);
  r->organisation = g_strdup ("Gemeentelijke Toegang");
  r->needs_consent = TRUE;
  g_assert_true (sv_store_save_card_recipient (f->store, r, &error));
  g_assert_true (sv_store_set_card_advice (f->store, f->case_id, SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN, &error));

  /* An agreement without who is a concept agreement, on the card. */
  a->case_id = f->case_id;
  g_free (a->what);
  a->what = g_strdup ("Netwerkberaad plannen");
  g_assert_true (sv_store_save_agreement (f->store, a, &error));
  g_assert_no_error (error);

  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_cmpuint (card->scores->len, ==, 2);
  /* By date: the youth's October score first. */
  g_assert_cmpstr (((SvCardScore *) g_ptr_array_index (card->scores, 0))->viewpoint, ==, "Jeugdige 🙂");
  g_assert_cmpint (((SvCardScore *) g_ptr_array_index (card->scores, 1))->score, ==, 5);
  g_assert_cmpuint (card->conditions->len, ==, 1);
  g_assert_cmpstr (((SvCardCondition *) g_ptr_array_index (card->conditions, 0))->consequence, ==,
                   "Verzoek tot onderzoek bij de Raad");
  g_assert_cmpint (card->advice, ==, SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN);
  g_assert_cmpuint (card->agreements->len, ==, 1);
  g_assert_true (sv_agreement_is_incomplete (g_ptr_array_index (card->agreements, 0)));
  stored = g_ptr_array_index (card->recipients, 0);
  g_assert_true (sv_card_recipient_lacks_consent (stored));

  g_assert_true (sv_store_record_card_consent (f->store, r->id, &error));
  g_clear_pointer (&card, sv_safety_card_free);
  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  stored = g_ptr_array_index (card->recipients, 0);
  g_assert_false (sv_card_recipient_lacks_consent (stored));
  g_assert_cmpstr (stored->consent_by, ==, "Inbrenger Test");
  /* Editing the recipient keeps the consent. */
  g_free (r->organisation);
  r->organisation = g_strdup ("Toegang");
  g_assert_true (sv_store_save_card_recipient (f->store, r, &error));
  g_clear_pointer (&card, sv_safety_card_free);
  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  stored = g_ptr_array_index (card->recipients, 0);
  g_assert_nonnull (stored->consent_at);
  g_assert_cmpstr (stored->organisation, ==, "Toegang");

  g_assert_true (sv_store_delete_card_score (f->store, s->id, &error));
  g_assert_false (sv_store_delete_card_score (f->store, s->id, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (sv_store_delete_card_condition (f->store, c->id, &error));
  g_assert_false (sv_store_record_card_consent (f->store, 9999, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&card, sv_safety_card_free);
  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_cmpuint (card->scores->len, ==, 1);
  g_assert_cmpuint (card->conditions->len, ==, 0);
}

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCardVersion) v1 = NULL;
  g_autoptr(SvCardVersion) v2 = NULL;
  g_autoptr(SvCardVersion) refused = NULL;
  g_autoptr(SvCardRecipient) toegang = sv_card_recipient_new ();
  g_autoptr(SvCardRecipient) school = sv_card_recipient_new ();
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *snapshot1 = NULL, *snapshot1_later = NULL, *snapshot2 = NULL;
  g_autofree char *sql = NULL;
  gint64 ids[3];
  char *message = NULL;
  gint64 rev = 0;
  GDate sent;
  const SvCardChange *change;

  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Ruzies waar de kinderen bij zijn", 0, &rev, &error));
  a->case_id = f->case_id;
  g_free (a->what);
  a->what = g_strdup ("Netwerkberaad plannen");
  g_assert_true (sv_store_save_agreement (f->store, a, &error));

  v1 = sv_store_make_card_version (f->store, f->case_id, SV_CARD_STATUS_CONCEPT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (v1->number, ==, 1);
  g_assert_cmpint (v1->status, ==, SV_CARD_STATUS_CONCEPT);
  g_assert_cmpstr (v1->created_by, ==, "Inbrenger Test");
  g_assert_nonnull (v1->created_at);
  g_assert_false (sv_card_version_is_sent (v1));

  /* "Definitief" waits for who, by when and the parents' reaction. */
  refused = sv_store_make_card_version (f->store, f->case_id, SV_CARD_STATUS_DEFINITIEF, &error);
  g_assert_null (refused);
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "say who does it and by when"));
  g_assert_nonnull (strstr (error->message, "parents’ reaction"));
  g_clear_error (&error);

  g_free (a->who);
  a->who = g_strdup ("Wijkteam");
  g_date_set_dmy (&a->due, 4, G_DATE_DECEMBER, 2026);
  g_assert_true (sv_store_save_agreement (f->store, a, &error));
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_REACTIE_OUDERS,
                                           "Vader is het niet eens met “de zorgen”.", 0, &rev, &error));
  v2 = sv_store_make_card_version (f->store, f->case_id, SV_CARD_STATUS_DEFINITIEF, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (v2->number, ==, 2);

  toegang->case_id = school->case_id = f->case_id;
  g_free (toegang->name);
  toegang->name = g_strdup ("Toegang");
  toegang->needs_consent = TRUE;
  g_free (school->name);
  school->name = g_strdup ("M. Bakker");
  g_free (school->organisation);
  school->organisation = g_strdup ("Basisschool De Linde");
  g_assert_true (sv_store_save_card_recipient (f->store, toegang, &error));
  g_assert_true (sv_store_save_card_recipient (f->store, school, &error));
  ids[0] = school->id;
  ids[1] = toegang->id;
  ids[2] = school->id;

  /* A draft is not sent; a recipient without the needed consent is not
   * sent to; the future is refused. Nothing changes. */
  g_assert_false (sv_store_mark_card_version_sent (f->store, v1->id, ids, 1, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sv_store_mark_card_version_sent (f->store, v2->id, ids, 2, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Toegang"));
  g_assert_nonnull (strstr (error->message, "consent"));
  g_clear_error (&error);
  g_date_set_dmy (&sent, 23, G_DATE_NOVEMBER, 2026);
  g_assert_false (sv_store_mark_card_version_sent (f->store, v2->id, ids, 1, &sent, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sv_store_mark_card_version_sent (f->store, v2->id, ids, 0, NULL, &error));
  g_clear_error (&error);

  g_assert_true (sv_store_record_card_consent (f->store, toegang->id, &error));
  g_date_set_dmy (&sent, 20, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_mark_card_version_sent (f->store, v2->id, ids, 3, &sent, &error));
  g_assert_no_error (error);

  versions = sv_store_list_card_versions (f->store, f->case_id, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_clear_pointer (&v2, sv_card_version_free);
  v2 = sv_card_version_copy (g_ptr_array_index (versions, 0));
  g_assert_cmpuint (v2->number, ==, 2);
  g_assert_cmpint (v2->status, ==, SV_CARD_STATUS_VERSTUURD);
  g_assert_true (sv_card_version_is_sent (v2));
  g_assert_cmpint (g_date_compare (&v2->sent_on, &sent), ==, 0);
  g_assert_cmpuint (g_strv_length (v2->sent_to), ==, 2);
  g_assert_cmpstr (v2->sent_to[0], ==, "M. Bakker (Basisschool De Linde)");
  g_assert_cmpstr (v2->sent_to[1], ==, "Toegang");
  g_assert_null (v2->snapshot);

  /* Sent is frozen: the store refuses, and so does the database. */
  g_assert_false (sv_store_mark_card_version_sent (f->store, v2->id, ids, 1, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cannot be changed"));
  g_clear_error (&error);

  snapshot1 = sv_store_get_card_version_snapshot (f->store, v1->id, &error);
  snapshot2 = sv_store_get_card_version_snapshot (f->store, v2->id, &error);
  g_assert_no_error (error);

  sql = g_strdup_printf ("UPDATE safety_card_versions SET status = 'concept' WHERE id = %" G_GINT64_FORMAT, v2->id);
  g_assert_cmpint (raw_exec (f->path, sql, &message), ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (message, "sent version"));
  sqlite3_free (message);
  g_free (sql);
  sql = g_strdup_printf ("UPDATE safety_card_versions SET snapshot = '{}' WHERE id = %" G_GINT64_FORMAT, v2->id);
  g_assert_cmpint (raw_exec (f->path, sql, &message), ==, SQLITE_CONSTRAINT);
  sqlite3_free (message);
  g_free (sql);
  sql = g_strdup_printf ("DELETE FROM safety_card_versions WHERE id = %" G_GINT64_FORMAT, v2->id);
  g_assert_cmpint (raw_exec (f->path, sql, &message), ==, SQLITE_CONSTRAINT);
  sqlite3_free (message);
  /* An unsent version's snapshot is frozen too. */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE safety_card_versions SET snapshot = '{}' WHERE id = %" G_GINT64_FORMAT, v1->id);
  g_assert_cmpint (raw_exec (f->path, sql, &message), ==, SQLITE_CONSTRAINT);
  sqlite3_free (message);

  /* Later edits leave the versions as they were. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Nieuwe zorgen", rev = 1, &rev, &error));
  reopen (f);
  snapshot1_later = sv_store_get_card_version_snapshot (f->store, v1->id, &error);
  g_assert_cmpstr (snapshot1, ==, snapshot1_later);
  g_clear_pointer (&versions, g_ptr_array_unref);
  versions = sv_store_list_card_versions (f->store, f->case_id, &error);
  g_assert_cmpint (((SvCardVersion *) g_ptr_array_index (versions, 0))->status, ==, SV_CARD_STATUS_VERSTUURD);

  /* Version 1 → 2: the agreement got who and by when, the reaction came,
   * recipients are not on version 2 (added after it). */
  changes = sv_card_diff (snapshot1, snapshot2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->section_id, ==, "afspraken");
  g_assert_cmpint (change->kind, ==, SV_CARD_CHANGE_CHANGED);
  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->section_id, ==, "reactie-ouders");
  g_assert_cmpint (change->kind, ==, SV_CARD_CHANGE_ADDED);

  g_assert_null (sv_store_get_card_version_snapshot (f->store, 9999, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(SvCardScore) s = sv_card_score_new ();
  const SvCardEdit *e;
  gint64 rev = 0;

  /* Typing with autosave: many saves, one edit. Saving what is stored
   * already is not an edit. */
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Zorgen, versie %d", i);

      g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, text, rev, &rev, &error));
    }
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Zorgen, versie 4", rev, &rev, &error));
  /* Someone else on the same section is an edit of their own. */
  sv_store_set_user_name (f->store, "Tweede Collega");
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Aangevuld", rev, &rev, &error));
  s->case_id = f->case_id;
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Vader");
  s->score = 2;
  g_date_set_dmy (&s->date, 1, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_card_score (f->store, s, &error));
  g_assert_no_error (error);

  edits = sv_store_list_card_edits (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (edits->len, ==, 3);
  e = g_ptr_array_index (edits, 0);
  g_assert_cmpstr (e->section_id, ==, "scores");
  g_assert_cmpstr (sv_card_part_title (e->section_id), ==, "Safety scale");
  g_assert_cmpstr (e->who, ==, "Tweede Collega");
  e = g_ptr_array_index (edits, 1);
  g_assert_cmpstr (e->section_id, ==, "zorgen");
  g_assert_cmpstr (e->who, ==, "Tweede Collega");
  g_assert_cmpuint (e->n_saves, ==, 1);
  e = g_ptr_array_index (edits, 2);
  g_assert_cmpstr (e->section_id, ==, "zorgen");
  g_assert_cmpstr (sv_card_part_title (e->section_id), ==, "Worries");
  g_assert_cmpstr (e->who, ==, "Inbrenger Test");
  g_assert_cmpuint (e->n_saves, ==, 5);
  g_assert_nonnull (e->first_at);
  g_assert_cmpint (g_date_time_compare (e->first_at, e->last_at), <=, 0);

  /* A refused save leaves the history as it was. */
  g_assert_false (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_ZORGEN, "Oud", 1, NULL, &error));
  g_clear_error (&error);
  g_clear_pointer (&edits, g_ptr_array_unref);
  edits = sv_store_list_card_edits (f->store, f->case_id, &error);
  g_assert_cmpuint (edits->len, ==, 3);
  g_assert_cmpuint (((SvCardEdit *) g_ptr_array_index (edits, 1))->n_saves, ==, 1);
}

/* A database of one of the last schema versions, with a case (and, once
 * the schema has cards, a saved section), is brought up to date and its
 * card read and written. */
static gboolean
migrate_from (int from)
{
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  gboolean has_cards = FALSE;
  gint64 revision = 0;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "PRAGMA application_id = 1400263510", NULL, NULL, NULL);
  g_assert_true (sv_sqlite_schema_migrate (db, from, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO households (uid, name) VALUES ('h1', 'Gezin Oudversie');"
                                 "INSERT INTO cases (uid, number, household_id, report_kind, source, received,"
                                 "  reason, created_at, updated_at) VALUES ('c1', '2025-0001', 1, 'zorgmelding',"
                                 "  'veilig-thuis', '2025-05-01', 'Melding uit oude versie',"
                                 "  '2025-05-01T10:00:00Z', '2025-05-01T10:00:00Z');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'safety_cards'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  has_cards = sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);
  if (has_cards)
    g_assert_cmpint (sqlite3_exec (db,
                                   "INSERT INTO safety_cards (case_id, created_at) VALUES (1, '2026-11-01T10:00:00Z');"
                                   "INSERT INTO safety_card_texts (case_id, field, text, revision, updated_at, updated_by)"
                                   "  VALUES (1, 'aanleiding', 'Oude tekst 🙂', 3, '2026-11-01T10:00:00Z', 'Oud');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  card = sv_store_get_safety_card (SV_STORE (store), 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (card->texts[SV_CARD_FIELD_AANLEIDING].text, ==, has_cards ? "Oude tekst 🙂" : "");
  g_assert_true (sv_store_save_card_field (SV_STORE (store), 1, SV_CARD_FIELD_AANLEIDING, "Melding 🙂",
                                           card->texts[SV_CARD_FIELD_AANLEIDING].revision, &revision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (revision, ==, has_cards ? 4 : 1);
  edits = sv_store_list_card_edits (SV_STORE (store), 1, &error);
  g_assert_cmpuint (edits->len, ==, 1);
  g_clear_object (&store);
  sv_test_rmtree (dir);
  return has_cards;
}

static void
test_migrate_from_previous (void)
{
  /* From the previous version back to the last one without cards. */
  for (int from = sv_sqlite_store_schema_version () - 1; from > 0; from--)
    if (!migrate_from (from))
      break;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/card-store/empty", test_empty_card);
  ADD ("/card-store/fields-round-trip", test_fields_round_trip);
  ADD ("/card-store/refused-text", test_refused_text);
  ADD ("/card-store/conflict", test_conflict);
  ADD ("/card-store/records", test_records);
  ADD ("/card-store/versions", test_versions);
  ADD ("/card-store/history", test_history);
#undef ADD
  g_test_add_func ("/card-store/migrate-from-previous", test_migrate_from_previous);

  return g_test_run ();
}
