/* sv-journal-entry.c: the journal entry record. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-journal-entry.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvJournalEntry, sv_journal_entry, sv_journal_entry_copy, sv_journal_entry_free)

SvJournalEntry *
sv_journal_entry_new (void)
{
  SvJournalEntry *self = g_new0 (SvJournalEntry, 1);

  self->author = g_strdup ("");
  self->text = g_strdup ("");
  g_date_clear (&self->date, 1);
  return self;
}

SvJournalEntry *
sv_journal_entry_copy (const SvJournalEntry *self)
{
  SvJournalEntry *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvJournalEntry, 1);
  *copy = *self;
  copy->uid = g_strdup (self->uid);
  copy->author = g_strdup (self->author);
  copy->text = g_strdup (self->text);
  copy->created_at = self->created_at ? g_date_time_ref (self->created_at) : NULL;
  return copy;
}

void
sv_journal_entry_free (SvJournalEntry *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->author);
  g_free (self->text);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_free (self);
}

gboolean
sv_journal_entry_validate (const SvJournalEntry *self,
                           const GDate          *today,
                           GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!g_date_valid (&self->date))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Date: enter the date of the entry"));
      return FALSE;
    }
  if (today != NULL && g_date_compare (&self->date, today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (&self->date);
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Date: a journal entry records what happened; %s lies in the future"), shown);
      return FALSE;
    }
  return sv_check_required (self->author, SV_MAX_NAME_CHARS, _("Author"), error) &&
         sv_check_required (self->text, SV_MAX_TEXT_CHARS, _("Text"), error);
}
