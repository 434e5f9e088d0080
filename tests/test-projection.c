/* test-projection.c: the projector's picture and window.
 *
 * - The allow-list, rendered: a case with every field filled in, drawn to
 *   an image and to a PDF; no name, date of birth, note, address, minutes
 *   or inbrenger reaches either, what may show does.
 * - Readable from the back: body text ≥ 28 px at 1080 lines, contrast
 *   ≥ 7:1 light and dark, the current case marked by more than colour.
 * - Robust: a 2,000-character question, 30 cases and 25 agreements at
 *   many sizes: every text inside the surface, no two texts on each other.
 * - The window: shows and updates; an unplugged projector closes it once
 *   and cleanly; the chair's monitor is not offered.
 *
 * With SV_PROJECTION_PNG_DIR set, /projection/screenshots writes a
 * realistic LEJO meeting as PNG and PDF there (run with LANGUAGE=nl to
 * see the Dutch).
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sv-case.h"
#include "sv-date.h"
#include "sv-gui-test-util.h"
#include "sv-journal-entry.h"
#include "sv-projection-draw.h"
#include "sv-projection-window.h"

/* ------------------------------------------------------------------------
 * Fixtures
 * ------------------------------------------------------------------------ */

static void
set_date (GDate      *out,
          const char *iso)
{
  g_assert_true (sv_date_from_iso (iso, out));
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static SvAgendaItem *
make_item (gint64 case_id,
           guint  position,
           int    planned)
{
  SvAgendaItem *item = sv_agenda_item_new ();

  item->id = case_id * 10;
  item->meeting_id = 1;
  item->case_id = case_id;
  item->position = position;
  item->planned_minutes = planned;
  return item;
}

static SvMember *
make_member (const char   *given,
             const char   *family,
             const char   *born,
             SvMemberRole  role,
             const char   *note)
{
  SvMember *m = sv_member_new ();

  replace (&m->given_names, given);
  replace (&m->family_name, family);
  if (born != NULL)
    set_date (&m->birth_date, born);
  m->role = role;
  replace (&m->note, note);
  return m;
}

static SvAgreement *
make_agreement (const char *who,
                const char *what,
                const char *due,
                const char *monitoring)
{
  SvAgreement *a = sv_agreement_new ();

  replace (&a->who, who);
  replace (&a->what, what);
  if (due != NULL)
    set_date (&a->due, due);
  replace (&a->monitoring, monitoring);
  return a;
}

/* A meeting of @n cases with every field filled in. Case 0 is the one with
 * markers everywhere; the rest have their own household names. The case
 * record, its journal and its network are made too, with markers, though
 * the projection is not given them: the fixture is a whole case. */
typedef struct {
  SvMeeting          *meeting;
  GPtrArray          *items;        /* SvAgendaItem */
  GPtrArray          *households;   /* SvHousehold */
  GPtrArray          *members;      /* GPtrArray of SvMember, per case */
  GPtrArray          *agreements;   /* SvAgreement of the current case */
  SvCase             *record;
  SvJournalEntry     *journal;
  SvNetworkMember    *network;
  SvProjectionSource *sources;
  GDate               today;
} Meeting;

static void
meeting_clear (Meeting *m)
{
  g_clear_pointer (&m->meeting, sv_meeting_free);
  g_clear_pointer (&m->items, g_ptr_array_unref);
  g_clear_pointer (&m->households, g_ptr_array_unref);
  g_clear_pointer (&m->members, g_ptr_array_unref);
  g_clear_pointer (&m->agreements, g_ptr_array_unref);
  g_clear_pointer (&m->record, sv_case_free);
  g_clear_pointer (&m->journal, sv_journal_entry_free);
  g_clear_pointer (&m->network, sv_network_member_free);
  g_clear_pointer (&m->sources, g_free);
}

static void
meeting_init (Meeting *m,
              guint    n_cases)
{
  memset (m, 0, sizeof *m);
  set_date (&m->today, "2026-11-24");
  m->meeting = sv_meeting_new ();
  replace (&m->meeting->kind_code, "LEJO");
  m->meeting->kind_id = 2;
  set_date (&m->meeting->date, "2026-11-24");
  m->meeting->start_minutes = 14 * 60;
  m->meeting->duration_minutes = 120;
  replace (&m->meeting->room, "ROOMMARKER");
  replace (&m->meeting->minutes, "MEETINGMINUTESMARKER");

  m->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agenda_item_free);
  m->households = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_household_free);
  m->members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  m->agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_agreement_free);
  for (guint i = 0; i < n_cases; i++)
    {
      SvAgendaItem *item = make_item (i + 1, i, 20);
      SvHousehold *h = sv_household_new ();
      GPtrArray *people = g_ptr_array_new_with_free_func ((GDestroyNotify) sv_member_free);
      g_autofree char *name = g_strdup_printf ("Gezin Otheridge%u", i);

      replace (&h->name, i == 0 ? "Gezin Zwaluwstaart 🐦 \"de Kroon\"" : name);
      replace (&h->note, "Woont op Dorpsstraat 1, HOUSEHOLDNOTEMARKER");
      if (i == 0)
        {
          g_ptr_array_add (people, make_member ("Aäron \"Ronnie\" 😀", "Zwaluwstaart", "2017-03-12",
                                                SV_MEMBER_ROLE_JEUGDIGE, "MEMBERNOTEMARKER"));
          g_ptr_array_add (people, make_member ("Petronella", "Zwaluwstaart-de Wit", "1988-07-30",
                                                SV_MEMBER_ROLE_OUDER_VERZORGER, "MEMBERNOTEMARKER2"));
          replace (&item->question, "Is opschaling naar drang nodig? \"Ja\" of 🙂");
          item->standing = SV_STANDING_AFSPRAAK;
          item->advice = SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN;
          replace (&item->advice_text, "samen dragen met het netwerk");
        }
      else
        {
          g_ptr_array_add (people, make_member ("Henkie", "Otheridge", "2015-01-05", SV_MEMBER_ROLE_JEUGDIGE,
                                                "MEMBERNOTEMARKER3"));
          replace (&item->question, "Vraag van een andere casus, OTHERQUESTIONMARKER");
          replace (&item->advice_text, "OTHERADVICEMARKER");
        }
      replace (&item->minutes, "ITEMMINUTESMARKER");
      replace (&item->inbrenger_name, "INBRENGERMARKER");
      replace (&item->case_number, "2026-0042");
      g_ptr_array_add (m->items, item);
      g_ptr_array_add (m->households, h);
      g_ptr_array_add (m->members, people);
    }
  g_ptr_array_add (m->agreements, make_agreement ("Jeugdconsulent", "Plant een netwerkberaad", "2026-12-03",
                                                  "Terug in LEJO"));

  m->record = sv_case_new ();
  replace (&m->record->reason, "CASEREASONMARKER: zorgen over de veiligheid");
  replace (&m->record->source_detail, "SOURCEDETAILMARKER");
  m->journal = sv_journal_entry_new ();
  replace (&m->journal->text, "JOURNALMARKER: gesprek met moeder");
  replace (&m->journal->author, "AUTHORMARKER");
  m->network = sv_network_member_new ();
  replace (&m->network->name, "Oma Netwerkmarker");
  replace (&m->network->contact, "Kerkstraat 7, 06-12345678 CONTACTMARKER");
  replace (&m->network->note, "NETWORKNOTEMARKER");

  m->sources = g_new0 (SvProjectionSource, n_cases);
  for (guint i = 0; i < n_cases; i++)
    m->sources[i] = (SvProjectionSource) {
      g_ptr_array_index (m->items, i), g_ptr_array_index (m->households, i), g_ptr_array_index (m->members, i),
    };
}

