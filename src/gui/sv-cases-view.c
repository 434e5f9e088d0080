/* sv-cases-view.c: case list with search-as-you-type, and the case page. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-bench-hook.h"
#include "sv-case-list-model.h"
#include "sv-case-page.h"
#include "sv-case-row.h"
#include "sv-cases-view.h"
#include "sv-exchange.h"
#include "sv-gui-util.h"

#define DEMO_RESOURCE "/org/overbetuwe/SamenVeilig/demo.json"

struct _SvCasesView
{
  GtkWidget           parent_instance;

  SvStore            *store;      /* owned */
  GSettings          *settings;   /* owned */
  SvCaseListModel    *model;      /* owned */
  GtkSingleSelection *selection;  /* owned */
  gulong              changed_id;
  gboolean            selecting;  /* the list follows the page, not the other way */
  guint               refresh_id; /* one update of the sidebar after changes */
  gboolean            reselect;

  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *closed_toggle;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *no_results_page;
  AdwStatusPage      *error_page;
  GtkLabel           *count_label;
  GtkStack           *content_stack;
  SvCasePage         *case_page;  /* made when the first case is shown */
  gint64              case_id;    /* the case shown, or 0 */
  GtkWidget          *separator;
};

G_DEFINE_FINAL_TYPE (SvCasesView, sv_cases_view, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* Which of list, empty state, no results or error the sidebar shows. */
static void
update_list_state (SvCasesView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  const GError *error = sv_case_list_model_get_error (self->model);
  const char *query = sv_case_list_model_get_query (self->model);
  gboolean searching = query != NULL && *query != '\0';
  gboolean with_closed = gtk_toggle_button_get_active (self->closed_toggle);
  g_autofree char *count = NULL;

  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "error");
    }
  else if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (!searching && sv_store_count_cases (self->store, SV_CASE_FILTER_ALL, NULL) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    {
      adw_status_page_set_title (self->no_results_page,
                                 searching ? _("No Matching Cases") : _("No Open Cases"));
      adw_status_page_set_description (self->no_results_page,
                                       searching
                                       ? (with_closed
                                          ? _("No case contains words that start with each of these. Check the spelling, or search for fewer words.")
                                          : _("No open case contains words that start with each of these. Check the spelling, or include closed cases with the button beside the search field."))
                                       : _("Every case is closed. Include closed cases with the button beside the search field."));
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
    }

  if (searching)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case found", "%u cases found", n), n);
  else if (with_closed)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case", "%u cases", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open case", "%u open cases", n), n);
  gtk_label_set_text (self->count_label, count);
}

/* The case page is built when it is first needed: start-up shows only the
 * list. */
static SvCasePage *
ensure_case_page (SvCasesView *self)
{
  if (self->case_page != NULL)
    return self->case_page;
  self->case_page = g_object_new (SV_TYPE_CASE_PAGE, NULL);
  sv_case_page_set_store (self->case_page, self->store, self->settings);
  g_object_bind_property (self->leaflet, "folded", self->case_page, "show-back-button", G_BINDING_SYNC_CREATE);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->case_page), "case");
  return self->case_page;
}

