/* sv-exchange-export.c: cases from the store to the JSON exchange format.
 *
 * The output is meant to be compared and versioned: keys always in the same
 * order, cases oldest report first, members and roles in the store's order,
 * deadlines done in the order of the rules, journal entries in the order
 * they were written. Exporting, importing into
 * an empty database and exporting again gives the same text except for the
 * "exported" time stamp.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-json-write.h"
#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"
#include "sv-exchange-private.h"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* Minutes after midnight as "HH:MM"; unknown (-1) as null. */
static void
add_time (JsonBuilder *b,
          const char  *key,
          int          minutes)
{
  json_builder_set_member_name (b, key);
  if (minutes >= 0)
    {
      g_autofree char *text = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

      json_builder_add_string_value (b, text);
    }
  else
    json_builder_add_null_value (b);
}

static int
compare_entries_by_id (gconstpointer a,
                       gconstpointer b)
{
  const SvJournalEntry *ea = *(SvJournalEntry * const *) a;
  const SvJournalEntry *eb = *(SvJournalEntry * const *) b;

  return (ea->id > eb->id) - (ea->id < eb->id);
}

/* ------------------------------------------------------------------------
 * Parts of a case
 * ------------------------------------------------------------------------ */

static gboolean
build_household (JsonBuilder  *b,
                 SvStore      *store,
                 gint64        household_id,
                 GError      **error)
{
  g_autoptr(SvHousehold) household = sv_store_get_household (store, household_id, error);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) network = NULL;

  if (household == NULL ||
      !(members = sv_store_list_members (store, household_id, error)) ||
      !(network = sv_store_list_network (store, household_id, error)))
    return FALSE;

  json_builder_set_member_name (b, "household");
  json_builder_begin_object (b);
  sv_json_add_string (b, "uid", household->uid);
  sv_json_add_string (b, "name", household->name);
  sv_json_add_string (b, "note", household->note);
  json_builder_set_member_name (b, "members");
  json_builder_begin_array (b);
  for (guint i = 0; i < members->len; i++)
    {
      SvMember *m = members->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "given_names", m->given_names);
      sv_json_add_string (b, "family_name", m->family_name);
      sv_json_add_date (b, "birth_date", &m->birth_date);
      sv_json_add_string (b, "role", sv_member_role_to_nick (m->role));
      sv_json_add_string (b, "note", m->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "network");
  json_builder_begin_array (b);
  for (guint i = 0; i < network->len; i++)
    {
      SvNetworkMember *n = network->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "name", n->name);
      sv_json_add_string (b, "relation", n->relation);
      sv_json_add_string (b, "contact", n->contact);
      sv_json_add_string (b, "note", n->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
build_consent (JsonBuilder  *b,
               SvStore      *store,
               gint64        case_id,
               GError      **error)
{
  g_autoptr(SvConsent) consent = sv_store_get_consent (store, case_id, error);

  if (consent == NULL)
    return FALSE;
  json_builder_set_member_name (b, "consent");
  json_builder_begin_object (b);
  sv_json_add_string (b, "status", sv_consent_status_to_nick (consent->status));
  sv_json_add_date (b, "date", &consent->date);
  sv_json_add_string (b, "given_by", consent->given_by);
  sv_json_add_string (b, "scope", consent->scope);
  sv_json_add_string (b, "exception", sv_consent_exception_to_nick (consent->exception));
  sv_json_add_string (b, "note", consent->note);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
build_facts (JsonBuilder  *b,
             SvStore      *store,
             gint64        case_id,
             GError      **error)
{
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (store, case_id, error);

  if (facts == NULL)
    return FALSE;
  json_builder_set_member_name (b, "facts");
  json_builder_begin_object (b);
  sv_json_add_date (b, "order_end", &facts->order_end);
  sv_json_add_string (b, "order_kind", sv_order_kind_to_nick (facts->order_kind));
  sv_json_add_boolean (b, "care_after_18_arranged", facts->care_after_18_arranged);
  sv_json_add_date (b, "vht_consultation", &facts->vht_consultation);
  sv_json_add_date (b, "ig_date", &facts->ig_date);
  add_time (b, "ig_time", facts->ig_minutes);
  sv_json_add_date (b, "it_first_discussion", &facts->it_first_discussion);
  sv_json_add_date (b, "traject_v_start", &facts->traject_v_start);
  sv_json_add_date (b, "vt_received", &facts->vt_received);
  sv_json_add_date (b, "vt_handover", &facts->vt_handover);
  sv_json_add_string (b, "vt_handover_kind", sv_handover_kind_to_nick (facts->vt_handover_kind));
  sv_json_add_boolean (b, "vt_handover_acute", facts->vt_handover_acute);
  sv_json_add_date (b, "huisverbod_start", &facts->huisverbod_start);
  sv_json_add_boolean (b, "huisverbod_extended", facts->huisverbod_extended);
  sv_json_add_date (b, "last_incident", &facts->last_incident);
  json_builder_end_object (b);
  return TRUE;
}

/* In the order of the rules, so that two exports compare line by line. */
static gboolean
build_deadlines_done (JsonBuilder  *b,
                      SvStore      *store,
                      gint64        case_id,
                      GError      **error)
{
  g_autoptr(GHashTable) done = sv_store_list_deadlines_done (store, case_id, error);

  if (done == NULL)
    return FALSE;
  json_builder_set_member_name (b, "deadlines_done");
  json_builder_begin_array (b);
  for (const char * const *id = sv_deadline_rule_ids (); *id != NULL; id++)
    {
      const GDate *done_on = g_hash_table_lookup (done, *id);

      if (done_on == NULL || !g_date_valid (done_on))
        continue;
      json_builder_begin_object (b);
      sv_json_add_string (b, "rule", *id);
      sv_json_add_date (b, "done_on", done_on);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

/* One entry per role: a professional with two roles on the case is listed
 * twice, with the same uid and details. */
static gboolean
build_professionals (JsonBuilder  *b,
                     SvStore      *store,
                     gint64        case_id,
                     GError      **error)
{
  g_autoptr(GPtrArray) roles = sv_store_list_case_roles (store, case_id, error);

  if (roles == NULL)
    return FALSE;
  json_builder_set_member_name (b, "professionals");
  json_builder_begin_array (b);
  for (guint i = 0; i < roles->len; i++)
    {
      SvCaseRole *role = roles->pdata[i];
      SvProfessional *p = role->professional;

      json_builder_begin_object (b);
      sv_json_add_string (b, "uid", p->uid);
      sv_json_add_string (b, "name", p->name);
      sv_json_add_string (b, "organisation", p->organisation_name);
      sv_json_add_string (b, "function", p->function);
      sv_json_add_string (b, "email", p->email);
      sv_json_add_string (b, "phone", p->phone);
      sv_json_add_string (b, "role", sv_case_role_to_nick (role->role));
      sv_json_add_string (b, "role_note", role->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

static gboolean
build_journal (JsonBuilder  *b,
               SvStore      *store,
               gint64        case_id,
               GError      **error)
{
  g_autoptr(GPtrArray) journal = sv_store_list_journal (store, case_id, error);
  g_autoptr(GHashTable) uid_by_id = NULL;

  if (journal == NULL)
    return FALSE;
  /* The store lists by date; the file lists in writing order, so that a
   * correction always follows the entry it corrects. */
  g_ptr_array_sort (journal, compare_entries_by_id);
  uid_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < journal->len; i++)
    {
      SvJournalEntry *e = journal->pdata[i];

      g_hash_table_insert (uid_by_id, &e->id, e->uid);
    }

  json_builder_set_member_name (b, "journal");
  json_builder_begin_array (b);
  for (guint i = 0; i < journal->len; i++)
    {
      SvJournalEntry *e = journal->pdata[i];
      const char *corrects = e->corrects_id != 0 ? g_hash_table_lookup (uid_by_id, &e->corrects_id) : NULL;

      json_builder_begin_object (b);
      sv_json_add_string (b, "uid", e->uid);
      sv_json_add_date (b, "date", &e->date);
      sv_json_add_string (b, "author", e->author);
      sv_json_add_string (b, "text", e->text);
      sv_json_add_datetime (b, "created", e->created_at);
      json_builder_set_member_name (b, "corrects");
      if (corrects != NULL)
        json_builder_add_string_value (b, corrects);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

/* Format version 3: the agreements made about the case, oldest first.
 * The meeting they were made in stays behind: meetings are not part of a
 * case's file. */
static gboolean
build_agreements (JsonBuilder  *b,
                  SvStore      *store,
                  gint64        case_id,
                  GError      **error)
{
  g_autoptr(GPtrArray) agreements = sv_store_list_agreements (store, case_id, 0, error);

  if (agreements == NULL)
    return FALSE;
  json_builder_set_member_name (b, "agreements");
  json_builder_begin_array (b);
  for (guint i = 0; i < agreements->len; i++)
    {
      SvAgreement *a = agreements->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "uid", a->uid);
      sv_json_add_string (b, "who", a->who);
      sv_json_add_string (b, "what", a->what);
      sv_json_add_date (b, "due", &a->due);
      sv_json_add_string (b, "monitoring", a->monitoring);
      sv_json_add_boolean (b, "done", a->done);
      sv_json_add_datetime (b, "created", a->created_at);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

/* Format version 4: where the case stands on the Interventieteam's path,
 * its record and the log of its moves. The step's start is not written:
 * it is the day of the last move, or the report date. A step this version
 * does not know (see SvTraject) is written as stored; an import refuses
 * it until the step is corrected. */
static gboolean
build_traject (JsonBuilder  *b,
               SvStore      *store,
               gint64        case_id,
               GError      **error)
{
  g_autoptr(SvTraject) traject = sv_store_get_traject (store, case_id, error);
  g_autoptr(GPtrArray) moves = NULL;

  if (traject == NULL || !(moves = sv_store_list_traject_moves (store, case_id, error)))
    return FALSE;
  json_builder_set_member_name (b, "traject");
  json_builder_begin_object (b);
  sv_json_add_string (b, "step", traject->unknown_step != NULL ? traject->unknown_step
                                                       : sv_traject_step_to_nick (traject->step));
  sv_json_add_boolean (b, "adviesverslag", traject->adviesverslag);
  json_builder_set_member_name (b, "iv_minutes");
  json_builder_add_int_value (b, traject->iv_minutes);
  sv_json_add_boolean (b, "gespreksverslagen", traject->gespreksverslagen);
  sv_json_add_boolean (b, "zorgjournaal", traject->zorgjournaal);
  sv_json_add_boolean (b, "plan_goedgekeurd", traject->plan_goedgekeurd);
  json_builder_set_member_name (b, "log");
  json_builder_begin_array (b);
  for (guint i = 0; i < moves->len; i++)
    {
      SvTrajectMove *move = moves->pdata[i];

      json_builder_begin_object (b);
      sv_json_add_string (b, "from", move->from_step);
      sv_json_add_string (b, "to", move->to_step);
      sv_json_add_date (b, "on", &move->on);
      sv_json_add_datetime (b, "recorded", move->at);
      sv_json_add_string (b, "who", move->who);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
build_case (JsonBuilder  *b,
            SvStore      *store,
            gint64        id,
            GError      **error)
{
  g_autoptr(SvCase) c = sv_store_get_case (store, id, error);

  if (c == NULL)
    return FALSE;
  json_builder_begin_object (b);
  sv_json_add_string (b, "uid", c->uid);
  sv_json_add_string (b, "number", c->number);
  json_builder_set_member_name (b, "report");
  json_builder_begin_object (b);
  sv_json_add_string (b, "kind", sv_report_kind_to_nick (c->report_kind));
  sv_json_add_string (b, "source", sv_report_source_to_nick (c->source));
  sv_json_add_string (b, "source_detail", c->source_detail);
  sv_json_add_date (b, "received", &c->received);
  json_builder_end_object (b);
  sv_json_add_string (b, "reason", c->reason);
  sv_json_add_string (b, "status", sv_case_status_to_nick (c->status));
  /* A reopened case may still carry its old closing date; open means
   * no closing date in the file. */
  if (c->status == SV_CASE_STATUS_OPEN)
    g_date_clear (&c->closed_on, 1);
  sv_json_add_date (b, "closed_on", &c->closed_on);
  sv_json_add_string (b, "closing_note", c->closing_note);
  sv_json_add_datetime (b, "created", c->created_at);
  sv_json_add_datetime (b, "updated", c->updated_at);
  if (!build_household (b, store, c->household_id, error) ||
      !build_consent (b, store, c->id, error) ||
      !build_facts (b, store, c->id, error) ||
      !build_deadlines_done (b, store, c->id, error) ||
      !build_professionals (b, store, c->id, error) ||
      !build_journal (b, store, c->id, error) ||
      !build_agreements (b, store, c->id, error) ||
      !build_traject (b, store, c->id, error) ||
      !sv_exchange_build_card (b, store, c->id, error))
    return FALSE;
  json_builder_end_object (b);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GArray *
sv_exchange_list_case_ids (SvStore  *store,
                           GError  **error)
{
  GArray *ids;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The store lists newest first. */
  if (!(ids = sv_store_list_case_ids (store, SV_CASE_FILTER_ALL, 0, error)))
    return NULL;
  for (guint i = 0; i < ids->len / 2; i++)
    {
      gint64 tmp = g_array_index (ids, gint64, i);

      g_array_index (ids, gint64, i) = g_array_index (ids, gint64, ids->len - 1 - i);
      g_array_index (ids, gint64, ids->len - 1 - i) = tmp;
    }
  return ids;
}

char *
sv_exchange_export_to_data (SvStore       *store,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *text = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ids == NULL)
    {
      if (!(all = sv_exchange_list_case_ids (store, error)))
        return NULL;
      ids = (const gint64 *) (gpointer) all->data;
      n_ids = all->len;
    }

  json_builder_begin_object (b);
  sv_json_add_string (b, SV_KEY_FORMAT, SV_EXCHANGE_FORMAT);
  json_builder_set_member_name (b, SV_KEY_VERSION);
  json_builder_add_int_value (b, SV_EXCHANGE_VERSION);
  sv_json_add_datetime (b, SV_KEY_EXPORTED, now);
  json_builder_set_member_name (b, SV_KEY_CASES);
  json_builder_begin_array (b);
  for (guint i = 0; i < n_ids; i++)
    if (!build_case (b, store, ids[i], error))
      return NULL;
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  /* A text file ends with a newline. */
  return g_strconcat (text, "\n", NULL);
}

gboolean
sv_exchange_export_to_file (SvStore       *store,
                            const gint64  *ids,
                            guint          n_ids,
                            const char    *path,
                            GError       **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(data = sv_exchange_export_to_data (store, ids, n_ids, error)))
    return FALSE;
  /* Written beside the target and renamed over it: a reader never sees
   * half a file, a crash leaves the old one; 0600 because it holds
   * personal data of the most sensitive kind. */
  if (!g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local))
    {
      g_set_error (error, local->domain, local->code, _("%s cannot be written: %s"), path, local->message);
      return FALSE;
    }
  return TRUE;
}
