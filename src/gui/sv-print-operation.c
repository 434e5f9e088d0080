/* sv-print-operation.c: GtkPrintOperation drawing an SvPrintDoc. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sv-gui-util.h"
#include "sv-print-journal-chooser.h"
#include "sv-print-operation.h"
#include "sv-print-preview.h"
#include "sv-print-settings.h"

#define MM           (72.0 / 25.4)
#define MIN_MARGIN   (20 * MM)

/* What makes the document, shared by an operation, its preview and the
 * operation the preview prints with (a GtkPrintOperation runs once). */
typedef struct {
  SvPrintBuildFunc  build;
  gpointer          user_data;
  GDestroyNotify    destroy;
  char             *job_name;
  const SvPrintNamesChoice *choice;
} Source;

/* A file as it was before the operation could write it. */
typedef struct {
  char     *path;                    /* owned; NULL: nothing to watch */
  gboolean  existed;
  guint64   inode;
  guint64   size;
  guint64   modified;                /* microseconds */
} FileMark;

struct _SvPrintOperation
{
  GtkPrintOperation  parent_instance;

  Source            *source;         /* a reference (GRcBox) */
  SvOverviewOptions  choices;        /* the names; the journal if offered */
  SvPrintDoc        *doc;            /* owned; from the last begin-print */
  GtkPageSetup      *used_setup;     /* owned; its paper */
  GError            *error;          /* owned; why begin-print gave up */
  GError            *choice_error;   /* owned; a wrong date in the dialog */
  GtkCheckButton    *initials_check; /* borrowed; in the dialog's tab */
  SvPrintJournalChooser *journal_chooser; /* borrowed; in the dialog's tab */
  GtkCheckButton    *card_check;     /* borrowed; in the dialog's tab */
  FileMark           export_file;    /* the export filename's */
  FileMark           output_file;    /* "Print to File"'s output URI's */
};

G_DEFINE_FINAL_TYPE (SvPrintOperation, sv_print_operation, GTK_TYPE_PRINT_OPERATION)

static const SvPrintNamesChoice overview_choice = {
  "names", SV_OVERVIEW_NAMES_FULL,
  N_("_Full names, for the case file and the meeting"),
  N_("_Initials only, for a print that leaves the room"),
  N_("Full Names"), N_("Initials"),
  TRUE,
};

const SvPrintNamesChoice *
sv_print_names_choice_overview (void)
{
  return &overview_choice;
}

static void
source_clear (gpointer data)
{
  Source *source = data;

  if (source->destroy != NULL)
    source->destroy (source->user_data);
  g_free (source->job_name);
}

/* ------------------------------------------------------------------------
 * Auxiliary methods
 * ------------------------------------------------------------------------ */

/* The tab holds the names, and the journal where the document has one. */
static void
set_tab_label (SvPrintOperation *self)
{
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self),
                                            self->source->choice->journal
                                            ? C_("print dialog tab", "Contents")
                                            : C_("print dialog tab", "Names"));
}

static void
file_mark_clear (FileMark *mark)
{
  g_clear_pointer (&mark->path, g_free);
  mark->existed = FALSE;
}

static gboolean
file_mark_query (const char *path,
                 guint64    *inode,
                 guint64    *size,
                 guint64    *modified)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_UNIX_INODE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (info == NULL)
    return FALSE;
  *inode = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE);
  *size = (guint64) g_file_info_get_size (info);
  *modified = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC
              + g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  return TRUE;
}

static void
file_mark_set (FileMark   *mark,
               const char *path)
{
  file_mark_clear (mark);
  if (path == NULL || *path == '\0')
    return;
  mark->path = g_strdup (path);
  mark->existed = file_mark_query (path, &mark->inode, &mark->size, &mark->modified);
}

/* A PDF of a case is for its owner's eyes: the export file is made (or
 * kept) 0600 before cairo writes into it — cairo opens it with "wb",
 * which keeps the mode of an existing file — and "Print to File"'s file,
 * which GTK creates itself, is made 0600 as soon as it is done. */
static void
make_private (const char *path,
              gboolean    create)
{
  int fd;

  if (path == NULL || *path == '\0')
    return;
  if (create && (fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600)) >= 0)
    close (fd);
  g_chmod (path, 0600);
}

/* Removes the file when this operation created it or began to write it.
 *
 * A file that was there before and is still as it was is left alone:
 * GTK's file backend spools the pages and copies them to the chosen file
 * only once all are drawn, so a print cancelled before then never touched
 * the user's old file, and removing it would lose a document for nothing.
 * A file that was there and has changed (an export truncates it as soon
 * as it starts; "Print to File" replaces it when it copies) is removed
 * too: the user chose to overwrite it, so its old content is gone anyway,
 * and half a new PDF that looks whole is worse than no file. */
