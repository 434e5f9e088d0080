/* test-exchange.c: the JSON exchange format — round trip, refusals that
 * write nothing, shared records, renumbering, older versions, and the
 * shipped examples. */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-exchange.h"
#include "sv-test-util.h"

typedef struct {
  char          *dir;
  SvSqliteStore *source;  /* rich data, made by make_rich_data() */
  SvSqliteStore *target;  /* empty */
} Fixture;

typedef struct {
  gint64 case_a, case_b, case_c;
  char  *big_text;
} RichData;

static RichData rich;

/* ------------------------------------------------------------------------
 * Building data through the store
 * ------------------------------------------------------------------------ */

static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static gint64
add_household (SvStore    *store,
               const char *name,
               const char *note)
{
  g_autoptr(SvHousehold) h = sv_household_new ();
  g_autoptr(GError) error = NULL;

  set_text (&h->name, name);
  set_text (&h->note, note);
  g_assert_true (sv_store_save_household (store, h, &error));
  g_assert_no_error (error);
  return h->id;
}

static void
add_member (SvStore      *store,
            gint64        household_id,
            const char   *given,
            const char   *family,
            const char   *birth,
            SvMemberRole  role,
            const char   *note)
{
  g_autoptr(SvMember) m = sv_member_new ();
  g_autoptr(GError) error = NULL;

  m->household_id = household_id;
  set_text (&m->given_names, given);
  set_text (&m->family_name, family);
  if (birth != NULL)
    g_assert_true (sv_date_from_iso (birth, &m->birth_date));
  m->role = role;
  set_text (&m->note, note);
  g_assert_true (sv_store_save_member (store, m, &error));
  g_assert_no_error (error);
}

static void
add_network (SvStore    *store,
             gint64      household_id,
             const char *name,
             const char *relation,
             const char *contact)
{
  g_autoptr(SvNetworkMember) n = sv_network_member_new ();
  g_autoptr(GError) error = NULL;

  n->household_id = household_id;
  set_text (&n->name, name);
  set_text (&n->relation, relation);
  set_text (&n->contact, contact);
  set_text (&n->note, "Bereikbaar na 17:00");
  g_assert_true (sv_store_save_network_member (store, n, &error));
  g_assert_no_error (error);
}

static gint64
add_case (SvStore        *store,
          gint64          household_id,
          SvReportSource  source,
          const char     *received,
          const char     *reason)
{
  g_autoptr(SvCase) c = sv_case_new ();
  g_autoptr(GError) error = NULL;

  c->household_id = household_id;
  c->source = source;
  c->report_kind = sv_report_kind_for_source (source);
  set_text (&c->source_detail, "Huisartsenpraktijk “De Linde”");
  g_assert_true (sv_date_from_iso (received, &c->received));
  set_text (&c->reason, reason);
  g_assert_true (sv_store_save_case (store, c, &error));
  g_assert_no_error (error);
  return c->id;
}

static SvProfessional *
add_professional (SvStore    *store,
                  const char *name,
                  const char *organisation,
                  const char *function)
{
  SvProfessional *p = sv_professional_new ();
  g_autoptr(GError) error = NULL;

  set_text (&p->name, name);
  set_text (&p->organisation_name, organisation);
  set_text (&p->function, function);
  set_text (&p->email, "w.agent@example.org");
  set_text (&p->phone, "+31 6 0000 0000");
  g_assert_true (sv_store_save_professional (store, p, &error));
  g_assert_no_error (error);
  return p;
}

static void
add_role (SvStore        *store,
          gint64          case_id,
          SvProfessional *p,
          SvCaseRoleKind  kind,
          const char     *note)
{
  g_autoptr(SvCaseRole) role = sv_case_role_new ();
  g_autoptr(GError) error = NULL;

  role->case_id = case_id;
  role->role = kind;
  set_text (&role->note, note);
  role->professional = sv_professional_copy (p);
  g_assert_true (sv_store_save_case_role (store, role, &error));
  g_assert_no_error (error);
}

static gint64
add_entry (SvStore    *store,
           gint64      case_id,
           const char *date,
           const char *text,
           gint64      corrects)
{
  g_autoptr(SvJournalEntry) e = sv_journal_entry_new ();
  g_autoptr(GError) error = NULL;

  e->case_id = case_id;
  g_assert_true (sv_date_from_iso (date, &e->date));
  set_text (&e->author, "Inge Inbrenger-Ødegård");
  set_text (&e->text, text);
  e->corrects_id = corrects;
  g_assert_true (sv_store_add_journal_entry (store, e, &error));
  g_assert_no_error (error);
  return e->id;
}

static void
save_consent (SvStore            *store,
              gint64              case_id,
              SvConsentStatus     status,
              const char         *date,
              SvConsentException  exception)
{
  g_autoptr(SvConsent) k = sv_store_get_consent (store, case_id, NULL);
  g_autoptr(GError) error = NULL;

  k->status = status;
  if (date != NULL)
    g_assert_true (sv_date_from_iso (date, &k->date));
  set_text (&k->given_by, "Sara O'Neill-\"Sally\"");
  set_text (&k->scope, "LEJO, school en huisarts");
  k->exception = exception;
  set_text (&k->note, "Mondeling toegelicht; תודה");
  g_assert_true (sv_store_save_consent (store, k, &error));
  g_assert_no_error (error);
}

static void
mark_done (SvStore    *store,
           gint64      case_id,
           const char *rule_id,
           const char *date)
{
  g_autoptr(GError) error = NULL;
  GDate on;

  g_assert_true (sv_date_from_iso (date, &on));
  g_assert_true (sv_store_set_deadline_done (store, case_id, rule_id, &on, &error));
  g_assert_no_error (error);
}

/* Case A: every fact set, none at its default (a time before 10:00, so
 * that "HH:MM" keeps its leading zero). Case B: a few. Case C: none. */
static void
save_facts (SvStore *store)
{
  g_autoptr(SvCaseFacts) a = sv_store_get_case_facts (store, rich.case_a, NULL);
  g_autoptr(SvCaseFacts) b = sv_store_get_case_facts (store, rich.case_b, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sv_date_from_iso ("2027-01-24", &a->order_end));
  a->order_kind = SV_ORDER_KIND_VOOGDIJ;
  a->care_after_18_arranged = TRUE;
  g_assert_true (sv_date_from_iso ("2026-11-12", &a->vht_consultation));
  g_assert_true (sv_date_from_iso ("2026-11-25", &a->ig_date));
  a->ig_minutes = 9 * 60 + 5;
  g_assert_true (sv_date_from_iso ("2026-10-20", &a->it_first_discussion));
  g_assert_true (sv_date_from_iso ("2026-09-01", &a->traject_v_start));
  g_assert_true (sv_date_from_iso ("2026-11-16", &a->vt_received));
  g_assert_true (sv_date_from_iso ("2026-11-18", &a->vt_handover));
  a->vt_handover_kind = SV_HANDOVER_AFTER_INVESTIGATION;
  a->vt_handover_acute = TRUE;
  g_assert_true (sv_date_from_iso ("2026-11-17", &a->huisverbod_start));
  a->huisverbod_extended = TRUE;
  g_assert_true (sv_date_from_iso ("2026-11-22", &a->last_incident));
  g_assert_true (sv_store_save_case_facts (store, a, &error));
  g_assert_no_error (error);

  g_assert_true (sv_date_from_iso ("2026-06-01", &b->huisverbod_start));
  b->ig_minutes = 0;
  g_assert_true (sv_store_save_case_facts (store, b, &error));
  g_assert_no_error (error);

  /* Marked in another order than the rules': export sorts them. */
  mark_done (store, rich.case_a, "ots-step-2", "2026-11-06");
  mark_done (store, rich.case_a, "ots-step-1", "2026-10-30");
  mark_done (store, rich.case_a, "stabiel-veilig-vanaf", "2026-11-22");
  mark_done (store, rich.case_b, "thv-einde", "2026-06-10");
}

/* Three cases, two sharing a household; a professional with two roles on
 * one case and one on another; a journal with a 20,000-character entry and
 * a correction dated before the entry it corrects; facts and deadlines
 * done (save_facts()). */
static void
add_agreement (SvStore    *store,
               gint64      case_id,
               const char *who,
               const char *what,
               const char *due,
               const char *monitoring,
               gboolean    done)
{
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  g_autoptr(GError) error = NULL;

  a->case_id = case_id;
  set_text (&a->who, who);
  set_text (&a->what, what);
  if (due != NULL)
    g_assert_true (sv_date_from_iso (due, &a->due));
  set_text (&a->monitoring, monitoring);
  a->done = done;
  g_assert_true (sv_store_save_agreement (store, a, &error));
  g_assert_no_error (error);
}

static void
move (SvStore       *store,
      gint64         case_id,
      SvTrajectStep  from,
      SvTrajectStep  to,
      const char    *on,
      const char    *who)
{
  g_autoptr(GError) error = NULL;
  GDate day;

  g_assert_true (sv_date_from_iso (on, &day));
  g_assert_true (sv_store_move_traject (store, case_id, from, to, &day, who, &error));
  g_assert_no_error (error);
}

/* Case B went the Interventieteam's path to Traject II; case A has only
 * its record (Traject IV hours, a checklist item); case C was never
 * touched. */
static void
make_traject (SvStore        *store,
              SvProfessional *worker)
{
  g_autoptr(SvTraject) b = NULL;
  g_autoptr(SvTraject) a = NULL;
  g_autoptr(GError) error = NULL;

  add_role (store, rich.case_b, worker, SV_CASE_ROLE_IT_MEDEWERKER, "");
  move (store, rich.case_b, SV_TRAJECT_STEP_ONTVANGEN, SV_TRAJECT_STEP_TRIAGE, "2026-06-03", "Regisseur “Jeugd” 🧭");
  move (store, rich.case_b, SV_TRAJECT_STEP_TRIAGE, SV_TRAJECT_STEP_EERSTE_BESPREKING, "2026-06-05", "Interventieteam");
  move (store, rich.case_b, SV_TRAJECT_STEP_EERSTE_BESPREKING, SV_TRAJECT_STEP_ONDERZOEK, "2026-06-05", "Interventieteam");
  move (store, rich.case_b, SV_TRAJECT_STEP_ONDERZOEK, SV_TRAJECT_STEP_ADVIES, "2026-07-14", "Lotte");
  b = sv_store_get_traject (store, rich.case_b, NULL);
  b->adviesverslag = TRUE;
  b->zorgjournaal = TRUE;
  g_assert_true (sv_store_save_traject (store, b, &error));
  g_assert_no_error (error);
  move (store, rich.case_b, SV_TRAJECT_STEP_ADVIES, SV_TRAJECT_STEP_TRAJECT_II, "2026-07-20", "Interventieteam");

  a = sv_store_get_traject (store, rich.case_a, NULL);
  a->iv_minutes = 95;
  a->gespreksverslagen = TRUE;
  g_assert_true (sv_store_save_traject (store, a, &error));
  g_assert_no_error (error);
}

