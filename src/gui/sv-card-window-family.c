/* sv-card-window-family.c: section 1 of the Veiligheidskaart — the
 * household with ages, the informal network and the professionals, read
 * from the case and edited through the case's own editors, with room for
 * notes beyond them. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-card-window-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"
#include "sv-member-editor.h"
#include "sv-network-editor.h"
#include "sv-role-editor.h"

static GtkWidget *
person_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  return row;
}

static gint64
household_id (SvCardWindow *self)
{
  g_autoptr(SvCase) c = sv_store_get_case (self->store, self->case_id, NULL);

  return c != NULL ? c->household_id : 0;
}

static void
on_edit_member_clicked_cb (GtkButton    *button,
                           SvCardWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sv-id"));
  g_autoptr(GPtrArray) members = sv_store_list_members (self->store, household_id (self), NULL);

  for (guint i = 0; members != NULL && i < members->len; i++)
    if (((SvMember *) members->pdata[i])->id == id)
      gtk_window_present (GTK_WINDOW (sv_member_editor_new (GTK_WINDOW (self), self->store, members->pdata[i])));
}

static void
on_edit_network_clicked_cb (GtkButton    *button,
                            SvCardWindow *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "sv-id"));
  g_autoptr(GPtrArray) network = sv_store_list_network (self->store, household_id (self), NULL);

  for (guint i = 0; network != NULL && i < network->len; i++)
    if (((SvNetworkMember *) network->pdata[i])->id == id)
      gtk_window_present (GTK_WINDOW (sv_network_editor_new (GTK_WINDOW (self), self->store, network->pdata[i])));
}

static void
on_add_member_clicked_cb (GtkButton    *button,
                          SvCardWindow *self)
{
  g_autoptr(SvMember) member = sv_member_new ();

  member->household_id = household_id (self);
  gtk_window_present (GTK_WINDOW (sv_member_editor_new (GTK_WINDOW (self), self->store, member)));
}

static void
on_add_network_clicked_cb (GtkButton    *button,
                           SvCardWindow *self)
{
  g_autoptr(SvNetworkMember) person = sv_network_member_new ();

  person->household_id = household_id (self);
  gtk_window_present (GTK_WINDOW (sv_network_editor_new (GTK_WINDOW (self), self->store, person)));
}

static void
on_add_role_clicked_cb (GtkButton    *button,
                        SvCardWindow *self)
{
  gtk_window_present (GTK_WINDOW (sv_role_editor_new (GTK_WINDOW (self), self->store, self->case_id)));
}

static void
add_edit_button (SvCardWindow *self,
                 GtkWidget    *row,
                 const char   *name,
                 gint64        id,
                 GCallback     callback)
{
  g_autofree char *tooltip = g_strdup_printf (_("Edit %s"), name);
  GtkWidget *button = sv_icon_button_new ("document-edit-symbolic", tooltip);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "sv-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

#define ROWS_KEY "sv-expander-rows"

/* One line per part of the family, folded: what it holds at a glance in
 * its subtitle, the people inside, and a button to add someone. */
static AdwExpanderRow *
add_part (SvCardWindow        *self,
          AdwPreferencesGroup *group,
          const char          *title,
          const char          *add_tooltip,
          GCallback            add_callback)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *add = sv_icon_button_new ("list-add-symbolic", add_tooltip);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect (add, "clicked", add_callback, self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), add);
  g_object_set_data_full (G_OBJECT (row), ROWS_KEY, g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
  adw_preferences_group_add (group, row);
  return ADW_EXPANDER_ROW (row);
}

