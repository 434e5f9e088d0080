/* sv-safety-card.c: the records of the Veiligheidskaart, their checks,
 * the status of an agreement on it and what blocks "definitief". The
 * snapshot (JSON) is in sv-safety-card-json.c, the comparison of two
 * versions in sv-safety-card-diff.c. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-date.h"
#include "sv-enums-private.h"
#include "sv-error.h"
#include "sv-safety-card.h"
#include "sv-validate.h"

G_DEFINE_BOXED_TYPE (SvSafetyCard, sv_safety_card, sv_safety_card_copy, sv_safety_card_free)
G_DEFINE_BOXED_TYPE (SvCardScore, sv_card_score, sv_card_score_copy, sv_card_score_free)
G_DEFINE_BOXED_TYPE (SvCardCondition, sv_card_condition, sv_card_condition_copy, sv_card_condition_free)
G_DEFINE_BOXED_TYPE (SvCardRecipient, sv_card_recipient, sv_card_recipient_copy, sv_card_recipient_free)
G_DEFINE_BOXED_TYPE (SvCardVersion, sv_card_version, sv_card_version_copy, sv_card_version_free)
G_DEFINE_BOXED_TYPE (SvCardChange, sv_card_change, sv_card_change_copy, sv_card_change_free)

/* ------------------------------------------------------------------------
 * Sections
 * ------------------------------------------------------------------------ */

static const struct {
  const char *id;
  const char *title;
  const char *description;
} fields[SV_CARD_N_FIELDS] = {
  [SV_CARD_FIELD_GEZIN_NETWERK] = { "gezin-netwerk", N_("Family and network"),
    N_("Household members, the informal network and the professionals involved, as far as the case does not say it already.") },
  [SV_CARD_FIELD_AANLEIDING] = { "aanleiding", N_("Reason"),
    N_("Why the case is here, in your own words.") },
  [SV_CARD_FIELD_ZORGEN] = { "zorgen", N_("Worries"),
    N_("Danger statements: who is worried about what happened or may happen to whom, and what happens if nothing changes.") },
  [SV_CARD_FIELD_RISICOFACTOREN] = { "risicofactoren", N_("Complicating factors"),
    N_("What makes the situation more dangerous or harder to change.") },
  [SV_CARD_FIELD_WAT_GAAT_GOED] = { "wat-gaat-goed", N_("What is going well"),
    N_("Strengths and the safety that is already there.") },
  [SV_CARD_FIELD_DOELEN_OUDERS] = { "doelen-ouders", N_("Safety goals: parents"),
    N_("What the parents will do differently.") },
  [SV_CARD_FIELD_DOELEN_KIND] = { "doelen-kind", N_("Safety goals: child"),
    N_("What the child will experience.") },
  [SV_CARD_FIELD_DOELEN_PROFESSIONALS] = { "doelen-professionals", N_("Safety goals: professionals"),
    N_("What the professionals will see.") },
  [SV_CARD_FIELD_ADVIES_TEXT] = { "advies", N_("Advice of the VeiligheidsTeam"),
    N_("The advice in words: what the team advises and why.") },
  [SV_CARD_FIELD_STEM_JEUGDIGE] = { "stem-jeugdige", N_("Voice of the youth"),
    N_("The youth’s own words.") },
  [SV_CARD_FIELD_REACTIE_OUDERS] = { "reactie-ouders", N_("Parents’ reaction"),
    N_("The parents’ reaction, including where they disagree.") },
  [SV_CARD_FIELD_UITKOMST_GESPREK] = { "uitkomst-gesprek", N_("Outcome of the conversation"),
    N_("The outcome of the interventiegesprek and the agreements made there.") },
};

const char *
sv_card_field_to_id (SvCardField field)
{
  g_return_val_if_fail ((guint) field < SV_CARD_N_FIELDS, NULL);
  return fields[field].id;
}

gboolean
sv_card_field_from_id (const char  *id,
                       SvCardField *out)
{
  for (guint i = 0; id != NULL && i < SV_CARD_N_FIELDS; i++)
    if (g_str_equal (id, fields[i].id))
      {
        if (out != NULL)
          *out = (SvCardField) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sv_card_field_title (SvCardField field)
{
  g_return_val_if_fail ((guint) field < SV_CARD_N_FIELDS, NULL);
  return _(fields[field].title);
}

const char *
sv_card_field_description (SvCardField field)
{
  g_return_val_if_fail ((guint) field < SV_CARD_N_FIELDS, NULL);
  return _(fields[field].description);
}

gboolean
sv_card_text_check (SvCardField   field,
                    const char   *text,
                    GError      **error)
{
  glong n;

  g_return_val_if_fail ((guint) field < SV_CARD_N_FIELDS, FALSE);

  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: the text contains characters that are not plain text. Paste it as plain text and save again."),
                   sv_card_field_title (field));
      return FALSE;
    }
  n = g_utf8_strlen (text, -1);
  if (n > SV_CARD_MAX_TEXT_CHARS)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("%s: %ld characters is more than the %d that fit in one section. Shorten the text; nothing was saved."),
                   sv_card_field_title (field), n, SV_CARD_MAX_TEXT_CHARS);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------
 * Vocabularies
 * ------------------------------------------------------------------------ */