static SvProjection *
meeting_project (Meeting       *m,
                 int            current,
                 SvRevealFlags  reveal)
{
  return sv_projection_build (m->meeting, m->sources, m->items->len, current, m->agreements, reveal, &m->today);
}

/* ------------------------------------------------------------------------
 * Drawing with a watch
 * ------------------------------------------------------------------------ */

typedef struct {
  SvProjectionText seen;
  char            *text;
} Seen;

static void
seen_clear (gpointer data)
{
  g_free (((Seen *) data)->text);
}

static void
collect_cb (const SvProjectionText *text,
            gpointer                user_data)
{
  GArray *all = user_data;
  Seen seen = { *text, g_strdup (text->text) };

  seen.seen.text = seen.text;
  g_array_append_val (all, seen);
}

static GArray *
seen_new (void)
{
  GArray *all = g_array_new (FALSE, TRUE, sizeof (Seen));

  g_array_set_clear_func (all, seen_clear);
  return all;
}

static PangoContext *
new_context (double resolution)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 11");

  pango_cairo_context_set_resolution (context, resolution);
  pango_context_set_font_description (context, font);
  pango_context_set_language (context, pango_language_from_string ("nl"));
  pango_font_description_free (font);
  return context;
}

/* Draws to a new image surface; the caller owns it. */
static cairo_surface_t *
draw_image (const SvProjection *projection,
            gboolean            dark,
            int                 width,
            int                 height,
            GArray             *seen)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GObject) context = G_OBJECT (new_context (96));

  sv_projection_draw (cr, PANGO_CONTEXT (context), projection, dark, width, height, seen != NULL ? collect_cb : NULL, seen);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
draw_pdf (const SvProjection *projection,
          gboolean            dark,
          const char         *path,
          GArray             *seen)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GObject) context = G_OBJECT (new_context (72));

  sv_projection_draw (cr, PANGO_CONTEXT (context), projection, dark, 1920, 1080, seen != NULL ? collect_cb : NULL, seen);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static char *
pdf_text (const char *path)
{
  char *argv[] = { (char *) "pdftotext", (char *) "-enc", (char *) "UTF-8", (char *) path, (char *) "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  char *text = NULL;

  if (program == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, NULL, NULL));
  return text;
}

/* No-break spaces read as spaces, so that "9 years" is found however
 * the drawing keeps it together. */
static char *
plain (const char *text)
{
  GString *out = g_string_new (text);

  g_string_replace (out, "\xc2\xa0", " ", 0);
  return g_string_free (out, FALSE);
}

static char *
seen_joined (GArray *seen)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < seen->len; i++)
    {
      g_string_append (all, g_array_index (seen, Seen, i).text);
      g_string_append_c (all, '\n');
    }
  g_string_replace (all, "\xc2\xa0", " ", 0);
  return g_string_free (all, FALSE);
}

static const Seen *
seen_find_last (GArray     *seen,
                const char *needle)
{
  for (guint i = seen->len; i-- > 0;)
    if (strstr (g_array_index (seen, Seen, i).text, needle) != NULL)
      return &g_array_index (seen, Seen, i);
  return NULL;
}

static const Seen *
seen_find (GArray     *seen,
           const char *needle)
{
  for (guint i = 0; i < seen->len; i++)
    if (strstr (g_array_index (seen, Seen, i).text, needle) != NULL)
      return &g_array_index (seen, Seen, i);
  return NULL;
}

/* Whatever a case holds that the room may never see. */
static const char *never[] = {
  "MARKER", "Marker", "Dorpsstraat", "Kerkstraat", "06-1234", "Ronnie", "Petronella", "Henkie", "Otheridge",
  "2026-0042", "OTHER",
};
/* What the room sees only when the chair reveals it. */
static const char *masked[] = {
  "Zwaluwstaart", "Aäron", "Kroon", "🐦", "😀", "2017", "1988", "2015", "12-03", "30-07", "A.R.",
};