static void
make_rich_data (SvStore *store)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(SvProfessional) agent = NULL;
  g_autoptr(SvProfessional) worker = NULL;
  g_autoptr(SvCase) closed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 h1, h2, first;

  h1 = add_household (store, "Gezin \"O'Neill\" 🏠 עִבְרִית مرحبا", "Let op: 'tolk' nodig\nTweede regel");
  add_member (store, h1, "Sara", "O'Neill", "1988-04-29", SV_MEMBER_ROLE_OUDER_VERZORGER, "");
  add_member (store, h1, "مريم", "الفاسي", "1990-01-31", SV_MEMBER_ROLE_OUDER_VERZORGER, "RTL-naam");
  add_member (store, h1, "Zoë 😀", "O'Neill", "2019-02-28", SV_MEMBER_ROLE_JEUGDIGE, "Groep 4");
  add_member (store, h1, "Noël", "", NULL, SV_MEMBER_ROLE_OVERIG, "Geboortedatum onbekend");
  add_network (store, h1, "Oma \"Jo\" O'Neill", "oma (vaderskant)", "06-00000000");
  add_network (store, h1, "Buurvrouw Ümit", "buurvrouw", "");
  h2 = add_household (store, "Gezin Testman", "");
  add_member (store, h2, "Piet", "Testman", "1975-12-01", SV_MEMBER_ROLE_OUDER_VERZORGER, "");

  rich.case_a = add_case (store, h1, SV_REPORT_SOURCE_HUISARTS, "2026-09-14",
                          "Zorgen om \"veiligheid\" thuis 😟 — 'ruzie'");
  rich.case_b = add_case (store, h1, SV_REPORT_SOURCE_VEILIG_THUIS, "2026-06-02", "Zorgmelding na huisverbod");
  rich.case_c = add_case (store, h2, SV_REPORT_SOURCE_BETROKKENE, "2026-10-30", "Vraagt zelf om hulp");

  closed = sv_store_get_case (store, rich.case_b, NULL);
  closed->status = SV_CASE_STATUS_GESLOTEN;
  g_assert_true (sv_date_from_iso ("2026-11-02", &closed->closed_on));
  set_text (&closed->closing_note, "Afgeschaald naar het voorliggend veld (Traject II).");
  g_assert_true (sv_store_save_case (store, closed, &error));
  g_assert_no_error (error);

  save_consent (store, rich.case_a, SV_CONSENT_STATUS_GEGEVEN, "2026-09-20", SV_CONSENT_EXCEPTION_GEEN);
  save_consent (store, rich.case_b, SV_CONSENT_STATUS_GEWEIGERD, "2026-06-05",
                SV_CONSENT_EXCEPTION_DIRECTE_ONVEILIGHEID);

  agent = add_professional (store, "Wijkagent W. Agent", "Politie", "wijkagent");
  worker = add_professional (store, "Lotte Lindenhout-Ünal", "Stichting Ünïcode 🧪", "gezinsmedewerker");
  add_role (store, rich.case_a, agent, SV_CASE_ROLE_INBRENGER, "Brengt in bij het VHT");
  add_role (store, rich.case_a, agent, SV_CASE_ROLE_CASUSREGISSEUR, "");
  add_role (store, rich.case_a, worker, SV_CASE_ROLE_OVERIG, "Ambulant");
  add_role (store, rich.case_b, agent, SV_CASE_ROLE_PROCESREGISSEUR, "");

  for (guint i = 0; i < 20000; i++)
    g_string_append_unichar (big, i % 100 == 99 ? '\n' : (i % 7 == 0 ? 0x1F600 + i % 50 : (i % 11 == 0 ? '"' : 'a' + i % 26)));
  rich.big_text = g_strdup (big->str);

  first = add_entry (store, rich.case_a, "2026-09-15", "Huisbezoek: vader was niet thuis.", 0);
  add_entry (store, rich.case_a, "2026-09-16", rich.big_text, 0);
  add_entry (store, rich.case_a, "2026-09-14", "Correctie: vader was wel thuis, moeder niet.", first);
  add_entry (store, rich.case_b, "2026-06-03", "Veiligheidsbeoordeling door VT ontvangen.", 0);
  save_facts (store);
  add_agreement (store, rich.case_a, "Jeugdconsulent \"Sanne\" 🧑‍💼", "Plant een netwerkberaad met 'oma Jo'",
                 "2026-12-03", "Terug in het LEJO", FALSE);
  add_agreement (store, rich.case_a, "Politie", "Huisbezoek", NULL, "", TRUE);
  make_traject (store, worker);
}

/* ------------------------------------------------------------------------
 * Fixture and helpers
 * ------------------------------------------------------------------------ */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->source = sv_test_open_store (f->dir, "source.db");
  f->target = sv_test_open_store (f->dir, "target.db");
  make_rich_data (SV_STORE (f->source));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->source);
  g_clear_object (&f->target);
  g_clear_pointer (&rich.big_text, g_free);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static int
