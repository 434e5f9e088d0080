/* sv-overview-model.c: reading a case into the printed overview's model,
 * masked as chosen before anything leaves this file. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-name-mask.h"
#include "sv-overview-model.h"

/* ------------------------------------------------------------------------
 * Records
 * ------------------------------------------------------------------------ */

void
sv_overview_options_init (SvOverviewOptions *options)
{
  g_return_if_fail (options != NULL);

  options->names = SV_OVERVIEW_NAMES_FULL;
  options->with_card = TRUE;
  options->with_journal = FALSE;
  g_date_clear (&options->journal_from, 1);
  g_date_clear (&options->journal_to, 1);
}

SvOverviewMember *
sv_overview_member_new (const char   *name,
                        SvMemberRole  role)
{
  SvOverviewMember *self = g_new0 (SvOverviewMember, 1);

  self->name = g_strdup (name != NULL ? name : "");
  self->role = role;
  g_date_clear (&self->birth_date, 1);
  self->age = -1;
  self->note = g_strdup ("");
  return self;
}

void
sv_overview_member_free (SvOverviewMember *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->note);
  g_free (self);
}

SvOverviewContact *
sv_overview_contact_new (const char *name,
                         const char *relation)
{
  SvOverviewContact *self = g_new0 (SvOverviewContact, 1);

  self->name = g_strdup (name != NULL ? name : "");
  self->relation = g_strdup (relation != NULL ? relation : "");
  self->contact = g_strdup ("");
  self->note = g_strdup ("");
  return self;
}

void
sv_overview_contact_free (SvOverviewContact *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->relation);
  g_free (self->contact);
  g_free (self->note);
  g_free (self);
}

SvOverview *
sv_overview_new (void)
{
  SvOverview *self = g_new0 (SvOverview, 1);

  self->names = SV_OVERVIEW_NAMES_FULL;
  self->case_number = g_strdup ("");
  self->printed_by = g_strdup ("");
  sv_date_today (&self->today);
  self->household_name = g_strdup ("");
  self->household_note = g_strdup ("");
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_overview_member_free);
  self->network = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_overview_contact_free);
  self->record = sv_case_new ();
  self->consent = sv_consent_new ();
  self->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_case_role_free);
  self->deadlines = g_array_new (FALSE, FALSE, sizeof (SvDeadline));
  self->adult_flag = SV_TRI_NO;
  /* Never moved: received. */
  self->traject = sv_traject_new ();
  self->traject_moves = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_traject_move_free);
  self->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  g_date_clear (&self->journal_from, 1);
  g_date_clear (&self->journal_to, 1);
  self->journal = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_journal_entry_free);
  return self;
}

void
sv_overview_free (SvOverview *self)
{
  if (self == NULL)
    return;
  g_free (self->case_number);
  g_free (self->printed_by);
  g_free (self->household_name);
  g_free (self->household_note);
  g_ptr_array_unref (self->members);
  g_ptr_array_unref (self->network);
  sv_case_free (self->record);
  sv_consent_free (self->consent);
  g_ptr_array_unref (self->roles);
  g_clear_pointer (&self->facts, sv_case_facts_free);
  g_array_unref (self->deadlines);
  g_clear_pointer (&self->traject, sv_traject_free);
  g_clear_pointer (&self->traject_moves, g_ptr_array_unref);
  g_ptr_array_unref (self->agreements);
  g_clear_pointer (&self->card, sv_safety_card_free);
  g_clear_pointer (&self->card_version, sv_card_version_free);
  g_ptr_array_unref (self->journal);
  g_free (self);
}

gboolean
sv_overview_has_card (const SvOverview *self)
{
  const SvSafetyCard *card;

  g_return_val_if_fail (self != NULL, FALSE);

  card = self->card;
  if (self->card_version != NULL)
    return TRUE;
  if (card == NULL)
    return FALSE;
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    if (*sv_safety_card_get_text (card, i) != '\0')
      return TRUE;
  return card->advice != SV_VHT_ADVICE_GEEN ||
         (card->scores != NULL && card->scores->len > 0) ||
         (card->conditions != NULL && card->conditions->len > 0) ||
         (card->recipients != NULL && card->recipients->len > 0);
}

