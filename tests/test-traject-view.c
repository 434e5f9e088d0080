/* test-traject-view.c: the process chart on screen — a button per step
 * with its name, state and date; the arrow keys between steps; on the
 * case page an allowed step asks and moves, a refused one says why, and a
 * move from a window that is behind is refused and shows where the case
 * went. The VeiligheidsTeam's interventions on the case page: five rows
 * with their state, moved on after a confirmation or refused with the
 * reason. */
#include <string.h>

#include "sv-case-page.h"
#include "sv-cases-view.h"
#include "sv-date.h"
#include "sv-gui-test-util.h"
#include "sv-traject-view.h"
#include "sv-window.h"

typedef struct {
  char          *dir;
  SvSqliteStore *store;
  GSettings     *settings;
  SvWindow      *window;
  SvCasesView   *cases;
  gint64         case_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = sv_test_make_dir ();
  f->store = sv_test_open_store (f->dir, "traject.db");
  f->case_id = sv_test_add_case (SV_STORE (f->store), "Jansen", "Zorgen over de kinderen");
  f->settings = g_settings_new ("org.overbetuwe.SamenVeilig");
  g_settings_set_string (f->settings, "user-name", "Ineke de Vries");
  f->window = sv_window_new (NULL, SV_STORE (f->store), f->settings);
  f->cases = SV_CASES_VIEW (sv_gui_test_child (f->window, SV_TYPE_WINDOW, "cases_view"));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  sv_cases_view_show_case (f->cases, f->case_id);
  sv_gui_test_frames (GTK_WIDGET (f->window), 3);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));
  sv_gui_test_wait (20);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->store);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static SvTrajectView *
view_of (Fixture *f)
{
  GtkStack *stack = GTK_STACK (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "content_stack"));
  GtkWidget *page = gtk_stack_get_child_by_name (stack, "case");

  return SV_TRAJECT_VIEW (sv_gui_test_child (page, SV_TYPE_CASE_PAGE, "traject_view"));
}

/* Sends @keyval to the view's key controller, as a key press would. */
static gboolean
press (SvTrajectView *view,
       guint          keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static GtkWidget *
focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static void
give_consent (Fixture *f)
{
  g_autoptr(SvConsent) consent = sv_consent_new ();
  g_autoptr(GError) error = NULL;

  consent->case_id = f->case_id;
  consent->status = SV_CONSENT_STATUS_GEGEVEN;
  g_assert_true (sv_date_from_iso ("2026-11-03", &consent->date));
  g_free (consent->given_by);
  consent->given_by = g_strdup ("Anna Testpersoon");
  g_assert_true (sv_store_save_consent (SV_STORE (f->store), consent, &error));
  g_assert_no_error (error);
}

static AdwMessageDialog *
activate_step (Fixture       *f,
               SvTrajectStep  step)
{
  GtkWidget *button = sv_traject_view_get_step_button (view_of (f), step);

  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  return ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static SvTrajectStep
stored_step (Fixture *f)
{
  g_autoptr(SvTraject) t = sv_store_get_traject (SV_STORE (f->store), f->case_id, NULL);

  return t->step;
}

static guint
n_moves (Fixture *f)
{
  g_autoptr(GPtrArray) moves = sv_store_list_traject_moves (SV_STORE (f->store), f->case_id, NULL);

  return moves->len;
}

static void
test_buttons_and_keys (Fixture       *f,
                       gconstpointer  data)
{
  SvTrajectView *view = view_of (f);
  const SvTrajectChart *chart = sv_traject_view_get_chart (view);
  GtkWidget *received = sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_ONTVANGEN);
  GtkWidget *triage = sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_TRIAGE);
  GtkWidget *advice = sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_ADVIES);
  GtkWidget *below;

  g_assert_nonnull (chart);
  g_assert_true (chart->has_case);
  g_assert_cmpint (chart->current, ==, SV_TRAJECT_STEP_ONTVANGEN);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >, 150);
  for (guint i = 0; i < SV_TRAJECT_N_STEPS; i++)
    {
      GtkWidget *button = sv_traject_view_get_step_button (view, i);

      g_assert_true (gtk_widget_get_visible (button));
      g_assert_true (gtk_widget_get_focusable (button));
      g_assert_cmpint (gtk_widget_get_width (button), >, 10);
      g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (button), sv_traject_step_label (i)));
    }
  g_assert_cmpstr (gtk_widget_get_tooltip_text (received), ==,
                   "Report received, current step since 2 November 2026.");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (triage), ==, "Screening/triage, not reached.");

  /* Along the row, and down to the outcomes and back. */
  gtk_widget_grab_focus (received);
  g_assert_true (focus (f) == received);
  g_assert_true (press (view, GDK_KEY_Right));
  g_assert_true (focus (f) == triage);
  g_assert_true (press (view, GDK_KEY_Left));
  g_assert_true (focus (f) == received);
  g_assert_false (press (view, GDK_KEY_Left));
  gtk_widget_grab_focus (advice);
  g_assert_true (press (view, GDK_KEY_Down));
  below = focus (f);
  g_assert_true (below == sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_TRAJECT_V));
  g_assert_true (press (view, GDK_KEY_Down));
  g_assert_true (focus (f) == sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_AFGEROND));
  g_assert_true (press (view, GDK_KEY_Up));
  g_assert_true (focus (f) == sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_TRAJECT_III));
  g_assert_true (press (view, GDK_KEY_Up));
  g_assert_true (focus (f) != sv_traject_view_get_step_button (view, SV_TRAJECT_STEP_TRAJECT_III));
  g_assert_true (gtk_widget_get_parent (focus (f)) == GTK_WIDGET (view));
  g_assert_false (press (view, GDK_KEY_Up));
}