static const SvEnumEntry card_statuses[] = {
  { "concept", "card status", NC_("card status", "Draft") },
  { "definitief", "card status", NC_("card status", "Final") },
  { "verstuurd", "card status", NC_("card status", "Sent") },
  { "bijgewerkt-na-gesprek", "card status", NC_("card status", "Updated after the conversation") },
};

static const SvEnumEntry agreement_statuses[] = {
  { "open", "agreement status", NC_("agreement status", "Open") },
  { "afgerond", "agreement status", NC_("agreement status", "Done") },
  { "te-laat", "agreement status", NC_("agreement status", "Overdue") },
};

SV_DEFINE_ENUM (SvCardStatus, card_status, card_statuses)
SV_DEFINE_ENUM (SvAgreementStatus, agreement_status, agreement_statuses)

/* ------------------------------------------------------------------------
 * Agreements on the card
 * ------------------------------------------------------------------------ */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

SvAgreementStatus
sv_agreement_status (const SvAgreement *agreement,
                     SvWorkdays        *workdays,
                     const GDate       *today)
{
  g_autoptr(SvWorkdays) own = NULL;
  GDate day_before, due;

  g_return_val_if_fail (agreement != NULL, SV_AGREEMENT_STATUS_OPEN);
  g_return_val_if_fail (today != NULL && g_date_valid (today), SV_AGREEMENT_STATUS_OPEN);

  if (agreement->done)
    return SV_AGREEMENT_STATUS_DONE;
  if (!g_date_valid (&agreement->due))
    return SV_AGREEMENT_STATUS_OPEN;
  if (workdays == NULL)
    workdays = own = sv_workdays_new ();

  /* Something due on a Saturday or a feestdag can be done on the next
   * working day without being late (Algemene termijnenwet). The first
   * working day after the day before is the due day itself when it is a
   * working day. */
  day_before = agreement->due;
  if (g_date_get_julian (&day_before) > 1)
    g_date_subtract_days (&day_before, 1);
  sv_workdays_count (workdays, &day_before, 1, &due);
  return g_date_compare (today, &due) > 0 ? SV_AGREEMENT_STATUS_OVERDUE : SV_AGREEMENT_STATUS_OPEN;
}

gboolean
sv_agreement_is_incomplete (const SvAgreement *agreement)
{
  g_return_val_if_fail (agreement != NULL, TRUE);
  return is_blank (agreement->who) || !g_date_valid (&agreement->due);
}

/* ------------------------------------------------------------------------
 * The card
 * ------------------------------------------------------------------------ */

SvSafetyCard *
sv_safety_card_new (gint64 case_id)
{
  SvSafetyCard *self = g_new0 (SvSafetyCard, 1);

  self->case_id = case_id;
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      self->texts[i].text = g_strdup ("");
      self->texts[i].updated_by = g_strdup ("");
    }
  self->advice = SV_VHT_ADVICE_GEEN;
  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_score_free);
  self->conditions = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_condition_free);
  self->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_recipient_free);
  self->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  return self;
}

static void
copy_list (GPtrArray     *to,
           GPtrArray     *from,
           GBoxedCopyFunc copy)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    g_ptr_array_add (to, copy (g_ptr_array_index (from, i)));
}

SvSafetyCard *
sv_safety_card_copy (const SvSafetyCard *self)
{
  SvSafetyCard *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = sv_safety_card_new (self->case_id);
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_free (copy->texts[i].text);
      copy->texts[i].text = g_strdup (self->texts[i].text != NULL ? self->texts[i].text : "");
      copy->texts[i].revision = self->texts[i].revision;
      copy->texts[i].updated_at = self->texts[i].updated_at ? g_date_time_ref (self->texts[i].updated_at) : NULL;
      g_free (copy->texts[i].updated_by);
      copy->texts[i].updated_by = g_strdup (self->texts[i].updated_by != NULL ? self->texts[i].updated_by : "");
    }
  copy->advice = self->advice;
  copy_list (copy->scores, self->scores, (GBoxedCopyFunc) sv_card_score_copy);
  copy_list (copy->conditions, self->conditions, (GBoxedCopyFunc) sv_card_condition_copy);
  copy_list (copy->recipients, self->recipients, (GBoxedCopyFunc) sv_card_recipient_copy);
  copy_list (copy->agreements, self->agreements, (GBoxedCopyFunc) sv_agreement_copy);
  return copy;
}

