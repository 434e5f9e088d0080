/* test-traject-store.c: the Interventieteam's path in the store — where a
 * case stands, moves in one transaction with their log, the refusal of a
 * stale move, a step the model no longer knows, counts per step. */
#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store.h"
#include "sv-test-util.h"

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
  f->sqlite = sv_test_open_store (f->dir, "traject.db");
  f->store = SV_STORE (f->sqlite);
  /* A zorgelijke melding received on 2 November 2026. */
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

static GDate
day (const char *iso)
{
  GDate d;

  g_assert_true (sv_date_from_iso (iso, &d));
  return d;
}

/* Runs @sql on the database behind the store's back. */
static void
raw_exec (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (sv_sqlite_store_get_path (f->sqlite), &db), ==, SQLITE_OK);
  sv_test_allow_raw_writes (db);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
give_consent (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvConsent) consent = sv_consent_new ();

  consent->case_id = f->case_id;
  consent->status = SV_CONSENT_STATUS_GEGEVEN;
  consent->date = day ("2026-11-03");
  g_free (consent->given_by);
  consent->given_by = g_strdup ("Anna Testpersoon");
  g_assert_true (sv_store_save_consent (f->store, consent, &error));
  g_assert_no_error (error);
}

static void
add_role (Fixture        *f,
          SvCaseRoleKind  kind,
          const char     *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvProfessional) pro = sv_professional_new ();
  g_autoptr(SvCaseRole) role = sv_case_role_new ();

  g_free (pro->name);
  pro->name = g_strdup (name);
  g_free (pro->organisation_name);
  pro->organisation_name = g_strdup ("Gemeente Overbetuwe");
  g_assert_true (sv_store_save_professional (f->store, pro, &error));
  g_assert_no_error (error);
  role->case_id = f->case_id;
  role->role = kind;
  role->professional = sv_professional_copy (pro);
  g_assert_true (sv_store_save_case_role (f->store, role, &error));
  g_assert_no_error (error);
}

static void
move_ok (Fixture       *f,
         SvTrajectStep  from,
         SvTrajectStep  to,
         const char    *on)
{
  g_autoptr(GError) error = NULL;
  GDate d = day (on);

  g_assert_true (sv_store_move_traject (f->store, f->case_id, from, to, &d, "Ineke de Vries", &error));
  g_assert_no_error (error);
}

static SvTrajectStep
step_now (Fixture *f)
{
  g_autoptr(SvTraject) t = sv_store_get_traject (f->store, f->case_id, NULL);

  g_assert_nonnull (t);
  g_assert_null (t->unknown_step);
  return t->step;
}

static void
test_fresh_case (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvTraject) t = sv_store_get_traject (f->store, f->case_id, &error);
  g_autoptr(GPtrArray) moves = sv_store_list_traject_moves (f->store, f->case_id, &error);
  g_autoptr(SvTraject) missing = NULL;
  GDate received = day ("2026-11-02");

  g_assert_no_error (error);
  g_assert_cmpint (t->step, ==, SV_TRAJECT_STEP_ONTVANGEN);
  g_assert_null (t->unknown_step);
  g_assert_cmpint (g_date_compare (&t->since, &received), ==, 0);
  g_assert_cmpint (t->report_kind, ==, SV_REPORT_KIND_ZORGELIJKE_MELDING);
  g_assert_false (t->consent_ok);
  g_assert_false (t->it_medewerker);
  g_assert_cmpuint (moves->len, ==, 0);

  missing = sv_store_get_traject (f->store, 9999, &error);
  g_assert_null (missing);
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
}

/* From received to Traject III, each requirement refused first, then met;
 * every move logged with who, when, from and to. */
