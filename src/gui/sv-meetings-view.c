/* sv-meetings-view.c: one group per standing meeting, with its rhythm,
 * chair, rules and the organisations of its fixed core and flexible shell.
 *
 * Edits of a meeting's own fields are written at once and leave the rows
 * alone; adding, moving or removing an organisation rebuilds the rows from
 * the store, and the focus goes back to where it was (or next to it).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-gui-util.h"
#include "sv-meetings-view.h"

struct _SvMeetingsView
{
  GtkWidget           parent_instance;

  AdwPreferencesPage *page;

  SvStore            *store;       /* owned */
  gulong              changed_id;
  GPtrArray          *kinds;       /* owned, of SvMeetingKind, in the groups' order */
  GPtrArray          *groups;      /* owned refs, the groups on the page */
  GHashTable         *keyed;       /* focus key → widget (borrowed) */
  GHashTable         *fallbacks;   /* focus key → key to focus when that one is gone */
  GHashTable         *expanded;    /* keys of expander rows the user opened */
  char               *focus_key;   /* where the focus goes after the next rebuild */
  guint               rebuild_id;
  gboolean            quiet;       /* writing a meeting's own fields: no rebuild */
  gboolean             stale;       /* the store changed while hidden */
};

G_DEFINE_FINAL_TYPE (SvMeetingsView, sv_meetings_view, GTK_TYPE_WIDGET)

#define KEY_DATA   "sv-focus-key"
#define KIND_DATA  "sv-kind-index"
#define PART_DATA  "sv-participant"

static void rebuild (SvMeetingsView *self);
static void rebuild_idle_cb (gpointer user_data);

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static SvMeetingKind *
kind_of (SvMeetingsView *self,
         gpointer        widget)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), KIND_DATA));

  if (self->kinds == NULL || index >= self->kinds->len)
    return NULL;
  return g_ptr_array_index (self->kinds, index);
}

static void
set_kind (gpointer widget,
          guint    index)
{
  g_object_set_data (G_OBJECT (widget), KIND_DATA, GUINT_TO_POINTER (index));
}

/* Registers @widget under @key so that focus can return to it after a
 * rebuild; @fallback (may be NULL) is tried when @widget cannot take it. */
static void
set_key (SvMeetingsView *self,
         GtkWidget      *widget,
         char           *key,       /* transfer full */
         const char     *fallback)
{
  g_object_set_data_full (G_OBJECT (widget), KEY_DATA, g_strdup (key), g_free);
  if (fallback != NULL)
    g_hash_table_replace (self->fallbacks, g_strdup (key), g_strdup (fallback));
  g_hash_table_replace (self->keyed, key, widget);
}

static char *
circle_key (gint64          kind_id,
            SvMeetingCircle circle)
{
  return g_strdup_printf ("circle:%" G_GINT64_FORMAT ":%d", kind_id, (int) circle);
}

/* The key of the widget with the keyboard focus, when it is in the view. */
static char *
dup_focused_key (SvMeetingsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;
  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    {
      const char *key = g_object_get_data (G_OBJECT (focus), KEY_DATA);

      if (key != NULL)
        return g_strdup (key);
    }
  return NULL;
}

static void
restore_focus (SvMeetingsView *self,
               const char     *key)
{
  for (guint tries = 0; key != NULL && tries < 3; tries++)
    {
      GtkWidget *widget = g_hash_table_lookup (self->keyed, key);

      if (widget != NULL && gtk_widget_get_mapped (widget) && gtk_widget_grab_focus (widget))
        return;
      key = g_hash_table_lookup (self->fallbacks, key);
    }
}

/* Writes a meeting's own fields. The rows already show the new values;
 * only a refused write brings the stored ones back. */
static void
save_kind (SvMeetingsView *self,
           SvMeetingKind  *edited)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->quiet = TRUE;
  ok = sv_store_save_meeting_kind (self->store, edited, &error);
  self->quiet = FALSE;
  if (!ok)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      if (self->rebuild_id == 0)
        self->rebuild_id = g_idle_add_once (rebuild_idle_cb, self);
    }
}

