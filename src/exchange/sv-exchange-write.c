/* sv-exchange-write.c: stores a checked import plan in one transaction.
 *
 * The plan was checked whole before this runs, so a failure here is one of
 * the storage (disk full, database locked); the transaction then undoes
 * every case written before it.
 */
#include "config.h"

#include "sv-exchange-private.h"

typedef struct {
  SvImportPlan   *plan;
  SvImportResult *result;
} Writer;

/* Written once, for the first case that names it; a household the
 * database had already is linked as it is. */
static gboolean
write_household (SvStore            *store,
                 SvImportHousehold  *h,
                 GError            **error)
{
  g_autoptr(SvHousehold) household = NULL;

  if (h->id != 0)
    return TRUE;
  household = sv_household_copy (h->household);
  if (!sv_store_save_household (store, household, error))
    return FALSE;
  for (guint i = 0; i < h->members->len; i++)
    {
      g_autoptr(SvMember) member = sv_member_copy (h->members->pdata[i]);

      member->household_id = household->id;
      if (!sv_store_save_member (store, member, error))
        return FALSE;
    }
  for (guint i = 0; i < h->network->len; i++)
    {
      g_autoptr(SvNetworkMember) member = sv_network_member_copy (h->network->pdata[i]);

      member->household_id = household->id;
      if (!sv_store_save_network_member (store, member, error))
        return FALSE;
    }
  h->id = household->id;
  return TRUE;
}

