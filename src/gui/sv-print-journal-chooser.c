/* sv-print-journal-chooser.c: the journal's switch and dates of a print. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-error.h"
#include "sv-print-journal-chooser.h"

struct _SvPrintJournalChooser
{
  GtkBox     parent_instance;

  GtkSwitch *toggle;
  GtkWidget *dates;       /* the box of the dates: insensitive when off */
  GtkEntry  *entries[2];  /* from, to */
  GtkLabel  *message;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvPrintJournalChooser, sv_print_journal_chooser, GTK_TYPE_BOX)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static gboolean
parse_entry (SvPrintJournalChooser  *self,
             guint                   which,
             GDate                  *out,
             GError                **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entries[which]))));

  g_date_clear (out, 1);
  if (*text == '\0')
    return TRUE;
  if (sv_date_parse_user (text, out, &local))
    return TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self->entries[which]), "error");
  g_set_error (error, local->domain, local->code,
               which == 0
               /* TRANSLATORS: "Journal from: 31 februari 2026 does not exist: februari 2026 has 28 days" */
               ? _("Journal from: %s")
               /* TRANSLATORS: "Journal up to: There is no month 13: months run from 1 to 12" */
               : _("Journal up to: %s"), local->message);
  return FALSE;
}

static void
show_message (SvPrintJournalChooser *self,
              const char            *text)
{
  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
emit_changed (SvPrintJournalChooser *self)
{
  /* Checked now, so that the message shows before anyone asks. */
  SvOverviewOptions scratch;

  sv_overview_options_init (&scratch);
  sv_print_journal_chooser_get (self, &scratch, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_active_changed_cb (GtkSwitch             *toggle,
                      GParamSpec            *pspec,
                      SvPrintJournalChooser *self)
{
  gtk_widget_set_sensitive (self->dates, gtk_switch_get_active (toggle));
  emit_changed (self);
}

static void
on_entry_activated_cb (GtkEntry              *entry,
                       SvPrintJournalChooser *self)
{
  emit_changed (self);
}

static void
on_focus_left_cb (GtkEventControllerFocus *controller,
                  SvPrintJournalChooser   *self)
{
  emit_changed (self);
}

static void
on_text_changed_cb (GtkEditable           *editable,
                    SvPrintJournalChooser *self)
{
  /* A half-typed date is no error yet: only what is left behind is checked. */
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_print_journal_chooser_class_init (SvPrintJournalChooserClass *klass)
{
  /* Emitted when the switch turns or a date is entered or left. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
date_entry (SvPrintJournalChooser *self,
            guint                  which,
            const char            *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* TRANSLATORS: the placeholder of a date entry: day-month-year */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("dd-mm-yyyy"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 11);
  gtk_widget_set_tooltip_text (entry, _("Empty: no limit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activated_cb), self);
  g_signal_connect (entry, "changed", G_CALLBACK (on_text_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_left_cb), self);
  gtk_widget_add_controller (entry, focus);
  self->entries[which] = GTK_ENTRY (entry);
  return entry;
}

static void
sv_print_journal_chooser_init (SvPrintJournalChooser *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("Include the _Journal"));
  GtkWidget *from_label = gtk_label_new (C_("journal dates", "From"));
  GtkWidget *to_label = gtk_label_new (C_("journal dates", "up to and including"));

  self->toggle = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->toggle), GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->toggle));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  g_signal_connect (self->toggle, "notify::active", G_CALLBACK (on_active_changed_cb), self);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->toggle));
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (self), line);

  self->dates = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->dates), from_label);
  gtk_box_append (GTK_BOX (self->dates), date_entry (self, 0, _("Journal from")));
  gtk_box_append (GTK_BOX (self->dates), to_label);
  gtk_box_append (GTK_BOX (self->dates), date_entry (self, 1, _("Journal up to and including")));
  gtk_widget_set_sensitive (self->dates, FALSE);
  gtk_box_append (GTK_BOX (self), self->dates);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_label_set_max_width_chars (self->message, 50);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->message));
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

GtkWidget *
sv_print_journal_chooser_new (GtkOrientation orientation)
{
  return g_object_new (SV_TYPE_PRINT_JOURNAL_CHOOSER,
                       "orientation", orientation,
                       "spacing", orientation == GTK_ORIENTATION_VERTICAL ? 6 : 18,
                       NULL);
}

void
sv_print_journal_chooser_set (SvPrintJournalChooser *self,
                              gboolean               with_journal,
                              const GDate           *from,
                              const GDate           *to)
{
  const GDate *dates[2] = { from, to };

  g_return_if_fail (SV_IS_PRINT_JOURNAL_CHOOSER (self));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = dates[i] != NULL && g_date_valid (dates[i]) ? sv_date_format_numeric (dates[i]) : NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), text != NULL ? text : "");
    }
  gtk_switch_set_active (self->toggle, with_journal);
  gtk_widget_set_sensitive (self->dates, with_journal);
  show_message (self, NULL);
}

gboolean
sv_print_journal_chooser_get (SvPrintJournalChooser  *self,
                              SvOverviewOptions      *choices,
                              GError                **error)
{
  g_autoptr(GError) local = NULL;
  GDate from, to;

  g_return_val_if_fail (SV_IS_PRINT_JOURNAL_CHOOSER (self), FALSE);
  g_return_val_if_fail (choices != NULL, FALSE);

  show_message (self, NULL);
  /* Off, the dates do not matter: a wrong one must not stop the print. */
  if (!gtk_switch_get_active (self->toggle))
    {
      choices->with_journal = FALSE;
      return TRUE;
    }
  if (parse_entry (self, 0, &from, &local) && parse_entry (self, 1, &to, &local) &&
      g_date_valid (&from) && g_date_valid (&to) && g_date_compare (&from, &to) > 0)
    g_set_error_literal (&local, SV_ERROR, SV_ERROR_INVALID,
                         _("The journal’s start lies after its end: no entry would be printed."));
  if (local != NULL)
    {
      show_message (self, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  choices->with_journal = TRUE;
  choices->journal_from = from;
  choices->journal_to = to;
  return TRUE;
}

GtkEditable *
sv_print_journal_chooser_get_entry (SvPrintJournalChooser *self,
                                    guint                  which)
{
  g_return_val_if_fail (SV_IS_PRINT_JOURNAL_CHOOSER (self), NULL);
  g_return_val_if_fail (which < 2, NULL);
  return GTK_EDITABLE (self->entries[which]);
}
