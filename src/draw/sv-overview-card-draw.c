/* sv-overview-card-draw.c: the Veiligheidskaart in the printed overview.
 *
 * The card is printed as it stands now, headed by its latest version, so
 * that a reader sees whether what lies on the table is what the family
 * and the recipients received. Its texts can be long (a section holds
 * 20,000 characters and more): they are plain paragraphs, which the
 * document breaks between lines across pages. Its agreements are the
 * overview's own "Agreements" table and are not repeated here.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-overview-card-draw.h"
#include "sv-score-chart-draw.h"

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

static char *
describe_version (const SvCardVersion *v)
{
  if (v == NULL)
    return g_strdup (_("Draft, no version yet"));
  if (sv_card_version_is_sent (v) && g_date_valid (&v->sent_on))
    {
      g_autofree char *on = sv_date_format_medium (&v->sent_on);
      g_autofree char *to = v->sent_to != NULL && v->sent_to[0] != NULL
                            ? g_strjoinv (", ", v->sent_to) : NULL;

      if (to != NULL)
        /* TRANSLATORS: "Version 2 · sent on 3 December 2026 to Wendy Wijkagent (Politie)" */
        return g_strdup_printf (_("Version %u · sent on %s to %s"), v->number, on, to);
      /* TRANSLATORS: "Version 2 · sent on 3 December 2026" */
      return g_strdup_printf (_("Version %u · sent on %s"), v->number, on);
    }
  /* TRANSLATORS: "Version 2 · Final": the latest version and its status */
  return g_strdup_printf (_("Version %u · %s"), v->number, sv_card_status_label (v->status));
}

static void
add_advice (SvPrintDoc         *doc,
            const SvSafetyCard *card)
{
  const char *text = sv_safety_card_get_text (card, SV_CARD_FIELD_ADVIES_TEXT);

  if (card->advice == SV_VHT_ADVICE_GEEN && *text == '\0')
    return;
  sv_print_doc_add_subheading (doc, sv_card_field_title (SV_CARD_FIELD_ADVIES_TEXT));
  if (card->advice != SV_VHT_ADVICE_GEEN)
    sv_print_doc_add_field (doc, _("Kind of advice"), sv_vht_advice_label (card->advice));
  if (*text != '\0')
    sv_print_doc_add_paragraph (doc, text, SV_PRINT_TEXT_BODY);
}

/* The chart's own copy of the scores, grouped by viewpoint in the order
 * they were first scored (as the card's window draws them). */
typedef struct {
  GPtrArray *labels;   /* char * */
  GArray    *points;   /* SvScorePoint, grouped */
  GArray    *series;   /* SvScoreSeries, pointing into the two above */
} PrintedScores;

static void
printed_scores_free (gpointer data)
{
  PrintedScores *d = data;

  g_ptr_array_unref (d->labels);
  g_array_unref (d->points);
  g_array_unref (d->series);
  g_free (d);
}

static PrintedScores *
printed_scores_new (GPtrArray *scores)
{
  PrintedScores *d = g_new0 (PrintedScores, 1);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));

  d->labels = g_ptr_array_new_with_free_func (g_free);
  d->points = g_array_new (FALSE, FALSE, sizeof (SvScorePoint));
  d->series = g_array_new (FALSE, FALSE, sizeof (SvScoreSeries));
  for (guint i = 0; i < scores->len; i++)
    {
      const char *viewpoint = ((SvCardScore *) scores->pdata[i])->viewpoint;
      gboolean known = FALSE;

      for (guint j = 0; j < d->labels->len && !known; j++)
        known = g_strcmp0 (d->labels->pdata[j], viewpoint) == 0;
      if (!known && d->labels->len < SV_SCORE_CHART_MAX_SERIES)
        g_ptr_array_add (d->labels, g_strdup (viewpoint));
    }
  for (guint j = 0; j < d->labels->len; j++)
    {
      SvScoreSeries s = { d->labels->pdata[j], NULL, 0 };
      guint start = d->points->len;

      for (guint i = 0; i < scores->len; i++)
        {
          const SvCardScore *score = scores->pdata[i];

          if (g_strcmp0 (score->viewpoint, d->labels->pdata[j]) == 0)
            {
              SvScorePoint p = { score->date, score->score };

              g_array_append_val (d->points, p);
              s.n_points++;
            }
        }
      g_array_append_val (starts, start);
      g_array_append_val (d->series, s);
    }
  /* The points no longer grow: point the series into them. */
  for (guint j = 0; j < d->series->len; j++)
    g_array_index (d->series, SvScoreSeries, j).points =
      &g_array_index (d->points, SvScorePoint, g_array_index (starts, guint, j));
  return d;
}