/* Refused with the reason, then allowed, confirmed and moved. */
static void
test_refuse_then_move (Fixture       *f,
                       gconstpointer  data)
{
  AdwMessageDialog *dialog = activate_step (f, SV_TRAJECT_STEP_TRIAGE);
  const SvTrajectChart *chart;

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not to “Screening/triage” Now");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "A zorgelijke melding needs the residents’ consent: record the consent "
                   "(or direct unsafety or a zorgmijder) before screening.");
  adw_message_dialog_response (dialog, "close");
  sv_gui_test_wait (20);
  g_assert_cmpint (stored_step (f), ==, SV_TRAJECT_STEP_ONTVANGEN);

  give_consent (f);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  chart = sv_traject_view_get_chart (view_of (f));
  g_assert_cmpuint (chart->allowed, ==, 1u << SV_TRAJECT_STEP_TRIAGE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (sv_traject_view_get_step_button (view_of (f), SV_TRAJECT_STEP_TRIAGE)),
                   ==, "Screening/triage, allowed next step.");

  /* Cancel changes nothing. */
  dialog = activate_step (f, SV_TRAJECT_STEP_TRIAGE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Move to “Screening/triage”?");
  adw_message_dialog_response (dialog, "cancel");
  sv_gui_test_wait (20);
  g_assert_cmpuint (n_moves (f), ==, 0);

  dialog = activate_step (f, SV_TRAJECT_STEP_TRIAGE);
  adw_message_dialog_response (dialog, "move");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpint (stored_step (f), ==, SV_TRAJECT_STEP_TRIAGE);
  g_assert_cmpuint (n_moves (f), ==, 1);
  chart = sv_traject_view_get_chart (view_of (f));
  g_assert_cmpint (chart->current, ==, SV_TRAJECT_STEP_TRIAGE);
  g_assert_true (g_date_valid (&chart->visited[SV_TRAJECT_STEP_TRIAGE]));
  {
    g_autoptr(GPtrArray) moves = sv_store_list_traject_moves (SV_STORE (f->store), f->case_id, NULL);

    g_assert_cmpstr (((SvTrajectMove *) moves->pdata[0])->who, ==, "Ineke de Vries");
  }
}

/* The dialog was opened, then the case moved elsewhere (another window):
 * confirming is refused, one move is logged, the chart catches up. */
static void
test_stale_dialog (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GDate day;

  give_consent (f);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  dialog = activate_step (f, SV_TRAJECT_STEP_TRIAGE);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Move to “Screening/triage”?");
  g_assert_true (sv_date_from_iso ("2026-11-20", &day));
  g_assert_true (sv_store_move_traject (SV_STORE (f->store), f->case_id, SV_TRAJECT_STEP_ONTVANGEN,
                                        SV_TRAJECT_STEP_TRIAGE, &day, "Ander venster", &error));
  g_assert_no_error (error);
  adw_message_dialog_response (dialog, "move");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpuint (n_moves (f), ==, 1);
  g_assert_cmpint (sv_traject_view_get_chart (view_of (f))->current, ==, SV_TRAJECT_STEP_TRIAGE);
}

