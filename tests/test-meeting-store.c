/* test-meeting-store.c: meetings, agendas, attendance and agreements in
 * the SQLite store — the refusals a chair meets (room taken, a case twice,
 * the consent gate, a closed meeting) leave the database as it was. */
#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-meeting-plan.h"
#include "sv-store.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;
  gint64         levo, lejo, vht;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "meetings.db");
  f->store = SV_STORE (f->sqlite);
  f->levo = sv_test_meeting_kind (f->store, "LEVO");
  f->lejo = sv_test_meeting_kind (f->store, "LEJO");
  f->vht = sv_test_meeting_kind (f->store, "VHT");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static SvMeeting *
plan (Fixture    *f,
      gint64      kind,
      const char *date,
      int         start,
      int         duration,
      const char *room)
{
  g_autoptr(GError) error = NULL;
  SvMeeting *m = sv_meeting_new ();

  m->kind_id = kind;
  g_assert_true (sv_date_from_iso (date, &m->date));
  m->start_minutes = start;
  m->duration_minutes = duration;
  g_free (m->room);
  m->room = g_strdup (room);
  if (!sv_store_save_meeting (f->store, m, &error))
    {
      sv_meeting_free (m);
      return NULL;
    }
  g_assert_no_error (error);
  return m;
}

static gboolean
add_item (Fixture      *f,
          gint64        meeting_id,
          gint64        case_id,
          GError      **error)
{
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();

  item->meeting_id = meeting_id;
  item->case_id = case_id;
  item->planned_minutes = 20;
  return sv_store_save_agenda_item (f->store, item, error);
}

static guint
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = G_MAXUINT;

  /* A second connection sees only what was committed. */
  g_assert_cmpint (sqlite3_open_v2 (sv_sqlite_store_get_path (f->sqlite), &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_meeting_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "Raadzaal \"De Linge\" 🏛");
  g_autoptr(SvMeeting) back = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GPtrArray) in_range = NULL;
  g_autoptr(GError) error = NULL;
  GDate from, to;

  g_assert_nonnull (m);
  g_assert_cmpint (m->id, >, 0);
  g_assert_nonnull (m->uid);
  g_assert_cmpstr (m->kind_code, ==, "LEJO");

  back = sv_store_get_meeting (f->store, m->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->room, ==, "Raadzaal \"De Linge\" 🏛");
  g_assert_cmpint (back->start_minutes, ==, 14 * 60);
  g_assert_cmpint (back->status, ==, SV_MEETING_STATUS_GEPLAND);
  g_assert_cmpint (g_date_compare (&back->date, &m->date), ==, 0);

  /* The fixed core of LEJO is expected: the ten organisations of seed 000
   * and the gemeente that chairs it. */
  attendance = sv_store_list_attendance (f->store, m->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendance->len, ==, 11);
  for (guint i = 0; i < attendance->len; i++)
    {
      SvAttendance *a = attendance->pdata[i];
      g_assert_cmpint (a->circle, ==, SV_MEETING_CIRCLE_VASTE_KERN);
      g_assert_cmpint (a->status, ==, SV_ATTENDANCE_VERWACHT);
      g_assert_cmpint (a->agenda_item_id, ==, 0);
    }

  sv_date_from_iso ("2026-11-24", &from);
  sv_date_from_iso ("2026-11-30", &to);
  in_range = sv_store_list_meetings (f->store, &from, &to, &error);
  g_assert_cmpuint (in_range->len, ==, 1);
  sv_date_from_iso ("2026-11-25", &from);
  g_clear_pointer (&in_range, g_ptr_array_unref);
  in_range = sv_store_list_meetings (f->store, &from, &to, &error);
  g_assert_cmpuint (in_range->len, ==, 0);
}

