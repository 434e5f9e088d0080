/* sv-sqlite-store-traject.c: where each case stands on the
 * Interventieteam's path, its moves and the counts per step. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-private.h"

static SvTraject *
get_traject (SvStore *store,
             gint64   case_id,
             GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvTraject) traject = NULL;
  g_autoptr(SvConsent) consent = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT c.report_kind, c.received, t.step, t.since, t.adviesverslag, t.iv_minutes,"
                                  "  t.gespreksverslagen, t.zorgjournaal, t.plan_goedgekeurd,"
                                  "  f.it_first_discussion, f.traject_v_start,"
                                  "  EXISTS (SELECT 1 FROM case_professionals p"
                                  "          WHERE p.case_id = c.id AND p.role = 'it-medewerker'),"
                                  "  EXISTS (SELECT 1 FROM case_professionals p"
                                  "          WHERE p.case_id = c.id AND p.role = 'casusregisseur'),"
                                  "  EXISTS (SELECT 1 FROM traject_moves m WHERE m.case_id = c.id AND m.to_step = 'traject-4')"
                                  "  FROM cases c LEFT JOIN case_traject t ON t.case_id = c.id"
                                  "  LEFT JOIN case_facts f ON f.case_id = c.id WHERE c.id = ?1",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *step = (const char *) sqlite3_column_text (stmt, 2);

      traject = sv_traject_new ();
      traject->case_id = case_id;
      sv_report_kind_from_nick ((const char *) sqlite3_column_text (stmt, 0), &traject->report_kind);
      sv_sql_get_date (stmt, 1, &traject->received);
      if (step == NULL)
        {
          /* Never moved: received since the report date. */
          traject->step = SV_TRAJECT_STEP_ONTVANGEN;
          traject->since = traject->received;
        }
      else
        {
          if (!sv_traject_step_from_nick (step, &traject->step))
            {
              traject->step = SV_TRAJECT_STEP_ONTVANGEN;
              traject->unknown_step = g_strdup (step);
            }
          sv_sql_get_date (stmt, 3, &traject->since);
          traject->adviesverslag = sqlite3_column_int (stmt, 4) != 0;
          traject->iv_minutes = (guint) sqlite3_column_int (stmt, 5);
          traject->gespreksverslagen = sqlite3_column_int (stmt, 6) != 0;
          traject->zorgjournaal = sqlite3_column_int (stmt, 7) != 0;
          traject->plan_goedgekeurd = sqlite3_column_int (stmt, 8) != 0;
        }
      sv_sql_get_date (stmt, 9, &traject->it_first_discussion);
      sv_sql_get_date (stmt, 10, &traject->traject_v_start);
      traject->it_medewerker = sqlite3_column_int (stmt, 11) != 0;
      traject->casusregisseur = sqlite3_column_int (stmt, 12) != 0;
      traject->passed_iv = sqlite3_column_int (stmt, 13) != 0;
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  if (traject == NULL)
    return NULL;

  consent = sv_store_get_consent (store, case_id, error);
  if (consent == NULL)
    return NULL;
  traject->consent_ok = sv_consent_allows_discussion (traject->report_kind, consent, NULL);
  return g_steal_pointer (&traject);
}

static gboolean
write_traject (SvSqliteStore   *self,
               const SvTraject *traject,
               GError         **error)
{
  sqlite3_stmt *stmt;

  /* A case without a row yet gets one at "received" since its report. */
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_traject (case_id, step, since, adviesverslag, iv_minutes,"
                                  "  gespreksverslagen, zorgjournaal, plan_goedgekeurd)"
                                  "  SELECT id, 'ontvangen', received, ?2, ?3, ?4, ?5, ?6 FROM cases WHERE id = ?1"
                                  "  ON CONFLICT (case_id) DO UPDATE SET adviesverslag = excluded.adviesverslag,"
                                  "    iv_minutes = excluded.iv_minutes, gespreksverslagen = excluded.gespreksverslagen,"
                                  "    zorgjournaal = excluded.zorgjournaal, plan_goedgekeurd = excluded.plan_goedgekeurd",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, traject->case_id);
  sqlite3_bind_int (stmt, 2, traject->adviesverslag ? 1 : 0);
  sqlite3_bind_int (stmt, 3, (int) traject->iv_minutes);
  sqlite3_bind_int (stmt, 4, traject->gespreksverslagen ? 1 : 0);
  sqlite3_bind_int (stmt, 5, traject->zorgjournaal ? 1 : 0);
  sqlite3_bind_int (stmt, 6, traject->plan_goedgekeurd ? 1 : 0);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
      return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, traject->case_id);
  return TRUE;
}

