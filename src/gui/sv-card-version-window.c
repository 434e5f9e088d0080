/* sv-card-version-window.c: a version of the Veiligheidskaart read-only,
 * or the changes between two. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sv-card-version-window.h"
#include "sv-date.h"
#include "sv-safety-card.h"

struct _SvCardVersionWindow
{
  AdwWindow  parent_instance;

  GtkBox    *content;   /* borrowed: inside the window */
  guint      n_changes;
};

G_DEFINE_FINAL_TYPE (SvCardVersionWindow, sv_card_version_window, ADW_TYPE_WINDOW)

/* ------------------------------------------------------------------------
 * Marking what changed
 * ------------------------------------------------------------------------ */

static gboolean
is_break (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_ispunct (c);
}

char *
sv_card_diff_markup (const char *text,
                     const char *other,
                     gboolean    added)
{
  const char *a = text != NULL ? text : "";
  const char *b = other != NULL ? other : "";
  const char *pa = a, *pb = b, *ea = a + strlen (a), *eb = b + strlen (b);
  const char *cut, *end_cut;
  g_autofree char *head = NULL, *mid = NULL, *tail = NULL;

  /* The common start, backed off to the last break so that a word that
   * changed is marked whole. */
  while (*pa != '\0' && *pb != '\0' && g_utf8_get_char (pa) == g_utf8_get_char (pb))
    {
      pa = g_utf8_next_char (pa);
      pb = g_utf8_next_char (pb);
    }
  /* Back to the start of a word only when the texts part in the middle
   * of one: "rustig." against "rustig, daar" keeps "rustig" plain. */
  cut = pa;
  if ((*pa != '\0' && !is_break (g_utf8_get_char (pa))) || (*pb != '\0' && !is_break (g_utf8_get_char (pb))))
    while (cut > a && !is_break (g_utf8_get_char (g_utf8_prev_char (cut))))
      cut = g_utf8_prev_char (cut);
  /* The common end, not into the start; on to the end of a word only
   * when they part in the middle of one. */
  {
    const char *qa = ea, *qb = eb;
    const char *start_b = b + (cut - a);

    while (qa > cut && qb > start_b &&
           g_utf8_get_char (g_utf8_prev_char (qa)) == g_utf8_get_char (g_utf8_prev_char (qb)))
      {
        qa = g_utf8_prev_char (qa);
        qb = g_utf8_prev_char (qb);
      }
    end_cut = qa;
    if ((qa > cut && !is_break (g_utf8_get_char (g_utf8_prev_char (qa)))) ||
        (qb > start_b && !is_break (g_utf8_get_char (g_utf8_prev_char (qb)))))
      while (end_cut < ea && !is_break (g_utf8_get_char (end_cut)))
        end_cut = g_utf8_next_char (end_cut);
  }
  head = g_markup_escape_text (a, cut - a);
  mid = g_markup_escape_text (cut, end_cut - cut);
  tail = g_markup_escape_text (end_cut, ea - end_cut);
  if (*mid == '\0')
    return g_strconcat (head, tail, NULL);
  return g_strdup_printf (added ? "%s<span background=\"#2ec27e\" bgalpha=\"30%%\" underline=\"single\">%s</span>%s"
                                : "%s<span background=\"#e01b24\" bgalpha=\"22%%\" strikethrough=\"true\">%s</span>%s",
                          head, mid, tail);
}

/* ------------------------------------------------------------------------
 * Building
 * ------------------------------------------------------------------------ */

static GtkWidget *
text_label (const char *text,
            gboolean    markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable with the pointer, but not the first stop of the focus: a
   * label that gets it shows all its text selected. */
  gtk_widget_set_focusable (label, FALSE);
  return label;
}

static void
add_heading (SvCardVersionWindow *self,
             const char          *title,
             const char          *detail)
{
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_set_margin_top (label, 18);
  gtk_box_append (self->content, label);
  if (detail != NULL)
    {
      GtkWidget *d = gtk_label_new (detail);

      gtk_label_set_xalign (GTK_LABEL (d), 0);
      gtk_widget_add_css_class (d, "dim-label");
      gtk_widget_add_css_class (d, "caption");
      gtk_box_append (self->content, d);
    }
}

static void
add_text (SvCardVersionWindow *self,
          const char          *text)
{
  GtkWidget *label = text_label (text != NULL && *text != '\0' ? text : "—", FALSE);

  gtk_box_append (self->content, label);
}

static SvCardVersionWindow *
window_new (GtkWindow  *parent,
            const char *title,
            const char *subtitle)
{
  SvCardVersionWindow *self = g_object_new (SV_TYPE_CARD_VERSION_WINDOW,
                                            "default-width", 900,
                                            "default-height", 760,
                                            "title", title,
                                            NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  gtk_box_append (GTK_BOX (box), header);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 36);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
  self->content = GTK_BOX (content);
  return self;
}

