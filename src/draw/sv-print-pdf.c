/* sv-print-pdf.c: writing a paginated document as PDF, atomically. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sv-error.h"
#include "sv-print-pdf.h"

PangoContext *
sv_print_pdf_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* PangoCairo assumes 96 dpi; a PDF page is in points. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
sv_print_doc_write_pdf (SvPrintDoc  *doc,
                        const char  *title,
                        const char  *path,
                        GError     **error)
{
  const SvPageGeometry *geometry;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (doc != NULL && path != NULL, FALSE);

  geometry = sv_print_doc_get_geometry (doc);
  n_pages = sv_print_doc_get_n_pages (doc);
  /* The whole PDF in memory first: a failure halfway leaves no file. */
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, geometry->width, geometry->height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title != NULL ? title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Samen Veilig");
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      sv_print_doc_draw_page (doc, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SV_ERROR, SV_ERROR_INVALID, _("The PDF could not be made: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  /* 0600: it holds case data. */
  if (!g_file_set_contents_full (path, (const char *) bytes->data, (gssize) bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local))
    {
      g_set_error (error, local->domain, local->code, _("%s cannot be written: %s"), path, local->message);
      return FALSE;
    }
  return TRUE;
}