static gboolean
save_traject (SvStore   *store,
              SvTraject *traject,
              GError   **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_traject_check_iv_minutes (traject->iv_minutes, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_traject (self, traject, error), error);
}

static GPtrArray *
list_traject_moves (SvStore *store,
                    gint64   case_id,
                    GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_traject_move_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT id, from_step, to_step, moved_on, moved_at, who FROM traject_moves"
                                  "  WHERE case_id = ?1 ORDER BY id",
                                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvTrajectMove *move = sv_traject_move_new ();

      move->id = sqlite3_column_int64 (stmt, 0);
      move->case_id = case_id;
      move->from_step = sv_sql_dup_text (stmt, 1);
      move->to_step = sv_sql_dup_text (stmt, 2);
      sv_sql_get_date (stmt, 3, &move->on);
      move->at = sv_sql_get_datetime (stmt, 4);
      move->who = sv_sql_dup_text (stmt, 5);
      g_ptr_array_add (moves, move);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&moves);
}

/* The date the deadlines count from, recorded by the move unless known. */
static gboolean
record_fact (SvSqliteStore *self,
             gint64         case_id,
             SvTrajectStep  to,
             const GDate   *on,
             GError       **error)
{
  const char *sql;
  sqlite3_stmt *stmt;

  if (to == SV_TRAJECT_STEP_EERSTE_BESPREKING)
    sql = "INSERT INTO case_facts (case_id, it_first_discussion) VALUES (?1, ?2)"
          "  ON CONFLICT (case_id) DO UPDATE SET it_first_discussion = coalesce (it_first_discussion, excluded.it_first_discussion)";
  else if (to == SV_TRAJECT_STEP_TRAJECT_V)
    sql = "INSERT INTO case_facts (case_id, traject_v_start) VALUES (?1, ?2)"
          "  ON CONFLICT (case_id) DO UPDATE SET traject_v_start = coalesce (traject_v_start, excluded.traject_v_start)";
  else
    return TRUE;
  if (!(stmt = sv_sqlite_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_date (stmt, 2, on);
  return sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
write_move (SvSqliteStore *self,
            gint64         case_id,
            SvTrajectStep  from,
            SvTrajectStep  to,
            const GDate   *on,
            const char    *who,
            GError       **error)
{
  g_autoptr(SvTraject) traject = NULL;
  g_autofree char *why = NULL;
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;

  /* Read inside the transaction: what another window wrote is seen. */
  traject = get_traject (SV_STORE (self), case_id, error);
  if (traject == NULL)
    return FALSE;
  if (traject->unknown_step == NULL && traject->step != from)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_STALE,
                   _("Meanwhile the case was moved to “%s”, perhaps in another window; the chart now shows "
                     "where it stands."),
                   sv_traject_step_label (traject->step));
      return FALSE;
    }
  if (!sv_traject_can_move (traject, to, NULL, on, &why))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, why);
      return FALSE;
    }
  if (g_date_valid (&traject->since) && g_date_compare (on, &traject->since) < 0)
    {
      g_autofree char *since = sv_date_format_medium (&traject->since);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("The move cannot lie before %s, when the case reached “%s”."),
                   since, sv_traject_step_label (from));
      return FALSE;
    }

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_traject (case_id, step, since) VALUES (?1, ?2, ?3)"
                                  "  ON CONFLICT (case_id) DO UPDATE SET step = excluded.step, since = excluded.since",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, sv_traject_step_to_nick (to));
  sv_sql_bind_date (stmt, 3, on);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO traject_moves (case_id, from_step, to_step, moved_on, moved_at, who)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sv_sql_bind_text (stmt, 2, sv_traject_step_to_nick (from));
  sv_sql_bind_text (stmt, 3, sv_traject_step_to_nick (to));
  sv_sql_bind_date (stmt, 4, on);
  sv_sql_bind_text (stmt, 5, now);
  sv_sql_bind_text (stmt, 6, who);
  if (!sv_sqlite_store_step_done (self, stmt, error) ||
      !record_fact (self, case_id, to, on, error))
    return FALSE;
  /* The counts per step of the case list change too. */
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE | SV_STORE_CHANGE_CASE_LIST, case_id);
  return TRUE;
}

