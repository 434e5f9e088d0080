/* sv-bench-meetings.c: the meeting targets of the benchmark, on the
 * database of 100,000 cases, with a LEJO of 30 agenda items made for the
 * run through the store:
 *
 *  (a) opening the meeting: the chair's window as "Start Meeting" opens
 *      it (sv_meeting_ops_start(), sv_chair_window_new(), presented) to
 *      its first painted frame; and the meeting's page as the meetings
 *      area shows it (sv_meeting_plan_view_show_meeting()) to the painted
 *      frame, each run in a new meetings area, as on a first visit;
 *  (b) the next case with the projector on: "chair.next", the action the
 *      chair's Alt+→ activates, to the frame in which both the chair's
 *      window and the projection window have painted; forward through the
 *      agenda and back.
 *
 * The store's part is timed apart: shims put around the functions of the
 * SvStore interface of SvSqliteStore time each call the windows make
 * (the outermost only: a store function that calls another counts once)
 * and change nothing of what runs.
 *
 * The meeting goes into the room "Benchmark" and is taken out again
 * afterwards with SQL (the store removes only meetings that have not
 * started, and opening it starts it), as is one an interrupted run left.
 */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <stdio.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "sv-add-case-dialog.h"
#include "sv-chair-window.h"
#include "sv-date.h"
#include "sv-meeting-ops.h"
#include "sv-meeting-plan.h"
#include "sv-meeting-page.h"
#include "sv-meeting-plan-view.h"
#include "sv-projection-window.h"
#include "sv-sqlite-store.h"

#include "sv-bench.h"

#define AGENDA_ITEMS       30
#define ITEM_MINUTES       4       /* 30 cases in two hours */
#define OPEN_RUNS          20
#define OPEN_WARMUPS       2
/* The IT and VHT pages: thousands of proposed standing items on this
 * database make the rest of such a page take seconds; fewer runs. */
#define KIND_RUNS          5
#define KIND_WARMUPS       1
#define TARGET_OPEN_MS     100.0   /* a meeting of 30 items opened */
#define TARGET_SWITCH_MS   16.7    /* the next case, both windows painted */
#define BENCH_ROOM         "Benchmark"
#define FRAME_TIMEOUT_S    30
#define SETTLE_MS          300     /* between a chair's key presses */

/* ------------------------------------------------------------------------
 * The store's part: shims around the interface
 * ------------------------------------------------------------------------ */

typedef struct {
  gint64      us;
  guint       calls;
  GHashTable *by_name;   /* static name → gint64[2]: µs, calls */
} Tally;

static Tally *tally;     /* where the shims count; NULL: nowhere */
static int    store_depth;

static void
tally_init (Tally *t)
{
  t->us = 0;
  t->calls = 0;
  t->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

static void
tally_clear (Tally *t)
{
  g_clear_pointer (&t->by_name, g_hash_table_unref);
}

static void
tally_merge (Tally *into,
             Tally *from)
{
  GHashTableIter iter;
  gpointer key, value;

  into->us += from->us;
  into->calls += from->calls;
  g_hash_table_iter_init (&iter, from->by_name);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 *entry = g_hash_table_lookup (into->by_name, key);

      if (entry == NULL)
        {
          entry = g_new0 (gint64, 2);
          g_hash_table_insert (into->by_name, key, entry);
        }
      entry[0] += ((gint64 *) value)[0];
      entry[1] += ((gint64 *) value)[1];
    }
}

static gint64
store_enter (void)
{
  return store_depth++ == 0 ? g_get_monotonic_time () : 0;
}

static void
store_leave (const char *name,
             gint64      start)
{
  gint64 us, *entry;

  if (--store_depth > 0 || tally == NULL)
    return;
  us = g_get_monotonic_time () - start;
  tally->us += us;
  tally->calls++;
  entry = g_hash_table_lookup (tally->by_name, name);
  if (entry == NULL)
    {
      entry = g_new0 (gint64, 2);
      g_hash_table_insert (tally->by_name, (gpointer) name, entry);
    }
  entry[0] += us;
  entry[1]++;
}

