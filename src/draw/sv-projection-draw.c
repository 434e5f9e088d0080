/* sv-projection-draw.c: drawing the projector's picture.
 *
 * The picture is laid out in units of the surface's height, so a 16:9
 * screen of any size shows the same picture, and a 4:3 projector the same
 * heights with more wrapping. Every block has a most number of lines and
 * the lists show what fits: nothing is ever drawn outside the surface.
 *
 * Privacy: all text goes through show_text(), the one place that hands a
 * layout to Cairo, and it reports to the watch. Text comes only from the
 * SvProjection and from fixed labels of this file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "sv-projection-draw.h"

/* Sizes in pixels at 1080 lines; scaled by height / 1080. */
#define BODY_PX       28.0
#define HEAD_PX       30.0
#define AGENDA_PX     30.0
#define TITLE_PX      36.0
#define QUESTION_PX   44.0
#define CASE_PX       56.0
#define BRAND_PX      72.0

#define MARGIN        48.0
#define GAP           28.0
#define AGENDA_SHARE  0.30     /* of the width, for the agenda column */

#define QUESTION_LINES  5
#define ADVICE_LINES    3
#define PEOPLE_LINES    2
#define CELL_LINES      2

typedef struct {
  cairo_t             *cr;
  PangoContext        *context;
  SvProjectionPalette  palette;
  double               scale;     /* height / 1080 */
  double               width;
  double               height;
  SvProjectionWatch    watch;
  gpointer             user_data;
} Painter;

/* ------------------------------------------------------------------------
 * Palette and sizes
 * ------------------------------------------------------------------------ */

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

void
sv_projection_palette (gboolean             dark,
                       SvProjectionPalette *palette)
{
  /* Near-black on white and near-white on very dark; the accent is a deep
   * blue by day and a light blue by night, each ≥ 7:1 against the ground
   * and against the text on it (see tests/test-projection.c). */
  static const SvProjectionPalette light = {
    .background = RGB (0xffffff),
    .foreground = RGB (0x141414),
    .dim = RGB (0x454545),
    .panel = RGB (0xeef0f3),
    .accent = RGB (0x0b3d91),
    .on_accent = RGB (0xffffff),
    .rule = RGB (0xb8bcc2),
  };
  static const SvProjectionPalette night = {
    .background = RGB (0x0e0e10),
    .foreground = RGB (0xf5f5f5),
    .dim = RGB (0xc4c4c4),
    .panel = RGB (0x1c1d21),
    .accent = RGB (0x8ab8ff),
    .on_accent = RGB (0x0e0e10),
    .rule = RGB (0x4a4c52),
  };

  g_return_if_fail (palette != NULL);
  *palette = dark ? night : light;
}

double
sv_projection_body_px (double height)
{
  return BODY_PX * MAX (height, 0.0) / 1080.0;
}

/* ------------------------------------------------------------------------
 * Text: the one way onto the surface
 * ------------------------------------------------------------------------ */

static void
set_color (Painter                 *p,
           const SvProjectionColor *color)
{
  cairo_set_source_rgb (p->cr, color->red, color->green, color->blue);
}

/* One paragraph: line breaks, tabs and other control characters become
 * spaces, so that the line limits hold (Pango counts lines per paragraph)
 * and no text can push the picture around. */
static char *
flatten (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *c = valid; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);
      GUnicodeType type = g_unichar_type (ch);

      /* No-break spaces stay: they keep "9 jaar" together. */
      if (type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR ||
          (g_unichar_isspace (ch) && ch != 0x00a0 && ch != 0x202f))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, ch);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* A layout @width wide, at most @max_lines lines, ellipsized at the end. */
static PangoLayout *
text_layout (Painter    *p,
             const char *text,
             double      px,
             gboolean    bold,
             double      width,
             int         max_lines)
{
  PangoLayout *layout = pango_layout_new (p->context);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (p->context));
  g_autofree char *flat = flatten (text);

  pango_font_description_set_absolute_size (font, px * p->scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, flat, -1);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX (max_lines, 1));
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