static gboolean
move_traject (SvStore       *store,
              gint64         case_id,
              SvTrajectStep  from,
              SvTrajectStep  to,
              const GDate   *on,
              const char    *who,
              GError       **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autofree char *name = NULL;
  GDate day;

  if (!sv_sqlite_store_check_move (on, who, _("Move: say who moves the case."), &day, &name, error) ||
      !sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_move (self, case_id, from, to, &day, name, error), error);
}

/* The step of a case_traject row; the rows come grouped by nick often
 * enough that remembering the last one saves most look-ups. */
static gboolean
step_of_row (sqlite3_stmt  *stmt,
             char          *last,
             gsize          last_size,
             int           *last_step,
             SvTrajectStep *step)
{
  const char *nick = (const char *) sqlite3_column_text (stmt, 1);

  if (nick == NULL)
    return FALSE;
  if (*last_step == -2 || strcmp (nick, last) != 0)
    {
      SvTrajectStep found;

      g_strlcpy (last, nick, last_size);
      /* A nick too long for the buffer is no step of ours either. */
      *last_step = strlen (nick) < last_size && sv_traject_step_from_nick (nick, &found) ? (int) found : -1;
    }
  if (*last_step < 0)
    return FALSE;
  *step = (SvTrajectStep) *last_step;
  return TRUE;
}