#define STORE_SHIM(type, name, params, args)  \
  static type (*real_##name) params;          \
  static type                                 \
  shim_##name params                          \
  {                                           \
    gint64 start = store_enter ();            \
    type value = real_##name args;            \
    store_leave (#name, start);               \
    return value;                             \
  }

#define ID_PARAMS (SvStore *s, gint64 id, GError **e)
#define ID_ARGS   (s, id, e)

STORE_SHIM (SvHousehold *, get_household, ID_PARAMS, ID_ARGS)
STORE_SHIM (GPtrArray *, list_members, ID_PARAMS, ID_ARGS)
STORE_SHIM (SvCase *, get_case, ID_PARAMS, ID_ARGS)
STORE_SHIM (SvConsent *, get_consent, ID_PARAMS, ID_ARGS)
STORE_SHIM (GPtrArray *, get_case_summaries, (SvStore *s, const gint64 *ids, guint n, GError **e), (s, ids, n, e))
STORE_SHIM (GPtrArray *, list_organisations, (SvStore *s, GError **e), (s, e))
STORE_SHIM (GPtrArray *, list_professionals, (SvStore *s, GError **e), (s, e))
STORE_SHIM (GPtrArray *, list_meeting_kinds, (SvStore *s, GError **e), (s, e))
STORE_SHIM (GPtrArray *, list_meeting_participants, ID_PARAMS, ID_ARGS)
STORE_SHIM (GPtrArray *, list_journal, ID_PARAMS, ID_ARGS)
STORE_SHIM (GPtrArray *, list_case_facts, (SvStore *s, SvCaseFilter f, GError **e), (s, f, e))
STORE_SHIM (GHashTable *, list_all_deadlines_done, (SvStore *s, SvCaseFilter f, GError **e), (s, f, e))
STORE_SHIM (GPtrArray *, list_case_facts_in_range,
            (SvStore *s, SvCaseFactDate k, const GDate *a, const GDate *b, GHashTable **d, GError **e),
            (s, k, a, b, d, e))
STORE_SHIM (GPtrArray *, list_meetings, (SvStore *s, const GDate *a, const GDate *b, GError **e), (s, a, b, e))
STORE_SHIM (SvMeeting *, get_meeting, ID_PARAMS, ID_ARGS)
STORE_SHIM (SvMeeting *, get_previous_meeting,
            (SvStore *s, gint64 id, const GDate *d, gboolean r, GError **e), (s, id, d, r, e))
STORE_SHIM (gboolean, save_meeting, (SvStore *s, SvMeeting *m, GError **e), (s, m, e))
STORE_SHIM (GPtrArray *, list_attendance, ID_PARAMS, ID_ARGS)
STORE_SHIM (GPtrArray *, list_agenda, ID_PARAMS, ID_ARGS)
STORE_SHIM (SvAgendaItem *, get_agenda_item, ID_PARAMS, ID_ARGS)
STORE_SHIM (gboolean, save_agenda_item, (SvStore *s, SvAgendaItem *i, GError **e), (s, i, e))
STORE_SHIM (GPtrArray *, list_agreements, (SvStore *s, gint64 c, gint64 i, GError **e), (s, c, i, e))
STORE_SHIM (GPtrArray *, list_open_agreements_of_kind, ID_PARAMS, ID_ARGS)

/* The interface table is the class's: every SvSqliteStore goes through
 * the shims until they are taken away. */
static void
store_shims (SvStore  *store,
             gboolean  install)
{
  SvStoreInterface *iface = SV_STORE_GET_IFACE (store);

#define SHIM(name)                                  \
  G_STMT_START {                                    \
    if (install)                                    \
      {                                             \
        real_##name = iface->name;                  \
        iface->name = shim_##name;                  \
      }                                             \
    else                                            \
      iface->name = real_##name;                    \
  } G_STMT_END
  SHIM (get_household);
  SHIM (list_members);
  SHIM (get_case);
  SHIM (get_consent);
  SHIM (get_case_summaries);
  SHIM (list_organisations);
  SHIM (list_professionals);
  SHIM (list_meeting_kinds);
  SHIM (list_meeting_participants);
  SHIM (list_journal);
  SHIM (list_case_facts);
  SHIM (list_all_deadlines_done);
  SHIM (list_case_facts_in_range);
  SHIM (list_meetings);
  SHIM (get_meeting);
  SHIM (get_previous_meeting);
  SHIM (save_meeting);
  SHIM (list_attendance);
  SHIM (list_agenda);
  SHIM (get_agenda_item);
  SHIM (save_agenda_item);
  SHIM (list_agreements);
  SHIM (list_open_agreements_of_kind);
#undef SHIM
}

typedef struct {
  const char *name;
  gint64      us;
  gint64      calls;
} TallyLine;

static int
compare_tally_line (gconstpointer a,
                    gconstpointer b)
{
  const TallyLine *x = a, *y = b;

  return x->us < y->us ? 1 : x->us > y->us ? -1 : 0;
}

/* "save_meeting 1× 2.1 ms, …" per @per (runs), the costliest first. */
static char *
tally_describe (Tally *t,
                guint  per)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (TallyLine));
  GString *text = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, t->by_name);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      TallyLine line = { key, ((gint64 *) value)[0], ((gint64 *) value)[1] };
      g_array_append_val (lines, line);
    }
  g_array_sort (lines, compare_tally_line);
  for (guint i = 0; i < lines->len; i++)
    {
      TallyLine *line = &g_array_index (lines, TallyLine, i);

      g_string_append_printf (text, "%s%s %.3g× %.2f ms", i > 0 ? ", " : "", line->name,
                              (double) line->calls / MAX (per, 1), line->us / 1000.0 / MAX (per, 1));
    }
  if (lines->len == 0)
    g_string_append (text, "none");
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------------
 * Frames of the two windows
 * ------------------------------------------------------------------------ */

/* The phases of the first frame since the mark: its layout (styles,
 * sizes) and its paint (the widgets' snapshot, rendered), each from an
 * emission hook, which runs before GTK's handlers, to a handler
 * connected after them. A clock emits only the phases asked for: a
 * drawing area queued for drawing has no layout. */
typedef struct {
  GdkFrameClock *clock;
  gulong         ids[3];
  gint64         layout_start;
  gint64         laid_out;
  gint64         paint_start;
  gint64         rendered;
  gint64         painted;  /* the first after-paint since the mark; 0: none */
  guint          frames;   /* after-paints since the mark */
  gboolean       wanted;
} Watch;

typedef struct {
  GMainLoop *loop;
  guint      timeout_id;
  gboolean   timed_out;
  gboolean   waiting;
  Watch      chair;
  Watch      projection;
  Watch      main;       /* the window of the meetings area */
} Frames;

static gboolean
frames_done (Frames *f)
{
  Watch *watches[] = { &f->chair, &f->projection, &f->main };

  for (guint i = 0; i < G_N_ELEMENTS (watches); i++)
    if (watches[i]->wanted && watches[i]->painted == 0)
      return FALSE;
  return TRUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  Frames *f = g_object_get_data (G_OBJECT (clock), "sv-bench-frames");
  Watch *w = user_data;

  w->frames++;
  if (w->painted == 0)
    w->painted = g_get_monotonic_time ();
  if (f != NULL && f->waiting && frames_done (f))
    g_main_loop_quit (f->loop);
}

enum { PHASE_LAYOUT, PHASE_PAINT };

static gboolean
phase_hook (GSignalInvocationHint *hint,
            guint                  n_params,
            const GValue          *params,
            gpointer               user_data)
{
  Watch *w = g_object_get_data (g_value_get_object (&params[0]), "sv-bench-watch");

  if (w == NULL || w->painted != 0)
    return TRUE;
  if (GPOINTER_TO_INT (user_data) == PHASE_LAYOUT && w->layout_start == 0)
    w->layout_start = g_get_monotonic_time ();
  else if (GPOINTER_TO_INT (user_data) == PHASE_PAINT && w->paint_start == 0)
    w->paint_start = g_get_monotonic_time ();
  return TRUE;
}

static void
on_layout_cb (GdkFrameClock *clock,
              Watch         *w)
{
  if (w->painted == 0)
    w->laid_out = g_get_monotonic_time ();
}

static void
on_paint_cb (GdkFrameClock *clock,
             Watch         *w)
{
  if (w->painted == 0)
    w->rendered = g_get_monotonic_time ();
}

