/* sv-case-page.c: the page of one case. Each section is rebuilt from the
 * store when the case changes, so what is shown is what was saved. */
#include "config.h"

#include <glib/gi18n.h>

#include "sv-case-page-private.h"
#include "sv-date.h"
#include "sv-gui-util.h"

G_DEFINE_FINAL_TYPE (SvCasePage, sv_case_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

static GtkWidget *
info_row (const char *title,
          const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : "—");
  /* Values are data, never markup: a name may hold "<" or "&". */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
person_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
empty_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* A button on a row that runs a page action with the record's id. */
static void
add_row_button (GtkWidget  *row,
                const char *icon_name,
                const char *tooltip,
                const char *action,
                gint64      id)
{
  GtkWidget *button = sv_icon_button_new (icon_name, tooltip);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
fill_header (SvCasePage  *self,
             SvHousehold *household)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *closed_on = NULL;

  gtk_label_set_text (self->title_label, household != NULL ? household->name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  household != NULL ? household->name : "", -1);
  if (self->record->status == SV_CASE_STATUS_GESLOTEN)
    {
      closed_on = sv_date_format_medium (&self->record->closed_on);
      /* TRANSLATORS: "Case 2026-0012 · closed on 3 December 2026" */
      subtitle = g_strdup_printf (_("Case %s · closed on %s"), self->record->number, closed_on);
    }
  else
    /* TRANSLATORS: "Case 2026-0012 · open" */
    subtitle = g_strdup_printf (_("Case %s · open"), self->record->number);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.close", self->record->status == SV_CASE_STATUS_OPEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.reopen", self->record->status == SV_CASE_STATUS_GESLOTEN);
  sv_case_page_update_erase (self);
}

static void
fill_report (SvCasePage *self)
{
  SvCase *c = self->record;
  g_autofree char *received = sv_date_format_long (&c->received);
  g_autofree char *source = NULL;

  sv_group_clear_rows (self->report_group);
  sv_group_add_row (self->report_group, info_row (_("Kind of report"), sv_report_kind_label (c->report_kind)));
  source = *c->source_detail != '\0'
           ? g_strdup_printf ("%s — %s", sv_report_source_label (c->source), c->source_detail)
           : g_strdup (sv_report_source_label (c->source));
  sv_group_add_row (self->report_group, info_row (_("Reported by"), source));
  sv_group_add_row (self->report_group, info_row (_("Received"), received));
  sv_group_add_row (self->report_group, info_row (_("Reason"), c->reason));
  if (c->status == SV_CASE_STATUS_GESLOTEN)
    {
      g_autofree char *closed = sv_date_format_long (&c->closed_on);

      sv_group_add_row (self->report_group, info_row (_("Closed on"), closed));
      sv_group_add_row (self->report_group, info_row (_("Closing note"), c->closing_note));
    }
}

