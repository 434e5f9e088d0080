/* sv-journal-entry.h: an entry of the case journal (zorgjournaal).
 *
 * Entries are never edited: a correction is a new entry that names the
 * entry it corrects, and the corrected text stays readable.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct {
  gint64     id;
  char      *uid;
  gint64     case_id;
  GDate      date;            /* the day the entry is about */
  char      *author;
  char      *text;
  GDateTime *created_at;      /* when written, set by the store */
  gint64     corrects_id;     /* 0, or the entry this one corrects */
  gint64     corrected_by_id; /* 0, or the newest entry correcting this one */
} SvJournalEntry;

#define SV_TYPE_JOURNAL_ENTRY (sv_journal_entry_get_type ())

GType           sv_journal_entry_get_type (void) G_GNUC_CONST;
SvJournalEntry *sv_journal_entry_new      (void);
SvJournalEntry *sv_journal_entry_copy     (const SvJournalEntry *self);
void            sv_journal_entry_free     (SvJournalEntry       *self);
gboolean        sv_journal_entry_validate (const SvJournalEntry *self,
                                           const GDate          *today,
                                           GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvJournalEntry, sv_journal_entry_free)

G_END_DECLS
