/* sv-case-row.c: household name, case number, kind, date and reason of a
 * case, as the list shows it. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-row.h"
#include "sv-date.h"

struct _SvCaseRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *title;
  GtkLabel  *details;
  GtkLabel  *reason;
  GtkWidget *closed;
};

G_DEFINE_FINAL_TYPE (SvCaseRow, sv_case_row, GTK_TYPE_WIDGET)

static void
sv_case_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SV_TYPE_CASE_ROW);
  G_OBJECT_CLASS (sv_case_row_parent_class)->dispose (object);
}

static void
sv_case_row_class_init (SvCaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sv_case_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-case-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCaseRow, box);
  gtk_widget_class_bind_template_child (widget_class, SvCaseRow, title);
  gtk_widget_class_bind_template_child (widget_class, SvCaseRow, details);
  gtk_widget_class_bind_template_child (widget_class, SvCaseRow, reason);
  gtk_widget_class_bind_template_child (widget_class, SvCaseRow, closed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_case_row_init (SvCaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sv_case_row_new (void)
{
  return g_object_new (SV_TYPE_CASE_ROW, NULL);
}

void
sv_case_row_set_summary (SvCaseRow     *self,
                         SvCaseSummary *summary)
{
  g_autofree char *received = NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  gboolean closed;

  g_return_if_fail (SV_IS_CASE_ROW (self));

  if (summary == NULL)
    {
      gtk_label_set_text (self->title, "");
      gtk_label_set_text (self->details, "");
      gtk_label_set_text (self->reason, "");
      gtk_widget_set_visible (self->closed, FALSE);
      return;
    }
  received = sv_date_format_medium (sv_case_summary_get_received (summary));
  /* TRANSLATORS: case number · kind of report · date received */
  details = g_strdup_printf (C_("case row", "%s · %s · %s"),
                             sv_case_summary_get_number (summary),
                             sv_report_kind_label (sv_case_summary_get_report_kind (summary)),
                             received);
  closed = sv_case_summary_get_status (summary) == SV_CASE_STATUS_GESLOTEN;
  gtk_label_set_text (self->title, sv_case_summary_get_household_name (summary));
  gtk_label_set_text (self->details, details);
  gtk_label_set_text (self->reason, sv_case_summary_get_reason (summary));
  gtk_widget_set_visible (self->closed, closed);

  accessible = g_strdup_printf ("%s, %s%s", sv_case_summary_get_household_name (summary), details,
                                closed ? _(", closed") : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}
