/* sv-chart-text.c: the text of the drawn charts. */
#include "config.h"

#include "sv-chart-text.h"

PangoLayout *
sv_chart_text_layout (PangoContext *context,
                      const char   *text,
                      double        scale,
                      PangoWeight   weight,
                      double        width,
                      int           max_lines)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  int size = pango_font_description_get_size (font);

  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, (int) (size * scale));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (1.0, width) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (1, max_lines));
    }
  return layout;
}

double
sv_chart_text_line_height (PangoContext *context,
                           double        scale,
                           PangoWeight   weight)
{
  PangoLayout *layout = sv_chart_text_layout (context, "Hg", scale, weight, -1, 1);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  g_object_unref (layout);
  return height;
}
