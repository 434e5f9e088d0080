/* sv-professional.h: organisations, the professionals who work for them,
 * and a professional's role on a case. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

typedef struct {
  gint64  id;
  char   *name;        /* "Politie", "Lindenhout" — unique, case-insensitive */
} SvOrganisation;

typedef struct {
  gint64  id;
  char   *uid;
  char   *name;
  gint64  organisation_id;    /* 0: none */
  char   *organisation_name;  /* filled by the store when read */
  char   *function;           /* "wijkagent", "jeugdconsulent" */
  char   *email;
  char   *phone;
} SvProfessional;

typedef struct {
  gint64          id;
  gint64          case_id;
  SvCaseRoleKind  role;
  char           *note;
  SvProfessional *professional;  /* owned copy, filled by the store */
} SvCaseRole;

#define SV_TYPE_ORGANISATION (sv_organisation_get_type ())
#define SV_TYPE_PROFESSIONAL (sv_professional_get_type ())
#define SV_TYPE_CASE_ROLE    (sv_case_role_get_type ())

GType           sv_organisation_get_type (void) G_GNUC_CONST;
SvOrganisation *sv_organisation_new      (const char           *name);
SvOrganisation *sv_organisation_copy     (const SvOrganisation *self);
void            sv_organisation_free     (SvOrganisation       *self);
gboolean        sv_organisation_validate (const SvOrganisation *self,
                                          GError              **error);

GType           sv_professional_get_type (void) G_GNUC_CONST;
SvProfessional *sv_professional_new      (void);
SvProfessional *sv_professional_copy     (const SvProfessional *self);
void            sv_professional_free     (SvProfessional       *self);
gboolean        sv_professional_validate (const SvProfessional *self,
                                          GError              **error);

GType           sv_case_role_get_type    (void) G_GNUC_CONST;
SvCaseRole     *sv_case_role_new         (void);
SvCaseRole     *sv_case_role_copy        (const SvCaseRole     *self);
void            sv_case_role_free        (SvCaseRole           *self);
gboolean        sv_case_role_validate    (const SvCaseRole     *self,
                                          GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvOrganisation, sv_organisation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvProfessional, sv_professional_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCaseRole, sv_case_role_free)

G_END_DECLS