static void
file_mark_remove_if_written (FileMark *mark)
{
  guint64 inode, size, modified;

  if (mark->path == NULL || !file_mark_query (mark->path, &inode, &size, &modified))
    return;
  if (mark->existed && inode == mark->inode && size == mark->size && modified == mark->modified)
    return;
  if (g_remove (mark->path) != 0)
    /* No path in the system log: a file name may name a family. */
    g_message ("An unfinished print could not be removed: %s", g_strerror (errno));
}

/* The local file "Print to File" writes to, from the dialog's settings. */
static char *
dup_output_path (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *uri = settings != NULL ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;

  return uri != NULL ? g_filename_from_uri (uri, NULL, NULL) : NULL;
}

void
sv_print_geometry_for_setup (GtkPageSetup   *setup,
                             SvPageGeometry *geometry)
{
  geometry->width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  geometry->height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  geometry->margin_top = MAX (MIN_MARGIN, gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  geometry->margin_bottom = MAX (MIN_MARGIN, gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS));
  geometry->margin_left = MAX (MIN_MARGIN, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
  geometry->margin_right = MAX (MIN_MARGIN, gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS));
}

/* ------------------------------------------------------------------------
 * GtkPrintOperation overrides
 * ------------------------------------------------------------------------ */

static void
sv_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  SvPageGeometry geometry;

  g_clear_pointer (&self->doc, sv_print_doc_free);
  g_clear_error (&self->error);
  g_set_object (&self->used_setup, setup);
  {
    g_autofree char *output = dup_output_path (operation);

    /* The dialog is closed; the file backend writes after the last page. */
    file_mark_set (&self->output_file, output);
  }
  if (self->choice_error != NULL)
    {
      /* Nothing rather than a journal of other dates than were asked for. */
      self->error = g_steal_pointer (&self->choice_error);
      g_object_unref (pango);
      gtk_print_operation_cancel (operation);
      return;
    }
  sv_print_geometry_for_setup (setup, &geometry);
  /* The context knows the paper as turned for printing. */
  geometry.width = gtk_print_context_get_width (context);
  geometry.height = gtk_print_context_get_height (context);

  self->doc = sv_print_operation_build_doc (self, pango, &geometry, &self->choices, &self->error);
  g_object_unref (pango);
  if (self->doc == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) sv_print_doc_get_n_pages (self->doc));
}

static void
sv_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);

  if (self->doc != NULL && page_nr >= 0 && (guint) page_nr < sv_print_doc_get_n_pages (self->doc))
    sv_print_doc_draw_page (self->doc, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static GtkWidget *
sv_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Names of the family on the print"));
  const SvPrintNamesChoice *choice = self->source->choice;
  GtkWidget *full = gtk_check_button_new_with_mnemonic (_(choice->full_label));
  GtkWidget *initials = gtk_check_button_new_with_mnemonic (_(choice->masked_label));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (initials), GTK_CHECK_BUTTON (full));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->choices.names == SV_OVERVIEW_NAMES_INITIALS ? initials : full),
                               TRUE);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), full);
  gtk_box_append (GTK_BOX (box), initials);
  self->initials_check = GTK_CHECK_BUTTON (initials);
  if (choice->journal)
    {
      GtkWidget *journal_heading = gtk_label_new (_("Journal"));
      GtkWidget *chooser = sv_print_journal_chooser_new (GTK_ORIENTATION_VERTICAL);

      gtk_widget_add_css_class (journal_heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (journal_heading), 0);
      gtk_widget_set_margin_top (journal_heading, 18);
      sv_print_journal_chooser_set (SV_PRINT_JOURNAL_CHOOSER (chooser), self->choices.with_journal,
                                    &self->choices.journal_from, &self->choices.journal_to);
      GtkWidget *card_heading = gtk_label_new (_("Veiligheidskaart"));
      GtkWidget *card = gtk_check_button_new_with_mnemonic (_("Print the _Veiligheidskaart, when the case has one"));

      gtk_widget_add_css_class (card_heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (card_heading), 0);
      gtk_widget_set_margin_top (card_heading, 18);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (card), self->choices.with_card);
      gtk_box_append (GTK_BOX (box), card_heading);
      gtk_box_append (GTK_BOX (box), card);
      self->card_check = GTK_CHECK_BUTTON (card);

      gtk_box_append (GTK_BOX (box), journal_heading);
      gtk_box_append (GTK_BOX (box), chooser);
      self->journal_chooser = SV_PRINT_JOURNAL_CHOOSER (chooser);
    }
  return box;
}

