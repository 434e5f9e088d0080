/* sv-facts-editor.c: the form for the dates deadlines start from. Every
 * field may stay empty: a fact not (yet) known gives no deadline. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-date-row.h"
#include "sv-facts-editor.h"
#include "sv-field-error.h"
#include "sv-gui-util.h"

/* The date rows, in the order of SvCaseFacts, each with its message row. */
#define DATE_FIELDS(X)          \
  X (order_end)                 \
  X (vht_consultation)          \
  X (ig_date)                   \
  X (it_first_discussion)       \
  X (traject_v_start)           \
  X (vt_received)               \
  X (vt_handover)               \
  X (huisverbod_start)          \
  X (last_incident)

struct _SvFactsEditor
{
  SvFormDialog  parent_instance;

  SvStore      *store;   /* owned */
  SvCaseFacts  *facts;   /* owned */

#define DECLARE_DATE(name) SvDateRow *name##_row; SvFieldError *name##_error;
  DATE_FIELDS (DECLARE_DATE)
#undef DECLARE_DATE
  AdwComboRow  *order_kind_row;
  GtkSwitch    *care_after_18_switch;
  AdwEntryRow  *ig_time_row;
  SvFieldError *ig_time_error;
  AdwComboRow  *handover_kind_row;
  GtkSwitch    *acute_switch;
  GtkSwitch    *extended_switch;
};

G_DEFINE_FINAL_TYPE (SvFactsEditor, sv_facts_editor, SV_TYPE_FORM_DIALOG)

/* "9:30", "09.30" or "0930" → minutes after midnight; "" → -1. */
static gboolean
parse_time (const char *text,
            int        *minutes)
{
  g_autofree char *digits = g_strdup (text);
  guint hours, mins, n = 0;
  char *p = digits;

  g_strstrip (digits);
  if (*digits == '\0')
    {
      *minutes = -1;
      return TRUE;
    }
  for (char *q = digits; *q != '\0'; q++)
    if (*q == ':' || *q == '.')
      n++;
  if (n > 1)
    return FALSE;
  if (n == 0 && strlen (digits) == 4)
    return sscanf (digits, "%2u%2u", &hours, &mins) == 2 && hours < 24 && mins < 60 &&
           (*minutes = (int) (hours * 60 + mins), TRUE);
  hours = (guint) g_ascii_strtoull (p, &p, 10);
  if (p == digits || (*p != ':' && *p != '.'))
    return FALSE;
  mins = (guint) g_ascii_strtoull (p + 1, &p, 10);
  if (*p != '\0' || hours > 23 || mins > 59)
    return FALSE;
  *minutes = (int) (hours * 60 + mins);
  return TRUE;
}

static gboolean
read_date (SvDateRow    *row,
           SvFieldError *error_row,
           GDate        *out)
{
  g_autoptr(GError) error = NULL;

  if (sv_date_row_get_date (row, out, &error))
    {
      sv_field_error_set_message (error_row, NULL);
      return TRUE;
    }
  sv_field_error_set_message (error_row, error->message);
  return FALSE;
}

static gboolean
sv_facts_editor_save (SvFormDialog  *dialog,
                      GError       **error)
{
  SvFactsEditor *self = SV_FACTS_EDITOR (dialog);
  g_autoptr(SvCaseFacts) facts = sv_case_facts_copy (self->facts);
  g_autoptr(GError) local = NULL;
  gboolean ok = TRUE;
  GDate today;

#define READ_DATE(name) ok &= read_date (self->name##_row, self->name##_error, &facts->name);
  DATE_FIELDS (READ_DATE)
#undef READ_DATE

  if (!parse_time (gtk_editable_get_text (GTK_EDITABLE (self->ig_time_row)), &facts->ig_minutes))
    {
      sv_field_error_set_message (self->ig_time_error, _("Write the time as hours and minutes, for example 09:30."));
      ok = FALSE;
    }
  else
    sv_field_error_set_message (self->ig_time_error, NULL);

  facts->order_kind = adw_combo_row_get_selected (self->order_kind_row);
  facts->care_after_18_arranged = gtk_switch_get_active (self->care_after_18_switch);
  facts->vt_handover_kind = adw_combo_row_get_selected (self->handover_kind_row);
  facts->vt_handover_acute = gtk_switch_get_active (self->acute_switch);
  facts->huisverbod_extended = gtk_switch_get_active (self->extended_switch);
  if (!ok)
    return FALSE;

  /* What happened cannot lie ahead; the rules say which fields. */
  sv_date_today (&today);
  if (!sv_case_facts_validate (facts, &today, &local))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!sv_store_save_case_facts (self->store, facts, error))
    return FALSE;
  sv_case_facts_free (self->facts);
  self->facts = g_steal_pointer (&facts);
  return TRUE;
}

static void
sv_facts_editor_finalize (GObject *object)
{
  SvFactsEditor *self = SV_FACTS_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->facts, sv_case_facts_free);
  G_OBJECT_CLASS (sv_facts_editor_parent_class)->finalize (object);
}

static void
sv_facts_editor_class_init (SvFactsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sv_facts_editor_finalize;
  SV_FORM_DIALOG_CLASS (klass)->save = sv_facts_editor_save;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-facts-editor.ui");
#define BIND_DATE(name) \
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, name##_row); \
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, name##_error);
  DATE_FIELDS (BIND_DATE)
#undef BIND_DATE
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, order_kind_row);
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, care_after_18_switch);
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, ig_time_row);
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, ig_time_error);
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, handover_kind_row);
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, acute_switch);
  gtk_widget_class_bind_template_child (widget_class, SvFactsEditor, extended_switch);
}

static void
sv_facts_editor_init (SvFactsEditor *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  gtk_widget_init_template (GTK_WIDGET (self));
  SV_COMBO_ROW_FILL (self->order_kind_row, order_kind);
  SV_COMBO_ROW_FILL (self->handover_kind_row, handover_kind);
}

SvFactsEditor *
sv_facts_editor_new (GtkWindow *parent,
                     SvStore   *store,
                     gint64     case_id)
{
  g_autoptr(GError) error = NULL;
  SvFactsEditor *self;
  g_autofree char *time = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_FACTS_EDITOR, "transient-for", parent, "title", _("Dates and Deadlines"), NULL);
  self->store = g_object_ref (store);
  self->facts = sv_store_get_case_facts (store, case_id, &error);
  if (self->facts == NULL)
    {
      sv_form_dialog_show_message (SV_FORM_DIALOG (self), error->message);
      self->facts = sv_case_facts_new ();
      self->facts->case_id = case_id;
    }
#define SHOW_DATE(name) sv_date_row_set_date (self->name##_row, &self->facts->name);
  DATE_FIELDS (SHOW_DATE)
#undef SHOW_DATE
  if (self->facts->ig_minutes >= 0)
    time = g_strdup_printf ("%02d:%02d", self->facts->ig_minutes / 60, self->facts->ig_minutes % 60);
  gtk_editable_set_text (GTK_EDITABLE (self->ig_time_row), time != NULL ? time : "");
  adw_combo_row_set_selected (self->order_kind_row, self->facts->order_kind);
  gtk_switch_set_active (self->care_after_18_switch, self->facts->care_after_18_arranged);
  adw_combo_row_set_selected (self->handover_kind_row, self->facts->vt_handover_kind);
  gtk_switch_set_active (self->acute_switch, self->facts->vt_handover_acute);
  gtk_switch_set_active (self->extended_switch, self->facts->huisverbod_extended);
  return self;
}