raw_int (SvSqliteStore *store,
         const char    *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (sv_sqlite_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* A statement run through a connection of its own; the result code. */
static int
raw_exec_status (SvSqliteStore *store,
                 const char    *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (sv_sqlite_store_get_path (store), &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 3000);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return rc;
}

/* Every row of every table that an import writes, as one string. */
static char *
row_counts (SvSqliteStore *store)
{
  static const char *tables[] = {
    "cases", "households", "members", "network_members", "consents", "organisations",
    "professionals", "case_professionals", "journal_entries", "case_numbers", "case_facts",
    "deadlines_done", "agreements", "case_traject", "traject_moves", "safety_cards", "safety_card_texts",
    "safety_card_scores", "safety_card_conditions", "safety_card_recipients", "safety_card_versions",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_string_append_printf (out, "%s=%d ", tables[i], raw_int (store, sql));
    }
  return g_string_free (out, FALSE);
}

static char *
export_all (SvSqliteStore *store)
{
  g_autoptr(GError) error = NULL;
  char *data = sv_exchange_export_to_data (SV_STORE (store), NULL, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static SvImportResult *
import_ok (SvSqliteStore *store,
           const char    *data)
{
  g_autoptr(GError) error = NULL;
  SvImportResult *result = sv_exchange_import_data (SV_STORE (store), data, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* The document without its "exported" line, which is the only part that
 * may differ between two exports of the same data. */
static char *
without_exported (const char *data)
{
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  GString *out = g_string_new (NULL);
  guint n_dropped = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "  \"exported\" : \""))
      n_dropped++;
    else
      g_string_append_printf (out, "%s\n", lines[i]);
  g_assert_cmpuint (n_dropped, ==, 1);
  return g_string_free (out, FALSE);
}

static JsonNode *
parse (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, data, -1, &error));
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static char *
generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static JsonObject *
case_object (JsonNode *root,
             guint     index)
{
  JsonArray *cases = json_object_get_array_member (json_node_get_object (root), "cases");

  return json_array_get_object_element (cases, index);
}

static JsonObject *
object_at (JsonObject *object,
           const char *member,
           int         index)
{
  if (index < 0)
    return json_object_get_object_member (object, member);
  return json_array_get_object_element (json_object_get_array_member (object, member), (guint) index);
}

static void
assert_dates_equal (const GDate *a,
                    const GDate *b)
{
  g_autofree char *ia = sv_date_to_iso (a);
  g_autofree char *ib = sv_date_to_iso (b);

  g_assert_cmpstr (ia, ==, ib);
}

static void
assert_times_equal (GDateTime *a,
                    GDateTime *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (g_date_time_equal (a, b));
}

/* ------------------------------------------------------------------------
 * Field-by-field comparison of two stores
 * ------------------------------------------------------------------------ */

static void
compare_households (SvStore *sa,
                    SvStore *sb,
                    gint64   ida,
                    gint64   idb)
{
  g_autoptr(SvHousehold) a = sv_store_get_household (sa, ida, NULL);
  g_autoptr(SvHousehold) b = sv_store_get_household (sb, idb, NULL);
  g_autoptr(GPtrArray) ma = sv_store_list_members (sa, ida, NULL);
  g_autoptr(GPtrArray) mb = sv_store_list_members (sb, idb, NULL);
  g_autoptr(GPtrArray) na = sv_store_list_network (sa, ida, NULL);
  g_autoptr(GPtrArray) nb = sv_store_list_network (sb, idb, NULL);

  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_cmpuint (ma->len, ==, mb->len);
  for (guint i = 0; i < ma->len; i++)
    {
      SvMember *x = ma->pdata[i], *y = mb->pdata[i];

      g_assert_cmpstr (x->given_names, ==, y->given_names);
      g_assert_cmpstr (x->family_name, ==, y->family_name);
      assert_dates_equal (&x->birth_date, &y->birth_date);
      g_assert_cmpint (x->role, ==, y->role);
      g_assert_cmpstr (x->note, ==, y->note);
    }
  g_assert_cmpuint (na->len, ==, nb->len);
  for (guint i = 0; i < na->len; i++)
    {
      SvNetworkMember *x = na->pdata[i], *y = nb->pdata[i];

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->relation, ==, y->relation);
      g_assert_cmpstr (x->contact, ==, y->contact);
      g_assert_cmpstr (x->note, ==, y->note);
    }
}

static void
compare_facts (SvStore *sa,
               SvStore *sb,
               gint64   ida,
               gint64   idb)
{
  g_autoptr(SvCaseFacts) a = sv_store_get_case_facts (sa, ida, NULL);
  g_autoptr(SvCaseFacts) b = sv_store_get_case_facts (sb, idb, NULL);
  g_autoptr(GHashTable) da = sv_store_list_deadlines_done (sa, ida, NULL);
  g_autoptr(GHashTable) db = sv_store_list_deadlines_done (sb, idb, NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpint (b->case_id, ==, idb);
  assert_dates_equal (&a->order_end, &b->order_end);
  g_assert_cmpint (a->order_kind, ==, b->order_kind);
  g_assert_cmpint (a->care_after_18_arranged, ==, b->care_after_18_arranged);
  assert_dates_equal (&a->vht_consultation, &b->vht_consultation);
  assert_dates_equal (&a->ig_date, &b->ig_date);
  g_assert_cmpint (a->ig_minutes, ==, b->ig_minutes);
  assert_dates_equal (&a->it_first_discussion, &b->it_first_discussion);
  assert_dates_equal (&a->traject_v_start, &b->traject_v_start);
  assert_dates_equal (&a->vt_received, &b->vt_received);
  assert_dates_equal (&a->vt_handover, &b->vt_handover);
  g_assert_cmpint (a->vt_handover_kind, ==, b->vt_handover_kind);
  g_assert_cmpint (a->vt_handover_acute, ==, b->vt_handover_acute);
  assert_dates_equal (&a->huisverbod_start, &b->huisverbod_start);
  g_assert_cmpint (a->huisverbod_extended, ==, b->huisverbod_extended);
  assert_dates_equal (&a->last_incident, &b->last_incident);

  g_assert_cmpuint (g_hash_table_size (da), ==, g_hash_table_size (db));
  g_hash_table_iter_init (&iter, da);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const GDate *other = g_hash_table_lookup (db, key);

      g_assert_nonnull (other);
      assert_dates_equal (value, other);
    }
}

static void
compare_traject (SvStore *sa,
                 SvStore *sb,
                 gint64   ida,
                 gint64   idb)
{
  g_autoptr(SvTraject) a = sv_store_get_traject (sa, ida, NULL);
  g_autoptr(SvTraject) b = sv_store_get_traject (sb, idb, NULL);
  g_autoptr(GPtrArray) ma = sv_store_list_traject_moves (sa, ida, NULL);
  g_autoptr(GPtrArray) mb = sv_store_list_traject_moves (sb, idb, NULL);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a->step, ==, b->step);
  g_assert_cmpstr (a->unknown_step, ==, b->unknown_step);
  assert_dates_equal (&a->since, &b->since);
  g_assert_cmpint (a->adviesverslag, ==, b->adviesverslag);
  g_assert_cmpuint (a->iv_minutes, ==, b->iv_minutes);
  g_assert_cmpint (a->gespreksverslagen, ==, b->gespreksverslagen);
  g_assert_cmpint (a->zorgjournaal, ==, b->zorgjournaal);
  g_assert_cmpint (a->plan_goedgekeurd, ==, b->plan_goedgekeurd);
  g_assert_cmpint (a->passed_iv, ==, b->passed_iv);
  g_assert_cmpuint (ma->len, ==, mb->len);
  for (guint i = 0; i < ma->len; i++)
    {
      SvTrajectMove *x = ma->pdata[i], *y = mb->pdata[i];

      g_assert_cmpint (y->case_id, ==, idb);
      g_assert_cmpstr (x->from_step, ==, y->from_step);
      g_assert_cmpstr (x->to_step, ==, y->to_step);
      assert_dates_equal (&x->on, &y->on);
      assert_times_equal (x->at, y->at);
      g_assert_cmpstr (x->who, ==, y->who);
    }
}

static const char *
entry_uid (GPtrArray *journal,
           gint64     id)
{
  for (guint i = 0; i < journal->len; i++)
    if (((SvJournalEntry *) journal->pdata[i])->id == id)
      return ((SvJournalEntry *) journal->pdata[i])->uid;
  return NULL;
}

static void
compare_case (SvStore *sa,
              SvStore *sb,
              gint64   ida)
{
  g_autoptr(SvCase) a = sv_store_get_case (sa, ida, NULL);
  g_autoptr(SvCase) b = NULL;
  g_autoptr(SvConsent) ka = NULL;
  g_autoptr(SvConsent) kb = NULL;
  g_autoptr(GPtrArray) ra = NULL;
  g_autoptr(GPtrArray) rb = NULL;
  g_autoptr(GPtrArray) ja = NULL;
  g_autoptr(GPtrArray) jb = NULL;
  gint64 idb = sv_store_find_by_uid (sb, SV_RECORD_CASE, a->uid, NULL);

  g_assert_cmpint (idb, >, 0);
  b = sv_store_get_case (sb, idb, NULL);
  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpstr (a->number, ==, b->number);
  g_assert_cmpint (a->report_kind, ==, b->report_kind);
  g_assert_cmpint (a->source, ==, b->source);
  g_assert_cmpstr (a->source_detail, ==, b->source_detail);
  assert_dates_equal (&a->received, &b->received);
  g_assert_cmpstr (a->reason, ==, b->reason);
  g_assert_cmpint (a->status, ==, b->status);
  assert_dates_equal (&a->closed_on, &b->closed_on);
  g_assert_cmpstr (a->closing_note, ==, b->closing_note);
  assert_times_equal (a->created_at, b->created_at);
  assert_times_equal (a->updated_at, b->updated_at);
  compare_households (sa, sb, a->household_id, b->household_id);

  ka = sv_store_get_consent (sa, a->id, NULL);
  kb = sv_store_get_consent (sb, b->id, NULL);
  g_assert_cmpint (ka->status, ==, kb->status);
  assert_dates_equal (&ka->date, &kb->date);
  g_assert_cmpstr (ka->given_by, ==, kb->given_by);
  g_assert_cmpstr (ka->scope, ==, kb->scope);
  g_assert_cmpint (ka->exception, ==, kb->exception);
  g_assert_cmpstr (ka->note, ==, kb->note);

  compare_facts (sa, sb, a->id, b->id);

  ra = sv_store_list_case_roles (sa, a->id, NULL);
  rb = sv_store_list_case_roles (sb, b->id, NULL);
  g_assert_cmpuint (ra->len, ==, rb->len);
  for (guint i = 0; i < ra->len; i++)
    {
      SvCaseRole *x = ra->pdata[i], *y = rb->pdata[i];

      g_assert_cmpint (x->role, ==, y->role);
      g_assert_cmpstr (x->note, ==, y->note);
      g_assert_cmpstr (x->professional->uid, ==, y->professional->uid);
      g_assert_cmpstr (x->professional->name, ==, y->professional->name);
      g_assert_cmpstr (x->professional->organisation_name, ==, y->professional->organisation_name);
      g_assert_cmpstr (x->professional->function, ==, y->professional->function);
      g_assert_cmpstr (x->professional->email, ==, y->professional->email);
      g_assert_cmpstr (x->professional->phone, ==, y->professional->phone);
    }

  ja = sv_store_list_journal (sa, a->id, NULL);
  jb = sv_store_list_journal (sb, b->id, NULL);
  g_assert_cmpuint (ja->len, ==, jb->len);
  for (guint i = 0; i < ja->len; i++)
    {
      SvJournalEntry *x = ja->pdata[i], *y = jb->pdata[i];

      g_assert_cmpstr (x->uid, ==, y->uid);
      assert_dates_equal (&x->date, &y->date);
      g_assert_cmpstr (x->author, ==, y->author);
      g_assert_cmpstr (x->text, ==, y->text);
      assert_times_equal (x->created_at, y->created_at);
      g_assert_cmpstr (entry_uid (ja, x->corrects_id), ==, entry_uid (jb, y->corrects_id));
      g_assert_cmpstr (entry_uid (ja, x->corrected_by_id), ==, entry_uid (jb, y->corrected_by_id));
    }

  compare_traject (sa, sb, a->id, b->id);
}

/* ------------------------------------------------------------------------
 * Tests: export and round trip
 * ------------------------------------------------------------------------ */

static void
test_document_shape (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(JsonNode) root = parse (text);
  JsonObject *doc = json_node_get_object (root);
  JsonObject *a, *b, *household, *consent, *facts, *traject;
  JsonArray *journal, *done;
  g_autoptr(GList) keys = NULL;
  g_autoptr(GList) fact_keys = NULL;
  g_autoptr(GList) traject_key_list = NULL;
  static const char *traject_keys[] = {
    "step", "adviesverslag", "iv_minutes", "gespreksverslagen", "zorgjournaal", "plan_goedgekeurd", "log",
  };
  g_autoptr(GDateTime) exported = NULL;
  static const char *case_keys[] = {
    "uid", "number", "report", "reason", "status", "closed_on", "closing_note", "created",
    "updated", "household", "consent", "facts", "deadlines_done", "professionals", "journal",
    "agreements", "traject", "veiligheidskaart",
  };
  static const char *facts_keys[] = {
    "order_end", "order_kind", "care_after_18_arranged", "vht_consultation", "ig_date", "ig_time",
    "it_first_discussion", "traject_v_start", "vt_received", "vt_handover", "vt_handover_kind",
    "vt_handover_acute", "huisverbod_start", "huisverbod_extended", "last_incident",
  };
  guint i = 0;

  g_assert_true (g_str_has_prefix (text, "{\n  \"format\" : \"samenveilig-cases\",\n  \"version\" : 5,\n"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* Written as UTF-8, not as \u escapes. */
  g_assert_nonnull (strstr (text, "Zoë 😀"));
  g_assert_cmpint (json_object_get_int_member (doc, "version"), ==, 5);
  exported = sv_datetime_from_iso (json_object_get_string_member (doc, "exported"));
  g_assert_nonnull (exported);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (doc, "exported"), "Z"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "cases")), ==, 3);

  /* Oldest report first: B (June), A (September), C (October). */
  b = case_object (root, 0);
  a = case_object (root, 1);
  g_assert_cmpstr (json_object_get_string_member (b, "reason"), ==, "Zorgmelding na huisverbod");
  g_assert_cmpstr (json_object_get_string_member (a, "number"), ==, "2026-0001");

  keys = json_object_get_members (a);
  for (GList *l = keys; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, case_keys[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (case_keys));

  g_assert_cmpstr (json_object_get_string_member (object_at (a, "report", -1), "kind"), ==, "zorgelijke-melding");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "report", -1), "source"), ==, "huisarts");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "report", -1), "received"), ==, "2026-09-14");
  g_assert_true (json_object_get_null_member (a, "closed_on"));
  g_assert_cmpstr (json_object_get_string_member (b, "status"), ==, "gesloten");
  g_assert_cmpstr (json_object_get_string_member (b, "closed_on"), ==, "2026-11-02");

  household = object_at (a, "household", -1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (household, "members")), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (object_at (household, "members", 0), "role"), ==, "ouder-verzorger");
  /* Parents and others first, then youths: Noël's unknown date is null. */
  g_assert_true (json_object_get_null_member (object_at (household, "members", 2), "birth_date"));
  g_assert_cmpstr (json_object_get_string_member (object_at (household, "members", 3), "given_names"), ==, "Zoë 😀");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (household, "network")), ==, 2);

  consent = object_at (b, "consent", -1);
  g_assert_cmpstr (json_object_get_string_member (consent, "status"), ==, "geweigerd");
  g_assert_cmpstr (json_object_get_string_member (consent, "exception"), ==, "directe-onveiligheid");
  g_assert_cmpstr (json_object_get_string_member (object_at (case_object (root, 2), "consent", -1), "status"), ==, "onbekend");
  g_assert_true (json_object_get_null_member (object_at (case_object (root, 2), "consent", -1), "date"));

  /* The professional with two roles appears twice, with the same uid. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (a, "professionals")), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "professionals", 0), "uid"), ==,
                   json_object_get_string_member (object_at (a, "professionals", 1), "uid"));
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "professionals", 0), "role"), ==, "inbrenger");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "professionals", 1), "role"), ==, "casusregisseur");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "professionals", 0), "organisation"), ==, "Politie");

  /* Writing order: the correction (dated before the entry it corrects)
   * comes after it and names its uid. */
  journal = json_object_get_array_member (a, "journal");
  g_assert_cmpuint (json_array_get_length (journal), ==, 3);
  g_assert_true (json_object_get_null_member (object_at (a, "journal", 0), "corrects"));
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "journal", 2), "corrects"), ==,
                   json_object_get_string_member (object_at (a, "journal", 0), "uid"));
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "journal", 1), "text"), ==, rich.big_text);
  g_assert_cmpint (g_utf8_strlen (json_object_get_string_member (object_at (a, "journal", 1), "text"), -1), ==, 20000);

  /* Facts: every key in order; dates ISO, the time "HH:MM", kinds as
   * nicks, booleans as true/false, unknown as null. */
  facts = object_at (a, "facts", -1);
  i = 0;
  fact_keys = json_object_get_members (facts);
  for (GList *l = fact_keys; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, facts_keys[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (facts_keys));
  g_assert_cmpstr (json_object_get_string_member (facts, "order_end"), ==, "2027-01-24");
  g_assert_cmpstr (json_object_get_string_member (facts, "order_kind"), ==, "voogdij");
  g_assert_true (json_object_get_boolean_member (facts, "care_after_18_arranged"));
  g_assert_cmpstr (json_object_get_string_member (facts, "ig_time"), ==, "09:05");
  g_assert_cmpstr (json_object_get_string_member (facts, "vt_handover_kind"), ==, "na-onderzoek");
  g_assert_true (json_object_get_boolean_member (facts, "huisverbod_extended"));
  facts = object_at (b, "facts", -1);
  g_assert_cmpstr (json_object_get_string_member (facts, "ig_time"), ==, "00:00");
  g_assert_true (json_object_get_null_member (facts, "order_end"));
  g_assert_cmpstr (json_object_get_string_member (facts, "order_kind"), ==, "ots");
  g_assert_false (json_object_get_boolean_member (facts, "vt_handover_acute"));
  facts = object_at (case_object (root, 2), "facts", -1);
  g_assert_true (json_object_get_null_member (facts, "ig_time"));
  g_assert_true (json_object_get_null_member (facts, "last_incident"));
  g_assert_cmpstr (json_object_get_string_member (facts, "vt_handover_kind"), ==, "na-veiligheidsbeoordeling");

  /* Deadlines done in the order of the rules, whatever order they were
   * marked in. */
  done = json_object_get_array_member (a, "deadlines_done");
  g_assert_cmpuint (json_array_get_length (done), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "deadlines_done", 0), "rule"), ==, "ots-step-1");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "deadlines_done", 0), "done_on"), ==, "2026-10-30");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "deadlines_done", 1), "rule"), ==, "ots-step-2");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "deadlines_done", 2), "rule"), ==, "stabiel-veilig-vanaf");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (case_object (root, 2), "deadlines_done")), ==, 0);

  /* The agreements (version 3), oldest first. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (a, "agreements")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "agreements", 0), "who"), ==,
                   "Jeugdconsulent \"Sanne\" 🧑‍💼");
  g_assert_cmpstr (json_object_get_string_member (object_at (a, "agreements", 0), "due"), ==, "2026-12-03");
  g_assert_false (json_object_get_boolean_member (object_at (a, "agreements", 0), "done"));
  g_assert_true (json_object_get_null_member (object_at (a, "agreements", 1), "due"));
  g_assert_true (json_object_get_boolean_member (object_at (a, "agreements", 1), "done"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (case_object (root, 2), "agreements")), ==, 0);

  /* The traject (version 4): B moved five times, to Traject II; A has
   * only its record; C, never touched, stands at "received". */
  traject = object_at (b, "traject", -1);
  i = 0;
  traject_key_list = json_object_get_members (traject);
  for (GList *l = traject_key_list; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, traject_keys[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (traject_keys));
  g_assert_cmpstr (json_object_get_string_member (traject, "step"), ==, "traject-2");
  g_assert_true (json_object_get_boolean_member (traject, "adviesverslag"));
  g_assert_true (json_object_get_boolean_member (traject, "zorgjournaal"));
  g_assert_false (json_object_get_boolean_member (traject, "plan_goedgekeurd"));
  g_assert_cmpint (json_object_get_int_member (traject, "iv_minutes"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (traject, "log")), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (object_at (traject, "log", 0), "from"), ==, "ontvangen");
  g_assert_cmpstr (json_object_get_string_member (object_at (traject, "log", 0), "to"), ==, "triage");
  g_assert_cmpstr (json_object_get_string_member (object_at (traject, "log", 0), "on"), ==, "2026-06-03");
  g_assert_cmpstr (json_object_get_string_member (object_at (traject, "log", 0), "who"), ==, "Regisseur “Jeugd” 🧭");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (object_at (traject, "log", 0), "recorded"), "Z"));
  g_assert_cmpstr (json_object_get_string_member (object_at (traject, "log", 4), "to"), ==, "traject-2");
  traject = object_at (a, "traject", -1);
  g_assert_cmpstr (json_object_get_string_member (traject, "step"), ==, "ontvangen");
  g_assert_cmpint (json_object_get_int_member (traject, "iv_minutes"), ==, 95);
  g_assert_true (json_object_get_boolean_member (traject, "gespreksverslagen"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (traject, "log")), ==, 0);
  traject = object_at (case_object (root, 2), "traject", -1);
  g_assert_cmpstr (json_object_get_string_member (traject, "step"), ==, "ontvangen");
  g_assert_false (json_object_get_boolean_member (traject, "adviesverslag"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (traject, "log")), ==, 0);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = export_all (f->source);
  g_autofree char *second = NULL;
  g_autofree char *first_body = NULL;
  g_autofree char *second_body = NULL;
  g_autoptr(SvImportResult) result = NULL;
  g_autoptr(GArray) ids = NULL;

  result = import_ok (f->target, first);
  g_assert_cmpuint (result->n_cases, ==, 3);
  g_assert_cmpuint (result->renumbered->len, ==, 0);

  /* The text: equal but for the time of export. */
  second = export_all (f->target);
  first_body = without_exported (first);
  second_body = without_exported (second);
  g_assert_cmpstr (first_body, ==, second_body);

  /* The records, field by field. */
  ids = sv_store_list_case_ids (SV_STORE (f->source), SV_CASE_FILTER_ALL, 0, NULL);
  g_assert_cmpuint (ids->len, ==, 3);
  for (guint i = 0; i < ids->len; i++)
    compare_case (SV_STORE (f->source), SV_STORE (f->target), g_array_index (ids, gint64, i));

  /* Every case has its facts row; the done deadlines came along. */
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM case_facts"), ==, 3);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM deadlines_done"), ==, 4);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM agreements WHERE done = 1 AND due IS NULL"), ==, 1);
  /* B's row and log, A's row; C, never touched, has none. */
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM case_traject"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM traject_moves"), ==, 5);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM case_traject WHERE step = 'traject-2'"
                                       "  AND since = '2026-07-20'"), ==, 1);

  /* Shared records stay shared: two households, two professionals. */
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM households"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM professionals"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM organisations WHERE name = 'Stichting Ünïcode 🧪'"), ==, 1);
  /* New cases continue after the imported numbers. */
  {
    gint64 id = sv_test_add_case (SV_STORE (f->target), "Gezin Daarna", "Na de import");
    g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->target), id, NULL);

    g_assert_cmpstr (c->number, ==, "2026-0004");
  }
}