/* ------------------------------------------------------------------------
 * The VeiligheidsTeam's interventions 1–5
 * ------------------------------------------------------------------------ */

static SvCasePage *
page_of (Fixture *f)
{
  GtkStack *stack = GTK_STACK (sv_gui_test_child (f->cases, SV_TYPE_CASES_VIEW, "content_stack"));

  return SV_CASE_PAGE (gtk_stack_get_child_by_name (stack, "case"));
}

/* The rows of the group: five interventions, the Veiligheidskaart, then
 * (no interventiegesprek planned here) the row to plan one. */
static AdwActionRow *
vht_row (Fixture *f,
         guint    index)
{
  GtkWidget *group = sv_gui_test_child (page_of (f), SV_TYPE_CASE_PAGE, "vht_group");
  GPtrArray *rows = g_object_get_data (G_OBJECT (group), "sv-group-rows");

  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, SV_VHT_N_INTERVENTIONS + 2);
  return ADW_ACTION_ROW (rows->pdata[index]);
}

static AdwMessageDialog *
advance (Fixture           *f,
         SvVhtIntervention  which)
{
  GtkWidget *button = sv_gui_test_find (GTK_WIDGET (vht_row (f, which)), GTK_TYPE_BUTTON);

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "case.advance-intervention");
  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  return ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static SvVhtState
vht_stored (Fixture           *f,
            SvVhtIntervention  which)
{
  g_autoptr(SvVhtInterventions) v = sv_store_get_vht_interventions (SV_STORE (f->store), f->case_id, NULL);

  return v != NULL ? v->state[which] : SV_VHT_N_STATES;
}

/* Five rows with their state; advising without a consultation says why;
 * with one, confirming advises, recorded with the user's name, and the
 * row then offers to deploy. */
static void
test_vht_rows (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SvCaseFacts) facts = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *button;

  for (guint i = 0; i < SV_VHT_N_INTERVENTIONS; i++)
    {
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (vht_row (f, i))), ==,
                       sv_vht_intervention_label (i));
      g_assert_cmpstr (adw_action_row_get_subtitle (vht_row (f, i)), ==, "Not chosen");
    }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (vht_row (f, SV_VHT_N_INTERVENTIONS))), ==,
                   "Veiligheidskaart sent to the RvdK");
  button = sv_gui_test_find (GTK_WIDGET (vht_row (f, SV_VHT_INTERVENTION_NETWERKBERAAD)), GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Advise");

  dialog = advance (f, SV_VHT_INTERVENTION_NETWERKBERAAD);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not “Advised” Yet");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Interventions are advised in the consultation of the VeiligheidsTeam: record its date first.");
  adw_message_dialog_response (dialog, "close");
  sv_gui_test_wait (20);
  g_assert_cmpint (vht_stored (f, SV_VHT_INTERVENTION_NETWERKBERAAD), ==, SV_VHT_STATE_NIET_GEKOZEN);

  facts = sv_store_get_case_facts (SV_STORE (f->store), f->case_id, &error);
  g_assert_true (sv_date_from_iso ("2026-11-12", &facts->vht_consultation));
  g_assert_true (sv_store_save_case_facts (SV_STORE (f->store), facts, &error));
  g_assert_no_error (error);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);

  /* Cancel changes nothing. */
  dialog = advance (f, SV_VHT_INTERVENTION_NETWERKBERAAD);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "2. Netwerkberaad: “Advised”?");
  adw_message_dialog_response (dialog, "cancel");
  sv_gui_test_wait (20);
  g_assert_cmpint (vht_stored (f, SV_VHT_INTERVENTION_NETWERKBERAAD), ==, SV_VHT_STATE_NIET_GEKOZEN);

  dialog = advance (f, SV_VHT_INTERVENTION_NETWERKBERAAD);
  adw_message_dialog_response (dialog, "confirm");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpint (vht_stored (f, SV_VHT_INTERVENTION_NETWERKBERAAD), ==, SV_VHT_STATE_GEADVISEERD);
  g_assert_cmpstr (adw_action_row_get_subtitle (vht_row (f, SV_VHT_INTERVENTION_NETWERKBERAAD)), ==,
                   "Advised since 22 November 2026 · Ineke de Vries");
  button = sv_gui_test_find (GTK_WIDGET (vht_row (f, SV_VHT_INTERVENTION_NETWERKBERAAD)), GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Deploy");
  g_assert_cmpstr (adw_action_row_get_subtitle (vht_row (f, SV_VHT_INTERVENTION_ZORG)), ==, "Not chosen");
}

