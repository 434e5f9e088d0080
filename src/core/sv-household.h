/* sv-household.h: a household (gezin / huishouden), its members and its
 * informal network — plain records, copied by value between layers. */
#pragma once

#include <glib-object.h>

#include "sv-enums.h"

G_BEGIN_DECLS

typedef struct {
  gint64  id;          /* 0 until stored */
  char   *uid;         /* stable across databases (exchange format) */
  char   *name;        /* "Gezin Jansen" */
  char   *note;
} SvHousehold;

typedef struct {
  gint64        id;
  gint64        household_id;
  char         *given_names;
  char         *family_name;   /* with tussenvoegsel: "de Vries" */
  GDate         birth_date;    /* cleared when unknown */
  SvMemberRole  role;
  char         *note;
} SvMember;

/* Someone of the informal network: grandparent, neighbour, friend. */
typedef struct {
  gint64  id;
  gint64  household_id;
  char   *name;
  char   *relation;   /* "oma (moederskant)" */
  char   *contact;    /* phone or address, as given */
  char   *note;
} SvNetworkMember;

#define SV_TYPE_HOUSEHOLD      (sv_household_get_type ())
#define SV_TYPE_MEMBER         (sv_member_get_type ())
#define SV_TYPE_NETWORK_MEMBER (sv_network_member_get_type ())

GType            sv_household_get_type      (void) G_GNUC_CONST;
SvHousehold     *sv_household_new           (void);
SvHousehold     *sv_household_copy          (const SvHousehold     *household);
void             sv_household_free          (SvHousehold           *household);
gboolean         sv_household_validate      (const SvHousehold     *household,
                                             GError               **error);

GType            sv_member_get_type         (void) G_GNUC_CONST;
SvMember        *sv_member_new              (void);
SvMember        *sv_member_copy             (const SvMember        *member);
void             sv_member_free             (SvMember              *member);
char            *sv_member_dup_full_name    (const SvMember        *member);
/* "J.P. de V." style initials for prints that leave the room. */
char            *sv_member_dup_initials     (const SvMember        *member);
gboolean         sv_member_validate         (const SvMember        *member,
                                             const GDate           *today,
                                             GError               **error);

GType            sv_network_member_get_type (void) G_GNUC_CONST;
SvNetworkMember *sv_network_member_new      (void);
SvNetworkMember *sv_network_member_copy     (const SvNetworkMember *member);
void             sv_network_member_free     (SvNetworkMember       *member);
gboolean         sv_network_member_validate (const SvNetworkMember *member,
                                             GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvHousehold, sv_household_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvMember, sv_member_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvNetworkMember, sv_network_member_free)

G_END_DECLS
