/* sv-share-guard.c: the question before names go out without consent,
 * and its record in the audit log. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"
#include "sv-share-guard.h"

typedef struct {
  SvStore          *store;
  GArray           *case_ids;  /* gint64: those without consent */
  char             *what;
  GtkWidget        *parent;    /* weak pointer: for a toast */
  SvShareGuardFunc  done;
  gpointer          user_data;
  GDestroyNotify    destroy;
} Question;

static void
question_free (Question *q)
{
  g_object_unref (q->store);
  g_array_unref (q->case_ids);
  g_free (q->what);
  g_clear_weak_pointer (&q->parent);
  if (q->destroy != NULL)
    q->destroy (q->user_data);
  g_free (q);
}

static void
question_closure_free (gpointer  data,
                       GClosure *closure)
{
  question_free (data);
}

gboolean
sv_share_guard_needed (SvStore *store,
                       gint64   case_id)
{
  g_autoptr(SvConsent) consent = sv_store_get_consent (store, case_id, NULL);

  return !sv_consent_allows_sharing_names (consent);
}

/* Recorded for every case before anything goes out, in one transaction;
 * unrecorded, nothing goes. */
typedef struct {
  GArray     *case_ids;
  const char *what;
} ShareLog;

static gboolean
log_shares (SvStore  *store,
            gpointer  user_data,
            GError  **error)
{
  ShareLog *log = user_data;

  for (guint i = 0; i < log->case_ids->len; i++)
    if (!sv_store_log_access (store, SV_AUDIT_SHARE_WITHOUT_CONSENT, g_array_index (log->case_ids, gint64, i),
                              log->what, error))
      return FALSE;
  return TRUE;
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Question         *q)
{
  SvShareChoice choice = SV_SHARE_CANCEL;

  if (g_str_equal (response, "masked"))
    choice = SV_SHARE_MASKED;
  else if (g_str_equal (response, "names"))
    {
      g_autoptr(GError) error = NULL;
      ShareLog log = { q->case_ids, q->what };

      if (sv_store_run_in_transaction (q->store, log_shares, &log, &error))
        choice = SV_SHARE_FULL_NAMES;
      else if (q->parent != NULL)
        sv_show_error_toast (q->parent, error);
    }
  q->done (choice, q->user_data);
}

void
sv_share_guard_confirm_cases (GtkWidget        *parent,
                              SvStore          *store,
                              const gint64     *case_ids,
                              guint             n_cases,
                              const char       *what,
                              const char       *masked_label,
                              SvShareGuardFunc  done,
                              gpointer          user_data,
                              GDestroyNotify    destroy)
{
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autofree char *body = NULL;
  GtkRoot *root;
  Question *q;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (SV_IS_STORE (store));
  g_return_if_fail (what != NULL && done != NULL);

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(SvCase) c = NULL;

      if (!sv_share_guard_needed (store, case_ids[i]) || !(c = sv_store_get_case (store, case_ids[i], NULL)))
        continue;
      g_array_append_val (missing, case_ids[i]);
      g_string_append_printf (numbers, "%s%s", numbers->len > 0 ? ", " : "", c->number);
    }
  if (missing->len == 0)
    {
      done (SV_SHARE_FULL_NAMES, user_data);
      if (destroy != NULL)
        destroy (user_data);
      return;
    }

  q = g_new0 (Question, 1);
  q->store = g_object_ref (store);
  q->case_ids = g_steal_pointer (&missing);
  q->what = g_strdup (what);
  g_set_weak_pointer (&q->parent, parent);
  q->done = done;
  q->user_data = user_data;
  q->destroy = destroy;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* TRANSLATORS: "… of case 2026-0012 … Share the case overview with names only …" */
                                       "The residents of case %s have not given consent to share their names. "
                                       "Share %s with names only when that is needed, for instance at direct unsafety: "
                                       "it is recorded in the case's audit log with your name.",
                                       "The residents of cases %s have not given consent to share their names. "
                                       "Share %s with names only when that is needed, for instance at direct unsafety: "
                                       "it is recorded in the cases' audit logs with your name.",
                                       q->case_ids->len),
                          numbers->str, what);
  root = gtk_widget_get_root (parent);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("No Consent to Share Names"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (masked_label != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "masked", masked_label);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "names", _("Share With _Names"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "names", ADW_RESPONSE_DESTRUCTIVE);
  if (masked_label != NULL)
    {
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "masked", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "masked");
    }
  else
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), q, question_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sv_share_guard_confirm (GtkWidget        *parent,
                        SvStore          *store,
                        gint64            case_id,
                        const char       *what,
                        const char       *masked_label,
                        SvShareGuardFunc  done,
                        gpointer          user_data,
                        GDestroyNotify    destroy)
{
  sv_share_guard_confirm_cases (parent, store, &case_id, 1, what, masked_label, done, user_data, destroy);
}
