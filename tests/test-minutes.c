/* test-minutes.c: the notulen — composed per case and for the meeting —
 * and running a meeting on the store: finishing a case writes its
 * minutes into the case journal in one transaction, a second finish adds
 * a correction and never edits, closing finishes what was discussed and
 * locks the meeting. */
#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting-ops.h"
#include "sv-meeting-timer.h"
#include "sv-minutes.h"
#include "sv-test-util.h"

/* ------------------------------------------------------------------------
 * Composition
 * ------------------------------------------------------------------------ */

static SvMeeting *
make_meeting (const char *code)
{
  SvMeeting *m = sv_meeting_new ();

  m->id = 3;
  g_free (m->kind_code);
  m->kind_code = g_strdup (code);
  g_assert_true (sv_date_from_iso ("2026-11-24", &m->date));
  m->start_minutes = 14 * 60;
  m->duration_minutes = 120;
  return m;
}

static SvAgendaItem *
make_item (gint64      id,
           const char *number)
{
  SvAgendaItem *item = sv_agenda_item_new ();

  item->id = id;
  item->meeting_id = 3;
  item->case_id = id * 10;
  g_free (item->case_number);
  item->case_number = g_strdup (number);
  item->planned_minutes = 20;
  return item;
}

static SvAgreement *
make_agreement (const char *who,
                const char *what,
                const char *due,
                const char *monitoring)
{
  SvAgreement *a = sv_agreement_new ();

  g_free (a->who);
  a->who = g_strdup (who);
  g_free (a->what);
  a->what = g_strdup (what);
  if (due != NULL)
    g_assert_true (sv_date_from_iso (due, &a->due));
  g_free (a->monitoring);
  a->monitoring = g_strdup (monitoring);
  return a;
}

static SvAttendance *
make_attendance (gint64              item_id,
                 const char         *organisation,
                 const char         *attendee,
                 SvAttendanceStatus  status)
{
  SvAttendance *a = sv_attendance_new ();

  a->meeting_id = 3;
  a->agenda_item_id = item_id;
  g_free (a->organisation_name);
  a->organisation_name = g_strdup (organisation);
  g_free (a->attendee);
  a->attendee = g_strdup (attendee);
  a->status = status;
  return a;
}

static void
test_format_agreement (void)
{
  g_autoptr(SvAgreement) full = make_agreement ("Jeugdconsulent \"Sanne\"", "Plant een netwerkberaad 🤝",
                                                "2026-12-03", "Terug in LEJO");
  g_autoptr(SvAgreement) bare = make_agreement ("Politie", "Huisbezoek", NULL, "");
  g_autoptr(SvAgreement) dated = make_agreement ("GI", "Borgingsplan", "2027-01-08", "  ");
  g_autofree char *a = sv_minutes_format_agreement (full);
  g_autofree char *b = sv_minutes_format_agreement (bare);
  g_autofree char *c = NULL;

  g_assert_cmpstr (a, ==, "– Jeugdconsulent \"Sanne\": Plant een netwerkberaad 🤝 (by 3 December 2026; monitoring: Terug in LEJO)");
  g_assert_cmpstr (b, ==, "– Politie: Huisbezoek");
  dated->done = TRUE;
  c = sv_minutes_format_agreement (dated);
  g_assert_cmpstr (c, ==, "– GI: Borgingsplan (by 8 January 2027) — done");
}

