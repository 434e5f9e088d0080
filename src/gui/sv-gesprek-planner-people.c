/* sv-gesprek-planner-people.c: who is invited — parents and carers,
 * youths (invited when 8 or older on the day, computed per youth; one
 * without a date of birth is asked for it; any can be left out with a
 * reason; when present and when spoken to alone), vertrouwenspersonen
 * and the network partners who join. One expandable row per person. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-gesprek-planner-private.h"
#include "sv-gui-util.h"

#define ROWS_KEY "sv-person-rows"
#define INDEX_KEY "sv-person-index"

static SvGesprekPerson *
person_of (SvGesprekPlanner *self,
           gpointer          widget)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), INDEX_KEY));

  g_assert (index < self->draft->people->len);
  return g_ptr_array_index (self->draft->people, index);
}

static char *
status_text (SvGesprekPlanner      *self,
             const SvGesprekPerson *person)
{
  const char *role = sv_gesprek_role_label (person->role);
  int age;

  if (person->role != SV_GESPREK_YOUTH)
    return g_strdup (role);
  switch (sv_gesprek_youth_status (self->draft, person))
    {
    case SV_IG_YOUTH_INVITED:
      age = sv_date_age_on (&person->birth, &self->draft->date);
      /* TRANSLATORS: "Youth · 12 on the day: invited" */
      return g_strdup_printf (_("%s · %d on the day: invited"), role, age);
    case SV_IG_YOUTH_TOO_YOUNG:
      age = sv_date_age_on (&person->birth, &self->draft->date);
      /* TRANSLATORS: "Youth · 6 on the day: younger than 8, not invited" */
      return g_strdup_printf (_("%s · %d on the day: younger than 8, not invited"), role, age);
    case SV_IG_YOUTH_EXCLUDED:
      /* TRANSLATORS: "Youth · left out" */
      return g_strdup_printf (_("%s · left out"), role);
    case SV_IG_YOUTH_BIRTH_UNKNOWN:
    default:
      if (!g_date_valid (&person->birth))
        /* TRANSLATORS: "Youth · date of birth unknown: ask for it" */
        return g_strdup_printf (_("%s · date of birth unknown: ask for it"), role);
      /* TRANSLATORS: "Youth · choose the date to know whether to invite" */
      return g_strdup_printf (_("%s · choose the date to know whether to invite"), role);
    }
}

void
sv_gesprek_planner_update_people (SvGesprekPlanner *self)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (self->who_group), ROWS_KEY);

  for (guint i = 0; rows != NULL && i < rows->len && i < self->draft->people->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (rows, i);
      const SvGesprekPerson *person = g_ptr_array_index (self->draft->people, i);
      g_autofree char *status = status_text (self, person);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     person->name != NULL && *person->name != '\0' ? person->name : _("(no name yet)"));
      adw_expander_row_set_subtitle (row, status);
    }
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_name_changed_cb (AdwEntryRow      *row,
                    GParamSpec       *pspec,
                    SvGesprekPlanner *self)
{
  SvGesprekPerson *person = person_of (self, row);

  g_free (person->name);
  person->name = sv_entry_row_dup_text (row);
  sv_gesprek_planner_changed (self);
}

static void
on_detail_changed_cb (AdwEntryRow      *row,
                      GParamSpec       *pspec,
                      SvGesprekPlanner *self)
{
  SvGesprekPerson *person = person_of (self, row);

  g_free (person->detail);
  person->detail = sv_entry_row_dup_text (row);
  sv_gesprek_planner_changed (self);
}

static void
on_reason_changed_cb (AdwEntryRow      *row,
                      GParamSpec       *pspec,
                      SvGesprekPlanner *self)
{
  SvGesprekPerson *person = person_of (self, row);

  g_free (person->exclusion_reason);
  person->exclusion_reason = sv_entry_row_dup_text (row);
  sv_gesprek_planner_changed (self);
}

static void
on_separate_changed_cb (AdwEntryRow      *row,
                        GParamSpec       *pspec,
                        SvGesprekPlanner *self)
{
  SvGesprekPerson *person = person_of (self, row);

  g_free (person->separate_note);
  person->separate_note = sv_entry_row_dup_text (row);
  sv_gesprek_planner_changed (self);
}

static void
on_birth_changed_cb (SvDateRow        *row,
                     GParamSpec       *pspec,
                     SvGesprekPlanner *self)
{
  SvGesprekPerson *person = person_of (self, row);
  gboolean ok = sv_date_row_get_date (row, &person->birth, NULL);

  if (!ok)
    {
      g_date_clear (&person->birth, 1);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  sv_gesprek_planner_changed (self);
}

static void
on_excluded_changed_cb (GtkSwitch        *button,
                        GParamSpec       *pspec,
                        SvGesprekPlanner *self)
{
  person_of (self, button)->excluded = gtk_switch_get_active (button);
  sv_gesprek_planner_changed (self);
}

static void
on_remove_clicked_cb (GtkButton        *button,
                      SvGesprekPlanner *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), INDEX_KEY));

  g_ptr_array_remove_index (self->draft->people, index);
  sv_gesprek_planner_fill_people (self);
  sv_gesprek_planner_changed (self);
}

