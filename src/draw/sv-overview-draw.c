/* sv-overview-draw.c: the sections of the printed case overview.
 *
 * The section table below is the one place that decides the order. The
 * Veiligheidskaart follows the OTS countdown (closing an OTS leans on
 * the card); its agreements are the "agreements" table.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sv-countdown-draw.h"
#include "sv-date.h"
#include "sv-overview-card-draw.h"
#include "sv-overview-draw.h"
#include "sv-traject-draw.h"

typedef void (*AddSection) (SvPrintDoc *doc, const SvOverview *o, const char *title);

typedef struct {
  const char *id;
  const char *title;            /* N_() */
  AddSection  add;
} Section;

static void add_household     (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_report        (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_professionals (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_traject       (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_countdown     (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_deadlines     (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_agreements    (SvPrintDoc *doc, const SvOverview *o, const char *title);
static void add_journal       (SvPrintDoc *doc, const SvOverview *o, const char *title);

static const Section sections[] = {
  { "household",     N_("Household and Members"),   add_household },
  { "report",        N_("Report and Consent"),      add_report },
  { "professionals", N_("Involved Professionals"),  add_professionals },
  { "traject",       N_("Traject"),                 add_traject },
  { "countdown",     N_("Closing the OTS"),         add_countdown },
  { "veiligheidskaart", N_("Veiligheidskaart"),      sv_overview_add_card },
  { "deadlines",     N_("Deadlines"),               add_deadlines },
  { "agreements",    N_("Agreements"),              add_agreements },
  { "journal",       N_("Journal"),                 add_journal },
};

const char * const *
sv_overview_section_ids (void)
{
  static const char *ids[G_N_ELEMENTS (sections) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      ids[i] = sections[i].id;
  return ids;
}

const char *
sv_overview_section_title (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].id, id) == 0)
      return _(sections[i].title);
  g_return_val_if_reached (NULL);
}

static gboolean
initials (const SvOverview *o)
{
  return o->names == SV_OVERVIEW_NAMES_INITIALS;
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

/* ------------------------------------------------------------------------
 * Household and members
 * ------------------------------------------------------------------------ */

static char *
describe_age (const SvOverview       *o,
              const SvOverviewMember *m)
{
  g_autofree char *years = NULL;
  g_autofree char *born = NULL;

  if (m->age < 0)
    return g_strdup (_("unknown"));
  years = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", m->age), m->age);
  if (!g_date_valid (&m->birth_date))
    return g_steal_pointer (&years);
  born = sv_date_format_numeric (&m->birth_date);
  /* TRANSLATORS: a date of birth and the age: "03-03-2014 (12 years)" */
  return g_strdup_printf (_("%s (%s)"), born, years);
}

static void
add_household (SvPrintDoc       *doc,
               const SvOverview *o,
               const char       *title)
{
  static const double member_widths[] = { 0.27, 0.18, 0.23, 0.32 };
  const char *member_headers[] = {
    _("Name"), _("Role"), initials (o) ? _("Age") : _("Born (age)"), _("Note"),
  };

  sv_print_doc_add_heading (doc, title);
  sv_print_doc_add_field (doc, _("Household"), o->household_name);
  if (*o->household_note != '\0')
    sv_print_doc_add_field (doc, _("Note"), o->household_note);
  sv_print_doc_add_space (doc, 4);

  if (o->members->len == 0)
    sv_print_doc_add_paragraph (doc, _("No household members recorded."), SV_PRINT_TEXT_NOTE);
  else
    {
      sv_print_doc_begin_table (doc, 4, member_widths, member_headers);
      for (guint i = 0; i < o->members->len; i++)
        {
          const SvOverviewMember *m = o->members->pdata[i];
          g_autofree char *age = describe_age (o, m);
          const char *cells[] = { m->name, sv_member_role_label (m->role), age, m->note };

          sv_print_doc_add_row (doc, cells);
        }
      sv_print_doc_end_table (doc);
    }

  sv_print_doc_add_subheading (doc, _("Informal Network"));
  if (o->network->len == 0)
    sv_print_doc_add_paragraph (doc, _("No one of the informal network recorded."), SV_PRINT_TEXT_NOTE);
  else if (initials (o))
    {
      /* No contact column: a phone number identifies as well as a name. */
      static const double widths[] = { 0.25, 0.30, 0.45 };
      const char *headers[] = { _("Name"), _("Relation"), _("Note") };

      sv_print_doc_begin_table (doc, 3, widths, headers);
      for (guint i = 0; i < o->network->len; i++)
        {
          const SvOverviewContact *c = o->network->pdata[i];
          const char *cells[] = { c->name, c->relation, c->note };

          sv_print_doc_add_row (doc, cells);
        }
      sv_print_doc_end_table (doc);
    }
  else
    {
      static const double widths[] = { 0.24, 0.22, 0.24, 0.30 };
      const char *headers[] = { _("Name"), _("Relation"), _("Contact"), _("Note") };

      sv_print_doc_begin_table (doc, 4, widths, headers);
      for (guint i = 0; i < o->network->len; i++)
        {
          const SvOverviewContact *c = o->network->pdata[i];
          const char *cells[] = { c->name, c->relation, c->contact, c->note };

          sv_print_doc_add_row (doc, cells);
        }
      sv_print_doc_end_table (doc);
    }
}

/* ------------------------------------------------------------------------
 * Report and consent
 * ------------------------------------------------------------------------ */

static void
add_report (SvPrintDoc       *doc,
            const SvOverview *o,
            const char       *title)
{
  const SvCase *c = o->record;
  const SvConsent *consent = o->consent;
  g_autofree char *received = g_date_valid (&c->received) ? sv_date_format_long (&c->received) : NULL;
  g_autofree char *source = NULL;
  g_autofree char *status = NULL;
  g_autofree char *why = NULL;
  g_autofree char *given = NULL;
  gboolean allowed;

  sv_print_doc_add_heading (doc, title);
  sv_print_doc_add_field (doc, _("Kind of report"), sv_report_kind_label (c->report_kind));
  source = *c->source_detail != '\0'
           ? g_strdup_printf ("%s — %s", sv_report_source_label (c->source), c->source_detail)
           : g_strdup (sv_report_source_label (c->source));
  sv_print_doc_add_field (doc, _("Reported by"), source);
  sv_print_doc_add_field (doc, _("Received"), received);
  sv_print_doc_add_field (doc, _("Reason"), c->reason);
  if (c->status == SV_CASE_STATUS_GESLOTEN)
    {
      g_autofree char *closed = sv_date_format_long (&c->closed_on);

      sv_print_doc_add_field (doc, _("Closed on"), closed);
      sv_print_doc_add_field (doc, _("Closing note"), c->closing_note);
    }

  sv_print_doc_add_subheading (doc, _("Consent"));
  if (consent->status == SV_CONSENT_STATUS_ONBEKEND)
    given = g_strdup (sv_consent_required (c->report_kind)
                      ? _("Not yet asked")
                      : _("Not needed for a zorgmelding from Veilig Thuis"));
  else
    {
      g_autofree char *date = sv_date_format_medium (&consent->date);

      given = consent->status == SV_CONSENT_STATUS_GEGEVEN
              ? g_strdup_printf (_("Given on %s by %s"), date, consent->given_by)
              : g_strdup_printf (_("Refused on %s"), date);
    }
  sv_print_doc_add_field (doc, _("Toestemmingsverklaring"), given);
  if (consent->status != SV_CONSENT_STATUS_ONBEKEND)
    sv_print_doc_add_field (doc, _("Scope"), consent->scope);
  if (consent->exception != SV_CONSENT_EXCEPTION_GEEN)
    sv_print_doc_add_field (doc, _("Exception"), sv_consent_exception_label (consent->exception));
  allowed = sv_consent_allows_discussion (c->report_kind, consent, &why);
  if (allowed)
    status = g_strdup (consent->status == SV_CONSENT_STATUS_GEGEVEN || !sv_consent_required (c->report_kind)
                       ? _("May be discussed")
                       : _("May be discussed without consent, because of the exception"));
  sv_print_doc_add_field (doc, _("Discussion in LEVO"), allowed ? status : why);
  if (*consent->note != '\0')
    sv_print_doc_add_field (doc, _("Note"), consent->note);
}

/* ------------------------------------------------------------------------
 * Professionals
 * ------------------------------------------------------------------------ */

static void
add_professionals (SvPrintDoc       *doc,
                   const SvOverview *o,
                   const char       *title)
{
  static const double widths[] = { 0.18, 0.17, 0.21, 0.25, 0.19 };
  const char *headers[] = { _("Role"), _("Name"), _("Organisation"), _("Contact"), _("Note") };

  sv_print_doc_add_heading (doc, title);
  if (o->roles->len == 0)
    {
      sv_print_doc_add_paragraph (doc, _("No professionals linked."), SV_PRINT_TEXT_NOTE);
      return;
    }
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < o->roles->len; i++)
    {
      const SvCaseRole *role = o->roles->pdata[i];
      const SvProfessional *p = role->professional;
      g_autoptr(GString) organisation = g_string_new (p->organisation_name);
      g_autoptr(GString) contact = g_string_new (p->email);
      const char *cells[5];

      /* "Jeugdconsulent" as function and as role says it once. */
      if (*p->function != '\0' && g_utf8_collate (p->function, sv_case_role_label (role->role)) != 0)
        g_string_append_printf (organisation, "%s%s", organisation->len > 0 ? ", " : "", p->function);
      if (*p->phone != '\0')
        g_string_append_printf (contact, "%s%s", contact->len > 0 ? "\n" : "", p->phone);
      cells[0] = sv_case_role_label (role->role);
      cells[1] = p->name;
      cells[2] = organisation->str;
      cells[3] = contact->str;
      cells[4] = role->note;
      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);
}

/* ------------------------------------------------------------------------
 * The OTS countdown
 * ------------------------------------------------------------------------ */

static void
draw_countdown (cairo_t      *cr,
                PangoContext *context,
                double        width,
                double        height,
                gpointer      user_data)
{
  SvCountdownStyle style;

  sv_countdown_style_paper (&style);
  sv_countdown_draw (cr, context, user_data, &style, width, height);
}

static void
add_countdown (SvPrintDoc       *doc,
               const SvOverview *o,
               const char       *title)
{
  SvCountdownModel *model;
  double height;

  if (o->facts == NULL || !g_date_valid (&o->facts->order_end))
    return;
  model = g_new0 (SvCountdownModel, 1);
  if (!sv_countdown_model_init (model, o->facts, &o->today, o->deadlines, o->adult_flag))
    {
      g_free (model);
      return;
    }
  sv_print_doc_add_heading (doc, o->facts->order_kind == SV_ORDER_KIND_VOOGDIJ ? _("Closing the Voogdij") : title);
  height = sv_countdown_height_for (model, sv_print_doc_get_context (doc), sv_print_doc_get_body_width (doc));
  sv_print_doc_add_drawing (doc, height, draw_countdown, model, g_free);
}

/* ------------------------------------------------------------------------
 * Traject
 * ------------------------------------------------------------------------ */

typedef struct {
  SvTrajectChart  chart;
  char           *unknown_step;   /* owned copy behind chart.unknown_step */
} PrintedChart;

static void
printed_chart_free (PrintedChart *self)
{
  g_free (self->unknown_step);
  g_free (self);
}

static void
draw_traject (cairo_t      *cr,
              PangoContext *context,
              double        width,
              double        height,
              gpointer      user_data)
{
  PrintedChart *printed = user_data;
  SvTrajectStyle style;

  sv_traject_style_light (&style);
  sv_traject_draw (cr, context, &printed->chart, &style, width, height, NULL);
}

static void
add_traject (SvPrintDoc       *doc,
             const SvOverview *o,
             const char       *title)
{
  PrintedChart *printed;
  g_autofree char *limit = NULL;
  double width = sv_print_doc_get_body_width (doc);

  if (o->traject == NULL)
    return;
  printed = g_new0 (PrintedChart, 1);
  sv_traject_chart_init_case (&printed->chart, o->traject, o->traject_moves, NULL, &o->today);
  /* Allowed steps and the limit as the print date and the preferences'
   * working days have them. */
  printed->chart.allowed = o->traject_allowed;
  printed->chart.limit = o->traject_limit;
  printed->unknown_step = g_strdup (o->traject->unknown_step);
  printed->chart.unknown_step = printed->unknown_step;

  sv_print_doc_add_heading (doc, title);
  limit = sv_traject_limit_describe (&o->traject_limit);
  if (limit != NULL)
    sv_print_doc_add_paragraph (doc, limit, SV_PRINT_TEXT_BODY);
  sv_print_doc_add_drawing (doc, sv_traject_height_for (&printed->chart, sv_print_doc_get_context (doc), width),
                            draw_traject, printed, (GDestroyNotify) printed_chart_free);

  if (o->traject_moves != NULL && o->traject_moves->len > 0)
    {
      static const double widths[] = { 0.25, 0.5, 0.25 };
      const char *headers[] = { _("Date"), _("Move"), _("By") };

      sv_print_doc_begin_table (doc, 3, widths, headers);
      for (guint i = 0; i < o->traject_moves->len; i++)
        {
          const SvTrajectMove *move = o->traject_moves->pdata[i];
          SvTrajectStep from, to;
          g_autofree char *date = sv_date_format_medium (&move->on);
          g_autofree char *what = g_strdup_printf ("%s → %s",
                                                   sv_traject_step_from_nick (move->from_step, &from)
                                                   ? sv_traject_step_label (from) : move->from_step,
                                                   sv_traject_step_from_nick (move->to_step, &to)
                                                   ? sv_traject_step_label (to) : move->to_step);
          const char *cells[] = { date, what, move->who };

          sv_print_doc_add_row (doc, cells);
        }
      sv_print_doc_end_table (doc);
    }
}

/* ------------------------------------------------------------------------
 * Deadlines
 * ------------------------------------------------------------------------ */

static int
by_due_date (gconstpointer a,
             gconstpointer b)
{
  const SvDeadline *x = a, *y = b;
  int cmp = g_date_compare (&x->due, &y->due);

  return cmp != 0 ? cmp : x->due_minutes - y->due_minutes;
}

static void
add_deadline_table (SvPrintDoc *doc,
                    GArray     *deadlines,
                    gboolean    overdue)
{
  static const double widths[] = { 0.27, 0.58, 0.15 };
  const char *headers[] = { _("Date"), _("Deadline"), _("State") };
  gboolean begun = FALSE;

  for (guint i = 0; i < deadlines->len; i++)
    {
      const SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);
      g_autofree char *due = NULL;
      const char *cells[3];

      if (d->state == SV_DEADLINE_DONE || (d->state == SV_DEADLINE_OVERDUE) != overdue)
        continue;
      if (!begun)
        {
          sv_print_doc_add_subheading (doc, overdue ? _("Overdue") : _("To Come"));
          sv_print_doc_begin_table (doc, 3, widths, headers);
          begun = TRUE;
        }
      due = sv_date_format_long (&d->due);
      if (d->due_minutes >= 0)
        {
          g_autofree char *day = g_steal_pointer (&due);

          due = g_strdup_printf (_("%s, %02d:%02d"), day, d->due_minutes / 60, d->due_minutes % 60);
        }
      cells[0] = due;
      cells[1] = sv_deadline_rule_description (d->rule_id);
      cells[2] = sv_deadline_state_label (d->state);
      sv_print_doc_add_row (doc, cells);
    }
  if (begun)
    sv_print_doc_end_table (doc);
}

static void
add_deadlines (SvPrintDoc       *doc,
               const SvOverview *o,
               const char       *title)
{
  g_autoptr(GArray) sorted = g_array_copy (o->deadlines);
  guint n_done = 0;

  sv_print_doc_add_heading (doc, title);
  g_array_sort (sorted, by_due_date);
  for (guint i = 0; i < sorted->len; i++)
    if (g_array_index (sorted, SvDeadline, i).state == SV_DEADLINE_DONE)
      n_done++;
  if (sorted->len == n_done)
    sv_print_doc_add_paragraph (doc, sorted->len == 0
                                     ? _("No dates recorded that deadlines count from.")
                                     : _("Every deadline is done."),
                                SV_PRINT_TEXT_NOTE);
  add_deadline_table (doc, sorted, TRUE);
  add_deadline_table (doc, sorted, FALSE);
  if (n_done > 0 && sorted->len > n_done)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u deadline done is not listed.",
                                                            "%u deadlines done are not listed.", n_done),
                                               n_done);

      sv_print_doc_add_paragraph (doc, note, SV_PRINT_TEXT_NOTE);
    }
}