static void
test_path_to_traject_iii (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(SvTraject) t = NULL;
  g_autoptr(SvCaseFacts) facts = NULL;
  GDate d = day ("2026-11-04");
  GDate expect;
  static const char *path[][2] = {
    { "ontvangen", "triage" },
    { "triage", "eerste-bespreking" },
    { "eerste-bespreking", "onderzoek" },
    { "onderzoek", "advies" },
    { "advies", "traject-3" },
  };

  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_TRIAGE, &d, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "A zorgelijke melding needs the residents’ consent"));
  g_clear_error (&error);
  give_consent (f);
  move_ok (f, SV_TRAJECT_STEP_ONTVANGEN, SV_TRAJECT_STEP_TRIAGE, "2026-11-04");
  move_ok (f, SV_TRAJECT_STEP_TRIAGE, SV_TRAJECT_STEP_EERSTE_BESPREKING, "2026-11-05");

  /* The first discussion's date is now the fact the six weeks count from. */
  facts = sv_store_get_case_facts (f->store, f->case_id, &error);
  expect = day ("2026-11-05");
  g_assert_cmpint (g_date_compare (&facts->it_first_discussion, &expect), ==, 0);

  d = day ("2026-11-06");
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_EERSTE_BESPREKING,
                                         SV_TRAJECT_STEP_ONDERZOEK, &d, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  add_role (f, SV_CASE_ROLE_IT_MEDEWERKER, "Karim Bouali");
  move_ok (f, SV_TRAJECT_STEP_EERSTE_BESPREKING, SV_TRAJECT_STEP_ONDERZOEK, "2026-11-06");
  move_ok (f, SV_TRAJECT_STEP_ONDERZOEK, SV_TRAJECT_STEP_ADVIES, "2026-11-20");

  d = day ("2026-11-20");
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ADVIES,
                                         SV_TRAJECT_STEP_TRAJECT_III, &d, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Traject III needs the adviesverslag of the IT-medewerker: mark it complete first.");
  g_clear_error (&error);
  t = sv_store_get_traject (f->store, f->case_id, &error);
  t->adviesverslag = TRUE;
  g_assert_true (sv_store_save_traject (f->store, t, &error));
  g_assert_no_error (error);
  move_ok (f, SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_III, "2026-11-20");
  g_assert_cmpint (step_now (f), ==, SV_TRAJECT_STEP_TRAJECT_III);

  /* Refused moves left no trace; the five moves are logged in order. */
  moves = sv_store_list_traject_moves (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, G_N_ELEMENTS (path));
  for (guint i = 0; i < moves->len; i++)
    {
      SvTrajectMove *m = moves->pdata[i];

      g_assert_cmpstr (m->from_step, ==, path[i][0]);
      g_assert_cmpstr (m->to_step, ==, path[i][1]);
      g_assert_cmpstr (m->who, ==, "Ineke de Vries");
      g_assert_nonnull (m->at);
      g_assert_true (g_date_valid (&m->on));
      g_assert_cmpint (m->case_id, ==, f->case_id);
    }
  expect = day ("2026-11-20");
  g_assert_cmpint (g_date_compare (&((SvTrajectMove *) moves->pdata[4])->on, &expect), ==, 0);
}

/* Two windows read the case at "received" and both move it: the first
 * wins, the second learns where the case went; one move is logged. */
static void
test_stale_move (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  GDate d = day ("2026-11-04");

  give_consent (f);
  g_assert_true (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                        SV_TRAJECT_STEP_TRIAGE, &d, "Venster één", &error));
  g_assert_no_error (error);
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_TRIAGE, &d, "Venster twee", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_STALE);
  g_assert_cmpstr (error->message, ==, "Meanwhile the case was moved to “Screening/triage”, perhaps in another "
                   "window; the chart now shows where it stands.");
  moves = sv_store_list_traject_moves (f->store, f->case_id, NULL);
  g_assert_cmpuint (moves->len, ==, 1);
  g_assert_cmpstr (((SvTrajectMove *) moves->pdata[0])->who, ==, "Venster één");
}

static void
test_move_checks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  GDate future = day ("2026-11-23");
  GDate early = day ("2026-11-01");
  GDate ok = day ("2026-11-03");

  give_consent (f);
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_TRIAGE, &future, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Move: the date may not lie in the future.");
  g_clear_error (&error);
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_TRIAGE, &early, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The move cannot lie before 2 November 2026, when the case reached “Report received”.");
  g_clear_error (&error);
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_TRIAGE, &ok, "  ", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_ADVIES, &ok, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "From “Report received” the report goes only to “Screening/triage”.");
  g_clear_error (&error);
  moves = sv_store_list_traject_moves (f->store, f->case_id, NULL);
  g_assert_cmpuint (moves->len, ==, 0);
  g_assert_cmpint (step_now (f), ==, SV_TRAJECT_STEP_ONTVANGEN);
}

