/* sv-crash-child.c: the writer that test-crash kills.
 *
 *   sv-crash-child DATABASE EXAMPLE.json FIRST-SEQ SEED
 *
 * Performs a random mix of real writes through the store, as the app
 * makes them, forever: new cases (household, members, case and the first
 * journal entry in one transaction), journal entries, members, agreements,
 * meetings with a case on the agenda, minutes and advice typed during a
 * meeting, sections of a Veiligheidskaart as its autosave writes them,
 * and imports of an exchange document. After each write's commit
 * has returned it reports the write on stdout, one line, so the parent
 * knows what must survive a kill. Every write carries a sequence number
 * in its text, so the parent can find it. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sv-error.h"
#include "sv-exchange.h"
#include "sv-test-util.h"

typedef struct {
  SvStore   *store;
  char      *example;     /* the exchange document, uids as %s */
  GRand     *rand;
  guint64    seq;
  GArray    *cases;       /* gint64 */
  GArray    *households;  /* gint64 */
  GArray    *items;       /* gint64: agenda items of this run */
  gint64     lejo;
} Child;

static void
report (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  va_list args;
  g_autofree char *line = NULL;
  size_t done = 0, length;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  length = strlen (line);
  while (done < length)
    {
      ssize_t n = write (STDOUT_FILENO, line + done, length - done);
      if (n <= 0)
        _exit (3);
      done += (size_t) n;
    }
}

static gint64
pick (Child  *child,
      GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (child->rand, 0, (gint32) ids->len));
}

static void
set_text (char       **field,
          const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

typedef struct {
  Child  *child;
  gint64  case_id;
  gint64  household_id;
} NewCase;

static gboolean
write_case (SvStore  *store,
            gpointer  user_data,
            GError  **error)
{
  NewCase *n = user_data;
  g_autoptr(SvHousehold) household = sv_household_new ();
  g_autoptr(SvCase) c = sv_case_new ();
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autofree char *name = g_strdup_printf ("Gezin crash-%" G_GUINT64_FORMAT, n->child->seq);

  set_text (&household->name, name);
  if (!sv_store_save_household (store, household, error))
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SvMember) member = sv_member_new ();

      member->household_id = household->id;
      member->role = i == 0 ? SV_MEMBER_ROLE_OUDER_VERZORGER : SV_MEMBER_ROLE_JEUGDIGE;
      set_text (&member->given_names, i == 0 ? "Anna" : "Bram");
      set_text (&member->family_name, name);
      g_date_set_dmy (&member->birth_date, 1, G_DATE_MAY, i == 0 ? 1985 : 2016);
      if (!sv_store_save_member (store, member, error))
        return FALSE;
    }
  c->household_id = household->id;
  set_text (&c->reason, name + strlen ("Gezin "));
  g_date_set_dmy (&c->received, 2, G_DATE_NOVEMBER, 2026);
  if (!sv_store_save_case (store, c, error))
    return FALSE;
  entry->case_id = c->id;
  g_date_set_dmy (&entry->date, 2, G_DATE_NOVEMBER, 2026);
  set_text (&entry->author, "Regievoerder");
  set_text (&entry->text, "opened");
  if (!sv_store_add_journal_entry (store, entry, error))
    return FALSE;
  n->case_id = c->id;
  n->household_id = household->id;
  return TRUE;
}

static gboolean
new_case (Child   *child,
          GError **error)
{
  NewCase n = { child, 0, 0 };

  if (!sv_store_run_in_transaction (child->store, write_case, &n, error))
    return FALSE;
  g_array_append_val (child->cases, n.case_id);
  g_array_append_val (child->households, n.household_id);
  report ("C %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", child->seq, n.case_id);
  return TRUE;
}

static gboolean
journal_entry (Child   *child,
               GError **error)
{
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();

  entry->case_id = pick (child, child->cases);
  g_date_set_dmy (&entry->date, 3, G_DATE_NOVEMBER, 2026);
  set_text (&entry->author, "Regievoerder");
  entry->text = g_strdup_printf ("journal-%" G_GUINT64_FORMAT, child->seq);
  if (!sv_store_add_journal_entry (child->store, entry, error))
    return FALSE;
  report ("J %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", child->seq, entry->case_id);
  return TRUE;
}

