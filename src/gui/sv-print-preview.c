/* sv-print-preview.c: a print's pages on the screen. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-print-journal-chooser.h"
#include "sv-print-pdf.h"
#include "sv-print-preview.h"

#define SCALE      1.25    /* pixels per point: about the paper's size */
#define PAGE_GAP   18

struct _SvPrintPreview
{
  AdwWindow         parent_instance;

  SvPrintOperation *operation;    /* owned: what makes the document */
  GtkPageSetup     *setup;        /* owned */
  SvPrintDoc       *doc;          /* owned; NULL when it could not be made */
  SvOverviewOptions choices;

  GtkDropDown      *names_drop;
  GtkWidget        *journal_bar;  /* shown when the document has a journal */
  SvPrintJournalChooser *journal_chooser;
  GtkBox           *pages;
};

G_DEFINE_FINAL_TYPE (SvPrintPreview, sv_print_preview, ADW_TYPE_WINDOW)

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SvPrintPreview *self = user_data;
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page"));

  /* Paper is white in a dark theme too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->doc == NULL || page >= sv_print_doc_get_n_pages (self->doc))
    return;
  cairo_scale (cr, SCALE, SCALE);
  sv_print_doc_draw_page (self->doc, cr, page);
}

static void
rebuild (SvPrintPreview *self)
{
  g_autoptr(GError) error = NULL;
  PangoContext *context;
  SvPageGeometry geometry;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))) != NULL)
    gtk_box_remove (self->pages, child);
  g_clear_pointer (&self->doc, sv_print_doc_free);

  /* A wrong date previews nothing, and nothing can be printed from here,
   * rather than a journal of other dates than were asked for. */
  if (gtk_widget_get_visible (self->journal_bar) &&
      !sv_print_journal_chooser_get (self->journal_chooser, &self->choices, &error))
    context = NULL;
  else
    {
      context = sv_print_pdf_context_new ();
      sv_print_geometry_for_setup (self->setup, &geometry);
      self->doc = sv_print_operation_build_doc (self->operation, context, &geometry, &self->choices, &error);
      g_object_unref (context);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", self->doc != NULL);
  if (self->doc == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Nothing to Preview"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
      gtk_box_append (self->pages, status);
      return;
    }

  n = sv_print_doc_get_n_pages (self->doc);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      /* TRANSLATORS: the accessible name of a page in the print preview */
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, n);

      g_object_set_data (G_OBJECT (area), "page", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int) (geometry.width * SCALE));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int) (geometry.height * SCALE));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb, self, NULL);
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (area, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_box_append (self->pages, area);
    }
}

static void
on_names_selected_cb (GtkDropDown    *drop,
                      GParamSpec     *pspec,
                      SvPrintPreview *self)
{
  SvOverviewNames names = gtk_drop_down_get_selected (drop) == 1 ? SV_OVERVIEW_NAMES_INITIALS
                                                                 : SV_OVERVIEW_NAMES_FULL;

  if (names != self->choices.names)
    {
      self->choices.names = names;
      rebuild (self);
    }
}

static void
on_journal_changed_cb (SvPrintJournalChooser *chooser,
                       SvPrintPreview        *self)
{
  rebuild (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SvPrintPreview *self = SV_PRINT_PREVIEW (widget);
  g_autoptr(SvPrintOperation) operation = sv_print_operation_new_like (self->operation);

  sv_print_operation_set_names (operation, self->choices.names);
  sv_print_operation_set_journal (operation, self->choices.with_journal,
                                  &self->choices.journal_from, &self->choices.journal_to);
  sv_print_operation_run_for (operation, widget, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG);
}

static void
sv_print_preview_dispose (GObject *object)
{
  SvPrintPreview *self = SV_PRINT_PREVIEW (object);

  g_clear_pointer (&self->doc, sv_print_doc_free);
  g_clear_object (&self->operation);
  g_clear_object (&self->setup);
  G_OBJECT_CLASS (sv_print_preview_parent_class)->dispose (object);
}

static void
sv_print_preview_class_init (SvPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_print_preview_dispose;
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sv_print_preview_init (SvPrintPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 820, 900);

  /* The choices come with the operation (sv_print_preview_new). */
  self->names_drop = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->names_drop), _("Names of the family on the print"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->names_drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Names of the family on the print"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->names_drop));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "preview.print");
  gtk_widget_add_css_class (print, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  gtk_box_append (GTK_BOX (box), header);

  self->journal_chooser = SV_PRINT_JOURNAL_CHOOSER (sv_print_journal_chooser_new (GTK_ORIENTATION_HORIZONTAL));
  g_signal_connect (self->journal_chooser, "changed", G_CALLBACK (on_journal_changed_cb), self);
  self->journal_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->journal_bar, "toolbar");
  gtk_widget_set_margin_start (GTK_WIDGET (self->journal_chooser), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->journal_chooser), 6);
  gtk_box_append (GTK_BOX (self->journal_bar), GTK_WIDGET (self->journal_chooser));
  gtk_widget_set_visible (self->journal_bar, FALSE);
  gtk_box_append (GTK_BOX (box), self->journal_bar);

  self->pages = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, PAGE_GAP));
  gtk_widget_set_margin_top (GTK_WIDGET (self->pages), PAGE_GAP);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->pages), PAGE_GAP);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->pages));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