/* ------------------------------------------------------------------------
 * Agreements
 * ------------------------------------------------------------------------ */

static void
add_agreements (SvPrintDoc       *doc,
                const SvOverview *o,
                const char       *title)
{
  static const double widths[] = { 0.17, 0.37, 0.15, 0.19, 0.12 };
  const char *headers[] = { _("Who"), _("What"), _("By"), _("Monitoring"), _("State") };

  sv_print_doc_add_heading (doc, title);
  if (o->agreements->len == 0)
    {
      sv_print_doc_add_paragraph (doc, _("No agreements recorded."), SV_PRINT_TEXT_NOTE);
      return;
    }
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < o->agreements->len; i++)
    {
      const SvAgreement *a = o->agreements->pdata[i];
      g_autofree char *due = g_date_valid (&a->due) ? sv_date_format_numeric (&a->due) : NULL;
      const char *state;
      const char *cells[5];

      if (a->done)
        state = C_("agreement", "Done");
      else if (g_date_valid (&a->due) && g_date_compare (&a->due, &o->today) < 0)
        state = C_("agreement", "Overdue");
      else
        state = C_("agreement", "Open");
      cells[0] = or_dash (a->who);
      cells[1] = or_dash (a->what);
      cells[2] = due != NULL ? due : _("no date");
      cells[3] = or_dash (a->monitoring);
      cells[4] = state;
      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);
}