static double
layout_width (PangoLayout *layout)
{
  int w;

  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

/* The height of one line of a font, for budgets. */
static double
line_height (Painter  *p,
             double    px,
             gboolean  bold)
{
  g_autoptr(PangoLayout) layout = text_layout (p, "Ág", px, bold, 1000 * p->scale, 1);

  return layout_height (layout);
}

/* Whether Pango had to break a word to fit it: the sign of a column too
 * narrow for its text (tests look for it). */
static gboolean
breaks_a_word (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean broken = FALSE;

  while (!broken && pango_layout_iter_next_line (iter))
    {
      int start = pango_layout_iter_get_line_readonly (iter)->start_index;

      if (start > 0)
        {
          const char *here = text + start;
          gunichar before = g_utf8_get_char (g_utf8_prev_char (here));

          broken = g_unichar_isalnum (before) && g_unichar_isalnum (g_utf8_get_char (here));
        }
    }
  pango_layout_iter_free (iter);
  return broken;
}

/* The only function that draws text. It tells the watch what and where
 * (ink and logical extents together, in device units). */
static double
show_text (Painter                 *p,
           PangoLayout             *layout,
           double                   x,
           double                   y,
           const SvProjectionColor *color)
{
  PangoRectangle ink, logical;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  if (p->watch != NULL)
    {
      const PangoFontDescription *font = pango_layout_get_font_description (layout);
      double x0 = x + MIN (ink.x, logical.x), y0 = y + MIN (ink.y, logical.y);
      double x1 = x + MAX (ink.x + ink.width, logical.x + logical.width);
      double y1 = y + MAX (ink.y + ink.height, logical.y + logical.height);
      double xs[4] = { x0, x1, x0, x1 }, ys[4] = { y0, y0, y1, y1 };
      double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
      double fx = 0, fy = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      SvProjectionText seen;

      for (int i = 0; i < 4; i++)
        {
          cairo_user_to_device (p->cr, &xs[i], &ys[i]);
          min_x = MIN (min_x, xs[i]);
          min_y = MIN (min_y, ys[i]);
          max_x = MAX (max_x, xs[i]);
          max_y = MAX (max_y, ys[i]);
        }
      cairo_user_to_device_distance (p->cr, &fx, &fy);
      seen = (SvProjectionText) {
        .text = pango_layout_get_text (layout),
        .x = min_x, .y = min_y, .width = max_x - min_x, .height = max_y - min_y,
        .font_px = hypot (fx, fy),
        .bold = pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD,
        .lines = pango_layout_get_line_count (layout),
        .ellipsized = pango_layout_is_ellipsized (layout),
        .word_broken = breaks_a_word (layout),
      };
      p->watch (&seen, p->user_data);
    }
  set_color (p, color);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, layout);
  /* Leave no current point for the next shape to draw a line from. */
  cairo_new_path (p->cr);
  return logical.height;
}

/* Lays out and shows in one go; returns the height used. */
static double
draw_text (Painter                 *p,
           const char              *text,
           double                   px,
           gboolean                 bold,
           double                   x,
           double                   y,
           double                   width,
           int                      max_lines,
           const SvProjectionColor *color)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || *text == '\0')
    return 0;
  layout = text_layout (p, text, px, bold, width, max_lines);
  return show_text (p, layout, x, y, color);
}

/* ------------------------------------------------------------------------
 * Shapes
 * ------------------------------------------------------------------------ */

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
fill_rect (Painter                 *p,
           double                   x,
           double                   y,
           double                   w,
           double                   h,
           const SvProjectionColor *color)
{
  set_color (p, color);
  cairo_rectangle (p->cr, x, y, w, h);
  cairo_fill (p->cr);
}

static void
hrule (Painter *p,
       double   x0,
       double   x1,
       double   y,
       double   thickness)
{
  fill_rect (p, x0, y, x1 - x0, thickness, &p->palette.rule);
}

typedef enum {
  MARK_UPCOMING,   /* a ring */
  MARK_CURRENT,    /* a filled arrow */
  MARK_DISCUSSED,  /* a tick */
} Mark;

/* The agenda's marks, shapes rather than glyphs: the state reads from
 * the shape without colour and without a font that has the glyph. */
