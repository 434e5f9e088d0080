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

/* The dates among the facts that a deadline rule counts calendar days
 * from, named for the store: which cases have one in a range
 * (sv_store_list_case_facts_in_range()). */
typedef enum {
  SV_CASE_FACT_ORDER_END,
  SV_CASE_FACT_VHT_CONSULTATION,
  SV_CASE_FACT_IT_FIRST_DISCUSSION,
} SvCaseFactDate;

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

/* Checks the facts by the rules of the forms: every set date a real one
 * (years 1900–2199), the time of the interventiegesprek unknown (-1) or
 * 0–1439 minutes, the kinds known. The facts that record what happened —
 * Veilig Thuis receipt and handover, the first IT discussion, the start
 * of a huisverbod, the last incident — may not lie after @today (no check
 * when @today is NULL); an order's end or a planned interventiegesprek lie
 * in the future by nature. The message names the field. */
gboolean     sv_case_facts_validate (const SvCaseFacts *self,
                                     const GDate       *today,
                                     GError           **error);
/* A deadline marked done: @rule_id one of sv_deadline_rule_ids(), @done_on
 * a real date not after @today (no check when @today is NULL). With
 * @done_on NULL only the rule id is checked. */
gboolean     sv_case_facts_validate_done (const char   *rule_id,
                                          const GDate  *done_on,
                                          const GDate  *today,
                                          GError      **error);

/* Stable nicks for storage and exchange ("ots", "voogdij";
 * "na-veiligheidsbeoordeling", "na-onderzoek"), translated labels, and
 * the counts for a drop-down. */
const char  *sv_order_kind_to_nick      (SvOrderKind     value);
gboolean     sv_order_kind_from_nick    (const char     *nick,
                                         SvOrderKind    *value);
const char  *sv_order_kind_label        (SvOrderKind     value);
guint        sv_order_kind_count        (void);
const char  *sv_handover_kind_to_nick   (SvHandoverKind  value);
gboolean     sv_handover_kind_from_nick (const char     *nick,
                                         SvHandoverKind *value);
const char  *sv_handover_kind_label     (SvHandoverKind  value);
guint        sv_handover_kind_count     (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvCaseFacts, sv_case_facts_free)

G_END_DECLS
