/* sv-name-mask.h: hiding a family's names inside free text.
 *
 * The projector may show the question to the meeting, the advice and the
 * agreements, but those are typed by people who write "het verzuim van
 * Noël". Before such text reaches the room, every word that is one of the
 * case's own names (given names, nicknames, family names, the household's
 * name) is replaced: by the person's role in brackets ("[jeugdige]") or
 * "[achternaam]" by default, by an initial ("N.") when the chair reveals
 * initials, and left alone only when the chair reveals names. Matching is
 * by whole word, ignoring case and accents, so "NOEL" and "noël" go too;
 * particles such as "de" and "van" are not names and stay.
 */
#pragma once

#include <glib.h>

#include "sv-household.h"
#include "sv-projection.h"

G_BEGIN_DECLS

typedef struct _SvNameMask SvNameMask;

SvNameMask *sv_name_mask_new   (const SvHousehold *household,
                                GPtrArray         *members,
                                SvRevealFlags      reveal);
/* Another household's names join the mask, as for the minutes of a
 * meeting that discussed several families. */
void        sv_name_mask_add_household (SvNameMask        *self,
                                        const SvHousehold *household,
                                        GPtrArray         *members);
/* Someone of the informal network: the words of @name are masked too,
 * by "[@relation]" ("[oma]") when nothing is revealed; words such as
 * "buurvrouw" or "oma" in the name say how, not who, and stay. */
void        sv_name_mask_add_network (SvNameMask  *self,
                                      const char  *name,
                                      const char  *relation);
char       *sv_name_mask_apply (const SvNameMask  *self,
                                const char        *text);
/* A network member's name as initials, relation words kept:
 * "Buurvrouw Ingrid" → "Buurvrouw I.", "oma Truus" → "oma T.". */
char       *sv_name_mask_network_initials (const char *name);
void        sv_name_mask_free  (SvNameMask        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvNameMask, sv_name_mask_free)

G_END_DECLS