/* ------------------------------------------------------------------------
 * Journal
 * ------------------------------------------------------------------------ */

static char *
describe_range (const SvOverview *o)
{
  g_autofree char *from = g_date_valid (&o->journal_from) ? sv_date_format_medium (&o->journal_from) : NULL;
  g_autofree char *to = g_date_valid (&o->journal_to) ? sv_date_format_medium (&o->journal_to) : NULL;

  if (from != NULL && to != NULL)
    /* TRANSLATORS: "Entries from 1 November 2026 to 22 November 2026" */
    return g_strdup_printf (_("Entries from %s to %s"), from, to);
  if (from != NULL)
    return g_strdup_printf (_("Entries from %s on"), from);
  if (to != NULL)
    return g_strdup_printf (_("Entries up to %s"), to);
  return g_strdup (_("All entries"));
}

static const SvJournalEntry *
find_entry (const SvOverview *o,
            gint64            id)
{
  for (guint i = 0; i < o->journal->len; i++)
    if (((SvJournalEntry *) o->journal->pdata[i])->id == id)
      return o->journal->pdata[i];
  return NULL;
}

static void
add_journal (SvPrintDoc       *doc,
             const SvOverview *o,
             const char       *title)
{
  g_autofree char *range = NULL;

  if (!o->with_journal)
    return;
  sv_print_doc_add_heading (doc, title);
  range = describe_range (o);
  sv_print_doc_add_paragraph (doc, range, SV_PRINT_TEXT_NOTE);
  if (o->journal->len == 0)
    sv_print_doc_add_paragraph (doc, _("No journal entries in this period."), SV_PRINT_TEXT_NOTE);
  for (guint i = 0; i < o->journal->len; i++)
    {
      const SvJournalEntry *e = o->journal->pdata[i];
      g_autofree char *date = sv_date_format_long (&e->date);
      g_autofree char *head = g_strdup_printf ("%s — %s", date, e->author);

      sv_print_doc_add_space (doc, 4);
      sv_print_doc_add_paragraph (doc, head, SV_PRINT_TEXT_STRONG);
      if (e->corrects_id != 0)
        {
          const SvJournalEntry *other = find_entry (o, e->corrects_id);
          g_autofree char *other_date = other != NULL ? sv_date_format_medium (&other->date) : NULL;
          g_autofree char *note = other != NULL
                                  ? g_strdup_printf (_("Corrects the entry of %s by %s"), other_date, other->author)
                                  : g_strdup (_("Corrects an earlier entry"));

          sv_print_doc_add_paragraph (doc, note, SV_PRINT_TEXT_NOTE);
        }
      if (e->corrected_by_id != 0)
        sv_print_doc_add_paragraph (doc, _("Corrected by a later entry"), SV_PRINT_TEXT_NOTE);
      sv_print_doc_add_paragraph (doc, e->text, SV_PRINT_TEXT_BODY);
    }
}