static void
watch_attach (Frames    *f,
              Watch     *w,
              GtkWidget *window)
{
  static gsize hooked;

  if (g_once_init_enter (&hooked))
    {
      GTypeClass *klass = g_type_class_ref (GDK_TYPE_FRAME_CLOCK);

      g_signal_add_emission_hook (g_signal_lookup ("layout", GDK_TYPE_FRAME_CLOCK), 0, phase_hook,
                                  GINT_TO_POINTER (PHASE_LAYOUT), NULL);
      g_signal_add_emission_hook (g_signal_lookup ("paint", GDK_TYPE_FRAME_CLOCK), 0, phase_hook,
                                  GINT_TO_POINTER (PHASE_PAINT), NULL);
      g_type_class_unref (klass);
      g_once_init_leave (&hooked, 1);
    }
  w->clock = g_object_ref (gtk_widget_get_frame_clock (window));
  g_object_set_data (G_OBJECT (w->clock), "sv-bench-frames", f);
  g_object_set_data (G_OBJECT (w->clock), "sv-bench-watch", w);
  w->ids[0] = g_signal_connect (w->clock, "layout", G_CALLBACK (on_layout_cb), w);
  w->ids[1] = g_signal_connect (w->clock, "paint", G_CALLBACK (on_paint_cb), w);
  w->ids[2] = g_signal_connect (w->clock, "after-paint", G_CALLBACK (on_after_paint_cb), w);
}

static void
watch_detach (Watch *w)
{
  if (w->clock == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (w->ids); i++)
    g_clear_signal_handler (&w->ids[i], w->clock);
  g_object_set_data (G_OBJECT (w->clock), "sv-bench-frames", NULL);
  g_object_set_data (G_OBJECT (w->clock), "sv-bench-watch", NULL);
  g_clear_object (&w->clock);
  w->wanted = FALSE;
}

/* The first frame's phases, ms: from @from to the frame's first phase,
 * its layout (0 without one), its paint, and the clock's after-paint
 * (GTK's handlers, before ours). */
typedef struct {
  double wait, layout, render, after;
} Phases;

static Phases
watch_phases (const Watch *w,
              gint64       from)
{
  Phases p = { 0 };
  gint64 began = w->layout_start != 0 ? w->layout_start : w->paint_start;

  if (began != 0)
    p.wait = (began - from) / 1000.0;
  if (w->layout_start != 0 && w->laid_out >= w->layout_start)
    p.layout = (w->laid_out - w->layout_start) / 1000.0;
  if (w->paint_start != 0 && w->rendered >= w->paint_start)
    p.render = (w->rendered - w->paint_start) / 1000.0;
  if (w->rendered != 0 && w->painted >= w->rendered)
    p.after = (w->painted - w->rendered) / 1000.0;
  return p;
}

/* Frames count from here. */
static void
frames_mark (Frames *f)
{
  Watch *watches[] = { &f->chair, &f->projection, &f->main };

  for (guint i = 0; i < G_N_ELEMENTS (watches); i++)
    {
      watches[i]->layout_start = watches[i]->laid_out = 0;
      watches[i]->paint_start = watches[i]->rendered = 0;
      watches[i]->painted = 0;
      watches[i]->frames = 0;
    }
}

