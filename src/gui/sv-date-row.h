/* sv-date-row.h: an entry row for a date, typed the Dutch way (03-12-2026)
 * or picked from a calendar. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SV_TYPE_DATE_ROW (sv_date_row_get_type ())

G_DECLARE_FINAL_TYPE (SvDateRow, sv_date_row, SV, DATE_ROW, AdwEntryRow)

GtkWidget *sv_date_row_new          (void);
/* A NULL or cleared date empties the row. */
void       sv_date_row_set_date     (SvDateRow   *self,
                                     const GDate *date);
/* The typed date. An empty row gives a cleared date when the row is
 * optional, else an error; text that is no date gives an error that says
 * why (31-02-2026 does not exist). */
gboolean   sv_date_row_get_date     (SvDateRow   *self,
                                     GDate       *out,
                                     GError     **error);
gboolean   sv_date_row_get_optional (SvDateRow   *self);
void       sv_date_row_set_optional (SvDateRow   *self,
                                     gboolean     optional);

G_END_DECLS
