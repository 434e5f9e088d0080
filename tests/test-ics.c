/* test-ics.c: the iCalendar export, read back with libical — one event per
 * deadline on the right day, stable UIDs, times in Europe/Amsterdam with
 * its VTIMEZONE, done and overdue marked, and no name anywhere. */
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>

#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-ics-export.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  gint64         case_a;  /* OTS, interventiegesprek in winter, huisverbod */
  gint64         case_b;  /* Veilig Thuis, interventiegesprek in summer */
  gint64         case_c;  /* closed */
  GDate          today;
} Fixture;

/* Everything that identifies people in the fixture: none of it may reach
 * the calendar. */
static const char * const names[] = {
  "Huishouden Vermeulen-Okafor", "Huishouden De Wit", "Huishouden Gesloten",
  "Anna", "Bram", "Testpersoon", "Chidi", "Okafor",
  "slaat de kinderen", "ruzie over de voogdij", "lang geleden",
  "Zeer geheime aantekening", "Opa Gerrit",
};

/* ------------------------------------------------------------------------
 * Data
 * ------------------------------------------------------------------------ */

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (sv_date_from_iso (iso, date));
}

static void
add_member (SvStore    *store,
            gint64      household_id,
            const char *given,
            const char *family)
{
  g_autoptr(SvMember) m = sv_member_new ();
  g_autoptr(GError) error = NULL;

  m->household_id = household_id;
  g_free (m->given_names);
  m->given_names = g_strdup (given);
  g_free (m->family_name);
  m->family_name = g_strdup (family);
  m->role = SV_MEMBER_ROLE_JEUGDIGE;
  set_date (&m->birth_date, "2012-04-01");
  g_assert_true (sv_store_save_member (store, m, &error));
  g_assert_no_error (error);
}

static void
add_network (SvStore    *store,
             gint64      household_id,
             const char *name)
{
  g_autoptr(SvNetworkMember) n = sv_network_member_new ();
  g_autoptr(GError) error = NULL;

  n->household_id = household_id;
  g_free (n->name);
  n->name = g_strdup (name);
  g_assert_true (sv_store_save_network_member (store, n, &error));
  g_assert_no_error (error);
}

static void
add_journal (SvStore    *store,
             gint64      case_id,
             const char *text)
{
  g_autoptr(SvJournalEntry) e = sv_journal_entry_new ();
  g_autoptr(GError) error = NULL;

  e->case_id = case_id;
  set_date (&e->date, "2026-11-20");
  g_free (e->author);
  e->author = g_strdup ("Regisseur");
  g_free (e->text);
  e->text = g_strdup (text);
  g_assert_true (sv_store_add_journal_entry (store, e, &error));
  g_assert_no_error (error);
}

