/* sv-case-summary.h: what a case list shows of a case — an immutable
 * GObject, so that list models can hold it. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

#define SV_TYPE_CASE_SUMMARY (sv_case_summary_get_type ())

G_DECLARE_FINAL_TYPE (SvCaseSummary, sv_case_summary, SV, CASE_SUMMARY, GObject)

SvCaseSummary *sv_case_summary_new                (gint64         id,
                                                   const char    *number,
                                                   const char    *household_name,
                                                   const char    *reason,
                                                   SvReportKind   report_kind,
                                                   const GDate   *received,
                                                   SvCaseStatus   status);
gint64         sv_case_summary_get_id             (SvCaseSummary *self);
const char    *sv_case_summary_get_number         (SvCaseSummary *self);
const char    *sv_case_summary_get_household_name (SvCaseSummary *self);
const char    *sv_case_summary_get_reason         (SvCaseSummary *self);
SvReportKind   sv_case_summary_get_report_kind    (SvCaseSummary *self);
const GDate   *sv_case_summary_get_received       (SvCaseSummary *self);
SvCaseStatus   sv_case_summary_get_status         (SvCaseSummary *self);

G_END_DECLS
