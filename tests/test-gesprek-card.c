/* test-gesprek-card.c: the interventiegesprek and the Veiligheidskaart —
 * how the outcome joins the card's section "Uitkomst uit het gesprek"
 * without losing a word, which organisation names the RvdK, what the
 * card's versions tell the planner, and the outcome written through the
 * store (read back, saved twice, next to text typed in the card). Today
 * is 10 December 2026. */
#include <locale.h>
#include <string.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-gesprek-card.h"
#include "sv-sqlite-store.h"
#include "sv-test-util.h"

static GDate
day (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

static char *
heading (const char *iso)
{
  GDate d = day (iso);
  g_autofree char *when = sv_date_format_medium (&d);

  return g_strdup_printf ("Interventiegesprek %s:", when);
}

static void
test_compose (void)
{
  GDate on = day ("2026-12-03");
  g_autofree char *head = heading ("2026-12-03");
  g_autofree char *expected = g_strdup_printf ("Eerder: vader belt de school.\n\n%s\nOuders gaan akkoord met hulp.", head);
  g_autofree char *empty = sv_gesprek_card_compose_outcome ("", "  Ouders gaan akkoord met hulp.\n", &on);
  g_autofree char *blank = sv_gesprek_card_compose_outcome (" \n\t", "Ouders gaan akkoord met hulp.", &on);
  g_autofree char *none = sv_gesprek_card_compose_outcome (NULL, "Ouders gaan akkoord met hulp.", &on);
  g_autofree char *appended = sv_gesprek_card_compose_outcome ("Eerder: vader belt de school.\n\n\n",
                                                               "Ouders gaan akkoord met hulp.", &on);
  g_autofree char *undated = sv_gesprek_card_compose_outcome ("Eerder.", "Akkoord.", NULL);

  /* An empty section gets the outcome as it is, without outer spaces. */
  g_assert_cmpstr (empty, ==, "Ouders gaan akkoord met hulp.");
  g_assert_cmpstr (blank, ==, "Ouders gaan akkoord met hulp.");
  g_assert_cmpstr (none, ==, "Ouders gaan akkoord met hulp.");
  /* Other text stays, the outcome follows after one blank line and a
   * dated heading. */
  g_assert_cmpstr (appended, ==, expected);
  g_assert_cmpstr (undated, ==, "Eerder.\n\nInterventiegesprek:\nAkkoord.");
  /* Nothing to change: a blank outcome, or one the section holds. */
  g_assert_null (sv_gesprek_card_compose_outcome ("Iets", "", &on));
  g_assert_null (sv_gesprek_card_compose_outcome ("Iets", " \n ", &on));
  g_assert_null (sv_gesprek_card_compose_outcome ("Iets", NULL, &on));
  g_assert_null (sv_gesprek_card_compose_outcome (expected, "Ouders gaan akkoord met hulp.\n", &on));
  g_assert_null (sv_gesprek_card_compose_outcome ("Ouders gaan akkoord met hulp.", "Ouders gaan akkoord met hulp.", &on));
}

/* Unicode and a long section survive: every character is kept. */
static void
test_compose_keeps_text (void)
{
  GDate on = day ("2026-12-03");
  g_autoptr(GString) current = g_string_new (NULL);
  g_autofree char *composed = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append (current, "Ŀukasz 王 — ");
  composed = sv_gesprek_card_compose_outcome (current->str, "Ñoño “akkoord”", &on);
  g_assert_nonnull (composed);
  g_assert_true (g_str_has_prefix (composed, g_strchomp (current->str)));
  g_assert_true (g_str_has_suffix (composed, "\nÑoño “akkoord”"));
  g_assert_true (g_utf8_validate (composed, -1, NULL));
}

static void
test_names_rvdk (void)
{
  g_assert_true (sv_gesprek_card_names_rvdk ("RvdK"));
  g_assert_true (sv_gesprek_card_names_rvdk ("rvdk Arnhem"));
  g_assert_true (sv_gesprek_card_names_rvdk ("Raad voor de Kinderbescherming"));
  g_assert_true (sv_gesprek_card_names_rvdk ("RAAD VOOR DE KINDERBESCHERMING, regio Gelderland"));
  g_assert_true (sv_gesprek_card_names_rvdk ("De Raad voor de kinderbescherming"));
  g_assert_true (sv_gesprek_card_names_rvdk ("Team (RvdK)"));
  g_assert_false (sv_gesprek_card_names_rvdk ("Veilig Thuis"));
  g_assert_false (sv_gesprek_card_names_rvdk ("Raad van State"));
  g_assert_false (sv_gesprek_card_names_rvdk ("Rvdkx"));
  g_assert_false (sv_gesprek_card_names_rvdk (""));
  g_assert_false (sv_gesprek_card_names_rvdk (NULL));
}

static SvCardVersion *
version (guint         number,
         SvCardStatus  status,
         const char   *sent_on,
         const char  **sent_to)
{
  SvCardVersion *v = sv_card_version_new ();

  v->number = number;
  v->status = status;
  if (sent_on != NULL)
    {
      v->sent_on = day (sent_on);
      v->sent_at = g_date_time_new_now_utc ();
      g_strfreev (v->sent_to);
      v->sent_to = g_strdupv ((char **) sent_to);
    }
  return v;
}

static void
test_state (void)
{
  const char *to_all[] = { "M. Bakker (Basisschool De Linde)", "A. Smit (Raad voor de Kinderbescherming)", NULL };
  const char *to_school[] = { "M. Bakker (Basisschool De Linde)", "RvdK-fan", NULL };
  const char *to_rvdk[] = { "J. de Vries (RvdK)", NULL };
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_version_free);
  g_autoptr(SvGesprekCardState) empty = sv_gesprek_card_state_new (NULL);
  g_autoptr(SvGesprekCardState) state = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rvdk = NULL;
  g_autofree char *none = sv_gesprek_card_state_describe (empty);
  GDate expected;
  GDate d27 = day ("2026-11-27"), d20 = day ("2026-11-20");
  g_autofree char *day27 = sv_date_format_medium (&d27);
  g_autofree char *day20 = sv_date_format_medium (&d20);

  g_assert_cmpuint (empty->n_versions, ==, 0);
  g_assert_cmpuint (empty->sent_number, ==, 0);
  g_assert_false (g_date_valid (&empty->rvdk_sent_on));
  g_assert_nonnull (strstr (none, "no version"));
  g_assert_null (sv_gesprek_card_state_describe_rvdk (empty));

  /* Newest first, as the store lists them. */
  g_ptr_array_add (versions, version (4, SV_CARD_STATUS_CONCEPT, NULL, NULL));
  g_ptr_array_add (versions, version (3, SV_CARD_STATUS_VERSTUURD, "2026-11-27", to_school));
  g_ptr_array_add (versions, version (2, SV_CARD_STATUS_VERSTUURD, "2026-11-20", to_all));
  g_ptr_array_add (versions, version (1, SV_CARD_STATUS_VERSTUURD, "2026-11-10", to_rvdk));
  state = sv_gesprek_card_state_new (versions);
  g_assert_cmpuint (state->n_versions, ==, 4);
  g_assert_cmpuint (state->latest_number, ==, 4);
  g_assert_cmpint (state->latest_status, ==, SV_CARD_STATUS_CONCEPT);
  g_assert_false (state->latest_sent);
  /* The newest sent definitive version ... */
  g_assert_cmpuint (state->sent_number, ==, 3);
  expected = day ("2026-11-27");
  g_assert_cmpint (g_date_compare (&state->sent_on, &expected), ==, 0);
  g_assert_cmpuint (g_strv_length (state->sent_to), ==, 2);
  /* ... and the newest one a recipient of the RvdK had; a name that
   * merely contains "RvdK" is no organisation. */
  expected = day ("2026-11-20");
  g_assert_cmpint (g_date_compare (&state->rvdk_sent_on, &expected), ==, 0);

  text = sv_gesprek_card_state_describe (state);
  g_assert_nonnull (strstr (text, "version 3"));
  g_assert_nonnull (strstr (text, day27));
  g_assert_nonnull (strstr (text, "M. Bakker (Basisschool De Linde)"));
  g_assert_nonnull (strstr (text, "version 4"));
  rvdk = sv_gesprek_card_state_describe_rvdk (state);
  g_assert_nonnull (strstr (rvdk, day20));

  /* A draft alone: its status, not sent. */
  g_ptr_array_set_size (versions, 1);
  g_clear_pointer (&state, sv_gesprek_card_state_free);
  g_clear_pointer (&text, g_free);
  state = sv_gesprek_card_state_new (versions);
  g_assert_cmpuint (state->sent_number, ==, 0);
  g_assert_false (g_date_valid (&state->sent_on));
  g_assert_false (g_date_valid (&state->rvdk_sent_on));
  text = sv_gesprek_card_state_describe (state);
  g_assert_nonnull (strstr (text, "not sent yet"));
}

