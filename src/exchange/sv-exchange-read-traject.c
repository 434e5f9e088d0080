/* sv-exchange-read-traject.c: where a case stands on the Interventieteam's
 * path and the log of its moves (format version 4 on), read and checked
 * against the model into plan records (see sv-exchange-read.c for the
 * whole).
 *
 * The log is taken as a record of what happened: each move must follow
 * the process one edge at a time from "received" and end at the step, but
 * the requirements of a move (consent, an adviesverslag) are not checked
 * again — they were met when the move was made, and the facts of a case
 * may have changed since.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-exchange-private.h"
#include "sv-validate.h"

static const char * const traject_keys[] = {
  "step", "adviesverslag", "iv_minutes", "gespreksverslagen", "zorgjournaal", "plan_goedgekeurd", "log", NULL
};
static const char * const move_keys[] = {
  "from", "to", "on", "recorded", "who", NULL
};

static int
read_step (JsonObject  *object,
           const char  *path,
           const char  *key,
           GError     **error)
{
  const char *nicks[SV_TRAJECT_N_STEPS + 1];

  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    nicks[i] = sv_traject_step_to_nick ((SvTrajectStep) i);
  nicks[SV_TRAJECT_N_STEPS] = NULL;
  return sv_json_get_nick (object, path, key, nicks, error);
}

static SvTrajectMove *
read_move (SvImportReader  *r,
           JsonNode        *node,
           const char      *path,
           GError         **error)
{
  g_autoptr(SvTrajectMove) move = sv_traject_move_new ();
  JsonObject *object = sv_json_object_with_keys (node, path, move_keys, error);
  const char *who;
  int from, to;

  if (object == NULL ||
      (from = read_step (object, path, "from", error)) < 0 ||
      (to = read_step (object, path, "to", error)) < 0 ||
      !sv_json_get_date (object, path, "on", FALSE, &move->on, error) ||
      !(move->at = sv_json_get_timestamp (object, path, "recorded", error)) ||
      !sv_json_get_string (object, path, "who", FALSE, &who, error))
    return NULL;
  move->from_step = g_strdup (sv_traject_step_to_nick ((SvTrajectStep) from));
  move->to_step = g_strdup (sv_traject_step_to_nick ((SvTrajectStep) to));
  move->who = g_strdup (who);
  if (g_date_compare (&move->on, r->today) > 0)
    {
      g_autofree char *at = sv_json_path_key (path, "on");
      g_autofree char *on = sv_date_format_medium (&move->on);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: %s lies in the future"), at, on);
      return NULL;
    }
  if (!sv_check_required (move->who, SV_MAX_NAME_CHARS, _("Who moved the case"), error))
    {
      g_autofree char *at = sv_json_path_key (path, "who");

      g_prefix_error (error, "%s: ", at);
      return NULL;
    }
  return g_steal_pointer (&move);
}

gboolean
sv_import_read_traject (SvImportReader  *r,
                        JsonNode        *node,
                        const char      *path,
                        const GDate     *received,
                        SvTraject      **out_traject,
                        GPtrArray      **out_moves,
                        GError         **error)
{
  g_autoptr(SvTraject) traject = sv_traject_new ();
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_traject_move_free);
  g_autofree char *log_path = sv_json_path_key (path, "log");
  g_autofree char *why = NULL;
  JsonObject *object = sv_json_object_with_keys (node, path, traject_keys, error);
  JsonArray *log;
  const char *field;
  guint index;
  int step;

  if (object == NULL ||
      (step = read_step (object, path, "step", error)) < 0 ||
      !sv_json_get_boolean (object, path, "adviesverslag", &traject->adviesverslag, error) ||
      !sv_json_get_uint (object, path, "iv_minutes", SV_TRAJECT_IV_MAX_MINUTES, &traject->iv_minutes, error) ||
      !sv_json_get_boolean (object, path, "gespreksverslagen", &traject->gespreksverslagen, error) ||
      !sv_json_get_boolean (object, path, "zorgjournaal", &traject->zorgjournaal, error) ||
      !sv_json_get_boolean (object, path, "plan_goedgekeurd", &traject->plan_goedgekeurd, error) ||
      !(log = sv_json_get_array (object, path, "log", error)))
    return FALSE;
  traject->step = (SvTrajectStep) step;

  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      g_autofree char *at = sv_json_path_index (log_path, i);
      SvTrajectMove *move = read_move (r, json_array_get_element (log, i), at, error);

      if (move == NULL)
        return FALSE;
      g_ptr_array_add (moves, move);
    }
  if (!sv_traject_check_log (traject->step, moves, received, &index, &field, &why))
    {
      g_autofree char *move_path = index < moves->len ? sv_json_path_index (log_path, index) : NULL;
      g_autofree char *at = sv_json_path_key (move_path != NULL ? move_path : path, field);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, "%s: %s", at, why);
      return FALSE;
    }
  *out_traject = g_steal_pointer (&traject);
  *out_moves = g_steal_pointer (&moves);
  return TRUE;
}