static void
test_export_selected_and_to_file (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "één zaak.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  gint64 ids[] = { rich.case_c };
  gint64 missing[] = { 9999 };

  g_assert_true (sv_exchange_export_to_file (SV_STORE (f->source), ids, 1, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  root = parse (text);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "cases")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (case_object (root, 0), "reason"), ==, "Vraagt zelf om hulp");

  /* An existing file is replaced whole and stays private. */
  g_chmod (path, 0644);
  g_assert_true (sv_exchange_export_to_file (SV_STORE (f->source), NULL, 0, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A case that is not there: no file, and the old one untouched. */
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_false (sv_exchange_export_to_file (SV_STORE (f->source), missing, 1, path, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autofree char *after = NULL;

    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, text);
  }

  /* A folder that does not exist: an error, nothing written. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (f->dir, "nergens", "uit.json", NULL);
  g_assert_false (sv_exchange_export_to_file (SV_STORE (f->source), NULL, 0, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_empty_store (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *text = export_all (f->target);
  g_autoptr(JsonNode) root = parse (text);
  g_autoptr(SvImportResult) result = NULL;

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "cases")), ==, 0);
  result = import_ok (f->source, text);
  g_assert_cmpuint (result->n_cases, ==, 0);
}

/* ------------------------------------------------------------------------
 * Tests: sharing, renumbering, repeated import
 * ------------------------------------------------------------------------ */

static void
test_renumbering (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(SvImportResult) result = NULL;
  g_autoptr(SvCase) c = NULL;
  gint64 mine = sv_test_add_case (SV_STORE (f->target), "Gezin Eigen", "Staat er al");

  /* Only the case whose number is taken gets a new one; the others keep
   * theirs instead of moving up one by one. */
  result = import_ok (f->target, text);
  g_assert_cmpuint (result->n_cases, ==, 3);
  g_assert_cmpuint (result->renumbered->len, ==, 1);
  g_assert_cmpstr (result->renumbered->pdata[0], ==, "2026-0001 → 2026-0004");
  c = sv_store_get_case (SV_STORE (f->target), mine, NULL);
  g_assert_cmpstr (c->number, ==, "2026-0001");
  g_assert_cmpint (sv_store_find_case (SV_STORE (f->target), "2026-0002", NULL), >, 0);
  g_assert_cmpint (sv_store_find_case (SV_STORE (f->target), "2026-0003", NULL), >, 0);
  g_assert_cmpint (sv_store_find_case (SV_STORE (f->target), "2026-0004", NULL), >, 0);
}

static void
test_existing_records_reused (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(JsonNode) root = parse (text);
  g_autoptr(SvImportResult) result = NULL;
  g_autoptr(SvHousehold) household = NULL;
  g_autoptr(GPtrArray) professionals = NULL;
  g_autofree char *changed = NULL;
  JsonArray *cases = json_object_get_array_member (json_node_get_object (root), "cases");
  JsonObject *c = case_object (root, 1);
  JsonObject *h = object_at (c, "household", -1);

  result = import_ok (f->target, text);
  g_clear_pointer (&result, sv_import_result_free);

  /* A new case for a household and a professional the target knows,
   * under other names: linked to them, which stay as they are. */
  json_object_set_string_member (c, "uid", "nieuwe-zaak-zelfde-gezin");
  json_object_set_string_member (c, "number", "2026-0100");
  json_object_set_array_member (c, "journal", json_array_new ());
  json_object_set_array_member (c, "agreements", json_array_new ());
  json_object_set_string_member (h, "name", "Gezin met een nieuwe naam");
  json_object_set_string_member (object_at (c, "professionals", 0), "name", "Andere naam");
  json_object_set_string_member (object_at (c, "professionals", 1), "name", "Andere naam");
  json_array_remove_element (cases, 2);
  json_array_remove_element (cases, 0);
  changed = generate (root);
  result = import_ok (f->target, changed);
  g_assert_cmpuint (result->n_cases, ==, 1);
  g_assert_cmpuint (result->renumbered->len, ==, 0);

  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM cases"), ==, 4);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM households"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM members"), ==, 5);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM professionals"), ==, 2);
  household = sv_store_get_household (SV_STORE (f->target),
                                      sv_store_find_by_uid (SV_STORE (f->target), SV_RECORD_HOUSEHOLD,
                                                            json_object_get_string_member (h, "uid"), NULL),
                                      NULL);
  g_assert_cmpstr (household->name, ==, "Gezin \"O'Neill\" 🏠 עִבְרִית مرحبا");
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM cases c JOIN households h ON h.id = c.household_id"
                                       "  WHERE h.uid = (SELECT uid FROM households ORDER BY id LIMIT 1)"), ==, 3);
  professionals = sv_store_list_professionals (SV_STORE (f->target), NULL);
  for (guint i = 0; i < professionals->len; i++)
    g_assert_cmpstr (((SvProfessional *) professionals->pdata[i])->name, !=, "Andere naam");
}

/* ------------------------------------------------------------------------
 * Tests: refusals write nothing
 * ------------------------------------------------------------------------ */

typedef void (*Mutation) (JsonNode *root);

static void
on_changed_count_cb (SvStore *store,
                     guint    what,
                     gint64   case_id,
                     guint   *count)
{
  (*count)++;
}

/* Imports @data into the target, which holds one case of its own, and
 * checks the refusal: error domain and code, the path in the message, and
 * not one row more or less anywhere. */
static void
assert_refused (Fixture    *f,
                const char *data,
                int         code,
                const char *fragment)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SvImportResult) result = NULL;
  guint changes = 0;
  gulong handler;

  if (raw_int (f->target, "SELECT count(*) FROM cases") == 0)
    sv_test_add_case (SV_STORE (f->target), "Gezin Bestaand", "Was er al");
  before = row_counts (f->target);
  handler = g_signal_connect (f->target, "changed", G_CALLBACK (on_changed_count_cb), &changes);
  result = sv_exchange_import_data (SV_STORE (f->target), data, -1, &error);
  g_signal_handler_disconnect (f->target, handler);
  g_assert_null (result);
  g_assert_error (error, SV_ERROR, code);
  if (g_test_verbose ())
    g_printerr ("refused as expected: %s\n", error->message);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not in the message “%s”", fragment, error->message);
  after = row_counts (f->target);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes, ==, 0);
}

static void
assert_mutation_refused (Fixture    *f,
                         Mutation    mutate,
                         int         code,
                         const char *fragment)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(JsonNode) root = parse (text);
  g_autofree char *changed = NULL;

  mutate (root);
  changed = generate (root);
  assert_refused (f, changed, code, fragment);
}

static void
mutate_format (JsonNode *root)
{
  json_object_set_string_member (json_node_get_object (root), "format", "samenveilig-meetings");
}

static void
mutate_newer_version (JsonNode *root)
{
  json_object_set_int_member (json_node_get_object (root), "version", 5);
  /* A newer version may well have keys this one does not know. */
  json_object_set_string_member (json_node_get_object (root), "nieuw", "x");
}

static void
mutate_version_type (JsonNode *root)
{
  json_object_set_string_member (json_node_get_object (root), "version", "1");
}

static void
mutate_missing_field (JsonNode *root)
{
  json_object_remove_member (case_object (root, 1), "reason");
}

static void
mutate_wrong_type (JsonNode *root)
{
  JsonObject *member = object_at (object_at (case_object (root, 0), "household", -1), "members", 0);

  json_object_set_int_member (member, "birth_date", 20150101);
}

static void
mutate_unknown_key (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "report", -1), "recieved", "2026-09-14");
}

static void
mutate_impossible_date (JsonNode *root)
{
  JsonObject *member = object_at (object_at (case_object (root, 0), "household", -1), "members", 2);

  json_object_set_string_member (member, "birth_date", "2026-02-31");
}

static void
mutate_future_birth (JsonNode *root)
{
  JsonObject *member = object_at (object_at (case_object (root, 2), "household", -1), "members", 0);

  json_object_set_string_member (member, "birth_date", "2026-11-23");
}