/* ------------------------------------------------------------------------
 * Through the store
 * ------------------------------------------------------------------------ */

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;
  gint64         case_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "gesprek-card.db");
  f->store = SV_STORE (f->sqlite);
  f->case_id = sv_test_add_case (f->store, "Jansen", "Zorgen over de kinderen");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

/* A voluntary conversation on Thursday 3 December 2026, held. */
static gint64
store_gesprek (Fixture    *f,
               const char *outcome)
{
  g_autoptr(SvGesprek) g = sv_gesprek_new ();
  g_autoptr(GError) error = NULL;

  g->case_id = f->case_id;
  g->vht_consultation = day ("2026-11-25");
  g->date = day ("2026-12-03");
  g->minutes = 14 * 60;
  g->safety = SV_IG_SAFETY_SECURITY_INFORMED;
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, "Anna Jansen");
  g->outcome = g_strdup (outcome);
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
  return g->id;
}

static char *
card_outcome (Fixture *f,
              gint64  *revision)
{
  g_autoptr(SvSafetyCard) card = sv_store_get_safety_card (f->store, f->case_id, NULL);

  g_assert_nonnull (card);
  if (revision != NULL)
    *revision = card->texts[SV_CARD_FIELD_UITKOMST_GESPREK].revision;
  return g_strdup (card->texts[SV_CARD_FIELD_UITKOMST_GESPREK].text);
}