static void
sv_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                        GtkWidget         *widget)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);

  if (self->initials_check != NULL)
    self->choices.names = gtk_check_button_get_active (self->initials_check)
                          ? SV_OVERVIEW_NAMES_INITIALS : SV_OVERVIEW_NAMES_FULL;
  if (self->card_check != NULL)
    self->choices.with_card = gtk_check_button_get_active (self->card_check);
  g_clear_error (&self->choice_error);
  if (self->journal_chooser != NULL)
    sv_print_journal_chooser_get (self->journal_chooser, &self->choices, &self->choice_error);
  self->initials_check = NULL;
  self->journal_chooser = NULL;
  self->card_check = NULL;
}

/* The dialog's Preview button shows the app's own preview (the system's
 * needs a PDF viewer that may not be installed). */
static gboolean
sv_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);
  GtkWidget *window;

  window = sv_print_preview_new (parent, self, gtk_print_context_get_page_setup (context));
  gtk_window_present (GTK_WINDOW (window));
  gtk_print_operation_preview_end_preview (preview);
  return TRUE;
}

/* Runs after GTK has closed the output: an aborted or failed print
 * (cancelled in the progress dialog, by gtk_print_operation_cancel() from
 * draw-page or begin-print, or a write that failed) leaves no PDF. */
static void
sv_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR || result == GTK_PRINT_OPERATION_RESULT_CANCEL ||
      gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
    {
      file_mark_remove_if_written (&self->export_file);
      file_mark_remove_if_written (&self->output_file);
    }
  else
    make_private (self->output_file.path, FALSE);
  file_mark_clear (&self->output_file);
}

/* ------------------------------------------------------------------------
 * GObject overrides
 * ------------------------------------------------------------------------ */

/* An export truncates its file before begin-print: it is looked at when
 * it is named. */
static void
sv_print_operation_notify (GObject    *object,
                           GParamSpec *pspec)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (object);

  if (g_strcmp0 (pspec->name, "export-filename") == 0)
    {
      g_autofree char *path = NULL;

      g_object_get (object, "export-filename", &path, NULL);
      file_mark_set (&self->export_file, path);
      make_private (path, TRUE);
    }
  if (G_OBJECT_CLASS (sv_print_operation_parent_class)->notify != NULL)
    G_OBJECT_CLASS (sv_print_operation_parent_class)->notify (object, pspec);
}

static void
sv_print_operation_finalize (GObject *object)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (object);

  g_clear_pointer (&self->doc, sv_print_doc_free);
  g_clear_object (&self->used_setup);
  g_clear_error (&self->error);
  g_clear_error (&self->choice_error);
  file_mark_clear (&self->export_file);
  file_mark_clear (&self->output_file);
  if (self->source != NULL)
    g_rc_box_release_full (g_steal_pointer (&self->source), source_clear);
  G_OBJECT_CLASS (sv_print_operation_parent_class)->finalize (object);
}

static void
sv_print_operation_class_init (SvPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = sv_print_operation_finalize;
  object_class->notify = sv_print_operation_notify;
  operation_class->begin_print = sv_print_operation_begin_print;
  operation_class->draw_page = sv_print_operation_draw_page;
  operation_class->create_custom_widget = sv_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = sv_print_operation_custom_widget_apply;
  operation_class->preview = sv_print_operation_preview;
  operation_class->done = sv_print_operation_done;
}

