/* sv-case-page.h: everything about one case on one page — report, consent,
 * household and network, professionals, and the case journal with a quick
 * way to add an entry. */
#pragma once

#include <adwaita.h>

#include "sv-print-operation.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_CASE_PAGE (sv_case_page_get_type ())

G_DECLARE_FINAL_TYPE (SvCasePage, sv_case_page, SV, CASE_PAGE, GtkWidget)

void   sv_case_page_set_store   (SvCasePage *self,
                                 SvStore    *store,
                                 GSettings  *settings);
/* 0 shows nothing. */
void   sv_case_page_set_case    (SvCasePage *self,
                                 gint64      case_id);
gint64 sv_case_page_get_case_id (SvCasePage *self);
/* The print of the case's overview, not yet run (sv-case-page-print.c). */
SvPrintOperation *sv_case_page_new_print_operation (SvCasePage *self);

G_END_DECLS
