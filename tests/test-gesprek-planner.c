/* test-gesprek-planner.c: the interventiegesprek planner filled in as a
 * user would — the RvdK gate explained instead of a date, the latest date
 * and the warning for a later one (a reason asked), a weekend, a youth
 * without a date of birth, the refusals that write nothing, the
 * checklist, the letters edited and saved as PDF, the deadlines in the
 * Planning, and the outcome afterwards; the Veiligheidskaart's versions
 * in the checklist (sent when, to whom, to the RvdK; their dates taken
 * over on request) and the outcome landing in the card. Today is
 * 22 November 2026. */
#include <string.h>

#include "sv-date.h"
#include "sv-gesprek-letter.h"
#include "sv-gesprek-outcome.h"
#include "sv-gesprek-planner-private.h"
#include "sv-gui-test-util.h"
#include "sv-letter-editor.h"
#include "sv-planning-model.h"

typedef struct {
  char          *dir;
  SvSqliteStore *sqlite;
  SvStore       *store;
  gint64         case_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvCaseFacts) facts = NULL;
  g_autoptr(SvCase) c = NULL;
  g_autoptr(SvMember) youth = sv_member_new ();

  f->dir = sv_test_make_dir ();
  f->sqlite = sv_test_open_store (f->dir, "planner.db");
  f->store = SV_STORE (f->sqlite);
  f->case_id = sv_test_add_case (f->store, "Gezin Testpersoon", "Zorgen over de kinderen");
  facts = sv_store_get_case_facts (f->store, f->case_id, &error);
  g_assert_no_error (error);
  /* The consultation on Friday 20 November: the latest date is Friday
   * 4 December. */
  g_date_set_dmy (&facts->vht_consultation, 20, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_case_facts (f->store, facts, &error));
  g_assert_no_error (error);

  /* A second youth whose date of birth nobody knows yet. */
  c = sv_store_get_case (f->store, f->case_id, &error);
  youth->household_id = c->household_id;
  g_free (youth->given_names);
  youth->given_names = g_strdup ("Noor");
  g_free (youth->family_name);
  youth->family_name = g_strdup ("Testpersoon");
  g_assert_true (sv_store_save_member (f->store, youth, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sv_gui_test_wait (50);
  g_assert_finalize_object (f->sqlite);
  sv_test_rmtree (f->dir);
  g_free (f->dir);
}

static guint
stored_count (Fixture *f)
{
  g_autoptr(GPtrArray) list = sv_store_list_gesprekken (f->store, f->case_id, NULL);

  return list->len;
}

static void
set_text (gpointer    widget,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static const char *
subtitle (gpointer row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Whether a row of the checklist reads @text with @done. */
static gboolean
checklist_has (SvGesprekPlanner *p,
               const char       *text,
               gboolean          done)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (p->check_group), "sv-group-rows");

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows->pdata[i]));

      if (strstr (title, text) != NULL)
        {
          /* The first line says done or missing; a note may follow. */
          g_auto(GStrv) lines = g_strsplit (subtitle (rows->pdata[i]), "\n", 2);

          return g_str_equal (lines[0], done ? "Done" : "Missing");
        }
    }
  return FALSE;
}

/* The row of the checklist whose title holds @text in any case, or NULL. */
static gpointer
checklist_row (SvGesprekPlanner *p,
               const char       *text)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (p->check_group), "sv-group-rows");
  g_autofree char *want = g_utf8_strdown (text, -1);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      g_autofree char *title = g_utf8_strdown (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows->pdata[i])), -1);

      if (strstr (title, want) != NULL)
        return rows->pdata[i];
    }
  return NULL;
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sv_gui_test_wait (20);
}