static void
draw_mark (Painter                 *p,
           Mark                     mark,
           double                   x,
           double                   cy,
           double                   size,
           const SvProjectionColor *color)
{
  cairo_t *cr = p->cr;

  cairo_save (cr);
  cairo_new_path (cr);
  set_color (p, color);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  switch (mark)
    {
    case MARK_CURRENT:
      cairo_move_to (cr, x, cy - size / 2);
      cairo_line_to (cr, x + size * 0.85, cy);
      cairo_line_to (cr, x, cy + size / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case MARK_DISCUSSED:
      cairo_set_line_width (cr, MAX (1.0, size * 0.16));
      cairo_move_to (cr, x + size * 0.05, cy);
      cairo_line_to (cr, x + size * 0.38, cy + size * 0.32);
      cairo_line_to (cr, x + size * 0.95, cy - size * 0.38);
      cairo_stroke (cr);
      break;
    case MARK_UPCOMING:
    default:
      cairo_set_line_width (cr, MAX (1.0, size * 0.1));
      cairo_arc (cr, x + size / 2, cy, size * 0.3, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------------------
 * The agenda
 * ------------------------------------------------------------------------ */

typedef struct {
  double x, y, width, height;
} Box;

/* Which rows fit in @n_fit rows, the current one among them. */
static void
agenda_window (guint  n,
               int    current,
               guint  n_fit,
               guint *first,
               guint *count,
               guint *n_before,
               guint *n_after)
{
  guint cur = current < 0 ? 0 : (guint) current;

  if (n <= n_fit)
    {
      *first = 0;
      *count = n;
    }
  else if (n_fit < 3)
    {
      /* Room for the current case alone. */
      *first = cur;
      *count = MIN (n_fit, 1);
    }
  else
    {
      guint c = n_fit - 2;   /* rows, with a line above and below */
      guint start = cur > c / 3 ? cur - c / 3 : 0;

      start = MIN (start, n - c);
      if (start == 0)
        *first = 0, *count = n_fit - 1;
      else if (start + c >= n)
        *count = n_fit - 1, *first = n - *count;
      else
        *first = start, *count = c;
    }
  /* The lines that count the rest need a row each. */
  *n_before = n_fit >= 3 ? *first : 0;
  *n_after = n_fit >= 3 ? n - *first - *count : 0;
}

static void
draw_agenda (Painter            *p,
             const SvProjection *projection,
             const Box          *box,
             gboolean            inset_band)
{
  const SvProjectionPalette *pal = &p->palette;
  double s = p->scale;
  double pad = 20 * s;
  double text_h = line_height (p, AGENDA_PX, TRUE);
  double row_h = text_h + 20 * s;
  double mark = 26 * s;
  double y = box->y;
  guint n = projection->agenda->len;
  guint n_fit, first, count, n_before, n_after;
  g_autoptr(PangoLayout) zero = text_layout (p, "00:00", AGENDA_PX, TRUE, box->width, 1);
  double time_w = layout_width (zero);
  double label_x = box->x + pad + mark + 18 * s;
  double time_x = box->x + box->width - pad - time_w;
  double label_w = time_x - 16 * s - label_x;
  gboolean show_times = label_w >= 4 * AGENDA_PX * s;

  /* Narrow: the labels matter more than the times. */
  if (!show_times)
    label_w = box->x + box->width - pad - label_x;
  if (label_w < 2 * AGENDA_PX * s)
    return;

  y += draw_text (p, C_("projection", "Agenda"), HEAD_PX, TRUE, box->x + pad, y, box->width - 2 * pad, 1,
                  &pal->accent);
  y += 12 * s;
  if (n == 0)
    {
      draw_text (p, C_("projection", "No cases on the agenda"), BODY_PX, FALSE, box->x + pad, y,
                 box->width - 2 * pad, 2, &pal->dim);
      return;
    }

  n_fit = (guint) MAX (0.0, floor ((box->y + box->height - y) / row_h));
  agenda_window (n, projection->current, n_fit, &first, &count, &n_before, &n_after);

  if (n_before > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+ %u earlier case",
                                                            "+ %u earlier cases", n_before), n_before);

      draw_text (p, more, BODY_PX, FALSE, label_x, y + (row_h - line_height (p, BODY_PX, FALSE)) / 2,
                 box->x + box->width - pad - label_x, 1, &pal->dim);
      y += row_h;
    }

  for (guint i = first; i < first + count; i++)
    {
      const SvProjectionLine *line = g_ptr_array_index (projection->agenda, i);
      const SvProjectionColor *color = line->current ? &pal->on_accent
                                       : line->discussed ? &pal->dim : &pal->foreground;
      double ty = y + (row_h - text_h) / 2;

      if (line->current)
        {
          /* A band of the accent colour; in the column it runs flush to
           * the column's edge, pointing into the case beside it. */
          set_color (p, &pal->accent);
          rounded_rect (p->cr, box->x, y + 2 * s, box->width, row_h - 4 * s, inset_band ? 10 * s : 0);
          cairo_fill (p->cr);
        }
      draw_mark (p, line->current ? MARK_CURRENT : line->discussed ? MARK_DISCUSSED : MARK_UPCOMING,
                 box->x + pad, y + row_h / 2, mark, color);
      draw_text (p, line->label, AGENDA_PX, line->current, label_x, ty, label_w, 1, color);
      if (show_times)
        {
          g_autoptr(PangoLayout) start = text_layout (p, line->start, AGENDA_PX, line->current, time_w + 4 * s, 1);

          show_text (p, start, time_x + time_w - layout_width (start), ty, color);
        }
      y += row_h;
    }

  if (n_after > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+ %u later case",
                                                            "+ %u later cases", n_after), n_after);

      draw_text (p, more, BODY_PX, FALSE, label_x, y + (row_h - line_height (p, BODY_PX, FALSE)) / 2,
                 box->x + box->width - pad - label_x, 1, &pal->dim);
    }
}