static void
fill_consent (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvConsent) consent = sv_store_get_consent (self->store, self->case_id, &error);
  g_autofree char *why = NULL;
  g_autofree char *status = NULL;
  g_autofree char *levo = NULL;
  gboolean allowed;
  GtkWidget *row, *icon;

  sv_group_clear_rows (self->consent_group);
  if (consent == NULL)
    {
      sv_group_add_row (self->consent_group, empty_row (error->message));
      return;
    }

  allowed = sv_consent_allows_discussion (self->record->report_kind, consent, &why);
  if (consent->status == SV_CONSENT_STATUS_ONBEKEND)
    status = g_strdup (sv_consent_required (self->record->report_kind)
                       ? _("Not yet asked")
                       : _("Not needed for a zorgmelding from Veilig Thuis"));
  else
    {
      g_autofree char *date = sv_date_format_medium (&consent->date);

      /* TRANSLATORS: "Given on 4 November 2026 by Anna Voorbeeld" */
      status = consent->status == SV_CONSENT_STATUS_GEGEVEN
               ? g_strdup_printf (_("Given on %s by %s"), date, consent->given_by)
               : g_strdup_printf (_("Refused on %s"), date);
    }
  sv_group_add_row (self->consent_group, info_row (_("Toestemmingsverklaring"), status));
  if (consent->status != SV_CONSENT_STATUS_ONBEKEND)
    sv_group_add_row (self->consent_group, info_row (_("Scope"), consent->scope));
  if (consent->exception != SV_CONSENT_EXCEPTION_GEEN)
    sv_group_add_row (self->consent_group, info_row (_("Exception"), sv_consent_exception_label (consent->exception)));

  /* The LEVO rule (seed 000): discussed only with signed consent, except
   * directe onveiligheid and zorgmijders. */
  if (allowed)
    levo = g_strdup (consent->status == SV_CONSENT_STATUS_GEGEVEN || !sv_consent_required (self->record->report_kind)
                     ? _("May be discussed")
                     : _("May be discussed without consent, because of the exception"));
  row = info_row (_("Discussion in LEVO"), allowed ? levo : why);
  icon = gtk_image_new_from_icon_name (allowed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (icon, allowed ? "success" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  sv_group_add_row (self->consent_group, row);
  if (*consent->note != '\0')
    sv_group_add_row (self->consent_group, info_row (_("Note"), consent->note));
}

static char *
describe_member (const SvMember *member)
{
  g_autofree char *born = NULL;
  GDate today;
  int age;

  if (!g_date_valid (&member->birth_date))
    /* TRANSLATORS: "Youth · date of birth unknown" */
    return g_strdup_printf (_("%s · date of birth unknown"), sv_member_role_label (member->role));
  sv_date_today (&today);
  age = sv_date_age_on (&member->birth_date, &today);
  born = sv_date_format_medium (&member->birth_date);
  /* TRANSLATORS: "Youth · 12 years · born 3 March 2014" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d year · born %s", "%s · %d years · born %s", age),
                          sv_member_role_label (member->role), age, born);
}

static void
fill_members (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = sv_store_list_members (self->store, self->record->household_id, &error);

  sv_group_clear_rows (self->members_group);
  if (members == NULL || members->len == 0)
    {
      sv_group_add_row (self->members_group,
                        empty_row (members == NULL ? error->message : _("No household members yet")));
      return;
    }
  for (guint i = 0; i < members->len; i++)
    {
      SvMember *member = members->pdata[i];
      g_autofree char *name = sv_member_dup_full_name (member);
      g_autofree char *details = describe_member (member);
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), name);
      g_autofree char *remove = g_strdup_printf (_("Remove %s from the household"), name);
      GtkWidget *row = person_row (name, details);

      add_row_button (row, "document-edit-symbolic", edit, "case.edit-member", member->id);
      add_row_button (row, "user-trash-symbolic", remove, "case.remove-member", member->id);
      sv_group_add_row (self->members_group, row);
    }
}

static void
fill_network (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) network = sv_store_list_network (self->store, self->record->household_id, &error);

  sv_group_clear_rows (self->network_group);
  if (network == NULL || network->len == 0)
    {
      sv_group_add_row (self->network_group,
                        empty_row (network == NULL ? error->message : _("No one of the informal network recorded yet")));
      return;
    }
  for (guint i = 0; i < network->len; i++)
    {
      SvNetworkMember *person = network->pdata[i];
      g_autofree char *details = NULL;
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), person->name);
      g_autofree char *remove = g_strdup_printf (_("Remove %s from the network"), person->name);
      GtkWidget *row;

      details = *person->contact != '\0'
                ? g_strdup_printf ("%s · %s", person->relation, person->contact)
                : g_strdup (person->relation);
      row = person_row (person->name, details);
      add_row_button (row, "document-edit-symbolic", edit, "case.edit-network", person->id);
      add_row_button (row, "user-trash-symbolic", remove, "case.remove-network", person->id);
      sv_group_add_row (self->network_group, row);
    }
}

static void
fill_roles (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) roles = sv_store_list_case_roles (self->store, self->case_id, &error);

  sv_group_clear_rows (self->roles_group);
  if (roles == NULL || roles->len == 0)
    {
      sv_group_add_row (self->roles_group,
                        empty_row (roles == NULL ? error->message : _("No professionals linked yet")));
      return;
    }
  for (guint i = 0; i < roles->len; i++)
    {
      SvCaseRole *role = roles->pdata[i];
      SvProfessional *p = role->professional;
      g_autoptr(GString) details = g_string_new (sv_case_role_label (role->role));
      g_autofree char *remove = g_strdup_printf (_("Remove %s from this case"), p->name);
      GtkWidget *row;

      if (*p->organisation_name != '\0')
        g_string_append_printf (details, " · %s", p->organisation_name);
      /* "Jeugdconsulent" as function and as role says it once. */
      if (*p->function != '\0' && g_utf8_collate (p->function, sv_case_role_label (role->role)) != 0)
        g_string_append_printf (details, " · %s", p->function);
      if (*role->note != '\0')
        g_string_append_printf (details, " · %s", role->note);
      row = person_row (p->name, details->str);
      add_row_button (row, "user-trash-symbolic", remove, "case.remove-role", role->id);
      sv_group_add_row (self->roles_group, row);
    }
}

