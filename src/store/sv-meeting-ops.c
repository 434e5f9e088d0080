/* sv-meeting-ops.c: start, finish a case, close — on the store interface,
 * each in one transaction. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-meeting-ops.h"
#include "sv-meeting-timer.h"
#include "sv-minutes.h"

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
check_open (const SvMeeting *meeting,
            GError         **error)
{
  if (meeting->status != SV_MEETING_STATUS_AFGEROND)
    return TRUE;
  g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID,
                       _("This meeting is closed and can no longer be changed. Its minutes are in the case journals."));
  return FALSE;
}

/* The journal entry @id of @case_id, or NULL. */
static SvJournalEntry *
find_entry (SvStore *store,
            gint64   case_id,
            gint64   id,
            GError **error)
{
  g_autoptr(GPtrArray) journal = NULL;

  if (id == 0)
    return NULL;
  journal = sv_store_list_journal (store, case_id, error);
  for (guint i = 0; journal != NULL && i < journal->len; i++)
    if (((SvJournalEntry *) journal->pdata[i])->id == id)
      return g_ptr_array_steal_index (journal, i);
  return NULL;
}

SvMeeting *
sv_meeting_ops_start (SvStore  *store,
                      gint64    meeting_id,
                      GError  **error)
{
  g_autoptr(SvMeeting) meeting = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  meeting = sv_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  if (meeting->status == SV_MEETING_STATUS_GEPLAND)
    {
      meeting->status = SV_MEETING_STATUS_LOPEND;
      if (!sv_store_save_meeting (store, meeting, error))
        return NULL;
    }
  return g_steal_pointer (&meeting);
}

gboolean
sv_meeting_ops_item_touched (const SvAgendaItem *item,
                             guint               n_agreements)
{
  g_return_val_if_fail (item != NULL, FALSE);

  return item->discussed || item->journal_entry_id != 0 ||
         item->elapsed_seconds > 0 || item->running_since > 0 ||
         item->advice != SV_VHT_ADVICE_GEEN || !blank (item->advice_text) ||
         !blank (item->minutes) || n_agreements > 0;
}

char *
sv_meeting_ops_item_minutes (SvStore            *store,
                             const SvMeeting    *meeting,
                             const SvAgendaItem *item,
                             GError            **error)
{
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GPtrArray) attendance = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting != NULL && item != NULL, NULL);

  if (!blank (item->minutes))
    return g_strdup (item->minutes);
  agreements = sv_store_list_agreements (store, 0, item->id, error);
  if (agreements == NULL)
    return NULL;
  attendance = sv_store_list_attendance (store, meeting->id, error);
  if (attendance == NULL)
    return NULL;
  return sv_minutes_compose_item (meeting, item, agreements, attendance);
}

/* The day the minutes are about: the meeting's, but never after today
 * (the journal records what happened). */
static void
entry_date (const SvMeeting *meeting,
            GDate           *out)
{
  GDate today;

  sv_date_today (&today);
  *out = meeting->date;
  if (!g_date_valid (out) || g_date_compare (out, &today) > 0)
    *out = today;
}

