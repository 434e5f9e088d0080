/* test-dialogs.c: the editing dialogs, the meetings and professionals
 * views and the preferences, filled in as a user would and checked
 * against what the store then holds. A refused value keeps the dialog
 * open, says why at the field, and writes nothing. */
#include "sv-close-case-dialog.h"
#include "sv-consent-editor.h"
#include "sv-correction-dialog.h"
#include "sv-date-row.h"
#include "sv-field-error.h"
#include "sv-gui-test-util.h"
#include "sv-meetings-view.h"
#include "sv-network-editor.h"
#include "sv-preferences-window.h"
#include "sv-professional-editor.h"
#include "sv-professionals-view.h"
#include "sv-role-editor.h"

#define SCHEMA_ID "org.overbetuwe.SamenVeilig"

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;   /* the same object */
  gint64         case_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "dialogs.db");
  f->store = SV_STORE (f->sqlite);
  f->case_id = sv_test_add_case (f->store, "Gezin Testpersoon", "Zorgen over de kinderen");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sv_gui_test_wait (20);
  g_assert_finalize_object (f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static void
set_text (gpointer    dialog,
          GType       type,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (sv_gui_test_child (dialog, type, name)), text);
}

static void
set_view_text (gpointer    dialog,
               GType       type,
               const char *name,
               const char *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (sv_gui_test_child (dialog, type, name));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
select_item (gpointer    dialog,
             GType       type,
             const char *name,
             guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (sv_gui_test_child (dialog, type, name)), position);
}

static const char *
field_error (gpointer    dialog,
             GType       type,
             const char *name)
{
  return sv_field_error_get_message (SV_FIELD_ERROR (sv_gui_test_child (dialog, type, name)));
}

/* Presents @dialog, saves it, and tells whether it closed. */
static gboolean
save_closes (gpointer dialog)
{
  GtkWidget *widget = GTK_WIDGET (dialog);

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  gtk_window_present (GTK_WINDOW (widget));
  sv_gui_test_frames (widget, 1);
  g_assert_true (gtk_widget_activate_action (widget, "form.save", NULL));
  sv_gui_test_wait (10);
  if (widget == NULL)
    return TRUE;
  g_object_remove_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  return FALSE;
}

static void
destroy_window (gpointer window)
{
  GtkWidget *widget = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &widget);
  gtk_window_destroy (GTK_WINDOW (widget));
  sv_gui_test_wait (10);
  g_assert_null (widget);
}

static gint64
household_of (Fixture *f)
{
  g_autoptr(SvCase) record = sv_store_get_case (f->store, f->case_id, NULL);

  g_assert (record != NULL);
  return record->household_id;
}

static SvProfessional *
add_professional (Fixture    *f,
                  const char *name,
                  const char *organisation)
{
  g_autoptr(GError) error = NULL;
  SvProfessional *professional = sv_professional_new ();

  g_free (professional->name);
  professional->name = g_strdup (name);
  g_free (professional->organisation_name);
  professional->organisation_name = g_strdup (organisation);
  g_assert_true (sv_store_save_professional (f->store, professional, &error));
  g_assert_no_error (error);
  return professional;
}

static guint
count_professionals (Fixture *f)
{
  g_autoptr(GPtrArray) list = sv_store_list_professionals (f->store, NULL);

  g_assert (list != NULL);
  return list->len;
}

static guint
count_roles (Fixture *f)
{
  g_autoptr(GPtrArray) list = sv_store_list_case_roles (f->store, f->case_id, NULL);

  g_assert (list != NULL);
  return list->len;
}

/* The first descendant of @widget of @type whose preferences-row title,
 * button tooltip or button label is @text. */
static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *title = NULL;

          if (ADW_IS_PREFERENCES_ROW (child))
            title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          else if (GTK_IS_BUTTON (child))
            title = gtk_widget_get_tooltip_text (child) != NULL
                    ? gtk_widget_get_tooltip_text (child)
                    : gtk_button_get_label (GTK_BUTTON (child));
          if (g_strcmp0 (title, text) == 0)
            return child;
        }
      if ((found = find_titled (child, type, text)) != NULL)
        return found;
    }
  return NULL;
}

/* ------------------------------------------------------------------------
 * Network
 * ------------------------------------------------------------------------ */