static gboolean
write_roles (SvStore       *store,
             Writer        *w,
             SvImportCase  *ic,
             gint64         case_id,
             GError       **error)
{
  for (guint i = 0; i < ic->roles->len; i++)
    {
      g_autoptr(SvCaseRole) role = sv_case_role_copy (ic->roles->pdata[i]);
      SvImportProfessional *p = g_hash_table_lookup (w->plan->professionals, role->professional->uid);

      g_assert (p != NULL);
      if (p->id == 0)
        {
          g_autoptr(SvProfessional) professional = sv_professional_copy (p->professional);

          if (!sv_store_save_professional (store, professional, error))
            return FALSE;
          p->id = professional->id;
        }
      role->case_id = case_id;
      role->professional->id = p->id;
      if (!sv_store_save_case_role (store, role, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_journal (SvStore       *store,
               SvImportCase  *ic,
               gint64         case_id,
               GError       **error)
{
  g_autofree gint64 *ids = g_new0 (gint64, ic->journal->len + 1);

  /* File order is writing order: a corrected entry is always written
   * before its correction, and the ids keep the order for the next export. */
  for (guint i = 0; i < ic->journal->len; i++)
    {
      g_autoptr(SvJournalEntry) entry = sv_journal_entry_copy (ic->journal->pdata[i]);
      int corrects = g_array_index (ic->corrects, int, i);

      entry->id = 0;
      entry->case_id = case_id;
      entry->corrects_id = corrects >= 0 ? ids[corrects] : 0;
      entry->corrected_by_id = 0;
      if (!sv_store_add_journal_entry (store, entry, error))
        return FALSE;
      ids[i] = entry->id;
    }
  return TRUE;
}

static gboolean
write_done (SvStore       *store,
            SvImportCase  *ic,
            gint64         case_id,
            GError       **error)
{
  for (guint i = 0; i < ic->done->len; i++)
    {
      SvImportDone *d = &g_array_index (ic->done, SvImportDone, i);

      if (!sv_store_set_deadline_done (store, case_id, d->rule_id, &d->done_on, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_agreements (SvStore       *store,
                  SvImportCase  *ic,
                  gint64         case_id,
                  GError       **error)
{
  for (guint i = 0; i < ic->agreements->len; i++)
    {
      g_autoptr(SvAgreement) a = sv_agreement_copy (ic->agreements->pdata[i]);

      a->case_id = case_id;
      if (!sv_store_save_agreement (store, a, error))
        return FALSE;
    }
  return TRUE;
}

/* A case never moved and with nothing recorded needs no row: it reads as
 * "received" since its report, just as in the file. */
static gboolean
write_traject (SvStore       *store,
               SvImportCase  *ic,
               gint64         case_id,
               GError       **error)
{
  g_autoptr(SvTraject) traject = NULL;
  const SvTraject *t = ic->traject;

  if (t == NULL ||
      (ic->moves->len == 0 && t->step == SV_TRAJECT_STEP_ONTVANGEN && !t->adviesverslag && t->iv_minutes == 0 &&
       !t->gespreksverslagen && !t->zorgjournaal && !t->plan_goedgekeurd))
    return TRUE;
  traject = sv_traject_copy (t);
  traject->case_id = case_id;
  return sv_store_import_traject (store, traject, ic->moves, error);
}

/* A case without a card in the file (before version 5) gets none: it reads
 * as empty until its first save. */
static gboolean
write_card (SvStore       *store,
            SvImportCase  *ic,
            gint64         case_id,
            GError       **error)
{
  g_autoptr(SvSafetyCard) card = NULL;

  if (ic->card == NULL)
    return TRUE;
  card = sv_safety_card_copy (ic->card);
  card->case_id = case_id;
  for (guint i = 0; i < card->scores->len; i++)
    ((SvCardScore *) card->scores->pdata[i])->case_id = case_id;
  for (guint i = 0; i < card->conditions->len; i++)
    ((SvCardCondition *) card->conditions->pdata[i])->case_id = case_id;
  for (guint i = 0; i < card->recipients->len; i++)
    ((SvCardRecipient *) card->recipients->pdata[i])->case_id = case_id;
  return sv_store_import_safety_card (store, card, ic->card_versions, error);
}

static gboolean
write_case (SvStore       *store,
            Writer        *w,
            SvImportCase  *ic,
            GError       **error)
{
  g_autoptr(SvCase) c = sv_case_copy (ic->c);
  g_autoptr(SvConsent) consent = sv_consent_copy (ic->consent);
  g_autoptr(SvCaseFacts) facts = sv_case_facts_copy (ic->facts);

  if (!write_household (store, ic->household, error))
    return FALSE;
  c->household_id = ic->household->id;
  /* A number in use here is replaced by the next free one. */
  if (!sv_store_save_case (store, c, error))
    return FALSE;
  if (!g_str_equal (c->number, ic->c->number))
    g_ptr_array_add (w->result->renumbered, g_strdup_printf ("%s → %s", ic->c->number, c->number));

  consent->case_id = c->id;
  facts->case_id = c->id;
  return sv_store_save_consent (store, consent, error) &&
         sv_store_save_case_facts (store, facts, error) &&
         write_done (store, ic, c->id, error) &&
         write_roles (store, w, ic, c->id, error) &&
         write_journal (store, ic, c->id, error) &&
         write_agreements (store, ic, c->id, error) &&
         write_traject (store, ic, c->id, error) &&
         write_card (store, ic, c->id, error);
}

static gboolean
write_one (SvStore       *store,
           Writer        *w,
           SvImportCase  *ic,
           GError       **error)
{
  if (!write_case (store, w, ic, error))
    {
      g_prefix_error (error, "%s: ", ic->path);
      return FALSE;
    }
  w->result->n_cases++;
  return TRUE;
}

/* Cases whose number is free here go first and keep it; the others follow
 * and take new numbers. Otherwise the first renumbered case would take the
 * number of a later one in the file, and that one the next, and so on. */
static gboolean
write_plan_cb (SvStore   *store,
               gpointer   user_data,
               GError   **error)
{
  Writer *w = user_data;
  g_autoptr(GPtrArray) later = g_ptr_array_new ();

  for (guint i = 0; i < w->plan->cases->len; i++)
    {
      SvImportCase *ic = w->plan->cases->pdata[i];
      g_autoptr(GError) local = NULL;

      if (sv_store_find_case (store, ic->c->number, &local) != 0)
        g_ptr_array_add (later, ic);
      else if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      else if (!write_one (store, w, ic, error))
        return FALSE;
    }
  for (guint i = 0; i < later->len; i++)
    if (!write_one (store, w, later->pdata[i], error))
      return FALSE;
  return TRUE;
}

gboolean
sv_import_plan_write (SvStore         *store,
                      SvImportPlan    *plan,
                      SvImportResult  *result,
                      GError         **error)
{
  Writer w = { plan, result };

  if (sv_store_run_in_transaction (store, write_plan_cb, &w, error))
    return TRUE;
  /* Nothing was written: the result must not say otherwise. */
  result->n_cases = 0;
  g_ptr_array_set_size (result->renumbered, 0);
  return FALSE;
}