/* Where the Veiligheidskaart stands: its latest version. */
static void
fill_card (SvCasePage *self)
{
  g_autoptr(GPtrArray) versions = sv_store_list_card_versions (self->store, self->case_id, NULL);
  g_autofree char *subtitle = NULL;

  if (versions != NULL && versions->len > 0)
    {
      SvCardVersion *v = versions->pdata[0];

      if (sv_card_version_is_sent (v))
        {
          g_autofree char *sent = sv_date_format_medium (&v->sent_on);

          /* TRANSLATORS: "Latest: version 2, sent on 23 November 2026" */
          subtitle = g_strdup_printf (_("Latest: version %u, sent on %s"), v->number, sent);
        }
      else
        /* TRANSLATORS: "Latest: version 2, Definitief" */
        subtitle = g_strdup_printf (_("Latest: version %u, %s"), v->number, sv_card_status_label (v->status));
    }
  adw_action_row_set_subtitle (self->card_row, subtitle != NULL ? subtitle : _("No version made yet"));
}

static void
reload (SvCasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvHousehold) household = NULL;

  g_clear_pointer (&self->record, sv_case_free);
  if (self->store == NULL || self->case_id == 0)
    return;
  self->record = sv_store_get_case (self->store, self->case_id, &error);
  if (self->record == NULL)
    {
      gtk_label_set_text (self->title_label, error->message);
      gtk_label_set_text (self->subtitle_label, "");
      return;
    }
  household = sv_store_get_household (self->store, self->record->household_id, NULL);
  fill_header (self, household);
  fill_report (self);
  fill_consent (self);
  sv_case_page_fill_traject (self);
  sv_case_page_fill_vht (self);
  fill_card (self);
  sv_case_page_fill_deadlines (self);
  sv_case_page_fill_agreements (self);
  fill_members (self);
  fill_network (self);
  fill_roles (self);
  sv_case_page_fill_journal (self);
}

/* ------------------------------------------------------------------------
 * Callbacks
 * ------------------------------------------------------------------------ */

static void
on_store_changed_cb (SvStore    *store,
                     guint       what,
                     gint64      case_id,
                     SvCasePage *self)
{
  if (self->case_id == 0)
    return;
  if ((what & (SV_STORE_CHANGE_CASE | SV_STORE_CHANGE_PROFESSIONALS)) &&
      (case_id == 0 || case_id == self->case_id))
    reload (self);
  /* Agendas name no case in their change: the meetings this case is on
   * and the agreements made there are read again. */
  else if ((what & SV_STORE_CHANGE_MEETING_PLAN) && self->record != NULL)
    sv_case_page_fill_agreements (self);
  else if ((what & SV_STORE_CHANGE_CARD) && case_id == self->case_id)
    fill_card (self);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

static void
sv_case_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, SV_CASE_PAGE (object)->show_back_button);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_case_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SvCasePage *self = SV_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK_BUTTON:
      self->show_back_button = g_value_get_boolean (value);
      gtk_widget_set_visible (self->back_button, self->show_back_button);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_case_page_dispose (GObject *object)
{
  SvCasePage *self = SV_CASE_PAGE (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_CASE_PAGE);
  /* The outer box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->record, sv_case_free);
  G_OBJECT_CLASS (sv_case_page_parent_class)->dispose (object);
}

static void
sv_case_page_class_init (SvCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sv_case_page_get_property;
  object_class->set_property = sv_case_page_set_property;
  object_class->dispose = sv_case_page_dispose;

  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/overbetuwe/SamenVeilig/sv-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, report_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, consent_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, traject_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, traject_view);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, vht_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, vht_chart);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, card_row);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, countdown_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, countdown);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, meetings_group);
  gtk_widget_class_bind_template_callback (widget_class, on_countdown_step_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_traject_step_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, members_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, network_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, roles_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, journal_group);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, entry_date_row);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, entry_date_error);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, entry_view);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, entry_error);
  gtk_widget_class_bind_template_child (widget_class, SvCasePage, journal_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  sv_case_page_install_actions (widget_class);
}

static void
sv_case_page_init (SvCasePage *self)
{
  g_type_ensure (SV_TYPE_DATE_ROW);
  g_type_ensure (SV_TYPE_FIELD_ERROR);
  g_type_ensure (SV_TYPE_COUNTDOWN);
  g_type_ensure (SV_TYPE_TRAJECT_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->back_button, FALSE);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

void
sv_case_page_set_store (SvCasePage *self,
                        SvStore    *store,
                        GSettings  *settings)
{
  g_return_if_fail (SV_IS_CASE_PAGE (self));
  g_return_if_fail (SV_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
}

void
sv_case_page_set_case (SvCasePage *self,
                       gint64      case_id)
{
  g_return_if_fail (SV_IS_CASE_PAGE (self));

  if (self->case_id == case_id)
    return;
  self->case_id = case_id;
  sv_case_page_reset_entry (self);
  /* NEN 7513: showing a case is an access, recorded before it is shown. */
  if (case_id != 0 && self->store != NULL)
    sv_store_log_access (self->store, SV_AUDIT_OPEN, case_id, NULL, NULL);
  reload (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

gint64
sv_case_page_get_case_id (SvCasePage *self)
{
  g_return_val_if_fail (SV_IS_CASE_PAGE (self), 0);
  return self->case_id;
}