static void
test_network_add (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SvNetworkMember) member = sv_network_member_new ();
  g_autoptr(GPtrArray) network = NULL;
  SvNetworkEditor *editor;
  SvNetworkMember *stored;
  GType type = SV_TYPE_NETWORK_EDITOR;

  member->household_id = household_of (f);
  editor = sv_network_editor_new (NULL, f->store, member);
  set_text (editor, type, "name_row", "  Truus Jansen ");
  set_text (editor, type, "relation_row", "oma (moederskant)");
  set_text (editor, type, "contact_row", "06-12345678");
  set_text (editor, type, "note_row", "Komt elke woensdag");
  g_assert_true (save_closes (editor));

  network = sv_store_list_network (f->store, member->household_id, NULL);
  g_assert_cmpuint (network->len, ==, 1);
  stored = g_ptr_array_index (network, 0);
  g_assert_cmpstr (stored->name, ==, "Truus Jansen");
  g_assert_cmpstr (stored->relation, ==, "oma (moederskant)");
  g_assert_cmpstr (stored->contact, ==, "06-12345678");
  g_assert_cmpstr (stored->note, ==, "Komt elke woensdag");
}

static void
test_network_needs_name (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SvNetworkMember) member = sv_network_member_new ();
  g_autoptr(GPtrArray) network = NULL;
  SvNetworkEditor *editor;
  GType type = SV_TYPE_NETWORK_EDITOR;

  member->household_id = household_of (f);
  editor = sv_network_editor_new (NULL, f->store, member);
  set_text (editor, type, "name_row", "   ");
  set_text (editor, type, "relation_row", "buurvrouw");
  g_assert_false (save_closes (editor));
  g_assert_nonnull (field_error (editor, type, "name_error"));

  network = sv_store_list_network (f->store, member->household_id, NULL);
  g_assert_cmpuint (network->len, ==, 0);
  destroy_window (editor);
}

/* ------------------------------------------------------------------------
 * Consent
 * ------------------------------------------------------------------------ */

static void
test_consent_given (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvConsent) consent = NULL;
  SvConsentEditor *editor = sv_consent_editor_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_CONSENT_EDITOR;
  AdwPreferencesRow *required = ADW_PREFERENCES_ROW (sv_gui_test_child (editor, type, "required_row"));

  /* A zorgelijke melding: the residents' consent is needed. */
  g_assert_cmpstr (adw_preferences_row_get_title (required), ==, "Consent needed");

  select_item (editor, type, "status_row", SV_CONSENT_STATUS_GEGEVEN);
  set_text (editor, type, "date_row", "20-11-2026");
  set_text (editor, type, "given_by_row", "Anna Testpersoon");
  set_text (editor, type, "scope_row", "Bespreking in LEVO met huisarts en wijkagent");
  select_item (editor, type, "exception_row", SV_CONSENT_EXCEPTION_ZORGMIJDER);
  g_assert_true (save_closes (editor));

  consent = sv_store_get_consent (f->store, f->case_id, NULL);
  g_assert_cmpint (consent->status, ==, SV_CONSENT_STATUS_GEGEVEN);
  g_assert_cmpint (g_date_get_day (&consent->date), ==, 20);
  g_assert_cmpint (g_date_get_month (&consent->date), ==, G_DATE_NOVEMBER);
  g_assert_cmpstr (consent->given_by, ==, "Anna Testpersoon");
  g_assert_cmpstr (consent->scope, ==, "Bespreking in LEVO met huisarts en wijkagent");
  g_assert_cmpint (consent->exception, ==, SV_CONSENT_EXCEPTION_ZORGMIJDER);
}