static void
assert_allowed (const char *what,
                const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    if (strstr (text, never[i]) != NULL)
      g_error ("%s shows “%s”:\n%s", what, never[i], text);
  for (guint i = 0; i < G_N_ELEMENTS (masked); i++)
    if (strstr (text, masked[i]) != NULL)
      g_error ("%s shows “%s” unmasked:\n%s", what, masked[i], text);
}

/* ------------------------------------------------------------------------
 * The allow-list, rendered
 * ------------------------------------------------------------------------ */

static void
assert_shows_allowed_case (const char *what,
                           const char *text)
{
  /* So that the test can fail: what the room is meant to see is there. */
  const char *shown[] = {
    "Family A", "Family B", "Youth, 9 years", "Parent or carer, 38 years", "Is opschaling naar drang nodig?",
    "samen dragen met het netwerk", "Plant een netwerkberaad", "Jeugdconsulent", "Terug in LEJO",
    "3 December 2026", "Question to the meeting", "Agreements", "Agreement due", "LEJO", "14:20",
  };

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    if (strstr (text, shown[i]) == NULL)
      g_error ("%s lacks “%s”:\n%s", what, shown[i], text);
}

static void
test_allow_list_rendered (void)
{
  Meeting m;
  g_autoptr(SvProjection) projection = NULL;
  g_autoptr(GArray) image_seen = seen_new ();
  g_autoptr(GArray) pdf_seen = seen_new ();
  g_autofree char *dir = sv_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "projection.pdf", NULL);
  g_autofree char *image_text = NULL, *pdf_watched = NULL, *pdf_extracted = NULL, *described = NULL;
  cairo_surface_t *surface;

  meeting_init (&m, 3);
  projection = meeting_project (&m, 0, SV_REVEAL_NONE);

  surface = draw_image (projection, FALSE, 1920, 1080, image_seen);
  cairo_surface_destroy (surface);
  image_text = seen_joined (image_seen);
  g_test_message ("%s", image_text);
  assert_allowed ("the image", image_text);
  assert_shows_allowed_case ("the image", image_text);

  draw_pdf (projection, TRUE, pdf, pdf_seen);
  pdf_watched = seen_joined (pdf_seen);
  assert_allowed ("the PDF", pdf_watched);
  assert_shows_allowed_case ("the PDF", pdf_watched);
  /* The watch and the file agree: read the PDF itself. */
  pdf_extracted = pdf_text (pdf);
  if (pdf_extracted != NULL)
    {
      char *spaced = plain (pdf_extracted);

      g_free (pdf_extracted);
      pdf_extracted = spaced;
      assert_allowed ("the PDF's text", pdf_extracted);
      g_assert_nonnull (strstr (pdf_extracted, "Family A"));
      g_assert_nonnull (strstr (pdf_extracted, "9 years"));
      g_assert_nonnull (strstr (pdf_extracted, "opschaling"));
    }

  /* Screen readers hear the allow-list too, no more. */
  described = sv_projection_describe (projection);
  assert_allowed ("the description", described);
  g_assert_nonnull (strstr (described, "Family A"));
  g_assert_nonnull (strstr (described, "opschaling"));

  sv_test_rmtree (dir);
  meeting_clear (&m);
}

static void
test_reveal_rendered (void)
{
  Meeting m;
  g_autoptr(SvProjection) named = NULL;
  g_autoptr(SvProjection) next = NULL;
  g_autoptr(GArray) seen = seen_new ();
  g_autoptr(GArray) seen_next = seen_new ();
  g_autofree char *text = NULL, *text_next = NULL;
  guint n_named = 0;

  meeting_init (&m, 3);
  named = meeting_project (&m, 0, SV_REVEAL_NAMES);
  cairo_surface_destroy (draw_image (named, FALSE, 1920, 1080, seen));
  text = seen_joined (seen);
  /* The current case's household by name, in the agenda and as the case's
   * label; the others masked; notes and addresses still never. */
  for (guint i = 0; i < seen->len; i++)
    if (strstr (g_array_index (seen, Seen, i).text, "Zwaluwstaart 🐦 \"de Kroon\"") != NULL)
      n_named++;
  g_assert_cmpuint (n_named, ==, 2);
  g_assert_nonnull (strstr (text, "Aäron \"Ronnie\" 😀 Zwaluwstaart"));
  g_assert_nonnull (strstr (text, "Family B"));
  g_assert_null (strstr (text, "Otheridge"));
  g_assert_null (strstr (text, "MARKER"));
  g_assert_null (strstr (text, "Dorpsstraat"));

  /* The chair moves on: the next case, built without the reveal. */
  next = meeting_project (&m, 1, SV_REVEAL_NONE);
  cairo_surface_destroy (draw_image (next, FALSE, 1920, 1080, seen_next));
  text_next = seen_joined (seen_next);
  g_assert_null (strstr (text_next, "Zwaluwstaart"));
  g_assert_nonnull (strstr (text_next, "Family A"));
  meeting_clear (&m);
}

/* ------------------------------------------------------------------------
 * Readability
 * ------------------------------------------------------------------------ */

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const SvProjectionColor *c)
{
  return 0.2126 * channel (c->red) + 0.7152 * channel (c->green) + 0.0722 * channel (c->blue);
}

static double
contrast (const SvProjectionColor *a,
          const SvProjectionColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
pixel_at (cairo_surface_t   *surface,
          int                x,
          int                y,
          SvProjectionColor *out)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 px = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  *out = (SvProjectionColor) { (px >> 16 & 0xff) / 255.0, (px >> 8 & 0xff) / 255.0, (px & 0xff) / 255.0 };
}

static gboolean
color_near (const SvProjectionColor *a,
            const SvProjectionColor *b)
{
  return fabs (a->red - b->red) < 0.02 && fabs (a->green - b->green) < 0.02 && fabs (a->blue - b->blue) < 0.02;
}

