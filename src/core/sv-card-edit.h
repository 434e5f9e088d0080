/* sv-card-edit.h: who changed which part of a Veiligheidskaart, and when.
 *
 * The store keeps one record per stretch of work: the saves of one person
 * on one section within a quarter of an hour of each other count as one
 * edit (autosave writes every few seconds while someone types), so the
 * history reads "Zorgen — J. de Vries, 14:02–14:31 (58 saves)".
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Saves by the same person on the same section this close together are
 * one edit. */
#define SV_CARD_EDIT_GAP_SECONDS (15 * 60)

typedef struct {
  gint64     case_id;
  char      *section_id;  /* a section id (sv_card_field_to_id), or "advies-soort", "scores",
                             "voorwaarden", "ontvangers", "versies" */
  char      *who;
  GDateTime *first_at;
  GDateTime *last_at;
  guint      n_saves;
} SvCardEdit;

#define SV_TYPE_CARD_EDIT (sv_card_edit_get_type ())

GType       sv_card_edit_get_type  (void) G_GNUC_CONST;
SvCardEdit *sv_card_edit_new       (void);
SvCardEdit *sv_card_edit_copy      (const SvCardEdit *self);
void        sv_card_edit_free      (SvCardEdit       *self);

/* The translated title of a part of the card by its id: a section's
 * title, or "Safety scale", "Safety conditions", "Recipients", "Kind of
 * advice", "Versions"; the id itself when unknown. */
const char *sv_card_part_title     (const char       *section_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCardEdit, sv_card_edit_free)

G_END_DECLS