/* ------------------------------------------------------------------------
 * The current case
 * ------------------------------------------------------------------------ */

/* Column edges of the agreements table: who, what, by when, monitoring. */
typedef struct {
  double x[4];
  double w[4];
} Columns;

/* The dates get what the widest needs (a quarter at most), so that "10
 * december 2026" stays on one line; the rest share what is left. */
static void
table_columns (Painter            *p,
               const SvProjection *projection,
               const char         *due_head,
               const Box          *box,
               double              gap,
               Columns            *cols)
{
  static const double share[3] = { 0.30, 0.42, 0.28 };
  double room = box->width - 3 * gap;
  double due = 0, x = box->x;

  for (guint i = 0; i <= projection->agreements->len; i++)
    {
      const char *text = i < projection->agreements->len
                         ? ((SvProjectionAgreement *) g_ptr_array_index (projection->agreements, i))->due : due_head;
      g_autoptr(PangoLayout) layout = text_layout (p, text, BODY_PX, i == projection->agreements->len, room, 1);

      due = MAX (due, layout_width (layout) + 2);
    }
  due = MIN (due, room * 0.25);
  for (int i = 0, k = 0; i < 4; i++)
    {
      double w = i == 2 ? due : (room - due) * share[k++];

      cols->x[i] = x;
      cols->w[i] = MAX (1.0, w);
      x += cols->w[i] + gap;
    }
}

typedef struct {
  PangoLayout *cells[4];
  double       height;
} Row;

static void
row_clear (Row *row)
{
  for (int i = 0; i < 4; i++)
    g_clear_object (&row->cells[i]);
}

static void
row_layout (Painter                     *p,
            const SvProjectionAgreement *a,
            const Columns               *cols,
            Row                         *row)
{
  const char *texts[4] = { a->who, a->what, *a->due != '\0' ? a->due : "—", a->monitoring };

  row->height = 0;
  for (int i = 0; i < 4; i++)
    {
      row->cells[i] = text_layout (p, texts[i] != NULL && *texts[i] != '\0' ? texts[i] : "—", BODY_PX, i == 0,
                                   cols->w[i], CELL_LINES);
      row->height = MAX (row->height, layout_height (row->cells[i]));
    }
}

/* The newest agreements that fit in @height, under a line that counts
 * the earlier ones: the one being typed is the one the room reads. */