static void
sv_print_operation_init (SvPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPrintSettings) settings = sv_print_settings_load ();
  g_autoptr(GtkPageSetup) setup = sv_print_page_setup_load ();

  /* Points on the whole sheet: the documents keep their own margins,
   * widened to what the printer cannot reach. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_default_page_setup (operation, setup);
  sv_overview_options_init (&self->choices);
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvPrintOperation *
sv_print_operation_new (const char       *job_name,
                        SvPrintBuildFunc  build,
                        gpointer          user_data,
                        GDestroyNotify    destroy)
{
  SvPrintOperation *self;
  GtkPrintSettings *settings;

  g_return_val_if_fail (build != NULL, NULL);

  self = g_object_new (SV_TYPE_PRINT_OPERATION, NULL);
  self->source = g_rc_box_new0 (Source);
  self->source->build = build;
  self->source->user_data = user_data;
  self->source->destroy = destroy;
  self->source->job_name = g_strdup (job_name);
  self->source->choice = &overview_choice;
  set_tab_label (self);
  self->choices.names = sv_print_names_load (overview_choice.settings_key, overview_choice.fallback);
  sv_print_journal_load (&self->choices);
  if (job_name != NULL)
    {
      gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);
      settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, job_name);
    }
  return self;
}

SvPrintOperation *
sv_print_operation_new_like (SvPrintOperation *other)
{
  SvPrintOperation *self;

  g_return_val_if_fail (SV_IS_PRINT_OPERATION (other), NULL);

  self = g_object_new (SV_TYPE_PRINT_OPERATION, NULL);
  self->source = g_rc_box_acquire (other->source);
  self->choices = other->choices;
  set_tab_label (self);
  if (self->source->job_name != NULL)
    {
      gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), self->source->job_name);
      gtk_print_settings_set (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self)),
                              GTK_PRINT_SETTINGS_OUTPUT_BASENAME, self->source->job_name);
    }
  return self;
}

SvPrintDoc *
sv_print_operation_build_doc (SvPrintOperation        *self,
                              PangoContext            *context,
                              const SvPageGeometry    *geometry,
                              const SvOverviewOptions *choices,
                              GError                 **error)
{
  SvOverviewOptions without = *choices;

  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), NULL);
  if (!self->source->choice->journal)
    without.with_journal = without.with_card = FALSE;
  return self->source->build (context, geometry, &without, self->source->user_data, error);
}

void
sv_print_operation_set_names_choice (SvPrintOperation         *self,
                                     const SvPrintNamesChoice *choice)
{
  g_return_if_fail (SV_IS_PRINT_OPERATION (self));
  g_return_if_fail (choice != NULL);

  self->source->choice = choice;
  set_tab_label (self);
  self->choices.names = sv_print_names_load (choice->settings_key, choice->fallback);
}

const SvPrintNamesChoice *
sv_print_operation_get_names_choice (SvPrintOperation *self)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), NULL);
  return self->source->choice;
}

SvOverviewNames
sv_print_operation_get_names (SvPrintOperation *self)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), SV_OVERVIEW_NAMES_FULL);
  return self->choices.names;
}

void
sv_print_operation_set_names (SvPrintOperation *self,
                              SvOverviewNames   names)
{
  g_return_if_fail (SV_IS_PRINT_OPERATION (self));
  self->choices.names = names;
}

gboolean
sv_print_operation_get_journal (SvPrintOperation *self,
                                GDate            *from,
                                GDate            *to)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), FALSE);

  if (from != NULL)
    *from = self->choices.journal_from;
  if (to != NULL)
    *to = self->choices.journal_to;
  return self->choices.with_journal;
}

void
sv_print_operation_set_journal (SvPrintOperation *self,
                                gboolean          with_journal,
                                const GDate      *from,
                                const GDate      *to)
{
  g_return_if_fail (SV_IS_PRINT_OPERATION (self));

  self->choices.with_journal = with_journal;
  if (from != NULL && g_date_valid (from))
    self->choices.journal_from = *from;
  else
    g_date_clear (&self->choices.journal_from, 1);
  if (to != NULL && g_date_valid (to))
    self->choices.journal_to = *to;
  else
    g_date_clear (&self->choices.journal_to, 1);
}

gboolean
sv_print_operation_get_card (SvPrintOperation *self)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), FALSE);
  return self->choices.with_card;
}

void
sv_print_operation_set_card (SvPrintOperation *self,
                             gboolean          with_card)
{
  g_return_if_fail (SV_IS_PRINT_OPERATION (self));
  self->choices.with_card = with_card;
}

const GError *
sv_print_operation_get_error (SvPrintOperation *self)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), NULL);
  return self->error;
}

SvPrintDoc *
sv_print_operation_get_doc (SvPrintOperation *self)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), NULL);
  return self->doc;
}

void
sv_print_operation_run_for (SvPrintOperation        *self,
                            GtkWidget               *parent,
                            GtkPrintOperationAction  action)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  GtkPrintOperationResult result;

  g_return_if_fail (SV_IS_PRINT_OPERATION (self));

  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  if (action == GTK_PRINT_OPERATION_ACTION_PREVIEW)
    {
      GtkWidget *window = sv_print_preview_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self,
                                                gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (self)));

      gtk_window_present (GTK_WINDOW (window));
      return;
    }
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), action,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR || self->error != NULL)
    {
      if (parent != NULL)
        sv_show_error_toast (parent, error != NULL ? error : self->error);
      return;
    }
  /* An export cancelled midway still reports APPLY: its status says it. */
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
      gtk_print_operation_get_status (GTK_PRINT_OPERATION (self)) != GTK_PRINT_STATUS_FINISHED_ABORTED)
    {
      g_autoptr(GError) save_error = NULL;

      if (!sv_print_settings_save (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self)),
                                   self->used_setup, self->source->choice->settings_key, self->choices.names,
                                   self->source->choice->journal ? &self->choices : NULL,
                                   &save_error))
        g_message ("The print settings were not saved: %s", save_error->message);
    }
}