static void
test_compose_item_vht (void)
{
  g_autoptr(SvMeeting) meeting = make_meeting ("VHT");
  g_autoptr(SvAgendaItem) item = make_item (1, "2026-0012");
  g_autoptr(GPtrArray) agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_attendance_free);
  g_autofree char *text = NULL;

  g_free (item->question);
  item->question = g_strdup ("Is de stap naar het gedwongen kader nodig?");
  g_free (item->inbrenger_name);
  item->inbrenger_name = g_strdup ("Els Bakker");
  item->standing = SV_STANDING_OTS_STAP_2;
  item->advice = SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN;
  g_free (item->advice_text);
  item->advice_text = g_strdup ("Met wekelijks contact");
  g_ptr_array_add (agreements, make_agreement ("GI", "Borgingsplan naar de RvdK", "2026-12-03", "Terug in het VHT"));
  g_ptr_array_add (agreements, make_agreement ("Lindenhout", "Ambulante begeleiding", NULL, ""));
  g_ptr_array_add (attendance, make_attendance (1, "RvdK", "Piet", SV_ATTENDANCE_AANWEZIG));
  g_ptr_array_add (attendance, make_attendance (1, "Karakter", "", SV_ATTENDANCE_AFGEMELD));
  /* Someone invited for another case, and the fixed core: not here. */
  g_ptr_array_add (attendance, make_attendance (2, "Politie", "", SV_ATTENDANCE_AANWEZIG));
  g_ptr_array_add (attendance, make_attendance (0, "Gemeente", "", SV_ATTENDANCE_AANWEZIG));

  text = sv_minutes_compose_item (meeting, item, agreements, attendance);
  g_assert_cmpstr (text, ==,
                   "VHT, Tuesday 24 November 2026, 14:00–16:00\n"
                   "Case 2026-0012\n"
                   "On the agenda: OTS closure, step 2\n"
                   "Inbrenger: Els Bakker\n"
                   "Question to the meeting: Is de stap naar het gedwongen kader nodig?\n"
                   "Advice: Carry a degree of unsafety together — Met wekelijks contact\n"
                   "Present for this case: RvdK (Piet)\n"
                   "Sent apologies for this case: Karakter\n"
                   "\n"
                   "Agreements:\n"
                   "– GI: Borgingsplan naar de RvdK (by 3 December 2026; monitoring: Terug in het VHT)\n"
                   "– Lindenhout: Ambulante begeleiding\n");
  /* The household is never named: only the number. */
  g_assert_null (strstr (text, "Gezin"));
}

static void
test_compose_item_lejo (void)
{
  g_autoptr(SvMeeting) meeting = make_meeting ("LEJO");
  g_autoptr(SvAgendaItem) item = make_item (1, "2026-0013");
  g_autofree char *text = NULL;

  item->family_invited = TRUE;
  item->family_attendance = SV_FAMILY_ATTENDANCE_AANWEZIG;
  /* Advice belongs to the VeiligheidsTeam only. */
  item->advice = SV_VHT_ADVICE_ANDERE_AANPAK;
  text = sv_minutes_compose_item (meeting, item, NULL, NULL);
  g_assert_cmpstr (text, ==,
                   "LEJO, Tuesday 24 November 2026, 14:00–16:00\n"
                   "Case 2026-0013\n"
                   "Family: Attends\n"
                   "\n"
                   "Agreements: none.\n");
}

static void
test_compose_meeting (void)
{
  g_autoptr(SvMeeting) meeting = make_meeting ("LEJO");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agenda_item_free);
  g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_attendance_free);
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  g_free (meeting->room);
  meeting->room = g_strdup ("Raadzaal");
  g_ptr_array_add (items, make_item (1, "2026-0012"));
  g_ptr_array_add (items, make_item (2, "2026-0013"));
  g_ptr_array_add (items, make_item (3, "2026-0014"));
  ((SvAgendaItem *) items->pdata[0])->discussed = TRUE;
  ((SvAgendaItem *) items->pdata[2])->discussed = TRUE;
  g_ptr_array_add (attendance, make_attendance (0, "Gemeente Overbetuwe", "Anna de Voorzitter", SV_ATTENDANCE_AANWEZIG));
  g_ptr_array_add (attendance, make_attendance (0, "Politie", "", SV_ATTENDANCE_AANWEZIG));
  g_ptr_array_add (attendance, make_attendance (0, "Leerplicht", "", SV_ATTENDANCE_AFWEZIG));
  g_ptr_array_add (attendance, make_attendance (0, "Scholen", "", SV_ATTENDANCE_AFGEMELD));
  g_ptr_array_add (attendance, make_attendance (0, "Karakter", "", SV_ATTENDANCE_VERWACHT));
  g_ptr_array_add (attendance, make_attendance (2, "Lindenhout", "", SV_ATTENDANCE_AANWEZIG));

  text = sv_minutes_compose_meeting (meeting, items, attendance);
  g_assert_cmpstr (text, ==,
                   "Minutes LEJO, Tuesday 24 November 2026, 14:00–16:00\n"
                   "Room: Raadzaal\n"
                   "\n"
                   "Present: Gemeente Overbetuwe (Anna de Voorzitter), Politie, Lindenhout, for case 2026-0013\n"
                   "Absent: Leerplicht\n"
                   "Sent apologies: Scholen\n"
                   "Attendance not recorded: Karakter\n"
                   "\n"
                   "Cases discussed: 2026-0012, 2026-0014\n"
                   "Not discussed: 2026-0013\n");

  empty = sv_minutes_compose_meeting (meeting, NULL, NULL);
  g_assert_nonnull (strstr (empty, "No attendance recorded."));
  g_assert_nonnull (strstr (empty, "Cases discussed: none."));
}