static void
mutate_zorgmelding_from_gp (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "report", -1), "kind", "zorgmelding");
}

static void
mutate_unknown_nick (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "professionals", 2), "role", "regisseur");
}

static void
mutate_corrects_missing (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "journal", 2), "corrects", "bestaat-niet");
}

static void
mutate_corrects_later (JsonNode *root)
{
  JsonObject *journal_0 = object_at (case_object (root, 1), "journal", 0);
  JsonObject *journal_1 = object_at (case_object (root, 1), "journal", 1);

  json_object_set_string_member (journal_0, "corrects", json_object_get_string_member (journal_1, "uid"));
}

static void
mutate_second_case_invalid (JsonNode *root)
{
  /* Case 0 is valid and would be written first; case 1 closes before it
   * was reported. */
  json_object_set_string_member (case_object (root, 1), "status", "gesloten");
  json_object_set_string_member (case_object (root, 1), "closed_on", "2026-01-01");
}

static void
mutate_household_conflict (JsonNode *root)
{
  /* Cases 0 and 1 share a household; the second copy differs. */
  json_object_set_string_member (object_at (case_object (root, 1), "household", -1), "note", "anders");
}

static void
mutate_duplicate_case_uid (JsonNode *root)
{
  json_object_set_string_member (case_object (root, 2), "uid",
                                 json_object_get_string_member (case_object (root, 0), "uid"));
}

static void
mutate_duplicate_role (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "professionals", 1), "role", "inbrenger");
}

static void
mutate_open_with_closing_date (JsonNode *root)
{
  json_object_set_string_member (case_object (root, 2), "closed_on", "2026-11-01");
}

static void
mutate_empty_uid (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 2), "household", -1), "uid", "");
}

static JsonObject *
facts_of (JsonNode *root,
          guint     index)
{
  return object_at (case_object (root, index), "facts", -1);
}

static void
mutate_bad_time (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 1), "ig_time", "25:00");
}

static void
mutate_time_without_colon (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 0), "ig_time", "1030");
}

static void
mutate_bad_order_kind (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 1), "order_kind", "ondertoezichtstelling");
}

static void
mutate_bad_handover_kind (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 2), "vt_handover_kind", "na-v-en-v");
}

static void
mutate_bad_facts_date (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 1), "order_end", "2027-02-29");
}

static void
mutate_facts_boolean_as_text (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 1), "huisverbod_extended", "ja");
}

static void
mutate_facts_missing_key (JsonNode *root)
{
  json_object_remove_member (facts_of (root, 2), "last_incident");
}

static void
mutate_facts_missing (JsonNode *root)
{
  json_object_remove_member (case_object (root, 0), "facts");
}

static void
mutate_unknown_rule (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "deadlines_done", 1), "rule", "ots-step-9");
}

static void
mutate_done_bad_date (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "deadlines_done", 0), "done_on", "30-10-2026");
}

static void
mutate_done_not_a_list (JsonNode *root)
{
  json_object_set_string_member (case_object (root, 2), "deadlines_done", "ots-step-1");
}

static void
mutate_future_incident (JsonNode *root)
{
  json_object_set_string_member (facts_of (root, 1), "last_incident", "2026-11-23");
}

static void
mutate_done_in_future (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "deadlines_done", 2), "done_on", "2026-12-01");
}

static void
mutate_done_twice (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "deadlines_done", 2), "rule", "ots-step-1");
}

/* A version 1 file has neither facts nor deadlines; those keys are
 * unknown there. */
static void
mutate_version_1_with_facts (JsonNode *root)
{
  json_object_set_int_member (json_node_get_object (root), "version", 1);
}

/* Version 2 had no agreements. */
static void
mutate_version_2_with_agreements (JsonNode *root)
{
  json_object_set_int_member (json_node_get_object (root), "version", 2);
}

/* Version 3 had no traject. */
static void
mutate_version_3_with_traject (JsonNode *root)
{
  json_object_set_int_member (json_node_get_object (root), "version", 3);
}

/* Case B's log (cases[0]): ontvangen → triage → eerste-bespreking →
 * onderzoek → advies → traject-2. */
static JsonObject *
move_at (JsonNode *root,
         guint     index)
{
  return object_at (object_at (case_object (root, 0), "traject", -1), "log", (int) index);
}

static void
mutate_traject_unknown_step (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 1), "to", "traject-9");
}

static void
mutate_traject_unknown_current_step (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 2), "traject", -1), "step", "Traject III");
}

static void
mutate_traject_move_unknown_key (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 0), "by", "Regisseur");
}

static void
mutate_traject_iv_over (JsonNode *root)
{
  json_object_set_int_member (object_at (case_object (root, 1), "traject", -1), "iv_minutes", 1081);
}

static void
mutate_traject_iv_as_text (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "traject", -1), "iv_minutes", "1:35");
}

static void
mutate_traject_non_edge (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 1), "to", "traject-3");
}

static void
mutate_traject_broken_chain (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 2), "from", "triage");
}

static void
mutate_traject_step_not_log_end (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 0), "traject", -1), "step", "traject-3");
}

static void
mutate_traject_moved_without_log (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 2), "traject", -1), "step", "advies");
}

static void
mutate_traject_move_out_of_order (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 3), "on", "2026-06-04");
}

static void
mutate_traject_move_before_report (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 0), "on", "2026-06-01");
}

static void
mutate_traject_move_in_future (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 4), "on", "2026-11-23");
}

static void
mutate_traject_move_without_who (JsonNode *root)
{
  json_object_set_string_member (move_at (root, 0), "who", " ");
}

static void
mutate_agreement_without_what (JsonNode *root)
{
  /* Without who it is a concept agreement; without what it is none. */
  json_object_set_string_member (object_at (case_object (root, 1), "agreements", 1), "what", "  ");
}

static void
mutate_agreement_twice (JsonNode *root)
{
  JsonObject *first = object_at (case_object (root, 1), "agreements", 0);

  json_object_set_string_member (object_at (case_object (root, 1), "agreements", 1), "uid",
                                 json_object_get_string_member (first, "uid"));
}

static void
mutate_agreement_bad_due (JsonNode *root)
{
  json_object_set_string_member (object_at (case_object (root, 1), "agreements", 0), "due", "3 december");
}

static void
test_refuses_bad_json (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autofree char *duplicate = NULL;
  g_autofree char *half = g_strndup (text, strlen (text) / 2);

  assert_refused (f, "{\"format\": \"samenveilig-cases\", \"version\": 1,", SV_ERROR_MALFORMED, "JSON");
  assert_refused (f, half, SV_ERROR_MALFORMED, "JSON");
  assert_refused (f, "", SV_ERROR_MALFORMED, "empty");
  assert_refused (f, "[1, 2]", SV_ERROR_MALFORMED, "a list");
  assert_refused (f, "{\"cases\": []}", SV_ERROR_MALFORMED, "format");
  /* A key twice: json-glib would keep the last one silently. */
  duplicate = g_strdup ("{\"format\": \"samenveilig-cases\", \"version\": 1,\n"
                        " \"exported\": \"2026-11-20T10:00:00Z\",\n \"cases\": [], \"cases\": []}");
  assert_refused (f, duplicate, SV_ERROR_MALFORMED, "“cases” appears twice");
}

static void
test_refuses_structure (Fixture       *f,
                        gconstpointer  data)
{
  assert_mutation_refused (f, mutate_format, SV_ERROR_MALFORMED, "format: “samenveilig-meetings”");
  assert_mutation_refused (f, mutate_newer_version, SV_ERROR_MALFORMED, "newer version");
  assert_mutation_refused (f, mutate_version_type, SV_ERROR_MALFORMED, "version: expected a whole number");
  assert_mutation_refused (f, mutate_missing_field, SV_ERROR_MALFORMED, "cases[1].reason: this key is missing");
  assert_mutation_refused (f, mutate_wrong_type, SV_ERROR_MALFORMED,
                           "cases[0].household.members[0].birth_date: expected text or null, found a number");
  assert_mutation_refused (f, mutate_unknown_key, SV_ERROR_MALFORMED, "cases[1].report.recieved: unknown key");
  assert_mutation_refused (f, mutate_impossible_date, SV_ERROR_MALFORMED,
                           "cases[0].household.members[2].birth_date: “2026-02-31” is not a date (YYYY-MM-DD)");
  assert_mutation_refused (f, mutate_unknown_nick, SV_ERROR_MALFORMED,
                           "cases[1].professionals[2].role: “regisseur” is not one of");
  assert_mutation_refused (f, mutate_empty_uid, SV_ERROR_MALFORMED, "cases[2].household.uid");

  /* The facts and the deadlines done (version 2). */
  assert_mutation_refused (f, mutate_bad_time, SV_ERROR_MALFORMED,
                           "cases[1].facts.ig_time: “25:00” is not a time (HH:MM)");
  assert_mutation_refused (f, mutate_time_without_colon, SV_ERROR_MALFORMED,
                           "cases[0].facts.ig_time: “1030” is not a time (HH:MM)");
  assert_mutation_refused (f, mutate_bad_order_kind, SV_ERROR_MALFORMED,
                           "cases[1].facts.order_kind: “ondertoezichtstelling” is not one of “ots”, “voogdij”");
  assert_mutation_refused (f, mutate_bad_handover_kind, SV_ERROR_MALFORMED,
                           "cases[2].facts.vt_handover_kind: “na-v-en-v” is not one of “na-veiligheidsbeoordeling”, “na-onderzoek”");
  assert_mutation_refused (f, mutate_bad_facts_date, SV_ERROR_MALFORMED,
                           "cases[1].facts.order_end: “2027-02-29” is not a date (YYYY-MM-DD)");
  assert_mutation_refused (f, mutate_facts_boolean_as_text, SV_ERROR_MALFORMED,
                           "cases[1].facts.huisverbod_extended: expected true or false, found text");
  assert_mutation_refused (f, mutate_facts_missing_key, SV_ERROR_MALFORMED,
                           "cases[2].facts.last_incident: this key is missing");
  assert_mutation_refused (f, mutate_facts_missing, SV_ERROR_MALFORMED, "cases[0].facts: this key is missing");
  assert_mutation_refused (f, mutate_unknown_rule, SV_ERROR_MALFORMED,
                           "cases[1].deadlines_done[1].rule: “ots-step-9” is not one of the deadlines Samen Veilig knows");
  assert_mutation_refused (f, mutate_done_bad_date, SV_ERROR_MALFORMED,
                           "cases[1].deadlines_done[0].done_on: “30-10-2026” is not a date (YYYY-MM-DD)");
  assert_mutation_refused (f, mutate_done_not_a_list, SV_ERROR_MALFORMED,
                           "cases[2].deadlines_done: expected a list, found text");
  assert_mutation_refused (f, mutate_version_1_with_facts, SV_ERROR_MALFORMED, "cases[0].facts: unknown key");

  /* The agreements (version 3). */
  assert_mutation_refused (f, mutate_version_2_with_agreements, SV_ERROR_MALFORMED,
                           "cases[0].agreements: unknown key");
  assert_mutation_refused (f, mutate_agreement_bad_due, SV_ERROR_MALFORMED,
                           "cases[1].agreements[0].due: “3 december” is not a date (YYYY-MM-DD)");

  /* The traject (version 4). */
  assert_mutation_refused (f, mutate_version_3_with_traject, SV_ERROR_MALFORMED, "cases[0].traject: unknown key");
  assert_mutation_refused (f, mutate_traject_unknown_step, SV_ERROR_MALFORMED,
                           "cases[0].traject.log[1].to: “traject-9” is not one of “ontvangen”, “triage”");
  assert_mutation_refused (f, mutate_traject_unknown_current_step, SV_ERROR_MALFORMED,
                           "cases[2].traject.step: “Traject III” is not one of");
  assert_mutation_refused (f, mutate_traject_move_unknown_key, SV_ERROR_MALFORMED,
                           "cases[0].traject.log[0].by: unknown key");
  assert_mutation_refused (f, mutate_traject_iv_over, SV_ERROR_MALFORMED,
                           "cases[1].traject.iv_minutes: 1081 is not a whole number from 0 to 1080");
  assert_mutation_refused (f, mutate_traject_iv_as_text, SV_ERROR_MALFORMED,
                           "cases[1].traject.iv_minutes: expected a whole number, found text");
}

