/* test-safety-card.c: the Veiligheidskaart's rules without storage —
 * sections and their checks, scores, the status of an agreement around
 * weekends and feestdagen, what blocks "definitief", the snapshot read
 * back exactly, and the comparison of two versions. */
#include <locale.h>
#include <string.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-safety-card.h"

/* Unicode of every kind a family's card holds: diacritics, other
 * scripts, emoji (also joined and outside the BMP), both kinds of quotes,
 * backslashes, tabs and line ends. */
#define AWKWARD_TEXT "Zoë's “oma” zei: \"ik ben bang\" \\o/ 🙂👨‍👩‍👧 Ω مرحبا 中文\n\ttweede regel\r\nderde"

static char *
long_text (guint n_chars)
{
  GString *s = g_string_new (NULL);
  const char *chunk = "é🙂\"a ";
  guint chunk_chars = (guint) g_utf8_strlen (chunk, -1);

  /* Whole chunks, counted as they go: the text is long. */
  for (guint n = 0; n < n_chars; n += chunk_chars)
    g_string_append (s, chunk);
  *g_utf8_offset_to_pointer (s->str, n_chars) = '\0';
  return g_string_free (s, FALSE);
}

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (sv_date_from_iso (iso, date));
}

/* ------------------------------------------------------------------------ */

static void
test_fields (void)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      const char *id = sv_card_field_to_id (i);
      SvCardField back;

      g_assert_nonnull (id);
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer) id);
      g_assert_true (sv_card_field_from_id (id, &back));
      g_assert_cmpint (back, ==, i);
      g_assert_cmpstr (sv_card_field_title (i), !=, "");
      g_assert_cmpstr (sv_card_field_description (i), !=, "");
    }
  g_assert_false (sv_card_field_from_id ("bestaat-niet", NULL));
  g_assert_false (sv_card_field_from_id (NULL, NULL));
  /* The ids are stored: they may never change. */
  g_assert_cmpstr (sv_card_field_to_id (SV_CARD_FIELD_ZORGEN), ==, "zorgen");
  g_assert_cmpstr (sv_card_field_to_id (SV_CARD_FIELD_REACTIE_OUDERS), ==, "reactie-ouders");
  g_hash_table_unref (ids);
}

static void
test_text_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *max = long_text (SV_CARD_MAX_TEXT_CHARS);
  g_autofree char *over = long_text (SV_CARD_MAX_TEXT_CHARS + 1);

  g_assert_true (sv_card_text_check (SV_CARD_FIELD_ZORGEN, "", &error));
  g_assert_true (sv_card_text_check (SV_CARD_FIELD_ZORGEN, AWKWARD_TEXT, &error));
  g_assert_true (sv_card_text_check (SV_CARD_FIELD_ZORGEN, max, &error));
  g_assert_no_error (error);

  g_assert_false (sv_card_text_check (SV_CARD_FIELD_ZORGEN, over, &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Worries"));
  g_assert_nonnull (strstr (error->message, "100001"));
  g_clear_error (&error);

  g_assert_false (sv_card_text_check (SV_CARD_FIELD_AANLEIDING, "bad \xff byte", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "plain text"));
}

static void
test_score_validate (void)
{
  g_autoptr(SvCardScore) s = sv_card_score_new ();
  g_autoptr(GError) error = NULL;

  s->case_id = 1;
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Moeder");
  set_date (&s->date, "2026-11-20");

  /* The bounds are on the scale; one step beyond is refused, saying what
   * the scale is. */
  for (int score = 0; score <= 10; score++)
    {
      s->score = score;
      g_assert_true (sv_card_score_validate (s, &error));
      g_assert_no_error (error);
    }
  int bad[] = { -1, 11, 100, G_MININT };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      s->score = bad[i];
      g_assert_false (sv_card_score_validate (s, &error));
      g_assert_error (error, SV_ERROR, SV_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "from 0 (not safe) to 10"));
      g_clear_error (&error);
    }
  s->score = 6;

  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("  ");
  g_assert_false (sv_card_score_validate (s, &error));
  g_assert_nonnull (strstr (error->message, "Viewpoint"));
  g_clear_error (&error);
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Jeugdige");

  g_date_clear (&s->date, 1);
  g_assert_false (sv_card_score_validate (s, &error));
  g_assert_nonnull (strstr (error->message, "date"));
  g_clear_error (&error);

  set_date (&s->date, "2026-11-23");  /* tomorrow */
  g_assert_false (sv_card_score_validate (s, &error));
  g_assert_nonnull (strstr (error->message, "future"));
  g_clear_error (&error);

  s->case_id = 0;
  set_date (&s->date, "2026-11-22");
  g_assert_false (sv_card_score_validate (s, &error));
  g_clear_error (&error);
}