/* ------------------------------------------------------------------------
 * The rows
 * ------------------------------------------------------------------------ */

static GtkWidget *
tagged (GtkWidget *widget,
        guint      index)
{
  g_object_set_data (G_OBJECT (widget), INDEX_KEY, GUINT_TO_POINTER (index));
  return widget;
}

static void
add_entry (SvGesprekPlanner *self,
           AdwExpanderRow   *expander,
           guint             index,
           const char       *title,
           const char       *text,
           GCallback         callback)
{
  GtkWidget *row = tagged (adw_entry_row_new (), index);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect (row, "notify::text", callback, self);
  adw_expander_row_add_row (expander, row);
}

static GtkWidget *
person_row (SvGesprekPlanner      *self,
            const SvGesprekPerson *person,
            guint                  index)
{
  GtkWidget *expander = adw_expander_row_new ();
  /* TRANSLATORS: %s is a person's name */
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), person->name != NULL ? person->name : "");
  GtkWidget *remove = sv_icon_button_new ("user-trash-symbolic", remove_label);

  tagged (remove, index);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), remove);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);

  add_entry (self, ADW_EXPANDER_ROW (expander), index, _("Name"), person->name, G_CALLBACK (on_name_changed_cb));
  if (person->role == SV_GESPREK_PARTNER)
    add_entry (self, ADW_EXPANDER_ROW (expander), index, _("Organisation and function"), person->detail,
               G_CALLBACK (on_detail_changed_cb));
  else if (person->role == SV_GESPREK_VERTROUWENSPERSOON)
    add_entry (self, ADW_EXPANDER_ROW (expander), index, _("Whose vertrouwenspersoon"), person->detail,
               G_CALLBACK (on_detail_changed_cb));
  else if (person->role == SV_GESPREK_YOUTH)
    {
      GtkWidget *birth = tagged (sv_date_row_new (), index);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *excluded = tagged (gtk_switch_new (), index);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (birth), _("Date of birth"));
      sv_date_row_set_optional (SV_DATE_ROW (birth), TRUE);
      sv_date_row_set_date (SV_DATE_ROW (birth), &person->birth);
      g_signal_connect (birth, "notify::text", G_CALLBACK (on_birth_changed_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), birth);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Leave out of the conversation"));
      gtk_switch_set_active (GTK_SWITCH (excluded), person->excluded);
      gtk_widget_set_valign (excluded, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (excluded), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Leave out of the conversation"), -1);
      g_signal_connect (excluded, "notify::active", G_CALLBACK (on_excluded_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), excluded);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), excluded);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      add_entry (self, ADW_EXPANDER_ROW (expander), index, _("Reason for leaving out"), person->exclusion_reason,
                 G_CALLBACK (on_reason_changed_cb));
      add_entry (self, ADW_EXPANDER_ROW (expander), index, _("When present, when spoken to alone"),
                 person->separate_note, G_CALLBACK (on_separate_changed_cb));
      /* Asked, not guessed: the row is open where the date is missing. */
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), !g_date_valid (&person->birth));
    }
  if (person->name == NULL || *person->name == '\0')
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  return expander;
}

void
sv_gesprek_planner_fill_people (SvGesprekPlanner *self)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (self->who_group), ROWS_KEY);
  gboolean was_loading = self->loading;

  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (self->who_group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
  self->loading = TRUE;
  for (guint i = 0; i < self->draft->people->len; i++)
    {
      GtkWidget *row = person_row (self, g_ptr_array_index (self->draft->people, i), i);

      g_ptr_array_add (rows, row);
      adw_preferences_group_add (self->who_group, row);
    }
  self->loading = was_loading;
  sv_gesprek_planner_update_people (self);
}

void
sv_gesprek_planner_add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SvGesprekPlanner *self = SV_GESPREK_PLANNER (widget);
  SvGesprekRole role;

  if (!sv_gesprek_role_from_nick (g_variant_get_string (parameter, NULL), &role))
    return;
  sv_gesprek_add_person (self->draft, role, "");
  sv_gesprek_planner_fill_people (self);
  sv_gesprek_planner_changed (self);
}

GtkWidget *
sv_gesprek_planner_who_group (SvGesprekPlanner *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Who"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Parents and youths of 8 and older on the day are invited; everyone may bring a vertrouwenspersoon."));
  g_menu_append (menu, _("Parent or Carer"), "planner.add-person::ouder");
  g_menu_append (menu, _("Youth"), "planner.add-person::jeugdige");
  g_menu_append (menu, _("Vertrouwenspersoon"), "planner.add-person::vertrouwenspersoon");
  g_menu_append (menu, _("Network Partner"), "planner.add-person::netwerkpartner");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Add Person"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  g_object_set_data_full (G_OBJECT (group), ROWS_KEY, g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
  self->who_group = ADW_PREFERENCES_GROUP (group);
  return group;
}