/* Keeps the list's selection on the case the page shows. */
static void
select_shown_case (SvCasesView *self)
{
  gint64 case_id = self->case_id;
  guint position = case_id != 0 ? sv_case_list_model_find (self->model, case_id) : G_MAXUINT;

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static gboolean
refresh_idle_cb (gpointer user_data)
{
  SvCasesView *self = user_data;

  self->refresh_id = 0;
  update_list_state (self);
  if (self->reselect)
    select_shown_case (self);
  self->reselect = FALSE;
  return G_SOURCE_REMOVE;
}

/* A reload arrives as two changes (all rows out, the new ones in): the
 * sidebar is brought up to date once, before the next frame is drawn. */
static void
on_items_changed_cb (GListModel  *model,
                     guint        position,
                     guint        removed,
                     guint        added,
                     SvCasesView *self)
{
  /* A reload replaces every row; a refreshed row keeps its place. */
  if (removed != 1 || added != 1)
    self->reselect = TRUE;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
on_selected_changed_cb (GtkSingleSelection *selection,
                        GParamSpec         *pspec,
                        SvCasesView        *self)
{
  SvCaseSummary *summary = gtk_single_selection_get_selected_item (selection);

  if (self->selecting || summary == NULL)
    return;
  if (sv_case_summary_get_id (summary) != self->case_id)
    sv_cases_view_show_case (self, sv_case_summary_get_id (summary));
}

static void
on_list_activate_cb (GtkListView *list_view,
                     guint        position,
                     SvCasesView *self)
{
  sv_cases_view_show_case (self, sv_case_list_model_get_case_id (self->model, position));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      SvCasesView    *self)
{
  sv_case_list_model_set_query (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search_cb (GtkSearchEntry *entry,
                   SvCasesView    *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_closed_toggled_cb (GtkToggleButton *toggle,
                      SvCasesView     *self)
{
  sv_case_list_model_set_filter (self->model,
                                 gtk_toggle_button_get_active (toggle) ? SV_CASE_FILTER_ALL : SV_CASE_FILTER_OPEN);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, sv_case_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  sv_case_row_set_summary (SV_CASE_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_store_changed_cb (SvStore     *store,
                     guint        what,
                     gint64       case_id,
                     SvCasesView *self)
{
  /* A case may have been added while the list showed the empty state. */
  if (what & SV_STORE_CHANGE_CASE_LIST)
    update_list_state (self);
}

/* ------------------------------------------------------------------------
 * Actions
 * ------------------------------------------------------------------------ */

static void
load_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SvCasesView *self = SV_CASES_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (DEMO_RESOURCE, 0, &error);
  g_autoptr(SvImportResult) result = NULL;
  g_autofree char *message = NULL;
  gsize size;
  const char *data;

  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &size);
      result = sv_exchange_import_data (self->store, data, (gssize) size, &error);
    }
  if (result == NULL)
    {
      sv_show_error_toast (widget, error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u fictitious demonstration case loaded",
                                          "%u fictitious demonstration cases loaded", result->n_cases),
                             result->n_cases);
  sv_show_toast (widget, message);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SvCasesView *self = SV_CASES_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_cases_view_dispose (GObject *object)
{
  SvCasesView *self = SV_CASES_VIEW (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_CASES_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (sv_cases_view_parent_class)->dispose (object);
}

static void
sv_cases_view_class_init (SvCasesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_cases_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-cases-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, closed_toggle);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, error_page);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SvCasesView, separator);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_closed_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "cases.load-demo", NULL, load_demo_action);
  gtk_widget_class_install_action (widget_class, "cases.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "cases.back", NULL);
}

static void
sv_cases_view_init (SvCasesView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cases"), -1);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_search_entry_set_search_delay (self->search_entry, 60);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->separator), FALSE);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_cases_view_set_store (SvCasesView *self,
                         SvStore     *store,
                         GSettings   *settings)
{
  g_return_if_fail (SV_IS_CASES_VIEW (self));
  g_return_if_fail (SV_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  self->model = sv_case_list_model_new (store);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selected_changed_cb), self);
  g_signal_connect (self->model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);

  g_settings_bind (settings, "show-closed-cases", self->closed_toggle, "active", G_SETTINGS_BIND_DEFAULT);
  update_list_state (self);
  sv_bench_hook_first_frame (GTK_WIDGET (self->list_view), "case-list");
}

void
sv_cases_view_focus_search (SvCasesView *self)
{
  g_return_if_fail (SV_IS_CASES_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
sv_cases_view_show_case (SvCasesView *self,
                         gint64       case_id)
{
  g_return_if_fail (SV_IS_CASES_VIEW (self));

  self->case_id = case_id;
  if (case_id != 0)
    sv_case_page_set_case (ensure_case_page (self), case_id);
  gtk_stack_set_visible_child_name (self->content_stack, case_id != 0 ? "case" : "none");
  select_shown_case (self);
  if (case_id != 0)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

gint64
sv_cases_view_get_case_id (SvCasesView *self)
{
  g_return_val_if_fail (SV_IS_CASES_VIEW (self), 0);
  return self->case_id;
}