static gboolean
frames_timeout_cb (gpointer user_data)
{
  Frames *f = user_data;

  f->timed_out = TRUE;
  f->timeout_id = 0;
  g_main_loop_quit (f->loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until each window asked for has painted a frame
 * since the mark. */
static gboolean
frames_wait (Frames   *f,
             gboolean  chair,
             gboolean  projection,
             gboolean  main_window)
{
  f->chair.wanted = chair;
  f->projection.wanted = projection;
  f->main.wanted = main_window;
  if (frames_done (f))
    return TRUE;
  f->timed_out = FALSE;
  f->waiting = TRUE;
  f->timeout_id = g_timeout_add_seconds (FRAME_TIMEOUT_S, frames_timeout_cb, f);
  g_main_loop_run (f->loop);
  f->waiting = FALSE;
  g_clear_handle_id (&f->timeout_id, g_source_remove);
  return !f->timed_out;
}

/* Lets the windows settle, as between a chair's key presses. */
static void
frames_pause (Frames *f,
              guint   ms)
{
  f->timeout_id = g_timeout_add (ms, frames_timeout_cb, f);
  g_main_loop_run (f->loop);
  g_clear_handle_id (&f->timeout_id, g_source_remove);
}

/* ------------------------------------------------------------------------
 * The meeting
 * ------------------------------------------------------------------------ */

/* Meetings in the room "Benchmark", with their agendas and attendance
 * (ON DELETE CASCADE). */
static gboolean
remove_bench_meetings (const char *db,
                       int        *removed)
{
  sqlite3 *conn = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  *removed = 0;
  ok = sqlite3_open_v2 (db, &conn, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
       sqlite3_busy_timeout (conn, 5000) == SQLITE_OK &&
       sqlite3_exec (conn, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) == SQLITE_OK &&
       sqlite3_prepare_v2 (conn, "DELETE FROM meetings WHERE room = ?1", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_bind_text (stmt, 1, BENCH_ROOM, -1, SQLITE_STATIC) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_DONE;
  if (ok)
    *removed = sqlite3_changes (conn);
  else
    g_printerr ("Removing the benchmark's meeting from %s failed: %s\n", db, sqlite3_errmsg (conn));
  sqlite3_finalize (stmt);
  sqlite3_close (conn);
  return ok;
}

static const char *const questions[] = {
  "Is de veiligheid van de kinderen voldoende geborgd, en wie doet wat in de komende zes weken?",
  "Moet er een verzoek tot onderzoek naar de Raad voor de Kinderbescherming?",
  "Ouders werken niet mee aan het veiligheidsplan: welke stap zetten we nu?",
  "Sluiten we af, of blijft monitoring door het wijkteam nodig?",
  "Welke hulp is er nodig voor de moeder en wie neemt de regie?",
};

/* A meeting of the kind @code on the next working day, from
 * @start_minutes for two hours, with AGENDA_ITEMS open cases spread over
 * the database, each with a question. */
static gint64
create_meeting (SvStore    *store,
                const char *code,
                int         start_minutes,
                guint       first,
                GArray     *item_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (store, &error);
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(GArray) open = NULL;
  SvMeetingKind *kind = NULL;
  GDate today;
  guint step, refused = 0;

  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    if (g_str_equal (((SvMeetingKind *) kinds->pdata[i])->code, code))
      kind = kinds->pdata[i];
  if (kind == NULL)
    {
      g_printerr ("No meeting kind %s in the database%s%s\n", code, error != NULL ? ": " : "",
                  error != NULL ? error->message : "");
      return 0;
    }
  sv_date_today (&today);
  sv_meeting_propose_next (kind, NULL, &today, workdays, meeting);
  meeting->kind_id = kind->id;
  meeting->start_minutes = start_minutes;
  meeting->duration_minutes = AGENDA_ITEMS * ITEM_MINUTES;
  g_free (meeting->room);
  meeting->room = g_strdup (BENCH_ROOM);
  if (!sv_store_save_meeting (store, meeting, &error))
    {
      g_printerr ("The meeting could not be saved: %s\n", error->message);
      return 0;
    }

  open = sv_store_list_case_ids (store, SV_CASE_FILTER_OPEN, 0, &error);
  if (open == NULL || open->len < AGENDA_ITEMS)
    {
      g_printerr ("Too few open cases for an agenda of %d.\n", AGENDA_ITEMS);
      return 0;
    }
  step = open->len / AGENDA_ITEMS;
  for (guint i = first; i < open->len && item_ids->len < AGENDA_ITEMS; i += step)
    {
      gint64 case_id = g_array_index (open, gint64, i);
      g_autoptr(SvCase) c = sv_store_get_case (store, case_id, NULL);
      g_autoptr(SvConsent) consent = sv_store_get_consent (store, case_id, NULL);
      g_autoptr(SvAgendaItem) item = NULL;
      g_autoptr(GError) refusal = NULL;
      gint64 item_id = 0;

      /* The consent gate, as the dialog that adds a case applies it. */
      if (c == NULL || consent == NULL || !sv_meeting_admits_case (kind, c->report_kind, consent, NULL) ||
          !sv_agenda_add_case (store, meeting->id, case_id, SV_STANDING_NONE, &item_id, &refusal))
        {
          refused++;
          continue;
        }
      item = sv_store_get_agenda_item (store, item_id, NULL);
      if (item == NULL)
        continue;
      item->planned_minutes = ITEM_MINUTES;
      g_free (item->question);
      item->question = g_strdup (questions[item_ids->len % G_N_ELEMENTS (questions)]);
      if (!sv_store_save_agenda_item (store, item, &error))
        {
          g_printerr ("An agenda item could not be saved: %s\n", error->message);
          return 0;
        }
      g_array_append_val (item_ids, item_id);
    }
  if (item_ids->len < AGENDA_ITEMS)
    {
      g_printerr ("Only %u cases could go on the agenda (%u refused).\n", item_ids->len, refused);
      return 0;
    }
  {
    g_autofree char *what = sv_meeting_describe (meeting);

    g_print ("%s, room %s: %u open cases on the agenda, every %u-th of %u open cases (newest report first)"
             "%s\n", what, BENCH_ROOM, item_ids->len, step, open->len,
             refused > 0 ? ", some refused by the store and passed over" : "");
  }
  return meeting->id;
}

/* ------------------------------------------------------------------------
 * (a) Opening the meeting
 * ------------------------------------------------------------------------ */

typedef struct {
  GArray *start;    /* sv_meeting_ops_start */
  GArray *build;    /* sv_chair_window_new, or show_meeting */
  GArray *present;  /* gtk_window_present */
  GArray *paint;    /* from there to the painted frame */
  GArray *layout;   /* of it, the first frame's layout */
  GArray *render;   /* and its paint */
  GArray *total;    /* asked → painted */
  GArray *store;    /* of it, in the store */
  GArray *below;    /* the page: painted → the rest filled (not loading) */
  GArray *below_store; /* of it, in the store */
  Tally   tally;
  Tally   below_tally;
} OpenSeries;

static void
open_series_init (OpenSeries *s)
{
  s->start = g_array_new (FALSE, FALSE, sizeof (double));
  s->build = g_array_new (FALSE, FALSE, sizeof (double));
  s->present = g_array_new (FALSE, FALSE, sizeof (double));
  s->paint = g_array_new (FALSE, FALSE, sizeof (double));
  s->layout = g_array_new (FALSE, FALSE, sizeof (double));
  s->render = g_array_new (FALSE, FALSE, sizeof (double));
  s->total = g_array_new (FALSE, FALSE, sizeof (double));
  s->store = g_array_new (FALSE, FALSE, sizeof (double));
  s->below = g_array_new (FALSE, FALSE, sizeof (double));
  s->below_store = g_array_new (FALSE, FALSE, sizeof (double));
  tally_init (&s->tally);
  tally_init (&s->below_tally);
}

static void
open_series_clear (OpenSeries *s)
{
  g_array_unref (s->start);
  g_array_unref (s->build);
  g_array_unref (s->present);
  g_array_unref (s->paint);
  g_array_unref (s->layout);
  g_array_unref (s->render);
  g_array_unref (s->total);
  g_array_unref (s->store);
  g_array_unref (s->below);
  g_array_unref (s->below_store);
  tally_clear (&s->tally);
  tally_clear (&s->below_tally);
}

static void
append (GArray *values,
        double  value)
{
  g_array_append_val (values, value);
}

/* One run of "Start Meeting" (sv-window.c, run_meeting_action): the
 * meeting started, the chair's window made and presented, to its first
 * painted frame; the window destroyed afterwards. */
static gboolean
open_chair_run (Frames     *f,
                SvStore    *store,
                GSettings  *settings,
                gint64      meeting_id,
                int         run,
                OpenSeries *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvMeeting) meeting = NULL;
  Tally run_tally;
  SvChairWindow *chair;
  gint64 t0, t_start, t_new, t_present;
  Phases phases;
  double total;

  tally_init (&run_tally);
  tally = &run_tally;
  frames_mark (f);
  t0 = g_get_monotonic_time ();
  meeting = sv_meeting_ops_start (store, meeting_id, &error);
  t_start = g_get_monotonic_time ();
  if (meeting == NULL)
    {
      tally = NULL;
      tally_clear (&run_tally);
      g_printerr ("The meeting could not be started: %s\n", error->message);
      return FALSE;
    }
  chair = sv_chair_window_new (NULL, store, settings, meeting_id);
  t_new = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (chair));
  t_present = g_get_monotonic_time ();
  watch_attach (f, &f->chair, GTK_WIDGET (chair));
  if (!frames_wait (f, TRUE, FALSE, FALSE))
    {
      tally = NULL;
      tally_clear (&run_tally);
      g_printerr ("The chair's window was never painted.\n");
      return FALSE;
    }
  tally = NULL;

  total = (f->chair.painted - t0) / 1000.0;
  phases = watch_phases (&f->chair, t_present);
  g_print ("  %s %2d: start %5.1f  window made %6.1f  presented %5.1f  painted %6.1f"
           " (after %5.1f: layout %5.1f, paint %5.1f, after-paint %5.1f)  = %6.1f ms  (store %5.1f ms in %u calls)\n",
           run < 0 ? "warm-up" : "run    ", run < 0 ? run + OPEN_WARMUPS + 1 : run + 1,
           (t_start - t0) / 1000.0, (t_new - t_start) / 1000.0, (t_present - t_new) / 1000.0,
           (f->chair.painted - t_present) / 1000.0, phases.wait, phases.layout, phases.render, phases.after, total,
           run_tally.us / 1000.0, run_tally.calls);
  if (run >= 0)
    {
      append (s->start, (t_start - t0) / 1000.0);
      append (s->build, (t_new - t_start) / 1000.0);
      append (s->present, (t_present - t_new) / 1000.0);
      append (s->paint, (f->chair.painted - t_present) / 1000.0);
      append (s->layout, phases.layout);
      append (s->render, phases.render);
      append (s->total, total);
      append (s->store, run_tally.us / 1000.0);
      tally_merge (&s->tally, &run_tally);
    }
  tally_clear (&run_tally);

  /* Away again, unmeasured: destroying skips the "Leave?" question. */
  watch_detach (&f->chair);
  gtk_window_destroy (GTK_WINDOW (chair));
  frames_pause (f, SETTLE_MS);
  return TRUE;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Runs the main loop until the meeting page has filled what it left for
 * after its first frame (the rest of the agenda, the proposed standing
 * items, the attendance): its "loading" is FALSE again. */
static gboolean
wait_page_loaded (GtkWidget *view)
{
  GtkWidget *page = find_descendant (view, SV_TYPE_MEETING_PAGE);
  gint64 give_up = g_get_monotonic_time () + FRAME_TIMEOUT_S * G_USEC_PER_SEC;
  gboolean loading = TRUE;

  if (page == NULL)
    return FALSE;
  while (g_get_monotonic_time () < give_up)
    {
      g_object_get (page, "loading", &loading, NULL);
      if (!loading)
        return TRUE;
      g_main_context_iteration (NULL, TRUE);
    }
  return FALSE;
}

/* One run of the meetings area: a new SvMeetingPlanView with its store
 * set (the list of meetings), on screen; then the meeting shown as a
 * click in the list shows it, to the painted frame. */
static gboolean
open_page_run (Frames     *f,
               GtkWidget  *window,
               SvStore    *store,
               GSettings  *settings,
               gint64      meeting_id,
               int         run,
               OpenSeries *s)
{
  SvMeetingPlanView *view = g_object_new (SV_TYPE_MEETING_PLAN_VIEW, NULL);
  Tally run_tally, below_tally;
  gint64 t0, t_shown, t_loaded;
  Phases phases;
  double total;

  sv_meeting_plan_view_set_store (view, store, settings);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), GTK_WIDGET (view));
  frames_mark (f);
  if (!frames_wait (f, FALSE, FALSE, TRUE))
    {
      g_printerr ("The meetings area was never painted.\n");
      return FALSE;
    }
  frames_pause (f, SETTLE_MS);

  tally_init (&run_tally);
  tally = &run_tally;
  frames_mark (f);
  t0 = g_get_monotonic_time ();
  sv_meeting_plan_view_show_meeting (view, meeting_id);
  t_shown = g_get_monotonic_time ();
  if (!frames_wait (f, FALSE, FALSE, TRUE))
    {
      tally = NULL;
      tally_clear (&run_tally);
      g_printerr ("The meeting's page was never painted.\n");
      return FALSE;
    }
  /* What the page leaves for after its first frame: the store's part of
   * it (the proposed standing items read there) apart. */
  tally_init (&below_tally);
  tally = &below_tally;
  if (!wait_page_loaded (GTK_WIDGET (view)))
    {
      tally = NULL;
      tally_clear (&run_tally);
      tally_clear (&below_tally);
      g_printerr ("The meeting's page never finished loading.\n");
      return FALSE;
    }
  t_loaded = g_get_monotonic_time ();
  tally = NULL;
  total = (f->main.painted - t0) / 1000.0;
  phases = watch_phases (&f->main, t_shown);
  g_print ("  %s %2d: page filled %6.1f  painted %6.1f (after %5.1f: layout %5.1f, paint %5.1f, after-paint %5.1f)"
           "  = %6.1f ms  (store %5.1f ms in %u calls); then the rest %6.1f ms (store %5.1f ms in %u calls)\n",
           run < 0 ? "warm-up" : "run    ", run < 0 ? run + OPEN_WARMUPS + 1 : run + 1,
           (t_shown - t0) / 1000.0, (f->main.painted - t_shown) / 1000.0, phases.wait, phases.layout,
           phases.render, phases.after,
           total, run_tally.us / 1000.0, run_tally.calls,
           (t_loaded - f->main.painted) / 1000.0, below_tally.us / 1000.0, below_tally.calls);
  if (run >= 0)
    {
      append (s->build, (t_shown - t0) / 1000.0);
      append (s->paint, (f->main.painted - t_shown) / 1000.0);
      append (s->layout, phases.layout);
      append (s->render, phases.render);
      append (s->total, total);
      append (s->store, run_tally.us / 1000.0);
      append (s->below, (t_loaded - f->main.painted) / 1000.0);
      append (s->below_store, below_tally.us / 1000.0);
      tally_merge (&s->tally, &run_tally);
      tally_merge (&s->below_tally, &below_tally);
    }
  tally_clear (&run_tally);
  tally_clear (&below_tally);

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), gtk_label_new (""));
  frames_mark (f);
  frames_wait (f, FALSE, FALSE, TRUE);
  frames_pause (f, SETTLE_MS);
  return TRUE;
}