static void
test_room_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvMeeting) first = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "Raadzaal");
  g_autoptr(SvMeeting) clash = sv_meeting_new ();
  g_autoptr(SvMeeting) later = NULL, elsewhere = NULL, no_room = NULL;
  g_autoptr(GError) error = NULL;

  clash->kind_id = f->levo;
  sv_date_from_iso ("2026-11-24", &clash->date);
  clash->start_minutes = 15 * 60;
  clash->duration_minutes = 60;
  g_free (clash->room);
  clash->room = g_strdup ("  raadzaal ");
  g_assert_false (sv_store_save_meeting (f->store, clash, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "is taken by LEJO"));
  g_assert_nonnull (strstr (error->message, "14:00–16:00"));
  g_assert_cmpint (clash->id, ==, 0);
  g_assert_cmpuint (count_rows (f, "meetings"), ==, 1);
  g_assert_cmpuint (count_rows (f, "meeting_attendance"), ==, 11);
  g_clear_error (&error);

  /* Right after, in another room, or without a room: fine. */
  later = plan (f, f->levo, "2026-11-24", 16 * 60, 60, "Raadzaal");
  elsewhere = plan (f, f->levo, "2026-11-24", 15 * 60, 60, "Kamer 2");
  no_room = plan (f, f->vht, "2026-11-24", 14 * 60, 60, "");
  g_assert_nonnull (later);
  g_assert_nonnull (elsewhere);
  g_assert_nonnull (no_room);

  /* Moving a meeting onto a taken slot is refused as well. */
  later->start_minutes = 15 * 60 + 30;
  g_assert_false (sv_store_save_meeting (f->store, later, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  /* A meeting does not conflict with itself. */
  first->duration_minutes = 90;
  g_assert_true (sv_store_save_meeting (f->store, first, &error));
  g_assert_no_error (error);
}

static void
test_agenda (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(SvMeeting) same_time = plan (f, f->vht, "2026-11-24", 15 * 60, 60, "");
  g_autoptr(SvMeeting) next_week = plan (f, f->lejo, "2026-12-01", 14 * 60, 120, "");
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cases[4];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("Gezin %c", 'A' + i);
      cases[i] = sv_test_add_case (f->store, name, "zorgen");
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (add_item (f, m->id, cases[i], &error));
      g_assert_no_error (error);
    }

  /* Twice on one agenda; on another meeting at the same time. */
  g_assert_false (add_item (f, m->id, cases[1], &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "already on this agenda"));
  g_clear_error (&error);
  g_assert_false (add_item (f, same_time->id, cases[1], &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "at the same time"));
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (f, "agenda_items"), ==, 4);
  /* Next week it may come back. */
  g_assert_true (add_item (f, next_week->id, cases[1], &error));

  agenda = sv_store_list_agenda (f->store, m->id, &error);
  g_assert_cmpuint (agenda->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      SvAgendaItem *item = agenda->pdata[i];
      g_assert_cmpuint (item->position, ==, i);
      g_assert_cmpint (item->case_id, ==, cases[i]);
      g_assert_cmpstr (item->case_number, !=, "");
    }

  /* Move the last to the top, delete the second: A… → D A B C → D B C. */
  g_assert_true (sv_store_move_agenda_item (f->store, ((SvAgendaItem *) agenda->pdata[3])->id, 0, &error));
  g_assert_true (sv_store_delete_agenda_item (f->store, ((SvAgendaItem *) agenda->pdata[0])->id, &error));
  g_assert_no_error (error);
  /* A position past the end goes to the end. */
  g_assert_true (sv_store_move_agenda_item (f->store, ((SvAgendaItem *) agenda->pdata[1])->id, 99, &error));
  g_clear_pointer (&agenda, g_ptr_array_unref);
  agenda = sv_store_list_agenda (f->store, m->id, &error);
  {
    const gint64 expect[] = { cases[3], cases[2], cases[1] };
    g_assert_cmpuint (agenda->len, ==, 3);
    for (guint i = 0; i < 3; i++)
      {
        g_assert_cmpint (((SvAgendaItem *) agenda->pdata[i])->case_id, ==, expect[i]);
        g_assert_cmpuint (((SvAgendaItem *) agenda->pdata[i])->position, ==, i);
      }
  }

  /* Captured fields survive a round trip; a 20,000-character question is
   * refused without a change. */
  {
    SvAgendaItem *item = agenda->pdata[0];
    g_autoptr(SvAgendaItem) back = NULL;

    g_free (item->question);
    item->question = g_strdup ("Wat is nodig voor \"veiligheid\"? 👀");
    item->advice = SV_VHT_ADVICE_GEDWONGEN_KADER;
    item->family_invited = TRUE;
    item->family_attendance = SV_FAMILY_ATTENDANCE_AANWEZIG;
    item->elapsed_seconds = 125;
    item->running_since = 1800000000;
    g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
    g_assert_no_error (error);
    back = sv_store_get_agenda_item (f->store, item->id, &error);
    g_assert_cmpstr (back->question, ==, item->question);
    g_assert_cmpint (back->advice, ==, SV_VHT_ADVICE_GEDWONGEN_KADER);
    g_assert_true (back->family_invited);
    g_assert_cmpint (back->family_attendance, ==, SV_FAMILY_ATTENDANCE_AANWEZIG);
    g_assert_cmpint (back->elapsed_seconds, ==, 125);
    g_assert_cmpint (back->running_since, ==, 1800000000);

    g_free (back->question);
    back->question = g_strnfill (20000, 'q');
    g_assert_false (sv_store_save_agenda_item (f->store, back, &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
    g_clear_error (&error);
    g_clear_pointer (&back, sv_agenda_item_free);
    back = sv_store_get_agenda_item (f->store, item->id, &error);
    g_assert_cmpstr (back->question, ==, item->question);
  }
}

static void
test_consent_gate (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SvMeeting) levo = plan (f, f->levo, "2026-11-23", 9 * 60, 120, "");
  g_autoptr(SvConsent) consent = NULL;
  g_autoptr(GError) error = NULL;
  gint64 c = sv_test_add_case (f->store, "Gezin Zonder Toestemming", "zorgen");

  /* A zorgelijke melding without consent stays off the LEVO agenda. */
  g_assert_false (add_item (f, levo->id, c, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "LEVO discusses a case only with"));
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (f, "agenda_items"), ==, 0);

  /* Marked zorgmijder, it may. */
  consent = sv_store_get_consent (f->store, c, &error);
  consent->exception = SV_CONSENT_EXCEPTION_ZORGMIJDER;
  g_assert_true (sv_store_save_consent (f->store, consent, &error));
  g_assert_true (add_item (f, levo->id, c, &error));
  g_assert_no_error (error);
}