static void
test_consent_refused_checks (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SvConsent) consent = NULL;
  SvConsentEditor *editor = sv_consent_editor_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_CONSENT_EDITOR;

  /* Given, without a date and without who signed: both fields say so. */
  select_item (editor, type, "status_row", SV_CONSENT_STATUS_GEGEVEN);
  set_text (editor, type, "date_row", "");
  g_assert_false (save_closes (editor));
  g_assert_nonnull (field_error (editor, type, "date_error"));
  g_assert_nonnull (field_error (editor, type, "given_by_error"));

  /* A date in the future is refused too (today is 22-11-2026). */
  set_text (editor, type, "date_row", "23-11-2026");
  set_text (editor, type, "given_by_row", "Anna Testpersoon");
  g_assert_false (save_closes (editor));
  g_assert_nonnull (field_error (editor, type, "date_error"));
  g_assert_null (field_error (editor, type, "given_by_error"));

  consent = sv_store_get_consent (f->store, f->case_id, NULL);
  g_assert_cmpint (consent->status, ==, SV_CONSENT_STATUS_ONBEKEND);

  /* "Not yet asked" needs no date. */
  select_item (editor, type, "status_row", SV_CONSENT_STATUS_ONBEKEND);
  set_text (editor, type, "date_row", "");
  select_item (editor, type, "exception_row", SV_CONSENT_EXCEPTION_DIRECTE_ONVEILIGHEID);
  g_assert_true (save_closes (editor));
  g_clear_pointer (&consent, sv_consent_free);
  consent = sv_store_get_consent (f->store, f->case_id, NULL);
  g_assert_cmpint (consent->exception, ==, SV_CONSENT_EXCEPTION_DIRECTE_ONVEILIGHEID);
}

/* ------------------------------------------------------------------------
 * Roles and professionals
 * ------------------------------------------------------------------------ */

static void
test_role_known_professional (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SvProfessional) agent = add_professional (f, "Jan de Wit", "Politie");
  g_autoptr(GPtrArray) roles = NULL;
  SvRoleEditor *editor = sv_role_editor_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_ROLE_EDITOR;
  SvCaseRole *role;
  GListModel *choices;

  choices = adw_combo_row_get_model (ADW_COMBO_ROW (sv_gui_test_child (editor, type, "professional_row")));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "Jan de Wit — Politie");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==, "New professional…");
  g_assert_false (gtk_widget_get_visible (sv_gui_test_child (editor, type, "new_group")));

  select_item (editor, type, "role_row", SV_CASE_ROLE_CASUSREGISSEUR);
  set_text (editor, type, "note_row", "Sinds november");
  g_assert_true (save_closes (editor));

  roles = sv_store_list_case_roles (f->store, f->case_id, NULL);
  g_assert_cmpuint (roles->len, ==, 1);
  role = g_ptr_array_index (roles, 0);
  g_assert_cmpint (role->role, ==, SV_CASE_ROLE_CASUSREGISSEUR);
  g_assert_cmpint (role->professional->id, ==, agent->id);
  g_assert_cmpstr (role->note, ==, "Sinds november");

  /* The same role again: refused at the role, nothing written. */
  editor = sv_role_editor_new (NULL, f->store, f->case_id);
  select_item (editor, type, "role_row", SV_CASE_ROLE_CASUSREGISSEUR);
  g_assert_false (save_closes (editor));
  g_assert_nonnull (field_error (editor, type, "role_error"));
  g_assert_cmpuint (count_roles (f), ==, 1);
  destroy_window (editor);
}

static void
test_role_new_professional (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) roles = NULL;
  SvRoleEditor *editor = sv_role_editor_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_ROLE_EDITOR;
  SvCaseRole *role;

  /* No professionals yet: the form for a new one shows at once. */
  g_assert_true (gtk_widget_get_visible (sv_gui_test_child (editor, type, "new_group")));
  set_text (editor, type, "name_row", "Els Bakker");
  set_text (editor, type, "organisation_row", "Lindenhout");
  set_text (editor, type, "function_row", "jeugdhulpverlener");
  set_text (editor, type, "email_row", "e.bakker@example.org");
  select_item (editor, type, "role_row", SV_CASE_ROLE_INBRENGER);
  g_assert_true (save_closes (editor));

  roles = sv_store_list_case_roles (f->store, f->case_id, NULL);
  g_assert_cmpuint (roles->len, ==, 1);
  role = g_ptr_array_index (roles, 0);
  g_assert_cmpint (role->role, ==, SV_CASE_ROLE_INBRENGER);
  g_assert_cmpstr (role->professional->name, ==, "Els Bakker");
  g_assert_cmpstr (role->professional->organisation_name, ==, "Lindenhout");
  g_assert_cmpstr (role->professional->function, ==, "jeugdhulpverlener");
  g_assert_cmpuint (count_professionals (f), ==, 1);
}