static gboolean
save_participant (SvMeetingsView       *self,
                  SvMeetingParticipant *participant,
                  const char           *focus_key)
{
  g_autoptr(GError) error = NULL;

  g_free (self->focus_key);
  self->focus_key = g_strdup (focus_key);
  if (sv_store_save_meeting_participant (self->store, participant, &error))
    return TRUE;
  g_clear_pointer (&self->focus_key, g_free);
  sv_show_error_toast (GTK_WIDGET (self), error);
  return FALSE;
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_cadence_changed_cb (GtkSpinButton  *spin,
                       SvMeetingsView *self)
{
  SvMeetingKind *kind = kind_of (self, spin);
  g_autoptr(SvMeetingKind) edited = NULL;

  if (kind == NULL || kind->cadence_weeks == (guint) gtk_spin_button_get_value_as_int (spin))
    return;
  edited = sv_meeting_kind_copy (kind);
  edited->cadence_weeks = (guint) gtk_spin_button_get_value_as_int (spin);
  save_kind (self, edited);
  kind->cadence_weeks = edited->cadence_weeks;
}

static void
on_chair_apply_cb (AdwEntryRow    *row,
                   SvMeetingsView *self)
{
  SvMeetingKind *kind = kind_of (self, row);
  g_autoptr(SvMeetingKind) edited = NULL;

  if (kind == NULL)
    return;
  edited = sv_meeting_kind_copy (kind);
  g_free (edited->chair);
  edited->chair = sv_entry_row_dup_text (row);
  save_kind (self, edited);
  g_free (kind->chair);
  kind->chair = g_strdup (edited->chair);
}

static void
on_switch_active_cb (GtkSwitch      *toggle,
                     GParamSpec     *pspec,
                     SvMeetingsView *self)
{
  SvMeetingKind *kind = kind_of (self, toggle);
  g_autoptr(SvMeetingKind) edited = NULL;
  gboolean active = gtk_switch_get_active (toggle);
  gboolean consent = g_object_get_data (G_OBJECT (toggle), "sv-consent") != NULL;

  if (kind == NULL || (consent ? kind->requires_consent : kind->invites_family) == active)
    return;
  edited = sv_meeting_kind_copy (kind);
  if (consent)
    edited->requires_consent = active;
  else
    edited->invites_family = active;
  save_kind (self, edited);
  kind->requires_consent = edited->requires_consent;
  kind->invites_family = edited->invites_family;
}

static void
on_expanded_cb (AdwExpanderRow *row,
                GParamSpec     *pspec,
                SvMeetingsView *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), KEY_DATA);

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (key));
  else
    g_hash_table_remove (self->expanded, key);
}

