/* sv-professionals-view.c: the list of professionals, with their
 * organisation, function and how to reach them; add and edit. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"
#include "sv-professional-editor.h"
#include "sv-professionals-view.h"

struct _SvProfessionalsView
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  AdwPreferencesGroup *group;

  SvStore             *store;          /* owned */
  gulong               changed_id;
  GPtrArray           *professionals;  /* owned, of SvProfessional, as listed */
  gboolean             stale;       /* the store changed while hidden */
};

G_DEFINE_FINAL_TYPE (SvProfessionalsView, sv_professionals_view, GTK_TYPE_WIDGET)

#define ID_DATA "sv-professional-id"

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
open_editor (SvProfessionalsView  *self,
             const SvProfessional *professional)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SvProfessionalEditor *editor;

  if (self->store == NULL)
    return;
  editor = sv_professional_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->store, professional);
  gtk_window_present (GTK_WINDOW (editor));
}

/* "wijkagent · Politie · j.devries@politie.nl · 06-12345678", leaving out
 * what is not known. */
static char *
dup_details (const SvProfessional *professional)
{
  /* What someone does on the first line, how to reach them on the second:
   * a wrapped line never ends in a dangling separator. */
  const char *parts[] = {
    professional->function, professional->organisation_name, NULL,
    professional->email, professional->phone,
  };
  GString *details = g_string_new (NULL);
  gboolean line_empty = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL)
        {
          line_empty = TRUE;
          continue;
        }
      if (*parts[i] == '\0')
        continue;
      if (!line_empty)
        g_string_append (details, C_("list separator", " · "));
      else if (details->len > 0)
        g_string_append_c (details, '\n');
      g_string_append (details, parts[i]);
      line_empty = FALSE;
    }
  return g_string_free (details, FALSE);
}

static gint64
focused_professional (SvProfessionalsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    {
      gint64 *id = g_object_get_data (G_OBJECT (focus), ID_DATA);

      if (id != NULL)
        return *id;
    }
  return 0;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_edit_clicked_cb (GtkButton           *button,
                    SvProfessionalsView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), ID_DATA);

  for (guint i = 0; self->professionals != NULL && i < self->professionals->len; i++)
    {
      SvProfessional *professional = g_ptr_array_index (self->professionals, i);

      if (professional->id == *id)
        {
          open_editor (self, professional);
          return;
        }
    }
}

static void
on_add_clicked_cb (GtkButton           *button,
                   SvProfessionalsView *self)
{
  open_editor (self, NULL);
}

static void
rebuild (SvProfessionalsView *self)
{
  self->stale = FALSE;
  g_autoptr(GError) error = NULL;
  gint64 focused = focused_professional (self);
  GtkWidget *refocus = NULL;

  sv_group_clear_rows (self->group);
  g_clear_pointer (&self->professionals, g_ptr_array_unref);
  if (self->store == NULL)
    return;
  self->professionals = sv_store_list_professionals (self->store, &error);
  if (self->professionals == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }

  for (guint i = 0; i < self->professionals->len; i++)
    {
      SvProfessional *professional = g_ptr_array_index (self->professionals, i);
      g_autofree char *details = dup_details (professional);
      g_autofree char *tooltip = g_strdup_printf (_("Edit %s"), professional->name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit = sv_icon_button_new ("document-edit-symbolic", tooltip);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), professional->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      g_object_set_data_full (G_OBJECT (edit), ID_DATA, g_memdup2 (&professional->id, sizeof (gint64)), g_free);
      g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
      sv_group_add_row (self->group, row);
      if (professional->id == focused)
        refocus = edit;
    }
  gtk_stack_set_visible_child_name (self->stack, self->professionals->len > 0 ? "list" : "empty");
  if (refocus != NULL)
    gtk_widget_grab_focus (refocus);
}

static void
on_store_changed_cb (SvStore             *store,
                     guint                what,
                     gint64               case_id,
                     SvProfessionalsView *self)
{
  if (!(what & SV_STORE_CHANGE_PROFESSIONALS))
    return;
  /* A hidden view is brought up to date when it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

static void
sv_professionals_view_map (GtkWidget *widget)
{
  SvProfessionalsView *self = SV_PROFESSIONALS_VIEW (widget);

  GTK_WIDGET_CLASS (sv_professionals_view_parent_class)->map (widget);
  if (self->stale)
    rebuild (self);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_professionals_view_dispose (GObject *object)
{
  SvProfessionalsView *self = SV_PROFESSIONALS_VIEW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (object), SV_TYPE_PROFESSIONALS_VIEW);
  G_OBJECT_CLASS (sv_professionals_view_parent_class)->dispose (object);
}

static void
sv_professionals_view_finalize (GObject *object)
{
  SvProfessionalsView *self = SV_PROFESSIONALS_VIEW (object);

  g_clear_pointer (&self->professionals, g_ptr_array_unref);
  G_OBJECT_CLASS (sv_professionals_view_parent_class)->finalize (object);
}

static void
sv_professionals_view_class_init (SvProfessionalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_professionals_view_dispose;
  widget_class->map = sv_professionals_view_map;
  object_class->finalize = sv_professionals_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-professionals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalsView, stack);
  gtk_widget_class_bind_template_child (widget_class, SvProfessionalsView, group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_professionals_view_init (SvProfessionalsView *self)
{
  GtkWidget *add;

  gtk_widget_init_template (GTK_WIDGET (self));
  add = sv_icon_button_new ("list-add-symbolic", _("Add professional"));
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_preferences_group_set_header_suffix (self->group, add);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_professionals_view_set_store (SvProfessionalsView *self,
                                 SvStore             *store)
{
  g_return_if_fail (SV_IS_PROFESSIONALS_VIEW (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  /* Filled when first shown: start-up only builds what it shows. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}