static void
draw_agreements (Painter            *p,
                 const SvProjection *projection,
                 const Box          *box)
{
  const SvProjectionPalette *pal = &p->palette;
  double s = p->scale;
  double y = box->y, bottom = box->y + box->height;
  double row_pad = 10 * s;
  double more_h = line_height (p, BODY_PX, FALSE) + row_pad;
  guint n = projection->agreements->len;
  Columns cols;
  static const char *heads[4] = {
    NC_("projection", "Who"), NC_("projection", "What"), NC_("projection", "By when"), NC_("projection", "Monitoring"),
  };
  double head_h = 0;
  g_autoptr(GArray) rows = NULL;
  double used = 0;
  guint shown = 0;

  y += draw_text (p, C_("projection", "Agreements"), HEAD_PX, TRUE, box->x, y, box->width, 1, &pal->accent);
  y += 8 * s;
  if (n == 0)
    {
      if (y + line_height (p, BODY_PX, FALSE) <= bottom)
        draw_text (p, C_("projection", "No agreements yet"), BODY_PX, FALSE, box->x, y, box->width, 1, &pal->dim);
      return;
    }

  table_columns (p, projection, g_dpgettext2 (GETTEXT_PACKAGE, "projection", heads[2]), box, 24 * s, &cols);
  for (int i = 0; i < 4; i++)
    {
      g_autoptr(PangoLayout) head = text_layout (p, g_dpgettext2 (GETTEXT_PACKAGE, "projection", heads[i]),
                                                 BODY_PX, TRUE, cols.w[i], 1);

      head_h = MAX (head_h, layout_height (head));
      if (y + layout_height (head) <= bottom)
        show_text (p, head, cols.x[i], y, &pal->dim);
    }
  y += head_h + 6 * s;
  hrule (p, box->x, box->x + box->width, y, MAX (1.0, 3 * s));
  y += MAX (1.0, 3 * s) + row_pad;

  /* From the newest back, while the rows and (if some are left out) the
   * line counting them fit. */
  rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  for (guint i = n; i-- > 0;)
    {
      Row row = { { NULL } };
      double need;

      row_layout (p, g_ptr_array_index (projection->agreements, i), &cols, &row);
      need = used + row.height + row_pad + (i > 0 ? more_h : 0);
      if (y + need > bottom && shown > 0)
        {
          row_clear (&row);
          break;
        }
      if (y + row.height > bottom)
        {
          row_clear (&row);
          break;
        }
      g_array_append_val (rows, row);
      used += row.height + row_pad;
      shown++;
    }

  if (shown < n)
    {
      guint earlier = n - shown;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+ %u earlier agreement",
                                                            "+ %u earlier agreements", earlier), earlier);

      if (y + more_h <= bottom)
        {
          draw_text (p, more, BODY_PX, FALSE, box->x, y, box->width, 1, &pal->dim);
          y += more_h;
        }
    }
  for (guint k = rows->len; k-- > 0;)
    {
      Row *row = &g_array_index (rows, Row, k);

      if (y + row->height > bottom)
        break;
      for (int i = 0; i < 4; i++)
        show_text (p, row->cells[i], cols.x[i], y, &pal->foreground);
      y += row->height + row_pad / 2;
      if (k > 0)
        hrule (p, box->x, box->x + box->width, y - MAX (1.0, s) / 2, MAX (1.0, s));
      y += row_pad / 2;
    }
}

static char *
join_people (const SvProjection *projection)
{
  GString *out = g_string_new (NULL);

  /* Lines break between people, not inside one ("Jeugdige, 9 / jaar"). */
  for (guint i = 0; i < projection->people->len; i++)
    {
      const char *person = g_ptr_array_index (projection->people, i);

      if (i > 0)
        g_string_append (out, "\xc2\xa0· ");
      for (const char *c = person; *c != '\0'; c++)
        if (*c == ' ')
          g_string_append (out, "\xc2\xa0");
        else
          g_string_append_c (out, *c);
    }
  return g_string_free (out, FALSE);
}

