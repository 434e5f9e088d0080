/* sv-gui-test-util.c: helpers for widget tests. */
#include "sv-gui-test-util.h"

void
sv_gui_test_init (int    *argc,
                  char ***argv)
{
  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();
  gtk_window_set_default_icon_name ("org.overbetuwe.SamenVeilig");
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *left = user_data;

  if (*left > 0)
    (*left)--;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

void
sv_gui_test_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
sv_gui_test_frames (GtkWidget *widget,
                    guint      n_frames)
{
  guint left = n_frames;
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (5000, timeout_cb, &timed_out);

  /* A tick callback plus a timeout: iterating alone can block once the
   * frame clock goes idle. */
  gtk_widget_add_tick_callback (widget, count_frame_cb, &left, NULL);
  while (left > 0 && !timed_out)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  if (!timed_out)
    g_source_remove (timeout);
  /* Let idle work (list views filling in) run too. */
  sv_gui_test_wait (50);
}

GtkWidget *
sv_gui_test_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

GtkWidget *
sv_gui_test_find (GtkWidget *widget,
                  GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = sv_gui_test_find (child, type)) != NULL)
        return found;
    }
  return NULL;
}

GtkLabel *
sv_gui_test_find_label (GtkWidget  *widget,
                        const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);
      if ((found = sv_gui_test_find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

GtkWindow *
sv_gui_test_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        found = window;
    }
  return found;
}