static gboolean
finish_in_transaction (SvStore        *store,
                       gint64          item_id,
                       const char     *author,
                       gint64          now,
                       SvFinishResult *result,
                       GError        **error)
{
  g_autoptr(SvAgendaItem) item = sv_store_get_agenda_item (store, item_id, error);
  g_autoptr(SvMeeting) meeting = NULL;
  g_autoptr(SvJournalEntry) previous = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;

  if (item == NULL)
    return FALSE;
  meeting = sv_store_get_meeting (store, item->meeting_id, error);
  if (meeting == NULL || !check_open (meeting, error))
    return FALSE;
  text = sv_meeting_ops_item_minutes (store, meeting, item, error);
  if (text == NULL)
    return FALSE;
  previous = find_entry (store, item->case_id, item->journal_entry_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  if (previous != NULL && item->discussed && g_strcmp0 (previous->text, text) == 0)
    *result = SV_FINISH_UNCHANGED;
  else
    {
      g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();

      entry->case_id = item->case_id;
      entry_date (meeting, &entry->date);
      g_free (entry->author);
      entry->author = g_strdup (author);
      g_free (entry->text);
      entry->text = g_steal_pointer (&text);
      entry->corrects_id = previous != NULL ? previous->id : 0;
      if (!sv_store_add_journal_entry (store, entry, error))
        return FALSE;
      item->journal_entry_id = entry->id;
      *result = previous != NULL ? SV_FINISH_CORRECTED : SV_FINISH_WRITTEN;
    }
  item->discussed = TRUE;
  sv_agenda_timer_pause (item, now);
  return sv_store_save_agenda_item (store, item, error);
}

typedef struct {
  gint64          id;
  const char     *author;
  const char     *minutes;
  gint64          now;
  SvFinishResult  result;
} OpData;

static gboolean
finish_cb (SvStore  *store,
           gpointer  user_data,
           GError  **error)
{
  OpData *data = user_data;

  return finish_in_transaction (store, data->id, data->author, data->now, &data->result, error);
}

gboolean
sv_meeting_ops_finish_item (SvStore         *store,
                            gint64           item_id,
                            const char      *author,
                            gint64           now,
                            SvFinishResult  *result,
                            GError         **error)
{
  OpData data = { item_id, author, NULL, now, SV_FINISH_UNCHANGED };

  g_return_val_if_fail (SV_IS_STORE (store), FALSE);
  g_return_val_if_fail (author != NULL, FALSE);

  if (!sv_store_run_in_transaction (store, finish_cb, &data, error))
    return FALSE;
  if (result != NULL)
    *result = data.result;
  return TRUE;
}

/* Whether @item needs finishing: discussed, and its minutes not (yet) in
 * the journal as they are now. */
static gboolean
item_pending (SvStore            *store,
              const SvMeeting    *meeting,
              const SvAgendaItem *item,
              gboolean           *pending,
              GError            **error)
{
  g_autoptr(GPtrArray) agreements = sv_store_list_agreements (store, 0, item->id, error);
  g_autoptr(SvJournalEntry) entry = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;

  *pending = FALSE;
  if (agreements == NULL)
    return FALSE;
  if (!sv_meeting_ops_item_touched (item, agreements->len))
    return TRUE;
  if (item->journal_entry_id == 0 || !item->discussed)
    {
      *pending = TRUE;
      return TRUE;
    }
  text = sv_meeting_ops_item_minutes (store, meeting, item, error);
  if (text == NULL)
    return FALSE;
  entry = find_entry (store, item->case_id, item->journal_entry_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  *pending = entry == NULL || g_strcmp0 (entry->text, text) != 0;
  return TRUE;
}

GPtrArray *
sv_meeting_ops_pending_items (SvStore  *store,
                              gint64    meeting_id,
                              GError  **error)
{
  g_autoptr(SvMeeting) meeting = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agenda_item_free);

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  meeting = sv_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  items = sv_store_list_agenda (store, meeting_id, error);
  if (items == NULL)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    {
      gboolean is_pending;

      if (!item_pending (store, meeting, items->pdata[i], &is_pending, error))
        return NULL;
      if (is_pending)
        g_ptr_array_add (pending, sv_agenda_item_copy (items->pdata[i]));
    }
  return g_steal_pointer (&pending);
}

char *
sv_meeting_ops_compose_minutes (SvStore  *store,
                                gint64    meeting_id,
                                GError  **error)
{
  g_autoptr(SvMeeting) meeting = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) attendance = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  meeting = sv_store_get_meeting (store, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  items = sv_store_list_agenda (store, meeting_id, error);
  if (items == NULL)
    return NULL;
  attendance = sv_store_list_attendance (store, meeting_id, error);
  if (attendance == NULL)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];
      g_autoptr(GPtrArray) agreements = sv_store_list_agreements (store, 0, item->id, error);

      if (agreements == NULL)
        return NULL;
      item->discussed = sv_meeting_ops_item_touched (item, agreements->len);
    }
  return sv_minutes_compose_meeting (meeting, items, attendance);
}

static gboolean
close_cb (SvStore  *store,
          gpointer  user_data,
          GError  **error)
{
  OpData *data = user_data;
  g_autoptr(GPtrArray) pending = sv_meeting_ops_pending_items (store, data->id, error);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(SvMeeting) meeting = NULL;

  if (pending == NULL)
    return FALSE;
  for (guint i = 0; i < pending->len; i++)
    {
      SvFinishResult result;

      if (!finish_in_transaction (store, ((SvAgendaItem *) pending->pdata[i])->id, data->author, data->now,
                                  &result, error))
        return FALSE;
    }
  /* No timer keeps counting in a closed meeting. */
  items = sv_store_list_agenda (store, data->id, error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      SvAgendaItem *item = items->pdata[i];

      if (!sv_agenda_timer_running (item))
        continue;
      sv_agenda_timer_pause (item, data->now);
      if (!sv_store_save_agenda_item (store, item, error))
        return FALSE;
    }

  meeting = sv_store_get_meeting (store, data->id, error);
  if (meeting == NULL || !check_open (meeting, error))
    return FALSE;
  g_free (meeting->minutes);
  meeting->minutes = data->minutes != NULL ? g_strdup (data->minutes)
                                           : sv_meeting_ops_compose_minutes (store, data->id, error);
  if (meeting->minutes == NULL)
    return FALSE;
  meeting->status = SV_MEETING_STATUS_AFGEROND;
  return sv_store_save_meeting (store, meeting, error);
}

gboolean
sv_meeting_ops_close (SvStore     *store,
                      gint64       meeting_id,
                      const char  *minutes,
                      const char  *author,
                      gint64       now,
                      GError     **error)
{
  OpData data = { meeting_id, author, minutes, now, SV_FINISH_UNCHANGED };

  g_return_val_if_fail (SV_IS_STORE (store), FALSE);
  g_return_val_if_fail (author != NULL, FALSE);

  return sv_store_run_in_transaction (store, close_cb, &data, error);
}