static void
on_move_clicked_cb (GtkButton      *button,
                    SvMeetingsView *self)
{
  SvMeetingParticipant *participant = g_object_get_data (G_OBJECT (button), PART_DATA);
  g_autoptr(SvMeetingParticipant) moved = sv_meeting_participant_copy (participant);
  g_autofree char *target = NULL;
  g_autofree char *focus = NULL;

  moved->circle = participant->circle == SV_MEETING_CIRCLE_VASTE_KERN
                  ? SV_MEETING_CIRCLE_FLEXIBELE_SCHIL : SV_MEETING_CIRCLE_VASTE_KERN;
  /* Open the circle it moves to, and keep the focus on its button there. */
  target = circle_key (moved->meeting_kind_id, moved->circle);
  g_hash_table_add (self->expanded, g_steal_pointer (&target));
  focus = g_strdup_printf ("move:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                           moved->meeting_kind_id, moved->organisation_id);
  save_participant (self, moved, focus);
}

static void
on_undo_clicked_cb (AdwToast       *toast,
                    SvMeetingsView *self)
{
  SvMeetingParticipant *removed = g_object_get_data (G_OBJECT (toast), PART_DATA);
  g_autoptr(SvMeetingParticipant) again = sv_meeting_participant_copy (removed);

  again->id = 0;
  save_participant (self, again, NULL);
}

static void
on_remove_clicked_cb (GtkButton      *button,
                      SvMeetingsView *self)
{
  SvMeetingParticipant *participant = g_object_get_data (G_OBJECT (button), PART_DATA);
  SvMeetingKind *kind = kind_of (self, button);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_free (self->focus_key);
  self->focus_key = circle_key (participant->meeting_kind_id, participant->circle);
  if (!sv_store_delete_meeting_participant (self->store, participant->id, &error))
    {
      g_clear_pointer (&self->focus_key, g_free);
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  /* TRANSLATORS: "Politie removed from LEVO" */
  message = g_strdup_printf (_("%s removed from %s"), participant->organisation_name,
                             kind != NULL ? kind->code : "");
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), PART_DATA, sv_meeting_participant_copy (participant),
                          (GDestroyNotify) sv_meeting_participant_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  sv_add_toast (GTK_WIDGET (self), toast);
}

static void
on_add_apply_cb (AdwEntryRow    *row,
                 SvMeetingsView *self)
{
  SvMeetingKind *kind = kind_of (self, row);
  g_autoptr(SvMeetingParticipant) participant = sv_meeting_participant_new ();
  g_autofree char *name = sv_entry_row_dup_text (row);
  g_autofree char *focus = NULL;

  if (kind == NULL)
    return;
  if (*name == '\0')
    {
      sv_show_toast (GTK_WIDGET (self), _("Type the name of the organisation first, then press Enter."));
      return;
    }
  participant->meeting_kind_id = kind->id;
  g_free (participant->organisation_name);
  participant->organisation_name = g_steal_pointer (&name);
  participant->circle = SV_MEETING_CIRCLE_VASTE_KERN;
  g_hash_table_add (self->expanded, circle_key (kind->id, SV_MEETING_CIRCLE_VASTE_KERN));
  focus = g_strdup_printf ("add:%" G_GINT64_FORMAT, kind->id);
  save_participant (self, participant, focus);
}

static void
on_store_changed_cb (SvStore        *store,
                     guint           what,
                     gint64          case_id,
                     SvMeetingsView *self)
{
  if (self->quiet || (what & SV_STORE_CHANGE_MEETINGS) == 0 || self->rebuild_id != 0)
    return;
  /* A hidden view is brought up to date when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  /* After the handler that wrote has returned: it may sit in a row that
   * the rebuild removes. */
  self->rebuild_id = g_idle_add_once (rebuild_idle_cb, self);
}

/* ------------------------------------------------------------------------
 * Building the rows
 * ------------------------------------------------------------------------ */

static void
add_participant_row (SvMeetingsView       *self,
                     AdwExpanderRow       *expander,
                     guint                 kind_index,
                     SvMeetingParticipant *participant)
{
  SvMeetingKind *kind = g_ptr_array_index (self->kinds, kind_index);
  g_autofree char *fallback = circle_key (participant->meeting_kind_id, participant->circle);
  g_autofree char *move_tip = NULL;
  g_autofree char *remove_tip = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *move, *remove;
  gboolean core = participant->circle == SV_MEETING_CIRCLE_VASTE_KERN;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), participant->organisation_name);

  move_tip = g_strdup_printf (core ? _("Move %s to the flexible shell") : _("Move %s to the fixed core"),
                              participant->organisation_name);
  move = sv_icon_button_new (core ? "go-down-symbolic" : "go-up-symbolic", move_tip);
  /* TRANSLATORS: "Remove Politie from LEVO" */
  remove_tip = g_strdup_printf (_("Remove %s from %s"), participant->organisation_name, kind->code);
  remove = sv_icon_button_new ("user-trash-symbolic", remove_tip);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = i == 0 ? move : remove;

      set_kind (button, kind_index);
      g_object_set_data_full (G_OBJECT (button), PART_DATA, sv_meeting_participant_copy (participant),
                              (GDestroyNotify) sv_meeting_participant_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  g_signal_connect (move, "clicked", G_CALLBACK (on_move_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  set_key (self, move, g_strdup_printf ("move:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                        participant->meeting_kind_id, participant->organisation_id), fallback);
  set_key (self, remove, g_strdup_printf ("remove:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                          participant->meeting_kind_id, participant->organisation_id), fallback);
  adw_expander_row_add_row (expander, row);
}

static GtkWidget *
new_circle_row (SvMeetingsView  *self,
                SvMeetingKind   *kind,
                guint            kind_index,
                SvMeetingCircle  circle,
                GPtrArray       *participants)
{
  GtkWidget *expander = adw_expander_row_new ();
  char *key = circle_key (kind->id, circle);
  g_autofree char *subtitle = NULL;
  guint n = 0;

  for (guint i = 0; i < participants->len; i++)
    {
      SvMeetingParticipant *participant = g_ptr_array_index (participants, i);

      if (participant->circle != circle)
        continue;
      add_participant_row (self, ADW_EXPANDER_ROW (expander), kind_index, participant);
      n++;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), sv_meeting_circle_label (circle));
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations", n), n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), g_hash_table_contains (self->expanded, key));
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_expanded_cb), self);
  set_key (self, expander, key, NULL);
  return expander;
}

static GtkWidget *
new_switch_row (SvMeetingsView *self,
                SvMeetingKind  *kind,
                guint           kind_index,
                gboolean        consent)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  const char *title = consent ? _("Only with signed consent") : _("Family always invited");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               consent
                               ? _("A case is discussed only when the residents signed a toestemmingsverklaring, except with directe onveiligheid or a zorgmijder.")
                               : _("The household is invited to take part whenever its case is discussed."));
  gtk_switch_set_active (GTK_SWITCH (toggle), consent ? kind->requires_consent : kind->invites_family);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  set_kind (toggle, kind_index);
  if (consent)
    g_object_set_data (G_OBJECT (toggle), "sv-consent", GINT_TO_POINTER (1));
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), self);
  set_key (self, toggle, g_strdup_printf ("%s:%" G_GINT64_FORMAT, consent ? "consent" : "family", kind->id), NULL);
  return row;
}