static gboolean
member (Child   *child,
        GError **error)
{
  g_autoptr(SvMember) m = sv_member_new ();

  m->household_id = pick (child, child->households);
  m->role = SV_MEMBER_ROLE_JEUGDIGE;
  m->given_names = g_strdup_printf ("member-%" G_GUINT64_FORMAT, child->seq);
  set_text (&m->family_name, "Crash");
  g_date_set_dmy (&m->birth_date, 7, G_DATE_JULY, 2019);
  if (!sv_store_save_member (child->store, m, error))
    return FALSE;
  report ("M %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", child->seq, m->household_id);
  return TRUE;
}

static gboolean
agreement (Child   *child,
           GError **error)
{
  g_autoptr(SvAgreement) a = sv_agreement_new ();

  a->case_id = pick (child, child->cases);
  set_text (&a->who, "Regievoerder");
  a->what = g_strdup_printf ("agreement-%" G_GUINT64_FORMAT, child->seq);
  if (!sv_store_save_agreement (child->store, a, error))
    return FALSE;
  report ("A %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", child->seq, a->case_id);
  return TRUE;
}

typedef struct {
  Child  *child;
  gint64  meeting_id;
  gint64  item_id;
} NewMeeting;

static gboolean
write_meeting (SvStore  *store,
               gpointer  user_data,
               GError  **error)
{
  NewMeeting *n = user_data;
  g_autoptr(SvMeeting) meeting = sv_meeting_new ();
  g_autoptr(SvAgendaItem) item = sv_agenda_item_new ();

  meeting->kind_id = n->child->lejo;
  meeting->extra = TRUE;
  g_date_set_dmy (&meeting->date, 1, G_DATE_JANUARY, 2027);
  g_date_add_days (&meeting->date, (guint) g_rand_int_range (n->child->rand, 0, 1000));
  meeting->start_minutes = g_rand_int_range (n->child->rand, 8, 18) * 60;
  meeting->duration_minutes = 60;
  meeting->room = g_strdup_printf ("crash-%" G_GUINT64_FORMAT, n->child->seq);
  if (!sv_store_save_meeting (store, meeting, error))
    return FALSE;
  item->meeting_id = meeting->id;
  item->case_id = pick (n->child, n->child->cases);
  item->planned_minutes = 20;
  item->question = g_strdup_printf ("question-%" G_GUINT64_FORMAT, n->child->seq);
  if (!sv_store_save_agenda_item (store, item, error))
    return FALSE;
  n->meeting_id = meeting->id;
  n->item_id = item->id;
  return TRUE;
}