static void
test_plan_with_rvdk (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SvGesprekPlanner *p = sv_gesprek_planner_new (NULL, f->store, NULL, f->case_id, 0);
  const SvGesprek *draft = sv_gesprek_planner_get_draft (p);
  GPtrArray *people = draft->people;

  gtk_window_present (GTK_WINDOW (p));
  sv_gui_test_frames (GTK_WIDGET (p), 2);

  /* From the household: the parent, Bram (12 on the day), Noor (asked). */
  g_assert_cmpuint (people->len, ==, 3);
  g_assert_cmpint (((SvGesprekPerson *) people->pdata[0])->role, ==, SV_GESPREK_PARENT);
  g_assert_cmpstr (subtitle (p->latest_row), ==, "Friday 4 December 2026");
  g_assert_true (checklist_has (p, "Noor Testpersoon: ask the date of birth", FALSE));

  /* With the RvdK the gate explains; no date is offered. */
  gtk_switch_set_active (p->rvdk_switch, TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (p->gate_row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (p->date_row)));
  g_assert_nonnull (strstr (subtitle (p->gate_row), "send the completed Veiligheidskaart to the RvdK"));
  g_assert_true (checklist_has (p, "Send the Veiligheidskaart to the RvdK", FALSE));
  set_text (p->kaart_sent_row, "18-11-2026");
  g_assert_nonnull (strstr (subtitle (p->gate_row), "record the RvdK’s decision"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (p->date_row)));
  gtk_toggle_button_set_active (p->rvdk_checks[1], TRUE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (p->gate_row)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (p->date_row)));

  /* A Saturday: a warning. Later than the latest date: a reason asked. */
  set_text (p->date_row, "05-12-2026");
  set_text (p->time_row, "14:30");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (p->warning_row)));
  g_assert_nonnull (strstr (subtitle (p->warning_row), "weekend"));
  g_assert_nonnull (strstr (subtitle (p->warning_row), "Later than the latest date"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (p->late_row)));
  g_assert_false (sv_gesprek_planner_save (p, &error));
  g_assert_nonnull (strstr (error->message, "needs a reason"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (p->error_label)));
  g_assert_cmpuint (stored_count (f), ==, 0);
  g_clear_error (&error);

  /* Back within the window, on a Thursday. */
  set_text (p->date_row, "03-12-2026");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (p->warning_row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (p->late_row)));
  g_assert_cmpstr (subtitle (p->preparation_row), ==, "Thursday 3 December 2026 at 14:00");
  g_assert_cmpstr (subtitle (p->kaart_due_row), ==, "Monday 30 November 2026");
  g_assert_true (checklist_has (p, "Bram Testpersoon: invited (8 or older)", TRUE));

  /* Final without a safety decision: refused, nothing written. */
  gtk_switch_set_active (p->final_switch, TRUE);
  g_assert_false (sv_gesprek_planner_save (p, &error));
  g_assert_nonnull (strstr (error->message, "Safety"));
  g_assert_cmpuint (stored_count (f), ==, 0);
  g_clear_error (&error);
  gtk_switch_set_active (p->safety[1], TRUE);
  g_assert_true (checklist_has (p, "Safety decision recorded", TRUE));

  /* Noor's date of birth, asked and filled in: 6 on the day. */
  g_date_set_dmy (&((SvGesprekPerson *) people->pdata[2])->birth, 1, G_DATE_MARCH, 2020);
  sv_gesprek_planner_changed (p);
  g_assert_true (checklist_has (p, "Noor Testpersoon: younger than 8, not invited", TRUE));

  gtk_switch_set_active (p->room_switch, TRUE);
  set_text (p->room_row, "Zaal 2.14");
  g_assert_true (sv_gesprek_planner_save (p, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (p->error_label)));
  g_assert_cmpuint (stored_count (f), ==, 1);
  g_assert_true (checklist_has (p, "Room reserved", TRUE));
  g_assert_true (checklist_has (p, "Plan final", TRUE));

  /* Letters: the parents and Bram; not Noor. */
  {
    GPtrArray *rows = g_object_get_data (G_OBJECT (p->letters_group), "sv-group-rows");

    g_assert_cmpuint (rows->len, ==, 2);
    g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[1]), ==, "Bram Testpersoon");
  }

  /* Closing with unsaved changes asks; keep editing keeps the window. */
  set_text (p->room_row, "Zaal 3");
  gtk_window_close (GTK_WINDOW (p));
  sv_gui_test_frames (GTK_WIDGET (p), 1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "keep");
  sv_gui_test_wait (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (p)));

  /* Deleted after a question: the conversation and the window go. */
  g_assert_true (gtk_widget_get_visible (p->delete_button));
  g_signal_emit_by_name (p->delete_button, "clicked");
  sv_gui_test_frames (GTK_WIDGET (p), 1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sv_gui_test_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "delete");
  sv_gui_test_wait (50);
  g_assert_cmpuint (stored_count (f), ==, 0);
}