/* ------------------------------------------------------------------------
 * The document
 * ------------------------------------------------------------------------ */

SvPrintDoc *
sv_overview_doc_new (const SvOverview     *overview,
                     PangoContext         *context,
                     const SvPageGeometry *geometry)
{
  g_autoptr(SvPrintDoc) doc = NULL;
  g_autofree char *case_line = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *today = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (overview != NULL, NULL);

  doc = sv_print_doc_new (context, geometry);
  today = sv_date_format_medium (&overview->today);
  /* TRANSLATORS: the header of every printed page: "Case 2026-0012" */
  case_line = g_strdup_printf (_("Case %s"), overview->case_number);
  /* TRANSLATORS: "Printed on 22 November 2026 by Anna de Boer" */
  printed = g_strdup_printf (_("Printed on %s by %s"), today, overview->printed_by);
  sv_print_doc_set_header (doc, case_line, C_("print header", "CONFIDENTIAL"), printed);
  sv_print_doc_set_footer_note (doc, overview->names == SV_OVERVIEW_NAMES_INITIALS
                                     ? _("Names as initials")
                                     : _("With full names: not for outside the case file or the meeting"));

  subtitle = g_strdup_printf ("%s · %s · %s", or_dash (overview->household_name), case_line,
                              sv_case_status_label (overview->record->status));
  sv_print_doc_add_title (doc, _("Case Overview"), subtitle);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    sections[i].add (doc, overview, _(sections[i].title));

  sv_print_doc_paginate (doc);
  return g_steal_pointer (&doc);
}
