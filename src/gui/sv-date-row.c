/* sv-date-row.c: date entry with a calendar popover. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-error.h"

struct _SvDateRow
{
  AdwEntryRow  parent_instance;

  GtkWidget   *calendar;  /* inside the popover; made when first opened */
  GtkWidget   *button;
  gboolean     optional;
};

G_DEFINE_FINAL_TYPE (SvDateRow, sv_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_OPTIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_day_selected_cb (GtkCalendar *calendar,
                    SvDateRow   *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (picked),
                  (GDateMonth) g_date_time_get_month (picked),
                  (GDateYear) g_date_time_get_year (picked));
  sv_date_row_set_date (self, &date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

/* The calendar opens on the typed date, or today. */
static void
on_popover_show_cb (GtkPopover *popover,
                    SvDateRow  *self)
{
  GDate date;
  g_autoptr(GDateTime) shown = NULL;

  if (!sv_date_row_get_date (self, &date, NULL) || !g_date_valid (&date))
    sv_date_today (&date);
  shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 12, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, on_day_selected_cb, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), shown);
  g_signal_handlers_unblock_by_func (self->calendar, on_day_selected_cb, self);
}

/* A calendar is a hundred widgets: it is made when first asked for, not
 * with every form that has a date. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  SvDateRow *self = user_data;
  GtkWidget *popover;

  if (self->calendar != NULL)
    return;
  popover = gtk_popover_new ();
  self->calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show_cb), self);
  gtk_menu_button_set_popover (button, popover);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_OPTIONAL:
      g_value_set_boolean (value, SV_DATE_ROW (object)->optional);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_OPTIONAL:
      sv_date_row_set_optional (SV_DATE_ROW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_date_row_class_init (SvDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sv_date_row_get_property;
  object_class->set_property = sv_date_row_set_property;

  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_date_row_init (SvDateRow *self)
{
  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->button), create_popup_cb, self, NULL);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_tooltip_text (self->button, _("Pick a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pick a date"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->button);
  gtk_editable_set_width_chars (GTK_EDITABLE (self), 10);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_date_row_new (void)
{
  return g_object_new (SV_TYPE_DATE_ROW, NULL);
}

void
sv_date_row_set_date (SvDateRow   *self,
                      const GDate *date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SV_IS_DATE_ROW (self));

  text = sv_date_format_numeric (date);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

gboolean
sv_date_row_get_date (SvDateRow *self,
                      GDate     *out,
                      GError   **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SV_IS_DATE_ROW (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  if (*text == '\0' && self->optional)
    {
      g_date_clear (out, 1);
      return TRUE;
    }
  return sv_date_parse_user (text, out, error);
}

gboolean
sv_date_row_get_optional (SvDateRow *self)
{
  g_return_val_if_fail (SV_IS_DATE_ROW (self), FALSE);
  return self->optional;
}

void
sv_date_row_set_optional (SvDateRow *self,
                          gboolean   optional)
{
  g_return_if_fail (SV_IS_DATE_ROW (self));

  optional = !!optional;
  if (self->optional == optional)
    return;
  self->optional = optional;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
}
