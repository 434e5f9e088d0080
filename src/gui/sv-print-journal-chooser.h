/* sv-print-journal-chooser.h: whether the case journal goes into a
 * printed overview, and from when to when — the switch "Include the
 * Journal" and two dates typed as 03-12-2026, in the print dialog's tab
 * and in the preview alike.
 *
 * A date that is not a date (31-02-2026) or a start after the end is said
 * under the dates, and _get() refuses it: the print never guesses. */
#pragma once

#include <gtk/gtk.h>

#include "sv-overview-model.h"

G_BEGIN_DECLS

#define SV_TYPE_PRINT_JOURNAL_CHOOSER (sv_print_journal_chooser_get_type ())

G_DECLARE_FINAL_TYPE (SvPrintJournalChooser, sv_print_journal_chooser, SV, PRINT_JOURNAL_CHOOSER, GtkBox)

/* VERTICAL stacks the switch, the dates and the message (the dialog's
 * tab); HORIZONTAL puts them on one line (the preview's bar). */
GtkWidget *sv_print_journal_chooser_new (GtkOrientation          orientation);
/* Cleared dates leave an end open. */
void       sv_print_journal_chooser_set (SvPrintJournalChooser  *self,
                                         gboolean                with_journal,
                                         const GDate            *from,
                                         const GDate            *to);
/* Fills the journal's fields of @choices; FALSE, @error set and @choices
 * untouched when a date is wrong. Shows the message either way. */
gboolean   sv_print_journal_chooser_get (SvPrintJournalChooser  *self,
                                         SvOverviewOptions      *choices,
                                         GError                **error);
/* The entries, for tests: 0 the start, 1 the end. */
GtkEditable *sv_print_journal_chooser_get_entry (SvPrintJournalChooser *self,
                                                 guint                  which);

G_END_DECLS