static gboolean
count_traject_steps (SvStore *store,
                     guint   *counts,
                     guint   *n_unknown,
                     GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  sqlite3_stmt *open, *rows;
  char last[32] = "";
  int last_step = -2;
  guint unknown = 0;
  int rc_open, rc_rows;

  /* A merge of two passes in order of case number: the open cases (from
   * the index cases_open) and the traject rows (by their key). A look-up
   * in case_traject per open case costs several times as much at 100,000
   * cases. The two statements run interleaved, so they read one snapshot.
   * An open case without a row was never moved: received. */
  open = sv_sqlite_store_prepare (self, "SELECT id FROM cases INDEXED BY cases_open WHERE status = 'open' ORDER BY id",
                                  error);
  if (open == NULL)
    return FALSE;
  rows = sv_sqlite_store_prepare (self, "SELECT case_id, step FROM case_traject ORDER BY case_id", error);
  if (rows == NULL)
    return FALSE;
  memset (counts, 0, sizeof (guint) * SV_TRAJECT_N_STEPS);
  rc_rows = sqlite3_step (rows);
  while ((rc_open = sqlite3_step (open)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (open, 0);
      SvTrajectStep step;

      while (rc_rows == SQLITE_ROW && sqlite3_column_int64 (rows, 0) < id)
        rc_rows = sqlite3_step (rows);
      if (rc_rows != SQLITE_ROW || sqlite3_column_int64 (rows, 0) != id)
        counts[SV_TRAJECT_STEP_ONTVANGEN]++;
      else if (step_of_row (rows, last, sizeof last, &last_step, &step))
        counts[step]++;
      else
        unknown++;
    }
  if (rc_rows != SQLITE_ROW && rc_rows != SQLITE_DONE)
    {
      sqlite3_reset (open);
      return sv_sqlite_store_rows_done (self, rows, rc_rows, error);
    }
  sqlite3_reset (rows);
  if (!sv_sqlite_store_rows_done (self, open, rc_open, error))
    return FALSE;
  if (n_unknown != NULL)
    *n_unknown = unknown;
  return TRUE;
}

static gboolean
write_imported (SvSqliteStore *self,
                SvTraject     *traject,
                GPtrArray     *moves,
                GError       **error)
{
  sqlite3_stmt *stmt;
  GDate received, since;
  g_autofree char *why = NULL;
  int rc;

  stmt = sv_sqlite_store_prepare (self,
                                  "SELECT c.received, EXISTS (SELECT 1 FROM traject_moves m WHERE m.case_id = c.id)"
                                  "  FROM cases c WHERE c.id = ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, traject->case_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
      else
        sv_sqlite_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sv_sql_get_date (stmt, 0, &received);
  if (sqlite3_column_int (stmt, 1) != 0)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, SV_ERROR, SV_ERROR_EXISTS,
                           _("The case has moved on the Interventieteam’s path already; a log is only added to."));
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (!sv_traject_check_log (traject->step, moves, &received, NULL, NULL, &why))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("Traject log: %s."), why);
      return FALSE;
    }
  since = moves->len > 0 ? ((SvTrajectMove *) moves->pdata[moves->len - 1])->on : received;

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_traject (case_id, step, since, adviesverslag, iv_minutes,"
                                  "  gespreksverslagen, zorgjournaal, plan_goedgekeurd)"
                                  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                  "  ON CONFLICT (case_id) DO UPDATE SET step = excluded.step, since = excluded.since,"
                                  "    adviesverslag = excluded.adviesverslag, iv_minutes = excluded.iv_minutes,"
                                  "    gespreksverslagen = excluded.gespreksverslagen,"
                                  "    zorgjournaal = excluded.zorgjournaal, plan_goedgekeurd = excluded.plan_goedgekeurd",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, traject->case_id);
  sv_sql_bind_text (stmt, 2, sv_traject_step_to_nick (traject->step));
  sv_sql_bind_date (stmt, 3, &since);
  sqlite3_bind_int (stmt, 4, traject->adviesverslag ? 1 : 0);
  sqlite3_bind_int (stmt, 5, (int) traject->iv_minutes);
  sqlite3_bind_int (stmt, 6, traject->gespreksverslagen ? 1 : 0);
  sqlite3_bind_int (stmt, 7, traject->zorgjournaal ? 1 : 0);
  sqlite3_bind_int (stmt, 8, traject->plan_goedgekeurd ? 1 : 0);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    {
      const SvTrajectMove *move = moves->pdata[i];
      g_autofree char *at = sv_datetime_to_iso (move->at);
      g_autofree char *now = at == NULL ? sv_sqlite_store_now_iso () : NULL;

      stmt = sv_sqlite_store_prepare (self,
                                      "INSERT INTO traject_moves (case_id, from_step, to_step, moved_on, moved_at, who)"
                                      "  VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, traject->case_id);
      sv_sql_bind_text (stmt, 2, move->from_step);
      sv_sql_bind_text (stmt, 3, move->to_step);
      sv_sql_bind_date (stmt, 4, &move->on);
      sv_sql_bind_text (stmt, 5, at != NULL ? at : now);
      sv_sql_bind_text (stmt, 6, move->who != NULL ? move->who : "");
      if (!sv_sqlite_store_step_done (self, stmt, error))
        return FALSE;
    }
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE | SV_STORE_CHANGE_CASE_LIST, traject->case_id);
  return TRUE;
}

static gboolean
import_traject (SvStore   *store,
                SvTraject *traject,
                GPtrArray *moves,
                GError   **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if ((guint) traject->step >= SV_TRAJECT_N_STEPS || traject->unknown_step != NULL)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("Traject: “%s” is not a step of the Interventieteam’s path."),
                   traject->unknown_step != NULL ? traject->unknown_step : "?");
      return FALSE;
    }
  if (!sv_traject_check_iv_minutes (traject->iv_minutes, error) || !sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_imported (self, traject, moves, error), error);
}

void
sv_sqlite_store_init_traject (SvStoreInterface *iface)
{
  iface->get_traject = get_traject;
  iface->save_traject = save_traject;
  iface->list_traject_moves = list_traject_moves;
  iface->move_traject = move_traject;
  iface->count_traject_steps = count_traject_steps;
  iface->import_traject = import_traject;
}
