/* sv-card-edit.c: the history records of a Veiligheidskaart. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-card-edit.h"
#include "sv-safety-card.h"

G_DEFINE_BOXED_TYPE (SvCardEdit, sv_card_edit, sv_card_edit_copy, sv_card_edit_free)

SvCardEdit *
sv_card_edit_new (void)
{
  SvCardEdit *self = g_new0 (SvCardEdit, 1);

  self->section_id = g_strdup ("");
  self->who = g_strdup ("");
  return self;
}

SvCardEdit *
sv_card_edit_copy (const SvCardEdit *self)
{
  SvCardEdit *copy;

  g_return_val_if_fail (self != NULL, NULL);
  copy = g_new0 (SvCardEdit, 1);
  *copy = *self;
  copy->section_id = g_strdup (self->section_id);
  copy->who = g_strdup (self->who);
  copy->first_at = self->first_at ? g_date_time_ref (self->first_at) : NULL;
  copy->last_at = self->last_at ? g_date_time_ref (self->last_at) : NULL;
  return copy;
}

void
sv_card_edit_free (SvCardEdit *self)
{
  if (self == NULL)
    return;
  g_free (self->section_id);
  g_free (self->who);
  g_clear_pointer (&self->first_at, g_date_time_unref);
  g_clear_pointer (&self->last_at, g_date_time_unref);
  g_free (self);
}

const char *
sv_card_part_title (const char *section_id)
{
  static const struct {
    const char *id;
    const char *title;
  } parts[] = {
    { "advies-soort", N_("Kind of advice") },
    { "scores", N_("Safety scale") },
    { "voorwaarden", N_("Safety conditions") },
    { "afspraken", N_("Agreements") },
    { "ontvangers", N_("Recipients") },
    { "versies", N_("Versions") },
  };
  SvCardField field;

  g_return_val_if_fail (section_id != NULL, NULL);

  if (sv_card_field_from_id (section_id, &field))
    return sv_card_field_title (field);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (section_id, parts[i].id))
      return _(parts[i].title);
  return section_id;
}