static void
test_role_new_professional_needs_name (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(SvProfessional) agent = add_professional (f, "Jan de Wit", "Politie");
  SvRoleEditor *editor = sv_role_editor_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_ROLE_EDITOR;

  select_item (editor, type, "professional_row", 1);
  g_assert_true (gtk_widget_get_visible (sv_gui_test_child (editor, type, "new_group")));
  set_text (editor, type, "organisation_row", "Karakter");
  g_assert_false (save_closes (editor));
  g_assert_nonnull (field_error (editor, type, "name_error"));
  g_assert_cmpuint (count_professionals (f), ==, 1);
  g_assert_cmpuint (count_roles (f), ==, 0);
  destroy_window (editor);
}

static void
test_professional_editor (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(SvProfessional) edited = NULL;
  SvProfessionalEditor *editor = sv_professional_editor_new (NULL, f->store, NULL);
  GType type = SV_TYPE_PROFESSIONAL_EDITOR;
  SvProfessional *stored;

  g_assert_false (save_closes (editor));
  g_assert_nonnull (field_error (editor, type, "name_error"));
  g_assert_cmpuint (count_professionals (f), ==, 0);

  set_text (editor, type, "name_row", "Piet Smit");
  set_text (editor, type, "organisation_row", "Werk & Inkomen");
  set_text (editor, type, "function_row", "consulent");
  set_text (editor, type, "phone_row", "0488 123 456");
  g_assert_true (save_closes (editor));

  list = sv_store_list_professionals (f->store, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  stored = g_ptr_array_index (list, 0);
  g_assert_cmpstr (stored->name, ==, "Piet Smit");
  g_assert_cmpstr (stored->organisation_name, ==, "Werk & Inkomen");
  g_assert_cmpstr (stored->phone, ==, "0488 123 456");

  /* Another organisation by name: found or created by the store. */
  editor = sv_professional_editor_new (NULL, f->store, stored);
  set_text (editor, type, "organisation_row", "RIBW");
  g_assert_true (save_closes (editor));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = sv_store_list_professionals (f->store, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  edited = sv_professional_copy (g_ptr_array_index (list, 0));
  g_assert_cmpstr (edited->organisation_name, ==, "RIBW");
}

/* ------------------------------------------------------------------------
 * Closing and correcting
 * ------------------------------------------------------------------------ */

static void
test_close_case (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvCase) record = NULL;
  SvCloseCaseDialog *dialog = sv_close_case_dialog_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_CLOSE_CASE_DIALOG;
  GDate date;

  /* Today by default. */
  g_assert_true (sv_date_row_get_date (SV_DATE_ROW (sv_gui_test_child (dialog, type, "closed_row")), &date, NULL));
  g_assert_cmpint (g_date_get_day (&date), ==, 22);

  /* Closing is marked as the destructive step it is. */
  g_assert_nonnull (find_titled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Close the case (Ctrl+Enter)"));
  g_assert_true (gtk_widget_has_css_class (find_titled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Close the case (Ctrl+Enter)"),
                                           "destructive-action"));

  set_text (dialog, type, "closed_row", "21-11-2026");
  set_view_text (dialog, type, "note_view", "Traject I: geen zorg meer nodig.\n");
  g_assert_true (save_closes (dialog));

  record = sv_store_get_case (f->store, f->case_id, NULL);
  g_assert_cmpint (record->status, ==, SV_CASE_STATUS_GESLOTEN);
  g_assert_cmpint (g_date_get_day (&record->closed_on), ==, 21);
  g_assert_cmpstr (record->closing_note, ==, "Traject I: geen zorg meer nodig.");
}

static void
test_close_case_dates (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SvCase) record = NULL;
  SvCloseCaseDialog *dialog = sv_close_case_dialog_new (NULL, f->store, f->case_id);
  GType type = SV_TYPE_CLOSE_CASE_DIALOG;

  /* The report came in on 02-11-2026. */
  set_text (dialog, type, "closed_row", "01-11-2026");
  g_assert_false (save_closes (dialog));
  g_assert_nonnull (field_error (dialog, type, "closed_error"));

  set_text (dialog, type, "closed_row", "23-11-2026");
  g_assert_false (save_closes (dialog));
  g_assert_nonnull (field_error (dialog, type, "closed_error"));

  set_text (dialog, type, "closed_row", "31-02-2026");
  g_assert_false (save_closes (dialog));
  g_assert_nonnull (field_error (dialog, type, "closed_error"));

  record = sv_store_get_case (f->store, f->case_id, NULL);
  g_assert_cmpint (record->status, ==, SV_CASE_STATUS_OPEN);
  g_assert_false (g_date_valid (&record->closed_on));
  destroy_window (dialog);
}

static void
test_correction (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SvJournalEntry) entry = sv_journal_entry_new ();
  g_autoptr(GPtrArray) journal = NULL;
  g_autoptr(GError) error = NULL;
  SvCorrectionDialog *dialog;
  SvJournalEntry *correction;
  GType type = SV_TYPE_CORRECTION_DIALOG;

  entry->case_id = f->case_id;
  g_date_set_dmy (&entry->date, 10, G_DATE_NOVEMBER, 2026);
  g_free (entry->author);
  entry->author = g_strdup ("Anna");
  g_free (entry->text);
  entry->text = g_strdup ("Huisbezoek met de wijkagent.");
  g_assert_true (sv_store_add_journal_entry (f->store, entry, &error));
  g_assert_no_error (error);

  dialog = sv_correction_dialog_new (NULL, f->store, entry, "Bert");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sv_gui_test_child (dialog, type, "original_label"))), ==,
                   "Huisbezoek met de wijkagent.");

  /* Without text: refused at the field. */
  g_assert_false (save_closes (dialog));
  g_assert_nonnull (field_error (dialog, type, "text_error"));
  journal = sv_store_list_journal (f->store, f->case_id, NULL);
  g_assert_cmpuint (journal->len, ==, 1);
  g_clear_pointer (&journal, g_ptr_array_unref);

  set_view_text (dialog, type, "text_view", "Het was de jeugdconsulent, niet de wijkagent.");
  g_assert_true (save_closes (dialog));

  journal = sv_store_list_journal (f->store, f->case_id, NULL);
  g_assert_cmpuint (journal->len, ==, 2);
  correction = g_ptr_array_index (journal, 1);
  g_assert_cmpint (correction->corrects_id, ==, entry->id);
  g_assert_cmpstr (correction->author, ==, "Bert");
  g_assert_cmpstr (correction->text, ==, "Het was de jeugdconsulent, niet de wijkagent.");
  g_assert_cmpint (g_date_get_day (&correction->date), ==, 22);
  /* The original stays as it was. */
  g_assert_cmpstr (((SvJournalEntry *) g_ptr_array_index (journal, 0))->text, ==, "Huisbezoek met de wijkagent.");
}