static void
test_refuses_rule_violations (Fixture       *f,
                              gconstpointer  data)
{
  assert_mutation_refused (f, mutate_future_birth, SV_ERROR_INVALID, "cases[2].household.members[0]: A date of birth cannot lie in the future");
  assert_mutation_refused (f, mutate_zorgmelding_from_gp, SV_ERROR_INVALID, "cases[1]: Report: a zorgmelding comes from Veilig Thuis");
  assert_mutation_refused (f, mutate_corrects_missing, SV_ERROR_INVALID, "cases[1].journal[2].corrects: “bestaat-niet”");
  assert_mutation_refused (f, mutate_corrects_later, SV_ERROR_INVALID, "cases[1].journal[0].corrects");
  assert_mutation_refused (f, mutate_second_case_invalid, SV_ERROR_INVALID, "cases[1]: Closed on");
  assert_mutation_refused (f, mutate_household_conflict, SV_ERROR_INVALID, "cases[1].household: the household");
  assert_mutation_refused (f, mutate_duplicate_role, SV_ERROR_INVALID, "cases[1].professionals[1]");
  assert_mutation_refused (f, mutate_open_with_closing_date, SV_ERROR_INVALID, "cases[2].closed_on");
  assert_mutation_refused (f, mutate_duplicate_case_uid, SV_ERROR_EXISTS, "cases[2]");
  assert_mutation_refused (f, mutate_future_incident, SV_ERROR_INVALID,
                           "cases[1].facts: Last incident: 23 November 2026 lies in the future");
  assert_mutation_refused (f, mutate_done_in_future, SV_ERROR_INVALID,
                           "cases[1].deadlines_done[2]: Done on: 1 December 2026 lies in the future");
  assert_mutation_refused (f, mutate_done_twice, SV_ERROR_INVALID,
                           "cases[1].deadlines_done[2].rule: “ots-step-1” is marked done twice");
  assert_mutation_refused (f, mutate_agreement_without_what, SV_ERROR_INVALID, "cases[1].agreements[1]: What");
  assert_mutation_refused (f, mutate_agreement_twice, SV_ERROR_EXISTS, "cases[1].agreements[1]: the agreement");

  /* The traject log follows the process one edge at a time. */
  assert_mutation_refused (f, mutate_traject_non_edge, SV_ERROR_INVALID,
                           "cases[0].traject.log[1].to: “Traject III” does not follow “Screening/triage”: "
                           "from there the report goes only to “1st IT discussion”");
  assert_mutation_refused (f, mutate_traject_broken_chain, SV_ERROR_INVALID,
                           "cases[0].traject.log[2].from: the case stood at “1st IT discussion” (where the move before left it), not at “Screening/triage”");
  assert_mutation_refused (f, mutate_traject_step_not_log_end, SV_ERROR_INVALID,
                           "cases[0].traject.step: the log leaves the case at “Traject II”, not at “Traject III”");
  assert_mutation_refused (f, mutate_traject_moved_without_log, SV_ERROR_INVALID,
                           "cases[2].traject.step: the log leaves the case at “Report received”");
  assert_mutation_refused (f, mutate_traject_move_out_of_order, SV_ERROR_INVALID,
                           "cases[0].traject.log[3].on: 4 June 2026 lies before the move before it (5 June 2026)");
  assert_mutation_refused (f, mutate_traject_move_before_report, SV_ERROR_INVALID,
                           "cases[0].traject.log[0].on: 1 June 2026 lies before the report was received (2 June 2026)");
  assert_mutation_refused (f, mutate_traject_move_in_future, SV_ERROR_INVALID,
                           "cases[0].traject.log[4].on: 23 November 2026 lies in the future");
  assert_mutation_refused (f, mutate_traject_move_without_who, SV_ERROR_INVALID, "cases[0].traject.log[0].who: ");
}

/* A failure while writing — here a trigger standing in for a full disk —
 * after the first case was written whole: that case goes too. */
static void
test_write_failure_rolls_back (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (sv_sqlite_store_get_path (f->target), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER boom BEFORE INSERT ON journal_entries"
                                 "  WHEN NEW.text LIKE 'Correctie:%' BEGIN SELECT RAISE (ABORT, 'boom'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f, text, SV_ERROR_INVALID, "cases[1]: ");
}

static void
test_refuses_second_import (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(SvImportResult) result = import_ok (f->target, text);

  assert_refused (f, text, SV_ERROR_EXISTS, "cases[0]: the case");
  /* Into the database it came from, too. */
  {
    g_autofree char *before = row_counts (f->source);
    g_autofree char *after = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_null (sv_exchange_import_data (SV_STORE (f->source), text, -1, &error));
    g_assert_error (error, SV_ERROR, SV_ERROR_EXISTS);
    after = row_counts (f->source);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_refuses_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autofree char *path = g_strdup (sv_sqlite_store_get_path (f->target));
  g_autoptr(SvSqliteStore) reader = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->target);
  reader = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_null (sv_exchange_import_data (SV_STORE (reader), text, -1, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_DATABASE_READONLY);
  g_assert_cmpuint (sv_store_count_cases (SV_STORE (reader), SV_CASE_FILTER_ALL, NULL), ==, 0);
}

/* A version 1 document as the first release wrote it: no facts, no
 * deadlines done. It must keep importing. */
static const char version_1_document[] =
  "{\"format\": \"samenveilig-cases\", \"version\": 1, \"exported\": \"2026-11-20T16:00:00Z\",\n"
  " \"cases\": [{\"uid\": \"8d3c1f0e-5a2b-4c7d-9e61-2f4b8a0c6d15\", \"number\": \"2026-0042\",\n"
  "  \"report\": {\"kind\": \"zorgelijke-melding\", \"source\": \"huisarts\",\n"
  "             \"source_detail\": \"Huisartsenpraktijk Het Voorbeeld\", \"received\": \"2026-10-14\"},\n"
  "  \"reason\": \"Zorgen over de veiligheid van Sam na een bezoek aan de huisarts.\",\n"
  "  \"status\": \"open\", \"closed_on\": null, \"closing_note\": \"\",\n"
  "  \"created\": \"2026-10-14T09:15:00Z\", \"updated\": \"2026-10-21T08:30:00Z\",\n"
  "  \"household\": {\"uid\": \"2b7e9a44-1c6f-4e08-b3d5-7a90c2e5f381\", \"name\": \"Gezin Test-Voorbeeld\",\n"
  "                \"note\": \"\", \"network\": [],\n"
  "                \"members\": [{\"given_names\": \"Sam\", \"family_name\": \"Test-Voorbeeld\",\n"
  "                             \"birth_date\": \"2017-09-21\", \"role\": \"jeugdige\", \"note\": \"Groep 6.\"}]},\n"
  "  \"consent\": {\"status\": \"gegeven\", \"date\": \"2026-10-16\", \"given_by\": \"Eva Test-Voorbeeld\",\n"
  "              \"scope\": \"Interventieteam en LEJO\", \"exception\": \"geen\", \"note\": \"\"},\n"
  "  \"professionals\": [{\"uid\": \"c41f2d90-7b3e-4a56-8e12-d09a6b3f7c28\", \"name\": \"Bea Buurtagent\",\n"
  "                     \"organisation\": \"Politie\", \"function\": \"wijkagent\", \"email\": \"\",\n"
  "                     \"phone\": \"\", \"role\": \"inbrenger\", \"role_note\": \"\"}],\n"
  "  \"journal\": [{\"uid\": \"5f0a7c3e-9d21-4b86-a4e7-3c1b2d8e6f90\", \"date\": \"2026-10-20\",\n"
  "               \"author\": \"Bea Buurtagent\", \"text\": \"Huisbezoek: moeder was niet thuis.\",\n"
  "               \"created\": \"2026-10-20T14:02:11Z\", \"corrects\": null}]}]}\n";

static void
assert_no_facts (SvStore *store,
                 gint64   case_id)
{
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (store, case_id, NULL);
  g_autoptr(GHashTable) done = sv_store_list_deadlines_done (store, case_id, NULL);

  g_assert_nonnull (facts);
  g_assert_false (g_date_valid (&facts->order_end));
  g_assert_false (g_date_valid (&facts->ig_date));
  g_assert_false (g_date_valid (&facts->huisverbod_start));
  g_assert_false (g_date_valid (&facts->last_incident));
  g_assert_cmpint (facts->ig_minutes, ==, -1);
  g_assert_cmpint (facts->order_kind, ==, SV_ORDER_KIND_OTS);
  g_assert_false (facts->huisverbod_extended);
  g_assert_cmpuint (g_hash_table_size (done), ==, 0);
}

/* Older files import with the defaults for what they lack; what is
 * exported again is the current version. */
static void
test_version_1_imports (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SvImportResult) result = import_ok (f->target, version_1_document);
  g_autofree char *text = export_all (f->source);
  g_autofree char *again = NULL;
  g_autoptr(JsonNode) root = parse (text);
  g_autoptr(SvSqliteStore) other = sv_test_open_store (f->dir, "other.db");
  g_autoptr(SvImportResult) result_other = NULL;
  g_autofree char *downgraded = NULL;
  JsonArray *cases = json_object_get_array_member (json_node_get_object (root), "cases");
  g_autoptr(GArray) ids = NULL;

  g_assert_cmpuint (result->n_cases, ==, 1);
  assert_no_facts (SV_STORE (f->target), sv_store_find_case (SV_STORE (f->target), "2026-0042", NULL));
  again = export_all (f->target);
  g_assert_nonnull (strstr (again, "\"version\" : 5,"));
  g_assert_nonnull (strstr (again, "\"facts\" : {"));

  /* The rich data written as version 1: everything but the facts. */
  json_object_set_int_member (json_node_get_object (root), "version", 1);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      json_object_remove_member (json_array_get_object_element (cases, i), "facts");
      json_object_remove_member (json_array_get_object_element (cases, i), "deadlines_done");
      json_object_remove_member (json_array_get_object_element (cases, i), "agreements");
      json_object_remove_member (json_array_get_object_element (cases, i), "traject");
      json_object_remove_member (json_array_get_object_element (cases, i), "veiligheidskaart");
    }
  downgraded = generate (root);
  result_other = import_ok (other, downgraded);
  g_assert_cmpuint (result_other->n_cases, ==, 3);
  ids = sv_store_list_case_ids (SV_STORE (other), SV_CASE_FILTER_ALL, 0, NULL);
  for (guint i = 0; i < ids->len; i++)
    assert_no_facts (SV_STORE (other), g_array_index (ids, gint64, i));
  g_assert_cmpint (raw_int (other, "SELECT count(*) FROM journal_entries"), ==, 4);
}

/* A version 2 file (facts, no agreements) imports with no agreements. */
static void
test_version_2_imports (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(JsonNode) root = parse (text);
  g_autoptr(SvImportResult) result = NULL;
  g_autofree char *downgraded = NULL;
  JsonArray *cases = json_object_get_array_member (json_node_get_object (root), "cases");

  json_object_set_int_member (json_node_get_object (root), "version", 2);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      json_object_remove_member (json_array_get_object_element (cases, i), "agreements");
      json_object_remove_member (json_array_get_object_element (cases, i), "traject");
      json_object_remove_member (json_array_get_object_element (cases, i), "veiligheidskaart");
    }
  downgraded = generate (root);
  result = import_ok (f->target, downgraded);
  g_assert_cmpuint (result->n_cases, ==, 3);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM agreements"), ==, 0);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM deadlines_done"), ==, 4);
}