static void
save_facts (SvStore     *store,
            SvCaseFacts *facts)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sv_store_save_case_facts (store, facts, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SvStore *store;
  g_autoptr(SvCaseFacts) a = sv_case_facts_new ();
  g_autoptr(SvCaseFacts) b = sv_case_facts_new ();
  g_autoptr(SvCaseFacts) c = sv_case_facts_new ();
  g_autoptr(SvCase) closed = NULL;
  g_autoptr(GError) error = NULL;
  GDate done_on;

  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "cases.db");
  store = SV_STORE (f->store);
  set_date (&f->today, "2026-11-22");

  f->case_a = sv_test_add_case (store, "Huishouden Vermeulen-Okafor", "Vader slaat de kinderen");
  f->case_b = sv_test_add_case (store, "Huishouden De Wit", "ruzie over de voogdij");
  f->case_c = sv_test_add_case (store, "Huishouden Gesloten", "lang geleden");
  {
    g_autoptr(SvCase) ca = sv_store_get_case (store, f->case_a, &error);

    g_assert_no_error (error);
    add_member (store, ca->household_id, "Chidi", "Okafor");
    add_network (store, ca->household_id, "Opa Gerrit");
  }
  add_journal (store, f->case_a, "Zeer geheime aantekening over het gezin");

  /* A: OTS ends Friday 5 February 2027; step 1 (13 Nov) done, step 2
   * (20 Nov) overdue. Interventiegesprek Thursday 3 December, 10:00. */
  a->case_id = f->case_a;
  set_date (&a->order_end, "2027-02-05");
  set_date (&a->vht_consultation, "2026-11-19");
  set_date (&a->ig_date, "2026-12-03");
  a->ig_minutes = 10 * 60;
  set_date (&a->huisverbod_start, "2026-11-18");
  a->huisverbod_extended = TRUE;
  set_date (&a->last_incident, "2026-11-17");
  save_facts (store, a);
  set_date (&done_on, "2026-11-12");
  g_assert_true (sv_store_set_deadline_done (store, f->case_a, "ots-step-1", &done_on, &error));
  g_assert_no_error (error);

  /* B: Veilig Thuis, handover after an investigation; an
   * interventiegesprek in summer time, 10 June 2027 at 14:15. */
  b->case_id = f->case_b;
  set_date (&b->vt_received, "2026-11-16");
  set_date (&b->vt_handover, "2026-11-20");
  b->vt_handover_kind = SV_HANDOVER_AFTER_INVESTIGATION;
  set_date (&b->it_first_discussion, "2026-10-01");
  set_date (&b->traject_v_start, "2026-10-15");
  set_date (&b->ig_date, "2027-06-10");
  b->ig_minutes = 14 * 60 + 15;
  save_facts (store, b);

  /* C: facts, but closed: not in an export of the open cases. */
  c->case_id = f->case_c;
  set_date (&c->order_end, "2027-03-01");
  save_facts (store, c);
  closed = sv_store_get_case (store, f->case_c, &error);
  g_assert_no_error (error);
  closed->status = SV_CASE_STATUS_GESLOTEN;
  set_date (&closed->closed_on, "2026-11-21");
  g_assert_true (sv_store_save_case (store, closed, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

/* ------------------------------------------------------------------------
 * Reading the calendar back
 * ------------------------------------------------------------------------ */

static char *
export (Fixture      *f,
        const gint64 *ids,
        guint         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  char *text = sv_ics_export_to_data (SV_STORE (f->store), ids, n, workdays, &f->today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  return calendar;
}

static const char *
x_property (icalcomponent *component,
            const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    if (g_strcmp0 (icalproperty_get_x_name (p), name) == 0)
      return icalproperty_get_x (p);
  return NULL;
}

static gboolean
has_category (icalcomponent *event,
              const char    *category)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    if (g_strcmp0 (icalproperty_get_categories (p), category) == 0)
      return TRUE;
  return FALSE;
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid)
{
  icalcomponent *found = NULL;

  for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       e != NULL; e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (e), uid) == 0)
      {
        g_assert_null (found);  /* exactly one */
        found = e;
      }
  return found;
}

static guint
count_events (icalcomponent *calendar)
{
  return (guint) icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT);
}

static char *
case_uid (Fixture *f,
          gint64   case_id)
{
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->store), case_id, NULL);

  g_assert_nonnull (c);
  return g_strdup (c->uid);
}

static char *
case_number (Fixture *f,
             gint64   case_id)
{
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->store), case_id, NULL);

  g_assert_nonnull (c);
  return g_strdup (c->number);
}

static GArray *
deadlines_of (Fixture *f,
              gint64   case_id)
{
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (SV_STORE (f->store), case_id, NULL);
  g_autoptr(GHashTable) done = sv_store_list_deadlines_done (SV_STORE (f->store), case_id, NULL);
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SvDeadline));

  sv_deadlines_compute (facts, workdays, &f->today, done, out);
  return out;
}

static void
assert_date (struct icaltimetype  t,
             const char          *iso)
{
  g_autofree char *got = g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);

  g_assert_cmpstr (got, ==, iso);
}

