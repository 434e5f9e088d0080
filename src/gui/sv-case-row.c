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
  GtkInscription *title;
  GtkInscription *details;
  GtkInscription *reason;
  GtkWidget *closed;
};

G_DEFINE_FINAL_TYPE (SvCaseRow, sv_case_row, GTK_TYPE_WIDGET)

static void
sv_case_row_dispose (GObject *object)
{
  SvCaseRow *self = SV_CASE_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (sv_case_row_parent_class)->dispose (object);
}

static void
sv_case_row_class_init (SvCaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sv_case_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkInscription *
new_line (GtkWidget   *box,
          const char  *style)
{
  GtkWidget *line = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (line), 0);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (line), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_add_css_class (line, style);
  gtk_widget_set_hexpand (line, TRUE);
  gtk_box_append (GTK_BOX (box), line);
  return GTK_INSCRIPTION (line);
}

/* Built in code with GtkInscription: a list creates some 200 rows at once
 * (and again after each search), so a row must be cheap to make and to
 * measure. */
static void
sv_case_row_init (SvCaseRow *self)
{
  GtkWidget *first = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (self->box, 8);
  gtk_widget_set_margin_bottom (self->box, 8);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_box_append (GTK_BOX (self->box), first);
  self->title = new_line (first, "heading");
  self->closed = gtk_label_new (C_("case status badge", "Closed"));
  gtk_widget_set_visible (self->closed, FALSE);
  gtk_widget_add_css_class (self->closed, "caption");
  gtk_widget_add_css_class (self->closed, "dim-label");
  gtk_widget_add_css_class (self->closed, "sv-badge");
  gtk_box_append (GTK_BOX (first), self->closed);
  self->details = new_line (self->box, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->details), "dim-label");
  self->reason = new_line (self->box, "caption");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
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
      gtk_inscription_set_text (self->title, "");
      gtk_inscription_set_text (self->details, "");
      gtk_inscription_set_text (self->reason, "");
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
  gtk_inscription_set_text (self->title, sv_case_summary_get_household_name (summary));
  gtk_inscription_set_text (self->details, details);
  gtk_inscription_set_text (self->reason, sv_case_summary_get_reason (summary));
  gtk_widget_set_visible (self->closed, closed);

  accessible = g_strdup_printf ("%s, %s%s", sv_case_summary_get_household_name (summary), details,
                                closed ? _(", closed") : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}
