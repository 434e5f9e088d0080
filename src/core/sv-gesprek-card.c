/* sv-gesprek-card.c: the outcome of an interventiegesprek into the
 * Veiligheidskaart, and the card's versions read for the planner. The
 * composition never drops a word of what the section held: the outcome is
 * added, not put in its place. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-gesprek-card.h"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

char *
sv_gesprek_card_compose_outcome (const char  *current,
                                 const char  *outcome,
                                 const GDate *day)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *heading = NULL;

  if (is_blank (outcome))
    return NULL;
  trimmed = g_strstrip (g_strdup (outcome));
  if (is_blank (current))
    return g_steal_pointer (&trimmed);
  if (strstr (current, trimmed) != NULL)
    return NULL;

  /* The section's own text stays as it is, without the blank lines at its
   * end, so exactly one blank line separates it from the outcome. */
  kept = g_strdup (current);
  g_strchomp (kept);
  if (day != NULL && g_date_valid (day))
    {
      g_autofree char *when = sv_date_format_medium (day);

      /* TRANSLATORS: the heading above an outcome added to the
       * Veiligheidskaart; %s is a date such as "3 december 2026" */
      heading = g_strdup_printf (_("Interventiegesprek %s:"), when);
    }
  else
    heading = g_strdup (_("Interventiegesprek:"));
  return g_strconcat (kept, "\n\n", heading, "\n", trimmed, NULL);
}

gboolean
sv_gesprek_card_names_rvdk (const char *organisation)
{
  g_autofree char *folded = NULL;
  const char *p;

  if (organisation == NULL)
    return FALSE;
  folded = g_utf8_casefold (organisation, -1);
  if (strstr (folded, "raad voor de kinderbescherming") != NULL)
    return TRUE;
  /* "RvdK" as a word of its own, not inside another word. */
  for (p = strstr (folded, "rvdk"); p != NULL; p = strstr (p + 1, "rvdk"))
    {
      gboolean start = p == folded || !g_ascii_isalnum (p[-1]);
      gboolean end = !g_ascii_isalnum (p[4]);

      if (start && end)
        return TRUE;
    }
  return FALSE;
}

/* A version's recipient as "Name (organisation)": the organisation is in
 * the last parentheses; a name alone has none. */
static gboolean
recipient_is_rvdk (const char *recipient)
{
  const char *open = g_strrstr (recipient, " (");

  if (open == NULL || !g_str_has_suffix (recipient, ")"))
    return FALSE;
  return sv_gesprek_card_names_rvdk (open + 2);
}

SvGesprekCardState *
sv_gesprek_card_state_new (GPtrArray *versions)
{
  SvGesprekCardState *self = g_new0 (SvGesprekCardState, 1);

  g_date_clear (&self->sent_on, 1);
  g_date_clear (&self->rvdk_sent_on, 1);
  self->sent_to = g_new0 (char *, 1);
  if (versions == NULL)
    return self;

  self->n_versions = versions->len;
  for (guint i = 0; i < versions->len; i++)
    {
      const SvCardVersion *v = g_ptr_array_index (versions, i);
      gboolean sent = sv_card_version_is_sent (v) && g_date_valid (&v->sent_on);

      if (i == 0)
        {
          self->latest_number = v->number;
          self->latest_status = v->status;
          self->latest_sent = sent;
        }
      if (!sent)
        continue;
      /* The definitive card before the day: a final version once sent.
       * One updated after the conversation is not that card. */
      if (self->sent_number == 0 && v->status == SV_CARD_STATUS_VERSTUURD)
        {
          self->sent_number = v->number;
          self->sent_on = v->sent_on;
          g_strfreev (self->sent_to);
          self->sent_to = g_strdupv (v->sent_to);
        }
      if (!g_date_valid (&self->rvdk_sent_on) && v->sent_to != NULL)
        for (guint j = 0; v->sent_to[j] != NULL; j++)
          if (recipient_is_rvdk (v->sent_to[j]))
            {
              self->rvdk_sent_on = v->sent_on;
              break;
            }
    }
  return self;
}

void
sv_gesprek_card_state_free (SvGesprekCardState *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->sent_to);
  g_free (self);
}

char *
sv_gesprek_card_state_describe (const SvGesprekCardState *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->n_versions == 0)
    return g_strdup (_("Veiligheidskaart: no version made yet"));
  if (self->sent_number != 0)
    {
      g_autofree char *day = sv_date_format_medium (&self->sent_on);
      g_autofree char *to = g_strjoinv (", ", self->sent_to);

      if (self->latest_number != self->sent_number)
        {
          /* TRANSLATORS: "Veiligheidskaart: version 3 sent on 2 december
           * 2026 to A (Veilig Thuis), B (RvdK); newest version 4: Concept" */
          return g_strdup_printf (_("Veiligheidskaart: version %u sent on %s to %s; newest version %u: %s"),
                                  self->sent_number, day, to, self->latest_number,
                                  sv_card_status_label (self->latest_status));
        }
      /* TRANSLATORS: "Veiligheidskaart: version 3 sent on 2 december 2026
       * to A (Veilig Thuis), B (RvdK)" */
      return g_strdup_printf (_("Veiligheidskaart: version %u sent on %s to %s"),
                              self->sent_number, day, to);
    }
  if (self->latest_sent)
    /* TRANSLATORS: "Veiligheidskaart: version 4, Bijgewerkt na gesprek, sent" */
    return g_strdup_printf (_("Veiligheidskaart: version %u, %s, sent"),
                            self->latest_number, sv_card_status_label (self->latest_status));
  /* TRANSLATORS: "Veiligheidskaart: version 2, Concept, not sent yet" */
  return g_strdup_printf (_("Veiligheidskaart: version %u, %s, not sent yet"),
                          self->latest_number, sv_card_status_label (self->latest_status));
}

char *
sv_gesprek_card_state_describe_rvdk (const SvGesprekCardState *self)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!g_date_valid (&self->rvdk_sent_on))
    return NULL;
  day = sv_date_format_medium (&self->rvdk_sent_on);
  /* TRANSLATORS: %s is a date */
  return g_strdup_printf (_("The Veiligheidskaart went to the RvdK on %s"), day);
}