static gboolean
measure_open (Frames    *f,
              SvStore   *store,
              GSettings *settings,
              gint64     meeting_id)
{
  OpenSeries chair, page;
  GtkWidget *window;
  gboolean ok = TRUE;
  Stats ct, cs, cb, cp, pt, ps, pb, pp;
  g_autofree char *chair_calls = NULL;
  g_autofree char *page_calls = NULL;
  g_autofree char *detail = NULL;

  open_series_init (&chair);
  open_series_init (&page);

  heading ("Meetings: a meeting of 30 agenda items opened");
  g_print ("the meeting's page in a new meetings area (SvMeetingPlanView, 1100×760, its list on screen),"
           " shown as a click in the list shows it; %d warm-ups and %d measured runs:\n",
           OPEN_WARMUPS, OPEN_RUNS);
  window = g_object_new (ADW_TYPE_APPLICATION_WINDOW, "default-width", 1100, "default-height", 760, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), gtk_label_new (""));
  gtk_window_present (GTK_WINDOW (window));
  watch_attach (f, &f->main, window);
  frames_mark (f);
  if (!frames_wait (f, FALSE, FALSE, TRUE))
    {
      g_printerr ("The window was never painted.\n");
      ok = FALSE;
    }
  for (int run = -OPEN_WARMUPS; ok && run < OPEN_RUNS; run++)
    ok = open_page_run (f, window, store, settings, meeting_id, run, &page);
  watch_detach (&f->main);
  gtk_window_destroy (GTK_WINDOW (window));
  if (!ok)
    goto out;

  g_print ("the chair's window as \"Start Meeting\" opens it (sv_meeting_ops_start, sv_chair_window_new,"
           " gtk_window_present), to its first painted frame; %d warm-ups and %d measured runs:\n",
           OPEN_WARMUPS, OPEN_RUNS);
  for (int run = -OPEN_WARMUPS; ok && run < OPEN_RUNS; run++)
    ok = open_chair_run (f, store, settings, meeting_id, run, &chair);
  if (!ok)
    goto out;

  pt = stats_of (page.total);
  ps = stats_of (page.store);
  pb = stats_of (page.build);
  pp = stats_of (page.paint);
  ct = stats_of (chair.total);
  cs = stats_of (chair.store);
  cb = stats_of (chair.build);
  cp = stats_of (chair.paint);
  page_calls = tally_describe (&page.tally, OPEN_RUNS);
  chair_calls = tally_describe (&chair.tally, OPEN_RUNS);
  g_print ("meeting's page, asked → painted: median %6.1f ms, p90 %6.1f ms, max %6.1f ms\n"
           "  page filled (show_meeting) median %.1f ms, of which the store %.1f ms; to the painted frame %.1f ms"
           " (its layout %.1f ms, its paint %.1f ms)\n"
           "  store calls per opening: %s\n",
           pt.median, pt.p90, pt.max, pb.median, ps.median, pp.median,
           stats_of (page.layout).median, stats_of (page.render).median, page_calls);
  {
    g_autofree char *rest_calls = tally_describe (&page.below_tally, OPEN_RUNS);

    g_print ("  then the rest of the page (after its first frame): median %.1f ms, of which the store %.1f ms\n"
             "  store calls for the rest: %s\n",
             stats_of (page.below).median, stats_of (page.below_store).median, rest_calls);
    add_result ("meeting_open_page_rest_median", stats_of (page.below).median, "ms");
    add_result ("meeting_open_page_rest_store_median", stats_of (page.below_store).median, "ms");
  }
  g_print ("chair's window, asked → painted: median %6.1f ms, p90 %6.1f ms, max %6.1f ms\n"
           "  window made median %.1f ms, presented %.1f ms; store %.1f ms in all (start included);"
           " presented → painted %.1f ms (its layout %.1f ms, its paint %.1f ms)\n"
           "  store calls per opening: %s\n",
           ct.median, ct.p90, ct.max, cb.median, stats_of (chair.present).median, cs.median, cp.median,
           stats_of (chair.layout).median, stats_of (chair.render).median, chair_calls);
  add_stats ("meeting_open_page", &pt, "ms");
  add_result ("meeting_open_page_store_median", ps.median, "ms");
  add_result ("meeting_open_page_paint_median", pp.median, "ms");
  add_stats ("meeting_open_chair", &ct, "ms");
  add_result ("meeting_open_chair_store_median", cs.median, "ms");
  add_result ("meeting_open_chair_paint_median", cp.median, "ms");
  detail = g_strdup_printf ("median %.1f ms (p90 %.1f; store %.1f, paint %.1f) from \"Start Meeting\" to the"
                            " chair's first frame, 30 items (target ≤ %.0f ms)",
                            ct.median, ct.p90, cs.median, cp.median, TARGET_OPEN_MS);
  add_verdict ("meeting_open_chair", ct.median <= TARGET_OPEN_MS, detail);
  g_free (detail);
  detail = g_strdup_printf ("median %.1f ms (p90 %.1f; store %.1f, paint %.1f) from a click in the list to the"
                            " meeting's page painted, 30 items (target ≤ %.0f ms)",
                            pt.median, pt.p90, ps.median, pp.median, TARGET_OPEN_MS);
  add_verdict ("meeting_open_page", pt.median <= TARGET_OPEN_MS, detail);