/* The interventiegesprek with the RvdK waits for the Veiligheidskaart:
 * refused with the reason, then deployed once the switch records it. */
static void
test_vht_rvdk_kaart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SvCaseFacts) facts = sv_store_get_case_facts (SV_STORE (f->store), f->case_id, NULL);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *kaart;

  g_assert_true (sv_date_from_iso ("2026-11-12", &facts->vht_consultation));
  g_assert_true (sv_store_save_case_facts (SV_STORE (f->store), facts, &error));
  g_assert_true (sv_store_move_vht_intervention (SV_STORE (f->store), f->case_id, SV_VHT_INTERVENTION_GESPREK_RVDK,
                                                 SV_VHT_STATE_NIET_GEKOZEN, SV_VHT_STATE_GEADVISEERD, NULL,
                                                 "Ander venster", &error));
  g_assert_no_error (error);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);

  dialog = advance (f, SV_VHT_INTERVENTION_GESPREK_RVDK);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not “Deployed” Yet");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "after the Veiligheidskaart went to the RvdK"));
  adw_message_dialog_response (dialog, "close");
  sv_gui_test_wait (20);

  kaart = sv_gui_test_find (GTK_WIDGET (vht_row (f, SV_VHT_N_INTERVENTIONS)), GTK_TYPE_SWITCH);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (kaart)));
  gtk_switch_set_active (GTK_SWITCH (kaart), TRUE);
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (vht_row (f, SV_VHT_N_INTERVENTIONS)), ==, "22 November 2026");

  dialog = advance (f, SV_VHT_INTERVENTION_GESPREK_RVDK);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "4. Interventiegesprek with the RvdK: “Deployed”?");
  adw_message_dialog_response (dialog, "confirm");
  sv_gui_test_frames (GTK_WIDGET (f->window), 1);
  g_assert_cmpint (vht_stored (f, SV_VHT_INTERVENTION_GESPREK_RVDK), ==, SV_VHT_STATE_INGEZET);
}

/* The checklist switches and the hours: each is written once, to the value
 * shown, and the group filled again from the store without pulling the
 * switch away from under itself. */
static void
test_checklist_switches (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *group = sv_gui_test_child (page_of (f), SV_TYPE_CASE_PAGE, "traject_group");
  g_autoptr(SvTraject) before = sv_store_get_traject (SV_STORE (f->store), f->case_id, NULL);
  g_autoptr(SvTraject) after = NULL;
  g_autoptr(SvTraject) again = NULL;
  GtkWidget *sw;

  g_assert_nonnull (before);
  g_assert_false (before->adviesverslag);
  sw = sv_gui_test_find (group, GTK_TYPE_SWITCH);
  g_assert_nonnull (sw);
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
  after = sv_store_get_traject (SV_STORE (f->store), f->case_id, NULL);
  g_assert_true (after->adviesverslag);

  /* The group was filled again: the new switch shows what is stored, and
   * switching it off writes off (not a second toggle). */
  sw = sv_gui_test_find (group, GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));
  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  sv_gui_test_frames (GTK_WIDGET (f->window), 2);
  again = sv_store_get_traject (SV_STORE (f->store), f->case_id, NULL);
  g_assert_false (again->adviesverslag);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sv_gui_test_find (group, GTK_TYPE_SWITCH))));
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/traject-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("buttons-and-keys", test_buttons_and_keys);
  ADD ("refuse-then-move", test_refuse_then_move);
  ADD ("stale-dialog", test_stale_dialog);
  ADD ("vht-rows", test_vht_rows);
  ADD ("vht-rvdk-kaart", test_vht_rvdk_kaart);
  ADD ("checklist-switches", test_checklist_switches);
#undef ADD
  return g_test_run ();
}
