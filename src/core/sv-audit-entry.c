/* sv-audit-entry.c: the audit log line, its words and its CSV export. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-audit-entry.h"
#include "sv-date.h"

G_DEFINE_BOXED_TYPE (SvAuditEntry, sv_audit_entry, sv_audit_entry_copy, sv_audit_entry_free)

static const struct {
  const char *nick;
  const char *label;
} actions[SV_AUDIT_N_ACTIONS] = {
  [SV_AUDIT_OPEN] = { "open", N_("Opened") },
  [SV_AUDIT_PRINT] = { "print", N_("Printed") },
  [SV_AUDIT_EXPORT] = { "export", N_("Exported") },
  [SV_AUDIT_REVEAL] = { "reveal", N_("Revealed on the projector") },
  [SV_AUDIT_SHARE_WITHOUT_CONSENT] = { "share-without-consent", N_("Shared with names without consent") },
  [SV_AUDIT_CREATE] = { "create", N_("Added") },
  [SV_AUDIT_CHANGE] = { "change", N_("Changed") },
  [SV_AUDIT_DELETE] = { "delete", N_("Removed") },
  [SV_AUDIT_ERASE] = { "erase", N_("Erased") },
};

/* The tables and columns the triggers name, in words. A name missing here
 * (a table added later) is shown as stored. */
static const struct {
  const char *name;
  const char *label;
} record_kinds[] = {
  { "cases", N_("case") },
  { "households", N_("household") },
  { "members", N_("household member") },
  { "network_members", N_("network member") },
  { "consents", N_("consent") },
  { "case_professionals", N_("professional’s role") },
  { "journal_entries", N_("journal entry") },
  { "case_facts", N_("dates and deadlines") },
  { "deadlines_done", N_("deadline done") },
  { "agenda_items", N_("agenda item") },
  { "agreements", N_("agreement") },
  { "case_traject", N_("traject") },
  { "case_vht_interventions", N_("VeiligheidsTeam intervention") },
  { "case_vht", N_("Veiligheidskaart to the RvdK") },
  { "safety_cards", N_("Veiligheidskaart") },
  { "safety_card_texts", N_("Veiligheidskaart section") },
  { "safety_card_scores", N_("safety score") },
  { "safety_card_conditions", N_("safety condition") },
  { "safety_card_recipients", N_("Veiligheidskaart recipient") },
  { "safety_card_versions", N_("Veiligheidskaart version") },
  { "gesprekken", N_("interventiegesprek") },
  { "gesprek_people", N_("person at the interventiegesprek") },
  { "gesprek_letters", N_("invitation letter") },
}, fields[] = {
  { "number", N_("case number") },
  { "household_id", N_("household") },
  { "report_kind", N_("kind of report") },
  { "source", N_("source") },
  { "source_detail", N_("source detail") },
  { "received", N_("received") },
  { "reason", N_("reason") },
  { "status", N_("status") },
  { "closed_on", N_("closed on") },
  { "closing_note", N_("closing note") },
  { "name", N_("name") },
  { "note", N_("note") },
  { "given_names", N_("given names") },
  { "family_name", N_("family name") },
  { "birth_date", N_("date of birth") },
  { "role", N_("role") },
  { "relation", N_("relation") },
  { "contact", N_("contact") },
  { "date", N_("date") },
  { "given_by", N_("given by") },
  { "scope", N_("scope") },
  { "exception", N_("exception") },
  { "professional_id", N_("professional") },
  { "order_end", N_("end of the order") },
  { "order_kind", N_("kind of order") },
  { "care_after_18_arranged", N_("care after 18 arranged") },
  { "vht_consultation", N_("VeiligheidsTeam consultation") },
  { "ig_date", N_("interventiegesprek date") },
  { "ig_minutes", N_("interventiegesprek time") },
  { "it_first_discussion", N_("first Interventieteam discussion") },
  { "traject_v_start", N_("start of Traject V") },
  { "vt_received", N_("received by Veilig Thuis") },
  { "vt_handover", N_("handover by Veilig Thuis") },
  { "vt_handover_kind", N_("kind of handover") },
  { "vt_handover_acute", N_("acute handover") },
  { "huisverbod_start", N_("start of the huisverbod") },
  { "huisverbod_extended", N_("huisverbod extended") },
  { "last_incident", N_("last incident") },
  { "done_on", N_("done on") },
  { "meeting_id", N_("meeting") },
  { "text", N_("text") },
  { "viewpoint", N_("viewpoint") },
  { "score", N_("score") },
  { "scored_on", N_("scored on") },
  { "term", N_("term") },
  { "consequence", N_("consequence") },
  { "organisation", N_("organisation") },
  { "needs_consent", N_("needs consent") },
  { "consent_at", N_("consent recorded") },
  { "sent_on", N_("sent on") },
  { "sent_to", N_("sent to") },
  { "day", N_("day") },
  { "gesprekken.minutes", N_("start time") },  /* not the meetings' minutes */
  { "duration", N_("duration") },
  { "late_reason", N_("reason for the later date") },
  { "kind", N_("kind") },
  { "rvdk_joins", N_("RvdK joins") },
  { "place", N_("place") },
  { "place_other", N_("other place") },
  { "room_reserved", N_("room reserved") },
  { "room_note", N_("room") },
  { "safety", N_("safety measures") },
  { "safety_other", N_("other safety measure") },
  { "chair", N_("chair") },
  { "chair_name", N_("chair’s name") },
  { "chair_role", N_("chair’s role") },
  { "kaart_definitive_sent", N_("definitive Veiligheidskaart sent") },
  { "final", N_("final plan") },
  { "both_parents", N_("both parents present") },
  { "outcome", N_("outcome") },
  { "raadsonderzoek", N_("raadsonderzoek") },
  { "birth", N_("date of birth") },
  { "excluded", N_("left out") },
  { "exclusion_reason", N_("reason left out") },
  { "separate_note", N_("spoken to separately") },
  { "attended", N_("attended") },
  { "body", N_("letter text") },
  { "planned_minutes", N_("planned minutes") },
  { "inbrenger_id", N_("inbrenger") },
  { "question", N_("question") },
  { "standing", N_("standing item") },
  { "family_invited", N_("family invited") },
  { "family_attendance", N_("family present") },
  { "advice", N_("advice") },
  { "advice_text", N_("advice text") },
  { "minutes", N_("minutes") },
  { "discussed", N_("discussed") },
  { "who", N_("who") },
  { "what", N_("what") },
  { "due", N_("due") },
  { "monitoring", N_("monitoring") },
  { "done", N_("done") },
  { "step", N_("step") },
  { "since", N_("since") },
  { "adviesverslag", N_("adviesverslag") },
  { "iv_minutes", N_("Traject IV minutes") },
  { "gespreksverslagen", N_("conversation reports") },
  { "zorgjournaal", N_("zorgjournaal complete") },
  { "plan_goedgekeurd", N_("plan approved") },
  { "state", N_("state") },
  { "rvdk_kaart_sent", N_("sent to the RvdK") },
};