/* ------------------------------------------------------------------------
 * Views
 * ------------------------------------------------------------------------ */

static SvMeetingKind *
find_kind (Fixture    *f,
           const char *code)
{
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (f->store, NULL);

  for (guint i = 0; i < kinds->len; i++)
    {
      SvMeetingKind *kind = g_ptr_array_index (kinds, i);

      if (g_str_equal (kind->code, code))
        return sv_meeting_kind_copy (kind);
    }
  g_assert_not_reached ();
}

static SvMeetingParticipant *
find_participant (Fixture    *f,
                  gint64      kind_id,
                  const char *organisation)
{
  g_autoptr(GPtrArray) list = sv_store_list_meeting_participants (f->store, kind_id, NULL);

  for (guint i = 0; i < list->len; i++)
    {
      SvMeetingParticipant *participant = g_ptr_array_index (list, i);

      if (g_str_equal (participant->organisation_name, organisation))
        return sv_meeting_participant_copy (participant);
    }
  return NULL;
}

/* The view rebuilds its rows in an idle after a change: waits until
 * @group, one of the old rows' groups, is gone (5 s at most), however many
 * frames a slow machine (or a sanitizer build) draws before that. */
static void
wait_for_rebuild (GtkWidget *group)
{
  GtkWidget *old = group;

  g_object_add_weak_pointer (G_OBJECT (old), (gpointer *) &old);
  for (guint i = 0; i < 500 && old != NULL; i++)
    sv_gui_test_wait (10);
  if (old != NULL)
    g_object_remove_weak_pointer (G_OBJECT (old), (gpointer *) &old);
  g_assert_null (old);
}

/* The group of the first meeting (LEVO): the rows below are looked up in
 * it, as other meetings have rows of the same titles. */
static GtkWidget *
first_group (SvMeetingsView *view)
{
  return sv_gui_test_find (sv_gui_test_child (view, SV_TYPE_MEETINGS_VIEW, "page"), ADW_TYPE_PREFERENCES_GROUP);
}

