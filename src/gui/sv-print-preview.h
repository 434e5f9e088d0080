/* sv-print-preview.h: the pages of a print on the screen before they go
 * to paper, drawn by the code that prints them, with the choice of full
 * names or initials, of the journal and its dates (for a document that
 * offers it) and a button to print. */
#pragma once

#include <adwaita.h>

#include "sv-print-journal-chooser.h"
#include "sv-print-operation.h"

G_BEGIN_DECLS

#define SV_TYPE_PRINT_PREVIEW (sv_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (SvPrintPreview, sv_print_preview, SV, PRINT_PREVIEW, AdwWindow)

/* Previews what @operation prints, on the paper of @setup (NULL: A4);
 * Print runs a new operation like it with the names and journal shown. */
GtkWidget  *sv_print_preview_new       (GtkWindow        *parent,
                                        SvPrintOperation *operation,
                                        GtkPageSetup     *setup);
guint       sv_print_preview_get_n_pages (SvPrintPreview *self);
SvOverviewNames sv_print_preview_get_names (SvPrintPreview *self);
void        sv_print_preview_set_names (SvPrintPreview   *self,
                                        SvOverviewNames   names);
/* The journal's switch and dates; hidden for a document without one. */
SvPrintJournalChooser *sv_print_preview_get_journal_chooser (SvPrintPreview *self);
/* What is shown; NULL when a choice is wrong or the data unreadable. */
SvPrintDoc *sv_print_preview_get_doc   (SvPrintPreview   *self);

G_END_DECLS