/* A version 3 file (agreements, no traject) imports with every case never
 * moved: at "received" since its report, without a log. */
static void
test_version_3_imports (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = export_all (f->source);
  g_autoptr(JsonNode) root = parse (text);
  g_autoptr(SvImportResult) result = NULL;
  g_autofree char *downgraded = NULL;
  g_autoptr(GArray) ids = NULL;
  JsonArray *cases = json_object_get_array_member (json_node_get_object (root), "cases");

  json_object_set_int_member (json_node_get_object (root), "version", 3);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      json_object_remove_member (json_array_get_object_element (cases, i), "traject");
      json_object_remove_member (json_array_get_object_element (cases, i), "veiligheidskaart");
    }
  downgraded = generate (root);
  result = import_ok (f->target, downgraded);
  g_assert_cmpuint (result->n_cases, ==, 3);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM agreements"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM case_traject"), ==, 0);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM traject_moves"), ==, 0);
  ids = sv_store_list_case_ids (SV_STORE (f->target), SV_CASE_FILTER_ALL, 0, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(SvTraject) traject = sv_store_get_traject (SV_STORE (f->target), id, NULL);
      g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->target), id, NULL);

      g_assert_cmpint (traject->step, ==, SV_TRAJECT_STEP_ONTVANGEN);
      assert_dates_equal (&traject->since, &c->received);
    }
}

/* The store writes an imported log only to a case without one, and only
 * one that follows the process. */
static void
test_store_import_traject (Fixture       *f,
                           gconstpointer  data)
{
  SvStore *store = SV_STORE (f->source);
  g_autoptr(SvTraject) traject = sv_store_get_traject (store, rich.case_c, NULL);
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_traject_move_free);
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;
  SvTrajectMove *m = sv_traject_move_new ();

  m->from_step = g_strdup ("ontvangen");
  m->to_step = g_strdup ("eerste-bespreking");
  g_assert_true (sv_date_from_iso ("2026-11-02", &m->on));
  m->who = g_strdup ("Regisseur");
  g_ptr_array_add (moves, m);
  traject->step = SV_TRAJECT_STEP_EERSTE_BESPREKING;
  g_assert_false (sv_store_import_traject (store, traject, moves, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "does not follow"));
  g_clear_error (&error);

  g_free (m->to_step);
  m->to_step = g_strdup ("triage");
  traject->step = SV_TRAJECT_STEP_TRIAGE;
  /* Consent is not asked again: the log says the move was made. */
  g_assert_true (sv_store_import_traject (store, traject, moves, &error));
  g_assert_no_error (error);
  log = sv_store_list_traject_moves (store, rich.case_c, NULL);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_nonnull (((SvTrajectMove *) log->pdata[0])->at);
  g_clear_pointer (&traject, sv_traject_free);
  traject = sv_store_get_traject (store, rich.case_c, NULL);
  g_assert_cmpint (traject->step, ==, SV_TRAJECT_STEP_TRIAGE);

  g_assert_false (sv_store_import_traject (store, traject, moves, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_EXISTS);
  g_assert_cmpint (raw_int (f->source, "SELECT count(*) FROM traject_moves WHERE to_step = 'triage'"), ==, 2);
}

/* ------------------------------------------------------------------------
 * Tests: the shipped examples
 * ------------------------------------------------------------------------ */

static SvImportResult *
import_shipped (SvSqliteStore *store,
                const char    *folder,
                const char    *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", folder, name, NULL);
  g_autoptr(GError) error = NULL;
  SvImportResult *result = sv_exchange_import_file (SV_STORE (store), path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static void
test_example_imports (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SvImportResult) result = import_shipped (f->target, "docs", "example.json");

  g_assert_cmpuint (result->n_cases, ==, 1);
  g_assert_cmpuint (result->renumbered->len, ==, 0);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM case_facts WHERE ig_minutes = 14 * 60 + 30"), ==, 1);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM deadlines_done"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM agreements WHERE due = '2026-11-04'"), ==, 1);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM case_traject WHERE step = 'eerste-bespreking'"
                                       "  AND since = '2026-10-20'"), ==, 1);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM traject_moves"), ==, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM safety_card_texts"), ==, 4);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM safety_card_versions WHERE status = 'concept'"), ==, 1);
}

static GArray *
demo_deadlines (SvStore    *store,
                const char *number,
                GDate      *youth_birth)
{
  gint64 id = sv_store_find_case (store, number, NULL);
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (store, id, NULL);
  g_autoptr(GHashTable) done = sv_store_list_deadlines_done (store, id, NULL);
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  GDate today;

  g_assert_true (sv_date_from_iso ("2026-11-22", &today));
  sv_deadlines_compute (facts, workdays, &today, done, out);
  if (youth_birth != NULL)
    g_assert_cmpint (sv_deadline_vht_needed_at_18 (facts, youth_birth), ==, SV_TRI_YES);
  return out;
}

static SvDeadlineState
state_of (GArray     *deadlines,
          const char *rule_id)
{
  for (guint i = 0; i < deadlines->len; i++)
    if (g_str_equal (g_array_index (deadlines, SvDeadline, i).rule_id, rule_id))
      return g_array_index (deadlines, SvDeadline, i).state;
  g_error ("no deadline %s", rule_id);
}

/* The demo gives a countdown and a planning view something to show on
 * "today", 22 November 2026. */
static void
assert_demo_facts (SvSqliteStore *target)
{
  SvStore *store = SV_STORE (target);
  g_autoptr(GArray) ots = demo_deadlines (store, "2026-0003", NULL);
  g_autoptr(GArray) voogdij = NULL;
  g_autoptr(GArray) traject_v = demo_deadlines (store, "2026-0002", NULL);
  g_autoptr(GArray) huisverbod = demo_deadlines (store, "2026-0007", NULL);
  g_autoptr(GArray) vt = demo_deadlines (store, "2026-0008", NULL);
  GDate noel;

  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts"), ==, 8);

  /* OTS ending nine weeks ahead: steps 1 and 2 done, 3 overdue, 4–6 ahead. */
  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE order_kind = 'ots' AND order_end = '2027-01-24'"), ==, 1);
  g_assert_cmpint (state_of (ots, "ots-step-1"), ==, SV_DEADLINE_DONE);
  g_assert_cmpint (state_of (ots, "ots-step-2"), ==, SV_DEADLINE_DONE);
  g_assert_cmpint (state_of (ots, "ots-step-3"), ==, SV_DEADLINE_OVERDUE);
  g_assert_cmpint (state_of (ots, "ots-step-4"), ==, SV_DEADLINE_UPCOMING);
  g_assert_cmpint (state_of (ots, "ots-step-6"), ==, SV_DEADLINE_UPCOMING);

  /* Voogdij: Noël turns 18 by its end, care after 18 not arranged; the
   * VeiligheidsTeam on 12 November, the interventiegesprek at 10:00 on
   * 25 November. */
  g_assert_true (sv_date_from_iso ("2009-01-10", &noel));
  voogdij = demo_deadlines (store, "2026-0004", &noel);
  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE order_kind = 'voogdij'"
                                    "  AND care_after_18_arranged = 0 AND vht_consultation = '2026-11-12'"
                                    "  AND ig_date = '2026-11-25' AND ig_minutes = 600"), ==, 1);
  g_assert_cmpint (state_of (voogdij, "ig-uiterlijk"), ==, SV_DEADLINE_UPCOMING);
  g_assert_cmpint (state_of (voogdij, "ig-kaart-definitief"), ==, SV_DEADLINE_DONE);
  g_assert_cmpint (state_of (voogdij, "ig-voorbespreking"), ==, SV_DEADLINE_UPCOMING);

  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE it_first_discussion = '2026-10-20'"), ==, 1);
  g_assert_cmpint (state_of (traject_v, "it-traject-v-mdo"), ==, SV_DEADLINE_UPCOMING);
  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE traject_v_start = '2026-09-01'"), ==, 1);
  g_assert_cmpint (state_of (huisverbod, "thv-informeer-lokaal-team"), ==, SV_DEADLINE_DONE);
  g_assert_cmpint (state_of (huisverbod, "thv-advies-vervolghulp"), ==, SV_DEADLINE_UPCOMING);
  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE huisverbod_start = '2026-11-17'"
                                    "  AND huisverbod_extended = 1"), ==, 1);
  g_assert_cmpint (state_of (vt, "vt-veiligheidsbeoordeling"), ==, SV_DEADLINE_UPCOMING);
  g_assert_cmpint (state_of (vt, "vt-monitor-3m"), ==, SV_DEADLINE_UPCOMING);
  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE vt_received = '2026-11-16'"
                                    "  AND vt_handover = '2026-11-18' AND vt_handover_kind = 'na-onderzoek'"), ==, 1);
  g_assert_cmpint (raw_int (target, "SELECT count(*) FROM case_facts WHERE last_incident IS NOT NULL"), >=, 1);
  g_assert_cmpint (raw_int (target, "SELECT max(done_on) <= '2026-11-22' FROM deadlines_done"), ==, 1);
}

static void
test_demo_imports (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SvImportResult) result = import_shipped (f->target, "data", "demo.json");
  g_autoptr(GPtrArray) organisations = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_body = NULL;
  g_autofree char *second_body = NULL;
  g_autoptr(SvSqliteStore) again = NULL;
  g_autoptr(SvImportResult) result_again = NULL;
  gboolean has_politie_twice = FALSE;

  g_assert_cmpuint (result->n_cases, ==, 8);
  g_assert_cmpuint (result->renumbered->len, ==, 0);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM cases WHERE status = 'gesloten'"), >=, 1);
  g_assert_cmpint (raw_int (f->target, "SELECT count(DISTINCT source) FROM cases"), ==, 4);
  g_assert_cmpint (raw_int (f->target, "SELECT count(DISTINCT status) FROM consents"), ==, 3);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM consents WHERE exception != 'geen'"), >=, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM journal_entries WHERE corrects_id IS NOT NULL"), >=, 2);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM network_members"), >=, 3);
  g_assert_cmpint (raw_int (f->target, "SELECT max(received) <= '2026-11-20' FROM cases"), ==, 1);
  g_assert_cmpint (raw_int (f->target, "SELECT max(entry_date) <= '2026-11-20' FROM journal_entries"), ==, 1);
  /* Known organisations are linked, not duplicated. */
  organisations = sv_store_list_organisations (SV_STORE (f->target), NULL);
  for (guint i = 0; i < organisations->len; i++)
    for (guint j = i + 1; j < organisations->len; j++)
      has_politie_twice |= g_ascii_strcasecmp (((SvOrganisation *) organisations->pdata[i])->name,
                                               ((SvOrganisation *) organisations->pdata[j])->name) == 0;
  g_assert_false (has_politie_twice);
  assert_demo_facts (f->target);

  /* The demo data survives a round trip as well. */
  first = export_all (f->target);
  again = sv_test_open_store (f->dir, "again.db");
  result_again = import_ok (again, first);
  second = export_all (again);
  first_body = without_exported (first);
  second_body = without_exported (second);
  g_assert_cmpstr (first_body, ==, second_body);
}

/* ------------------------------------------------------------------------
 * The Veiligheidskaart (version 5)
 * ------------------------------------------------------------------------ */

/* A fourth case in the source with a card in every part and three
 * versions, the second sent. */
