/* sv-retention.h: when a closed case may be erased.
 *
 * A case file is kept for a retention period counted from the day the
 * case was closed, then erased on request. The period is a setting
 * (retention-years); its default, 20 years, is the period the Jeugdwet
 * (art. 7.3.8) and the WGBO set for youth care files since 2020. The
 * seed documents name no period: the municipality's privacy officer
 * decides, and may set a shorter one for adult-only cases.
 */
#pragma once

#include "sv-case.h"

G_BEGIN_DECLS

#define SV_RETENTION_DEFAULT_YEARS 20
#define SV_RETENTION_MIN_YEARS 1
#define SV_RETENTION_MAX_YEARS 115

/* The first day @c may be erased (@out cleared for an open case or one
 * without a closing date). */
void     sv_retention_erasable_from  (const SvCase *c,
                                      guint         years,
                                      GDate        *out);
/* Whether @c may be erased on @today; when not, @why (if not NULL) says
 * why and from when. */
gboolean sv_retention_allows_erasure (const SvCase *c,
                                      guint         years,
                                      const GDate  *today,
                                      char        **why);

G_END_DECLS