sv_print_preview_new (GtkWindow        *parent,
                      SvPrintOperation *operation,
                      GtkPageSetup     *setup)
{
  SvPrintPreview *self;
  const SvPrintNamesChoice *choice;
  const char *choices[3] = { NULL, NULL, NULL };
  GtkStringList *model;

  g_return_val_if_fail (SV_IS_PRINT_OPERATION (operation), NULL);

  self = g_object_new (SV_TYPE_PRINT_PREVIEW, "transient-for", parent, NULL);
  self->operation = g_object_ref (operation);
  self->setup = setup != NULL ? g_object_ref (setup) : gtk_page_setup_new ();
  if (setup == NULL)
    {
      GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      gtk_page_setup_set_paper_size_and_default_margins (self->setup, a4);
      gtk_paper_size_free (a4);
    }
  choice = sv_print_operation_get_names_choice (operation);
  choices[0] = _(choice->full_short);
  choices[1] = _(choice->masked_short);
  model = gtk_string_list_new (choices);
  gtk_drop_down_set_model (self->names_drop, G_LIST_MODEL (model));
  g_object_unref (model);
  sv_overview_options_init (&self->choices);
  self->choices.names = sv_print_operation_get_names (operation);
  self->choices.with_card = sv_print_operation_get_card (operation);
  self->choices.with_journal = sv_print_operation_get_journal (operation, &self->choices.journal_from,
                                                               &self->choices.journal_to);
  gtk_drop_down_set_selected (self->names_drop, self->choices.names == SV_OVERVIEW_NAMES_INITIALS ? 1 : 0);
  if (choice->journal)
    {
      g_signal_handlers_block_by_func (self->journal_chooser, on_journal_changed_cb, self);
      sv_print_journal_chooser_set (self->journal_chooser, self->choices.with_journal,
                                    &self->choices.journal_from, &self->choices.journal_to);
      g_signal_handlers_unblock_by_func (self->journal_chooser, on_journal_changed_cb, self);
      gtk_widget_set_visible (self->journal_bar, TRUE);
    }
  g_signal_connect (self->names_drop, "notify::selected", G_CALLBACK (on_names_selected_cb), self);
  rebuild (self);
  return GTK_WIDGET (self);
}

guint
sv_print_preview_get_n_pages (SvPrintPreview *self)
{
  g_return_val_if_fail (SV_IS_PRINT_PREVIEW (self), 0);
  return self->doc != NULL ? sv_print_doc_get_n_pages (self->doc) : 0;
}

SvOverviewNames
sv_print_preview_get_names (SvPrintPreview *self)
{
  g_return_val_if_fail (SV_IS_PRINT_PREVIEW (self), SV_OVERVIEW_NAMES_FULL);
  return self->choices.names;
}

void
sv_print_preview_set_names (SvPrintPreview  *self,
                            SvOverviewNames  names)
{
  g_return_if_fail (SV_IS_PRINT_PREVIEW (self));
  gtk_drop_down_set_selected (self->names_drop, names == SV_OVERVIEW_NAMES_INITIALS ? 1 : 0);
}

SvPrintJournalChooser *
sv_print_preview_get_journal_chooser (SvPrintPreview *self)
{
  g_return_val_if_fail (SV_IS_PRINT_PREVIEW (self), NULL);
  return self->journal_chooser;
}

SvPrintDoc *
sv_print_preview_get_doc (SvPrintPreview *self)
{
  g_return_val_if_fail (SV_IS_PRINT_PREVIEW (self), NULL);
  return self->doc;
}