static void
test_closed_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(GError) error = NULL;
  gint64 c = sv_test_add_case (f->store, "Gezin Dicht", "zorgen");
  gint64 other = sv_test_add_case (f->store, "Gezin Later", "zorgen");

  g_assert_true (add_item (f, m->id, c, &error));
  agenda = sv_store_list_agenda (f->store, m->id, &error);

  /* Running: it cannot be removed. */
  m->status = SV_MEETING_STATUS_LOPEND;
  g_assert_true (sv_store_save_meeting (f->store, m, &error));
  g_assert_false (sv_store_delete_meeting (f->store, m->id, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);

  /* Closed: nothing changes any more. */
  m->status = SV_MEETING_STATUS_AFGEROND;
  g_assert_true (sv_store_save_meeting (f->store, m, &error));
  m->duration_minutes = 60;
  g_assert_false (sv_store_save_meeting (f->store, m, &error));
  g_assert_nonnull (strstr (error->message, "closed"));
  g_clear_error (&error);
  g_assert_false (add_item (f, m->id, other, &error));
  g_assert_nonnull (strstr (error->message, "closed"));
  g_clear_error (&error);
  g_assert_false (sv_store_delete_agenda_item (f->store, ((SvAgendaItem *) agenda->pdata[0])->id, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (f, "agenda_items"), ==, 1);
}

static void
test_agreements (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvMeeting) m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_autoptr(SvMeeting) planned = plan (f, f->lejo, "2026-12-08", 14 * 60, 120, "");
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(GPtrArray) of_case = NULL, of_item = NULL, open = NULL;
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  g_autoptr(SvAgreement) b = sv_agreement_new ();
  g_autoptr(GError) error = NULL;
  gint64 c = sv_test_add_case (f->store, "Gezin Afspraak", "zorgen");
  gint64 other = sv_test_add_case (f->store, "Gezin Anders", "zorgen");
  SvAgendaItem *item;

  g_assert_true (add_item (f, m->id, c, &error));
  agenda = sv_store_list_agenda (f->store, m->id, &error);
  item = agenda->pdata[0];

  a->case_id = c;
  a->agenda_item_id = item->id;
  g_free (a->who);
  a->who = g_strdup ("Jeugdconsulent 'Sanne'");
  g_free (a->what);
  a->what = g_strdup ("Plant een netwerkberaad 🤝");
  sv_date_from_iso ("2026-12-03", &a->due);
  g_free (a->monitoring);
  a->monitoring = g_strdup ("Terug in LEJO");
  g_assert_true (sv_store_save_agreement (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a->id, >, 0);
  g_assert_nonnull (a->uid);

  /* Without what: refused, nothing stored (without who it is a concept
   * agreement, flagged on the Veiligheidskaart). */
  b->case_id = c;
  g_free (b->who);
  b->who = g_strdup ("Politie");
  g_assert_false (sv_store_save_agreement (f->store, b, &error));
  g_assert_nonnull (strstr (error->message, "What"));
  g_clear_error (&error);
  g_assert_null (b->uid);
  g_free (b->what);
  b->what = g_strdup ("iets");
  /* The agenda item of another case: refused. */
  g_free (b->who);
  b->who = g_strdup ("Politie");
  b->case_id = other;
  b->agenda_item_id = item->id;
  g_assert_false (sv_store_save_agreement (f->store, b, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (f, "agreements"), ==, 1);

  of_case = sv_store_list_agreements (f->store, c, 0, &error);
  of_item = sv_store_list_agreements (f->store, 0, item->id, &error);
  g_assert_cmpuint (of_case->len, ==, 1);
  g_assert_cmpuint (of_item->len, ==, 1);
  g_assert_cmpstr (((SvAgreement *) of_case->pdata[0])->what, ==, "Plant een netwerkberaad 🤝");
  g_assert_cmpstr (((SvAgreement *) of_case->pdata[0])->who, ==, "Jeugdconsulent 'Sanne'");

  /* Open agreements of LEJO, for the next meeting's standing items. */
  open = sv_store_list_open_agreements_of_kind (f->store, f->lejo, &error);
  g_assert_cmpuint (open->len, ==, 1);
  g_clear_pointer (&open, g_ptr_array_unref);
  open = sv_store_list_open_agreements_of_kind (f->store, f->levo, &error);
  g_assert_cmpuint (open->len, ==, 0);

  /* The agreement outlives its agenda item, and the planned meeting can
   * go without taking it along. */
  g_clear_pointer (&open, g_ptr_array_unref);
  g_assert_true (sv_store_delete_agenda_item (f->store, item->id, &error));
  g_clear_pointer (&of_case, g_ptr_array_unref);
  of_case = sv_store_list_agreements (f->store, c, 0, &error);
  g_assert_cmpuint (of_case->len, ==, 1);
  g_assert_cmpint (((SvAgreement *) of_case->pdata[0])->agenda_item_id, ==, 0);
  g_assert_true (sv_store_delete_meeting (f->store, planned->id, &error));
  g_assert_no_error (error);

  g_assert_true (sv_store_delete_agreement (f->store, a->id, &error));
  g_assert_cmpuint (count_rows (f, "agreements"), ==, 0);
}

static void
test_previous_meeting (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SvMeeting) a = plan (f, f->lejo, "2026-11-10", 14 * 60, 120, "");
  g_autoptr(SvMeeting) extra = NULL;
  g_autoptr(SvMeeting) prev = NULL, prev_regular = NULL, none = NULL;
  g_autoptr(GError) error = NULL;
  GDate before;

  extra = sv_meeting_new ();
  extra->kind_id = f->lejo;
  extra->extra = TRUE;
  sv_date_from_iso ("2026-11-17", &extra->date);
  g_assert_true (sv_store_save_meeting (f->store, extra, &error));

  sv_date_from_iso ("2026-11-24", &before);
  prev = sv_store_get_previous_meeting (f->store, f->lejo, &before, FALSE, &error);
  prev_regular = sv_store_get_previous_meeting (f->store, f->lejo, &before, TRUE, &error);
  none = sv_store_get_previous_meeting (f->store, f->levo, &before, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prev->id, ==, extra->id);
  g_assert_cmpint (prev_regular->id, ==, a->id);
  g_assert_null (none);
}

typedef struct {
  guint  what;
  gint64 case_id;
  guint  count;
} Seen;

static void
on_changed_cb (SvStore *store,
               guint    what,
               gint64   case_id,
               Seen    *seen)
{
  seen->what |= what;
  seen->case_id = case_id;
  seen->count++;
}

/* Views refresh on the change signal: a meeting announces the plan, an
 * agreement also its case (the case page shows it). */
static void
test_change_signal (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvMeeting) m = NULL;
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  g_autoptr(GError) error = NULL;
  gint64 c = sv_test_add_case (f->store, "Gezin Signaal", "zorgen");
  Seen seen = { 0 };

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), &seen);
  m = plan (f, f->lejo, "2026-11-24", 14 * 60, 120, "");
  g_assert_cmpuint (seen.count, ==, 1);
  g_assert_cmpuint (seen.what, ==, SV_STORE_CHANGE_MEETING_PLAN);

  seen = (Seen) { 0 };
  a->case_id = c;
  g_free (a->who);
  a->who = g_strdup ("Politie");
  g_free (a->what);
  a->what = g_strdup ("Huisbezoek");
  g_assert_true (sv_store_save_agreement (f->store, a, &error));
  g_assert_cmpuint (seen.count, ==, 1);
  g_assert_true (seen.what & SV_STORE_CHANGE_CASE);
  g_assert_true (seen.what & SV_STORE_CHANGE_MEETING_PLAN);
  g_assert_cmpint (seen.case_id, ==, c);

  /* A refused write announces nothing. */
  seen = (Seen) { 0 };
  g_free (a->what);
  a->what = g_strdup ("");
  g_assert_false (sv_store_save_agreement (f->store, a, &error));
  g_assert_cmpuint (seen.count, ==, 0);
  g_signal_handlers_disconnect_by_func (f->store, on_changed_cb, &seen);
}

