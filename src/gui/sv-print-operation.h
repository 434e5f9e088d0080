/* sv-print-operation.h: printing a document of the app — the case overview,
 * the agenda, the minutes — through GtkPrintOperation.
 *
 * begin-print lays the document out for the chosen paper (the drawing code
 * is the one the PDF export uses), draw-page draws a page. A tab of the
 * print dialog asks full names or initials and, for the case overview,
 * whether the Veiligheidskaart goes in and whether the journal does and
 * from when to when; the printer, the
 * paper and those choices are remembered (sv-print-settings.h).
 *
 * A print that ends aborted or failed leaves no file behind: the PDF that
 * "Print to File" or an export was writing is removed (see done()).
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-overview-model.h"
#include "sv-print-doc.h"

G_BEGIN_DECLS

/* Makes the document for @geometry with what the user chose in @choices
 * (the names; the journal and its dates where the document has one),
 * measured with @context; NULL with @error set when the data cannot be
 * read. */
typedef SvPrintDoc *(*SvPrintBuildFunc) (PangoContext            *context,
                                         const SvPageGeometry    *geometry,
                                         const SvOverviewOptions *choices,
                                         gpointer                 user_data,
                                         GError                 **error);

/* What the Names tab of the print dialog and the preview offer, and
 * where the choice is remembered. SV_OVERVIEW_NAMES_INITIALS stands for
 * the document's protective choice: initials on the overview, "Gezin A"
 * and roles on an agenda. */
typedef struct {
  const char      *settings_key;   /* in print.ini */
  SvOverviewNames  fallback;       /* until the user chooses */
  const char      *full_label;     /* untranslated, with a mnemonic: the dialog */
  const char      *masked_label;
  const char      *full_short;     /* untranslated: the preview's drop-down */
  const char      *masked_short;
  gboolean         journal;        /* the journal and its dates are offered too */
} SvPrintNamesChoice;

/* The overview's: full names (the default) or initials, and the journal. */
const SvPrintNamesChoice *sv_print_names_choice_overview (void);

#define SV_TYPE_PRINT_OPERATION (sv_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SvPrintOperation, sv_print_operation, SV, PRINT_OPERATION, GtkPrintOperation)

/* @job_name names the job in the printer queue and the file name offered
 * for "Print to File": never a family's name. */
SvPrintOperation *sv_print_operation_new       (const char        *job_name,
                                                SvPrintBuildFunc   build,
                                                gpointer           user_data,
                                                GDestroyNotify     destroy);
/* A new operation (an operation runs once) printing the same document. */
SvPrintOperation *sv_print_operation_new_like  (SvPrintOperation  *other);
/* The document for @geometry and @choices, as begin-print makes it. */
SvPrintDoc       *sv_print_operation_build_doc (SvPrintOperation        *self,
                                                PangoContext            *context,
                                                const SvPageGeometry    *geometry,
                                                const SvOverviewOptions *choices,
                                                GError                 **error);
/* Another choice than the overview's; the names start from what was
 * chosen last for it. Before the operation runs. */
void              sv_print_operation_set_names_choice (SvPrintOperation         *self,
                                                       const SvPrintNamesChoice *choice);
const SvPrintNamesChoice *sv_print_operation_get_names_choice (SvPrintOperation *self);
SvOverviewNames   sv_print_operation_get_names (SvPrintOperation  *self);
void              sv_print_operation_set_names (SvPrintOperation  *self,
                                                SvOverviewNames    names);
/* The journal on the print, from @from to @to (cleared dates: open), for
 * a document whose choice offers it; starts from what was chosen last. */
gboolean          sv_print_operation_get_journal (SvPrintOperation *self,
                                                  GDate            *from,
                                                  GDate            *to);
void              sv_print_operation_set_journal (SvPrintOperation *self,
                                                  gboolean          with_journal,
                                                  const GDate      *from,
                                                  const GDate      *to);
/* The Veiligheidskaart on the print (when the case has one), for a
 * document whose choice offers the journal; starts from what was chosen
 * last. */
gboolean          sv_print_operation_get_card    (SvPrintOperation *self);
void              sv_print_operation_set_card    (SvPrintOperation *self,
                                                  gboolean          with_card);
/* Why the last run printed nothing (a wrong date, unreadable data), or
 * NULL. */
const GError     *sv_print_operation_get_error (SvPrintOperation  *self);
/* The document laid out by the last begin-print, or NULL. */
SvPrintDoc       *sv_print_operation_get_doc   (SvPrintOperation  *self);

/* The margins the documents keep, never less than the printer needs. */
void              sv_print_geometry_for_setup  (GtkPageSetup      *setup,
                                                SvPageGeometry    *geometry);

/* Shows the print dialog for @parent (or the preview for
 * GTK_PRINT_OPERATION_ACTION_PREVIEW), prints, and remembers the choices;
 * an error goes to a toast. */
void              sv_print_operation_run_for   (SvPrintOperation  *self,
                                                GtkWidget         *parent,
                                                GtkPrintOperationAction action);

G_END_DECLS
