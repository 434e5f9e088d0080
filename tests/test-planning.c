/* test-planning.c: deadlines across cases, grouped for planning. */
#include "sv-date.h"
#include "sv-planning-model.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  gint64         ots_case;
  gint64         huisverbod_case;
  gint64         professional_id;
} Fixture;

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (sv_date_from_iso (iso, date));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SvStore *store;
  g_autoptr(SvCaseFacts) ots = NULL;
  g_autoptr(SvCaseFacts) thv = NULL;
  g_autoptr(SvProfessional) p = sv_professional_new ();
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autoptr(GError) error = NULL;
  GDate done_on;

  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "planning.db");
  store = SV_STORE (f->store);
  f->ots_case = sv_test_add_case (store, "Gezin Aftellen", "OTS");
  f->huisverbod_case = sv_test_add_case (store, "Gezin Huisverbod", "Huisverbod");

  /* Today is Sunday 22 November 2026 (SV_TODAY). */
  ots = sv_store_get_case_facts (store, f->ots_case, NULL);
  set_date (&ots->order_end, "2027-01-24");
  g_assert_true (sv_store_save_case_facts (store, ots, &error));
  set_date (&done_on, "2026-10-30");
  g_assert_true (sv_store_set_deadline_done (store, f->ots_case, "ots-step-1", &done_on, &error));

  thv = sv_store_get_case_facts (store, f->huisverbod_case, NULL);
  set_date (&thv->huisverbod_start, "2026-11-20");
  g_assert_true (sv_store_save_case_facts (store, thv, &error));

  g_free (p->name);
  p->name = g_strdup ("Iris Inbrenger");
  g_assert_true (sv_store_save_professional (store, p, &error));
  role->case_id = f->huisverbod_case;
  role->professional = sv_professional_copy (p);
  g_assert_true (sv_store_save_case_role (store, role, &error));
  g_assert_no_error (error);
  f->professional_id = p->id;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static SvPlanningItem *
item_at (SvPlanningModel *model,
         guint            i)
{
  return g_list_model_get_item (G_LIST_MODEL (model), i);
}

static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvPlanningModel) model = sv_planning_model_new (SV_STORE (f->store), workdays);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  SvPlanningSection last = SV_PLANNING_OVERDUE;
  guint headings = 0;
  GArray *deadlines = sv_planning_model_get_deadlines (model);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SvPlanningItem) item = item_at (model, i);

      /* Sections in order, each behind its heading. */
      g_assert_cmpint (sv_planning_item_get_section (item), >=, last);
      last = sv_planning_item_get_section (item);
      if (sv_planning_item_is_heading (item))
        {
          headings++;
          g_assert_cmpuint (sv_planning_item_get_count (item), >, 0);
        }
    }
  g_assert_cmpuint (n, ==, deadlines->len + headings);

  /* Overdue on top: OTS steps 2 (6 Nov) and 3 (13 Nov), not the done step 1. */
  {
    g_autoptr(SvPlanningItem) heading = item_at (model, 0);
    g_autoptr(SvPlanningItem) first = item_at (model, 1);

    g_assert_true (sv_planning_item_is_heading (heading));
    g_assert_cmpint (sv_planning_item_get_section (heading), ==, SV_PLANNING_OVERDUE);
    g_assert_cmpstr (sv_planning_item_get_deadline (first)->rule_id, ==, "ots-step-2");
  }
  for (guint i = 0; i < deadlines->len; i++)
    g_assert_cmpint (g_array_index (deadlines, SvDeadline, i).state, !=, SV_DEADLINE_DONE);

  /* The huisverbod day 8 (27 Nov) falls next week; today is a Sunday, so
   * this week is today only. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SvPlanningItem) item = item_at (model, i);
      const SvDeadline *d = sv_planning_item_get_deadline (item);

      if (d != NULL && g_str_equal (d->rule_id, "thv-advies-vervolghulp"))
        g_assert_cmpint (sv_planning_item_get_section (item), ==, SV_PLANNING_NEXT_WEEK);
    }
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvPlanningModel) model = sv_planning_model_new (SV_STORE (f->store), workdays);
  GArray *deadlines = sv_planning_model_get_deadlines (model);
  guint all = deadlines->len;
  GDate date;

  sv_planning_model_set_family (model, SV_DEADLINE_FAMILY_HUISVERBOD);
  g_assert_cmpuint (deadlines->len, ==, 3);
  for (guint i = 0; i < deadlines->len; i++)
    g_assert_true (g_str_has_prefix (g_array_index (deadlines, SvDeadline, i).rule_id, "thv-"));

  /* One rule, alone or within its family; a rule outside the family
   * leaves nothing. */
  sv_planning_model_set_rule (model, "thv-einde");
  g_assert_cmpuint (deadlines->len, ==, 1);
  g_assert_cmpstr (g_array_index (deadlines, SvDeadline, 0).rule_id, ==, "thv-einde");
  sv_planning_model_set_rule (model, "ots-step-3");
  g_assert_cmpuint (deadlines->len, ==, 0);
  sv_planning_model_set_family (model, SV_PLANNING_ALL_FAMILIES);
  g_assert_cmpuint (deadlines->len, ==, 1);
  g_assert_cmpstr (g_array_index (deadlines, SvDeadline, 0).rule_id, ==, "ots-step-3");
  sv_planning_model_set_rule (model, NULL);

  sv_planning_model_set_professional (model, f->professional_id);
  for (guint i = 0; i < deadlines->len; i++)
    g_assert_cmpint (g_array_index (deadlines, SvDeadline, i).case_id, ==, f->huisverbod_case);

  sv_planning_model_set_professional (model, 0);
  sv_planning_model_set_show_done (model, TRUE);
  g_assert_cmpuint (deadlines->len, ==, all + 1);

  set_date (&date, "2026-12-01");
  g_assert_cmpuint (sv_planning_model_find_date (model, &date), !=, G_MAXUINT);
  set_date (&date, "2030-01-01");
  g_assert_cmpuint (sv_planning_model_find_date (model, &date), ==, G_MAXUINT);
}

