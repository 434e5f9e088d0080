/* sv-case-facts.c: the dated facts of a case, their rules and the nicks
 * of their kinds. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-case-facts.h"
#include "sv-date.h"
#include "sv-deadline.h"
#include "sv-error.h"

G_DEFINE_BOXED_TYPE (SvCaseFacts, sv_case_facts, sv_case_facts_copy, sv_case_facts_free)

typedef struct {
  const char *nick;
  const char *label;  /* NC_() with the context of its table */
} KindEntry;

static const KindEntry order_kinds[] = {
  [SV_ORDER_KIND_OTS] = { "ots", NC_("order kind", "OTS") },
  /* TRANSLATORS: guardianship, a child-protection order; Dutch keeps "Voogdij" */
  [SV_ORDER_KIND_VOOGDIJ] = { "voogdij", NC_("order kind", "Voogdij") },
};

static const KindEntry handover_kinds[] = {
  [SV_HANDOVER_AFTER_ASSESSMENT] = { "na-veiligheidsbeoordeling",
                                     NC_("handover kind", "After the safety assessment") },
  [SV_HANDOVER_AFTER_INVESTIGATION] = { "na-onderzoek",
                                        NC_("handover kind", "After Voorwaarden & Vervolg or Onderzoek") },
};

/* The storage and the exchange read dates in these years only. */
#define FACTS_YEAR_MIN 1900
#define FACTS_YEAR_MAX 2199

SvCaseFacts *
sv_case_facts_new (void)
{
  SvCaseFacts *self = g_new0 (SvCaseFacts, 1);

  g_date_clear (&self->order_end, 1);
  g_date_clear (&self->vht_consultation, 1);
  g_date_clear (&self->ig_date, 1);
  g_date_clear (&self->it_first_discussion, 1);
  g_date_clear (&self->traject_v_start, 1);
  g_date_clear (&self->vt_received, 1);
  g_date_clear (&self->vt_handover, 1);
  g_date_clear (&self->huisverbod_start, 1);
  g_date_clear (&self->last_incident, 1);
  self->ig_minutes = -1;
  return self;
}

SvCaseFacts *
sv_case_facts_copy (const SvCaseFacts *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
sv_case_facts_free (SvCaseFacts *self)
{
  g_free (self);
}

/* ------------------------------------------------------------------------
 * Rules
 * ------------------------------------------------------------------------ */

/* A set date must be one the storage can hold; with @today it may not lie
 * after it. */
static gboolean
check_date (const GDate *date,
            const GDate *today,
            const char  *field_label,
            GError     **error)
{
  if (!g_date_valid (date))
    return TRUE;
  if (g_date_get_year (date) < FACTS_YEAR_MIN || g_date_get_year (date) > FACTS_YEAR_MAX)
    {
      /* TRANSLATORS: "Last incident: the year 1850 is outside 1900–2199" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: the year %u is outside %d–%d"),
                   field_label, (guint) g_date_get_year (date), FACTS_YEAR_MIN, FACTS_YEAR_MAX);
      return FALSE;
    }
  if (today != NULL && g_date_compare (date, today) > 0)
    {
      g_autofree char *shown = sv_date_format_medium (date);
      /* TRANSLATORS: "Date received: 3 December 2027 lies in the future" */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: %s lies in the future"),
                   field_label, shown);
      return FALSE;
    }
  return TRUE;
}

gboolean
sv_case_facts_validate (const SvCaseFacts *self,
                        const GDate       *today,
                        GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->order_kind >= G_N_ELEMENTS (order_kinds))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Kind of order: unknown kind"));
      return FALSE;
    }
  if ((guint) self->vt_handover_kind >= G_N_ELEMENTS (handover_kinds))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Kind of handover: unknown kind"));
      return FALSE;
    }
  if (self->ig_minutes < -1 || self->ig_minutes >= 24 * 60)
    {
      /* TRANSLATORS: %d is a number of minutes after midnight */
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Time of the interventiegesprek: %d minutes after midnight is not a time of day"),
                   self->ig_minutes);
      return FALSE;
    }

  /* Plans and ends may lie ahead … */
  if (!check_date (&self->order_end, NULL, _("End of the order"), error) ||
      !check_date (&self->vht_consultation, NULL, _("VeiligheidsTeam consultation"), error) ||
      !check_date (&self->ig_date, NULL, _("Interventiegesprek"), error) ||
      !check_date (&self->traject_v_start, NULL, _("Start of Traject V"), error))
    return FALSE;
  /* … what happened may not. */
  return check_date (&self->it_first_discussion, today, _("First Interventieteam discussion"), error) &&
         check_date (&self->vt_received, today, _("Received by Veilig Thuis"), error) &&
         check_date (&self->vt_handover, today, _("Handed over by Veilig Thuis"), error) &&
         check_date (&self->huisverbod_start, today, _("Start of the tijdelijk huisverbod"), error) &&
         check_date (&self->last_incident, today, _("Last incident"), error);
}

gboolean
sv_case_facts_validate_done (const char  *rule_id,
                             const GDate *done_on,
                             const GDate *today,
                             GError     **error)
{
  if (!sv_deadline_rule_exists (rule_id))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Deadline: “%s” is not one of the deadlines Samen Veilig knows"),
                   rule_id != NULL ? rule_id : "");
      return FALSE;
    }
  if (done_on == NULL)
    return TRUE;
  if (!g_date_valid (done_on))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Done on: enter the date it was done"));
      return FALSE;
    }
  return check_date (done_on, today, _("Done on"), error);
}

/* ------------------------------------------------------------------------
 * Nicks and labels
 * ------------------------------------------------------------------------ */

static int
find_nick (const KindEntry *table,
           guint            n,
           const char      *nick)
{
  for (guint i = 0; nick != NULL && i < n; i++)
    if (g_str_equal (nick, table[i].nick))
      return (int) i;
  return -1;
}

const char *
sv_order_kind_to_nick (SvOrderKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (order_kinds), NULL);
  return order_kinds[value].nick;
}

gboolean
sv_order_kind_from_nick (const char  *nick,
                         SvOrderKind *value)
{
  int i = find_nick (order_kinds, G_N_ELEMENTS (order_kinds), nick);

  if (i >= 0 && value != NULL)
    *value = (SvOrderKind) i;
  return i >= 0;
}

const char *
sv_order_kind_label (SvOrderKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (order_kinds), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "order kind", order_kinds[value].label);
}

guint
sv_order_kind_count (void)
{
  return G_N_ELEMENTS (order_kinds);
}

const char *
sv_handover_kind_to_nick (SvHandoverKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (handover_kinds), NULL);
  return handover_kinds[value].nick;
}

gboolean
sv_handover_kind_from_nick (const char     *nick,
                            SvHandoverKind *value)
{
  int i = find_nick (handover_kinds, G_N_ELEMENTS (handover_kinds), nick);

  if (i >= 0 && value != NULL)
    *value = (SvHandoverKind) i;
  return i >= 0;
}

const char *
sv_handover_kind_label (SvHandoverKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (handover_kinds), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "handover kind", handover_kinds[value].label);
}

guint
sv_handover_kind_count (void)
{
  return G_N_ELEMENTS (handover_kinds);
}
