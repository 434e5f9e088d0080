/* sv-sqlite-store-vht.c: the VeiligheidsTeam's interventions 1–5 of each
 * case, moved along the model's states with its requirements, and the
 * day the Veiligheidskaart went to the RvdK. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static SvVhtInterventions *
get_vht_interventions (SvStore *store,
                       gint64   case_id,
                       GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvVhtInterventions) result = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT f.vht_consultation, f.order_end, v.rvdk_kaart_sent FROM cases c"
                                  "  LEFT JOIN case_facts f ON f.case_id = c.id LEFT JOIN case_vht v ON v.case_id = c.id"
                                  "  WHERE c.id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      result = sv_vht_interventions_new ();
      result->case_id = case_id;
      sv_sql_get_date (stmt, 0, &result->context.vht_consultation);
      sv_sql_get_date (stmt, 1, &result->context.order_end);
      sv_sql_get_date (stmt, 2, &result->context.rvdk_kaart_sent);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  if (result == NULL)
    return NULL;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT intervention, state, since, who FROM case_vht_interventions WHERE case_id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvVhtIntervention which;
      SvVhtState state;

      /* The schema allows only the model's nicks. */
      if (!sv_vht_intervention_from_nick ((const char *) sqlite3_column_text (stmt, 0), &which) ||
          !sv_vht_state_from_nick ((const char *) sqlite3_column_text (stmt, 1), &state))
        continue;
      result->state[which] = state;
      sv_sql_get_date (stmt, 2, &result->since[which]);
      g_free (result->who[which]);
      result->who[which] = sv_sql_dup_text (stmt, 3);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&result);
}

static gboolean
write_vht_move (SvSqliteStore     *self,
                gint64             case_id,
                SvVhtIntervention  which,
                SvVhtState         from,
                SvVhtState         to,
                const GDate       *on,
                const char        *who,
                GError           **error)
{
  g_autoptr(SvVhtInterventions) current = NULL;
  g_autofree char *why = NULL;
  sqlite3_stmt *stmt;

  /* Read inside the transaction: what another window wrote is seen. */
  current = get_vht_interventions (SV_STORE (self), case_id, error);
  if (current == NULL)
    return FALSE;
  if (current->state[which] != from)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_STALE,
                   _("Meanwhile “%s” became “%s”, perhaps in another window; the list now shows where it stands."),
                   sv_vht_intervention_label (which), sv_vht_state_label (current->state[which]));
      return FALSE;
    }
  if (!sv_vht_intervention_can_move (which, from, to, &current->context, &why))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, why);
      return FALSE;
    }
  if (g_date_valid (&current->since[which]) && g_date_compare (on, &current->since[which]) < 0)
    {
      g_autofree char *since = sv_date_format_medium (&current->since[which]);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("The move cannot lie before %s, when the intervention became “%s”."),
                   since, sv_vht_state_label (from));
      return FALSE;
    }

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_vht_interventions (case_id, intervention, state, since, who)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (case_id, intervention) DO UPDATE SET"
                                  "  state = excluded.state, since = excluded.since, who = excluded.who",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, sv_vht_intervention_to_nick (which));
  sv_sql_bind_text (stmt, 3, sv_vht_state_to_nick (to));
  sv_sql_bind_date (stmt, 4, on);
  sv_sql_bind_text (stmt, 5, who);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, case_id);
  return TRUE;
}

static gboolean
move_vht_intervention (SvStore           *store,
                       gint64             case_id,
                       SvVhtIntervention  which,
                       SvVhtState         from,
                       SvVhtState         to,
                       const GDate       *on,
                       const char        *who,
                       GError           **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autofree char *name = NULL;
  GDate day;

  if (!sv_sqlite_store_check_move (on, who, _("Move: say who moves the intervention."), &day, &name, error) ||
      !sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_vht_move (self, case_id, which, from, to, &day, name, error), error);
}

static gboolean
write_kaart_sent (SvSqliteStore *self,
                  gint64         case_id,
                  const GDate   *sent,
                  GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_vht (case_id, rvdk_kaart_sent) SELECT id, ?2 FROM cases WHERE id = ?1"
                                  "  ON CONFLICT (case_id) DO UPDATE SET rvdk_kaart_sent = excluded.rvdk_kaart_sent",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_date (stmt, 2, sent);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
      return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, case_id);
  return TRUE;
}

static gboolean
set_vht_rvdk_kaart_sent (SvStore      *store,
                         gint64        case_id,
                         const GDate  *sent,
                         GError      **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  SV_SQLITE_STORE_TODAY (today);
  GDate none;

  g_date_clear (&none, 1);
  if (sent != NULL && g_date_valid (sent) && g_date_compare (sent, &today) > 0)
    {
      g_autofree char *day = sv_date_format_medium (sent);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Veiligheidskaart sent to the RvdK: %s lies in the future."), day);
      return FALSE;
    }
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_kaart_sent (self, case_id, sent != NULL ? sent : &none, error), error);
}

void
sv_sqlite_store_init_vht (SvStoreInterface *iface)
{
  iface->get_vht_interventions = get_vht_interventions;
  iface->move_vht_intervention = move_vht_intervention;
  iface->set_vht_rvdk_kaart_sent = set_vht_rvdk_kaart_sent;
}
