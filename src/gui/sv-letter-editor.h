/* sv-letter-editor.h: one invitation letter of an interventiegesprek to
 * read and edit before it goes out — saved with the conversation, back to
 * the generated text, printed (GtkPrintOperation) or saved as PDF. */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_LETTER_EDITOR (sv_letter_editor_get_type ())

G_DECLARE_FINAL_TYPE (SvLetterEditor, sv_letter_editor, SV, LETTER_EDITOR, AdwWindow)

/* The letter @key (sv_gesprek_letter_key()) of the stored @gesprek. */
SvLetterEditor *sv_letter_editor_new      (GtkWindow       *parent,
                                           SvStore         *store,
                                           const SvGesprek *gesprek,
                                           const char      *key);
/* The text as the editor shows it. */
char           *sv_letter_editor_dup_text (SvLetterEditor  *self);
void            sv_letter_editor_set_text (SvLetterEditor  *self,
                                           const char      *text);
/* Stores the text shown; FALSE with @error when the store refused. */
gboolean        sv_letter_editor_save     (SvLetterEditor  *self,
                                           GError         **error);
/* Writes the text shown to @path as PDF (and stores it first). */
gboolean        sv_letter_editor_write_pdf (SvLetterEditor *self,
                                            const char     *path,
                                            GError        **error);
/* Prints the text shown (and stores it first) through GtkPrintOperation:
 * the print dialog, or with GTK_PRINT_OPERATION_ACTION_EXPORT straight to
 * the PDF @export_path. */
gboolean        sv_letter_editor_print     (SvLetterEditor          *self,
                                            GtkPrintOperationAction  action,
                                            const char              *export_path,
                                            GError                 **error);

G_END_DECLS