/* Pixels inside @seen's box within reach of @color: the text is drawn in it. */
static guint
count_near (cairo_surface_t         *surface,
            const Seen              *seen,
            const SvProjectionColor *color)
{
  guint n = 0;

  for (int y = (int) seen->seen.y; y < (int) (seen->seen.y + seen->seen.height); y++)
    for (int x = (int) seen->seen.x; x < (int) (seen->seen.x + seen->seen.width); x++)
      {
        SvProjectionColor c;

        pixel_at (surface, x, y, &c);
        if (fabs (c.red - color->red) < 0.08 && fabs (c.green - color->green) < 0.08 &&
            fabs (c.blue - color->blue) < 0.08)
          n++;
      }
  return n;
}

static void
test_readability (void)
{
  Meeting m;
  g_autoptr(SvProjection) projection = NULL;

  g_assert_cmpfloat (sv_projection_body_px (1080), >=, 28.0);
  g_assert_cmpfloat (sv_projection_body_px (720), >=, 28.0 * 720 / 1080 - 1e-9);
  g_assert_cmpfloat (sv_projection_body_px (2160), >=, 56.0);

  meeting_init (&m, 6);
  projection = meeting_project (&m, 2, SV_REVEAL_NONE);
  for (int dark = 0; dark <= 1; dark++)
    {
      SvProjectionPalette pal;
      g_autoptr(GArray) seen = seen_new ();
      cairo_surface_t *surface = draw_image (projection, dark, 1920, 1080, seen);
      const Seen *question, *current, *other, *case_label;
      SvProjectionColor c;
      double ratios[6];

      sv_projection_palette (dark, &pal);
      /* WCAG contrast of every text colour on its ground. */
      ratios[0] = contrast (&pal.foreground, &pal.background);
      ratios[1] = contrast (&pal.dim, &pal.background);
      ratios[2] = contrast (&pal.foreground, &pal.panel);
      ratios[3] = contrast (&pal.dim, &pal.panel);
      ratios[4] = contrast (&pal.on_accent, &pal.accent);
      ratios[5] = contrast (&pal.accent, &pal.background);
      g_test_message ("%s: fg/bg %.1f dim/bg %.1f fg/panel %.1f dim/panel %.1f on-accent %.1f accent/bg %.1f",
                      dark ? "dark" : "light", ratios[0], ratios[1], ratios[2], ratios[3], ratios[4], ratios[5]);
      for (guint i = 0; i < G_N_ELEMENTS (ratios); i++)
        g_assert_cmpfloat (ratios[i], >=, 7.0);
      g_assert_cmpfloat (ratios[0], >=, 15.0);
      if (dark)
        g_assert_cmpfloat (luminance (&pal.background), <=, 0.01);
      else
        g_assert_cmpfloat (luminance (&pal.background), >=, 0.95);

      /* No text smaller than body text; every line at least 28 px high. */
      for (guint i = 0; i < seen->len; i++)
        {
          const Seen *s = &g_array_index (seen, Seen, i);

          if (s->seen.font_px < 28.0 - 1e-6 || s->seen.height < 28.0)
            g_error ("“%s” is %.1f px, its line %.1f px high", s->text, s->seen.font_px, s->seen.height);
        }

      /* The question in large type, the case's label larger still. */
      question = seen_find (seen, "Vraag van een andere casus");
      case_label = seen_find_last (seen, "Family C");   /* after the agenda's */
      g_assert_nonnull (question);
      g_assert_nonnull (case_label);
      g_assert_cmpfloat (question->seen.font_px, >=, 40.0);
      g_assert_cmpfloat (case_label->seen.font_px, >, question->seen.font_px);

      /* The drawn colours are the palette's: the ground in a corner, the
       * question's text in the foreground colour. */
      pixel_at (surface, 1915, 1075, &c);
      g_assert_true (color_near (&c, &pal.background));
      g_assert_cmpuint (count_near (surface, question, &pal.foreground), >, 500);

      /* The current case: a band of the accent colour, and bold; another
       * case neither. The first text with "Family C" is in the agenda. */
      current = NULL;
      other = NULL;
      for (guint i = 0; i < seen->len; i++)
        {
          const Seen *s = &g_array_index (seen, Seen, i);

          if (current == NULL && g_str_equal (s->text, "Family C"))
            current = s;
          if (other == NULL && g_str_equal (s->text, "Family D"))
            other = s;
        }
      g_assert_nonnull (current);
      g_assert_nonnull (other);
      g_assert_true (current->seen.bold);
      g_assert_false (other->seen.bold);
      pixel_at (surface, 6, (int) (current->seen.y + current->seen.height / 2), &c);
      g_assert_true (color_near (&c, &pal.accent));
      pixel_at (surface, 6, (int) (other->seen.y + other->seen.height / 2), &c);
      g_assert_true (color_near (&c, &pal.panel));
      g_assert_cmpuint (count_near (surface, current, &pal.on_accent), >, 100);
      cairo_surface_destroy (surface);
    }
  meeting_clear (&m);
}

/* ------------------------------------------------------------------------
 * Layout robustness
 * ------------------------------------------------------------------------ */

static void
assert_inside_and_apart (GArray     *seen,
                         double      width,
                         double      height,
                         const char *what)
{
  const double slack = 0.5, overlap = 1.5;

  for (guint i = 0; i < seen->len; i++)
    {
      const SvProjectionText *a = &g_array_index (seen, Seen, i).seen;

      if (a->x < -slack || a->y < -slack || a->x + a->width > width + slack || a->y + a->height > height + slack)
        g_error ("%s: “%.40s” at %.1f,%.1f %.1f×%.1f is outside %.0f×%.0f", what, a->text, a->x, a->y, a->width,
                 a->height, width, height);
      for (guint j = i + 1; j < seen->len; j++)
        {
          const SvProjectionText *b = &g_array_index (seen, Seen, j).seen;
          double w = MIN (a->x + a->width, b->x + b->width) - MAX (a->x, b->x);
          double h = MIN (a->y + a->height, b->y + b->height) - MAX (a->y, b->y);

          if (w > overlap && h > overlap)
            g_error ("%s: “%.40s” and “%.40s” overlap by %.1f×%.1f", what, a->text, b->text, w, h);
        }
    }
}

