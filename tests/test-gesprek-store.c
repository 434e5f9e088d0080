/* test-gesprek-store.c: interventiegesprekken in the store — a round trip
 * with its people, the refusals (RvdK gate, late date, final plan without
 * safety, two conversations in one room, an outcome before the day) that
 * change nothing, the case's facts and deadlines that follow the
 * conversation, and the edited letters. Today is 22 November 2026. */
#include <locale.h>
#include <string.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-ics-export.h"
#include "sv-sqlite-store.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;
  gint64         case_id;
  gint64         other_case_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "gesprek.db");
  f->store = SV_STORE (f->sqlite);
  f->case_id = sv_test_add_case (f->store, "Jansen", "Zorgen over de kinderen");
  f->other_case_id = sv_test_add_case (f->store, "Pietersen", "Ruzie thuis");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static GDate
day (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

/* A voluntary conversation on Thursday 3 December 2026 at 14:00, the
 * consultation on 25 November (latest date 9 December). */
static SvGesprek *
make_gesprek (gint64 case_id)
{
  SvGesprek *g = sv_gesprek_new ();
  SvGesprekPerson *youth;

  g->case_id = case_id;
  g->vht_consultation = day ("2026-11-25");
  g->date = day ("2026-12-03");
  g->minutes = 14 * 60;
  g->place = SV_GESPREK_PLACE_GEMEENTEHUIS;
  g->room_reserved = TRUE;
  g->room_note = g_strdup ("Zaal 2.14");
  g->safety = SV_IG_SAFETY_SECURITY_INFORMED;
  g->final = TRUE;
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, "Ŀukasz Nguyễn 王");
  youth = sv_gesprek_add_person (g, SV_GESPREK_YOUTH, "Bram");
  youth->birth = day ("2014-06-01");
  youth->separate_note = g_strdup ("Eerst samen, daarna apart met de voorzitter");
  youth = sv_gesprek_add_person (g, SV_GESPREK_YOUTH, "Sem");
  youth->birth = day ("2018-12-03");  /* 8 on the day itself */
  sv_gesprek_add_person (g, SV_GESPREK_PARTNER, "Karin de Boer")->detail = g_strdup ("Lindenhout, jeugdhulp");
  return g;
}

static guint
count (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = sv_store_list_gesprekken (f->store, 0, &error);

  g_assert_no_error (error);
  return list->len;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = make_gesprek (f->case_id);
  g_autoptr(SvGesprek) back = NULL;
  SvGesprekPerson *sem;
  gint64 sem_id;

  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g->id, >, 0);
  for (guint i = 0; i < g->people->len; i++)
    g_assert_cmpint (((SvGesprekPerson *) g_ptr_array_index (g->people, i))->id, >, 0);

  back = sv_store_get_gesprek (f->store, g->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->case_id, ==, f->case_id);
  g_assert_cmpint (g_date_compare (&back->date, &g->date), ==, 0);
  g_assert_cmpint (back->minutes, ==, 14 * 60);
  g_assert_cmpint (back->duration, ==, 90);
  g_assert_cmpstr (back->room_note, ==, "Zaal 2.14");
  g_assert_true (back->room_reserved);
  g_assert_cmpint (back->safety, ==, SV_IG_SAFETY_SECURITY_INFORMED);
  g_assert_true (back->final);
  g_assert_cmpuint (back->people->len, ==, 4);
  g_assert_cmpstr (((SvGesprekPerson *) g_ptr_array_index (back->people, 0))->name, ==, "Ŀukasz Nguyễn 王");
  sem = g_ptr_array_index (back->people, 2);
  g_assert_cmpstr (sem->name, ==, "Sem");
  g_assert_cmpint (sv_gesprek_youth_status (back, sem), ==, SV_IG_YOUTH_INVITED);
  g_assert_cmpstr (((SvGesprekPerson *) g_ptr_array_index (back->people, 1))->separate_note, ==,
                   "Eerst samen, daarna apart met de voorzitter");
  g_assert_cmpstr (((SvGesprekPerson *) g_ptr_array_index (back->people, 3))->detail, ==, "Lindenhout, jeugdhulp");

  /* Removing one person keeps the ids of the others. */
  sem_id = sem->id;
  g_ptr_array_remove_index (back->people, 1);
  g_assert_true (sv_store_save_gesprek (f->store, back, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&g, sv_gesprek_free);
  g = sv_store_get_gesprek (f->store, back->id, &error);
  g_assert_cmpuint (g->people->len, ==, 3);
  g_assert_cmpint (((SvGesprekPerson *) g_ptr_array_index (g->people, 1))->id, ==, sem_id);

  /* Every step is in the case's audit log: the conversation and its people
   * added, a person removed with their conversation's case. */
  {
    g_autoptr(GPtrArray) log = sv_store_list_audit (f->store, f->case_id, &error);
    guint created = 0, people = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < log->len; i++)
      {
        const SvAuditEntry *e = g_ptr_array_index (log, i);

        if (g_strcmp0 (e->record_kind, "gesprekken") == 0 && e->action == SV_AUDIT_CREATE)
          created++;
        if (g_strcmp0 (e->record_kind, "gesprek_people") == 0 && e->action == SV_AUDIT_CREATE)
          people++;
      }
    g_assert_cmpuint (created, ==, 1);
    g_assert_cmpuint (people, ==, 4);
  }
}