out:
  open_series_clear (&chair);
  open_series_clear (&page);
  return ok;
}

/* The meeting's page of an Interventieteam or VeiligheidsTeam meeting,
 * whose standing items come from the facts of cases (not only from
 * agreements as for the LEJO): the page alone, with what it fills after
 * its first frame. @key names the results. */
static gboolean
measure_open_page_of_kind (Frames     *f,
                           SvStore    *store,
                           GSettings  *settings,
                           gint64      meeting_id,
                           const char *code,
                           const char *key)
{
  OpenSeries page;
  GtkWidget *window;
  gboolean ok = TRUE;
  g_autofree char *title = g_strdup_printf ("Meetings: the page of the %s meeting, 30 agenda items, opened", code);

  open_series_init (&page);
  heading (title);
  g_print ("as for the LEJO, the meeting's page in a new meetings area; %d warm-up(s) and %d measured runs:\n",
           KIND_WARMUPS, KIND_RUNS);
  window = g_object_new (ADW_TYPE_APPLICATION_WINDOW, "default-width", 1100, "default-height", 760, NULL);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), gtk_label_new (""));
  gtk_window_present (GTK_WINDOW (window));
  watch_attach (f, &f->main, window);
  frames_mark (f);
  if (!frames_wait (f, FALSE, FALSE, TRUE))
    {
      g_printerr ("The window was never painted.\n");
      ok = FALSE;
    }
  for (int run = -KIND_WARMUPS; ok && run < KIND_RUNS; run++)
    ok = open_page_run (f, window, store, settings, meeting_id, run, &page);
  watch_detach (&f->main);
  gtk_window_destroy (GTK_WINDOW (window));
  if (ok)
    {
      Stats pt = stats_of (page.total), ps = stats_of (page.store);
      Stats rt = stats_of (page.below), rs = stats_of (page.below_store);
      g_autofree char *calls = tally_describe (&page.tally, KIND_RUNS);
      g_autofree char *rest_calls = tally_describe (&page.below_tally, KIND_RUNS);
      g_autofree char *name = NULL;

      g_print ("%s meeting's page, asked → painted: median %6.1f ms, p90 %6.1f ms (store %.1f ms)\n"
               "  store calls per opening: %s\n"
               "  then the rest of the page (after its first frame): median %.1f ms, p90 %.1f ms,"
               " of which the store median %.1f ms, p90 %.1f ms\n"
               "  store calls for the rest: %s\n",
               code, pt.median, pt.p90, ps.median, calls, rt.median, rt.p90, rs.median, rs.p90, rest_calls);
      name = g_strdup_printf ("meeting_open_page_%s", key);
      add_stats (name, &pt, "ms");
      g_free (name);
      name = g_strdup_printf ("meeting_open_page_%s_rest_median", key);
      add_result (name, rt.median, "ms");
      g_free (name);
      name = g_strdup_printf ("meeting_open_page_%s_rest_store_median", key);
      add_result (name, rs.median, "ms");
    }
  open_series_clear (&page);
  return ok;
}