/* ------------------------------------------------------------------------
 * On the store
 * ------------------------------------------------------------------------ */

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;
  SvMeeting     *meeting;
  gint64         case_a, case_b;
  gint64         item_a, item_b;
} Fixture;

#define NOW 1795525200  /* 2026-11-24 14:00 in Europe/Amsterdam */

static gint64
kind_id (SvStore    *store,
         const char *code)
{
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (store, NULL);

  for (guint i = 0; i < kinds->len; i++)
    if (g_str_equal (((SvMeetingKind *) kinds->pdata[i])->code, code))
      return ((SvMeetingKind *) kinds->pdata[i])->id;
  g_assert_not_reached ();
}

static gint64
add_item (Fixture *f,
          gint64   case_id)
{
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
  g_autoptr(GError) error = NULL;

  item->meeting_id = f->meeting->id;
  item->case_id = case_id;
  item->planned_minutes = 20;
  g_free (item->question);
  item->question = g_strdup ("Wat is er nodig?");
  g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
  g_assert_no_error (error);
  return item->id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "minutes.db");
  f->store = SV_STORE (f->sqlite);
  f->meeting = sv_meeting_new ();
  f->meeting->kind_id = kind_id (f->store, "LEJO");
  g_assert_true (sv_date_from_iso ("2026-11-24", &f->meeting->date));
  f->meeting->start_minutes = 14 * 60;
  f->meeting->duration_minutes = 120;
  g_assert_true (sv_store_save_meeting (f->store, f->meeting, &error));
  g_assert_no_error (error);
  f->case_a = sv_test_add_case (f->store, "Gezin Eerste", "zorgen");
  f->case_b = sv_test_add_case (f->store, "Gezin Tweede", "zorgen");
  f->item_a = add_item (f, f->case_a);
  f->item_b = add_item (f, f->case_b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sv_meeting_free (f->meeting);
  g_clear_object (&f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static SvAgendaItem *
get_item (Fixture *f,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  SvAgendaItem *item = sv_store_get_agenda_item (f->store, id, &error);

  g_assert_no_error (error);
  return item;
}

static void
add_agreement (Fixture    *f,
               gint64      case_id,
               gint64      item_id,
               const char *what)
{
  g_autoptr(SvAgreement) a = make_agreement ("Jeugdconsulent", what, "2026-12-03", "Terug in LEJO");
  g_autoptr(GError) error = NULL;

  a->case_id = case_id;
  a->agenda_item_id = item_id;
  g_assert_true (sv_store_save_agreement (f->store, a, &error));
  g_assert_no_error (error);
}

static void
start (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) started = sv_meeting_ops_start (f->store, f->meeting->id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (started->status, ==, SV_MEETING_STATUS_LOPEND);
}

static void
test_start (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) started = sv_meeting_ops_start (f->store, f->meeting->id, &error);
  g_autoptr(SvMeeting) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (started->status, ==, SV_MEETING_STATUS_LOPEND);
  again = sv_meeting_ops_start (f->store, f->meeting->id, &error);
  g_assert_cmpint (again->status, ==, SV_MEETING_STATUS_LOPEND);
  g_assert_null (sv_meeting_ops_start (f->store, 9999, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
}

static void
test_finish_writes_journal (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(SvAgendaItem) item = get_item (f, f->item_a);
  SvFinishResult result = SV_FINISH_UNCHANGED;
  SvJournalEntry *entry;

  start (f);
  add_agreement (f, f->case_a, f->item_a, "Plant een netwerkberaad");
  sv_agenda_timer_start (item, NOW - 600);
  g_assert_true (sv_store_save_agenda_item (f->store, item, &error));

  g_assert_true (sv_meeting_ops_finish_item (f->store, f->item_a, "Anna de Voorzitter", NOW, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, SV_FINISH_WRITTEN);

  journal = sv_store_list_journal (f->store, f->case_a, &error);
  g_assert_cmpuint (journal->len, ==, 1);
  entry = journal->pdata[0];
  g_assert_cmpstr (entry->author, ==, "Anna de Voorzitter");
  g_assert_nonnull (strstr (entry->text, "Case 2026-"));
  g_assert_nonnull (strstr (entry->text, "– Jeugdconsulent: Plant een netwerkberaad (by 3 December 2026; monitoring: Terug in LEJO)"));
  g_assert_cmpint (g_date_get_day (&entry->date), ==, 24);
  g_assert_cmpint (entry->corrects_id, ==, 0);

  g_clear_pointer (&item, sv_agenda_item_free);
  item = get_item (f, f->item_a);
  g_assert_true (item->discussed);
  g_assert_cmpint (item->journal_entry_id, ==, entry->id);
  /* Finishing stops the timer: ten minutes counted. */
  g_assert_false (sv_agenda_timer_running (item));
  g_assert_cmpint (item->elapsed_seconds, ==, 600);

  /* The same minutes again: nothing new in the journal. */
  g_assert_true (sv_meeting_ops_finish_item (f->store, f->item_a, "Anna de Voorzitter", NOW, &result, &error));
  g_assert_cmpint (result, ==, SV_FINISH_UNCHANGED);
  g_clear_pointer (&journal, g_ptr_array_unref);
  journal = sv_store_list_journal (f->store, f->case_a, &error);
  g_assert_cmpuint (journal->len, ==, 1);
}

static void
test_finish_again_corrects (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(SvAgendaItem) item = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree char *first_text = NULL;
  SvFinishResult result;
  SvJournalEntry *first, *second;

  g_assert_true (sv_meeting_ops_finish_item (f->store, f->item_a, "Anna", NOW, &result, &error));
  journal = sv_store_list_journal (f->store, f->case_a, &error);
  first_text = g_strdup (((SvJournalEntry *) journal->pdata[0])->text);
  g_clear_pointer (&journal, g_ptr_array_unref);

  /* An agreement added afterwards makes the case pending again. */
  add_agreement (f, f->case_a, f->item_a, "Belt de school");
  pending = sv_meeting_ops_pending_items (f->store, f->meeting->id, &error);
  g_assert_cmpuint (pending->len, ==, 1);
  g_assert_cmpint (((SvAgendaItem *) pending->pdata[0])->id, ==, f->item_a);

  /* The chair's own text, then finish again: a correction. */
  item = get_item (f, f->item_a);
  g_free (item->minutes);
  item->minutes = g_strdup ("Besproken; de school wordt gebeld. 'Quotes' en 🌷 blijven.");
  g_assert_true (sv_store_save_agenda_item (f->store, item, &error));
  g_assert_true (sv_meeting_ops_finish_item (f->store, f->item_a, "Anna", NOW, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, SV_FINISH_CORRECTED);

  journal = sv_store_list_journal (f->store, f->case_a, &error);
  g_assert_cmpuint (journal->len, ==, 2);
  first = journal->pdata[0];
  second = journal->pdata[1];
  /* The first entry is untouched; the second names it. */
  g_assert_cmpstr (first->text, ==, first_text);
  g_assert_cmpint (first->corrected_by_id, ==, second->id);
  g_assert_cmpint (second->corrects_id, ==, first->id);
  g_assert_cmpstr (second->text, ==, "Besproken; de school wordt gebeld. 'Quotes' en 🌷 blijven.");
  g_clear_pointer (&item, sv_agenda_item_free);
  item = get_item (f, f->item_a);
  g_assert_cmpint (item->journal_entry_id, ==, second->id);

  g_clear_pointer (&pending, g_ptr_array_unref);
  pending = sv_meeting_ops_pending_items (f->store, f->meeting->id, &error);
  g_assert_cmpuint (pending->len, ==, 0);
}

/* Runs @sql on the database behind the store's back. */
static void
corrupt (Fixture    *f,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (sv_sqlite_store_get_path (f->sqlite), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Journal entries as committed, seen from a second connection. */
static guint
count_journal (Fixture *f)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = G_MAXUINT;

  g_assert_cmpint (sqlite3_open_v2 (sv_sqlite_store_get_path (f->sqlite), &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM journal_entries", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_finish_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(SvAgendaItem) item = NULL;
  SvFinishResult result;

  /* Without an author the journal refuses: nothing is marked. */
  g_assert_false (sv_meeting_ops_finish_item (f->store, f->item_a, "", NOW, &result, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The journal entry goes in, then writing the item fails (a full disk,
   * here a trigger): the entry is undone with it. */
  corrupt (f, "CREATE TRIGGER refuse BEFORE UPDATE ON agenda_items BEGIN SELECT RAISE (ABORT, 'disk full'); END");
  g_assert_false (sv_meeting_ops_finish_item (f->store, f->item_a, "Anna", NOW, &result, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  journal = sv_store_list_journal (f->store, f->case_a, &error);
  g_assert_cmpuint (journal->len, ==, 0);
  item = get_item (f, f->item_a);
  g_assert_false (item->discussed);
  g_assert_cmpint (item->journal_entry_id, ==, 0);
  g_assert_cmpuint (count_journal (f), ==, 0);
}

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) journal_a = NULL, journal_b = NULL;
  g_autoptr(SvAgendaItem) b = get_item (f, f->item_b);
  g_autoptr(SvAgendaItem) a = NULL;
  g_autoptr(SvMeeting) closed = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree char *composed = NULL;
  g_autofree char *number_a = NULL, *number_b = NULL;

  start (f);
  /* Case A: an agreement, never finished. Case B: nothing captured, no
   * time spent — merely looked at, so not discussed. */
  add_agreement (f, f->case_a, f->item_a, "Plant een netwerkberaad");

  pending = sv_meeting_ops_pending_items (f->store, f->meeting->id, &error);
  g_assert_cmpuint (pending->len, ==, 1);
  a = get_item (f, f->item_a);
  number_a = g_strdup (a->case_number);
  number_b = g_strdup (b->case_number);

  composed = sv_meeting_ops_compose_minutes (f->store, f->meeting->id, &error);
  g_assert_no_error (error);
  {
    g_autofree char *discussed = g_strdup_printf ("Cases discussed: %s\n", number_a);
    g_autofree char *not_discussed = g_strdup_printf ("Not discussed: %s\n", number_b);
    g_assert_nonnull (strstr (composed, discussed));
    g_assert_nonnull (strstr (composed, not_discussed));
  }

  g_assert_true (sv_meeting_ops_close (f->store, f->meeting->id, NULL, "Anna", NOW, &error));
  g_assert_no_error (error);
  closed = sv_store_get_meeting (f->store, f->meeting->id, &error);
  g_assert_cmpint (closed->status, ==, SV_MEETING_STATUS_AFGEROND);
  g_assert_cmpstr (closed->minutes, ==, composed);

  /* A was finished on the way; B had nothing to write. */
  journal_a = sv_store_list_journal (f->store, f->case_a, &error);
  journal_b = sv_store_list_journal (f->store, f->case_b, &error);
  g_assert_cmpuint (journal_a->len, ==, 1);
  g_assert_cmpuint (journal_b->len, ==, 0);
  g_clear_pointer (&a, sv_agenda_item_free);
  a = get_item (f, f->item_a);
  g_assert_true (a->discussed);

  /* Closed: nothing changes any more, closing again neither. */
  g_assert_false (sv_meeting_ops_close (f->store, f->meeting->id, "x", "Anna", NOW, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sv_meeting_ops_finish_item (f->store, f->item_a, "Anna", NOW, NULL, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
}

static void
test_close_stops_timers (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvAgendaItem) b = get_item (f, f->item_b);
  g_autoptr(SvMeeting) closed = NULL;

  sv_agenda_timer_start (b, NOW - 90);
  g_assert_true (sv_store_save_agenda_item (f->store, b, &error));
  g_assert_true (sv_meeting_ops_close (f->store, f->meeting->id, "Eigen notulen", "Anna", NOW, &error));
  g_assert_no_error (error);
  g_clear_pointer (&b, sv_agenda_item_free);
  b = get_item (f, f->item_b);
  g_assert_false (sv_agenda_timer_running (b));
  g_assert_cmpint (b->elapsed_seconds, ==, 90);
  /* Time was spent on it: discussed, so finished into the journal. */
  g_assert_true (b->discussed);
  g_assert_cmpint (b->journal_entry_id, !=, 0);
  closed = sv_store_get_meeting (f->store, f->meeting->id, &error);
  g_assert_cmpstr (closed->minutes, ==, "Eigen notulen");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-24", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/minutes/agreement", test_format_agreement);
  g_test_add_func ("/minutes/item-vht", test_compose_item_vht);
  g_test_add_func ("/minutes/item-lejo", test_compose_item_lejo);
  g_test_add_func ("/minutes/meeting", test_compose_meeting);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meeting-ops/start", test_start);
  ADD ("/meeting-ops/finish", test_finish_writes_journal);
  ADD ("/meeting-ops/finish-again", test_finish_again_corrects);
  ADD ("/meeting-ops/all-or-nothing", test_finish_all_or_nothing);
  ADD ("/meeting-ops/close", test_close);
  ADD ("/meeting-ops/close-stops-timers", test_close_stops_timers);
  return g_test_run ();
}