static void
sv_card_version_window_class_init (SvCardVersionWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sv_card_version_window_init (SvCardVersionWindow *self)
{
}

/* ------------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------------ */

SvCardVersionWindow *
sv_card_version_window_new_view (GtkWindow   *parent,
                                 const char  *title,
                                 const char  *snapshot,
                                 GError     **error)
{
  g_autoptr(SvSafetyCard) card = sv_safety_card_from_json (snapshot, error);
  SvCardVersionWindow *self;

  if (card == NULL)
    return NULL;
  self = window_new (parent, title, _("Read-only: a version is kept as it was"));
  for (guint f = 0; f < SV_CARD_N_FIELDS; f++)
    {
      add_heading (self, sv_card_field_title (f), NULL);
      add_text (self, card->texts[f].text);
    }
  add_heading (self, _("Kind of advice"), NULL);
  add_text (self, sv_vht_advice_label (card->advice));
  add_heading (self, _("Safety Scale"), NULL);
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (guint i = 0; i < card->scores->len; i++)
      {
        SvCardScore *score = card->scores->pdata[i];
        g_autofree char *date = sv_date_format_medium (&score->date);

        g_string_append_printf (s, "%s%s: %d (%s)", s->len > 0 ? "\n" : "", score->viewpoint, score->score, date);
      }
    add_text (self, s->str);
  }
  add_heading (self, _("Conditions of Veilig Thuis"), NULL);
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (guint i = 0; i < card->conditions->len; i++)
      {
        SvCardCondition *c = card->conditions->pdata[i];
        g_autofree char *term = g_date_valid (&c->term) ? sv_date_format_medium (&c->term) : g_strdup ("—");

        g_string_append_printf (s, "%s%s — %s — %s", s->len > 0 ? "\n" : "", c->text, term, c->consequence);
      }
    add_text (self, s->str);
  }
  add_heading (self, _("Agreements"), NULL);
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (guint i = 0; i < card->agreements->len; i++)
      {
        SvAgreement *a = card->agreements->pdata[i];
        g_autofree char *due = g_date_valid (&a->due) ? sv_date_format_medium (&a->due) : g_strdup ("—");

        g_string_append_printf (s, "%s%s: %s (%s) — %s", s->len > 0 ? "\n" : "", a->who, a->what, due, a->monitoring);
      }
    add_text (self, s->str);
  }
  return self;
}

SvCardVersionWindow *
sv_card_version_window_new_compare (GtkWindow   *parent,
                                    const char  *old_title,
                                    const char  *old_snapshot,
                                    const char  *new_title,
                                    const char  *new_snapshot,
                                    GError     **error)
{
  g_autoptr(GPtrArray) changes = sv_card_diff (old_snapshot, new_snapshot, error);
  g_autofree char *title = NULL;
  SvCardVersionWindow *self;

  if (changes == NULL)
    return NULL;
  /* TRANSLATORS: "Version 2 compared with the card now" */
  title = g_strdup_printf (_("%s compared with %s"), old_title, new_title);
  self = window_new (parent, _("Compare Versions"), title);
  self->n_changes = changes->len;
  if (changes->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "emblem-ok-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Changes"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), _("The two versions are the same."));
      gtk_box_append (self->content, status);
      return self;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      SvCardChange *change = changes->pdata[i];
      GtkWidget *grid = gtk_grid_new ();
      g_autofree char *old_markup = sv_card_diff_markup (change->old_text, change->new_text, FALSE);
      g_autofree char *new_markup = sv_card_diff_markup (change->new_text, change->old_text, TRUE);
      const char *kind = change->kind == SV_CARD_CHANGE_ADDED ? _("added")
                         : change->kind == SV_CARD_CHANGE_REMOVED ? _("removed") : _("changed");
      GtkWidget *old_label, *new_label, *old_head, *new_head;

      add_heading (self, change->title, kind);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
      gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
      old_head = gtk_label_new (old_title);
      new_head = gtk_label_new (new_title);
      gtk_label_set_xalign (GTK_LABEL (old_head), 0);
      gtk_label_set_xalign (GTK_LABEL (new_head), 0);
      gtk_widget_add_css_class (old_head, "caption-heading");
      gtk_widget_add_css_class (new_head, "caption-heading");
      old_label = text_label (*change->old_text != '\0' ? old_markup : "—", TRUE);
      new_label = text_label (*change->new_text != '\0' ? new_markup : "—", TRUE);
      gtk_widget_add_css_class (old_label, "sv-diff-removed");
      gtk_widget_add_css_class (new_label, "sv-diff-added");
      gtk_accessible_update_property (GTK_ACCESSIBLE (old_label), GTK_ACCESSIBLE_PROPERTY_LABEL, old_title, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (new_label), GTK_ACCESSIBLE_PROPERTY_LABEL, new_title, -1);
      gtk_grid_attach (GTK_GRID (grid), old_head, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_head, 1, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), old_label, 0, 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_label, 1, 1, 1, 1);
      gtk_box_append (self->content, grid);
    }
  return self;
}

guint
sv_card_version_window_get_n_changes (SvCardVersionWindow *self)
{
  g_return_val_if_fail (SV_IS_CARD_VERSION_WINDOW (self), 0);
  return self->n_changes;
}
