/* sv-autosave.c: debounced saving of text views, per field. */
#include "config.h"

#include "sv-autosave.h"
#include "sv-error.h"

typedef struct {
  SvAutosave    *owner;       /* borrowed */
  char          *key;
  GtkTextView   *view;        /* weak */
  GtkTextBuffer *buffer;      /* owned */
  gulong         changed_id;
  gulong         paste_id;
  GtkEventController *focus;  /* weak: the view owns it */
  gulong         focus_id;
  guint          timeout_id;
  gboolean       dirty;
  gboolean       conflict;
} Field;

struct _SvAutosave
{
  GObject         parent_instance;

  guint           delay_ms;
  GHashTable     *fields;     /* key → Field *, owned */
  GPtrArray      *order;      /* Field *, borrowed, in the order added */
  SvAutosaveFunc  func;
  gpointer        func_data;
  GDestroyNotify  func_destroy;

  guint           n_saves;
  gint64          max_save_us;
  gint64          total_save_us;
  guint           n_slow;       /* saves over a frame (16 ms) */
};

G_DEFINE_FINAL_TYPE (SvAutosave, sv_autosave, G_TYPE_OBJECT)

enum {
  SIGNAL_SAVED,
  SIGNAL_CONFLICT,
  SIGNAL_FAILED,
  SIGNAL_DIRTY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static void
field_free (gpointer data)
{
  Field *field = data;

  g_clear_handle_id (&field->timeout_id, g_source_remove);
  /* The view may outlive its field (the window going): it must not call
   * back into freed memory when it loses focus. */
  if (field->focus != NULL)
    g_clear_signal_handler (&field->focus_id, field->focus);
  g_clear_weak_pointer (&field->focus);
  g_clear_signal_handler (&field->changed_id, field->buffer);
  g_clear_signal_handler (&field->paste_id, field->buffer);
  g_clear_weak_pointer (&field->view);
  g_clear_object (&field->buffer);
  g_free (field->key);
  g_free (field);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  /* Hidden characters too: every character typed is kept. Embedded
   * images and widgets are not text and are left out. */
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static gboolean
save_field (SvAutosave *self,
            Field      *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 start, took;
  gboolean ok;

  g_clear_handle_id (&field->timeout_id, g_source_remove);
  if (!field->dirty || field->conflict)
    return !field->dirty;
  if (self->func == NULL)
    return FALSE;

  text = buffer_text (field->buffer);
  start = g_get_monotonic_time ();
  ok = self->func (field->key, text, self->func_data, &error);
  took = g_get_monotonic_time () - start;
  self->n_saves++;
  self->total_save_us += took;
  self->max_save_us = MAX (self->max_save_us, took);
  if (took > 16000)
    self->n_slow++;

  if (ok)
    {
      field->dirty = FALSE;
      g_signal_emit (self, signals[SIGNAL_SAVED], 0, field->key);
      return TRUE;
    }
  if (g_error_matches (error, SV_ERROR, SV_ERROR_STALE))
    {
      field->conflict = TRUE;
      g_signal_emit (self, signals[SIGNAL_CONFLICT], 0, field->key);
    }
  else
    g_signal_emit (self, signals[SIGNAL_FAILED], 0, field->key, error->message);
  return FALSE;
}

static gboolean
save_timeout_cb (gpointer data)
{
  Field *field = data;

  field->timeout_id = 0;
  save_field (field->owner, field);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      Field         *field)
{
  gboolean was_dirty = field->dirty;

  field->dirty = TRUE;
  g_clear_handle_id (&field->timeout_id, g_source_remove);
  /* A field in conflict waits for the user's choice. */
  if (!field->conflict)
    field->timeout_id = g_timeout_add (field->owner->delay_ms, save_timeout_cb, field);
  if (!was_dirty)
    g_signal_emit (field->owner, signals[SIGNAL_DIRTY], 0, field->key);
}

/* The card holds plain text: formatting pasted from another text view of
 * the app (GTK carries its tags along) is dropped at once. */
static void
on_paste_done_cb (GtkTextBuffer *buffer,
                  GdkClipboard  *clipboard,
                  Field         *field)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_all_tags (buffer, &start, &end);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   Field                   *field)
{
  save_field (field->owner, field);
}

static Field *
lookup (SvAutosave *self,
        const char *key)
{
  Field *field = g_hash_table_lookup (self->fields, key);

  if (field == NULL)
    g_critical ("No autosaved field %s", key);
  return field;
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_autosave_dispose (GObject *object)
{
  SvAutosave *self = SV_AUTOSAVE (object);

  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  if (self->func_destroy != NULL)
    self->func_destroy (self->func_data);
  self->func = NULL;
  self->func_destroy = NULL;
  G_OBJECT_CLASS (sv_autosave_parent_class)->dispose (object);
}

static void
sv_autosave_class_init (SvAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_autosave_dispose;

  /* A field's text reached the store. */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Another window saved the field since it was loaded. */
  signals[SIGNAL_CONFLICT] =
    g_signal_new ("conflict", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The save was refused for another reason (key, message). */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  /* A field got its first change since it was saved. */
  signals[SIGNAL_DIRTY] =
    g_signal_new ("dirty", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sv_autosave_init (SvAutosave *self)
{
  self->delay_ms = SV_AUTOSAVE_DELAY_MS;
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, field_free);
  self->order = g_ptr_array_new ();
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvAutosave *
sv_autosave_new (guint delay_ms)
{
  SvAutosave *self = g_object_new (SV_TYPE_AUTOSAVE, NULL);

  self->delay_ms = delay_ms > 0 ? delay_ms : SV_AUTOSAVE_DELAY_MS;
  return self;
}

void
sv_autosave_set_func (SvAutosave     *self,
                      SvAutosaveFunc  func,
                      gpointer        user_data,
                      GDestroyNotify  destroy)
{
  g_return_if_fail (SV_IS_AUTOSAVE (self));

  if (self->func_destroy != NULL)
    self->func_destroy (self->func_data);
  self->func = func;
  self->func_data = user_data;
  self->func_destroy = destroy;
}

void
sv_autosave_add (SvAutosave  *self,
                 const char  *key,
                 GtkTextView *view)
{
  Field *field;
  GtkEventController *focus;

  g_return_if_fail (SV_IS_AUTOSAVE (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (!g_hash_table_contains (self->fields, key));

  field = g_new0 (Field, 1);
  field->owner = self;
  field->key = g_strdup (key);
  g_set_weak_pointer (&field->view, view);
  field->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  gtk_text_buffer_set_enable_undo (field->buffer, TRUE);
  field->changed_id = g_signal_connect (field->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), field);
  field->paste_id = g_signal_connect (field->buffer, "paste-done", G_CALLBACK (on_paste_done_cb), field);
  focus = gtk_event_controller_focus_new ();
  field->focus_id = g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), field);
  g_set_weak_pointer (&field->focus, focus);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);
  g_hash_table_insert (self->fields, field->key, field);
  g_ptr_array_add (self->order, field);
}

GtkTextView *
sv_autosave_get_view (SvAutosave *self,
                      const char *key)
{
  Field *field;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), NULL);
  field = lookup (self, key);
  return field != NULL ? field->view : NULL;
}

void
sv_autosave_load (SvAutosave *self,
                  const char *key,
                  const char *text)
{
  Field *field;
  GtkTextIter iter;
  int offset;

  g_return_if_fail (SV_IS_AUTOSAVE (self));
  field = lookup (self, key);
  if (field == NULL)
    return;

  g_clear_handle_id (&field->timeout_id, g_source_remove);
  field->dirty = FALSE;
  field->conflict = FALSE;
  {
    g_autofree char *now = buffer_text (field->buffer);

    if (g_strcmp0 (now, text != NULL ? text : "") == 0)
      return;
  }
  gtk_text_buffer_get_iter_at_mark (field->buffer, &iter, gtk_text_buffer_get_insert (field->buffer));
  offset = gtk_text_iter_get_offset (&iter);
  g_signal_handler_block (field->buffer, field->changed_id);
  /* Loaded text is where undo starts: Ctrl+Z never empties a field that
   * was opened with text in it. */
  gtk_text_buffer_begin_irreversible_action (field->buffer);
  gtk_text_buffer_set_text (field->buffer, text != NULL ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (field->buffer);
  g_signal_handler_unblock (field->buffer, field->changed_id);
  gtk_text_buffer_get_iter_at_offset (field->buffer, &iter, offset);
  gtk_text_buffer_place_cursor (field->buffer, &iter);
}

char *
sv_autosave_dup_text (SvAutosave *self,
                      const char *key)
{
  Field *field;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), g_strdup (""));
  field = lookup (self, key);
  return field != NULL ? buffer_text (field->buffer) : g_strdup ("");
}

