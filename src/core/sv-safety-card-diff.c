/* sv-safety-card-diff.c: what changed between two versions of a
 * Veiligheidskaart, section by section, in the order of the card.
 *
 * A text section is added (was empty), removed (became empty) or changed.
 * The items of a list (scores, conditions, agreements, recipients) are
 * matched by their id (agreements by uid), so an item edited between
 * versions reads as one change rather than a removal and an addition, and
 * otherwise by their text; each is shown as one readable line.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-card-edit.h"
#include "sv-date.h"
#include "sv-error.h"
#include "sv-safety-card.h"

/* ------------------------------------------------------------------------
 * One line per item
 * ------------------------------------------------------------------------ */

/* The medium form of @date, or NULL for no date. */
static char *
comma_date (const GDate *date)
{
  return g_date_valid (date) ? sv_date_format_medium (date) : NULL;
}

static char *
score_line (const SvCardScore *s)
{
  g_autofree char *day = sv_date_format_medium (&s->date);
  GString *line = g_string_new (NULL);

  /* TRANSLATORS: a safety score: viewpoint, score 0–10, date */
  g_string_append_printf (line, _("%s: %d on %s"), s->viewpoint, s->score, day != NULL ? day : "");
  if (s->note != NULL && *s->note != '\0')
    g_string_append_printf (line, " — %s", s->note);
  return g_string_free (line, FALSE);
}

static char *
condition_line (const SvCardCondition *c)
{
  g_autofree char *day = comma_date (&c->term);
  GString *line = g_string_new (c->text);

  if (day != NULL)
    {
      g_string_append (line, ", ");
      /* TRANSLATORS: the date by which a condition must be met */
      g_string_append_printf (line, _("term %s"), day);
    }
  if (c->consequence != NULL && *c->consequence != '\0')
    {
      g_string_append (line, " — ");
      g_string_append_printf (line, _("if not met: %s"), c->consequence);
    }
  return g_string_free (line, FALSE);
}

static char *
recipient_line (const SvCardRecipient *r)
{
  GString *line = g_string_new (r->name);

  if (r->organisation != NULL && *r->organisation != '\0')
    g_string_append_printf (line, " (%s)", r->organisation);
  if (r->needs_consent)
    {
      g_string_append (line, ", ");
      g_string_append (line, r->consent_at != NULL ? _("consent recorded") : _("consent needed"));
    }
  return g_string_free (line, FALSE);
}

static char *
agreement_line (const SvAgreement *a)
{
  g_autofree char *day = comma_date (&a->due);
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, "%s — %s", a->who != NULL && *a->who != '\0' ? a->who : _("(nobody named)"),
                          a->what);
  if (day != NULL)
    {
      g_string_append (line, ", ");
      /* TRANSLATORS: the date an agreement is due */
      g_string_append_printf (line, _("by %s"), day);
    }
  if (a->monitoring != NULL && *a->monitoring != '\0')
    g_string_append_printf (line, " (%s)", a->monitoring);
  if (a->done)
    {
      g_string_append (line, ", ");
      g_string_append (line, _("done"));
    }
  return g_string_free (line, FALSE);
}

/* ------------------------------------------------------------------------
 * Comparing
 * ------------------------------------------------------------------------ */

static void
add_change (GPtrArray        *changes,
            const char       *section_id,
            const char       *title,
            SvCardChangeKind  kind,
            const char       *old_text,
            const char       *new_text)
{
  SvCardChange *change = g_new0 (SvCardChange, 1);

  change->section_id = g_strdup (section_id);
  change->title = g_strdup (title);
  change->kind = kind;
  change->old_text = g_strdup (old_text != NULL ? old_text : "");
  change->new_text = g_strdup (new_text != NULL ? new_text : "");
  g_ptr_array_add (changes, change);
}

static void
compare_text (GPtrArray  *changes,
              const char *section_id,
              const char *title,
              const char *old_text,
              const char *new_text)
{
  if (g_strcmp0 (old_text, new_text) == 0)
    return;
  if (old_text == NULL || *old_text == '\0')
    add_change (changes, section_id, title, SV_CARD_CHANGE_ADDED, "", new_text);
  else if (new_text == NULL || *new_text == '\0')
    add_change (changes, section_id, title, SV_CARD_CHANGE_REMOVED, old_text, "");
  else
    add_change (changes, section_id, title, SV_CARD_CHANGE_CHANGED, old_text, new_text);
}

typedef char *(*ItemKey)  (gconstpointer item);
typedef char *(*ItemLine) (gconstpointer item);

/* What identifies an item across versions: its id in the database, and
 * for agreements their uid, which also survives an export and import. */
static char *
id_key (gint64 id)
{
  return id != 0 ? g_strdup_printf ("id:%" G_GINT64_FORMAT, id) : NULL;
}

static char *score_key (gconstpointer item) { return id_key (((const SvCardScore *) item)->id); }
static char *condition_key (gconstpointer item) { return id_key (((const SvCardCondition *) item)->id); }
static char *recipient_key (gconstpointer item) { return id_key (((const SvCardRecipient *) item)->id); }

static char *
agreement_key (gconstpointer item)
{
  const SvAgreement *a = item;

  if (a->uid != NULL && *a->uid != '\0')
    return g_strconcat ("uid:", a->uid, NULL);
  return id_key (a->id);
}