/* ------------------------------------------------------------------------
 * (b) The next case, with the projector on
 * ------------------------------------------------------------------------ */

static SvProjectionWindow *
find_projection_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (SV_IS_PROJECTION_WINDOW (window))
        return SV_PROJECTION_WINDOW (window);
    }
  return NULL;
}

typedef struct {
  GArray *total;       /* trigger → both painted */
  GArray *action;      /* the action's own work (synchronous) */
  GArray *store;       /* of it, in the store */
  GArray *paint;       /* action returned → both painted */
  GArray *chair;       /* action returned → chair painted */
  GArray *projection;  /* action returned → projection painted */
  GArray *after;       /* the store after the paint, before the next key */
  GArray *chair_wait;
  GArray *chair_layout;
  GArray *chair_render;
  GArray *projection_wait;
  GArray *projection_layout;
  GArray *projection_render;
  Tally   in_action;
  Tally   afterwards;
  guint   extra_chair;       /* more frames before the next key */
  guint   extra_projection;
} SwitchSeries;

static gboolean
switch_once (Frames             *f,
             SvChairWindow      *chair,
             SvProjectionWindow *projection,
             const char         *action,
             gint64              expected_item,
             int                 expected_index,
             SwitchSeries       *s,
             gboolean            record)
{
  gint64 t0, t1, both, store_before, after_before;
  Phases chair_phases, projection_phases;
  const SvProjection *shown;

  store_before = s->in_action.us;
  frames_mark (f);
  tally = &s->in_action;
  t0 = g_get_monotonic_time ();
  if (!gtk_widget_activate_action (GTK_WIDGET (chair), action, NULL))
    {
      tally = NULL;
      g_printerr ("The chair's window has no action %s.\n", action);
      return FALSE;
    }
  t1 = g_get_monotonic_time ();
  tally = &s->afterwards;
  if (!frames_wait (f, TRUE, TRUE, FALSE))
    {
      tally = NULL;
      g_printerr ("The windows did not paint after %s.\n", action);
      return FALSE;
    }
  both = MAX (f->chair.painted, f->projection.painted);
  chair_phases = watch_phases (&f->chair, t1);
  projection_phases = watch_phases (&f->projection, t1);
  after_before = s->afterwards.us;
  {
    guint chair_frames = f->chair.frames, projection_frames = f->projection.frames;

    frames_pause (f, SETTLE_MS);
    if (record)
      {
        s->extra_chair += f->chair.frames - chair_frames;
        s->extra_projection += f->projection.frames - projection_frames;
      }
  }
  tally = NULL;

  shown = sv_projection_window_get_projection (projection);
  if (sv_chair_window_get_current_item_id (chair) != expected_item || shown == NULL ||
      shown->current != expected_index)
    {
      g_printerr ("After %s the chair is at item %" G_GINT64_FORMAT " (expected %" G_GINT64_FORMAT
                  "), the projection at %d (expected %d).\n",
                  action, sv_chair_window_get_current_item_id (chair), expected_item,
                  shown != NULL ? shown->current : -2, expected_index);
      return FALSE;
    }
  if (record)
    {
      append (s->total, (both - t0) / 1000.0);
      append (s->action, (t1 - t0) / 1000.0);
      append (s->store, (s->in_action.us - store_before) / 1000.0);
      append (s->paint, (both - t1) / 1000.0);
      append (s->chair, (f->chair.painted - t1) / 1000.0);
      append (s->projection, (f->projection.painted - t1) / 1000.0);
      append (s->after, (s->afterwards.us - after_before) / 1000.0);
      append (s->chair_wait, chair_phases.wait);
      append (s->projection_wait, projection_phases.wait);
      append (s->chair_layout, chair_phases.layout);
      append (s->chair_render, chair_phases.render);
      append (s->projection_layout, projection_phases.layout);
      append (s->projection_render, projection_phases.render);
    }
  return TRUE;
}