static void
test_facts_follow (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = make_gesprek (f->case_id);
  g_autoptr(SvCaseFacts) facts = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autofree char *ics = NULL;
  GDate sent = day ("2026-11-20");

  g->kaart_definitive_sent = sent;
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
  facts = sv_store_get_case_facts (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (&facts->ig_date, &g->date), ==, 0);
  g_assert_cmpint (facts->ig_minutes, ==, 14 * 60);
  g_assert_cmpint (g_date_compare (&facts->vht_consultation, &g->vht_consultation), ==, 0);
  done = sv_store_list_deadlines_done (f->store, f->case_id, &error);
  g_assert_nonnull (g_hash_table_lookup (done, "ig-kaart-definitief"));

  /* The calendar has the conversation and the preparation before it. */
  ics = sv_ics_export_to_data (f->store, &f->case_id, 1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/Amsterdam:20261203T140000"));
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/Amsterdam:20261203T133000"));

  /* Deleted: the case has no planned conversation any more. */
  g_assert_true (sv_store_delete_gesprek (f->store, g->id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&facts, sv_case_facts_free);
  facts = sv_store_get_case_facts (f->store, f->case_id, &error);
  g_assert_false (g_date_valid (&facts->ig_date));
  g_assert_true (g_date_valid (&facts->vht_consultation));
  g_assert_false (sv_store_delete_gesprek (f->store, g->id, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
}

static void
assert_refused (Fixture    *f,
                SvGesprek  *g,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  guint before = count (f);
  gint64 id = g->id;

  g_assert_false (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_error (error, SV_ERROR, code);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpuint (count (f), ==, before);
  g_assert_cmpint (g->id, ==, id);
}

static void
test_rvdk_gate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = make_gesprek (f->case_id);
  g_autoptr(SvGesprek) back = NULL;
  g_autoptr(SvVhtInterventions) vht = NULL;

  g->kind = SV_IG_KIND_RVDK;
  assert_refused (f, g, SV_ERROR_INVALID, "RvdK");
  g->rvdk_kaart_sent = day ("2026-11-26");
  assert_refused (f, g, SV_ERROR_INVALID, "decision");
  g->rvdk_joins = SV_TRI_NO;
  assert_refused (f, g, SV_ERROR_INVALID, "voluntary frame");
  g->rvdk_joins = SV_TRI_YES;
  g->rvdk_kaart_sent = day ("2026-11-30");
  assert_refused (f, g, SV_ERROR_INVALID, "future");
  g->rvdk_kaart_sent = day ("2026-11-20");
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
  back = sv_store_get_gesprek (f->store, g->id, &error);
  g_assert_cmpint (back->kind, ==, SV_IG_KIND_RVDK);
  /* The VeiligheidsTeam's interventions know the day too. */
  vht = sv_store_get_vht_interventions (f->store, f->case_id, &error);
  g_assert_cmpint (g_date_compare (&vht->context.rvdk_kaart_sent, &g->rvdk_kaart_sent), ==, 0);
  g_assert_cmpint (back->rvdk_joins, ==, SV_TRI_YES);
  g_assert_cmpint (g_date_compare (&back->rvdk_kaart_sent, &g->rvdk_kaart_sent), ==, 0);
}

static void
test_late_and_safety (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = make_gesprek (f->case_id);

  /* 9 December is the latest day; the 10th needs a reason. */
  g->date = day ("2026-12-10");
  assert_refused (f, g, SV_ERROR_INVALID, "needs a reason");
  g->late_reason = g_strdup ("   ");
  assert_refused (f, g, SV_ERROR_INVALID, "needs a reason");
  g_free (g->late_reason);
  g->late_reason = g_strdup ("Vader is tot 9 december opgenomen");

  g->safety = SV_IG_SAFETY_NONE;
  assert_refused (f, g, SV_ERROR_INVALID, "Safety");
  /* A draft may wait for the safety decision. */
  g->final = FALSE;
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
  g->final = TRUE;
  assert_refused (f, g, SV_ERROR_INVALID, "Safety");
  g->safety = SV_IG_SAFETY_OTHER;
  assert_refused (f, g, SV_ERROR_INVALID, "other measure");
  g->safety_other = g_strdup ("Aparte ingangen");
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);

  /* A youth left out needs a reason; another place needs its name. */
  ((SvGesprekPerson *) g_ptr_array_index (g->people, 1))->excluded = TRUE;
  assert_refused (f, g, SV_ERROR_INVALID, "Bram");
  ((SvGesprekPerson *) g_ptr_array_index (g->people, 1))->exclusion_reason = g_strdup ("Examens");
  g->place = SV_GESPREK_PLACE_OTHER;
  assert_refused (f, g, SV_ERROR_INVALID, "other place");
  g->chair = SV_GESPREK_CHAIR_INDEPENDENT;
  g->place_other = g_strdup ("Wijkcentrum De Rijn, Elst");
  assert_refused (f, g, SV_ERROR_INVALID, "independent chair");
}

static void
test_room_clash (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) first = make_gesprek (f->case_id);
  g_autoptr(SvGesprek) second = make_gesprek (f->other_case_id);

  g_assert_true (sv_store_save_gesprek (f->store, first, NULL, &error));
  g_assert_no_error (error);

  /* 15:00 falls in 14:00–15:30, the same room written differently. */
  second->minutes = 15 * 60;
  g_free (second->room_note);
  second->room_note = g_strdup ("  zaal 2.14 ");
  assert_refused (f, second, SV_ERROR_EXISTS, "Zaal 2.14");
  /* Another room at the same place, or the same room once it is free. */
  g_free (second->room_note);
  second->room_note = g_strdup ("Zaal 1.02");
  g_assert_true (sv_store_save_gesprek (f->store, second, NULL, &error));
  g_assert_no_error (error);
  g_free (second->room_note);
  second->room_note = g_strdup ("zaal 2.14");
  second->minutes = 15 * 60 + 30;
  g_assert_true (sv_store_save_gesprek (f->store, second, NULL, &error));
  g_assert_no_error (error);
  /* Moving the first one onto the second is refused too. */
  first->minutes = 15 * 60 + 45;
  assert_refused (f, first, SV_ERROR_EXISTS, "15:30");
  /* Same room note at another place: no clash; no room reserved: none. */
  first->place = SV_GESPREK_PLACE_VEILIG_THUIS;
  g_assert_true (sv_store_save_gesprek (f->store, first, NULL, &error));
  g_assert_no_error (error);
  second->place = SV_GESPREK_PLACE_VEILIG_THUIS;
  assert_refused (f, second, SV_ERROR_EXISTS, "another interventiegesprek");
  second->room_reserved = FALSE;
  g_assert_true (sv_store_save_gesprek (f->store, second, NULL, &error));
  g_assert_no_error (error);
}

static void
test_outcome (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = make_gesprek (f->case_id);
  g_autoptr(SvGesprek) back = NULL;

  g->outcome = g_strdup ("Afspraken gemaakt over de opvoeding");
  assert_refused (f, g, SV_ERROR_INVALID, "Outcome");
  g->date = day ("2026-11-20");
  g->vht_consultation = day ("2026-11-10");
  g->both_parents = SV_TRI_YES;
  ((SvGesprekPerson *) g_ptr_array_index (g->people, 0))->attended = SV_TRI_YES;
  g->raadsonderzoek = SV_TRI_NO;
  assert_refused (f, g, SV_ERROR_INVALID, "raadsonderzoek");
  g->raadsonderzoek = SV_TRI_UNKNOWN;
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);
  back = sv_store_get_gesprek (f->store, g->id, &error);
  g_assert_cmpstr (back->outcome, ==, "Afspraken gemaakt over de opvoeding");
  g_assert_cmpint (back->both_parents, ==, SV_TRI_YES);
  g_assert_cmpint (((SvGesprekPerson *) g_ptr_array_index (back->people, 0))->attended, ==, SV_TRI_YES);
  g_assert_cmpint (((SvGesprekPerson *) g_ptr_array_index (back->people, 1))->attended, ==, SV_TRI_UNKNOWN);
}

static void
test_letters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = make_gesprek (f->case_id);
  g_autofree char *key = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  key = sv_gesprek_letter_key (g_ptr_array_index (g->people, 1));
  expected = g_strdup_printf ("jeugdige-%" G_GINT64_FORMAT,
                              ((SvGesprekPerson *) g_ptr_array_index (g->people, 1))->id);
  g_assert_cmpstr (key, ==, expected);
  g_assert_null (sv_store_get_gesprek_letter (f->store, g->id, key, &error));
  g_assert_no_error (error);
  g_assert_true (sv_store_save_gesprek_letter (f->store, g->id, key, "Hoi Bram, Ŀukasz 王", &error));
  g_assert_no_error (error);
  text = sv_store_get_gesprek_letter (f->store, g->id, key, &error);
  g_assert_cmpstr (text, ==, "Hoi Bram, Ŀukasz 王");
  g_assert_false (sv_store_save_gesprek_letter (f->store, 9999, "ouders", "x", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The youth taken off the list takes the letter along. */
  g_ptr_array_remove_index (g->people, 1);
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_clear_pointer (&text, g_free);
  text = sv_store_get_gesprek_letter (f->store, g->id, key, &error);
  g_assert_null (text);
  g_assert_true (sv_store_save_gesprek_letter (f->store, g->id, "ouders", "Beste ouders", &error));
  g_assert_true (sv_store_save_gesprek_letter (f->store, g->id, "ouders", NULL, &error));
  g_assert_null (sv_store_get_gesprek_letter (f->store, g->id, "ouders", &error));
  g_assert_no_error (error);
}

static void
test_unknown_case (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SvGesprek) g = make_gesprek (4242);

  assert_refused (f, g, SV_ERROR_NOT_FOUND, "case");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gesprek-store/round-trip", test_round_trip);
  ADD ("/gesprek-store/facts-follow", test_facts_follow);
  ADD ("/gesprek-store/rvdk-gate", test_rvdk_gate);
  ADD ("/gesprek-store/late-and-safety", test_late_and_safety);
  ADD ("/gesprek-store/room-clash", test_room_clash);
  ADD ("/gesprek-store/outcome", test_outcome);
  ADD ("/gesprek-store/letters", test_letters);
  ADD ("/gesprek-store/unknown-case", test_unknown_case);
#undef ADD
  return g_test_run ();
}