/* The start of @event as UTC "HH:MM", through the calendar's VTIMEZONE. */
static char *
utc_start (icalcomponent *event)
{
  struct icaltimetype t = icalcomponent_get_dtstart (event);

  g_assert_nonnull (t.zone);  /* the TZID was found in the calendar */
  t = icaltime_convert_to_zone (t, icaltimezone_get_utc_timezone ());
  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
}

/* Every computed deadline of @case_id has exactly one event, on its day,
 * with its rule and a UID of the documented form. */
static void
assert_case_events (Fixture       *f,
                    icalcomponent *calendar,
                    gint64         case_id)
{
  g_autoptr(GArray) deadlines = deadlines_of (f, case_id);
  g_autofree char *uid = case_uid (f, case_id);
  g_autofree char *number = case_number (f, case_id);

  g_assert_cmpuint (deadlines->len, >, 0);
  for (guint i = 0; i < deadlines->len; i++)
    {
      const SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);
      g_autofree char *event_uid = g_strdup_printf ("%s-%s@samenveilig.overbetuwe.nl", uid, d->rule_id);
      g_autofree char *due = sv_date_to_iso (&d->due);
      g_autofree char *summary = g_strdup_printf ("%s · %s", number, sv_deadline_rule_title (d->rule_id));
      icalcomponent *event = find_event (calendar, event_uid);
      struct icaltimetype start;

      if (event == NULL)
        g_error ("no event %s", event_uid);
      g_assert_cmpstr (x_property (event, "X-SAMENVEILIG-RULE"), ==, d->rule_id);
      g_assert_cmpstr (x_property (event, "X-SAMENVEILIG-CASE"), ==, number);
      g_assert_cmpstr (icalcomponent_get_summary (event), ==, summary);
      g_assert_true (g_str_has_prefix (icalcomponent_get_description (event),
                                       sv_deadline_rule_description (d->rule_id)));
      start = icalcomponent_get_dtstart (event);
      assert_date (start, due);
      if (d->due_minutes < 0)
        {
          struct icaltimetype end = icalcomponent_get_dtend (event);
          GDate next = d->due;
          g_autofree char *next_iso = NULL;

          g_date_add_days (&next, 1);
          next_iso = sv_date_to_iso (&next);
          g_assert_true (start.is_date);
          g_assert_true (end.is_date);
          assert_date (end, next_iso);
        }
      else
        {
          g_assert_false (start.is_date);
          g_assert_cmpint (start.hour * 60 + start.minute, ==, d->due_minutes);
        }
      g_assert_cmpint (has_category (event, "gedaan"), ==, d->state == SV_DEADLINE_DONE);
      g_assert_cmpint (has_category (event, "verlopen"), ==, d->state == SV_DEADLINE_OVERDUE);
    }
}

/* ------------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------------ */

static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = export (f, NULL, 0);
  icalcomponent *calendar = parse (text);
  icalcomponent *vtimezone;
  icalproperty *p;

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)),
                   ==, "-//Gemeente Overbetuwe//Samen Veilig//NL");
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)),
                   ==, "2.0");
  g_assert_cmpstr (icalproperty_get_calscale (icalcomponent_get_first_property (calendar, ICAL_CALSCALE_PROPERTY)),
                   ==, "GREGORIAN");
  g_assert_cmpstr (x_property (calendar, "X-WR-CALNAME"), ==, "Samen Veilig");
  vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (vtimezone);
  p = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  g_assert_cmpstr (icalproperty_get_tzid (p), ==, "Europe/Amsterdam");

  /* Every line ends in CRLF and is folded at 75 octets. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

    for (guint i = 0; lines[i + 1] != NULL; i++)
      {
        g_assert_true (g_str_has_suffix (lines[i], "\r"));
        g_assert_true (g_utf8_validate (lines[i], -1, NULL));  /* not folded inside a character */
        g_assert_cmpstr (lines[i], !=, "\r");
        g_assert_cmpstr (lines[i], !=, " \r");
        g_assert_cmpuint (strlen (lines[i]) - 1, <=, 75);
      }
  }
  icalcomponent_free (calendar);
}