static void
draw_scores (cairo_t      *cr,
             PangoContext *context,
             double        width,
             double        height,
             gpointer      user_data)
{
  PrintedScores *d = user_data;
  SvScoreStyle style;

  sv_score_style_light (&style);
  sv_score_chart_draw (cr, context, (const SvScoreSeries *) d->series->data, d->series->len, &style,
                       width, height, NULL);
}

static void
add_scores (SvPrintDoc         *doc,
            const SvSafetyCard *card)
{
  static const double widths[] = { 0.26, 0.20, 0.10, 0.44 };
  const char *headers[] = { _("Viewpoint"), _("Date"), _("Score"), _("Note") };
  PrintedScores *chart;

  if (card->scores == NULL || card->scores->len == 0)
    return;
  sv_print_doc_add_subheading (doc, _("Safety scale"));
  sv_print_doc_add_paragraph (doc, _("0: not safe, 10: safe enough."), SV_PRINT_TEXT_NOTE);
  /* The trend as on screen, then every score with its note in a table:
   * the chart leaves out notes and older scores. */
  chart = printed_scores_new (card->scores);
  sv_print_doc_add_drawing (doc, sv_score_chart_height_for (sv_print_doc_get_context (doc), chart->series->len),
                            draw_scores, chart, printed_scores_free);
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < card->scores->len; i++)
    {
      const SvCardScore *s = card->scores->pdata[i];
      g_autofree char *date = sv_date_format_numeric (&s->date);
      g_autofree char *score = g_strdup_printf ("%d", s->score);
      const char *cells[] = { s->viewpoint, date, score, s->note };

      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);
}

static void
add_conditions (SvPrintDoc         *doc,
                const SvSafetyCard *card)
{
  static const double widths[] = { 0.45, 0.17, 0.38 };
  const char *headers[] = { _("Condition"), _("Term"), _("If not met") };

  if (card->conditions == NULL || card->conditions->len == 0)
    return;
  sv_print_doc_add_subheading (doc, _("Conditions of Veilig Thuis"));
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < card->conditions->len; i++)
    {
      const SvCardCondition *c = card->conditions->pdata[i];
      g_autofree char *term = g_date_valid (&c->term) ? sv_date_format_numeric (&c->term) : NULL;
      const char *cells[] = { or_dash (c->text), term != NULL ? term : _("no term"), or_dash (c->consequence) };

      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);
}

static void
add_recipients (SvPrintDoc         *doc,
                const SvSafetyCard *card)
{
  static const double widths[] = { 0.30, 0.30, 0.40 };
  const char *headers[] = { _("Name"), _("Organisation or role"), _("Consent of the family") };

  if (card->recipients == NULL || card->recipients->len == 0)
    return;
  sv_print_doc_add_subheading (doc, _("Shared with"));
  sv_print_doc_begin_table (doc, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < card->recipients->len; i++)
    {
      const SvCardRecipient *r = card->recipients->pdata[i];
      g_autofree char *consent = NULL;
      const char *cells[3];

      if (!r->needs_consent)
        consent = g_strdup (_("Not needed"));
      else if (r->consent_at != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (r->consent_at);
          GDate day;
          g_autofree char *on = NULL;

          g_date_clear (&day, 1);
          g_date_set_dmy (&day, g_date_time_get_day_of_month (local),
                          g_date_time_get_month (local), g_date_time_get_year (local));
          on = sv_date_format_medium (&day);
          /* TRANSLATORS: "Given on 3 December 2026" */
          consent = g_strdup_printf (_("Given on %s"), on);
        }
      else
        consent = g_strdup (_("Needed, not yet recorded"));
      cells[0] = or_dash (r->name);
      cells[1] = or_dash (r->organisation);
      cells[2] = consent;
      sv_print_doc_add_row (doc, cells);
    }
  sv_print_doc_end_table (doc);
}

void
sv_overview_add_card (SvPrintDoc       *doc,
                      const SvOverview *o,
                      const char       *title)
{
  const SvSafetyCard *card = o->card;
  g_autofree char *version = NULL;

  if (card == NULL || !sv_overview_has_card (o))
    return;
  sv_print_doc_add_heading (doc, title);
  version = describe_version (o->card_version);
  sv_print_doc_add_paragraph (doc, version, SV_PRINT_TEXT_NOTE);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      const char *text = sv_safety_card_get_text (card, i);

      if (i == SV_CARD_FIELD_ADVIES_TEXT)
        {
          add_advice (doc, card);
          continue;
        }
      if (*text == '\0')
        continue;
      sv_print_doc_add_subheading (doc, sv_card_field_title (i));
      sv_print_doc_add_paragraph (doc, text, SV_PRINT_TEXT_BODY);
    }
  add_scores (doc, card);
  add_conditions (doc, card);
  add_recipients (doc, card);
}