static void
test_letter_editor (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = sv_gesprek_new ();
  g_autofree char *path = g_build_filename (f->dir, "brief.pdf", NULL);
  g_autofree char *printed = g_build_filename (f->dir, "afdruk.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdftotext = NULL;
  gsize length = 0;
  g_autofree char *stored = NULL;
  g_autofree char *text = NULL;
  SvLetterEditor *editor;

  g->case_id = f->case_id;
  g_date_set_dmy (&g->vht_consultation, 20, G_DATE_NOVEMBER, 2026);
  g_date_set_dmy (&g->date, 2, G_DATE_DECEMBER, 2026);
  g->minutes = 10 * 60;
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, "Ŀukasz Nguyễn 王");
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));

  editor = sv_letter_editor_new (NULL, f->store, g, "ouders");
  gtk_window_present (GTK_WINDOW (editor));
  text = sv_letter_editor_dup_text (editor);
  g_assert_nonnull (strstr (text, "Beste Ŀukasz Nguyễn 王,"));
  g_assert_nonnull (strstr (text, "woensdag 2 december 2026"));
  g_assert_null (sv_store_get_gesprek_letter (f->store, g->id, "ouders", NULL));

  sv_letter_editor_set_text (editor, "# Uitnodiging\n\nBeste Ŀukasz,\n\nTot woensdag.");
  g_assert_true (sv_letter_editor_write_pdf (editor, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  stored = sv_store_get_gesprek_letter (f->store, g->id, "ouders", NULL);
  g_assert_cmpstr (stored, ==, "# Uitnodiging\n\nBeste Ŀukasz,\n\nTot woensdag.");

  /* Printed through the print operation (exported: no dialog). */
  sv_letter_editor_set_text (editor, "# Uitnodiging\n\nBeste Ŀukasz Nguyễn 王,\n\nTot woensdag.");
  g_assert_true (sv_letter_editor_print (editor, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (printed, &contents, &length, NULL));
  g_assert_true (length > 100 && memcmp (contents, "%PDF", 4) == 0);
  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext != NULL)
    {
      g_autofree char *out = NULL;
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", printed, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, NULL, NULL));
      g_assert_nonnull (strstr (out, "Beste Ŀukasz Nguyễn 王,"));
    }
  close_window (editor);
}

static void
test_planning_and_outcome (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = sv_gesprek_new ();
  g_autoptr(SvGesprek) back = NULL;
  g_autoptr(SvWorkdays) workdays = sv_workdays_new ();
  g_autoptr(SvPlanningModel) planning = NULL;
  SvGesprekOutcome *outcome;
  GArray *deadlines;
  gboolean prep = FALSE, kaart = FALSE;

  g->case_id = f->case_id;
  g_date_set_dmy (&g->vht_consultation, 20, G_DATE_NOVEMBER, 2026);
  g_date_set_dmy (&g->date, 3, G_DATE_DECEMBER, 2026);
  g->minutes = 14 * 60;
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, "Anna Testpersoon");
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));

  /* The preparation and the definitive Veiligheidskaart in the Planning. */
  planning = sv_planning_model_new (f->store, workdays);
  deadlines = sv_planning_model_get_deadlines (planning);
  for (guint i = 0; i < deadlines->len; i++)
    {
      const SvDeadline *d = &g_array_index (deadlines, SvDeadline, i);

      if (d->case_id != f->case_id)
        continue;
      if (g_str_equal (d->rule_id, "ig-voorbespreking"))
        prep = g_date_get_day (&d->due) == 3 && d->due_minutes == 13 * 60 + 30;
      if (g_str_equal (d->rule_id, "ig-kaart-definitief"))
        kaart = g_date_get_day (&d->due) == 30;
    }
  g_assert_true (prep);
  g_assert_true (kaart);

  /* Before the day the outcome is refused; afterwards it is kept. */
  outcome = sv_gesprek_outcome_new (NULL, f->store, g->id);
  g_assert_false (sv_gesprek_outcome_save (outcome, &error));
  g_assert_nonnull (strstr (error->message, "on or after the day"));
  g_clear_error (&error);
  close_window (outcome);

  g_date_set_dmy (&g->date, 20, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  outcome = sv_gesprek_outcome_new (NULL, f->store, g->id);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (sv_gui_test_find (GTK_WIDGET (outcome),
                                                                                       GTK_TYPE_TEXT_VIEW))),
                            "Ouders werken mee aan het veiligheidsplan.", -1);
  gtk_switch_set_active (GTK_SWITCH (sv_gui_test_find (GTK_WIDGET (outcome), GTK_TYPE_SWITCH)), TRUE);
  g_assert_true (sv_gesprek_outcome_save (outcome, &error));
  g_assert_no_error (error);
  close_window (outcome);
  back = sv_store_get_gesprek (f->store, g->id, &error);
  g_assert_cmpstr (back->outcome, ==, "Ouders werken mee aan het veiligheidsplan.");
  g_assert_cmpint (((SvGesprekPerson *) back->people->pdata[0])->attended, ==, SV_TRI_YES);
}