/* 30 cases, each with a 2,000-character question and advice (words, line
 * breaks, a word too long for any line) and 25 agreements. */
static void
long_meeting (Meeting *m)
{
  GString *question = g_string_new (NULL);

  meeting_init (m, 30);
  for (guint i = 0; question->len < 1700; i++)
    g_string_append_printf (question, i % 7 == 6 ? "zin %u.\n\n" : "woord%u ", i);
  g_string_append (question, "Zeerlangewoordzonderspatiesdatnergenspast");
  while (g_utf8_strlen (question->str, -1) < 2000)
    g_string_append_c (question, 'x');
  for (guint i = 0; i < m->items->len; i++)
    {
      SvAgendaItem *item = g_ptr_array_index (m->items, i);

      replace (&item->question, question->str);
      item->standing = SV_STANDING_IT_6_WEKEN;
      item->advice = SV_VHT_ADVICE_GEDWONGEN_KADER;
      replace (&item->advice_text, question->str);
      item->discussed = i < 10;
    }
  g_ptr_array_set_size (m->agreements, 0);
  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *what = g_strdup_printf ("Afspraak %u: %s", i + 1, i % 2 ? question->str : "kort");

      g_ptr_array_add (m->agreements, make_agreement (i % 3 ? "Jeugdconsulent Lindenhout en Leerplicht" : "RvdK",
                                                      what, i % 4 ? "2026-12-03" : NULL, question->str));
    }
  g_string_free (question, TRUE);
}

static void
test_layout_robust (void)
{
  static const struct { int w, h; } sizes[] = {
    { 1920, 1080 }, { 1280, 720 }, { 1024, 768 }, { 800, 600 }, { 3840, 2160 }, { 1080, 1920 }, { 640, 200 },
  };
  static const int currents[] = { -1, 0, 15, 29 };
  Meeting m;

  long_meeting (&m);
  for (guint c = 0; c < G_N_ELEMENTS (currents); c++)
    {
      g_autoptr(SvProjection) projection = meeting_project (&m, currents[c], SV_REVEAL_NONE);

      for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
        for (int dark = 0; dark <= 1; dark++)
          {
            g_autoptr(GArray) seen = seen_new ();
            g_autofree char *what = g_strdup_printf ("current %d at %d×%d%s", currents[c], sizes[k].w, sizes[k].h,
                                                     dark ? ", dark" : "");
            cairo_surface_t *surface = draw_image (projection, dark, sizes[k].w, sizes[k].h, seen);
            g_autofree char *current_label = currents[c] >= 0 ? sv_projection_mask_label ((guint) currents[c]) : NULL;

            cairo_surface_destroy (surface);
            assert_inside_and_apart (seen, sizes[k].w, sizes[k].h, what);
            g_autofree char *all = seen_joined (seen);

            assert_allowed (what, all);
            if (sizes[k].h < 400)
              continue;
            /* What matters most is there: the title, the current case in
             * the agenda, its question, the newest agreement. */
            g_assert_nonnull (seen_find (seen, "LEJO"));
            if (currents[c] < 0)
              {
                g_assert_nonnull (seen_find (seen, "Family A"));
                g_assert_null (seen_find (seen, "woord1 "));
                continue;
              }
            g_assert_nonnull (seen_find (seen, current_label));
            g_assert_nonnull (seen_find (seen, "woord1 woord2"));
            g_assert_nonnull (seen_find (seen, "Afspraak 25:"));
            g_assert_nonnull (seen_find (seen, "earlier agreements"));
            /* An upright screen has no room for the agenda beside the
             * case; a landscape one shows where in the agenda we are. */
            if (sizes[k].w < 1.25 * sizes[k].h)
              continue;
            if (currents[c] > 12)
              g_assert_nonnull (seen_find (seen, "earlier cases"));
            if (currents[c] < 20)
              g_assert_nonnull (seen_find (seen, "later cases"));
          }
    }

  /* Nothing at all, and an empty agenda. */
  {
    g_autoptr(GArray) seen = seen_new ();
    cairo_surface_t *surface = draw_image (NULL, FALSE, 1920, 1080, seen);

    cairo_surface_destroy (surface);
    g_assert_cmpuint (seen->len, ==, 1);
    g_assert_cmpstr (g_array_index (seen, Seen, 0).text, ==, "Samen Veilig");
    assert_inside_and_apart (seen, 1920, 1080, "empty");
  }
  {
    Meeting none;
    g_autoptr(SvProjection) projection = NULL;
    g_autoptr(GArray) seen = seen_new ();

    meeting_init (&none, 0);
    projection = meeting_project (&none, -1, SV_REVEAL_NONE);
    cairo_surface_destroy (draw_image (projection, TRUE, 1280, 720, seen));
    g_assert_nonnull (seen_find (seen, "LEJO"));
    g_assert_nonnull (seen_find (seen, "No cases on the agenda"));
    assert_inside_and_apart (seen, 1280, 720, "no cases");
    meeting_clear (&none);
  }
  meeting_clear (&m);
}

/* ------------------------------------------------------------------------
 * Screenshots for people
 * ------------------------------------------------------------------------ */

