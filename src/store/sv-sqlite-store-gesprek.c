/* sv-sqlite-store-gesprek.c: interventiegesprekken and the people
 * invited (the letters: sv-sqlite-store-gesprek-letters.c).
 *
 * Saving a conversation also writes its date, start and consultation
 * into the case's facts, so the deadline engine (the Planning, the
 * case's deadlines, the calendar export) counts the preparation and the
 * definitive Veiligheidskaart from the conversation that was planned;
 * and the day the Veiligheidskaart went to the RvdK into the
 * VeiligheidsTeam's interventions when they have none. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-sqlite-store-gesprek-private.h"

#define GESPREK_COLUMNS \
  "id, case_id, vht_consultation, day, minutes, duration, late_reason, kind, rvdk_kaart_sent," \
  " rvdk_joins, place, place_other, room_reserved, room_note, safety, safety_other, chair," \
  " chair_name, chair_role, kaart_definitive_sent, final, both_parents, outcome, raadsonderzoek"

static void
set_not_found (GError **error,
               gint64   id)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* TRANSLATORS: %s is the number of an interventiegesprek */
  g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("Interventiegesprek %s does not exist (any more)."), number);
}

static SvGesprek *
gesprek_from_row (sqlite3_stmt *stmt)
{
  SvGesprek *g = sv_gesprek_new ();
  int c = 0;

  g->id = sqlite3_column_int64 (stmt, c++);
  g->case_id = sqlite3_column_int64 (stmt, c++);
  sv_sql_get_date (stmt, c++, &g->vht_consultation);
  sv_sql_get_date (stmt, c++, &g->date);
  g->minutes = sqlite3_column_type (stmt, c) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, c);
  c++;
  g->duration = sqlite3_column_int (stmt, c++);
  g->late_reason = sv_sql_dup_text (stmt, c++);
  sv_ig_kind_from_nick ((const char *) sqlite3_column_text (stmt, c++), &g->kind);
  sv_sql_get_date (stmt, c++, &g->rvdk_kaart_sent);
  g->rvdk_joins = sv_sql_get_tri (stmt, c++);
  sv_gesprek_place_from_nick ((const char *) sqlite3_column_text (stmt, c++), &g->place);
  g->place_other = sv_sql_dup_text (stmt, c++);
  g->room_reserved = sqlite3_column_int (stmt, c++) != 0;
  g->room_note = sv_sql_dup_text (stmt, c++);
  g->safety = (SvIgSafety) sqlite3_column_int (stmt, c++);
  g->safety_other = sv_sql_dup_text (stmt, c++);
  sv_gesprek_chair_from_nick ((const char *) sqlite3_column_text (stmt, c++), &g->chair);
  g->chair_name = sv_sql_dup_text (stmt, c++);
  g->chair_role = sv_sql_dup_text (stmt, c++);
  sv_sql_get_date (stmt, c++, &g->kaart_definitive_sent);
  g->final = sqlite3_column_int (stmt, c++) != 0;
  g->both_parents = sv_sql_get_tri (stmt, c++);
  g->outcome = sv_sql_dup_text (stmt, c++);
  g->raadsonderzoek = sv_sql_get_tri (stmt, c++);
  return g;
}

static SvGesprek *
get_gesprek (SvStore *store,
             gint64   id,
             GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvGesprek) g = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self, "SELECT " GESPREK_COLUMNS " FROM gesprekken WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g = gesprek_from_row (stmt);
  else if (rc == SQLITE_DONE)
    set_not_found (error, id);
  else
    sv_sqlite_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  if (g == NULL || !sv_sqlite_store_read_gesprek_people (self, g, error))
    return NULL;
  return g_steal_pointer (&g);
}

/* Conversations by a query on ids with ?1 bound to @key. */
static GPtrArray *
list_by (SvSqliteStore *self,
         const char    *sql,
         gint64         key,
         const char    *day,
         GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_gesprek_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = sv_sqlite_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (day != NULL)
    sv_sql_bind_text (stmt, 1, day);
  else
    sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (!sv_sqlite_store_rows_done (self, stmt, rc, error))
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      SvGesprek *g = get_gesprek (SV_STORE (self), g_array_index (ids, gint64, i), error);

      if (g == NULL)
        return NULL;
      g_ptr_array_add (list, g);
    }
  return g_steal_pointer (&list);
}

