/* sv-enums.h: the closed vocabularies of the domain.
 *
 * Each value has a stable nick (Dutch, as in ../shared/DOMAIN.md) that the
 * database and the exchange format store, and a translated label for people.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SV_REPORT_KIND_ZORGMELDING,        /* via Veilig Thuis: no consent needed */
  SV_REPORT_KIND_ZORGELIJKE_MELDING, /* GP, third party, residents: consent needed */
} SvReportKind;

typedef enum {
  SV_REPORT_SOURCE_VEILIG_THUIS,
  SV_REPORT_SOURCE_HUISARTS,
  SV_REPORT_SOURCE_DERDE,
  SV_REPORT_SOURCE_BETROKKENE,
} SvReportSource;

typedef enum {
  SV_CASE_STATUS_OPEN,
  SV_CASE_STATUS_GESLOTEN,
} SvCaseStatus;

typedef enum {
  SV_MEMBER_ROLE_OUDER_VERZORGER,
  SV_MEMBER_ROLE_JEUGDIGE,
  SV_MEMBER_ROLE_OVERIG,
} SvMemberRole;

typedef enum {
  SV_CONSENT_STATUS_ONBEKEND,
  SV_CONSENT_STATUS_GEGEVEN,
  SV_CONSENT_STATUS_GEWEIGERD,
} SvConsentStatus;

typedef enum {
  SV_CONSENT_EXCEPTION_GEEN,
  SV_CONSENT_EXCEPTION_DIRECTE_ONVEILIGHEID,
  SV_CONSENT_EXCEPTION_ZORGMIJDER,
} SvConsentException;

typedef enum {
  SV_CASE_ROLE_INBRENGER,
  SV_CASE_ROLE_CASUSREGISSEUR,
  SV_CASE_ROLE_PROCESREGISSEUR,
  SV_CASE_ROLE_IT_MEDEWERKER,
  SV_CASE_ROLE_CONSULENT,
  SV_CASE_ROLE_OVERIG,
} SvCaseRoleKind;

typedef enum {
  SV_MEETING_CIRCLE_VASTE_KERN,
  SV_MEETING_CIRCLE_FLEXIBELE_SCHIL,
} SvMeetingCircle;

/* Where a planned meeting stands; a closed one is read-only. */
typedef enum {
  SV_MEETING_STATUS_GEPLAND,
  SV_MEETING_STATUS_LOPEND,
  SV_MEETING_STATUS_AFGEROND,
} SvMeetingStatus;

typedef enum {
  SV_ATTENDANCE_VERWACHT,      /* invited, not yet recorded */
  SV_ATTENDANCE_AANWEZIG,
  SV_ATTENDANCE_AFWEZIG,
  SV_ATTENDANCE_AFGEMELD,      /* sent apologies */
} SvAttendanceStatus;

/* LEJO invites the family to every discussion of its case (seed 000). */
typedef enum {
  SV_FAMILY_ATTENDANCE_ONBEKEND,
  SV_FAMILY_ATTENDANCE_AANWEZIG,
  SV_FAMILY_ATTENDANCE_AFWEZIG,
} SvFamilyAttendance;

/* The one advice of a VeiligheidsTeam discussion (seed 004). */
typedef enum {
  SV_VHT_ADVICE_GEEN,                 /* not (yet) given */
  SV_VHT_ADVICE_ANDERE_AANPAK,
  SV_VHT_ADVICE_GEDWONGEN_KADER,
  SV_VHT_ADVICE_ONVEILIGHEID_DRAGEN,
} SvVhtAdvice;

/* Why a case stands on an agenda without being brought in by hand. */
typedef enum {
  SV_STANDING_NONE,
  SV_STANDING_IT_6_WEKEN,       /* Interventieteam investigation reaches 6 weeks */
  SV_STANDING_OTS_STAP_2,       /* OTS closure step 2: into the VeiligheidsTeam */
  SV_STANDING_AFSPRAAK,         /* an agreement fell due since the last meeting */
} SvStandingReason;

/* For each vocabulary: nick ↔ value, a translated label, and the count so
 * that a drop-down can list them in order. */
#define SV_DECLARE_ENUM(Type, name)                                  \
  const char *sv_##name##_to_nick (Type value);                      \
  gboolean    sv_##name##_from_nick (const char *nick, Type *value); \
  const char *sv_##name##_label (Type value);                        \
  guint       sv_##name##_count (void);

SV_DECLARE_ENUM (SvReportKind, report_kind)
SV_DECLARE_ENUM (SvReportSource, report_source)
SV_DECLARE_ENUM (SvCaseStatus, case_status)
SV_DECLARE_ENUM (SvMemberRole, member_role)
SV_DECLARE_ENUM (SvConsentStatus, consent_status)
SV_DECLARE_ENUM (SvConsentException, consent_exception)
SV_DECLARE_ENUM (SvCaseRoleKind, case_role)
SV_DECLARE_ENUM (SvMeetingCircle, meeting_circle)
SV_DECLARE_ENUM (SvMeetingStatus, meeting_status)
SV_DECLARE_ENUM (SvAttendanceStatus, attendance)
SV_DECLARE_ENUM (SvFamilyAttendance, family_attendance)
SV_DECLARE_ENUM (SvVhtAdvice, vht_advice)
SV_DECLARE_ENUM (SvStandingReason, standing_reason)

/* A zorgmelding always comes from Veilig Thuis; a zorgelijke melding never. */
SvReportKind sv_report_kind_for_source (SvReportSource source);

G_END_DECLS