static void
date_at (GDate      *out,
         const char *iso,
         int         days)
{
  g_assert_true (sv_date_from_iso (iso, out));
  if (days >= 0)
    g_date_add_days (out, (guint) days);
  else
    g_date_subtract_days (out, (guint) -days);
}

static void
assert_same_proposals (GArray *a,
                       GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const SvStandingProposal *pa = &g_array_index (a, SvStandingProposal, i);
      const SvStandingProposal *pb = &g_array_index (b, SvStandingProposal, i);

      g_assert_cmpint (pa->case_id, ==, pb->case_id);
      g_assert_cmpint (pa->reason, ==, pb->reason);
      g_assert_cmpint (g_date_compare (&pa->due, &pb->due), ==, 0);
    }
}

/* The standing items of an IT or VHT meeting from the cases whose fact
 * lies in the range the rule names equal those from every open case:
 * one case per day around each window, its first IT discussion 42 days
 * and its order's end 77 days off that day (so that both rules fall due
 * on it, moved off days off alike), some deadlines done; windows across
 * weekends, Easter, the year's end and an extra day off. Also with no
 * margin: the range itself is exact. */
static void
test_standing_candidates (Fixture       *f,
                          gconstpointer  data)
{
  static const struct {
    const char *after;
    const char *meeting;
  } windows[] = {
    { "2026-12-18", "2027-01-04" },  /* Christmas, New Year, weekends */
    { "2026-12-24", "2026-12-31" },  /* to a day off (extra) before 1 January */
    { "2027-03-11", "2027-03-25" },  /* Good Friday to Easter Monday right after */
    { "2027-03-26", "2027-04-08" },  /* from a day off, over Easter Monday */
    { "2027-01-29", "2027-02-12" },  /* Friday to Friday */
    { "2027-02-06", "2027-02-14" },  /* Saturday to Sunday */
  };
  static const char *extra[] = { "2026-12-31", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(GPtrArray) all_facts = NULL;
  g_autoptr(GHashTable) all_done = NULL;
  g_autoptr(SvMeetingKind) it = sv_meeting_kind_new ();
  g_autoptr(SvMeetingKind) vht = sv_meeting_kind_new ();
  GDate done_on, day, last_day;
  guint n = 0, proposed = 0;

  g_assert_true (sv_workdays_set_extra_days (workdays, extra, &error));
  g_assert_no_error (error);
  g_free (it->code);
  it->code = g_strdup ("IT");
  it->cadence_weeks = 2;
  g_free (vht->code);
  vht->code = g_strdup ("VHT");
  date_at (&done_on, "2027-05-01", 0);

  /* The day a case's deadlines are counted to, from well before the
   * first window to well after the last. */
  date_at (&day, "2026-11-20", 0);
  date_at (&last_day, "2027-04-30", 0);
  for (; g_date_compare (&day, &last_day) <= 0; g_date_add_days (&day, 1), n++)
    {
      g_autoptr(SvCaseFacts) facts = sv_case_facts_new ();
      g_autofree char *name = g_strdup_printf ("Gezin %u", n);

      facts->case_id = sv_test_add_case (f->store, name, "zorg");
      facts->it_first_discussion = day;
      g_date_subtract_days (&facts->it_first_discussion, 42);
      facts->order_end = day;
      g_date_add_days (&facts->order_end, 77);
      /* Another fact far off, to be sure only the asked one counts. */
      facts->vht_consultation = facts->it_first_discussion;
      g_assert_true (sv_store_save_case_facts (f->store, facts, &error));
      g_assert_no_error (error);
      if (n % 5 == 1)
        g_assert_true (sv_store_set_deadline_done (f->store, facts->case_id, "it-onderzoek-einde", &done_on, &error));
      if (n % 7 == 2)
        g_assert_true (sv_store_set_deadline_done (f->store, facts->case_id, "ots-step-2", &done_on, &error));
      if (n % 3 == 0)
        g_assert_true (sv_store_set_deadline_done (f->store, facts->case_id, "ots-step-1", &done_on, &error));
      g_assert_no_error (error);
    }
  /* A case without facts. */
  sv_test_add_case (f->store, "Gezin zonder", "zorg");

  all_facts = sv_store_list_case_facts (f->store, SV_CASE_FILTER_OPEN, &error);
  g_assert_no_error (error);
  all_done = sv_store_list_all_deadlines_done (f->store, SV_CASE_FILTER_OPEN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all_facts->len, ==, n);

  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    for (guint k = 0; k < 2; k++)
      for (guint margin = 0; margin <= 3; margin += 3)
        {
          SvMeetingKind *kind = k == 0 ? it : vht;
          const char *rule = sv_meeting_standing_rule (kind, NULL);
          g_autoptr(GPtrArray) some_facts = NULL;
          g_autoptr(GHashTable) some_done = NULL;
          g_autoptr(GArray) from_all = NULL;
          g_autoptr(GArray) from_some = NULL;
          SvCaseFactDate fact;
          GDate after, meeting, first, last;

          date_at (&after, windows[w].after, 0);
          date_at (&meeting, windows[w].meeting, 0);
          if (margin == 0)
            g_assert_true (sv_deadline_rule_fact_range (rule, workdays, &after, &meeting, 0, &fact, &first, &last));
          else
            g_assert_true (sv_meeting_standing_fact_range (kind, &after, &meeting, workdays, &fact, &first, &last));
          g_assert_cmpint (fact, ==, k == 0 ? SV_CASE_FACT_IT_FIRST_DISCUSSION : SV_CASE_FACT_ORDER_END);
          some_facts = sv_store_list_case_facts_in_range (f->store, fact, &first, &last, &some_done, &error);
          g_assert_no_error (error);
          g_assert_nonnull (some_done);
          g_assert_cmpuint (some_facts->len, <, all_facts->len / 4);
          for (guint i = 0; i < some_facts->len; i++)
            {
              const SvCaseFacts *sf = g_ptr_array_index (some_facts, i);
              const GDate *d = k == 0 ? &sf->it_first_discussion : &sf->order_end;

              g_assert_cmpint (g_date_compare (d, &first), >=, 0);
              g_assert_cmpint (g_date_compare (d, &last), <=, 0);
            }

          from_all = sv_meeting_propose_standing (kind, &after, &meeting, all_facts, all_done, NULL, NULL, workdays);
          from_some = sv_meeting_propose_standing (kind, &after, &meeting, some_facts, some_done, NULL, NULL,
                                                   workdays);
          g_assert_cmpuint (from_all->len, >, 0);
          assert_same_proposals (from_all, from_some);
          proposed += from_all->len;
        }
  g_assert_cmpuint (proposed, >, 0);

  /* No rule that counts from one fact: no range. */
  {
    g_autoptr(SvMeetingKind) lejo = sv_meeting_kind_new ();
    SvCaseFactDate fact;
    GDate after, meeting, first, last;

    g_free (lejo->code);
    lejo->code = g_strdup ("LEJO");
    date_at (&after, "2027-01-01", 0);
    date_at (&meeting, "2027-01-15", 0);
    g_assert_false (sv_meeting_standing_fact_range (lejo, &after, &meeting, workdays, &fact, &first, &last));
    g_assert_false (sv_deadline_rule_fact_range ("vt-veiligheidsbeoordeling", workdays, &after, &meeting, 0,
                                                 &fact, &first, &last));
    g_assert_false (sv_deadline_rule_fact_range ("lt-contact-gezin", workdays, &after, &meeting, 0,
                                                 &fact, &first, &last));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* The facts of the fixture lie up to spring 2027: not in the future. */
  g_setenv ("SV_TODAY", "2027-06-01", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meeting-store/round-trip", test_meeting_round_trip);
  ADD ("/meeting-store/room-conflict", test_room_conflict);
  ADD ("/meeting-store/agenda", test_agenda);
  ADD ("/meeting-store/consent-gate", test_consent_gate);
  ADD ("/meeting-store/closed-meeting", test_closed_meeting);
  ADD ("/meeting-store/agreements", test_agreements);
  ADD ("/meeting-store/previous-meeting", test_previous_meeting);
  ADD ("/meeting-store/change-signal", test_change_signal);
  ADD ("/meeting-store/standing-candidates", test_standing_candidates);
#undef ADD
  return g_test_run ();
}