static GPtrArray *
list_gesprekken (SvStore *store,
                 gint64   case_id,
                 GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (case_id > 0)
    return list_by (self, "SELECT id FROM gesprekken WHERE case_id = ?1 ORDER BY day IS NULL, day, minutes, id",
                    case_id, NULL, error);
  return list_by (self,
                  "SELECT g.id FROM gesprekken g JOIN cases c ON c.id = g.case_id"
                  "  WHERE ?1 = 0 AND c.status = 'open' ORDER BY g.day IS NULL, g.day, g.minutes, g.id",
                  0, NULL, error);
}

static char *
format_minutes (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

static gboolean
check_room (SvSqliteStore   *self,
            const SvGesprek *g,
            GError         **error)
{
  g_autofree char *day = NULL;
  g_autoptr(GPtrArray) same_day = NULL;

  if (!g->room_reserved || !g_date_valid (&g->date))
    return TRUE;
  day = sv_date_to_iso (&g->date);
  same_day = list_by (self, "SELECT id FROM gesprekken WHERE day = ?1 AND room_reserved = 1 ORDER BY minutes, id",
                      0, day, error);
  if (same_day == NULL)
    return FALSE;
  for (guint i = 0; i < same_day->len; i++)
    {
      const SvGesprek *other = g_ptr_array_index (same_day, i);
      g_autofree char *place = NULL;
      g_autofree char *when = NULL;
      g_autofree char *date = NULL;

      if (other->id == g->id || !sv_gesprek_rooms_clash (g, other))
        continue;
      place = sv_gesprek_dup_place_text (other);
      date = sv_date_format_long (&other->date);
      if (other->minutes >= 0)
        {
          g_autofree char *from = format_minutes (other->minutes);
          g_autofree char *to = format_minutes (MIN (other->minutes + other->duration, 24 * 60 - 1));

          /* TRANSLATORS: "from 14:00 to 15:30" */
          when = g_strdup_printf (_("from %s to %s"), from, to);
        }
      else
        when = g_strdup (_("all day"));
      /* TRANSLATORS: %1$s room note, %2$s place, %3$s long date, %4$s "from 14:00 to 15:30" */
      g_set_error (error, SV_ERROR, SV_ERROR_EXISTS,
                   _("Room: “%1$s” at %2$s is already reserved on %3$s %4$s for another interventiegesprek. Choose another room or time."),
                   other->room_note != NULL && *other->room_note != '\0' ? other->room_note : _("the room"),
                   place, date, when);
      return FALSE;
    }
  return TRUE;
}

/* The case's facts follow its latest conversation: the deadline engine
 * counts ig-kaart-definitief and ig-voorbespreking from them. */
static gboolean
sync_facts (SvSqliteStore *self,
            gint64         case_id,
            GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_facts (case_id, vht_consultation, ig_date, ig_minutes)"
                                  "  SELECT ?1, g.vht_consultation, g.day, g.minutes FROM (SELECT 1) LEFT JOIN"
                                  "  (SELECT * FROM gesprekken WHERE case_id = ?1 ORDER BY day IS NULL, day DESC, id DESC LIMIT 1) g"
                                  "  ON 1 WHERE 1"
                                  "  ON CONFLICT (case_id) DO UPDATE SET"
                                  "    vht_consultation = COALESCE (excluded.vht_consultation, vht_consultation),"
                                  "    ig_date = excluded.ig_date, ig_minutes = excluded.ig_minutes",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;

  /* The day the Veiligheidskaart went to the RvdK, for the
   * VeiligheidsTeam's interventions too, unless they have one already. */
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO case_vht (case_id, rvdk_kaart_sent)"
                                  "  SELECT case_id, rvdk_kaart_sent FROM gesprekken"
                                  "  WHERE case_id = ?1 AND rvdk_kaart_sent IS NOT NULL"
                                  "  ORDER BY rvdk_kaart_sent LIMIT 1"
                                  "  ON CONFLICT (case_id) DO UPDATE"
                                  "  SET rvdk_kaart_sent = COALESCE (rvdk_kaart_sent, excluded.rvdk_kaart_sent)",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;

  /* The definitive Veiligheidskaart sent: its deadline is done. */
  stmt = sv_sqlite_store_prepare (self,
                                  "INSERT INTO deadlines_done (case_id, rule_id, done_on)"
                                  "  SELECT case_id, 'ig-kaart-definitief', kaart_definitive_sent FROM gesprekken"
                                  "  WHERE case_id = ?1 AND kaart_definitive_sent IS NOT NULL"
                                  "  ORDER BY day IS NULL, day DESC, id DESC LIMIT 1"
                                  "  ON CONFLICT (case_id, rule_id) DO UPDATE SET done_on = excluded.done_on",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return sv_sqlite_store_step_done (self, stmt, error);
}

static gboolean
write_gesprek (SvSqliteStore *self,
               SvGesprek     *g,
               GError       **error)
{
  g_autofree char *now = sv_sqlite_store_now_iso ();
  sqlite3_stmt *stmt;
  gboolean insert = g->id == 0;
  int c = 2;

  stmt = sv_sqlite_store_prepare (self, "SELECT case_id FROM gesprekken WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  if (!insert)
    {
      int rc;
      gint64 stored_case = 0;

      sqlite3_bind_int64 (stmt, 1, g->id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        stored_case = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (stored_case == 0)
        {
          set_not_found (error, g->id);
          return FALSE;
        }
      if (stored_case != g->case_id)
        {
          g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                               _("An interventiegesprek cannot move to another case."));
          return FALSE;
        }
    }
  stmt = sv_sqlite_store_prepare (self, "SELECT 1 FROM cases WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g->case_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, SV_ERROR, SV_ERROR_NOT_FOUND, _("The case does not exist (any more)."));
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (!check_room (self, g, error))
    return FALSE;

  if (insert)
    stmt = sv_sqlite_store_prepare (self,
                                    "INSERT INTO gesprekken (case_id, vht_consultation, day, minutes, duration,"
                                    "  late_reason, kind, rvdk_kaart_sent, rvdk_joins, place, place_other,"
                                    "  room_reserved, room_note, safety, safety_other, chair, chair_name,"
                                    "  chair_role, kaart_definitive_sent, final, both_parents, outcome,"
                                    "  raadsonderzoek, created_at, updated_at, id)"
                                    "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                                    "  ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?24, NULL)",
                                    error);
  else
    stmt = sv_sqlite_store_prepare (self,
                                    "UPDATE gesprekken SET vht_consultation = ?2, day = ?3, minutes = ?4,"
                                    "  duration = ?5, late_reason = ?6, kind = ?7, rvdk_kaart_sent = ?8,"
                                    "  rvdk_joins = ?9, place = ?10, place_other = ?11, room_reserved = ?12,"
                                    "  room_note = ?13, safety = ?14, safety_other = ?15, chair = ?16,"
                                    "  chair_name = ?17, chair_role = ?18, kaart_definitive_sent = ?19,"
                                    "  final = ?20, both_parents = ?21, outcome = ?22, raadsonderzoek = ?23,"
                                    "  updated_at = ?24 WHERE id = ?25",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g->case_id);
  sv_sql_bind_date (stmt, c++, &g->vht_consultation);
  sv_sql_bind_date (stmt, c++, &g->date);
  if (g->minutes >= 0)
    sqlite3_bind_int (stmt, c++, g->minutes);
  else
    sqlite3_bind_null (stmt, c++);
  sqlite3_bind_int (stmt, c++, g->duration);
  sv_sql_bind_text (stmt, c++, g->late_reason != NULL ? g->late_reason : "");
  sv_sql_bind_text (stmt, c++, sv_ig_kind_to_nick (g->kind));
  sv_sql_bind_date (stmt, c++, &g->rvdk_kaart_sent);
  sv_sql_bind_tri (stmt, c++, g->rvdk_joins);
  sv_sql_bind_text (stmt, c++, sv_gesprek_place_to_nick (g->place));
  sv_sql_bind_text (stmt, c++, g->place_other != NULL ? g->place_other : "");
  sqlite3_bind_int (stmt, c++, g->room_reserved ? 1 : 0);
  sv_sql_bind_text (stmt, c++, g->room_note != NULL ? g->room_note : "");
  sqlite3_bind_int (stmt, c++, (int) g->safety);
  sv_sql_bind_text (stmt, c++, g->safety_other != NULL ? g->safety_other : "");
  sv_sql_bind_text (stmt, c++, sv_gesprek_chair_to_nick (g->chair));
  sv_sql_bind_text (stmt, c++, g->chair_name != NULL ? g->chair_name : "");
  sv_sql_bind_text (stmt, c++, g->chair_role != NULL ? g->chair_role : "");
  sv_sql_bind_date (stmt, c++, &g->kaart_definitive_sent);
  sqlite3_bind_int (stmt, c++, g->final ? 1 : 0);
  sv_sql_bind_tri (stmt, c++, g->both_parents);
  sv_sql_bind_text (stmt, c++, g->outcome != NULL ? g->outcome : "");
  sv_sql_bind_tri (stmt, c++, g->raadsonderzoek);
  sv_sql_bind_text (stmt, c++, now);
  if (!insert)
    sqlite3_bind_int64 (stmt, c++, g->id);
  if (!sv_sqlite_store_step_done (self, stmt, error))
    return FALSE;
  if (insert)
    g->id = sv_sqlite_store_last_id (self);
  if (!sv_sqlite_store_write_gesprek_people (self, g, error) || !sync_facts (self, g->case_id, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, g->case_id);
  return TRUE;
}

static gboolean
save_gesprek (SvStore     *store,
              SvGesprek   *g,
              SvWorkdays  *workdays,
              GError     **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);
  g_autoptr(SvWorkdays) plain = NULL;
  g_autoptr(SvGesprek) copy = NULL;
  SV_SQLITE_STORE_TODAY (today);

  if (workdays == NULL)
    workdays = plain = sv_workdays_new ();
  if (!sv_gesprek_validate (g, workdays, &today, error))
    return FALSE;
  if (g_date_valid (&g->rvdk_kaart_sent) && g_date_compare (&g->rvdk_kaart_sent, &today) > 0)
    {
      g_autofree char *day = sv_date_format_medium (&g->rvdk_kaart_sent);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Veiligheidskaart sent to the RvdK: %s lies in the future."), day);
      return FALSE;
    }
  if (g_date_valid (&g->kaart_definitive_sent) && g_date_compare (&g->kaart_definitive_sent, &today) > 0)
    {
      g_autofree char *day = sv_date_format_medium (&g->kaart_definitive_sent);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Definitive Veiligheidskaart sent: %s lies in the future."), day);
      return FALSE;
    }
  /* The ids are filled in a copy and handed back only after the commit:
   * a refused save leaves the caller's record as it was. */
  copy = sv_gesprek_copy (g);
  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  if (!sv_sqlite_store_end (self, write_gesprek (self, copy, error), error))
    return FALSE;
  g->id = copy->id;
  for (guint i = 0; i < g->people->len; i++)
    ((SvGesprekPerson *) g_ptr_array_index (g->people, i))->id =
      ((SvGesprekPerson *) g_ptr_array_index (copy->people, i))->id;
  return TRUE;
}

static gboolean
write_delete (SvSqliteStore *self,
              gint64         id,
              GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 case_id = 0;
  int rc;

  stmt = sv_sqlite_store_prepare (self, "SELECT case_id FROM gesprekken WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    case_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (case_id == 0)
    {
      set_not_found (error, id);
      return FALSE;
    }
  stmt = sv_sqlite_store_prepare (self, "DELETE FROM gesprekken WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!sv_sqlite_store_step_done (self, stmt, error) || !sync_facts (self, case_id, error))
    return FALSE;
  sv_sqlite_store_note_change (self, SV_STORE_CHANGE_CASE, case_id);
  return TRUE;
}

static gboolean
delete_gesprek (SvStore *store,
                gint64   id,
                GError **error)
{
  SvSqliteStore *self = SV_SQLITE_STORE (store);

  if (!sv_sqlite_store_begin (self, error))
    return FALSE;
  return sv_sqlite_store_end (self, write_delete (self, id, error), error);
}

void
sv_sqlite_store_init_gesprek (SvStoreInterface *iface)
{
  iface->list_gesprekken = list_gesprekken;
  iface->get_gesprek = get_gesprek;
  iface->save_gesprek = save_gesprek;
  iface->delete_gesprek = delete_gesprek;
}
