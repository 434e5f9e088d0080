/* sv-date.h: calendar dates as the app stores, reads and shows them.
 *
 * Storage and exchange use ISO 8601 ("2026-12-03"); people type and read
 * Dutch forms ("03-12-2026", "donderdag 3 december 2026"). Month and weekday
 * names come from the message catalogue, so Dutch dates do not depend on an
 * installed nl_NL locale.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strict "YYYY-MM-DD"; FALSE (and @out cleared) for anything else. */
gboolean  sv_date_from_iso         (const char    *iso,
                                    GDate         *out);
/* NULL for an invalid or cleared date. */
char     *sv_date_to_iso           (const GDate   *date);

/* What a person types: d-m-yyyy with '-', '/', '.' or ' ' between, or
 * yyyy-mm-dd. The error says why a text is not a date, e.g. that
 * 31-02-2026 does not exist. */
gboolean  sv_date_parse_user       (const char    *text,
                                    GDate         *out,
                                    GError       **error);

char     *sv_date_format_numeric   (const GDate   *date);  /* 03-12-2026 */
char     *sv_date_format_medium    (const GDate   *date);  /* 3 december 2026 */
char     *sv_date_format_short     (const GDate   *date);  /* 3 dec */
char     *sv_date_format_long      (const GDate   *date);  /* donderdag 3 december 2026 */
const char *sv_date_month_name     (GDateMonth     month);
const char *sv_date_weekday_name   (GDateWeekday   weekday);

/* Today in local time; SV_TODAY=YYYY-MM-DD in the environment fixes it for
 * tests and demonstrations. */
void      sv_date_today            (GDate         *out);

/* Whole years from @birth to @on (the birthday counts on the day itself;
 * 29 February birthdays count on 1 March in common years). */
int       sv_date_age_on           (const GDate   *birth,
                                    const GDate   *on);

/* A birth date may not lie after @today. */
gboolean  sv_date_check_birth      (const GDate   *birth,
                                    const GDate   *today,
                                    GError       **error);

/* Timestamps: stored as UTC "2026-11-22T14:03:05Z", shown in local time. */
char      *sv_datetime_to_iso      (GDateTime     *datetime);
GDateTime *sv_datetime_from_iso    (const char    *iso);
char      *sv_datetime_format      (GDateTime     *datetime); /* 22 november 2026, 15:03 */

G_END_DECLS