static const char *
label_of (const char *name,
          gboolean    is_field)
{
  guint n = is_field ? G_N_ELEMENTS (fields) : G_N_ELEMENTS (record_kinds);

  for (guint i = 0; name != NULL && i < n; i++)
    {
      const char *candidate = is_field ? fields[i].name : record_kinds[i].name;

      if (g_str_equal (name, candidate))
        return _(is_field ? fields[i].label : record_kinds[i].label);
    }
  return name;
}

/* A column's words, by table first where one name means two things
 * ("minutes": a meeting's notes, a conversation's start time). */
static const char *
field_label (const SvAuditEntry *self)
{
  g_autofree char *qualified = NULL;
  const char *label;

  if (self->record_kind != NULL && self->field != NULL)
    {
      qualified = g_strconcat (self->record_kind, ".", self->field, NULL);
      label = label_of (qualified, TRUE);
      if (label != qualified)
        return label;
    }
  return label_of (self->field, TRUE);
}

SvAuditEntry *
sv_audit_entry_copy (const SvAuditEntry *self)
{
  SvAuditEntry *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvAuditEntry, 1);
  *copy = *self;
  copy->at = self->at != NULL ? g_date_time_ref (self->at) : NULL;
  copy->os_user = g_strdup (self->os_user);
  copy->display_name = g_strdup (self->display_name);
  copy->record_kind = g_strdup (self->record_kind);
  copy->field = g_strdup (self->field);
  copy->old_value = g_strdup (self->old_value);
  copy->new_value = g_strdup (self->new_value);
  copy->detail = g_strdup (self->detail);
  return copy;
}

void
sv_audit_entry_free (SvAuditEntry *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->at, g_date_time_unref);
  g_free (self->os_user);
  g_free (self->display_name);
  g_free (self->record_kind);
  g_free (self->field);
  g_free (self->old_value);
  g_free (self->new_value);
  g_free (self->detail);
  g_free (self);
}

const char *
sv_audit_action_to_nick (SvAuditAction action)
{
  g_return_val_if_fail ((guint) action < SV_AUDIT_N_ACTIONS, NULL);
  return actions[action].nick;
}