static GtkWidget *
new_group (SvMeetingsView *self,
           guint           kind_index)
{
  SvMeetingKind *kind = g_ptr_array_index (self->kinds, kind_index);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = sv_store_list_meeting_participants (self->store, kind->id, &error);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row, *spin, *add;

  /* TRANSLATORS: meeting code — name, "LEVO — Lokaal Expertiseteam Volwassenen Overbetuwe" */
  title = g_strdup_printf (C_("meeting", "%s — %s"), kind->code, kind->name);
  escaped = g_markup_escape_text (title, -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  g_free (escaped);
  escaped = g_markup_escape_text (kind->description, -1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
  if (participants == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      participants = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_meeting_participant_free);
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Weeks between meetings"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("0 when it meets per case, without a fixed rhythm"));
  spin = gtk_spin_button_new_with_range (0, 52, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), kind->cadence_weeks);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Weeks between meetings, 0 for per case"), -1);
  set_kind (spin, kind_index);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_cadence_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  set_key (self, spin, g_strdup_printf ("cadence:%" G_GINT64_FORMAT, kind->id), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Chair"));
  gtk_editable_set_text (GTK_EDITABLE (row), kind->chair);
  /* Only now: text set before shows no apply button. */
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  set_kind (row, kind_index);
  g_signal_connect (row, "apply", G_CALLBACK (on_chair_apply_cb), self);
  set_key (self, row, g_strdup_printf ("chair:%" G_GINT64_FORMAT, kind->id), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_switch_row (self, kind, kind_index, TRUE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), new_switch_row (self, kind, kind_index, FALSE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_circle_row (self, kind, kind_index, SV_MEETING_CIRCLE_VASTE_KERN, participants));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_circle_row (self, kind, kind_index, SV_MEETING_CIRCLE_FLEXIBELE_SCHIL, participants));

  add = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add organisation to the fixed core"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
  set_kind (add, kind_index);
  g_signal_connect (add, "apply", G_CALLBACK (on_add_apply_cb), self);
  set_key (self, add, g_strdup_printf ("add:%" G_GINT64_FORMAT, kind->id), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
  return group;
}

static void
rebuild (SvMeetingsView *self)
{
  self->stale = FALSE;
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;

  self->rebuild_id = 0;
  focus = self->focus_key != NULL ? g_steal_pointer (&self->focus_key) : dup_focused_key (self);

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->keyed);
  g_hash_table_remove_all (self->fallbacks);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);

  if (self->store == NULL)
    return;
  self->kinds = sv_store_list_meeting_kinds (self->store, &error);
  if (self->kinds == NULL)
    {
      sv_show_error_toast (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < self->kinds->len; i++)
    {
      GtkWidget *group = new_group (self, i);

      g_ptr_array_add (self->groups, g_object_ref (group));
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
    }
  restore_focus (self, focus);
}

static void
sv_meetings_view_map (GtkWidget *widget)
{
  SvMeetingsView *self = SV_MEETINGS_VIEW (widget);

  GTK_WIDGET_CLASS (sv_meetings_view_parent_class)->map (widget);
  if (self->stale)
    rebuild (self);
}

static void
rebuild_idle_cb (gpointer user_data)
{
  rebuild (SV_MEETINGS_VIEW (user_data));
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_meetings_view_dispose (GObject *object)
{
  SvMeetingsView *self = SV_MEETINGS_VIEW (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->keyed, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), SV_TYPE_MEETINGS_VIEW);
  G_OBJECT_CLASS (sv_meetings_view_parent_class)->dispose (object);
}

static void
sv_meetings_view_finalize (GObject *object)
{
  SvMeetingsView *self = SV_MEETINGS_VIEW (object);

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->fallbacks, g_hash_table_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->focus_key, g_free);
  G_OBJECT_CLASS (sv_meetings_view_parent_class)->finalize (object);
}

static void
sv_meetings_view_class_init (SvMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_meetings_view_dispose;
  widget_class->map = sv_meetings_view_map;
  object_class->finalize = sv_meetings_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-meetings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMeetingsView, page);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_meetings_view_init (SvMeetingsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->keyed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fallbacks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_meetings_view_set_store (SvMeetingsView *self,
                            SvStore        *store)
{
  g_return_if_fail (SV_IS_MEETINGS_VIEW (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  /* Filled when first shown: start-up only builds what it shows. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}