static void
test_condition_recipient_validate (void)
{
  g_autoptr(SvCardCondition) c = sv_card_condition_new ();
  g_autoptr(SvCardRecipient) r = sv_card_recipient_new ();
  g_autoptr(GError) error = NULL;

  c->case_id = 1;
  g_assert_false (sv_card_condition_validate (c, &error));
  g_assert_nonnull (strstr (error->message, "Condition"));
  g_clear_error (&error);
  g_free (c->text);
  c->text = g_strdup ("Geen alcohol als de kinderen thuis zijn");
  g_assert_true (sv_card_condition_validate (c, &error));
  g_assert_no_error (error);

  r->case_id = 1;
  g_assert_false (sv_card_recipient_validate (r, &error));
  g_assert_nonnull (strstr (error->message, "Name"));
  g_clear_error (&error);
  g_free (r->name);
  r->name = g_strdup ("Toegang Overbetuwe");
  g_assert_true (sv_card_recipient_validate (r, &error));
  g_assert_false (sv_card_recipient_lacks_consent (r));
  r->needs_consent = TRUE;
  g_assert_true (sv_card_recipient_lacks_consent (r));
  r->consent_at = g_date_time_new_now_utc ();
  g_assert_false (sv_card_recipient_lacks_consent (r));
}

static SvAgreementStatus
status_on (const char *due,
           const char *today,
           gboolean    done,
           SvWorkdays *workdays)
{
  g_autoptr(SvAgreement) a = sv_agreement_new ();
  GDate day;

  if (due != NULL)
    set_date (&a->due, due);
  a->done = done;
  set_date (&day, today);
  return sv_agreement_status (a, workdays, &day);
}

