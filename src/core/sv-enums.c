/* sv-enums.c: nicks and labels of the domain vocabularies. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-enums.h"
#include "sv-enums-private.h"

static const SvEnumEntry report_kinds[] = {
  { "zorgmelding", "report kind", NC_("report kind", "Zorgmelding") },
  { "zorgelijke-melding", "report kind", NC_("report kind", "Zorgelijke melding") },
};

static const SvEnumEntry report_sources[] = {
  { "veilig-thuis", "report source", NC_("report source", "Veilig Thuis") },
  { "huisarts", "report source", NC_("report source", "General practitioner") },
  { "derde", "report source", NC_("report source", "Third party") },
  { "betrokkene", "report source", NC_("report source", "Residents themselves") },
};

static const SvEnumEntry case_statuses[] = {
  { "open", "case status", NC_("case status", "Open") },
  { "gesloten", "case status", NC_("case status", "Closed") },
};

static const SvEnumEntry member_roles[] = {
  { "ouder-verzorger", "member role", NC_("member role", "Parent or carer") },
  { "jeugdige", "member role", NC_("member role", "Youth") },
  { "overig", "member role", NC_("member role", "Other household member") },
};

static const SvEnumEntry consent_statuses[] = {
  { "onbekend", "consent", NC_("consent", "Not yet asked") },
  { "gegeven", "consent", NC_("consent", "Given") },
  { "geweigerd", "consent", NC_("consent", "Refused") },
};

static const SvEnumEntry consent_exceptions[] = {
  { "geen", "consent exception", NC_("consent exception", "None") },
  { "directe-onveiligheid", "consent exception", NC_("consent exception", "Direct unsafety") },
  { "zorgmijder", "consent exception", NC_("consent exception", "Care avoider (zorgmijder)") },
};

static const SvEnumEntry case_roles[] = {
  { "inbrenger", "case role", NC_("case role", "Inbrenger") },
  { "casusregisseur", "case role", NC_("case role", "Case director") },
  { "procesregisseur", "case role", NC_("case role", "Process director") },
  { "it-medewerker", "case role", NC_("case role", "Intervention team worker") },
  { "consulent", "case role", NC_("case role", "Consultant") },
  { "overig", "case role", NC_("case role", "Other") },
};

static const SvEnumEntry meeting_circles[] = {
  { "vaste-kern", "meeting circle", NC_("meeting circle", "Fixed core") },
  { "flexibele-schil", "meeting circle", NC_("meeting circle", "Flexible shell") },
};

static const SvEnumEntry meeting_statuses[] = {
  { "gepland", "meeting status", NC_("meeting status", "Planned") },
  { "lopend", "meeting status", NC_("meeting status", "In progress") },
  { "afgerond", "meeting status", NC_("meeting status", "Closed") },
};

static const SvEnumEntry attendances[] = {
  { "verwacht", "attendance", NC_("attendance", "Expected") },
  { "aanwezig", "attendance", NC_("attendance", "Present") },
  { "afwezig", "attendance", NC_("attendance", "Absent") },
  { "afgemeld", "attendance", NC_("attendance", "Sent apologies") },
};

static const SvEnumEntry family_attendances[] = {
  { "onbekend", "family attendance", NC_("family attendance", "Not known yet") },
  { "aanwezig", "family attendance", NC_("family attendance", "Attends") },
  { "afwezig", "family attendance", NC_("family attendance", "Does not attend") },
};

static const SvEnumEntry vht_advices[] = {
  { "geen", "advice", NC_("advice", "No advice yet") },
  { "andere-aanpak", "advice", NC_("advice", "Another approach") },
  { "gedwongen-kader", "advice", NC_("advice", "Step to the compulsory framework") },
  { "onveiligheid-dragen", "advice", NC_("advice", "Carry a degree of unsafety together") },
};

static const SvEnumEntry standing_reasons[] = {
  { "", "standing item", NC_("standing item", "Brought in") },
  { "it-6-weken", "standing item", NC_("standing item", "Investigation reaches 6 weeks") },
  { "ots-stap-2", "standing item", NC_("standing item", "OTS closure, step 2") },
  { "afspraak", "standing item", NC_("standing item", "Agreement due") },
};

SV_DEFINE_ENUM (SvReportKind, report_kind, report_kinds)
SV_DEFINE_ENUM (SvReportSource, report_source, report_sources)
SV_DEFINE_ENUM (SvCaseStatus, case_status, case_statuses)
SV_DEFINE_ENUM (SvMemberRole, member_role, member_roles)
SV_DEFINE_ENUM (SvConsentStatus, consent_status, consent_statuses)
SV_DEFINE_ENUM (SvConsentException, consent_exception, consent_exceptions)
SV_DEFINE_ENUM (SvCaseRoleKind, case_role, case_roles)
SV_DEFINE_ENUM (SvMeetingCircle, meeting_circle, meeting_circles)
SV_DEFINE_ENUM (SvMeetingStatus, meeting_status, meeting_statuses)
SV_DEFINE_ENUM (SvAttendanceStatus, attendance, attendances)
SV_DEFINE_ENUM (SvFamilyAttendance, family_attendance, family_attendances)
SV_DEFINE_ENUM (SvVhtAdvice, vht_advice, vht_advices)
SV_DEFINE_ENUM (SvStandingReason, standing_reason, standing_reasons)

SvReportKind
sv_report_kind_for_source (SvReportSource source)
{
  return source == SV_REPORT_SOURCE_VEILIG_THUIS
         ? SV_REPORT_KIND_ZORGMELDING
         : SV_REPORT_KIND_ZORGELIJKE_MELDING;
}