static void
test_every_deadline (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = export (f, NULL, 0);
  icalcomponent *calendar = parse (text);
  g_autoptr(GArray) a = deadlines_of (f, f->case_a);
  g_autoptr(GArray) b = deadlines_of (f, f->case_b);
  g_autofree char *uid_c = case_uid (f, f->case_c);

  assert_case_events (f, calendar, f->case_a);
  assert_case_events (f, calendar, f->case_b);
  /* Plus one interventiegesprek each; the closed case is left out. */
  g_assert_cmpuint (count_events (calendar), ==, a->len + b->len + 2);
  g_assert_null (strstr (text, uid_c));

  /* One figure computed by hand: the Veiligheidskaart goes out on the
   * third working day before Thursday 3 December: Monday 30 November. */
  {
    g_autofree char *uid_a = case_uid (f, f->case_a);
    g_autofree char *kaart = g_strdup_printf ("%s-ig-kaart-definitief@samenveilig.overbetuwe.nl", uid_a);

    assert_date (icalcomponent_get_dtstart (find_event (calendar, kaart)), "2026-11-30");
  }
  icalcomponent_free (calendar);
}

static void
test_selected_cases (Fixture       *f,
                     gconstpointer  data)
{
  gint64 ids[] = { f->case_c };
  gint64 missing[] = { f->case_a, 9999 };
  g_autofree char *text = export (f, ids, 1);
  icalcomponent *calendar = parse (text);
  g_autoptr(GArray) c = deadlines_of (f, f->case_c);
  g_autoptr(GError) error = NULL;
  g_autofree char *nothing = NULL;

  /* Asked for by id, a closed case is exported. */
  assert_case_events (f, calendar, f->case_c);
  g_assert_cmpuint (count_events (calendar), ==, c->len);
  icalcomponent_free (calendar);
  g_clear_pointer (&text, g_free);

  /* No cases: a valid calendar with only the time zone. */
  text = export (f, ids, 0);
  calendar = parse (text);
  g_assert_cmpuint (count_events (calendar), ==, 0);
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  icalcomponent_free (calendar);

  nothing = sv_ics_export_to_data (SV_STORE (f->store), missing, 2, NULL, &f->today, &error);
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_assert_null (nothing);
}

