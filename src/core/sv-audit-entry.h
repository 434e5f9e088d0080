/* sv-audit-entry.h: one line of the audit log (NEN 7513: who saw or
 * changed which record of a case, when), and the log's export.
 *
 * The store writes these; nobody edits them. After a case is erased its
 * lines remain as tombstones: who, when and what kind of action, without
 * the values (erased is TRUE).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  SV_AUDIT_OPEN,                   /* the case page was shown */
  SV_AUDIT_PRINT,                  /* printed or saved as PDF from the app */
  SV_AUDIT_EXPORT,                 /* written to a file: PDF, exchange, calendar, log */
  SV_AUDIT_REVEAL,                 /* a masked field shown on the projector */
  SV_AUDIT_SHARE_WITHOUT_CONSENT,  /* full names shared without recorded consent, confirmed */
  SV_AUDIT_CREATE,                 /* a record added (triggers) */
  SV_AUDIT_CHANGE,                 /* a field changed (triggers) */
  SV_AUDIT_DELETE,                 /* a record removed (triggers) */
  SV_AUDIT_ERASE,                  /* the case erased after its retention period */
  SV_AUDIT_N_ACTIONS,
} SvAuditAction;

typedef struct {
  gint64         id;
  GDateTime     *at;            /* UTC */
  char          *os_user;       /* the account on the computer */
  char          *display_name;  /* from the preferences; may be empty */
  SvAuditAction  action;
  gint64         case_id;       /* 0 when about no single case */
  char          *record_kind;   /* table name for changes; NULL otherwise */
  gint64         record_id;
  char          *field;         /* the column of a change */
  char          *old_value;     /* NULL for long texts and tombstones */
  char          *new_value;
  char          *detail;        /* what was printed/exported, lengths of a long text, … */
  gboolean       erased;        /* a tombstone */
} SvAuditEntry;

#define SV_TYPE_AUDIT_ENTRY (sv_audit_entry_get_type ())

GType         sv_audit_entry_get_type      (void) G_GNUC_CONST;
SvAuditEntry *sv_audit_entry_copy          (const SvAuditEntry *self);
void          sv_audit_entry_free          (SvAuditEntry       *self);

const char   *sv_audit_action_to_nick      (SvAuditAction       action);
gboolean      sv_audit_action_from_nick    (const char         *nick,
                                            SvAuditAction      *out);
const char   *sv_audit_action_label        (SvAuditAction       action);

/* The person as shown: "Display Name (account)" or the account alone. */
char         *sv_audit_entry_who           (const SvAuditEntry *self);
/* One line saying what happened, in the user's language: "Changed
 * family_name: Jansen → Pietersen", "Changed reason (120 → 134
 * characters)", "Printed: case overview with full names". */
char         *sv_audit_entry_describe      (const SvAuditEntry *self);

/* The entries as CSV (RFC 4180, header line, UTF-8, times in UTC ISO
 * 8601), for the privacy officer's spreadsheet. */
char         *sv_audit_entries_to_csv      (GPtrArray          *entries);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvAuditEntry, sv_audit_entry_free)

G_END_DECLS