static void
draw_case (Painter            *p,
           const SvProjection *projection,
           const Box          *box)
{
  const SvProjectionPalette *pal = &p->palette;
  double s = p->scale;
  double y = box->y, bottom = box->y + box->height;
  double gap = GAP * s;
  double head_h = line_height (p, HEAD_PX, TRUE);
  double body_h = line_height (p, BODY_PX, FALSE);
  double question_line = line_height (p, QUESTION_PX, FALSE);
  g_autofree char *people = join_people (projection);
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) tag = NULL;
  g_autoptr(PangoLayout) people_layout = NULL;
  g_autoptr(PangoLayout) advice = NULL;
  g_autoptr(PangoLayout) question = NULL;
  double label_h, tag_w = 0, reserve, room;
  int question_lines;
  gboolean has_question = *projection->question != '\0';

  /* The case's label, its standing reason as a tag beside it. */
  if (*projection->standing != '\0')
    {
      tag = text_layout (p, projection->standing, BODY_PX, TRUE, box->width * 0.45, 1);
      tag_w = layout_width (tag) + 2 * 16 * s;
    }
  label = text_layout (p, projection->case_label, CASE_PX, TRUE, box->width - (tag != NULL ? tag_w + gap : 0), 1);
  label_h = layout_height (label);
  if (y + label_h > bottom)
    return;
  show_text (p, label, box->x, y, &pal->foreground);
  if (tag != NULL)
    {
      double tx = box->x + layout_width (label) + gap;
      double th = layout_height (tag) + 8 * s;
      double ty = y + (label_h - th) / 2;

      set_color (p, &pal->accent);
      cairo_set_line_width (p->cr, MAX (1.0, 3 * s));
      rounded_rect (p->cr, tx, ty, tag_w, th, th / 2);
      cairo_stroke (p->cr);
      show_text (p, tag, tx + 16 * s, ty + 4 * s, &pal->accent);
    }
  y += label_h + 4 * s;

  if (*people != '\0')
    {
      people_layout = text_layout (p, people, BODY_PX, FALSE, box->width, PEOPLE_LINES);
      if (y + layout_height (people_layout) <= bottom)
        y += show_text (p, people_layout, box->x, y, &pal->foreground);
    }
  y += gap;

  /* What the rest needs at least: the advice and, for the agreements,
   * their heading, the table's head and one row (or "none yet"). */
  if (*projection->advice != '\0')
    advice = text_layout (p, projection->advice, BODY_PX, FALSE, box->width, ADVICE_LINES);
  reserve = head_h + 8 * s + (projection->agreements->len > 0
                              ? body_h + 6 * s + 3 * s + 10 * s + 2 * body_h + 10 * s + body_h + 10 * s
                              : body_h);
  if (advice != NULL)
    reserve += head_h + 6 * s + layout_height (advice) + gap;

  if (has_question)
    {
      room = bottom - y - head_h - 6 * s - gap - reserve;
      question_lines = CLAMP ((int) floor (room / question_line), 1, QUESTION_LINES);
      question = text_layout (p, projection->question, QUESTION_PX, FALSE, box->width, question_lines);
      if (y + head_h + 6 * s + layout_height (question) <= bottom)
        {
          y += draw_text (p, C_("projection", "Question to the meeting"), HEAD_PX, TRUE, box->x, y, box->width, 1,
                          &pal->accent);
          y += 6 * s;
          y += show_text (p, question, box->x, y, &pal->foreground);
          y += gap;
        }
    }

  if (advice != NULL && y + head_h + 6 * s + layout_height (advice) <= bottom)
    {
      y += draw_text (p, C_("projection", "Advice"), HEAD_PX, TRUE, box->x, y, box->width, 1, &pal->accent);
      y += 6 * s;
      y += show_text (p, advice, box->x, y, &pal->foreground);
      y += gap;
    }

  if (y + head_h <= bottom)
    draw_agreements (p, projection, &(Box) { box->x, y, box->width, bottom - y });
}

/* ------------------------------------------------------------------------
 * The whole picture
 * ------------------------------------------------------------------------ */

static void
draw_empty (Painter *p)
{
  g_autoptr(PangoLayout) brand = text_layout (p, C_("projection", "Samen Veilig"), BRAND_PX, TRUE,
                                              p->width - 2 * MARGIN * p->scale, 1);

  pango_layout_set_alignment (brand, PANGO_ALIGN_CENTER);
  show_text (p, brand, MARGIN * p->scale, (p->height - layout_height (brand)) / 2, &p->palette.foreground);
}

/* The meeting's title and where the meeting is; returns its bottom. */
static double
draw_header (Painter            *p,
             const SvProjection *projection)
{
  double s = p->scale, margin = MARGIN * s, top = 32 * s;
  double title_h = line_height (p, TITLE_PX, TRUE);
  double pos_w = 0;

  if (projection->current >= 0)
    {
      g_autofree char *where = g_strdup_printf (C_("projection", "Case %d of %u"), projection->current + 1,
                                                projection->agenda->len);
      g_autoptr(PangoLayout) pos = text_layout (p, where, BODY_PX, FALSE, p->width * 0.3, 1);

      pos_w = layout_width (pos) + GAP * s;
      show_text (p, pos, p->width - margin - layout_width (pos), top + (title_h - layout_height (pos)) / 2,
                 &p->palette.dim);
    }
  draw_text (p, projection->title, TITLE_PX, TRUE, margin, top, p->width - 2 * margin - pos_w, 1,
             &p->palette.foreground);
  hrule (p, 0, p->width, top + title_h + 20 * s, MAX (1.0, 3 * s));
  return top + title_h + 20 * s + MAX (1.0, 3 * s);
}

