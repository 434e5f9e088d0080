/* sv-form-dialog.h: the base of every editing dialog.
 *
 * A modal window with Cancel and Save in its header and a preferences page
 * below. Subclass templates add AdwPreferencesGroup children, which land on
 * the page. Save (the button, Ctrl+Return, or Enter in a row that
 * activates the default) calls the save vfunc: it returns TRUE when the
 * record was stored, and the dialog closes; FALSE keeps it open, with the
 * fields showing their messages, or the error shown in the dialog. Cancel
 * (or Escape) asks before throwing typed text away.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SV_TYPE_FORM_DIALOG (sv_form_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (SvFormDialog, sv_form_dialog, SV, FORM_DIALOG, AdwWindow)

struct _SvFormDialogClass
{
  AdwWindowClass parent_class;

  /* Store the record. FALSE with @error unset: the fields say what is
   * wrong. FALSE with @error set: the dialog shows the message. */
  gboolean (*save) (SvFormDialog  *self,
                    GError       **error);
};

/* @tooltip: what the button does, with its shortcut; NULL keeps it. */
void     sv_form_dialog_set_save_label (SvFormDialog *self,
                                        const char   *label,
                                        const char   *tooltip);
/* A save that takes something away (closing a case) is shown in red. */
void     sv_form_dialog_set_destructive (SvFormDialog *self,
                                         gboolean      destructive);
/* Marks the form as edited or not (typing in a field marks it on its own). */
void     sv_form_dialog_set_modified   (SvFormDialog *self,
                                        gboolean      modified);
gboolean sv_form_dialog_get_modified   (SvFormDialog *self);
/* Shows a message in the dialog, e.g. why saving failed. */
void     sv_form_dialog_show_message   (SvFormDialog *self,
                                        const char   *message);

G_END_DECLS
