/* sv-letter-pdf.c: an invitation letter on paper. */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sv-letter-pdf.h"
#include "sv-print-pdf.h"

static void
flush (SvPrintDoc *doc,
       GString    *paragraph)
{
  g_strchomp (paragraph->str);
  paragraph->len = strlen (paragraph->str);
  if (paragraph->len > 0)
    {
      sv_print_doc_add_paragraph (doc, paragraph->str, SV_PRINT_TEXT_BODY);
      sv_print_doc_add_space (doc, 4);
    }
  g_string_truncate (paragraph, 0);
}

SvPrintDoc *
sv_letter_doc_new (PangoContext         *context,
                   const SvPageGeometry *geometry,
                   const char           *text)
{
  SvPrintDoc *doc;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) paragraph = g_string_new ("");
  gboolean in_list = FALSE;

  g_return_val_if_fail (context != NULL && geometry != NULL && text != NULL, NULL);

  doc = sv_print_doc_new (context, geometry);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *stripped = g_strstrip (g_strdup (line));

      /* A list ends with the first line that is no point of it. */
      if (in_list && !g_str_has_prefix (stripped, "- "))
        {
          sv_print_doc_add_space (doc, 4);
          in_list = FALSE;
        }
      if (*stripped == '\0')
        flush (doc, paragraph);
      else if (g_str_has_prefix (stripped, "# "))
        {
          flush (doc, paragraph);
          sv_print_doc_add_title (doc, g_strstrip (stripped + 2), NULL);
        }
      else if (g_str_has_prefix (stripped, "- "))
        {
          g_autofree char *point = g_strconcat ("•  ", g_strstrip (stripped + 2), NULL);

          flush (doc, paragraph);
          sv_print_doc_add_paragraph (doc, point, SV_PRINT_TEXT_BODY);
          in_list = TRUE;
        }
      else
        {
          /* A point of a list ends with the line; text after it is a
           * paragraph of its own. */
          if (paragraph->len > 0)
            g_string_append_c (paragraph, '\n');
          g_string_append (paragraph, stripped);
        }
    }
  flush (doc, paragraph);
  sv_print_doc_paginate (doc);
  return doc;
}

gboolean
sv_letter_write_pdf (const char  *text,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GObject) context = G_OBJECT (sv_print_pdf_context_new ());
  g_autoptr(SvPrintDoc) doc = NULL;
  SvPageGeometry geometry;

  g_return_val_if_fail (text != NULL && path != NULL, FALSE);

  sv_page_geometry_a4 (&geometry);
  doc = sv_letter_doc_new (PANGO_CONTEXT (context), &geometry, text);
  /* The metadata title goes with the file: never a family's name. */
  return sv_print_doc_write_pdf (doc, _("Invitation"), path, error);
}