static void
compare_list (GPtrArray  *changes,
              const char *section_id,
              const char *title,
              GPtrArray  *old_list,
              GPtrArray  *new_list,
              ItemKey     get_key,
              ItemLine    get_line)
{
  g_autofree int *match = g_new (int, old_list->len + 1);   /* old index → new index, or -1 */
  g_autofree gboolean *taken = g_new0 (gboolean, new_list->len + 1);
  g_autoptr(GPtrArray) old_lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < old_list->len; i++)
    g_ptr_array_add (old_lines, get_line (g_ptr_array_index (old_list, i)));
  for (guint j = 0; j < new_list->len; j++)
    g_ptr_array_add (new_lines, get_line (g_ptr_array_index (new_list, j)));

  /* First the same item by its key: an edit reads as one change. */
  for (guint i = 0; i < old_list->len; i++)
    {
      g_autofree char *key = get_key (g_ptr_array_index (old_list, i));

      match[i] = -1;
      for (guint j = 0; key != NULL && j < new_list->len; j++)
        {
          g_autofree char *other = taken[j] ? NULL : get_key (g_ptr_array_index (new_list, j));

          if (other != NULL && g_str_equal (key, other))
            {
              match[i] = (int) j;
              taken[j] = TRUE;
              break;
            }
        }
    }
  /* Then an unchanged item whose key changed (an item not stored yet, or
   * a card carried to another database): the same line is no change. */
  for (guint i = 0; i < old_list->len; i++)
    for (guint j = 0; match[i] < 0 && j < new_list->len; j++)
      if (!taken[j] && g_str_equal (old_lines->pdata[i], new_lines->pdata[j]))
        {
          match[i] = (int) j;
          taken[j] = TRUE;
        }

  /* Removed and changed items in the old order, then the added ones in the
   * new order: the way a reader goes through the two lists. */
  for (guint i = 0; i < old_list->len; i++)
    {
      if (match[i] < 0)
        add_change (changes, section_id, title, SV_CARD_CHANGE_REMOVED, old_lines->pdata[i], "");
      else if (!g_str_equal (old_lines->pdata[i], new_lines->pdata[match[i]]))
        add_change (changes, section_id, title, SV_CARD_CHANGE_CHANGED, old_lines->pdata[i],
                    new_lines->pdata[match[i]]);
    }
  for (guint j = 0; j < new_list->len; j++)
    if (!taken[j])
      add_change (changes, section_id, title, SV_CARD_CHANGE_ADDED, "", new_lines->pdata[j]);
}

static void
compare_field (GPtrArray          *changes,
               const SvSafetyCard *old_card,
               const SvSafetyCard *new_card,
               SvCardField         field)
{
  compare_text (changes, sv_card_field_to_id (field), sv_card_field_title (field),
                sv_safety_card_get_text (old_card, field), sv_safety_card_get_text (new_card, field));
}

GPtrArray *
sv_safety_card_diff (const SvSafetyCard *old_card,
                     const SvSafetyCard *new_card)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_card_change_free);

  g_return_val_if_fail (old_card != NULL && new_card != NULL, changes);

  for (SvCardField f = SV_CARD_FIELD_GEZIN_NETWERK; f <= SV_CARD_FIELD_WAT_GAAT_GOED; f++)
    compare_field (changes, old_card, new_card, f);
  compare_list (changes, "scores", sv_card_part_title ("scores"), old_card->scores, new_card->scores,
                score_key, (ItemLine) score_line);
  for (SvCardField f = SV_CARD_FIELD_DOELEN_OUDERS; f <= SV_CARD_FIELD_DOELEN_PROFESSIONALS; f++)
    compare_field (changes, old_card, new_card, f);
  compare_list (changes, "voorwaarden", sv_card_part_title ("voorwaarden"), old_card->conditions, new_card->conditions,
                condition_key, (ItemLine) condition_line);
  if (old_card->advice != new_card->advice)
    add_change (changes, "advies-soort", sv_card_part_title ("advies-soort"),
                old_card->advice == SV_VHT_ADVICE_GEEN ? SV_CARD_CHANGE_ADDED
                : new_card->advice == SV_VHT_ADVICE_GEEN ? SV_CARD_CHANGE_REMOVED : SV_CARD_CHANGE_CHANGED,
                old_card->advice == SV_VHT_ADVICE_GEEN ? "" : sv_vht_advice_label (old_card->advice),
                new_card->advice == SV_VHT_ADVICE_GEEN ? "" : sv_vht_advice_label (new_card->advice));
  compare_field (changes, old_card, new_card, SV_CARD_FIELD_ADVIES_TEXT);
  compare_list (changes, "afspraken", sv_card_part_title ("afspraken"), old_card->agreements, new_card->agreements,
                agreement_key, (ItemLine) agreement_line);
  for (SvCardField f = SV_CARD_FIELD_STEM_JEUGDIGE; f <= SV_CARD_FIELD_UITKOMST_GESPREK; f++)
    compare_field (changes, old_card, new_card, f);
  compare_list (changes, "ontvangers", sv_card_part_title ("ontvangers"), old_card->recipients, new_card->recipients,
                recipient_key, (ItemLine) recipient_line);
  return changes;
}

GPtrArray *
sv_card_diff (const char  *old_snapshot,
              const char  *new_snapshot,
              GError     **error)
{
  g_autoptr(SvSafetyCard) old_card = NULL;
  g_autoptr(SvSafetyCard) new_card = NULL;

  g_return_val_if_fail (old_snapshot != NULL && new_snapshot != NULL, NULL);

  old_card = sv_safety_card_from_json (old_snapshot, error);
  if (old_card == NULL)
    return NULL;
  new_card = sv_safety_card_from_json (new_snapshot, error);
  if (new_card == NULL)
    return NULL;
  return sv_safety_card_diff (old_card, new_card);
}