static void
test_hours_and_checklist (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvTraject) t = sv_store_get_traject (f->store, f->case_id, NULL);
  g_autoptr(SvTraject) back = NULL;

  t->iv_minutes = 18 * 60 + 15;
  g_assert_false (sv_store_save_traject (f->store, t, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  t->iv_minutes = 18 * 60;
  t->zorgjournaal = TRUE;
  t->gespreksverslagen = TRUE;
  /* The step is not the record's to write. */
  t->step = SV_TRAJECT_STEP_TRAJECT_V;
  g_assert_true (sv_store_save_traject (f->store, t, &error));
  g_assert_no_error (error);
  back = sv_store_get_traject (f->store, f->case_id, NULL);
  g_assert_cmpuint (back->iv_minutes, ==, 18 * 60);
  g_assert_true (back->zorgjournaal);
  g_assert_true (back->gespreksverslagen);
  g_assert_false (back->plan_goedgekeurd);
  g_assert_cmpint (back->step, ==, SV_TRAJECT_STEP_ONTVANGEN);
}

/* A step a later version dropped: shown as stored, never changed, not
 * movable, counted apart. */
static void
test_unknown_step (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvTraject) t = NULL;
  g_autoptr(SvTraject) again = NULL;
  guint counts[SV_TRAJECT_N_STEPS];
  guint unknown = 99;
  GDate d = day ("2026-11-10");

  give_consent (f);
  raw_exec (f, "INSERT INTO case_traject (case_id, step, since) VALUES (1, 'traject-6', '2026-11-03')");
  t = sv_store_get_traject (f->store, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (t->unknown_step, ==, "traject-6");
  g_assert_cmpuint (sv_traject_allowed_steps (t, NULL, &d), ==, 0);

  g_assert_false (sv_store_move_traject (f->store, f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                         SV_TRAJECT_STEP_TRIAGE, &d, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "The case stands at “traject-6”"));
  g_clear_error (&error);

  /* Saving the checklist leaves the step as it was. */
  t->zorgjournaal = TRUE;
  g_assert_true (sv_store_save_traject (f->store, t, &error));
  again = sv_store_get_traject (f->store, f->case_id, &error);
  g_assert_cmpstr (again->unknown_step, ==, "traject-6");

  g_assert_true (sv_store_count_traject_steps (f->store, counts, &unknown, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unknown, ==, 1);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    g_assert_cmpuint (counts[i], ==, 0);
}

/* The plan of @sql as one line. */
static char *
raw_plan (Fixture    *f,
          const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  GString *plan = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (sv_sqlite_store_get_path (f->sqlite), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s; ", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (plan, FALSE);
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  guint counts[SV_TRAJECT_N_STEPS];
  guint unknown = 99;
  gint64 ids[8];

  ids[0] = f->case_id;
  for (guint i = 1; i < G_N_ELEMENTS (ids); i++)
    ids[i] = sv_test_add_case (f->store, "Huishouden", "Zorgen");
  give_consent (f);
  move_ok (f, SV_TRAJECT_STEP_ONTVANGEN, SV_TRAJECT_STEP_TRIAGE, "2026-11-04");
  /* Two more at screening, one closed at screening, one left at receipt. */
  /* Two more at screening, one closed at screening, one left at receipt;
   * the counting runs through both tables in order of case number, so
   * the closed ones and the rowless ones lie between and after the rest. */
  raw_exec (f, "INSERT INTO case_traject (case_id, step, since) VALUES"
               " (2, 'triage', '2026-11-04'), (3, 'traject-5', '2026-11-04'), (4, 'triage', '2026-11-04'),"
               " (7, 'traject-2', '2026-11-04'), (8, 'advies', '2026-11-04');"
               "UPDATE cases SET status = 'gesloten', closed_on = '2026-11-10' WHERE id IN (4, 6, 8);");
  g_assert_true (sv_store_count_traject_steps (f->store, counts, &unknown, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts[SV_TRAJECT_STEP_ONTVANGEN], ==, 1);
  g_assert_cmpuint (counts[SV_TRAJECT_STEP_TRIAGE], ==, 2);
  g_assert_cmpuint (counts[SV_TRAJECT_STEP_TRAJECT_II], ==, 1);
  g_assert_cmpuint (counts[SV_TRAJECT_STEP_TRAJECT_V], ==, 1);
  g_assert_cmpuint (counts[SV_TRAJECT_STEP_ADVIES], ==, 0);
  g_assert_cmpuint (unknown, ==, 0);

  /* The open cases come from their own index (named in the query: without
   * statistics the planner may prefer another and sort), in order. */
  plan = raw_plan (f, "SELECT id FROM cases INDEXED BY cases_open WHERE status = 'open' ORDER BY id");
  g_assert_nonnull (strstr (plan, "COVERING INDEX cases_open"));
  g_assert_null (strstr (plan, "TEMP B-TREE"));
}

/* Entering Traject V records its start, unless already known. */
static void
test_traject_v_fact (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCaseFacts) facts = NULL;
  GDate expect = day ("2026-11-12");

  raw_exec (f, "INSERT INTO case_traject (case_id, step, since, adviesverslag) VALUES (1, 'advies', '2026-11-10', 1)");
  move_ok (f, SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_V, "2026-11-12");
  facts = sv_store_get_case_facts (f->store, f->case_id, &error);
  g_assert_cmpint (g_date_compare (&facts->traject_v_start, &expect), ==, 0);
}

/* ------------------------------------------------------------------------
 * The VeiligheidsTeam's interventions 1–5
 * ------------------------------------------------------------------------ */

static void
set_vht_facts (Fixture    *f,
               const char *consultation,
               const char *order_end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (f->store, f->case_id, &error);

  g_assert_no_error (error);
  if (consultation != NULL)
    facts->vht_consultation = day (consultation);
  if (order_end != NULL)
    facts->order_end = day (order_end);
  g_assert_true (sv_store_save_case_facts (f->store, facts, &error));
  g_assert_no_error (error);
}

static void
vht_refused (Fixture           *f,
             SvVhtIntervention  which,
             SvVhtState         from,
             SvVhtState         to,
             int                code,
             const char        *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sv_store_move_vht_intervention (f->store, f->case_id, which, from, to, NULL, "Ineke de Vries", &error));
  g_assert_error (error, SV_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, error->message);
}

static void
vht_ok (Fixture           *f,
        SvVhtIntervention  which,
        SvVhtState         from,
        SvVhtState         to,
        const char        *on)
{
  g_autoptr(GError) error = NULL;
  GDate d = day (on);

  g_assert_true (sv_store_move_vht_intervention (f->store, f->case_id, which, from, to, &d, "Ineke de Vries", &error));
  g_assert_no_error (error);
}

/* Fresh: all five not chosen. Each requirement refuses with its reason
 * until it is met; the state, date and name are stored; a move from a
 * state the intervention left is stale. */
static void
test_vht_interventions (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SvVhtInterventions) fresh = sv_store_get_vht_interventions (f->store, f->case_id, NULL);
  g_autoptr(SvVhtInterventions) after = NULL;
  g_autoptr(GError) error = NULL;
  GDate sent = day ("2026-11-18");
  GDate future = day ("2026-11-23");
  GDate expect = day ("2026-11-14");

  g_assert_nonnull (fresh);
  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      g_assert_cmpint (fresh->state[i], ==, SV_VHT_STATE_NIET_GEKOZEN);
      g_assert_false (g_date_valid (&fresh->since[i]));
      g_assert_null (fresh->who[i]);
    }
  g_assert_null (sv_store_get_vht_interventions (f->store, 999, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);

  vht_refused (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD, SV_ERROR_INVALID,
               "record its date first");
  set_vht_facts (f, "2026-11-12", NULL);
  vht_refused (f, SV_VHT_INTERVENTION_WARME_OVERDRACHT, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD,
               SV_ERROR_INVALID, "end date of the OTS or voogdij");
  vht_refused (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_INGEZET, SV_ERROR_INVALID,
               "cannot go to");
  vht_ok (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD, "2026-11-12");
  vht_ok (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_GEADVISEERD, SV_VHT_STATE_INGEZET, "2026-11-14");
  vht_refused (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_GEADVISEERD, SV_VHT_STATE_INGEZET, SV_ERROR_STALE,
               "Meanwhile");
  vht_refused (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_INGEZET, SV_VHT_STATE_NIET_GEKOZEN, SV_ERROR_INVALID,
               "cannot be withdrawn");

  /* The RvdK waits for the Veiligheidskaart. */
  vht_ok (f, SV_VHT_INTERVENTION_GESPREK_RVDK, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD, "2026-11-12");
  vht_refused (f, SV_VHT_INTERVENTION_GESPREK_RVDK, SV_VHT_STATE_GEADVISEERD, SV_VHT_STATE_INGEZET, SV_ERROR_INVALID,
               "Veiligheidskaart went to the RvdK");
  g_assert_false (sv_store_set_vht_rvdk_kaart_sent (f->store, f->case_id, &future, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sv_store_set_vht_rvdk_kaart_sent (f->store, f->case_id, &sent, &error));
  g_assert_no_error (error);
  vht_ok (f, SV_VHT_INTERVENTION_GESPREK_RVDK, SV_VHT_STATE_GEADVISEERD, SV_VHT_STATE_INGEZET, "2026-11-18");

  /* Withdrawn advice, and the warm handover once the order's end is known. */
  vht_ok (f, SV_VHT_INTERVENTION_NETWERKBERAAD, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD, "2026-11-12");
  vht_ok (f, SV_VHT_INTERVENTION_NETWERKBERAAD, SV_VHT_STATE_GEADVISEERD, SV_VHT_STATE_NIET_GEKOZEN, "2026-11-13");
  set_vht_facts (f, NULL, "2027-03-01");
  vht_ok (f, SV_VHT_INTERVENTION_WARME_OVERDRACHT, SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD, "2026-11-20");

  /* Not before the last move, not in the future, not anonymous. */
  {
    GDate early = day ("2026-11-13");

    g_assert_false (sv_store_move_vht_intervention (f->store, f->case_id, SV_VHT_INTERVENTION_ZORG,
                                                    SV_VHT_STATE_INGEZET, SV_VHT_STATE_AFGEROND, &early,
                                                    "Ineke de Vries", &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (sv_store_move_vht_intervention (f->store, f->case_id, SV_VHT_INTERVENTION_ZORG,
                                                    SV_VHT_STATE_INGEZET, SV_VHT_STATE_AFGEROND, &future,
                                                    "Ineke de Vries", &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (sv_store_move_vht_intervention (f->store, f->case_id, SV_VHT_INTERVENTION_ZORG,
                                                    SV_VHT_STATE_INGEZET, SV_VHT_STATE_AFGEROND, NULL, "  ", &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
    g_clear_error (&error);
  }
  vht_ok (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_INGEZET, SV_VHT_STATE_AFGEROND, "2026-11-21");
  vht_refused (f, SV_VHT_INTERVENTION_ZORG, SV_VHT_STATE_AFGEROND, SV_VHT_STATE_INGEZET, SV_ERROR_INVALID,
               "nothing follows");

  after = sv_store_get_vht_interventions (f->store, f->case_id, NULL);
  g_assert_cmpint (after->state[SV_VHT_INTERVENTION_ZORG], ==, SV_VHT_STATE_AFGEROND);
  g_assert_cmpint (after->state[SV_VHT_INTERVENTION_NETWERKBERAAD], ==, SV_VHT_STATE_NIET_GEKOZEN);
  g_assert_cmpint (after->state[SV_VHT_INTERVENTION_GESPREK_VRIJWILLIG], ==, SV_VHT_STATE_NIET_GEKOZEN);
  g_assert_cmpint (after->state[SV_VHT_INTERVENTION_GESPREK_RVDK], ==, SV_VHT_STATE_INGEZET);
  g_assert_cmpint (after->state[SV_VHT_INTERVENTION_WARME_OVERDRACHT], ==, SV_VHT_STATE_GEADVISEERD);
  g_assert_cmpint (g_date_compare (&after->context.rvdk_kaart_sent, &sent), ==, 0);
  g_assert_cmpstr (after->who[SV_VHT_INTERVENTION_ZORG], ==, "Ineke de Vries");
  g_assert_true (g_date_valid (&after->since[SV_VHT_INTERVENTION_ZORG]));
  expect = day ("2026-11-13");
  g_assert_cmpint (g_date_compare (&after->since[SV_VHT_INTERVENTION_NETWERKBERAAD], &expect), ==, 0);

  /* Clearing the date sent. */
  g_assert_true (sv_store_set_vht_rvdk_kaart_sent (f->store, f->case_id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, sv_vht_interventions_free);
  after = sv_store_get_vht_interventions (f->store, f->case_id, NULL);
  g_assert_false (g_date_valid (&after->context.rvdk_kaart_sent));
  g_assert_false (sv_store_set_vht_rvdk_kaart_sent (f->store, 999, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/traject-store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("fresh-case", test_fresh_case);
  ADD ("path-to-traject-iii", test_path_to_traject_iii);
  ADD ("stale-move", test_stale_move);
  ADD ("move-checks", test_move_checks);
  ADD ("hours-and-checklist", test_hours_and_checklist);
  ADD ("unknown-step", test_unknown_step);
  ADD ("counts", test_counts);
  ADD ("traject-v-fact", test_traject_v_fact);
  ADD ("vht-interventions", test_vht_interventions);
#undef ADD
  return g_test_run ();
}