void
sv_safety_card_free (SvSafetyCard *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < SV_CARD_N_FIELDS; i++)
    {
      g_free (self->texts[i].text);
      g_clear_pointer (&self->texts[i].updated_at, g_date_time_unref);
      g_free (self->texts[i].updated_by);
    }
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_pointer (&self->conditions, g_ptr_array_unref);
  g_clear_pointer (&self->recipients, g_ptr_array_unref);
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  g_free (self);
}

const char *
sv_safety_card_get_text (const SvSafetyCard *self,
                         SvCardField         field)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail ((guint) field < SV_CARD_N_FIELDS, NULL);
  return self->texts[field].text != NULL ? self->texts[field].text : "";
}

/* The first words of a text, to name a record in one line. */
static char *
abbreviate (const char *text,
            guint       max_chars)
{
  g_autofree char *line = g_strdup (text != NULL ? text : "");
  char *nl = strchr (line, '\n');

  if (nl != NULL)
    *nl = '\0';
  g_strstrip (line);
  if ((guint) g_utf8_strlen (line, -1) <= max_chars)
    return g_steal_pointer (&line);
  *g_utf8_offset_to_pointer (line, max_chars) = '\0';
  return g_strconcat (g_strstrip (line), "…", NULL);
}

GPtrArray *
sv_safety_card_definitief_blockers (const SvSafetyCard *self)
{
  GPtrArray *reasons = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (self != NULL, reasons);

  for (guint i = 0; self->agreements != NULL && i < self->agreements->len; i++)
    {
      const SvAgreement *a = g_ptr_array_index (self->agreements, i);
      gboolean no_who = is_blank (a->who), no_due = !g_date_valid (&a->due);
      g_autofree char *what = abbreviate (a->what, 40);

      if (no_who && no_due)
        g_ptr_array_add (reasons, g_strdup_printf (_("Agreement “%s”: say who does it and by when."), what));
      else if (no_who)
        g_ptr_array_add (reasons, g_strdup_printf (_("Agreement “%s”: say who does it."), what));
      else if (no_due)
        g_ptr_array_add (reasons, g_strdup_printf (_("Agreement “%s”: say by when."), what));
    }
  if (is_blank (sv_safety_card_get_text (self, SV_CARD_FIELD_REACTIE_OUDERS)))
    g_ptr_array_add (reasons, g_strdup (_("The parents’ reaction is empty: write it down, including where they disagree.")));
  return reasons;
}

/* ------------------------------------------------------------------------
 * Scores, conditions, recipients
 * ------------------------------------------------------------------------ */

SvCardScore *
sv_card_score_new (void)
{
  SvCardScore *self = g_new0 (SvCardScore, 1);

  self->viewpoint = g_strdup ("");
  self->note = g_strdup ("");
  self->score = -1;
  g_date_clear (&self->date, 1);
  return self;
}

SvCardScore *
sv_card_score_copy (const SvCardScore *self)
{
  SvCardScore *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCardScore, 1);
  *copy = *self;
  copy->viewpoint = g_strdup (self->viewpoint);
  copy->note = g_strdup (self->note);
  return copy;
}

void
sv_card_score_free (SvCardScore *self)
{
  if (self == NULL)
    return;
  g_free (self->viewpoint);
  g_free (self->note);
  g_free (self);
}

static gboolean
check_year (const GDate  *date,
            const char   *label,
            GError      **error)
{
  if (g_date_valid (date) && (g_date_get_year (date) < 1900 || g_date_get_year (date) > 2199))
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("%s: the year %u is outside 1900–2199"),
                   label, g_date_get_year (date));
      return FALSE;
    }
  return TRUE;
}

gboolean
sv_card_score_validate (const SvCardScore  *self,
                        GError            **error)
{
  GDate today;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->case_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Safety score: choose the case"));
      return FALSE;
    }
  if (!sv_check_required (self->viewpoint, SV_MAX_NAME_CHARS, _("Viewpoint"), error) ||
      !sv_check_optional (self->note, SV_MAX_SHORT_CHARS, _("Explanation"), error))
    return FALSE;
  if (self->score < 0 || self->score > 10)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Safety score: %d is not on the scale. Give a whole number from 0 (not safe) to 10 (safe enough)."),
                   self->score);
      return FALSE;
    }
  if (!g_date_valid (&self->date))
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Safety score: give the date of the score."));
      return FALSE;
    }
  if (!check_year (&self->date, _("Date of the score"), error))
    return FALSE;
  sv_date_today (&today);
  if (g_date_compare (&self->date, &today) > 0)
    {
      g_autofree char *day = sv_date_format_medium (&self->date);

      g_set_error (error, SV_ERROR, SV_ERROR_INVALID,
                   _("Safety score: %s lies in the future. Give the day the score was given."), day);
      return FALSE;
    }
  return TRUE;
}

