/* sv-card-window-send.c: marking a version of the Veiligheidskaart sent —
 * who received it (ticked), and for a recipient whose sharing needs the
 * family's consent with none recorded: the question, and the answer
 * recorded with the user's name before the version is marked sent. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-card-window-private.h"

typedef struct {
  SvCardWindow *window;   /* owned */
  gint64        version_id;
  GArray       *recipient_ids;   /* gint64 */
  GPtrArray    *checks;          /* GtkCheckButton *, borrowed; with "sv-id" */
} SendJob;

static void
send_job_free (SendJob *job)
{
  g_object_unref (job->window);
  g_array_unref (job->recipient_ids);
  g_clear_pointer (&job->checks, g_ptr_array_unref);
  g_free (job);
}

static void
mark_sent (SendJob *job)
{
  g_autoptr(GError) error = NULL;

  if (!sv_store_mark_card_version_sent (job->window->store, job->version_id,
                                        (const gint64 *) job->recipient_ids->data, job->recipient_ids->len,
                                        NULL, &error))
    sv_card_window_show_error (job->window, error);
  else
    sv_card_window_toast (job->window, _("Marked as sent"));
}

static void
on_consent_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SendJob          *job)
{
  SvSafetyCard *card = job->window->card;

  /* One answer per question: the job is gone after it. */
  g_signal_handlers_disconnect_by_data (dialog, job);

  if (g_strcmp0 (response, "record") == 0)
    {
      for (guint i = 0; i < job->recipient_ids->len; i++)
        for (guint j = 0; j < card->recipients->len; j++)
          {
            SvCardRecipient *r = card->recipients->pdata[j];
            g_autoptr(GError) error = NULL;

            if (r->id != g_array_index (job->recipient_ids, gint64, i) || !sv_card_recipient_lacks_consent (r))
              continue;
            if (!sv_store_record_card_consent (job->window->store, r->id, &error))
              {
                sv_card_window_show_error (job->window, error);
                send_job_free (job);
                return;
              }
          }
      mark_sent (job);
    }
  send_job_free (job);
}

/* Sharing where the family's consent is needed and not recorded asks
 * first, and records the answer. */
static void
confirm_consent_then_send (SendJob *job)
{
  SvSafetyCard *card = job->window->card;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  for (guint i = 0; i < job->recipient_ids->len; i++)
    for (guint j = 0; j < card->recipients->len; j++)
      {
        SvCardRecipient *r = card->recipients->pdata[j];

        if (r->id == g_array_index (job->recipient_ids, gint64, i) && sv_card_recipient_lacks_consent (r))
          g_string_append_printf (names, "\n• %s", r->name);
      }
  if (names->len == 0)
    {
      mark_sent (job);
      send_job_free (job);
      return;
    }
  body = g_strdup_printf (_("Sharing the card with these recipients needs the family's consent, and none is recorded:%s\n\n"
                            "Did the family consent? Then it is recorded now, with your name and today's date."),
                          names->str);
  dialog = adw_message_dialog_new (GTK_WINDOW (job->window), _("Consent to Share?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "record", _("_Record Consent and Mark Sent"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_consent_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_send_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SendJob          *job)
{
  g_signal_handlers_disconnect_by_data (dialog, job);
  if (g_strcmp0 (response, "sent") != 0)
    {
      send_job_free (job);
      return;
    }
  for (guint i = 0; i < job->checks->len; i++)
    if (gtk_check_button_get_active (job->checks->pdata[i]))
      {
        gint64 id = GPOINTER_TO_SIZE (g_object_get_data (job->checks->pdata[i], "sv-id"));

        g_array_append_val (job->recipient_ids, id);
      }
  g_clear_pointer (&job->checks, g_ptr_array_unref);
  if (job->recipient_ids->len == 0)
    {
      sv_card_window_toast (job->window, _("Choose at least one recipient"));
      send_job_free (job);
      return;
    }
  confirm_consent_then_send (job);
}

void
sv_card_window_mark_sent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SvCardWindow *self = SV_CARD_WINDOW (widget);
  g_autoptr(SvCardVersion) version = sv_card_window_find_version (self, g_variant_get_int64 (parameter));
  SendJob *job;
  GtkWidget *dialog, *box;
  g_autofree char *heading = NULL;

  if (version == NULL)
    return;
  if (self->card->recipients->len == 0)
    {
      sv_card_window_toast (self, _("Add the recipients first, under Sharing"));
      return;
    }
  job = g_new0 (SendJob, 1);
  job->window = g_object_ref (self);
  job->version_id = version->id;
  job->recipient_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  job->checks = g_ptr_array_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < self->card->recipients->len; i++)
    {
      SvCardRecipient *r = self->card->recipients->pdata[i];
      g_autofree char *label = *r->organisation != '\0' ? g_strdup_printf ("%s (%s)", r->name, r->organisation)
                                                        : g_strdup (r->name);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data (G_OBJECT (check), "sv-id", GSIZE_TO_POINTER ((gsize) r->id));
      g_ptr_array_add (job->checks, check);
      gtk_box_append (GTK_BOX (box), check);
    }
  /* TRANSLATORS: "Mark Version 2 Sent" */
  heading = g_strdup_printf (_("Mark Version %u Sent"), version->number);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, _("Who received it today?"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "sent", _("_Mark Sent"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sent", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_send_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

