/* sv-workdays.h: working days (werkdagen) as the Algemene termijnenwet
 * counts them.
 *
 * Monday to Friday, minus the algemeen erkende feestdagen of article 3:
 * Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Koningsdag (27 April, or
 * 26 April when the 27th is a Sunday), 5 mei, Hemelvaartsdag, Tweede
 * Pinksterdag, Eerste en Tweede Kerstdag — and minus the extra days an
 * organisation sets (days set equal by royal decree, its own days off),
 * none by default. Easter follows the Gregorian computus.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SV_TYPE_WORKDAYS (sv_workdays_get_type ())

typedef struct _SvWorkdays SvWorkdays;

GType       sv_workdays_get_type             (void) G_GNUC_CONST;
/* Without extra days. */
SvWorkdays *sv_workdays_new                  (void);
SvWorkdays *sv_workdays_ref                  (SvWorkdays   *self);
void        sv_workdays_unref                (SvWorkdays   *self);
/* Extra days off as ISO dates ("2027-05-07"); an invalid one is refused
 * with an error and nothing is changed. */
gboolean    sv_workdays_set_extra_days       (SvWorkdays   *self,
                                              const char  **iso_dates,
                                              GError      **error);

/* Easter Sunday of @year (Gregorian). */
void        sv_easter_sunday                 (guint         year,
                                              GDate        *out);
/* The feestdag of the law on @date, or NULL (a translated name). */
const char *sv_workdays_holiday_name         (const GDate  *date);
gboolean    sv_workdays_is_working_day       (SvWorkdays   *self,
                                              const GDate  *date);
/* The @n-th working day after @from (n > 0) or before it (n < 0); @from
 * itself is not counted. */
void        sv_workdays_count                (SvWorkdays   *self,
                                              const GDate  *from,
                                              int           n,
                                              GDate        *out);
/* @date when it is a working day, else the working day before it. */
void        sv_workdays_previous_or_same     (SvWorkdays   *self,
                                              const GDate  *date,
                                              GDate        *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvWorkdays, sv_workdays_unref)

G_END_DECLS