gboolean
sv_audit_action_from_nick (const char    *nick,
                           SvAuditAction *out)
{
  for (guint i = 0; nick != NULL && i < SV_AUDIT_N_ACTIONS; i++)
    if (g_str_equal (nick, actions[i].nick))
      {
        *out = (SvAuditAction) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sv_audit_action_label (SvAuditAction action)
{
  g_return_val_if_fail ((guint) action < SV_AUDIT_N_ACTIONS, NULL);
  return _(actions[action].label);
}

char *
sv_audit_entry_who (const SvAuditEntry *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (self->display_name == NULL || self->display_name[0] == '\0' ||
      g_strcmp0 (self->display_name, self->os_user) == 0)
    return g_strdup (self->os_user);
  return g_strdup_printf ("%s (%s)", self->display_name, self->os_user);
}

/* Long texts keep "old length→new length" (see sv-sqlite-audit-sql.h). */
static gboolean
parse_lengths (const char *detail,
               gint64     *old_len,
               gint64     *new_len)
{
  const char *arrow = detail != NULL ? strstr (detail, "→") : NULL;
  char *end = NULL;

  if (arrow == NULL)
    return FALSE;
  *old_len = arrow == detail ? 0 : g_ascii_strtoll (detail, &end, 10);
  *new_len = g_ascii_strtoll (arrow + strlen ("→"), &end, 10);
  return TRUE;
}

/* A stored value as the reader expects it: dates and times in Dutch form
 * ("05-11-2026", "5 november 2026, 14:03") rather than as stored. */
static char *
shown (const char *value)
{
  GDate date;

  if (value == NULL)
    return g_strdup ("—");
  if (strlen (value) == 10 && sv_date_from_iso (value, &date))
    return sv_date_format_numeric (&date);
  if (strlen (value) >= 19 && value[10] == 'T')
    {
      g_autoptr(GDateTime) at = sv_datetime_from_iso (value);

      if (at != NULL)
        return sv_datetime_format (at);
    }
  return g_strdup (value);
}

char *
sv_audit_entry_describe (const SvAuditEntry *self)
{
  const char *label;
  gint64 old_len, new_len;

  g_return_val_if_fail (self != NULL, NULL);
  label = sv_audit_action_label (self->action);

  if (self->erased)
    {
      if (self->field != NULL)
        /* TRANSLATORS: an audit line of an erased case: "Changed name (erased)" */
        return g_strdup_printf (_("%s %s (erased)"), label, field_label (self));
      if (self->record_kind != NULL)
        return g_strdup_printf (_("%s %s (erased)"), label, label_of (self->record_kind, FALSE));
      return g_strdup_printf (_("%s (erased)"), label);
    }
  if (self->action == SV_AUDIT_CHANGE && self->field != NULL)
    {
      if (self->old_value == NULL && self->new_value == NULL &&
          parse_lengths (self->detail, &old_len, &new_len))
        {
          g_autofree char *before = g_strdup_printf ("%" G_GINT64_FORMAT, old_len);
          g_autofree char *after = g_strdup_printf ("%" G_GINT64_FORMAT, new_len);

          /* TRANSLATORS: a long text was changed: "Changed reason (120 → 134 characters)" */
          return g_strdup_printf (_("%s %s (%s → %s characters)"), label, field_label (self),
                                  before, after);
        }
      g_autofree char *before = shown (self->old_value);
      g_autofree char *after = shown (self->new_value);

      /* TRANSLATORS: "Changed family name: Jansen → Pietersen" */
      return g_strdup_printf (_("%s %s: %s → %s"), label, field_label (self), before, after);
    }
  if (self->record_kind != NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, self->record_id);
      g_autofree char *detail = shown (self->detail);

      if (self->detail != NULL && self->detail[0] != '\0')
        /* TRANSLATORS: "Added journal entry #11 (05-11-2026)" */
        return g_strdup_printf (_("%s %s #%s (%s)"), label, label_of (self->record_kind, FALSE), id, detail);
      /* TRANSLATORS: "Removed household member #4" */
      return g_strdup_printf (_("%s %s #%s"), label, label_of (self->record_kind, FALSE), id);
    }
  if (self->detail != NULL && self->detail[0] != '\0')
    /* TRANSLATORS: "Printed: case overview, full names" */
    return g_strdup_printf (_("%s: %s"), label, self->detail);
  return g_strdup (label);
}

static void
append_csv_field (GString    *out,
                  const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
sv_audit_entries_to_csv (GPtrArray *entries)
{
  GString *out = g_string_new ("id,at,os_user,display_name,action,case_id,record_kind,record_id,"
                               "field,old_value,new_value,detail,erased\r\n");

  g_return_val_if_fail (entries != NULL, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      const SvAuditEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *at = e->at != NULL ? g_date_time_format_iso8601 (e->at) : NULL;
      g_autofree char *case_id = e->case_id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, e->case_id) : NULL;
      g_autofree char *record_id = e->record_id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, e->record_id) : NULL;

      g_string_append_printf (out, "%" G_GINT64_FORMAT ",", e->id);
      append_csv_field (out, at);
      g_string_append_c (out, ',');
      append_csv_field (out, e->os_user);
      g_string_append_c (out, ',');
      append_csv_field (out, e->display_name);
      g_string_append_printf (out, ",%s,", sv_audit_action_to_nick (e->action));
      g_string_append (out, case_id != NULL ? case_id : "");
      g_string_append_c (out, ',');
      append_csv_field (out, e->record_kind);
      g_string_append_c (out, ',');
      g_string_append (out, record_id != NULL ? record_id : "");
      g_string_append_c (out, ',');
      append_csv_field (out, e->field);
      g_string_append_c (out, ',');
      append_csv_field (out, e->old_value);
      g_string_append_c (out, ',');
      append_csv_field (out, e->new_value);
      g_string_append_c (out, ',');
      append_csv_field (out, e->detail);
      g_string_append_printf (out, ",%d\r\n", e->erased ? 1 : 0);
    }
  return g_string_free (out, FALSE);
}