static void
test_store_outcome (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *again = NULL, *joined = NULL, *expected = NULL;
  g_autofree char *head = heading ("2026-12-03");
  gint64 id = store_gesprek (f, "Ouders werken mee; school houdt contact.");
  gint64 rev = 0, rev_again = 0;
  gboolean in_card = FALSE;

  /* Empty section: written as it is. */
  g_assert_true (sv_store_put_gesprek_outcome_in_card (f->store, id, &in_card, &error));
  g_assert_no_error (error);
  g_assert_true (in_card);
  first = card_outcome (f, &rev);
  g_assert_cmpstr (first, ==, "Ouders werken mee; school houdt contact.");

  /* Saved again: there already, nothing written. */
  in_card = FALSE;
  g_assert_true (sv_store_put_gesprek_outcome_in_card (f->store, id, &in_card, &error));
  g_assert_true (in_card);
  again = card_outcome (f, &rev_again);
  g_assert_cmpstr (again, ==, first);
  g_assert_cmpint (rev_again, ==, rev);

  /* Text typed in the card meanwhile stays; the changed outcome follows. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_UITKOMST_GESPREK,
                                           "Getypt in de kaart.", rev, &rev, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SvGesprek) g = sv_store_get_gesprek (f->store, id, &error);

    g_free (g->outcome);
    g->outcome = g_strdup ("Vader gaat naar de huisarts.");
    g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  }
  g_assert_true (sv_store_put_gesprek_outcome_in_card (f->store, id, &in_card, &error));
  g_assert_no_error (error);
  joined = card_outcome (f, NULL);
  expected = g_strdup_printf ("Getypt in de kaart.\n\n%s\nVader gaat naar de huisarts.", head);
  g_assert_cmpstr (joined, ==, expected);
}

static void
test_store_blank_outcome (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id = store_gesprek (f, NULL);
  gint64 rev = -1;
  gboolean in_card = TRUE;

  g_assert_true (sv_store_put_gesprek_outcome_in_card (f->store, id, &in_card, &error));
  g_assert_false (in_card);
  text = card_outcome (f, &rev);
  g_assert_cmpstr (text, ==, "");
  g_assert_cmpint (rev, ==, 0);

  /* An unknown conversation: an error, nothing written. */
  g_assert_false (sv_store_put_gesprek_outcome_in_card (f->store, 9999, &in_card, &error));
  g_assert_nonnull (error);
}