static void
on_saved_cb (SvGesprekOutcome *outcome,
             gboolean          in_card,
             gpointer          data)
{
  *(int *) data = in_card ? 1 : 0;
}

/* The definitive card sent on 18 November to the school and the RvdK;
 * the conversation on 20 November. */
static void
test_card_link (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvGesprek) g = sv_gesprek_new ();
  g_autoptr(SvGesprek) back = NULL;
  g_autoptr(SvCardRecipient) school = sv_card_recipient_new ();
  g_autoptr(SvCardRecipient) raad = sv_card_recipient_new ();
  g_autoptr(SvCardVersion) v = NULL;
  g_autoptr(SvSafetyCard) card = NULL;
  g_autofree char *expected = NULL, *sent_text = NULL, *note = NULL;
  SvGesprekPlanner *p;
  SvGesprekOutcome *outcome;
  GtkWidget *row, *button;
  gint64 ids[2], rev = 0;
  GDate sent, held;
  int saved = -1;

  g->case_id = f->case_id;
  g_date_set_dmy (&g->vht_consultation, 16, G_DATE_NOVEMBER, 2026);
  g_date_set_dmy (&g->date, 20, G_DATE_NOVEMBER, 2026);
  g->minutes = 10 * 60;
  sv_gesprek_add_person (g, SV_GESPREK_PARENT, "Anna Testpersoon");
  g_assert_true (sv_store_save_gesprek (f->store, g, NULL, &error));
  g_assert_no_error (error);

  /* Before any version the checklist says so. */
  p = sv_gesprek_planner_new (NULL, f->store, NULL, f->case_id, g->id);
  gtk_window_present (GTK_WINDOW (p));
  sv_gui_test_frames (GTK_WIDGET (p), 2);
  row = checklist_row (p, "Definitive Veiligheidskaart");
  g_assert_nonnull (strstr (subtitle (row), "no version made yet"));
  g_assert_null (sv_gui_test_find (row, GTK_TYPE_BUTTON));

  /* Made and sent while the planner is open: the checklist follows. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_REACTIE_OUDERS,
                                           "Ouders zijn het eens.", 0, &rev, &error));
  v = sv_store_make_card_version (f->store, f->case_id, SV_CARD_STATUS_DEFINITIEF, &error);
  g_assert_no_error (error);
  school->case_id = raad->case_id = f->case_id;
  g_free (school->name);
  school->name = g_strdup ("M. Bakker");
  g_free (school->organisation);
  school->organisation = g_strdup ("Basisschool De Linde");
  g_free (raad->name);
  raad->name = g_strdup ("A. Smit");
  g_free (raad->organisation);
  raad->organisation = g_strdup ("Raad voor de Kinderbescherming");
  g_assert_true (sv_store_save_card_recipient (f->store, school, &error));
  g_assert_true (sv_store_save_card_recipient (f->store, raad, &error));
  ids[0] = school->id;
  ids[1] = raad->id;
  g_date_set_dmy (&sent, 18, G_DATE_NOVEMBER, 2026);
  g_assert_true (sv_store_mark_card_version_sent (f->store, v->id, ids, 2, &sent, &error));
  g_assert_no_error (error);
  sv_gui_test_frames (GTK_WIDGET (p), 1);

  sent_text = sv_date_format_medium (&sent);
  note = g_strdup_printf ("version 1 sent on %s to M. Bakker (Basisschool De Linde), A. Smit (Raad voor de Kinderbescherming)",
                          sent_text);
  row = checklist_row (p, "Definitive Veiligheidskaart");
  g_assert_nonnull (strstr (subtitle (row), note));
  g_assert_true (checklist_has (p, "Send the definitive Veiligheidskaart", FALSE));
  /* Taken over on request only. */
  g_assert_false (g_date_valid (&sv_gesprek_planner_get_draft (p)->kaart_definitive_sent));
  button = sv_gui_test_find (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sv_gui_test_frames (GTK_WIDGET (p), 1);
  g_assert_cmpint (g_date_compare (&sv_gesprek_planner_get_draft (p)->kaart_definitive_sent, &sent), ==, 0);
  g_assert_true (checklist_has (p, "Definitive Veiligheidskaart sent to all participants", TRUE));
  g_assert_null (sv_gui_test_find (checklist_row (p, "Definitive Veiligheidskaart"), GTK_TYPE_BUTTON));

  /* With the RvdK: the card went to the RvdK's recipient on the 18th. */
  gtk_switch_set_active (p->rvdk_switch, TRUE);
  g_assert_nonnull (strstr (subtitle (p->gate_row), "take the date over in the checklist"));
  row = checklist_row (p, "Send the Veiligheidskaart to the RvdK");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (subtitle (row), sent_text));
  g_signal_emit_by_name (sv_gui_test_find (row, GTK_TYPE_BUTTON), "clicked");
  g_assert_cmpint (g_date_compare (&sv_gesprek_planner_get_draft (p)->rvdk_kaart_sent, &sent), ==, 0);
  g_assert_true (checklist_has (p, "Veiligheidskaart sent to the RvdK", TRUE));
  gtk_toggle_button_set_active (p->rvdk_checks[1], TRUE);
  g_assert_true (sv_gesprek_planner_save (p, &error));
  g_assert_no_error (error);
  back = sv_store_get_gesprek (f->store, g->id, &error);
  g_assert_cmpint (g_date_compare (&back->kaart_definitive_sent, &sent), ==, 0);
  g_assert_cmpint (g_date_compare (&back->rvdk_kaart_sent, &sent), ==, 0);

  /* The outcome: text typed in the card stays, the outcome follows. */
  g_assert_true (sv_store_save_card_field (f->store, f->case_id, SV_CARD_FIELD_UITKOMST_GESPREK,
                                           "Eerder getypt in de kaart.", 0, &rev, &error));
  g_signal_emit_by_name (sv_gui_test_find (GTK_WIDGET (p->outcome_group), GTK_TYPE_BUTTON), "clicked");
  sv_gui_test_frames (GTK_WIDGET (p), 1);
  outcome = SV_GESPREK_OUTCOME (sv_gui_test_toplevel (SV_TYPE_GESPREK_OUTCOME));
  g_assert_nonnull (outcome);
  g_signal_connect (outcome, "saved", G_CALLBACK (on_saved_cb), &saved);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (sv_gui_test_find (GTK_WIDGET (outcome),
                                                                                       GTK_TYPE_TEXT_VIEW))),
                            "  Ouders werken mee; de school houdt contact.\n", -1);
  g_assert_true (sv_gesprek_outcome_save (outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpint (saved, ==, 1);
  close_window (outcome);
  sv_gui_test_frames (GTK_WIDGET (p), 2);
  g_assert_nonnull (sv_gui_test_find_label (GTK_WIDGET (p), "The outcome is also in the Veiligheidskaart"));

  held = sv_gesprek_planner_get_draft (p)->date;
  {
    g_autofree char *held_text = sv_date_format_medium (&held);

    expected = g_strdup_printf ("Eerder getypt in de kaart.\n\nInterventiegesprek %s:\n"
                                "Ouders werken mee; de school houdt contact.", held_text);
  }
  card = sv_store_get_safety_card (f->store, f->case_id, &error);
  g_assert_cmpstr (card->texts[SV_CARD_FIELD_UITKOMST_GESPREK].text, ==, expected);
  close_window (p);
}

int
main (int   argc,
      char *argv[])
{
  sv_gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gesprek-planner/plan-with-rvdk", test_plan_with_rvdk);
  ADD ("/gesprek-planner/letter-editor", test_letter_editor);
  ADD ("/gesprek-planner/planning-and-outcome", test_planning_and_outcome);
  ADD ("/gesprek-planner/card-link", test_card_link);
#undef ADD
  return g_test_run ();
}
