/* sv-gesprek-letter.h: the invitations to an interventiegesprek — one
 * for the parents and carers, one in plain words for each youth who is
 * invited (8 or older on the day, not left out).
 *
 * The wording is data, not code: templates per language under
 * /org/overbetuwe/SamenVeilig/letters/LANG/ in the GResource (source:
 * data/letters/, Dutch first; see its README). A letter is plain text in
 * a small form the printer understands ("# " title, "- " list point, an
 * empty line between paragraphs), so the user can edit it before it is
 * printed; the edited text is stored (sv_store_save_gesprek_letter()).
 */
#pragma once

#include "sv-gesprek.h"
#include "sv-store.h"

G_BEGIN_DECLS

typedef struct {
  char *key;        /* sv_gesprek_letter_key(): "ouders", "jeugdige-12" */
  char *label;      /* for people: "Parents and carers", "Bram" (translated) */
  char *file_name;  /* "uitnodiging-7-ouders.pdf" */
  char *text;       /* as edited, or as generated */
  gboolean edited;  /* the text is the user's */
} SvGesprekLetter;

void        sv_gesprek_letter_free      (SvGesprekLetter       *letter);

/* The language folder the letters come from: the first of the user's
 * languages that has templates, else "nl". */
const char *sv_gesprek_letter_language  (void);

/* A letter generated from the templates: for the parents with @youth
 * NULL, else for that youth. Needs a date and a start time; the error
 * says what is missing. */
char       *sv_gesprek_letter_generate  (const SvGesprek       *gesprek,
                                         const SvGesprekPerson *youth,
                                         GError               **error);

/* Every letter of @gesprek in order (parents, then the invited youths),
 * each with the text the user edited when there is one: a GPtrArray of
 * SvGesprekLetter. */
GPtrArray  *sv_gesprek_letters_collect  (SvStore               *store,
                                         const SvGesprek       *gesprek,
                                         GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvGesprekLetter, sv_gesprek_letter_free)

G_END_DECLS