static void
part_clear (AdwExpanderRow *part)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (part), ROWS_KEY);

  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_remove (part, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static void
part_add (AdwExpanderRow *part,
          GtkWidget      *row)
{
  g_ptr_array_add (g_object_get_data (G_OBJECT (part), ROWS_KEY), row);
  adw_expander_row_add_row (part, row);
}

GtkWidget *
sv_card_window_build_family (SvCardWindow *self)
{
  GtkWidget *section = sv_card_window_add_section (self, 1, _("Family and Network"),
                                                   _("From the case: the household with ages, the informal network and the professionals involved. "
                                                     "Changes here change the case."));
  GtkWidget *group = adw_preferences_group_new ();

  self->members_row = add_part (self, ADW_PREFERENCES_GROUP (group), _("Household"), _("Add a household member"),
                                G_CALLBACK (on_add_member_clicked_cb));
  self->network_row = add_part (self, ADW_PREFERENCES_GROUP (group), _("Informal Network"),
                                _("Add someone of the informal network"), G_CALLBACK (on_add_network_clicked_cb));
  self->roles_row = add_part (self, ADW_PREFERENCES_GROUP (group), _("Professionals"),
                              _("Link a professional to this case"), G_CALLBACK (on_add_role_clicked_cb));
  gtk_box_append (GTK_BOX (section), group);
  sv_card_window_add_text (self, section, SV_CARD_FIELD_GEZIN_NETWERK, _("Notes on the family and network"));
  return section;
}

static char *
describe_member (const SvMember *member)
{
  g_autofree char *born = NULL;
  GDate today;
  int age;

  if (!g_date_valid (&member->birth_date))
    return g_strdup_printf (_("%s · date of birth unknown"), sv_member_role_label (member->role));
  sv_date_today (&today);
  age = sv_date_age_on (&member->birth_date, &today);
  born = sv_date_format_medium (&member->birth_date);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d year · born %s", "%s · %d years · born %s", age),
                          sv_member_role_label (member->role), age, born);
}

/* "Mark (42), Anna (40), Zoë (14)": who is there, in one line. */
static void
set_summary (AdwExpanderRow *part,
             GString        *summary,
             const char     *empty)
{
  adw_expander_row_set_subtitle (part, summary->len > 0 ? summary->str : empty);
}

void
sv_card_window_fill_family (SvCardWindow *self)
{
  gint64 hid = household_id (self);
  g_autoptr(GPtrArray) members = sv_store_list_members (self->store, hid, NULL);
  g_autoptr(GPtrArray) network = sv_store_list_network (self->store, hid, NULL);
  g_autoptr(GPtrArray) roles = sv_store_list_case_roles (self->store, self->case_id, NULL);
  g_autoptr(GString) summary = g_string_new (NULL);
  GDate today;

  sv_date_today (&today);
  part_clear (self->members_row);
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      SvMember *m = members->pdata[i];
      g_autofree char *name = sv_member_dup_full_name (m);
      g_autofree char *details = describe_member (m);
      GtkWidget *row = person_row (name, details);

      add_edit_button (self, row, name, m->id, G_CALLBACK (on_edit_member_clicked_cb));
      part_add (self->members_row, row);
      if (summary->len > 0)
        g_string_append (summary, ", ");
      g_string_append (summary, *m->given_names != '\0' ? m->given_names : name);
      if (g_date_valid (&m->birth_date))
        g_string_append_printf (summary, " (%d)", sv_date_age_on (&m->birth_date, &today));
    }
  set_summary (self->members_row, summary, _("No household members yet"));

  g_string_truncate (summary, 0);
  part_clear (self->network_row);
  for (guint i = 0; network != NULL && i < network->len; i++)
    {
      SvNetworkMember *p = network->pdata[i];
      GtkWidget *row = person_row (p->name, p->relation);

      add_edit_button (self, row, p->name, p->id, G_CALLBACK (on_edit_network_clicked_cb));
      part_add (self->network_row, row);
      if (summary->len > 0)
        g_string_append (summary, ", ");
      g_string_append (summary, p->name);
      if (*p->relation != '\0')
        g_string_append_printf (summary, " (%s)", p->relation);
    }
  set_summary (self->network_row, summary, _("No one of the informal network recorded yet"));

  g_string_truncate (summary, 0);
  part_clear (self->roles_row);
  for (guint i = 0; roles != NULL && i < roles->len; i++)
    {
      SvCaseRole *role = roles->pdata[i];
      g_autoptr(GString) details = g_string_new (sv_case_role_label (role->role));

      if (*role->professional->organisation_name != '\0')
        g_string_append_printf (details, " · %s", role->professional->organisation_name);
      part_add (self->roles_row, person_row (role->professional->name, details->str));
      if (summary->len > 0)
        g_string_append (summary, ", ");
      g_string_append_printf (summary, "%s (%s)", role->professional->name, sv_case_role_label (role->role));
    }
  set_summary (self->roles_row, summary, _("No professionals linked yet"));
}