/* Filtered on a meeting: only the cases on its agenda, following the
 * agenda as it changes. */
static void
test_meeting_filter (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvPlanningModel) model = sv_planning_model_new (SV_STORE (f->store), workdays);
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
  g_autoptr(GError) error = NULL;
  GArray *deadlines = sv_planning_model_get_deadlines (model);
  guint all = deadlines->len;

  meeting->kind_id = sv_test_meeting_kind (SV_STORE (f->store), "LEJO");   /* no consent gate */
  set_date (&meeting->date, "2026-11-24");
  g_assert_true (sv_store_save_meeting (SV_STORE (f->store), meeting, &error));
  g_assert_no_error (error);

  /* Nothing on the agenda yet: nothing listed. */
  sv_planning_model_set_meeting (model, meeting->id);
  g_assert_cmpuint (deadlines->len, ==, 0);

  item->meeting_id = meeting->id;
  item->case_id = f->ots_case;
  g_assert_true (sv_store_save_agenda_item (SV_STORE (f->store), item, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (deadlines->len, >, 0);
  for (guint i = 0; i < deadlines->len; i++)
    g_assert_cmpint (g_array_index (deadlines, SvDeadline, i).case_id, ==, f->ots_case);

  /* With the professional of the other case as well: nothing. */
  sv_planning_model_set_professional (model, f->professional_id);
  g_assert_cmpuint (deadlines->len, ==, 0);
  sv_planning_model_set_professional (model, 0);
  sv_planning_model_set_meeting (model, 0);
  g_assert_cmpuint (deadlines->len, ==, all);
}

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvPlanningModel) model = sv_planning_model_new (SV_STORE (f->store), workdays);
  GArray *deadlines = sv_planning_model_get_deadlines (model);
  guint before = deadlines->len;
  GDate done_on;

  set_date (&done_on, "2026-11-20");
  g_assert_true (sv_store_set_deadline_done (SV_STORE (f->store), f->ots_case, "ots-step-2", &done_on, NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (deadlines->len, ==, before - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/planning/sections", test_sections);
  ADD ("/planning/filters", test_filters);
  ADD ("/planning/follows-changes", test_follows_changes);
  ADD ("/planning/meeting-filter", test_meeting_filter);
#undef ADD
  return g_test_run ();
}
