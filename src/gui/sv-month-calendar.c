/* sv-month-calendar.c: a month grid of day buttons with marks. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sv-date.h"
#include "sv-month-calendar.h"

struct _SvMonthCalendar
{
  GtkWidget  parent_instance;

  GtkWidget *box;          /* child */
  GtkLabel  *title;
  GtkWidget *days[42];     /* six weeks of buttons */
  GDate      first;        /* the first of the month shown */
  guint      counts[32];
};

G_DEFINE_FINAL_TYPE (SvMonthCalendar, sv_month_calendar, GTK_TYPE_WIDGET)

enum {
  MONTH_CHANGED,
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *weekday_abbreviations[] = {
  NC_("weekday abbreviation", "Mo"), NC_("weekday abbreviation", "Tu"), NC_("weekday abbreviation", "We"),
  NC_("weekday abbreviation", "Th"), NC_("weekday abbreviation", "Fr"), NC_("weekday abbreviation", "Sa"),
  NC_("weekday abbreviation", "Su"),
};

/* The grid starts on the Monday of the week with the first of the month. */
static void
grid_start (SvMonthCalendar *self,
            GDate           *out)
{
  *out = self->first;
  g_date_subtract_days (out, g_date_get_weekday (&self->first) - 1);
}

/* What day button @index stands for: "Monday 23 November 2026: 2 deadlines". */
static char *
day_description (SvMonthCalendar *self,
                 guint            index)
{
  GDate day;
  guint count;
  g_autofree char *long_date = NULL;

  grid_start (self, &day);
  g_date_add_days (&day, index);
  count = g_date_get_month (&day) == g_date_get_month (&self->first) ? self->counts[g_date_get_day (&day)] : 0;
  long_date = sv_date_format_long (&day);
  if (count == 0)
    return g_steal_pointer (&long_date);
  /* TRANSLATORS: a day in the planning calendar: "Monday 23 November 2026: 2 deadlines" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u deadline", "%s: %u deadlines", count),
                          long_date, count);
}

/* The tooltip is made when asked for: gtk_widget_set_tooltip_text() on a
 * shown widget asks the display where the pointer is (a round trip to
 * the X server), 42 times on each update. */
static gboolean
on_day_query_tooltip_cb (GtkWidget       *button,
                         int              x,
                         int              y,
                         gboolean         keyboard,
                         GtkTooltip      *tooltip,
                         SvMonthCalendar *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    if (self->days[i] == button)
      {
        g_autofree char *text = day_description (self, i);

        gtk_tooltip_set_text (tooltip, text);
        return TRUE;
      }
  return FALSE;
}

static void
update (SvMonthCalendar *self)
{
  g_autofree char *title = g_strdup_printf ("%s %u", sv_date_month_name (g_date_get_month (&self->first)),
                                            g_date_get_year (&self->first));
  GDate day, today;

  gtk_label_set_text (self->title, title);
  sv_date_today (&today);
  grid_start (self, &day);
  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++, g_date_add_days (&day, 1))
    {
      GtkWidget *button = self->days[i];
      gboolean in_month = g_date_get_month (&day) == g_date_get_month (&self->first);
      guint count = in_month ? self->counts[g_date_get_day (&day)] : 0;
      g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&day));
      g_autofree char *description = day_description (self, i);

      gtk_button_set_label (GTK_BUTTON (button), number);
      gtk_widget_set_sensitive (button, in_month);
      gtk_widget_set_opacity (button, in_month ? 1.0 : 0.35);
      if (count > 0)
        gtk_widget_add_css_class (button, "sv-marked");
      else
        gtk_widget_remove_css_class (button, "sv-marked");
      if (g_date_compare (&day, &today) == 0)
        gtk_widget_add_css_class (button, "sv-today");
      else
        gtk_widget_remove_css_class (button, "sv-today");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
    }
}

static void
on_day_clicked_cb (GtkButton       *button,
                   SvMonthCalendar *self)
{
  GDate day;

  grid_start (self, &day);
  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++, g_date_add_days (&day, 1))
    if (self->days[i] == GTK_WIDGET (button))
      {
        g_signal_emit (self, signals[DAY_ACTIVATED], 0, (guint) g_date_get_julian (&day));
        return;
      }
}

static void
shift_month (SvMonthCalendar *self,
             int              months)
{
  GDate first = self->first;

  if (months > 0)
    g_date_add_months (&first, (guint) months);
  else
    g_date_subtract_months (&first, (guint) -months);
  sv_month_calendar_set_month (self, &first);
}