/* A definitive version sent to the school and the RvdK is what the
 * planner's checklist reads. */
static void
test_store_state (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCardRecipient) school = sv_card_recipient_new ();
  g_autoptr(SvCardRecipient) raad = sv_card_recipient_new ();
  g_autoptr(SvCardVersion) v = NULL;
  g_autoptr(SvGesprekCardState) before = NULL, after = NULL;
  gint64 ids[2];
  gint64 rev = 0;
  GDate sent = day ("2026-11-27");

  before = sv_store_get_gesprek_card_state (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->n_versions, ==, 0);

  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_REACTIE_OUDERS,
                                           "Ouders zijn het eens.", 0, &rev, &error));
  v = sv_store_make_card_version (f->store, f->case_id, SV_CARD_STATUS_DEFINITIEF, &error);
  g_assert_no_error (error);
  school->case_id = raad->case_id = f->case_id;
  g_free (school->name);
  school->name = g_strdup ("M. Bakker");
  g_free (school->organisation);
  school->organisation = g_strdup ("Basisschool De Linde");
  g_free (raad->name);
  raad->name = g_strdup ("A. Smit");
  g_free (raad->organisation);
  raad->organisation = g_strdup ("Raad voor de Kinderbescherming");
  g_assert_true (sv_store_save_card_recipient (f->store, school, &error));
  g_assert_true (sv_store_save_card_recipient (f->store, raad, &error));
  ids[0] = school->id;
  ids[1] = raad->id;
  g_assert_true (sv_store_mark_card_version_sent (f->store, v->id, ids, 2, &sent, &error));
  g_assert_no_error (error);

  after = sv_store_get_gesprek_card_state (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->sent_number, ==, v->number);
  g_assert_cmpint (after->latest_status, ==, SV_CARD_STATUS_VERSTUURD);
  g_assert_cmpint (g_date_compare (&after->sent_on, &sent), ==, 0);
  g_assert_cmpint (g_date_compare (&after->rvdk_sent_on, &sent), ==, 0);
  g_assert_cmpstr (after->sent_to[1], ==, "A. Smit (Raad voor de Kinderbescherming)");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-12-10", TRUE);

  g_test_add_func ("/gesprek-card/compose", test_compose);
  g_test_add_func ("/gesprek-card/compose-keeps-text", test_compose_keeps_text);
  g_test_add_func ("/gesprek-card/names-rvdk", test_names_rvdk);
  g_test_add_func ("/gesprek-card/state", test_state);
  g_test_add ("/gesprek-card/store-outcome", Fixture, NULL, fixture_set_up, test_store_outcome, fixture_tear_down);
  g_test_add ("/gesprek-card/store-blank-outcome", Fixture, NULL, fixture_set_up, test_store_blank_outcome,
              fixture_tear_down);
  g_test_add ("/gesprek-card/store-state", Fixture, NULL, fixture_set_up, test_store_state, fixture_tear_down);
  return g_test_run ();
}
