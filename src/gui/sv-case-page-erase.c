/* sv-case-page-erase.c: the case's audit log ("Logboek") and erasing a
 * closed case whose retention period has passed — after a confirmation
 * that counts what goes. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-audit-window.h"
#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-retention.h"

static guint
retention_years (SvCasePage *self)
{
  return self->settings != NULL ? g_settings_get_uint (self->settings, "retention-years")
                                : SV_RETENTION_DEFAULT_YEARS;
}

void
sv_case_page_update_erase (SvCasePage *self)
{
  GDate today;

  sv_date_today (&today);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.erase",
                                 self->record != NULL &&
                                 sv_retention_allows_erasure (self->record, retention_years (self), &today, NULL));
}

void
sv_case_page_show_audit_log (SvCasePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->record == NULL)
    return;
  gtk_window_present (GTK_WINDOW (sv_audit_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       self->store, self->case_id, self->record->number)));
}

/* "• 2 household members" on a line of its own; nothing when none. */
static void
append_part (GString *out,
             guint    n,
             char    *text)
{
  if (n > 0)
    g_string_append_printf (out, "• %s\n", text);
  g_free (text);
}

/* What the erasure removes besides the case itself, counted. */
static char *
describe_counts (const SvErasureCounts *c)
{
  GString *out = g_string_new (NULL);

  if (c->households > 0)
    g_string_append_printf (out, "• %s\n", _("the household"));
  append_part (out, c->members,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u household member", "%u household members",
                                             c->members), c->members));
  append_part (out, c->network,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person of the network", "%u people of the network",
                                             c->network), c->network));
  append_part (out, c->journal,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u journal entry", "%u journal entries",
                                             c->journal), c->journal));
  append_part (out, c->agreements,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agreement", "%u agreements",
                                             c->agreements), c->agreements));
  append_part (out, c->agenda_items,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agenda item with its question and minutes",
                                             "%u agenda items with their questions and minutes",
                                             c->agenda_items), c->agenda_items));
  append_part (out, c->roles,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u professional’s role", "%u professionals’ roles",
                                             c->roles), c->roles));
  append_part (out, c->traject_moves,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step of the traject", "%u steps of the traject",
                                             c->traject_moves), c->traject_moves));
  append_part (out, c->vht_interventions,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u VeiligheidsTeam intervention",
                                             "%u VeiligheidsTeam interventions",
                                             c->vht_interventions), c->vht_interventions));
  append_part (out, c->card_parts,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u part of the Veiligheidskaart",
                                             "%u parts of the Veiligheidskaart",
                                             c->card_parts), c->card_parts));
  append_part (out, c->card_versions,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u version of the Veiligheidskaart, sent ones too",
                                             "%u versions of the Veiligheidskaart, sent ones too",
                                             c->card_versions), c->card_versions));
  append_part (out, c->gesprekken,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interventiegesprek with its invitations",
                                             "%u interventiegesprekken with their invitations",
                                             c->gesprekken), c->gesprekken));
  return g_string_free (out, FALSE);
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SvCasePage       *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GDate today;

  if (!g_str_equal (response, "erase") || self->record == NULL)
    return;
  sv_date_today (&today);
  message = g_strdup_printf (_("Case %s was erased"), self->record->number);
  if (!sv_store_erase_case (self->store, self->case_id, &today, retention_years (self), &error))
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  sv_show_toast (GTK_WIDGET (self), message);
  sv_case_page_set_case (self, 0);
  gtk_widget_activate_action (GTK_WIDGET (self), "cases.back", NULL);
}

AdwMessageDialog *
sv_case_page_confirm_erase (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *list = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SvErasureCounts counts;
  GtkWidget *dialog;

  if (self->record == NULL)
    return NULL;
  if (!sv_store_count_erasure (self->store, self->case_id, &counts, &error))
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return NULL;
    }
  list = describe_counts (&counts);
  /* TRANSLATORS: "Erase Case 2026-0001 for Good?" */
  heading = g_strdup_printf (_("Erase Case %s for Good?"), self->record->number);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its retention period has passed. Erased are the report, the consent and the dates, and also:\n%s\n"
                                       "It can no longer be found or restored from this database; backups older than today still hold it until they are rotated out. "
                                       "The audit log keeps %u line without its contents, and records the erasure with your name.",
                                       "Its retention period has passed. Erased are the report, the consent and the dates, and also:\n%s\n"
                                       "It can no longer be found or restored from this database; backups older than today still hold it until they are rotated out. "
                                       "The audit log keeps %u lines without their contents, and records the erasure with your name.",
                                       counts.audit_entries),
                          list, counts.audit_entries);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "erase", _("_Erase for Good"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}