static void
lejo_meeting (Meeting *m)
{
  static const struct {
    const char *household;
    const char *question;
    SvStandingReason standing;
  } cases[] = {
    { "Gezin Jansen", "Kan de hulp worden afgeschaald naar het voorliggend veld?", SV_STANDING_NONE },
    { "Gezin Bakker", "Wie neemt de casusregie over na de ondertoezichtstelling?", SV_STANDING_OTS_STAP_2 },
    { "Gezin de Vries",
      "Moeder vraagt steun bij de opvoeding; school maakt zich zorgen over verzuim van de oudste. Is een "
      "netwerkberaad de juiste volgende stap, of is opschaling naar drang nodig?",
      SV_STANDING_AFSPRAAK },
    { "Gezin Visser", "Is er na de melding van Veilig Thuis nog zicht op veiligheid?", SV_STANDING_NONE },
    { "Gezin Smit", "Welke hulp past bij de jongere na het 18e jaar?", SV_STANDING_NONE },
    { "Gezin Mulder", "Consultatie: hoe betrekken we vader bij het plan?", SV_STANDING_NONE },
  };
  static const int planned[] = { 20, 15, 25, 20, 15, 20 };

  meeting_init (m, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SvAgendaItem *item = g_ptr_array_index (m->items, i);
      SvHousehold *h = g_ptr_array_index (m->households, i);
      GPtrArray *people = g_ptr_array_index (m->members, i);

      replace (&h->name, cases[i].household);
      replace (&item->question, cases[i].question);
      item->planned_minutes = planned[i];
      item->standing = cases[i].standing;
      item->advice = SV_VHT_ADVICE_GEEN;
      replace (&item->advice_text, "");
      item->discussed = i < 2;
      g_ptr_array_set_size (people, 0);
      g_ptr_array_add (people, make_member ("Sanne", "de Vries", "1986-04-02", SV_MEMBER_ROLE_OUDER_VERZORGER, ""));
      g_ptr_array_add (people, make_member ("Mark", "de Vries", "1984-09-15", SV_MEMBER_ROLE_OUDER_VERZORGER, ""));
      g_ptr_array_add (people, make_member ("Lotte", "de Vries", "2013-06-21", SV_MEMBER_ROLE_JEUGDIGE, ""));
      g_ptr_array_add (people, make_member ("Daan", "de Vries", "2017-03-12", SV_MEMBER_ROLE_JEUGDIGE, ""));
    }
  g_ptr_array_set_size (m->agreements, 0);
  g_ptr_array_add (m->agreements, make_agreement ("Jeugdconsulent", "Plant een netwerkberaad met moeder en oma",
                                                  "2026-12-03", "Terug in LEJO op 8 december"));
  g_ptr_array_add (m->agreements, make_agreement ("Leerplicht", "Gesprek met school en de oudste over verzuim",
                                                  "2026-12-10", "Jeugdconsulent vraagt na"));
}

static GdkTexture *render (GtkWidget *widget);

static void
write_png (const SvProjection *projection,
           gboolean            dark,
           const char         *path)
{
  cairo_surface_t *surface = draw_image (projection, dark, 1920, 1080, NULL);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("wrote %s", path);
}

static void
test_screenshots (void)
{
  const char *dir = g_getenv ("SV_PROJECTION_PNG_DIR");
  Meeting m;
  g_autoptr(SvProjection) projection = NULL;
  g_autoptr(SvProjection) before = NULL;
  g_autoptr(SvProjection) vht = NULL;
  g_autofree char *light = NULL, *dark = NULL, *pdf = NULL, *start = NULL, *advice = NULL;

  if (dir == NULL)
    {
      g_test_skip ("set SV_PROJECTION_PNG_DIR to write the screenshots");
      return;
    }
  g_mkdir_with_parents (dir, 0700);
  lejo_meeting (&m);
  projection = meeting_project (&m, 2, SV_REVEAL_NONE);
  before = meeting_project (&m, -1, SV_REVEAL_NONE);
  light = g_build_filename (dir, "projection-light.png", NULL);
  dark = g_build_filename (dir, "projection-dark.png", NULL);
  start = g_build_filename (dir, "projection-before.png", NULL);
  advice = g_build_filename (dir, "projection-vht.png", NULL);
  pdf = g_build_filename (dir, "projection.pdf", NULL);
  write_png (projection, FALSE, light);
  write_png (projection, TRUE, dark);
  write_png (before, FALSE, start);
  draw_pdf (projection, FALSE, pdf, NULL);

  /* A VeiligheidsTeam consultation, with its advice. */
  replace (&m.meeting->kind_code, "VHT");
  {
    SvAgendaItem *item = g_ptr_array_index (m.items, 2);

    item->advice = SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN;
    replace (&item->advice_text, "moeder en oma dragen samen met het netwerk de zorg; het netwerkberaad borgt dat");
  }
  vht = meeting_project (&m, 2, SV_REVEAL_NONE);
  write_png (vht, TRUE, advice);
  meeting_clear (&m);

  /* The window itself, as GTK draws it: a 1280×720 window. */
  {
    SvProjectionWindow *window = sv_projection_window_new (NULL);
    g_autoptr(GdkTexture) texture = NULL;
    g_autofree char *path = g_build_filename (dir, "projection-window.png", NULL);

    lejo_meeting (&m);
    sv_projection_window_set_projection (window, meeting_project (&m, 2, SV_REVEAL_NONE));
    sv_projection_window_present_on (window, NULL);
    sv_gui_test_frames (GTK_WIDGET (window), 3);
    texture = render (GTK_WIDGET (window));
    g_assert_true (gdk_texture_save_to_png (texture, path));
    gtk_window_destroy (GTK_WINDOW (window));
    meeting_clear (&m);
  }

  /* Everything too long at once. */
  {
    g_autoptr(SvProjection) full = NULL;
    g_autofree char *path = g_build_filename (dir, "projection-long.png", NULL);

    long_meeting (&m);
    full = meeting_project (&m, 15, SV_REVEAL_NONE);
    write_png (full, FALSE, path);
    meeting_clear (&m);
  }
}

/* A real meeting reads whole: at 16:9 nothing is cut short, a date keeps
 * to one line, no text lies on another; in Dutch no English is left. */