static gboolean
meeting (Child   *child,
         GError **error)
{
  NewMeeting n = { child, 0, 0 };
  g_autoptr(GError) local = NULL;

  /* The case may be on another meeting at that time: refused whole. */
  if (!sv_store_run_in_transaction (child->store, write_meeting, &n, &local))
    {
      if (g_error_matches (local, SV_ERROR, SV_ERROR_INVALID))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_array_append_val (child->items, n.item_id);
  report ("G %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
          child->seq, n.meeting_id, n.item_id);
  return TRUE;
}

/* The chair types minutes and advice: the item is saved again. */
static gboolean
minutes (Child   *child,
         GError **error)
{
  gint64 id = pick (child, child->items);
  g_autoptr(SvAgendaItem) item = sv_store_get_agenda_item (child->store, id, error);

  if (item == NULL)
    return FALSE;
  g_free (item->minutes);
  item->minutes = g_strdup_printf ("minutes-%" G_GUINT64_FORMAT, child->seq);
  g_free (item->advice_text);
  item->advice_text = g_strdup_printf ("advice-%" G_GUINT64_FORMAT, child->seq);
  if (!sv_store_save_agenda_item (child->store, item, error))
    return FALSE;
  report ("N %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", child->seq, id);
  return TRUE;
}

/* The inbrenger types in a Veiligheidskaart: one section saved on top of
 * the revision read, as the editor's autosave does. */
static gboolean
card_edit (Child   *child,
           GError **error)
{
  gint64 case_id = pick (child, child->cases);
  g_autoptr(SvSafetyCard) card = sv_store_get_safety_card (child->store, case_id, error);
  g_autofree char *text = NULL;
  gint64 revision = 0;

  if (card == NULL)
    return FALSE;
  text = g_strdup_printf ("card-%" G_GUINT64_FORMAT, child->seq);
  if (!sv_store_save_card_field (child->store, case_id, SV_CARD_FIELD_ZORGEN, text,
                                 card->texts[SV_CARD_FIELD_ZORGEN].revision, &revision, error))
    return FALSE;
  report ("K %" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", child->seq, case_id);
  return TRUE;
}

static gboolean
import (Child   *child,
        GError **error)
{
  g_autoptr(SvImportResult) result = NULL;
  g_autoptr(GString) doc = g_string_new (child->example);
  g_autofree char *reason = g_strdup_printf ("import-%" G_GUINT64_FORMAT, child->seq);

  /* New uids, so every import adds its cases. */
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *uid = g_uuid_string_random ();
      g_autofree char *placeholder = g_strdup_printf ("@UID%u@", i);
      g_string_replace (doc, placeholder, uid, 0);
    }
  g_string_replace (doc, "@REASON@", reason, 0);
  result = sv_exchange_import_data (child->store, doc->str, (gssize) doc->len, error);
  if (result == NULL)
    return FALSE;
  report ("I %" G_GUINT64_FORMAT " %u\n", child->seq, result->n_cases);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSqliteStore) store = NULL;
  g_autoptr(GArray) existing = NULL;
  Child child = { 0 };

  if (argc != 5)
    {
      g_printerr ("usage: %s DATABASE EXAMPLE.json FIRST-SEQ SEED\n", argv[0]);
      return 2;
    }
  store = sv_sqlite_store_open (argv[1], SV_SQLITE_STORE_OPEN_DEFAULT, &error);
  if (store == NULL || !g_file_get_contents (argv[2], &child.example, NULL, &error))
    g_error ("%s", error->message);
  child.store = SV_STORE (store);
  child.seq = g_ascii_strtoull (argv[3], NULL, 10);
  child.rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[4], NULL, 10));
  child.cases = g_array_new (FALSE, FALSE, sizeof (gint64));
  child.households = g_array_new (FALSE, FALSE, sizeof (gint64));
  child.items = g_array_new (FALSE, FALSE, sizeof (gint64));
  child.lejo = sv_test_meeting_kind (child.store, "LEJO");

  /* The cases of earlier runs are written to as well. */
  existing = sv_store_list_case_ids (child.store, SV_CASE_FILTER_ALL, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < existing->len; i++)
    {
      g_autoptr(SvCase) c = sv_store_get_case (child.store, g_array_index (existing, gint64, i), NULL);
      if (c != NULL)
        {
          g_array_append_val (child.cases, c->id);
          g_array_append_val (child.households, c->household_id);
        }
    }

  report ("R\n");  /* ready: the parent may kill from now on */
  for (;; child.seq++)
    {
      gboolean ok;
      guint32 what = g_rand_int_range (child.rand, 0, 100);

      if (child.cases->len == 0 || what < 15)
        ok = new_case (&child, &error);
      else if (what < 40)
        ok = journal_entry (&child, &error);
      else if (what < 50)
        ok = member (&child, &error);
      else if (what < 60)
        ok = agreement (&child, &error);
      else if (what < 70 || child.items->len == 0)
        ok = meeting (&child, &error);
      else if (what < 85)
        ok = minutes (&child, &error);
      else if (what < 94)
        ok = card_edit (&child, &error);
      else
        ok = import (&child, &error);
      if (!ok)
        g_error ("write %" G_GUINT64_FORMAT " failed: %s", child.seq, error->message);
    }
  return 0;
}
