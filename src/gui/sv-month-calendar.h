/* sv-month-calendar.h: a month of days, weeks from Monday, with the days
 * that have something on them marked and counted. (GtkCalendar in GTK 4.8
 * shows no marks.) */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SV_TYPE_MONTH_CALENDAR (sv_month_calendar_get_type ())

G_DECLARE_FINAL_TYPE (SvMonthCalendar, sv_month_calendar, SV, MONTH_CALENDAR, GtkWidget)

GtkWidget *sv_month_calendar_new        (void);
/* The month shown; @date any day in it. Emits "month-changed". */
void       sv_month_calendar_set_month  (SvMonthCalendar *self,
                                         const GDate     *date);
void       sv_month_calendar_get_month  (SvMonthCalendar *self,
                                         guint           *year,
                                         guint           *month);
/* How many things fall on each day of the month shown: @counts[1] for the
 * first … @counts[31]. */
void       sv_month_calendar_set_counts (SvMonthCalendar *self,
                                         const guint     *counts);
guint      sv_month_calendar_get_count  (SvMonthCalendar *self,
                                         guint            day);

G_END_DECLS