SvCardCondition *
sv_card_condition_new (void)
{
  SvCardCondition *self = g_new0 (SvCardCondition, 1);

  self->text = g_strdup ("");
  self->consequence = g_strdup ("");
  g_date_clear (&self->term, 1);
  return self;
}

SvCardCondition *
sv_card_condition_copy (const SvCardCondition *self)
{
  SvCardCondition *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCardCondition, 1);
  *copy = *self;
  copy->text = g_strdup (self->text);
  copy->consequence = g_strdup (self->consequence);
  return copy;
}

void
sv_card_condition_free (SvCardCondition *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->consequence);
  g_free (self);
}

gboolean
sv_card_condition_validate (const SvCardCondition  *self,
                            GError                **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->case_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Condition: choose the case"));
      return FALSE;
    }
  return sv_check_required (self->text, SV_MAX_SHORT_CHARS, _("Condition"), error) &&
         sv_check_optional (self->consequence, SV_MAX_SHORT_CHARS, _("Consequence if not met"), error) &&
         check_year (&self->term, _("Term"), error);
}

SvCardRecipient *
sv_card_recipient_new (void)
{
  SvCardRecipient *self = g_new0 (SvCardRecipient, 1);

  self->name = g_strdup ("");
  self->organisation = g_strdup ("");
  self->consent_by = g_strdup ("");
  return self;
}

SvCardRecipient *
sv_card_recipient_copy (const SvCardRecipient *self)
{
  SvCardRecipient *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCardRecipient, 1);
  *copy = *self;
  copy->name = g_strdup (self->name);
  copy->organisation = g_strdup (self->organisation);
  copy->consent_by = g_strdup (self->consent_by);
  copy->consent_at = self->consent_at ? g_date_time_ref (self->consent_at) : NULL;
  return copy;
}

void
sv_card_recipient_free (SvCardRecipient *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->organisation);
  g_free (self->consent_by);
  g_clear_pointer (&self->consent_at, g_date_time_unref);
  g_free (self);
}

gboolean
sv_card_recipient_validate (const SvCardRecipient  *self,
                            GError                **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->case_id <= 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_INVALID, _("Recipient: choose the case"));
      return FALSE;
    }
  return sv_check_required (self->name, SV_MAX_NAME_CHARS, _("Name"), error) &&
         sv_check_optional (self->organisation, SV_MAX_NAME_CHARS, _("Organisation or role"), error);
}

gboolean
sv_card_recipient_lacks_consent (const SvCardRecipient *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->needs_consent && self->consent_at == NULL;
}

/* ------------------------------------------------------------------------
 * Versions and changes
 * ------------------------------------------------------------------------ */

SvCardVersion *
sv_card_version_new (void)
{
  SvCardVersion *self = g_new0 (SvCardVersion, 1);

  self->created_by = g_strdup ("");
  self->sent_to = g_new0 (char *, 1);
  g_date_clear (&self->sent_on, 1);
  return self;
}

SvCardVersion *
sv_card_version_copy (const SvCardVersion *self)
{
  SvCardVersion *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCardVersion, 1);
  *copy = *self;
  copy->created_at = self->created_at ? g_date_time_ref (self->created_at) : NULL;
  copy->created_by = g_strdup (self->created_by);
  copy->sent_at = self->sent_at ? g_date_time_ref (self->sent_at) : NULL;
  copy->sent_to = self->sent_to != NULL ? g_strdupv (self->sent_to) : g_new0 (char *, 1);
  copy->snapshot = g_strdup (self->snapshot);
  return copy;
}

void
sv_card_version_free (SvCardVersion *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_free (self->created_by);
  g_clear_pointer (&self->sent_at, g_date_time_unref);
  g_strfreev (self->sent_to);
  g_free (self->snapshot);
  g_free (self);
}

gboolean
sv_card_version_is_sent (const SvCardVersion *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->sent_at != NULL;
}

SvCardChange *
sv_card_change_copy (const SvCardChange *self)
{
  SvCardChange *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCardChange, 1);
  *copy = *self;
  copy->section_id = g_strdup (self->section_id);
  copy->title = g_strdup (self->title);
  copy->old_text = g_strdup (self->old_text);
  copy->new_text = g_strdup (self->new_text);
  return copy;
}

void
sv_card_change_free (SvCardChange *self)
{
  if (self == NULL)
    return;
  g_free (self->section_id);
  g_free (self->title);
  g_free (self->old_text);
  g_free (self->new_text);
  g_free (self);
}