static gboolean
measure_switch (Frames    *f,
                SvStore   *store,
                GSettings *settings,
                gint64     meeting_id,
                GArray    *item_ids)
{
  SwitchSeries s = { 0 };
  GArray **arrays[] = { &s.total, &s.action, &s.store, &s.paint, &s.chair, &s.projection, &s.after,
                        &s.chair_wait, &s.chair_layout, &s.chair_render,
                        &s.projection_wait, &s.projection_layout, &s.projection_render };
  SvChairWindow *chair;
  SvProjectionWindow *projection;
  gboolean ok = TRUE;
  Stats t, a, st, p, c, pr, af;
  g_autofree char *in_action = NULL;
  g_autofree char *afterwards = NULL;
  g_autofree char *detail = NULL;
  guint n;

  heading ("Meetings: the next case, chair's window and projection");
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    *arrays[i] = g_array_new (FALSE, FALSE, sizeof (double));
  tally_init (&s.in_action);
  tally_init (&s.afterwards);

  chair = sv_chair_window_new (NULL, store, settings, meeting_id);
  gtk_window_present (GTK_WINDOW (chair));
  watch_attach (f, &f->chair, GTK_WIDGET (chair));
  /* The menu's "In a Window": the screen has one monitor. */
  gtk_widget_activate_action (GTK_WIDGET (chair), "chair.project", "i", -1);
  projection = find_projection_window ();
  if (projection == NULL)
    {
      g_printerr ("\"chair.project\" opened no projection window.\n");
      ok = FALSE;
      goto out;
    }
  watch_attach (f, &f->projection, GTK_WIDGET (projection));
  frames_mark (f);
  if (!frames_wait (f, TRUE, TRUE, FALSE))
    {
      g_printerr ("The chair's and projection windows were never painted.\n");
      ok = FALSE;
      goto out;
    }
  frames_pause (f, 1000);

  /* Back to the first case, unmeasured. */
  while (ok && sv_chair_window_get_current_item_id (chair) != g_array_index (item_ids, gint64, 0))
    {
      int at = -1;

      for (guint i = 0; i < item_ids->len; i++)
        if (g_array_index (item_ids, gint64, i) == sv_chair_window_get_current_item_id (chair))
          at = (int) i;
      ok = at > 0 && switch_once (f, chair, projection, "chair.previous", g_array_index (item_ids, gint64, at - 1),
                                  at - 1, &s, FALSE);
    }
  /* Two unmeasured first, then forward to the last case and back. */
  ok = ok && switch_once (f, chair, projection, "chair.next", g_array_index (item_ids, gint64, 1), 1, &s, FALSE);
  ok = ok && switch_once (f, chair, projection, "chair.previous", g_array_index (item_ids, gint64, 0), 0, &s, FALSE);
  tally_clear (&s.in_action);
  tally_clear (&s.afterwards);
  tally_init (&s.in_action);
  tally_init (&s.afterwards);
  g_print ("chair's window 1280×800 and projection window 1280×720 (\"In a Window\") on screen;"
           " \"chair.next\" (Alt+→) from case 1 to %u, then \"chair.previous\" (Alt+←) back,"
           " %d ms apart; each timed to the frame in which both windows have painted:\n",
           item_ids->len, SETTLE_MS);
  for (guint i = 1; ok && i < item_ids->len; i++)
    ok = switch_once (f, chair, projection, "chair.next", g_array_index (item_ids, gint64, i), (int) i, &s, TRUE);
  for (int i = (int) item_ids->len - 2; ok && i >= 0; i--)
    ok = switch_once (f, chair, projection, "chair.previous", g_array_index (item_ids, gint64, i), i, &s, TRUE);
  if (!ok)
    goto out;

  n = s.total->len;
  t = stats_of (s.total);
  a = stats_of (s.action);
  st = stats_of (s.store);
  p = stats_of (s.paint);
  c = stats_of (s.chair);
  pr = stats_of (s.projection);
  af = stats_of (s.after);
  in_action = tally_describe (&s.in_action, n);
  afterwards = tally_describe (&s.afterwards, n);
  g_print ("%u switches; key → both windows painted: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms\n",
           n, t.median, t.p90, t.min, t.max);
  g_print ("  the action (go_to): median %.1f ms, p90 %.1f ms; of it the store median %.1f ms, p90 %.1f ms\n"
           "    store calls per switch: %s\n",
           a.median, a.p90, st.median, st.p90, in_action);
  g_print ("  action done → both painted: median %.1f ms, p90 %.1f ms"
           " (chair's window %.1f ms, projection %.1f ms: medians)\n"
           "    their frames, medians: the chair's begins after %.1f ms, layout %.1f ms, paint %.1f ms;"
           " the projection's begins after %.1f ms, layout %.1f ms, paint %.1f ms\n",
           p.median, p.p90, c.median, pr.median,
           stats_of (s.chair_wait).median, stats_of (s.chair_layout).median, stats_of (s.chair_render).median,
           stats_of (s.projection_wait).median, stats_of (s.projection_layout).median,
           stats_of (s.projection_render).median);
  g_print ("  after the paint, before the next key: the store median %.1f ms per switch (%s);"
           " %.2f more frames of the chair's window and %.2f of the projection per switch\n",
           af.median, afterwards, (double) s.extra_chair / n, (double) s.extra_projection / n);
  add_stats ("meeting_next_case", &t, "ms");
  add_stats ("meeting_next_case_action", &a, "ms");
  add_stats ("meeting_next_case_store", &st, "ms");
  add_stats ("meeting_next_case_paint", &p, "ms");
  add_result ("meeting_next_case_after_store_median", af.median, "ms");
  add_result ("meeting_next_case_extra_projection_frames", (double) s.extra_projection / n, "frames");
  detail = g_strdup_printf ("median %.1f ms, p90 %.1f ms (action %.1f, of it store %.1f; paint %.1f) from Alt+→/← to"
                            " both windows painted, 100,000 cases (target ≤ %.1f ms)",
                            t.median, t.p90, a.median, st.median, p.median, TARGET_SWITCH_MS);
  add_verdict ("meeting_next_case", t.median <= TARGET_SWITCH_MS, detail);

out:
  tally = NULL;
  watch_detach (&f->projection);
  watch_detach (&f->chair);
  gtk_window_destroy (GTK_WINDOW (chair));   /* and the projection with it */
  frames_pause (f, SETTLE_MS);
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    g_array_unref (*arrays[i]);
  tally_clear (&s.in_action);
  tally_clear (&s.afterwards);
  return ok;
}

/* ------------------------------------------------------------------------
 * Entry point
 * ------------------------------------------------------------------------ */

gboolean
measure_meetings (const char *db)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APP_ID, backend);
  g_autoptr(GArray) item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  SvSqliteStore *store;
  Frames f = { 0 };
  gint64 meeting_id, vht_id = 0, it_id = 0;
  gboolean ok;
  int removed = 0;

  heading ("Meetings: the meeting measured");
  if (!gtk_init_check ())
    {
      g_printerr ("No display: cannot measure the meetings (run under Xvfb).\n");
      return FALSE;
    }
  adw_init ();
  if (!remove_bench_meetings (db, &removed))
    return FALSE;
  if (removed > 0)
    g_print ("(removed %d meeting(s) an interrupted run left in room %s)\n", removed, BENCH_ROOM);
  store = sv_sqlite_store_open (db, SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", db, error->message);
      return FALSE;
    }
  meeting_id = create_meeting (SV_STORE (store), "LEJO", 9 * 60, 0, item_ids);
  ok = meeting_id != 0;
  /* Beside it in the room, the kinds whose standing items come from the
   * facts of the open cases, with other cases on their agendas. */
  if (ok)
    {
      g_autoptr(GArray) other_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      vht_id = create_meeting (SV_STORE (store), "VHT", 11 * 60 + 15, 1, other_ids);
      g_array_set_size (other_ids, 0);
      it_id = vht_id != 0 ? create_meeting (SV_STORE (store), "IT", 13 * 60 + 30, 2, other_ids) : 0;
      ok = it_id != 0;
    }

  f.loop = g_main_loop_new (NULL, FALSE);
  store_shims (SV_STORE (store), TRUE);
  ok = ok && measure_open (&f, SV_STORE (store), settings, meeting_id);
  ok = ok && measure_open_page_of_kind (&f, SV_STORE (store), settings, vht_id, "VHT", "vht");
  ok = ok && measure_open_page_of_kind (&f, SV_STORE (store), settings, it_id, "IT", "it");
  ok = ok && measure_switch (&f, SV_STORE (store), settings, meeting_id, item_ids);
  store_shims (SV_STORE (store), FALSE);
  g_main_loop_unref (f.loop);

  g_object_unref (store);
  if (!remove_bench_meetings (db, &removed))
    return FALSE;
  return ok;
}
