/* sv-pdf-test-util.h: reading a printed PDF back in tests (poppler's
 * pdftotext and pdfinfo) and running the app's command line without a
 * display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when pdftotext and pdfinfo are installed; else skips the test. */
gboolean  sv_pdf_have_poppler (void);
/* The text of page @page (from 1), or of all pages for 0, with every run
 * of white space made one space: a line break in the PDF is a space. */
char     *sv_pdf_text         (const char  *pdf,
                               guint        page);
guint     sv_pdf_pages        (const char  *pdf);
/* How often @needle occurs in @haystack. */
guint     sv_pdf_count        (const char  *haystack,
                               const char  *needle);
/* Runs the built `samenveilig` in @dir without DISPLAY, WAYLAND_DISPLAY
 * or a session bus, with XDG_DATA_HOME=@dir and SV_TODAY=2026-11-22;
 * the NULL-terminated arguments follow @first. Returns the exit status. */
int       sv_pdf_run_cli      (const char  *dir,
                               char       **out,
                               char       **err,
                               const char  *first,
                               ...) G_GNUC_NULL_TERMINATED;
/* The built binary exists; else skips the test. */
gboolean  sv_pdf_have_binary  (void);

G_END_DECLS
