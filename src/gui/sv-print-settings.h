/* sv-print-settings.h: the printer, paper, names and journal chosen last, kept
 * between sessions in a key file of the user's config directory
 * ($XDG_CONFIG_HOME/samenveilig/print.ini, readable by the user only).
 * GtkPrintSettings and GtkPageSetup already know how to live in a key
 * file; GSettings would need a schema key per printer option. */
#pragma once

#include <gtk/gtk.h>

#include "sv-overview-model.h"

G_BEGIN_DECLS

/* What was saved, or A4 portrait and the system's printer. */
GtkPrintSettings *sv_print_settings_load       (void);
GtkPageSetup     *sv_print_page_setup_load     (void);
/* The names chosen last under @key (one key per kind of document: the
 * overview's "names", the agenda's "agenda-names"), or @fallback. */
SvOverviewNames   sv_print_names_load          (const char       *key,
                                                SvOverviewNames   fallback);
/* Whether the journal went into the overview last, and its dates
 * (cleared when open), into @choices; off when nothing was saved. The
 * Veiligheidskaart's choice too: in when nothing was saved. */
void              sv_print_journal_load        (SvOverviewOptions *choices);
/* NULL arguments keep what was saved; @names goes under @key, the
 * journal's and the card's fields of @journal (when not NULL) beside it. */
gboolean          sv_print_settings_save       (GtkPrintSettings        *settings,
                                                GtkPageSetup            *page_setup,
                                                const char              *key,
                                                SvOverviewNames          names,
                                                const SvOverviewOptions *journal,
                                                GError                 **error);

G_END_DECLS