static void
test_stable_uids (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *first = export (f, NULL, 0);
  g_autofree char *second = export (f, NULL, 0);
  icalcomponent *one = parse (first);
  icalcomponent *two = parse (second);
  g_autoptr(GPtrArray) uids_one = g_ptr_array_new ();
  g_autoptr(GPtrArray) uids_two = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *uid_a = case_uid (f, f->case_a);
  g_autofree char *uid_b = case_uid (f, f->case_b);
  guint from_a = 0, from_b = 0;

  for (icalcomponent *e = icalcomponent_get_first_component (one, ICAL_VEVENT_COMPONENT);
       e != NULL; e = icalcomponent_get_next_component (one, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (uids_one, (gpointer) icalcomponent_get_uid (e));
  for (icalcomponent *e = icalcomponent_get_first_component (two, ICAL_VEVENT_COMPONENT);
       e != NULL; e = icalcomponent_get_next_component (two, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (uids_two, (gpointer) icalcomponent_get_uid (e));

  g_assert_cmpuint (uids_one->len, ==, uids_two->len);
  for (guint i = 0; i < uids_one->len; i++)
    {
      const char *uid = uids_one->pdata[i];

      g_assert_cmpstr (uid, ==, uids_two->pdata[i]);
      /* Unique, and each case's events carry that case's uid. */
      g_assert_true (g_hash_table_add (seen, (gpointer) uid));
      g_assert_true (g_str_has_suffix (uid, "@samenveilig.overbetuwe.nl"));
      if (g_str_has_prefix (uid, uid_a))
        from_a++;
      else if (g_str_has_prefix (uid, uid_b))
        from_b++;
      else
        g_error ("UID %s names neither case", uid);
    }
  g_assert_cmpstr (uid_a, !=, uid_b);
  g_assert_cmpuint (from_a, >, 0);
  g_assert_cmpuint (from_b, >, 0);
  {
    g_autofree char *ig = g_strdup_printf ("%s-interventiegesprek@samenveilig.overbetuwe.nl", uid_a);

    g_assert_nonnull (find_event (one, ig));
  }
  icalcomponent_free (one);
  icalcomponent_free (two);
}

static void
test_no_names (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = export (f, NULL, 0);
  gint64 ids[] = { f->case_a, f->case_b, f->case_c };
  g_autofree char *selected = export (f, ids, G_N_ELEMENTS (ids));
  const char *outputs[] = { text, selected };

  for (guint o = 0; o < G_N_ELEMENTS (outputs); o++)
    {
      g_autoptr(GString) unfolded = g_string_new (outputs[o]);

      /* A name split by line folding would still be a name. */
      g_string_replace (unfolded, "\r\n ", "", 0);
      g_string_replace (unfolded, "\r\n\t", "", 0);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (strstr (unfolded->str, names[i]) != NULL)
          g_error ("“%s” is in the calendar", names[i]);
    }
}

static void
test_timed_events (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = export (f, NULL, 0);
  icalcomponent *calendar = parse (text);
  g_autofree char *uid_a = case_uid (f, f->case_a);
  g_autofree char *uid_b = case_uid (f, f->case_b);
  struct {
    const char *uid;
    const char *what;
    const char *local;    /* DTSTART as written */
    int         minutes;  /* DURATION */
    const char *utc;
  } expected[] = {
    { uid_a, "ig-voorbespreking", "20261203T093000", 30, "2026-12-03 08:30" },
    { uid_a, "interventiegesprek", "20261203T100000", 90, "2026-12-03 09:00" },
    /* Summer time: two hours ahead of UTC. */
    { uid_b, "ig-voorbespreking", "20270610T134500", 30, "2027-06-10 11:45" },
    { uid_b, "interventiegesprek", "20270610T141500", 90, "2027-06-10 12:15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *uid = g_strdup_printf ("%s-%s@samenveilig.overbetuwe.nl", expected[i].uid, expected[i].what);
      g_autofree char *line = g_strdup_printf ("DTSTART;TZID=Europe/Amsterdam:%s\r\n", expected[i].local);
      g_autofree char *utc = NULL;
      icalcomponent *event = find_event (calendar, uid);
      icalproperty *dtstart;
      struct icaldurationtype duration;

      g_assert_nonnull (event);
      dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      g_assert_cmpstr (icalproperty_get_parameter_as_string (dtstart, "TZID"), ==, "Europe/Amsterdam");
      g_assert_nonnull (strstr (text, line));
      duration = icalcomponent_get_duration (event);
      g_assert_cmpint (icaldurationtype_as_int (duration), ==, expected[i].minutes * 60);
      utc = utc_start (event);
      g_assert_cmpstr (utc, ==, expected[i].utc);
      g_assert_null (icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY));
    }
  icalcomponent_free (calendar);
}

static void
test_done_and_overdue (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *text = export (f, NULL, 0);
  icalcomponent *calendar = parse (text);
  g_autofree char *uid_a = case_uid (f, f->case_a);
  g_autofree char *step1 = g_strdup_printf ("%s-ots-step-1@samenveilig.overbetuwe.nl", uid_a);
  g_autofree char *step2 = g_strdup_printf ("%s-ots-step-2@samenveilig.overbetuwe.nl", uid_a);
  g_autofree char *step3 = g_strdup_printf ("%s-ots-step-3@samenveilig.overbetuwe.nl", uid_a);
  icalcomponent *done = find_event (calendar, step1);
  icalcomponent *overdue = find_event (calendar, step2);
  icalcomponent *upcoming = find_event (calendar, step3);

  g_assert_true (has_category (done, "gedaan"));
  g_assert_nonnull (strstr (icalcomponent_get_description (done), "Done on 12 November 2026"));
  g_assert_false (has_category (done, "verlopen"));
  assert_date (icalcomponent_get_dtstart (done), "2026-11-13");
  g_assert_true (has_category (overdue, "verlopen"));
  g_assert_null (strstr (icalcomponent_get_description (overdue), "Done on"));
  g_assert_null (icalcomponent_get_first_property (upcoming, ICAL_CATEGORIES_PROPERTY));
  /* No status: COMPLETED is not valid for a VEVENT. */
  g_assert_null (icalcomponent_get_first_property (done, ICAL_STATUS_PROPERTY));
  icalcomponent_free (calendar);
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "planning.ics", NULL);
  g_autofree char *written = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "geen-map", "planning.ics", NULL);
  g_autoptr(GError) error = NULL;
  SvIcsExportCounts counts = { 0 };
  g_autoptr(GArray) a = deadlines_of (f, f->case_a);
  g_autoptr(GArray) b = deadlines_of (f, f->case_b);
  icalcomponent *calendar;
  GStatBuf st;

  /* An existing, world-readable file is replaced by a private one. */
  g_assert_true (g_file_set_contents_full (path, "oud", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_true (sv_ics_export_to_file_full (SV_STORE (f->store), NULL, 0, NULL, &f->today, path, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (counts.n_cases, ==, 2);
  g_assert_cmpuint (counts.n_deadlines, ==, a->len + b->len);
  g_assert_cmpuint (counts.n_interventiegesprekken, ==, 2);

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  calendar = parse (written);
  g_assert_cmpuint (count_events (calendar), ==, a->len + b->len + 2);
  icalcomponent_free (calendar);

  g_assert_false (sv_ics_export_to_file (SV_STORE (f->store), NULL, 0, NULL, &f->today, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, bad));
}

/* Extra days off move a working-day deadline: the export counts with the
 * SvWorkdays it is given. */
static void
test_extra_days_off (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  const char *extra[] = { "2026-11-30", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uid_a = case_uid (f, f->case_a);
  g_autofree char *kaart = g_strdup_printf ("%s-ig-kaart-definitief@samenveilig.overbetuwe.nl", uid_a);
  icalcomponent *calendar;

  g_assert_true (sv_workdays_set_extra_days (workdays, extra, NULL));
  text = sv_ics_export_to_data (SV_STORE (f->store), NULL, 0, workdays, &f->today, &error);
  g_assert_no_error (error);
  calendar = parse (text);
  /* Monday 30 November off: the third working day before Thursday
   * 3 December is now Friday 27 November. */
  assert_date (icalcomponent_get_dtstart (find_event (calendar, kaart)), "2026-11-27");
  icalcomponent_free (calendar);
}

static SvMeeting *
plan (Fixture    *f,
      const char *code,
      const char *date,
      int         start,
      int         duration,
      gboolean    extra,
      const char *room)
{
  g_autoptr(GError) error = NULL;
  SvMeeting *m = sv_meeting_new ();

  m->kind_id = sv_test_meeting_kind (SV_STORE (f->store), code);
  set_date (&m->date, date);
  m->start_minutes = start;
  m->duration_minutes = duration;
  m->extra = extra;
  g_free (m->room);
  m->room = g_strdup (room);
  g_assert_true (sv_store_save_meeting (SV_STORE (f->store), m, &error));
  g_assert_no_error (error);
  return m;
}

static void
put_on_agenda (Fixture *f,
               gint64   meeting_id,
               gint64   case_id)
{
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();
  g_autoptr(GError) error = NULL;

  item->meeting_id = meeting_id;
  item->case_id = case_id;
  g_assert_true (sv_store_save_agenda_item (SV_STORE (f->store), item, &error));
  g_assert_no_error (error);
}

/* Meetings: one event each, at their time in their room, with the case
 * numbers on the agenda and no name; a case's export has only its
 * meetings; a full export leaves out meetings more than a year old. */
static void
test_meetings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SvMeeting) lejo = plan (f, "LEJO", "2026-11-24", 14 * 60, 90, FALSE, "Raadzaal \"De Linge\"");
  g_autoptr(SvMeeting) mdo = plan (f, "LEJO", "2026-12-01", 10 * 60, 60, TRUE, "");
  g_autoptr(SvMeeting) old = plan (f, "LEJO", "2025-06-03", 9 * 60, 120, FALSE, "");
  g_autofree char *number_a = case_number (f, f->case_a);
  g_autofree char *number_b = case_number (f, f->case_b);
  g_autofree char *lejo_uid = g_strdup_printf ("%s-overleg@%s", lejo->uid, SV_ICS_UID_DOMAIN);
  g_autofree char *mdo_uid = g_strdup_printf ("%s-overleg@%s", mdo->uid, SV_ICS_UID_DOMAIN);
  g_autofree char *old_uid = g_strdup_printf ("%s-overleg@%s", old->uid, SV_ICS_UID_DOMAIN);
  g_autofree char *all = NULL, *of_a = NULL, *start = NULL;
  icalcomponent *calendar, *event;
  struct icaldurationtype duration;

  put_on_agenda (f, lejo->id, f->case_a);
  put_on_agenda (f, lejo->id, f->case_b);
  put_on_agenda (f, mdo->id, f->case_b);
  put_on_agenda (f, old->id, f->case_a);

  all = export (f, NULL, 0);
  calendar = parse (all);
  event = find_event (calendar, lejo_uid);
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "LEJO");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Raadzaal \"De Linge\"");
  g_assert_cmpstr (x_property (event, "X-SAMENVEILIG-MEETING"), ==, "LEJO");
  g_assert_true (has_category (event, "overleg"));
  start = utc_start (event);
  g_assert_cmpstr (start, ==, "2026-11-24 13:00");
  duration = icalcomponent_get_duration (event);
  g_assert_cmpint (icaldurationtype_as_int (duration), ==, 90 * 60);
  g_assert_nonnull (strstr (icalcomponent_get_description (event), number_a));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), number_b));
  event = find_event (calendar, mdo_uid);
  g_assert_nonnull (event);
  g_assert_nonnull (strstr (icalcomponent_get_summary (event), "MDO"));
  /* The LEJO of June 2025 is more than a year ago. */
  g_assert_null (find_event (calendar, old_uid));
  icalcomponent_free (calendar);

  /* Case A: its two meetings, the old one included; not the MDO. */
  of_a = export (f, &f->case_a, 1);
  calendar = parse (of_a);
  g_assert_nonnull (find_event (calendar, lejo_uid));
  g_assert_nonnull (find_event (calendar, old_uid));
  g_assert_null (find_event (calendar, mdo_uid));
  {
    guint meetings = 0;
    for (icalcomponent *e = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
         e != NULL; e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
      meetings += x_property (e, "X-SAMENVEILIG-MEETING") != NULL;
    g_assert_cmpuint (meetings, ==, 2);
  }
  icalcomponent_free (calendar);

  /* Still no name anywhere. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_null (strstr (all, names[i]));
      g_assert_null (strstr (of_a, names[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("SV_TODAY", "2026-11-22", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ics/calendar", test_calendar);
  ADD ("/ics/every-deadline", test_every_deadline);
  ADD ("/ics/selected-cases", test_selected_cases);
  ADD ("/ics/stable-uids", test_stable_uids);
  ADD ("/ics/no-names", test_no_names);
  ADD ("/ics/timed-events", test_timed_events);
  ADD ("/ics/done-and-overdue", test_done_and_overdue);
  ADD ("/ics/file", test_file);
  ADD ("/ics/extra-days-off", test_extra_days_off);
  ADD ("/ics/meetings", test_meetings);
#undef ADD
  status = g_test_run ();
  icaltimezone_free_builtin_timezones ();
  return status;
}