void
sv_projection_draw (cairo_t            *cr,
                    PangoContext       *context,
                    const SvProjection *projection,
                    gboolean            dark,
                    double              width,
                    double              height,
                    SvProjectionWatch   watch,
                    gpointer            user_data)
{
  Painter p = { 0 };
  PangoContext *own;
  double top, s, margin;

  g_return_if_fail (cr != NULL && PANGO_IS_CONTEXT (context));
  if (width < 1 || height < 1)
    return;

  /* A context of our own: updating the caller's (a widget's) to this
   * cairo_t would change how the widget's other text is shaped. */
  own = pango_font_map_create_context (pango_context_get_font_map (context));
  pango_context_set_font_description (own, pango_context_get_font_description (context));
  pango_context_set_language (own, pango_context_get_language (context));
  pango_cairo_context_set_resolution (own, pango_cairo_context_get_resolution (context));
  pango_cairo_update_context (cr, own);

  p = (Painter) {
    .cr = cr, .context = own, .scale = height / 1080.0, .width = width, .height = height,
    .watch = watch, .user_data = user_data,
  };
  sv_projection_palette (dark, &p.palette);
  s = p.scale;
  margin = MARGIN * s;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  fill_rect (&p, 0, 0, width, height, &p.palette.background);

  if (projection == NULL)
    draw_empty (&p);
  else
    {
      top = draw_header (&p, projection);
      if (projection->current < 0)
        {
          /* Before the first case: the agenda alone, in the middle. */
          double w = MIN (width - 2 * margin, MAX (width * 0.5, 900 * s));

          draw_agenda (&p, projection, &(Box) { (width - w) / 2, top + GAP * s, w, height - top - GAP * s - margin },
                       TRUE);
        }
      else if (width < 1.25 * height)
        {
          /* Upright or square: no room for a column; the header says
           * which case of how many. */
          draw_case (&p, projection, &(Box) { margin, top + GAP * s, width - 2 * margin,
                                              height - top - GAP * s - 32 * s });
        }
      else
        {
          double col = floor (width * AGENDA_SHARE);

          fill_rect (&p, 0, top, col, height - top, &p.palette.panel);
          draw_agenda (&p, projection, &(Box) { 0, top + GAP * s, col, height - top - GAP * s - 24 * s }, FALSE);
          draw_case (&p, projection, &(Box) { col + margin, top + GAP * s, width - col - 2 * margin,
                                              height - top - GAP * s - 32 * s });
        }
    }

  cairo_restore (cr);
  g_object_unref (own);
}

/* ------------------------------------------------------------------------
 * For screen readers
 * ------------------------------------------------------------------------ */

char *
sv_projection_describe (const SvProjection *projection)
{
  GString *out;
  g_autofree char *question = NULL;

  if (projection == NULL)
    return g_strdup (C_("projection", "Samen Veilig"));
  out = g_string_new (NULL);
  if (projection->current < 0)
    {
      g_string_append_printf (out, "%s. ", projection->title);
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u case on the agenda.", "%u cases on the agenda.",
                                                projection->agenda->len), projection->agenda->len);
      return g_string_free (out, FALSE);
    }
  g_string_append_printf (out, C_("projection", "Case %d of %u"), projection->current + 1, projection->agenda->len);
  g_string_append_printf (out, ": %s.", projection->case_label);
  if (*projection->standing != '\0')
    g_string_append_printf (out, " %s.", projection->standing);
  if (*projection->question != '\0')
    {
      question = flatten (projection->question);
      g_string_append_printf (out, " %s: %s", C_("projection", "Question to the meeting"), question);
    }
  g_string_append_c (out, ' ');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u agreement.", "%u agreements.",
                                            projection->agreements->len), projection->agreements->len);
  return g_string_free (out, FALSE);
}
