/* sv-case-facts.h: the dated facts of a case that deadlines are counted
 * from (../shared/DOMAIN.md, "Deadline rules and date conventions").
 * Every date is optional: a cleared date means the fact is not (yet)
 * known, and the rules that start from it give no deadline. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  SV_ORDER_KIND_OTS,       /* ondertoezichtstelling */
  SV_ORDER_KIND_VOOGDIJ,
} SvOrderKind;

typedef enum {
  /* Veilig Thuis handed over right after its veiligheidsbeoordeling. */
  SV_HANDOVER_AFTER_ASSESSMENT,
  /* …after Voorwaarden & Vervolg or Onderzoek: Veilig Thuis monitors
   * after 3 and 12 months (seed 002, 5.2.7). */
  SV_HANDOVER_AFTER_INVESTIGATION,
} SvHandoverKind;

typedef struct {
  gint64         case_id;

  GDate          order_end;               /* end of the OTS or voogdij */
  SvOrderKind    order_kind;
  gboolean       care_after_18_arranged;  /* voogdij: no VHT needed when TRUE */

  GDate          vht_consultation;        /* VeiligheidsTeam consultation */
  GDate          ig_date;                 /* interventiegesprek */
  int            ig_minutes;              /* its start, minutes after midnight; -1 unknown */

  GDate          it_first_discussion;     /* first Interventieteam discussion */
  GDate          traject_v_start;

  GDate          vt_received;             /* Veilig Thuis received the report */
  GDate          vt_handover;             /* Veilig Thuis handed over to the local team */
  SvHandoverKind vt_handover_kind;
  gboolean       vt_handover_acute;       /* acute unsafety: contact the same day */

  GDate          huisverbod_start;        /* tijdelijk huisverbod, day 1 */
  gboolean       huisverbod_extended;     /* extended to 28 days */

  GDate          last_incident;
} SvCaseFacts;

#define SV_TYPE_CASE_FACTS (sv_case_facts_get_type ())

GType        sv_case_facts_get_type (void) G_GNUC_CONST;
SvCaseFacts *sv_case_facts_new      (void);
SvCaseFacts *sv_case_facts_copy     (const SvCaseFacts *self);
void         sv_case_facts_free     (SvCaseFacts       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCaseFacts, sv_case_facts_free)

G_END_DECLS