gboolean
sv_autosave_is_dirty (SvAutosave *self,
                      const char *key)
{
  Field *field;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), FALSE);
  field = lookup (self, key);
  return field != NULL && field->dirty;
}

gboolean
sv_autosave_has_conflict (SvAutosave *self,
                          const char *key)
{
  Field *field;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), FALSE);
  field = lookup (self, key);
  return field != NULL && field->conflict;
}

gboolean
sv_autosave_has_unsaved (SvAutosave *self)
{
  g_return_val_if_fail (SV_IS_AUTOSAVE (self), FALSE);

  for (guint i = 0; i < self->order->len; i++)
    if (((Field *) self->order->pdata[i])->dirty)
      return TRUE;
  return FALSE;
}

gboolean
sv_autosave_flush (SvAutosave *self,
                   const char *key)
{
  Field *field;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), FALSE);
  field = lookup (self, key);
  return field != NULL && save_field (self, field);
}

gboolean
sv_autosave_flush_all (SvAutosave *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), FALSE);

  for (guint i = 0; i < self->order->len; i++)
    if (!save_field (self, self->order->pdata[i]))
      ok = FALSE;
  return ok;
}

gboolean
sv_autosave_resolve (SvAutosave *self,
                     const char *key)
{
  Field *field;

  g_return_val_if_fail (SV_IS_AUTOSAVE (self), FALSE);
  field = lookup (self, key);
  if (field == NULL)
    return FALSE;
  field->conflict = FALSE;
  field->dirty = TRUE;
  return save_field (self, field);
}

guint
sv_autosave_get_n_saves (SvAutosave *self)
{
  g_return_val_if_fail (SV_IS_AUTOSAVE (self), 0);
  return self->n_saves;
}

gint64
sv_autosave_get_max_save_us (SvAutosave *self)
{
  g_return_val_if_fail (SV_IS_AUTOSAVE (self), 0);
  return self->max_save_us;
}

gint64
sv_autosave_get_total_save_us (SvAutosave *self)
{
  g_return_val_if_fail (SV_IS_AUTOSAVE (self), 0);
  return self->total_save_us;
}

guint
sv_autosave_get_n_slow (SvAutosave *self)
{
  g_return_val_if_fail (SV_IS_AUTOSAVE (self), 0);
  return self->n_slow;
}
