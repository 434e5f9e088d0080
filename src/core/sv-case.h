/* sv-case.h: a case (zaak) — one report about one household — and the
 * residents' consent (toestemmingsverklaring) that comes with it. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

typedef struct {
  gint64          id;             /* 0 until stored */
  char           *uid;            /* stable across databases */
  char           *number;         /* "2026-0012", given by the store */
  gint64          household_id;
  SvReportKind    report_kind;
  SvReportSource  source;
  char           *source_detail;  /* "Huisartsenpraktijk De Linde" */
  GDate           received;
  char           *reason;         /* short, in the reporter's terms */
  SvCaseStatus    status;
  GDate           closed_on;      /* cleared while open */
  char           *closing_note;
  GDateTime      *created_at;     /* set by the store */
  GDateTime      *updated_at;
} SvCase;

typedef struct {
  gint64              case_id;
  SvConsentStatus     status;
  GDate               date;       /* when given or refused */
  char               *given_by;   /* who signed */
  char               *scope;      /* what it covers: with whom, what */
  SvConsentException  exception;
  char               *note;
} SvConsent;

#define SV_TYPE_CASE    (sv_case_get_type ())
#define SV_TYPE_CONSENT (sv_consent_get_type ())

GType      sv_case_get_type        (void) G_GNUC_CONST;
SvCase    *sv_case_new             (void);
SvCase    *sv_case_copy            (const SvCase     *self);
void       sv_case_free            (SvCase           *self);
gboolean   sv_case_validate        (const SvCase     *self,
                                    const GDate      *today,
                                    GError          **error);

GType      sv_consent_get_type     (void) G_GNUC_CONST;
SvConsent *sv_consent_new          (void);
SvConsent *sv_consent_copy         (const SvConsent  *self);
void       sv_consent_free         (SvConsent        *self);
gboolean   sv_consent_validate     (const SvConsent  *self,
                                    const GDate      *today,
                                    GError          **error);

/* A zorgelijke melding needs the residents' consent; a zorgmelding from
 * Veilig Thuis does not (seed 000, "Werkwijze"). */
gboolean   sv_consent_required     (SvReportKind      kind);

/* Whether a case may be discussed in a meeting that requires consent
 * (LEVO): consent given, not required, or an exception (directe
 * onveiligheid, zorgmijder). When not, @why (if not NULL) says why. */
gboolean   sv_consent_allows_discussion (SvReportKind     kind,
                                         const SvConsent *consent,
                                         char           **why);

/* Whether the residents' names may go on something that leaves the app
 * (a print, a PDF, a Veiligheidskaart sent): only with consent given.
 * The exceptions that allow a discussion without consent (direct
 * unsafety, zorgmijder) may justify sharing too, but a person decides
 * that and the audit log records it (sv_share_guard_confirm ()). */
gboolean   sv_consent_allows_sharing_names (const SvConsent *consent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCase, sv_case_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvConsent, sv_consent_free)

G_END_DECLS