static void
test_meetings_view (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SvMeetingKind) levo = find_kind (f, "LEVO");
  g_autoptr(SvMeetingKind) stored = NULL;
  g_autoptr(SvMeetingParticipant) politie = NULL;
  g_autoptr(SvMeetingParticipant) added = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  SvMeetingsView *view = g_object_new (SV_TYPE_MEETINGS_VIEW, NULL);
  GtkWidget *group, *row, *button, *focus;
  GtkWidget *spin;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (view));
  adw_window_set_content (ADW_WINDOW (window), overlay);
  sv_meetings_view_set_store (view, f->store);
  gtk_window_present (GTK_WINDOW (window));
  sv_gui_test_frames (window, 2);

  group = first_group (view);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                   "LEVO — Lokaal Expertiseteam Volwassenen Overbetuwe");

  /* Cadence and chair are written as they are changed. */
  spin = sv_gui_test_find (group, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 4);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 6);
  row = find_titled (group, ADW_TYPE_ENTRY_ROW, "Chair");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Gemeente Overbetuwe, team Zorg");
  g_signal_emit_by_name (row, "apply");
  sv_gui_test_wait (20);
  stored = find_kind (f, "LEVO");
  g_assert_cmpuint (stored->cadence_weeks, ==, 6);
  g_assert_cmpstr (stored->chair, ==, "Gemeente Overbetuwe, team Zorg");
  g_assert_true (stored->requires_consent);

  /* The switches too. */
  row = find_titled (group, ADW_TYPE_ACTION_ROW, "Family always invited");
  gtk_switch_set_active (GTK_SWITCH (sv_gui_test_find (row, GTK_TYPE_SWITCH)), TRUE);
  g_clear_pointer (&stored, sv_meeting_kind_free);
  stored = find_kind (f, "LEVO");
  g_assert_true (stored->invites_family);

  /* Add an organisation: it joins the fixed core, and the focus stays on
   * the row to add the next one. */
  row = find_titled (group, ADW_TYPE_ENTRY_ROW, "Add organisation to the fixed core");
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Veilig Thuis & co");
  g_signal_emit_by_name (row, "apply");
  wait_for_rebuild (group);
  sv_gui_test_frames (window, 2);
  added = find_participant (f, levo->id, "Veilig Thuis & co");
  g_assert_nonnull (added);
  g_assert_cmpint (added->circle, ==, SV_MEETING_CIRCLE_VASTE_KERN);
  group = first_group (view);
  row = find_titled (group, ADW_TYPE_ENTRY_ROW, "Add organisation to the fixed core");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == row || (focus != NULL && gtk_widget_is_ancestor (focus, row)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_nonnull (find_titled (group, ADW_TYPE_ACTION_ROW, "Veilig Thuis & co"));

  /* Move Politie to the flexible shell. */
  politie = find_participant (f, levo->id, "Politie");
  g_assert_nonnull (politie);
  g_assert_cmpint (politie->circle, ==, SV_MEETING_CIRCLE_VASTE_KERN);
  button = find_titled (group, GTK_TYPE_BUTTON, "Move Politie to the flexible shell");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_rebuild (group);
  sv_gui_test_frames (window, 2);
  g_clear_pointer (&politie, sv_meeting_participant_free);
  politie = find_participant (f, levo->id, "Politie");
  g_assert_cmpint (politie->circle, ==, SV_MEETING_CIRCLE_FLEXIBELE_SCHIL);

  /* Remove it; the toast's Undo brings it back. */
  group = first_group (view);
  button = find_titled (group, GTK_TYPE_BUTTON, "Remove Politie from LEVO");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  wait_for_rebuild (group);
  sv_gui_test_frames (window, 2);
  g_clear_pointer (&politie, sv_meeting_participant_free);
  g_assert_null (find_participant (f, levo->id, "Politie"));
  button = find_titled (overlay, GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (window, 2);
  politie = find_participant (f, levo->id, "Politie");
  g_assert_nonnull (politie);
  g_assert_cmpint (politie->circle, ==, SV_MEETING_CIRCLE_FLEXIBELE_SCHIL);

  destroy_window (window);
}

static void
test_professionals_view (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SvProfessional) agent = NULL;
  GtkWidget *window = adw_window_new ();
  SvProfessionalsView *view = g_object_new (SV_TYPE_PROFESSIONALS_VIEW, NULL);
  GtkStack *stack = GTK_STACK (sv_gui_test_child (view, SV_TYPE_PROFESSIONALS_VIEW, "stack"));
  GtkWidget *group = sv_gui_test_child (view, SV_TYPE_PROFESSIONALS_VIEW, "group");
  GtkWidget *row;

  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  sv_professionals_view_set_store (view, f->store);
  gtk_window_present (GTK_WINDOW (window));
  sv_gui_test_frames (window, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  agent = add_professional (f, "Jan de Wit", "Politie");
  g_free (agent->email);
  agent->email = g_strdup ("j.dewit@example.org");
  g_free (agent->function);
  agent->function = g_strdup ("wijkagent");
  g_assert_true (sv_store_save_professional (f->store, agent, NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  row = find_titled (group, ADW_TYPE_ACTION_ROW, "Jan de Wit");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "wijkagent · Politie\nj.dewit@example.org");
  g_assert_nonnull (find_titled (row, GTK_TYPE_BUTTON, "Edit Jan de Wit"));

  destroy_window (window);
}

static void
test_preferences (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *value = NULL;
  SvPreferencesWindow *window;
  AdwComboRow *style;
  GType type = SV_TYPE_PREFERENCES_WINDOW;

  if (schema == NULL)
    {
      g_test_skip ("The GSettings schema is not compiled: set GSETTINGS_SCHEMA_DIR to <build>/data");
      return;
    }
  settings = g_settings_new (SCHEMA_ID);
  window = sv_preferences_window_new (settings);
  style = ADW_COMBO_ROW (sv_gui_test_child (window, type, "style_row"));
  gtk_window_present (GTK_WINDOW (window));
  sv_gui_test_frames (GTK_WIDGET (window), 1);

  g_assert_cmpuint (adw_combo_row_get_selected (style), ==, 0);
  adw_combo_row_set_selected (style, 2);
  value = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (value, ==, "dark");
  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (style), ==, 1);

  set_text (window, type, "name_row", "Anna de Vries");
  g_clear_pointer (&value, g_free);
  value = g_settings_get_string (settings, "user-name");
  g_assert_cmpstr (value, ==, "Anna de Vries");

  /* Extra days off: an impossible date stores nothing and says why. */
  {
    g_auto(GStrv) days = NULL;

    set_text (window, type, "extra_days_row", "07-05-2027, 31-02-2027");
    g_signal_emit_by_name (sv_gui_test_child (window, type, "extra_days_row"), "apply");
    g_assert_nonnull (sv_field_error_get_message (SV_FIELD_ERROR (sv_gui_test_child (window, type, "extra_days_error"))));
    days = g_settings_get_strv (settings, "extra-days-off");
    g_assert_cmpuint (g_strv_length (days), ==, 0);
    g_clear_pointer (&days, g_strfreev);

    set_text (window, type, "extra_days_row", "07-05-2027; 2027-12-27");
    g_signal_emit_by_name (sv_gui_test_child (window, type, "extra_days_row"), "apply");
    g_assert_null (sv_field_error_get_message (SV_FIELD_ERROR (sv_gui_test_child (window, type, "extra_days_error"))));
    days = g_settings_get_strv (settings, "extra-days-off");
    g_assert_cmpuint (g_strv_length (days), ==, 2);
    g_assert_cmpstr (days[0], ==, "2027-05-07");
    g_assert_cmpstr (days[1], ==, "2027-12-27");
  }

  destroy_window (window);
  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "user-name");
  g_settings_reset (settings, "extra-days-off");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/dialogs/network/add", test_network_add);
  ADD ("/dialogs/network/needs-name", test_network_needs_name);
  ADD ("/dialogs/consent/given", test_consent_given);
  ADD ("/dialogs/consent/checks", test_consent_refused_checks);
  ADD ("/dialogs/role/known-professional", test_role_known_professional);
  ADD ("/dialogs/role/new-professional", test_role_new_professional);
  ADD ("/dialogs/role/new-professional-needs-name", test_role_new_professional_needs_name);
  ADD ("/dialogs/professional", test_professional_editor);
  ADD ("/dialogs/close-case/close", test_close_case);
  ADD ("/dialogs/close-case/dates", test_close_case_dates);
  ADD ("/dialogs/correction", test_correction);
  ADD ("/views/meetings", test_meetings_view);
  ADD ("/views/professionals", test_professionals_view);
#undef ADD
  g_test_add_func ("/preferences", test_preferences);
  return g_test_run ();
}