static void
check_realistic (gboolean dutch)
{
  static const char *english[] = {
    "Family", "Case", "Question", "Agreement", "Who", "What", "When", "year", "Youth", "Parent", "Tuesday",
    "December",
  };
  static const char *dutch_words[] = {
    "Gezin C", "Casus 3 van 6", "Vraag aan het overleg", "Afspraken", "Wie", "Wat", "Wanneer", "Monitoring",
    "Jeugdige, 9 jaar", "dinsdag 24 november 2026", "3 december 2026", "Afspraak verloopt",
  };
  static const struct { int w, h; } sizes[] = { { 1920, 1080 }, { 1280, 720 }, { 1366, 768 } };
  Meeting m;

  lejo_meeting (&m);
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(SvProjection) projection = meeting_project (&m, 2, SV_REVEAL_NONE);
      g_autoptr(GArray) seen = seen_new ();
      g_autofree char *all = NULL;
      g_autofree char *what = g_strdup_printf ("LEJO at %d×%d", sizes[k].w, sizes[k].h);

      cairo_surface_destroy (draw_image (projection, FALSE, sizes[k].w, sizes[k].h, seen));
      all = seen_joined (seen);
      assert_inside_and_apart (seen, sizes[k].w, sizes[k].h, what);
      for (guint i = 0; i < seen->len; i++)
        {
          const Seen *s = &g_array_index (seen, Seen, i);

          if (s->seen.ellipsized)
            g_error ("%s: “%s” is cut short", what, s->text);
          if (s->seen.word_broken)
            g_error ("%s: “%s” breaks a word", what, s->text);
          if (g_str_has_suffix (s->text, " 2026") && s->seen.lines != 1)
            g_error ("%s: “%s” takes %d lines", what, s->text, s->seen.lines);
        }
      if (!dutch)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (english); i++)
        if (strstr (all, english[i]) != NULL)
          g_error ("English “%s” in Dutch:\n%s", english[i], all);
      for (guint i = 0; i < G_N_ELEMENTS (dutch_words); i++)
        if (strstr (all, dutch_words[i]) == NULL)
          g_error ("no “%s” in Dutch:\n%s", dutch_words[i], all);
    }
  if (dutch)
    {
      /* The window's title too, which shows in docks and task switchers. */
      GtkWindow *window = GTK_WINDOW (sv_projection_window_new (NULL));

      g_assert_cmpstr (gtk_window_get_title (window), ==, "Projectie");
      gtk_window_destroy (window);
    }
  meeting_clear (&m);
}

static void
test_realistic (void)
{
  check_realistic (FALSE);
}

/* In a process of its own that starts in Dutch: GLib decides once per
 * process whether to translate at all. */
static void
test_realistic_dutch (void)
{
  if (g_test_subprocess ())
    {
      check_realistic (TRUE);
      return;
    }
  if (!g_file_test (BUILD_LOCALEDIR "/nl/LC_MESSAGES/" GETTEXT_PACKAGE ".mo", G_FILE_TEST_EXISTS))
    {
      g_test_fail_printf ("the Dutch catalogue was not built: %s", BUILD_LOCALEDIR);
      return;
    }
  g_setenv ("LANGUAGE", "nl", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_trap_assert_passed ();
}

/* ------------------------------------------------------------------------
 * The window
 * ------------------------------------------------------------------------ */

static void
on_monitor_lost_cb (SvProjectionWindow *window,
                    GdkMonitor         *monitor,
                    guint              *count)
{
  g_assert_true (GDK_IS_MONITOR (monitor));
  (*count)++;
}

static void
on_monitor_lost_destroy_cb (SvProjectionWindow *window,
                            GdkMonitor         *monitor,
                            guint              *count)
{
  (*count)++;
  /* A chair's handler that closes the window itself must not make the
   * window close twice. */
  gtk_window_destroy (GTK_WINDOW (window));
}

static GdkMonitor *
first_monitor (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  GdkMonitor *monitor = g_list_model_get_item (monitors, 0);

  g_assert_nonnull (monitor);
  g_object_unref (monitor);   /* the display keeps it */
  return monitor;
}

static guint
handlers_for (gpointer instance,
              gpointer data)
{
  guint n = g_signal_handlers_block_matched (instance, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, data);

  g_signal_handlers_unblock_matched (instance, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, data);
  return n;
}

static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
}

static guint
texture_count (GdkTexture              *texture,
               const SvProjectionColor *color)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) w * h * 4);
  guint n = 0;

  gdk_texture_download (texture, data, (gsize) w * 4);
  for (int i = 0; i < w * h; i++)
    if (ABS (data[i * 4 + 2] - (int) round (color->red * 255)) < 4 &&
        ABS (data[i * 4 + 1] - (int) round (color->green * 255)) < 4 &&
        ABS (data[i * 4] - (int) round (color->blue * 255)) < 4)
      n++;
  return n;
}