static void
on_previous_clicked_cb (SvMonthCalendar *self)
{
  shift_month (self, -1);
}

static void
on_next_clicked_cb (SvMonthCalendar *self)
{
  shift_month (self, 1);
}

static void
on_today_clicked_cb (SvMonthCalendar *self)
{
  GDate today;

  sv_date_today (&today);
  sv_month_calendar_set_month (self, &today);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
sv_month_calendar_dispose (GObject *object)
{
  SvMonthCalendar *self = SV_MONTH_CALENDAR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (sv_month_calendar_parent_class)->dispose (object);
}

static void
sv_month_calendar_class_init (SvMonthCalendarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sv_month_calendar_dispose;

  /**
   * SvMonthCalendar::month-changed:
   *
   * Another month is shown; its counts are cleared.
   */
  signals[MONTH_CHANGED] = g_signal_new ("month-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SvMonthCalendar::day-activated:
   * @julian: the day, as a Julian day number (g_date_set_julian)
   */
  signals[DAY_ACTIVATED] = g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_css_name (widget_class, "sv-month-calendar");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sv_month_calendar_init (SvMonthCalendar *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *previous = icon_button ("go-previous-symbolic", _("Previous month"));
  GtkWidget *next = icon_button ("go-next-symbolic", _("Next month"));
  GtkWidget *today = gtk_button_new_with_mnemonic (_("_Today"));
  GDate now;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");
  gtk_widget_add_css_class (today, "flat");
  g_signal_connect_swapped (previous, "clicked", G_CALLBACK (on_previous_clicked_cb), self);
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (on_next_clicked_cb), self);
  g_signal_connect_swapped (today, "clicked", G_CALLBACK (on_today_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), previous);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (header), next);
  gtk_box_append (GTK_BOX (header), today);
  gtk_box_append (GTK_BOX (self->box), header);

  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (guint i = 0; i < 7; i++)
    {
      GtkWidget *label = gtk_label_new (g_dpgettext2 (GETTEXT_PACKAGE, "weekday abbreviation",
                                                      weekday_abbreviations[i]));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_grid_attach (GTK_GRID (grid), label, (int) i, 0, 1, 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    {
      self->days[i] = gtk_button_new ();
      gtk_widget_add_css_class (self->days[i], "flat");
      gtk_widget_add_css_class (self->days[i], "sv-day");
      gtk_widget_set_has_tooltip (self->days[i], TRUE);
      g_signal_connect (self->days[i], "query-tooltip", G_CALLBACK (on_day_query_tooltip_cb), self);
      g_signal_connect (self->days[i], "clicked", G_CALLBACK (on_day_clicked_cb), self);
      gtk_grid_attach (GTK_GRID (grid), self->days[i], (int) (i % 7), (int) (i / 7) + 1, 1, 1);
    }
  gtk_box_append (GTK_BOX (self->box), grid);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Month calendar"), -1);
  sv_date_today (&now);
  g_date_clear (&self->first, 1);
  g_date_set_dmy (&self->first, 1, g_date_get_month (&now), g_date_get_year (&now));
  update (self);
}

GtkWidget *
sv_month_calendar_new (void)
{
  return g_object_new (SV_TYPE_MONTH_CALENDAR, NULL);
}

void
sv_month_calendar_set_month (SvMonthCalendar *self,
                             const GDate     *date)
{
  g_return_if_fail (SV_IS_MONTH_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  g_date_set_dmy (&self->first, 1, g_date_get_month (date), g_date_get_year (date));
  memset (self->counts, 0, sizeof self->counts);
  update (self);
  g_signal_emit (self, signals[MONTH_CHANGED], 0);
}

void
sv_month_calendar_get_month (SvMonthCalendar *self,
                             guint           *year,
                             guint           *month)
{
  g_return_if_fail (SV_IS_MONTH_CALENDAR (self));

  *year = g_date_get_year (&self->first);
  *month = g_date_get_month (&self->first);
}

void
sv_month_calendar_set_counts (SvMonthCalendar *self,
                              const guint     *counts)
{
  g_return_if_fail (SV_IS_MONTH_CALENDAR (self));
  g_return_if_fail (counts != NULL);

  memcpy (self->counts, counts, sizeof self->counts);
  update (self);
}

guint
sv_month_calendar_get_count (SvMonthCalendar *self,
                             guint            day)
{
  g_return_val_if_fail (SV_IS_MONTH_CALENDAR (self), 0);
  g_return_val_if_fail (day >= 1 && day <= 31, 0);
  return self->counts[day];
}