static void
test_agreement_status (void)
{
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  const char *extra[] = { "2026-12-09", NULL };

  /* A Wednesday: due that day, late the day after. */
  g_assert_cmpint (status_on ("2026-12-02", "2026-12-01", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2026-12-02", "2026-12-02", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2026-12-02", "2026-12-03", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OVERDUE);
  /* Done is done, also after the date; no date is never late. */
  g_assert_cmpint (status_on ("2026-12-02", "2027-01-10", TRUE, NULL), ==, SV_AGREEMENT_STATUS_DONE);
  g_assert_cmpint (status_on (NULL, "2030-01-01", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OPEN);

  /* A Friday is late on Saturday. */
  g_assert_cmpint (status_on ("2026-12-04", "2026-12-05", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OVERDUE);
  /* Due on Saturday 5 December: due on Monday 7th, late on Tuesday. */
  g_assert_cmpint (status_on ("2026-12-05", "2026-12-06", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2026-12-05", "2026-12-07", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2026-12-05", "2026-12-08", FALSE, NULL), ==, SV_AGREEMENT_STATUS_OVERDUE);
  /* Eerste Kerstdag 2026 is a Friday, Tweede Kerstdag a Saturday: due on
   * Monday 28 December. */
  g_assert_cmpint (status_on ("2026-12-25", "2026-12-28", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2026-12-25", "2026-12-29", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OVERDUE);
  /* Goede Vrijdag 26 March 2027, then the weekend and Tweede Paasdag:
   * due on Tuesday 30 March. */
  g_assert_cmpint (status_on ("2027-03-26", "2027-03-29", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2027-03-26", "2027-03-30", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2027-03-26", "2027-03-31", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OVERDUE);
  /* Koningsdag 2027 is a Tuesday. */
  g_assert_cmpint (status_on ("2027-04-27", "2027-04-28", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2027-04-27", "2027-04-29", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OVERDUE);
  /* An organisation's own day off moves the due day too. */
  g_assert_cmpint (status_on ("2026-12-09", "2026-12-10", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OVERDUE);
  g_assert_true (sv_workdays_set_extra_days (workdays, extra, NULL));
  g_assert_cmpint (status_on ("2026-12-09", "2026-12-10", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OPEN);
  g_assert_cmpint (status_on ("2026-12-09", "2026-12-11", FALSE, workdays), ==, SV_AGREEMENT_STATUS_OVERDUE);

  g_assert_cmpstr (sv_agreement_status_to_nick (SV_AGREEMENT_STATUS_OVERDUE), ==, "te-laat");
  g_assert_cmpstr (sv_agreement_status_label (SV_AGREEMENT_STATUS_OVERDUE), ==, "Overdue");
}

static SvAgreement *
agreement (gint64      id,
           const char *who,
           const char *what,
           const char *due)
{
  SvAgreement *a = sv_agreement_new ();

  a->id = id;
  a->case_id = 1;
  a->uid = g_strdup_printf ("uid-%" G_GINT64_FORMAT, id);
  g_free (a->who);
  a->who = g_strdup (who);
  g_free (a->what);
  a->what = g_strdup (what);
  if (due != NULL)
    set_date (&a->due, due);
  return a;
}

static void
set_text (SvSafetyCard *card,
          SvCardField   field,
          const char   *text)
{
  g_free (card->texts[field].text);
  card->texts[field].text = g_strdup (text);
}

static void
test_definitief_gate (void)
{
  g_autoptr(SvSafetyCard) card = sv_safety_card_new (1);
  g_autoptr(GPtrArray) reasons = NULL;

  g_ptr_array_add (card->agreements, agreement (1, "", "Huisarts bellen over de medicatie", "2026-12-01"));
  g_ptr_array_add (card->agreements, agreement (2, "Moeder", "Oppas regelen voor de woensdagen", NULL));
  g_ptr_array_add (card->agreements, agreement (3, " ", "Netwerkberaad plannen", NULL));
  g_ptr_array_add (card->agreements, agreement (4, "Politie", "Huisbezoek", "2026-12-03"));

  g_assert_true (sv_agreement_is_incomplete (g_ptr_array_index (card->agreements, 0)));
  g_assert_true (sv_agreement_is_incomplete (g_ptr_array_index (card->agreements, 1)));
  g_assert_false (sv_agreement_is_incomplete (g_ptr_array_index (card->agreements, 3)));

  reasons = sv_safety_card_definitief_blockers (card);
  g_assert_cmpuint (reasons->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (reasons, 0), ==, "Agreement “Huisarts bellen over de medicatie”: say who does it.");
  g_assert_cmpstr (g_ptr_array_index (reasons, 1), ==, "Agreement “Oppas regelen voor de woensdagen”: say by when.");
  g_assert_cmpstr (g_ptr_array_index (reasons, 2), ==, "Agreement “Netwerkberaad plannen”: say who does it and by when.");
  g_assert_nonnull (strstr (g_ptr_array_index (reasons, 3), "parents’ reaction is empty"));
  g_clear_pointer (&reasons, g_ptr_array_unref);

  /* Only white space is no reaction. */
  set_text (card, SV_CARD_FIELD_REACTIE_OUDERS, " \n\t");
  g_ptr_array_set_size (card->agreements, 0);
  reasons = sv_safety_card_definitief_blockers (card);
  g_assert_cmpuint (reasons->len, ==, 1);
  g_clear_pointer (&reasons, g_ptr_array_unref);

  set_text (card, SV_CARD_FIELD_REACTIE_OUDERS, "Vader is het niet eens met de zorgen over school.");
  g_ptr_array_add (card->agreements, agreement (4, "Politie", "Huisbezoek", "2026-12-03"));
  reasons = sv_safety_card_definitief_blockers (card);
  g_assert_cmpuint (reasons->len, ==, 0);
}

/* A card with something in every part. */
static SvSafetyCard *
full_card (void)
{
  SvSafetyCard *card = sv_safety_card_new (7);
  SvCardScore *s;
  SvCardCondition *c;
  SvCardRecipient *r;
  g_autofree char *big = long_text (20000);

  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s — %s", sv_card_field_to_id (i), AWKWARD_TEXT);

      set_text (card, i, text);
    }
  set_text (card, SV_CARD_FIELD_ZORGEN, big);
  card->advice = SV_VHT_ADVICE_GEDWONGEN_KADER;

  s = sv_card_score_new ();
  s->id = 11;
  s->case_id = 7;
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Moeder “M.”");
  s->score = 0;
  set_date (&s->date, "2026-10-01");
  g_ptr_array_add (card->scores, s);
  s = sv_card_score_new ();
  s->id = 12;
  s->case_id = 7;
  g_free (s->viewpoint);
  s->viewpoint = g_strdup ("Jeugdige");
  s->score = 10;
  set_date (&s->date, "2026-11-01");
  g_free (s->note);
  s->note = g_strdup ("Zegt: \"thuis is het rustiger\" 🙂");
  g_ptr_array_add (card->scores, s);

  c = sv_card_condition_new ();
  c->id = 21;
  c->case_id = 7;
  g_free (c->text);
  c->text = g_strdup ("Geen geweld waar de kinderen bij zijn");
  set_date (&c->term, "2027-01-15");
  g_free (c->consequence);
  c->consequence = g_strdup ("Verzoek tot onderzoek bij de Raad");
  g_ptr_array_add (card->conditions, c);

  r = sv_card_recipient_new ();
  r->id = 31;
  r->case_id = 7;
  g_free (r->name);
  r->name = g_strdup ("J. de Vries");
  g_free (r->organisation);
  r->organisation = g_strdup ("Gemeentelijke Toegang");
  r->needs_consent = TRUE;
  r->consent_at = sv_datetime_from_iso ("2026-11-20T09:30:00Z");
  g_free (r->consent_by);
  r->consent_by = g_strdup ("inbrenger");
  g_ptr_array_add (card->recipients, r);

  g_ptr_array_add (card->agreements, agreement (41, "Moeder", "Oppas regelen 👶", "2026-12-05"));
  ((SvAgreement *) g_ptr_array_index (card->agreements, 0))->agenda_item_id = 5;
  g_ptr_array_add (card->agreements, agreement (42, "", "Netwerkberaad", NULL));
  ((SvAgreement *) g_ptr_array_index (card->agreements, 1))->done = TRUE;
  return card;
}

static void
assert_cards_equal (const SvSafetyCard *a,
                    const SvSafetyCard *b)
{
  g_assert_cmpint (a->case_id, ==, b->case_id);
  g_assert_cmpint (a->advice, ==, b->advice);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    g_assert_cmpstr (sv_safety_card_get_text (a, i), ==, sv_safety_card_get_text (b, i));

  g_assert_cmpuint (a->scores->len, ==, b->scores->len);
  for (guint i = 0; i < a->scores->len; i++)
    {
      const SvCardScore *x = g_ptr_array_index (a->scores, i), *y = g_ptr_array_index (b->scores, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpstr (x->viewpoint, ==, y->viewpoint);
      g_assert_cmpint (x->score, ==, y->score);
      g_assert_cmpint (g_date_compare (&x->date, &y->date), ==, 0);
      g_assert_cmpstr (x->note, ==, y->note);
    }
  g_assert_cmpuint (a->conditions->len, ==, b->conditions->len);
  for (guint i = 0; i < a->conditions->len; i++)
    {
      const SvCardCondition *x = g_ptr_array_index (a->conditions, i), *y = g_ptr_array_index (b->conditions, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpint (g_date_valid (&x->term), ==, g_date_valid (&y->term));
      if (g_date_valid (&x->term))
        g_assert_cmpint (g_date_compare (&x->term, &y->term), ==, 0);
      g_assert_cmpstr (x->consequence, ==, y->consequence);
    }
  g_assert_cmpuint (a->recipients->len, ==, b->recipients->len);
  for (guint i = 0; i < a->recipients->len; i++)
    {
      const SvCardRecipient *x = g_ptr_array_index (a->recipients, i), *y = g_ptr_array_index (b->recipients, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->organisation, ==, y->organisation);
      g_assert_cmpint (x->needs_consent, ==, y->needs_consent);
      g_assert_cmpint (x->consent_at == NULL, ==, y->consent_at == NULL);
      if (x->consent_at != NULL)
        g_assert_true (g_date_time_equal (x->consent_at, y->consent_at));
      g_assert_cmpstr (x->consent_by, ==, y->consent_by);
    }
  g_assert_cmpuint (a->agreements->len, ==, b->agreements->len);
  for (guint i = 0; i < a->agreements->len; i++)
    {
      const SvAgreement *x = g_ptr_array_index (a->agreements, i), *y = g_ptr_array_index (b->agreements, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpstr (x->uid, ==, y->uid);
      g_assert_cmpint (x->agenda_item_id, ==, y->agenda_item_id);
      g_assert_cmpstr (x->who, ==, y->who);
      g_assert_cmpstr (x->what, ==, y->what);
      g_assert_cmpint (g_date_valid (&x->due), ==, g_date_valid (&y->due));
      if (g_date_valid (&x->due))
        g_assert_cmpint (g_date_compare (&x->due, &y->due), ==, 0);
      g_assert_cmpstr (x->monitoring, ==, y->monitoring);
      g_assert_cmpint (x->done, ==, y->done);
    }
}

static void
test_snapshot_round_trip (void)
{
  g_autoptr(SvSafetyCard) card = full_card ();
  g_autoptr(SvSafetyCard) back = NULL;
  g_autoptr(SvSafetyCard) copy = NULL;
  g_autoptr(SvSafetyCard) empty = sv_safety_card_new (3);
  g_autoptr(SvSafetyCard) empty_back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = sv_safety_card_to_json (card);
  g_autofree char *again = NULL;
  g_autofree char *empty_json = NULL;

  g_assert_cmpuint (g_utf8_strlen (sv_safety_card_get_text (card, SV_CARD_FIELD_ZORGEN), -1), ==, 20000);
  back = sv_safety_card_from_json (json, &error);
  g_assert_no_error (error);
  assert_cards_equal (card, back);
  /* Written again it is the same text, byte for byte. */
  again = sv_safety_card_to_json (back);
  g_assert_cmpstr (json, ==, again);

  copy = sv_safety_card_copy (card);
  assert_cards_equal (card, copy);

  empty_json = sv_safety_card_to_json (empty);
  empty_back = sv_safety_card_from_json (empty_json, &error);
  g_assert_no_error (error);
  assert_cards_equal (empty, empty_back);
}

static void
test_snapshot_malformed (void)
{
  const char *bad[] = {
    "",
    "not json at all",
    "[]",
    "{\"format\": \"something-else\", \"version\": 1}",
    "{\"format\": \"samenveilig-veiligheidskaart\", \"version\": 1, \"texts\": []}",
    "{\"format\": \"samenveilig-veiligheidskaart\", \"version\": 1, \"texts\": {\"zorgen\": 5}}",
    "{\"format\": \"samenveilig-veiligheidskaart\", \"version\": 1, \"scores\": [1]}",
    "{\"format\": \"samenveilig-veiligheidskaart\", \"version\": 1, \"agreements\": [{\"due\": \"31-02-2026\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SvSafetyCard) card = sv_safety_card_from_json (bad[i], &error);

      g_assert_null (card);
      g_assert_error (error, SV_ERROR, SV_ERROR_MALFORMED);
    }
}

static const SvCardChange *
change_of (GPtrArray  *changes,
           const char *section_id,
           guint       nth)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const SvCardChange *c = g_ptr_array_index (changes, i);

      if (g_str_equal (c->section_id, section_id) && nth-- == 0)
        return c;
    }
  return NULL;
}

static void
test_diff (void)
{
  g_autoptr(SvSafetyCard) old_card = full_card ();
  g_autoptr(SvSafetyCard) new_card = sv_safety_card_copy (old_card);
  g_autoptr(GPtrArray) none = sv_safety_card_diff (old_card, new_card);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) from_json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_json = NULL, *new_json = NULL;
  const SvCardChange *c;
  SvCardScore *score;
  SvCardRecipient *added;

  g_assert_cmpuint (none->len, ==, 0);

  /* The same card under other ids (carried to another database): items
   * match by their uid or their text, nothing changed. */
  {
    g_autoptr(SvSafetyCard) moved = sv_safety_card_copy (old_card);
    g_autoptr(GPtrArray) moved_changes = NULL;

    for (guint i = 0; i < moved->scores->len; i++)
      ((SvCardScore *) g_ptr_array_index (moved->scores, i))->id += 100;
    for (guint i = 0; i < moved->conditions->len; i++)
      ((SvCardCondition *) g_ptr_array_index (moved->conditions, i))->id += 100;
    for (guint i = 0; i < moved->recipients->len; i++)
      ((SvCardRecipient *) g_ptr_array_index (moved->recipients, i))->id += 100;
    for (guint i = 0; i < moved->agreements->len; i++)
      ((SvAgreement *) g_ptr_array_index (moved->agreements, i))->id += 100;
    moved_changes = sv_safety_card_diff (old_card, moved);
    g_assert_cmpuint (moved_changes->len, ==, 0);
  }

  set_text (old_card, SV_CARD_FIELD_STEM_JEUGDIGE, "");
  set_text (new_card, SV_CARD_FIELD_STEM_JEUGDIGE, "Ik wil bij papa slapen.");
  set_text (new_card, SV_CARD_FIELD_RISICOFACTOREN, "");
  set_text (new_card, SV_CARD_FIELD_REACTIE_OUDERS, "Vader is het oneens.");
  new_card->advice = SV_VHT_ADVICE_ANDERE_AANPAK;
  score = g_ptr_array_index (new_card->scores, 0);
  score->score = 4;
  g_ptr_array_remove_index (new_card->conditions, 0);
  added = sv_card_recipient_new ();
  added->id = 32;
  g_free (added->name);
  added->name = g_strdup ("Wijkagent");
  g_ptr_array_add (new_card->recipients, added);
  ((SvAgreement *) g_ptr_array_index (new_card->agreements, 0))->done = TRUE;

  changes = sv_safety_card_diff (old_card, new_card);
  g_assert_cmpuint (changes->len, ==, 8);

  /* In the order of the card. */
  c = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (c->section_id, ==, "risicofactoren");
  g_assert_cmpstr (c->title, ==, "Complicating factors");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_REMOVED);
  g_assert_cmpstr (c->new_text, ==, "");
  g_assert_nonnull (strstr (c->old_text, "risicofactoren — "));

  c = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (c->section_id, ==, "scores");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_CHANGED);
  g_assert_cmpstr (c->old_text, ==, "Moeder “M.”: 0 on 1 October 2026");
  g_assert_cmpstr (c->new_text, ==, "Moeder “M.”: 4 on 1 October 2026");

  c = g_ptr_array_index (changes, 2);
  g_assert_cmpstr (c->section_id, ==, "voorwaarden");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_REMOVED);
  g_assert_cmpstr (c->old_text, ==,
                   "Geen geweld waar de kinderen bij zijn, term 15 January 2027 — if not met: Verzoek tot onderzoek bij de Raad");

  c = g_ptr_array_index (changes, 3);
  g_assert_cmpstr (c->section_id, ==, "advies-soort");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_CHANGED);
  g_assert_cmpstr (c->old_text, ==, "Step to the compulsory framework");
  g_assert_cmpstr (c->new_text, ==, "Another approach");

  c = g_ptr_array_index (changes, 4);
  g_assert_cmpstr (c->section_id, ==, "afspraken");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_CHANGED);
  g_assert_cmpstr (c->old_text, ==, "Moeder — Oppas regelen 👶, by 5 December 2026");
  g_assert_cmpstr (c->new_text, ==, "Moeder — Oppas regelen 👶, by 5 December 2026, done");

  c = g_ptr_array_index (changes, 5);
  g_assert_true (c == change_of (changes, "stem-jeugdige", 0));
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_ADDED);
  g_assert_cmpstr (c->old_text, ==, "");
  g_assert_cmpstr (c->new_text, ==, "Ik wil bij papa slapen.");

  c = g_ptr_array_index (changes, 6);
  g_assert_cmpstr (c->section_id, ==, "reactie-ouders");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_CHANGED);
  g_assert_cmpstr (c->new_text, ==, "Vader is het oneens.");

  c = g_ptr_array_index (changes, 7);
  g_assert_cmpstr (c->section_id, ==, "ontvangers");
  g_assert_cmpint (c->kind, ==, SV_CARD_CHANGE_ADDED);
  g_assert_cmpstr (c->new_text, ==, "Wijkagent");
  g_assert_null (change_of (changes, "ontvangers", 1));

  /* The same from the snapshots. */
  old_json = sv_safety_card_to_json (old_card);
  new_json = sv_safety_card_to_json (new_card);
  from_json = sv_card_diff (old_json, new_json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (from_json->len, ==, changes->len);
  for (guint i = 0; i < changes->len; i++)
    {
      const SvCardChange *x = g_ptr_array_index (changes, i), *y = g_ptr_array_index (from_json, i);

      g_assert_cmpstr (x->section_id, ==, y->section_id);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpstr (x->old_text, ==, y->old_text);
      g_assert_cmpstr (x->new_text, ==, y->new_text);
    }
  g_assert_null (sv_card_diff (old_json, "{", &error));
  g_assert_error (error, SV_ERROR, SV_ERROR_MALFORMED);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("SV_TODAY", "2026-11-22", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safety-card/fields", test_fields);
  g_test_add_func ("/safety-card/text-check", test_text_check);
  g_test_add_func ("/safety-card/score-validate", test_score_validate);
  g_test_add_func ("/safety-card/condition-recipient-validate", test_condition_recipient_validate);
  g_test_add_func ("/safety-card/agreement-status", test_agreement_status);
  g_test_add_func ("/safety-card/definitief-gate", test_definitief_gate);
  g_test_add_func ("/safety-card/snapshot-round-trip", test_snapshot_round_trip);
  g_test_add_func ("/safety-card/snapshot-malformed", test_snapshot_malformed);
  g_test_add_func ("/safety-card/diff", test_diff);

  return g_test_run ();
}