static void
test_window_shows_and_updates (void)
{
  Meeting m;
  SvProjectionWindow *window = sv_projection_window_new (NULL);
  SvProjection *first, *second;
  GtkWidget *area;
  SvProjectionPalette pal;
  guint before, after;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  meeting_init (&m, 6);
  sv_projection_window_present_on (window, NULL);
  sv_gui_test_frames (GTK_WIDGET (window), 3);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_null (sv_projection_window_get_projection (window));

  area = sv_gui_test_find (GTK_WIDGET (window), GTK_TYPE_DRAWING_AREA);
  g_assert_nonnull (area);
  g_assert_cmpint (gtk_widget_get_width (area), >, 600);
  sv_projection_palette (adw_style_manager_get_dark (adw_style_manager_get_default ()), &pal);
  {
    g_autoptr(GdkTexture) empty = render (area);

    before = texture_count (empty, &pal.accent);
  }

  /* Before the first case: no band. Then the third case: its band. */
  first = meeting_project (&m, -1, SV_REVEAL_NONE);
  sv_projection_window_set_projection (window, first);
  g_assert_true (sv_projection_window_get_projection (window) == first);
  second = meeting_project (&m, 2, SV_REVEAL_NONE);
  sv_projection_window_set_projection (window, second);   /* frees first */
  g_assert_true (sv_projection_window_get_projection (window) == second);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  {
    g_autoptr(GdkTexture) shown = render (area);

    after = texture_count (shown, &pal.accent);
  }
  g_assert_cmpuint (before, <, 10);
  g_assert_cmpuint (after, >, 2000);

  /* Escape on a window that is not fullscreen closes it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "projection.leave", NULL);
  sv_gui_test_wait (50);
  g_assert_null (window);
  meeting_clear (&m);
}

static void
test_window_list_monitors (void)
{
  GtkWidget *chair = gtk_window_new ();
  g_autoptr(GListModel) unrealized = sv_projection_window_list_monitors (GTK_WINDOW (chair));
  g_autoptr(GListModel) others = NULL;
  guint n_all = g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ()));

  g_assert_true (g_list_model_get_item_type (unrealized) == GDK_TYPE_MONITOR);
  g_assert_cmpuint (n_all, >=, 1);
  gtk_window_present (GTK_WINDOW (chair));
  sv_gui_test_frames (chair, 2);
  others = sv_projection_window_list_monitors (GTK_WINDOW (chair));
  /* Xvfb has one monitor, the chair's: nothing else to offer. */
  g_assert_cmpuint (g_list_model_get_n_items (others), ==, n_all - 1);
  for (guint i = 0; i < g_list_model_get_n_items (others); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (others, i);

      g_assert_true (monitor != gdk_display_get_monitor_at_surface (gdk_display_get_default (),
                                                                    gtk_native_get_surface (GTK_NATIVE (chair))));
    }
  gtk_window_destroy (GTK_WINDOW (chair));
}

static void
test_window_monitor_lost (void)
{
  Meeting m;
  GdkMonitor *monitor = first_monitor ();
  SvProjectionWindow *window = sv_projection_window_new (NULL);
  gpointer address = window;
  guint lost = 0;

  meeting_init (&m, 3);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_signal_connect (window, "monitor-lost", G_CALLBACK (on_monitor_lost_cb), &lost);
  sv_projection_window_set_projection (window, meeting_project (&m, 0, SV_REVEAL_NONE));
  sv_projection_window_present_on (window, monitor);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (handlers_for (monitor, address), >=, 1);

  /* The projector is unplugged. */
  g_signal_emit_by_name (monitor, "invalidate");
  g_assert_cmpuint (lost, ==, 1);
  sv_gui_test_wait (50);
  g_assert_null (window);
  g_assert_cmpuint (handlers_for (monitor, address), ==, 0);
  /* Said once, even if the monitor says it again. */
  g_signal_emit_by_name (monitor, "invalidate");
  g_assert_cmpuint (lost, ==, 1);
  meeting_clear (&m);
}

static void
test_window_monitor_lost_handler_closes (void)
{
  GdkMonitor *monitor = first_monitor ();
  SvProjectionWindow *window = sv_projection_window_new (NULL);
  guint lost = 0;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_signal_connect (window, "monitor-lost", G_CALLBACK (on_monitor_lost_destroy_cb), &lost);
  sv_projection_window_present_on (window, monitor);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  g_signal_emit_by_name (monitor, "invalidate");
  g_assert_cmpuint (lost, ==, 1);
  sv_gui_test_wait (50);
  g_assert_null (window);
}

static void
test_window_closed_disconnects (void)
{
  GdkMonitor *monitor = first_monitor ();
  SvProjectionWindow *window = sv_projection_window_new (NULL);
  gpointer address = window;
  guint lost = 0;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_signal_connect (window, "monitor-lost", G_CALLBACK (on_monitor_lost_cb), &lost);
  g_assert_cmpuint (handlers_for (monitor, address), ==, 0);
  sv_projection_window_present_on (window, monitor);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  /* Ours (and GtkWindow's own for its fullscreen monitor). */
  g_assert_cmpuint (handlers_for (monitor, address), >=, 1);
  /* Back to a window: that monitor going away is no longer ours. */
  sv_projection_window_present_on (window, NULL);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  g_signal_emit_by_name (monitor, "invalidate");
  g_assert_cmpuint (lost, ==, 0);
  g_assert_nonnull (window);
  /* On it again, then closed by the chair: no handler left behind. */
  sv_projection_window_present_on (window, monitor);
  sv_gui_test_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (handlers_for (monitor, address), >=, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  sv_gui_test_wait (50);
  g_assert_null (window);
  g_assert_cmpuint (handlers_for (monitor, address), ==, 0);
  g_signal_emit_by_name (monitor, "invalidate");
  g_assert_cmpuint (lost, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  sv_gui_test_init (&argc, &argv);

  g_test_add_func ("/projection/allow-list-rendered", test_allow_list_rendered);
  g_test_add_func ("/projection/reveal-rendered", test_reveal_rendered);
  g_test_add_func ("/projection/readability", test_readability);
  g_test_add_func ("/projection/layout-robust", test_layout_robust);
  g_test_add_func ("/projection/realistic", test_realistic);
  g_test_add_func ("/projection/realistic-dutch", test_realistic_dutch);
  g_test_add_func ("/projection/screenshots", test_screenshots);
  g_test_add_func ("/projection/window/shows-and-updates", test_window_shows_and_updates);
  g_test_add_func ("/projection/window/list-monitors", test_window_list_monitors);
  g_test_add_func ("/projection/window/closed-disconnects", test_window_closed_disconnects);
  g_test_add_func ("/projection/window/monitor-lost", test_window_monitor_lost);
  g_test_add_func ("/projection/window/monitor-lost-handler-closes", test_window_monitor_lost_handler_closes);
  return g_test_run ();
}