static gint64
add_card_case (SvStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = sv_test_add_case (store, "Gezin Kaart", "Kaart in de uitwisseling");
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  g_autoptr(SvCardScore) s = sv_card_score_new ();
  g_autoptr(SvCardCondition) c = sv_card_condition_new ();
  g_autoptr(SvCardRecipient) r = sv_card_recipient_new ();
  g_autoptr(SvCardVersion) v1 = NULL, v2 = NULL, v3 = NULL;
  g_autoptr(GString) zorgen = g_string_new (NULL);
  GDate sent;
  gint64 rev = 0;

  while (g_utf8_strlen (zorgen->str, -1) < 20000)
    g_string_append (zorgen, "Zoë “zegt” \"nee\" 🙂\\\n");
  sv_store_set_user_name (store, "Inbrenger “Kaart”");
  g_assert_true (sv_store_save_card_field (store, case_id, SV_CARD_FIELD_ZORGEN, zorgen->str, 0, &rev, &error));
  g_assert_true (sv_store_save_card_field (store, case_id, SV_CARD_FIELD_WAT_GAAT_GOED, "Oma 👵 helpt", 0, &rev, &error));
  g_assert_true (sv_store_set_card_advice (store, case_id, SV_VHT_ADVICE_ANDERE_AANPAK, &error));
  a->case_id = case_id;
  g_free (a->who);
  a->who = g_strdup ("Wijkteam");
  g_free (a->what);
  a->what = g_strdup ("Netwerkberaad plannen");
  g_date_set_dmy (&a->due, 4, G_DATE_DECEMBER, 2026);
  g_assert_true (sv_store_save_agreement (store, a, &error));
  s->case_id = case_id;
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Jeugdige");
  s->score = 4;
  g_date_set_dmy (&s->date, 2, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_card_score (store, s, &error));
  c->case_id = case_id;
  g_free (c->text);
  c->text = g_strdup ("Geen geweld waar de kinderen bij zijn");
  g_assert_true (sv_store_save_card_condition (store, c, &error));
  r->case_id = case_id;
  g_free (r->name);
  r->name = g_strdup ("Toegang");
  r->needs_consent = TRUE;
  g_assert_true (sv_store_save_card_recipient (store, r, &error));
  g_assert_true (sv_store_record_card_consent (store, r->id, &error));

  v1 = sv_store_make_card_version (store, case_id, SV_CARD_STATUS_CONCEPT, &error);
  g_assert_true (sv_store_save_card_field (store, case_id, SV_CARD_FIELD_REACTIE_OUDERS, "Vader is het oneens.", 0, &rev, &error));
  v2 = sv_store_make_card_version (store, case_id, SV_CARD_STATUS_DEFINITIEF, &error);
  g_assert_no_error (error);
  g_date_set_dmy (&sent, 20, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_mark_card_version_sent (store, v2->id, &r->id, 1, &sent, &error));
  g_assert_true (sv_store_save_card_field (store, case_id, SV_CARD_FIELD_UITKOMST_GESPREK, "Afspraken gemaakt", 0, &rev, &error));
  v3 = sv_store_make_card_version (store, case_id, SV_CARD_STATUS_BIJGEWERKT_NA_GESPREK, &error);
  g_assert_no_error (error);
  return case_id;
}

static void
test_card_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  gint64 source_id = add_card_case (SV_STORE (f->source));
  g_autofree char *first = export_all (f->source);
  g_autofree char *second = NULL, *first_body = NULL, *second_body = NULL;
  g_autoptr(SvImportResult) result = import_ok (f->target, first);
  g_autoptr(SvCase) c = sv_store_get_case (SV_STORE (f->source), source_id, NULL);
  gint64 target_id = sv_store_find_case (SV_STORE (f->target), c->number, NULL);
  g_autoptr(SvSafetyCard) a = sv_store_get_safety_card (SV_STORE (f->source), source_id, NULL);
  g_autoptr(SvSafetyCard) b = sv_store_get_safety_card (SV_STORE (f->target), target_id, NULL);
  g_autoptr(GPtrArray) va = sv_store_list_card_versions (SV_STORE (f->source), source_id, NULL);
  g_autoptr(GPtrArray) vb = sv_store_list_card_versions (SV_STORE (f->target), target_id, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *now_a = NULL, *now_b = NULL;

  g_assert_cmpuint (result->n_cases, ==, 4);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_assert_cmpstr (a->texts[i].text, ==, b->texts[i].text);
      g_assert_cmpstr (a->texts[i].updated_by, ==, b->texts[i].updated_by);
      g_assert_cmpint (a->texts[i].revision > 0, ==, b->texts[i].revision > 0);
      if (a->texts[i].updated_at != NULL)
        g_assert_true (g_date_time_equal (a->texts[i].updated_at, b->texts[i].updated_at));
    }
  g_assert_cmpuint (g_utf8_strlen (b->texts[SV_CARD_FIELD_ZORGEN].text, -1), >=, 20000);
  g_assert_cmpstr (b->texts[SV_CARD_FIELD_ZORGEN].updated_by, ==, "Inbrenger “Kaart”");
  g_assert_cmpint (b->advice, ==, SV_VHT_ADVICE_ANDERE_AANPAK);
  g_assert_cmpuint (b->scores->len, ==, 1);
  g_assert_cmpuint (b->conditions->len, ==, 1);
  g_assert_cmpuint (b->recipients->len, ==, 1);
  g_assert_false (sv_card_recipient_lacks_consent (g_ptr_array_index (b->recipients, 0)));

  /* The versions as they were, sent one included; the card of now
   * compares cleanly with the one it came from. */
  g_assert_cmpuint (vb->len, ==, 3);
  for (guint i = 0; i < va->len; i++)
    {
      SvCardVersion *x = va->pdata[i], *y = vb->pdata[i];
      g_autofree char *sx = sv_store_get_card_version_snapshot (SV_STORE (f->source), x->id, NULL);
      g_autofree char *sy = sv_store_get_card_version_snapshot (SV_STORE (f->target), y->id, NULL);
      g_autoptr(GPtrArray) changes = sv_card_diff (sx, sy, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (changes->len, ==, 0);
      g_assert_cmpuint (x->number, ==, y->number);
      g_assert_cmpint (x->status, ==, y->status);
      g_assert_cmpstr (x->created_by, ==, y->created_by);
      g_assert_true (g_date_time_equal (x->created_at, y->created_at));
      g_assert_cmpint (sv_card_version_is_sent (x), ==, sv_card_version_is_sent (y));
      g_assert_cmpuint (g_strv_length (x->sent_to), ==, g_strv_length (y->sent_to));
    }
  g_assert_cmpint (((SvCardVersion *) vb->pdata[1])->status, ==, SV_CARD_STATUS_VERSTUURD);
  g_assert_cmpstr (((SvCardVersion *) vb->pdata[1])->sent_to[0], ==, "Toegang");
  now_a = sv_safety_card_to_json (a);
  now_b = sv_safety_card_to_json (b);
  none = sv_card_diff (now_a, now_b, &error);
  g_assert_cmpuint (none->len, ==, 0);

  /* An imported sent version is as frozen as any. */
  sql = g_strdup_printf ("UPDATE safety_card_versions SET status = 'concept' WHERE id = %" G_GINT64_FORMAT,
                         ((SvCardVersion *) vb->pdata[1])->id);
  g_assert_cmpint (raw_exec_status (f->target, sql), ==, SQLITE_CONSTRAINT);

  /* Export, import, export: the same text. */
  second = export_all (f->target);
  first_body = without_exported (first);
  second_body = without_exported (second);
  g_assert_cmpstr (first_body, ==, second_body);
}

static JsonObject *
card_of (JsonNode *root)
{
  JsonArray *cases = json_object_get_array_member (json_node_get_object (root), "cases");
  JsonObject *last = json_array_get_object_element (cases, json_array_get_length (cases) - 1);

  return json_object_get_object_member (last, "veiligheidskaart");
}

static void
test_card_refused (Fixture       *f,
                   gconstpointer  data)
{
  struct {
    const char *what;
    int         code;
    const char *fragment;
  } cases[] = {
    { "section", SV_ERROR_MALFORMED, "veiligheidskaart.sections.onbekend: not a section" },
    { "score", SV_ERROR_INVALID, "veiligheidskaart.scores[0]: Safety score: 11 is not on the scale" },
    { "status", SV_ERROR_MALFORMED, "veiligheidskaart.versions[0].status" },
    { "number", SV_ERROR_INVALID, "versions[2].number: versions are numbered" },
    { "sent", SV_ERROR_INVALID, "versions[1]: a version is sent with a day" },
    { "snapshot", SV_ERROR_MALFORMED, "versions[0].snapshot" },
    { "version-4", SV_ERROR_MALFORMED, "veiligheidskaart: unknown key" },
  };

  add_card_case (SV_STORE (f->source));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = export_all (f->source);
      g_autoptr(JsonNode) root = parse (text);
      g_autofree char *bad = NULL;
      JsonObject *card = card_of (root);
      JsonArray *versions = json_object_get_array_member (card, "versions");

      if (g_str_equal (cases[i].what, "section"))
        json_object_set_object_member (json_object_get_object_member (card, "sections"), "onbekend",
                                       json_object_ref (json_object_get_object_member (
                                         json_object_get_object_member (card, "sections"), "zorgen")));
      else if (g_str_equal (cases[i].what, "score"))
        json_object_set_int_member (json_array_get_object_element (json_object_get_array_member (card, "scores"), 0),
                                    "score", 11);
      else if (g_str_equal (cases[i].what, "status"))
        json_object_set_string_member (json_array_get_object_element (versions, 0), "status", "klaar");
      else if (g_str_equal (cases[i].what, "number"))
        json_object_set_int_member (json_array_get_object_element (versions, 2), "number", 1);
      else if (g_str_equal (cases[i].what, "sent"))
        json_object_set_null_member (json_array_get_object_element (versions, 1), "sent_on");
      else if (g_str_equal (cases[i].what, "snapshot"))
        json_object_set_string_member (json_object_get_object_member (json_array_get_object_element (versions, 0),
                                                                      "snapshot"), "format", "iets-anders");
      else
        json_object_set_int_member (json_node_get_object (root), "version", 4);
      bad = generate (root);
      assert_refused (f, bad, cases[i].code, cases[i].fragment);
    }
}

/* A version 4 file (no Veiligheidskaart) imports with empty cards. */
static void
test_version_4_imports (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SvImportResult) result = NULL;
  g_autofree char *downgraded = NULL;
  JsonArray *cases;

  add_card_case (SV_STORE (f->source));
  text = export_all (f->source);
  root = parse (text);
  cases = json_object_get_array_member (json_node_get_object (root), "cases");
  json_object_set_int_member (json_node_get_object (root), "version", 4);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    json_object_remove_member (json_array_get_object_element (cases, i), "veiligheidskaart");
  downgraded = generate (root);
  result = import_ok (f->target, downgraded);
  g_assert_cmpuint (result->n_cases, ==, 4);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM safety_cards"), ==, 0);
  g_assert_cmpint (raw_int (f->target, "SELECT count(*) FROM agreements"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange/document-shape", test_document_shape);
  ADD ("/exchange/round-trip", test_round_trip);
  ADD ("/exchange/export-selected-and-to-file", test_export_selected_and_to_file);
  ADD ("/exchange/empty-store", test_empty_store);
  ADD ("/exchange/renumbering", test_renumbering);
  ADD ("/exchange/existing-records-reused", test_existing_records_reused);
  ADD ("/exchange/refuses-bad-json", test_refuses_bad_json);
  ADD ("/exchange/refuses-structure", test_refuses_structure);
  ADD ("/exchange/refuses-rule-violations", test_refuses_rule_violations);
  ADD ("/exchange/refuses-second-import", test_refuses_second_import);
  ADD ("/exchange/write-failure-rolls-back", test_write_failure_rolls_back);
  ADD ("/exchange/refuses-read-only", test_refuses_read_only);
  ADD ("/exchange/version-1-imports", test_version_1_imports);
  ADD ("/exchange/version-2-imports", test_version_2_imports);
  ADD ("/exchange/version-3-imports", test_version_3_imports);
  ADD ("/exchange/store-import-traject", test_store_import_traject);
  ADD ("/exchange/card-round-trip", test_card_round_trip);
  ADD ("/exchange/card-refused", test_card_refused);
  ADD ("/exchange/version-4-imports", test_version_4_imports);
  ADD ("/exchange/example-imports", test_example_imports);
  ADD ("/exchange/demo-imports", test_demo_imports);
#undef ADD
  return g_test_run ();
}