char *
sv_overview_dup_user_name (void)
{
  const char *real = g_get_real_name ();

  /* GLib says "Unknown" when the password database has no full name. */
  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

/* ------------------------------------------------------------------------
 * Masking
 * ------------------------------------------------------------------------ */

/* Replaces *text by its masked form; a NULL mask leaves it. */
static void
mask_in_place (const SvNameMask  *mask,
               char             **text)
{
  char *masked;

  if (mask == NULL || *text == NULL)
    return;
  masked = sv_name_mask_apply (mask, *text);
  g_free (*text);
  *text = masked;
}

/* The network's names are the family's names too ("oma Truus" in a
 * journal entry): they join the mask, without the words that only say
 * how someone is related ("buurvrouw", "oma"). */
static SvNameMask *
mask_for (const SvHousehold *household,
          GPtrArray         *members,
          GPtrArray         *network)
{
  SvNameMask *mask = sv_name_mask_new (household, members, SV_REVEAL_INITIALS);

  for (guint i = 0; network != NULL && i < network->len; i++)
    {
      const SvNetworkMember *n = network->pdata[i];

      sv_name_mask_add_network (mask, n->name, n->relation);
    }
  return mask;
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

static SvTriState
adult_flag_for (const SvCaseFacts *facts,
                GPtrArray         *members)
{
  SvTriState flag = SV_TRI_NO;

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const SvMember *member = members->pdata[i];
      SvTriState one;

      if (member->role != SV_MEMBER_ROLE_JEUGDIGE)
        continue;
      one = sv_deadline_vht_needed_at_18 (facts, &member->birth_date);
      if (one == SV_TRI_YES)
        return SV_TRI_YES;
      if (one == SV_TRI_UNKNOWN)
        flag = SV_TRI_UNKNOWN;
    }
  return flag;
}

static gboolean
in_range (const GDate *date,
          const GDate *from,
          const GDate *to)
{
  if (g_date_valid (from) && g_date_compare (date, from) < 0)
    return FALSE;
  if (g_date_valid (to) && g_date_compare (date, to) > 0)
    return FALSE;
  return TRUE;
}

static void
read_people (SvOverview        *self,
             const SvHousehold *household,
             GPtrArray         *members,
             GPtrArray         *network,
             const SvNameMask  *mask)
{
  gboolean initials = self->names == SV_OVERVIEW_NAMES_INITIALS;

  self->household_name = initials ? sv_name_mask_apply (mask, household->name) : g_strdup (household->name);
  self->household_note = initials ? sv_name_mask_apply (mask, household->note) : g_strdup (household->note);
  for (guint i = 0; i < members->len; i++)
    {
      const SvMember *m = members->pdata[i];
      g_autofree char *name = initials ? sv_member_dup_initials (m) : sv_member_dup_full_name (m);
      SvOverviewMember *om = sv_overview_member_new (name, m->role);

      if (g_date_valid (&m->birth_date))
        {
          om->age = sv_date_age_on (&m->birth_date, &self->today);
          /* With initials the age says enough; a date of birth would
           * make the family easy to find again. */
          if (!initials)
            om->birth_date = m->birth_date;
        }
      g_free (om->note);
      om->note = initials ? sv_name_mask_apply (mask, m->note) : g_strdup (m->note);
      g_ptr_array_add (self->members, om);
    }
  for (guint i = 0; i < network->len; i++)
    {
      const SvNetworkMember *n = network->pdata[i];
      g_autofree char *name = initials ? sv_name_mask_network_initials (n->name) : g_strdup (n->name);
      SvOverviewContact *c = sv_overview_contact_new (name, n->relation);

      mask_in_place (mask, &c->relation);
      g_free (c->note);
      c->note = initials ? sv_name_mask_apply (mask, n->note) : g_strdup (n->note);
      /* A phone number or an address identifies as well as a name. */
      if (!initials)
        {
          g_free (c->contact);
          c->contact = g_strdup (n->contact);
        }
      g_ptr_array_add (self->network, c);
    }
}

static gboolean
read_deadlines (SvOverview  *self,
                SvStore     *store,
                gint64       case_id,
                SvWorkdays  *workdays,
                GPtrArray   *members,
                GError     **error)
{
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(SvWorkdays) own = NULL;

  if (!(self->facts = sv_store_get_case_facts (store, case_id, error)))
    return FALSE;
  if (!(done = sv_store_list_deadlines_done (store, case_id, error)))
    return FALSE;
  if (workdays == NULL)
    workdays = own = sv_workdays_new ();
  sv_deadlines_compute (self->facts, workdays, &self->today, done, self->deadlines);
  self->adult_flag = adult_flag_for (self->facts, members);

  g_clear_pointer (&self->traject, sv_traject_free);
  g_clear_pointer (&self->traject_moves, g_ptr_array_unref);
  if (!(self->traject = sv_store_get_traject (store, case_id, error)) ||
      !(self->traject_moves = sv_store_list_traject_moves (store, case_id, error)))
    return FALSE;
  self->traject_allowed = sv_traject_allowed_steps (self->traject, workdays, &self->today);
  sv_traject_limit (self->traject, workdays, &self->today, &self->traject_limit);
  return TRUE;
}

static gboolean
read_journal (SvOverview              *self,
              SvStore                 *store,
              gint64                   case_id,
              const SvOverviewOptions *options,
              const SvNameMask        *mask,
              GError                 **error)
{
  g_autoptr(GPtrArray) journal = NULL;

  self->with_journal = options->with_journal;
  self->journal_from = options->journal_from;
  self->journal_to = options->journal_to;
  if (!options->with_journal)
    return TRUE;
  if (!(journal = sv_store_list_journal (store, case_id, error)))
    return FALSE;
  for (guint i = 0; i < journal->len; i++)
    {
      SvJournalEntry *entry = journal->pdata[i];

      if (!in_range (&entry->date, &options->journal_from, &options->journal_to))
        continue;
      entry = sv_journal_entry_copy (entry);
      mask_in_place (mask, &entry->text);
      mask_in_place (mask, &entry->author);
      g_ptr_array_add (self->journal, entry);
    }
  return TRUE;
}

/* The card's words are free text like a journal entry: a child's name
 * typed into "Zorgen" is masked exactly as there. The agreements are
 * the overview's own table and are not kept twice. */
static gboolean
read_card (SvOverview        *self,
           SvStore           *store,
           gint64             case_id,
           const SvNameMask  *mask,
           GError           **error)
{
  g_autoptr(SvSafetyCard) card = NULL;
  g_autoptr(GPtrArray) versions = NULL;

  if (!(card = sv_store_get_safety_card (store, case_id, error)) ||
      !(versions = sv_store_list_card_versions (store, case_id, error)))
    return FALSE;
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    mask_in_place (mask, &card->texts[i].text);
  for (guint i = 0; card->scores != NULL && i < card->scores->len; i++)
    {
      SvCardScore *score = card->scores->pdata[i];

      mask_in_place (mask, &score->viewpoint);
      mask_in_place (mask, &score->note);
    }
  for (guint i = 0; card->conditions != NULL && i < card->conditions->len; i++)
    {
      SvCardCondition *condition = card->conditions->pdata[i];

      mask_in_place (mask, &condition->text);
      mask_in_place (mask, &condition->consequence);
    }
  for (guint i = 0; card->recipients != NULL && i < card->recipients->len; i++)
    {
      SvCardRecipient *recipient = card->recipients->pdata[i];

      mask_in_place (mask, &recipient->name);
      mask_in_place (mask, &recipient->organisation);
    }
  if (card->agreements != NULL)
    g_ptr_array_set_size (card->agreements, 0);

  if (versions->len > 0)
    {
      /* Newest first. */
      SvCardVersion *latest = sv_card_version_copy (versions->pdata[0]);

      for (guint i = 0; latest->sent_to != NULL && latest->sent_to[i] != NULL; i++)
        mask_in_place (mask, &latest->sent_to[i]);
      self->card_version = latest;
    }
  self->card = g_steal_pointer (&card);
  if (!sv_overview_has_card (self))
    g_clear_pointer (&self->card, sv_safety_card_free);
  return TRUE;
}

SvOverview *
sv_overview_load (SvStore                 *store,
                  gint64                   case_id,
                  const SvOverviewOptions *options,
                  SvWorkdays              *workdays,
                  const GDate             *today,
                  GError                 **error)
{
  g_autoptr(SvOverview) self = NULL;
  g_autoptr(SvHousehold) household = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) network = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(SvNameMask) mask = NULL;
  SvOverviewOptions defaults;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (options == NULL)
    {
      sv_overview_options_init (&defaults);
      options = &defaults;
    }

  self = sv_overview_new ();
  self->names = options->names;
  self->today = *today;
  g_free (self->printed_by);
  self->printed_by = sv_overview_dup_user_name ();

  sv_case_free (self->record);
  if (!(self->record = sv_store_get_case (store, case_id, error)))
    return NULL;
  g_free (self->case_number);
  self->case_number = g_strdup (self->record->number);

  if (!(household = sv_store_get_household (store, self->record->household_id, error)) ||
      !(members = sv_store_list_members (store, self->record->household_id, error)) ||
      !(network = sv_store_list_network (store, self->record->household_id, error)))
    return NULL;
  if (options->names == SV_OVERVIEW_NAMES_INITIALS)
    mask = mask_for (household, members, network);

  g_free (self->household_name);
  g_free (self->household_note);
  read_people (self, household, members, network, mask);

  mask_in_place (mask, &self->record->reason);
  mask_in_place (mask, &self->record->source_detail);
  mask_in_place (mask, &self->record->closing_note);

  sv_consent_free (self->consent);
  if (!(self->consent = sv_store_get_consent (store, case_id, error)))
    return NULL;
  mask_in_place (mask, &self->consent->given_by);
  mask_in_place (mask, &self->consent->scope);
  mask_in_place (mask, &self->consent->note);

  if (!(roles = sv_store_list_case_roles (store, case_id, error)))
    return NULL;
  for (guint i = 0; i < roles->len; i++)
    {
      SvCaseRole *role = sv_case_role_copy (roles->pdata[i]);

      mask_in_place (mask, &role->note);
      g_ptr_array_add (self->roles, role);
    }

  if (!read_deadlines (self, store, case_id, workdays, members, error))
    return NULL;

  if (!(agreements = sv_store_list_agreements (store, case_id, 0, error)))
    return NULL;
  for (guint i = 0; i < agreements->len; i++)
    {
      SvAgreement *a = sv_agreement_copy (agreements->pdata[i]);

      mask_in_place (mask, &a->who);
      mask_in_place (mask, &a->what);
      mask_in_place (mask, &a->monitoring);
      g_ptr_array_add (self->agreements, a);
    }

  if (options->with_card && !read_card (self, store, case_id, mask, error))
    return NULL;

  if (!read_journal (self, store, case_id, options, mask, error))
    return NULL;
  return g_steal_pointer (&self);
}
