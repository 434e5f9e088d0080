/* sv-sqlite-schema.c: the database schema as a list of forward migrations.
 *
 * PRAGMA user_version is the number of migrations applied. A database of
 * any earlier version is brought up to date step by step, each step in its
 * own transaction, so an interrupted upgrade leaves the last complete
 * version behind. Never edit a released step: add a new one.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sv-error.h"
#include "sv-sqlite-store-private.h"

/* Version 1: the records of the foundation, and the four meetings with
 * their participants as the seed documents list them (000: LEVO, LEJO and
 * the Interventieteam; the VeiligheidsTeam per DOMAIN.md and 004). The
 * sources do not say who is fixed core and who flexible shell, so all start
 * in the core; the chair moves organisations to the shell. */
static const char migration_1[] =
  "CREATE TABLE organisations ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
  "CREATE TABLE professionals ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  organisation_id INTEGER REFERENCES organisations (id),"
  "  function TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE households ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE members ("
  "  id INTEGER PRIMARY KEY,"
  "  household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,"
  "  given_names TEXT NOT NULL DEFAULT '',"
  "  family_name TEXT NOT NULL DEFAULT '',"
  "  birth_date TEXT,"
  "  role TEXT NOT NULL CHECK (role IN ('ouder-verzorger', 'jeugdige', 'overig')),"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX members_household ON members (household_id);"
  "CREATE TABLE network_members ("
  "  id INTEGER PRIMARY KEY,"
  "  household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  relation TEXT NOT NULL DEFAULT '',"
  "  contact TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX network_members_household ON network_members (household_id);"
  "CREATE TABLE cases ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  number TEXT NOT NULL UNIQUE,"
  "  household_id INTEGER NOT NULL REFERENCES households (id),"
  "  report_kind TEXT NOT NULL CHECK (report_kind IN ('zorgmelding', 'zorgelijke-melding')),"
  "  source TEXT NOT NULL CHECK (source IN ('veilig-thuis', 'huisarts', 'derde', 'betrokkene')),"
  "  source_detail TEXT NOT NULL DEFAULT '',"
  "  received TEXT NOT NULL,"
  "  reason TEXT NOT NULL,"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gesloten')),"
  "  closed_on TEXT,"
  "  closing_note TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX cases_household ON cases (household_id);"
  "CREATE INDEX cases_status_received ON cases (status, received DESC, id DESC);"
  "CREATE INDEX cases_received ON cases (received DESC, id DESC);"
  "CREATE TABLE case_numbers ("
  "  year INTEGER PRIMARY KEY,"
  "  last INTEGER NOT NULL);"
  "CREATE TABLE consents ("
  "  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL CHECK (status IN ('onbekend', 'gegeven', 'geweigerd')),"
  "  date TEXT,"
  "  given_by TEXT NOT NULL DEFAULT '',"
  "  scope TEXT NOT NULL DEFAULT '',"
  "  exception TEXT NOT NULL DEFAULT 'geen'"
  "    CHECK (exception IN ('geen', 'directe-onveiligheid', 'zorgmijder')),"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE case_professionals ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  professional_id INTEGER NOT NULL REFERENCES professionals (id),"
  "  role TEXT NOT NULL CHECK (role IN ('inbrenger', 'casusregisseur', 'procesregisseur',"
  "                                     'it-medewerker', 'consulent', 'overig')),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (case_id, professional_id, role));"
  "CREATE INDEX case_professionals_professional ON case_professionals (professional_id);"
  "CREATE TABLE meeting_kinds ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  cadence_weeks INTEGER NOT NULL DEFAULT 0 CHECK (cadence_weeks BETWEEN 0 AND 52),"
  "  chair TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  requires_consent INTEGER NOT NULL DEFAULT 0,"
  "  invites_family INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE meeting_participants ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_kind_id INTEGER NOT NULL REFERENCES meeting_kinds (id) ON DELETE CASCADE,"
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id),"
  "  circle TEXT NOT NULL CHECK (circle IN ('vaste-kern', 'flexibele-schil')),"
  "  UNIQUE (meeting_kind_id, organisation_id));"
  "CREATE TABLE journal_entries ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id),"
  "  entry_date TEXT NOT NULL,"
  "  author TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  created_at TEXT NOT NULL,"
  "  corrects_id INTEGER REFERENCES journal_entries (id));"
  "CREATE INDEX journal_entries_case ON journal_entries (case_id, entry_date, id);"
  "CREATE INDEX journal_entries_corrects ON journal_entries (corrects_id);"
  /* The journal is a record of what was known when: never rewritten. */
  "CREATE TRIGGER journal_entries_immutable BEFORE UPDATE ON journal_entries BEGIN"
  "  SELECT RAISE (ABORT, 'journal entries are never changed; add a correction');"
  "END;"
  "CREATE TRIGGER journal_entries_permanent BEFORE DELETE ON journal_entries BEGIN"
  "  SELECT RAISE (ABORT, 'journal entries are never deleted');"
  "END;"
  "INSERT INTO organisations (name) VALUES"
  "  ('Gemeente Overbetuwe'), ('Politie'), ('SHV'), ('Propersona'), ('WMO-consulent'),"
  "  ('Iriszorg'), ('RIBW'), ('Pluryn'), ('Woningcorporaties'), ('SKT'),"
  "  ('Werk & Inkomen'), ('Maatschappelijk werk'), ('Lindenhout'), ('Scholen'),"
  "  ('Karakter'), ('JBG/WSG'), ('RvdK'), ('Jeugdarts'), ('Leerplicht'),"
  "  ('Jeugdconsulent'), ('Santé (maatschappelijk werk)'), ('Veilig Thuis');"
  "INSERT INTO meeting_kinds (code, name, cadence_weeks, chair, description, requires_consent, invites_family) VALUES"
  "  ('LEVO', 'Lokaal Expertiseteam Volwassenen Overbetuwe', 4, 'Gemeente Overbetuwe',"
  "   'Multidisciplinair overleg over volwassenen; systeemgericht, één gezin, één plan. Casusregie vindt hier plaats. Een casus wordt alleen besproken met een getekende toestemmingsverklaring, behalve bij directe onveiligheid en zorgmijders. Zo nodig een extra MDO.', 1, 0),"
  "  ('LEJO', 'Lokaal Expertiseteam Jeugd Overbetuwe', 2, 'Gemeente Overbetuwe',"
  "   'Multidisciplinair overleg over jeugd en gezin: complexe multiprobleemcasuïstiek, consultatie en advies. Het gezin wordt altijd uitgenodigd. Afschaling en opschaling (drang/dwang) vinden hier plaats; beschermingstafelwaardige zaken worden hier besproken.', 0, 1),"
  "  ('VHT', 'VeiligheidsTeam', 0, '',"
  "   'Consultatie- en adviesbespreking per casus. Levert één helder advies (een andere aanpak, de stap naar het gedwongen kader, of een zekere mate van onveiligheid samen dragen) en concrete afspraken: wie doet wat, wanneer en hoe wordt gemonitord. De inbrenger verwerkt beide in de Veiligheidskaart.', 0, 0),"
  "  ('IT', 'Interventieteam', 1, 'Gemeente Overbetuwe',"
  "   'Casusbespreking van het Interventieteam. Eerste bespreking: IT-medewerker en consulent koppelen, lijn en tijdspad bepalen. Tweede bespreking: bevindingen volgens het format Analyse Interventieteam. Na zes weken staat de casus standaard weer op de agenda en wordt het traject bepaald.', 0, 0);"
  "INSERT INTO meeting_participants (meeting_kind_id, organisation_id, circle)"
  "  SELECT k.id, o.id, 'vaste-kern' FROM meeting_kinds k, organisations o"
  "  WHERE (k.code = 'LEVO' AND o.name IN ('Gemeente Overbetuwe', 'Politie', 'SHV', 'Propersona',"
  "         'WMO-consulent', 'Iriszorg', 'RIBW', 'Pluryn', 'Woningcorporaties', 'SKT',"
  "         'Werk & Inkomen', 'Maatschappelijk werk'))"
  "     OR (k.code = 'LEJO' AND o.name IN ('Gemeente Overbetuwe', 'Maatschappelijk werk',"
  "         'Lindenhout', 'Scholen', 'Karakter', 'JBG/WSG', 'RvdK', 'Jeugdarts', 'Leerplicht',"
  "         'Jeugdconsulent', 'Politie'))"
  "     OR (k.code = 'IT' AND o.name IN ('Gemeente Overbetuwe', 'Politie',"
  "         'Santé (maatschappelijk werk)', 'RIBW', 'Lindenhout', 'JBG/WSG'))"
  "     OR (k.code = 'VHT' AND o.name IN ('Gemeente Overbetuwe', 'RvdK', 'Veilig Thuis', 'JBG/WSG'));";

/* Version 2: full-text search over names, case number, reason and journal,
 * ignoring case and diacritics ("naief" finds "naïef"). One document per
 * case. Prefixes of one to three letters are indexed too, so that the
 * first letters typed are answered from the index, not by merging the
 * lists of every word that starts with them. Triggers only mark a case dirty; the store rebuilds the documents
 * of dirty cases once, just before each commit, so an import of a case
 * with many entries indexes it once. */
static const char migration_2[] =
  "CREATE VIRTUAL TABLE case_search USING fts5 ("
  "  names, reason, journal,"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');"
  "CREATE TABLE search_dirty (case_id INTEGER PRIMARY KEY);"
  "CREATE VIEW case_search_source AS"
  "  SELECT c.id AS id,"
  "    c.number || ' ' || h.name"
  "      || ' ' || coalesce ((SELECT group_concat (m.given_names || ' ' || m.family_name, ' ')"
  "                           FROM members m WHERE m.household_id = c.household_id), '')"
  "      || ' ' || coalesce ((SELECT group_concat (n.name, ' ')"
  "                           FROM network_members n WHERE n.household_id = c.household_id), '')"
  "      AS names,"
  "    c.reason || ' ' || c.source_detail AS reason,"
  "    coalesce ((SELECT group_concat (j.text, ' ') FROM journal_entries j WHERE j.case_id = c.id), '')"
  "      AS journal"
  "  FROM cases c JOIN households h ON h.id = c.household_id;"
  "CREATE TRIGGER search_case_insert AFTER INSERT ON cases BEGIN"
  "  INSERT OR IGNORE INTO search_dirty VALUES (NEW.id);"
  "END;"
  "CREATE TRIGGER search_case_update AFTER UPDATE OF number, household_id, reason, source_detail ON cases BEGIN"
  "  INSERT OR IGNORE INTO search_dirty VALUES (NEW.id);"
  "END;"
  "CREATE TRIGGER search_household_update AFTER UPDATE OF name ON households BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id = NEW.id;"
  "END;"
  "CREATE TRIGGER search_member_insert AFTER INSERT ON members BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id = NEW.household_id;"
  "END;"
  "CREATE TRIGGER search_member_update AFTER UPDATE ON members BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id IN (OLD.household_id, NEW.household_id);"
  "END;"
  "CREATE TRIGGER search_member_delete AFTER DELETE ON members BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id = OLD.household_id;"
  "END;"
  "CREATE TRIGGER search_network_insert AFTER INSERT ON network_members BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id = NEW.household_id;"
  "END;"
  "CREATE TRIGGER search_network_update AFTER UPDATE ON network_members BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id IN (OLD.household_id, NEW.household_id);"
  "END;"
  "CREATE TRIGGER search_network_delete AFTER DELETE ON network_members BEGIN"
  "  INSERT OR IGNORE INTO search_dirty SELECT id FROM cases WHERE household_id = OLD.household_id;"
  "END;"
  "CREATE TRIGGER search_journal_insert AFTER INSERT ON journal_entries BEGIN"
  "  INSERT OR IGNORE INTO search_dirty VALUES (NEW.case_id);"
  "END;"
  "INSERT INTO case_search (rowid, names, reason, journal)"
  "  SELECT id, names, reason, journal FROM case_search_source;";

/* Version 3: the dated facts deadlines are counted from (one row per case,
 * none until they are first saved: no row reads as "nothing known yet"),
 * and which deadlines were marked done. A cleared date is NULL, as is an
 * unknown time of the interventiegesprek (minutes after midnight). Rule
 * ids are those of the deadline engine; the store checks them, not the
 * schema, so that a new rule needs no migration. */
static const char migration_3[] =
  "CREATE TABLE case_facts ("
  "  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  order_end TEXT,"
  "  order_kind TEXT NOT NULL DEFAULT 'ots' CHECK (order_kind IN ('ots', 'voogdij')),"
  "  care_after_18_arranged INTEGER NOT NULL DEFAULT 0 CHECK (care_after_18_arranged IN (0, 1)),"
  "  vht_consultation TEXT,"
  "  ig_date TEXT,"
  "  ig_minutes INTEGER CHECK (ig_minutes BETWEEN 0 AND 1439),"
  "  it_first_discussion TEXT,"
  "  traject_v_start TEXT,"
  "  vt_received TEXT,"
  "  vt_handover TEXT,"
  "  vt_handover_kind TEXT NOT NULL DEFAULT 'na-veiligheidsbeoordeling'"
  "    CHECK (vt_handover_kind IN ('na-veiligheidsbeoordeling', 'na-onderzoek')),"
  "  vt_handover_acute INTEGER NOT NULL DEFAULT 0 CHECK (vt_handover_acute IN (0, 1)),"
  "  huisverbod_start TEXT,"
  "  huisverbod_extended INTEGER NOT NULL DEFAULT 0 CHECK (huisverbod_extended IN (0, 1)),"
  "  last_incident TEXT);"
  "CREATE TABLE deadlines_done ("
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  rule_id TEXT NOT NULL,"
  "  done_on TEXT NOT NULL,"
  "  PRIMARY KEY (case_id, rule_id));";

/* Version 4: meetings on a date, their agendas, who attends, and the
 * agreements made about cases. A meeting's day and times are wall-clock
 * (minutes after midnight); an item's timer keeps the seconds counted and
 * since when it runs (Unix seconds, 0 when paused). The room conflict and
 * the consent gate are checked by the store, where the message can say
 * what to do; the schema keeps a case off one agenda twice. Agreements
 * outlive the agenda item they were made in. */
static const char migration_4[] =
  "CREATE TABLE meetings ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  meeting_kind_id INTEGER NOT NULL REFERENCES meeting_kinds (id),"
  "  meeting_date TEXT NOT NULL,"
  "  start_minutes INTEGER NOT NULL CHECK (start_minutes BETWEEN 0 AND 1439),"
  "  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 600),"
  "  series_date TEXT,"
  "  extra INTEGER NOT NULL DEFAULT 0 CHECK (extra IN (0, 1)),"
  "  room TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'lopend', 'afgerond')),"
  "  current_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,"
  "  minutes TEXT NOT NULL DEFAULT '',"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX meetings_by_date ON meetings (meeting_date, start_minutes);"
  "CREATE INDEX meetings_by_kind ON meetings (meeting_kind_id, meeting_date);"
  "CREATE TABLE agenda_items ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id),"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 240),"
  "  inbrenger_id INTEGER REFERENCES professionals (id) ON DELETE SET NULL,"
  "  question TEXT NOT NULL DEFAULT '',"
  "  standing TEXT NOT NULL DEFAULT '' CHECK (standing IN ('', 'it-6-weken', 'ots-stap-2', 'afspraak')),"
  "  family_invited INTEGER NOT NULL DEFAULT 0 CHECK (family_invited IN (0, 1)),"
  "  family_attendance TEXT NOT NULL DEFAULT 'onbekend'"
  "    CHECK (family_attendance IN ('onbekend', 'aanwezig', 'afwezig')),"
  "  advice TEXT NOT NULL DEFAULT 'geen'"
  "    CHECK (advice IN ('geen', 'andere-aanpak', 'gedwongen-kader', 'onveiligheid-dragen')),"
  "  advice_text TEXT NOT NULL DEFAULT '',"
  "  minutes TEXT NOT NULL DEFAULT '',"
  "  discussed INTEGER NOT NULL DEFAULT 0 CHECK (discussed IN (0, 1)),"
  "  elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),"
  "  running_since INTEGER NOT NULL DEFAULT 0 CHECK (running_since >= 0),"
  "  journal_entry_id INTEGER REFERENCES journal_entries (id),"
  "  UNIQUE (meeting_id, case_id));"
  "CREATE INDEX agenda_by_case ON agenda_items (case_id);"
  "CREATE TABLE meeting_attendance ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id),"
  "  agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,"
  "  circle TEXT NOT NULL CHECK (circle IN ('vaste-kern', 'flexibele-schil')),"
  "  attendee TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'verwacht'"
  "    CHECK (status IN ('verwacht', 'aanwezig', 'afwezig', 'afgemeld')));"
  "CREATE UNIQUE INDEX attendance_once"
  "  ON meeting_attendance (meeting_id, organisation_id, coalesce (agenda_item_id, 0));"
  "CREATE TABLE agreements ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id),"
  "  agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,"
  "  who TEXT NOT NULL,"
  "  what TEXT NOT NULL,"
  "  due TEXT,"
  "  monitoring TEXT NOT NULL DEFAULT '',"
  "  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
  "  created_at TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX agreements_by_case ON agreements (case_id);"
  "CREATE INDEX agreements_by_item ON agreements (agenda_item_id);";

/* Version 5: where each case stands on the Interventieteam's path and the
 * log of its moves. No row reads as "report received" since the case's
 * report date. Steps are the model's nicks, deliberately not CHECKed: a
 * later model may drop a step, and a case stored at it must then read as
 * unknown rather than fail to load. The log is only ever added to. */
static const char migration_5[] =
  "CREATE TABLE case_traject ("
  "  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  step TEXT NOT NULL,"
  "  since TEXT NOT NULL,"
  "  adviesverslag INTEGER NOT NULL DEFAULT 0 CHECK (adviesverslag IN (0, 1)),"
  "  iv_minutes INTEGER NOT NULL DEFAULT 0 CHECK (iv_minutes BETWEEN 0 AND 1080),"
  "  gespreksverslagen INTEGER NOT NULL DEFAULT 0 CHECK (gespreksverslagen IN (0, 1)),"
  "  zorgjournaal INTEGER NOT NULL DEFAULT 0 CHECK (zorgjournaal IN (0, 1)),"
  "  plan_goedgekeurd INTEGER NOT NULL DEFAULT 0 CHECK (plan_goedgekeurd IN (0, 1)));"
  "CREATE TABLE traject_moves ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  from_step TEXT NOT NULL,"
  "  to_step TEXT NOT NULL,"
  "  moved_on TEXT NOT NULL,"
  "  moved_at TEXT NOT NULL,"
  "  who TEXT NOT NULL);"
  "CREATE INDEX traject_moves_case ON traject_moves (case_id, id);";

/* Version 6: the open cases in order of number, so that the cases per
 * traject step are counted in one ordered pass beside case_traject
 * (count_traject_steps) instead of a look-up per open case. */
static const char migration_6[] =
  "CREATE INDEX cases_open ON cases (status, id) WHERE status = 'open';";

/* Version 7: the cases with a fact in a range of dates, for the standing
 * items of an Interventieteam or VeiligheidsTeam meeting
 * (list_case_facts_in_range), without reading the facts of every open
 * case. Partial: most cases lack most facts. */
static const char migration_7[] =
  "CREATE INDEX case_facts_order_end ON case_facts (order_end) WHERE order_end IS NOT NULL;"
  "CREATE INDEX case_facts_vht_consultation ON case_facts (vht_consultation)"
  "  WHERE vht_consultation IS NOT NULL;"
  "CREATE INDEX case_facts_it_first_discussion ON case_facts (it_first_discussion)"
  "  WHERE it_first_discussion IS NOT NULL;";

/* Version 8: the VeiligheidsTeam's interventions 1–5 per case, where each
 * stands and who moved it last (no row: not chosen), and the day the
 * Veiligheidskaart went to the RvdK, which intervention 4 waits for. The
 * five interventions and four states are fixed by the working agreement
 * (seed 004), so they are CHECKed. */
static const char migration_8[] =
  "CREATE TABLE case_vht_interventions ("
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  intervention TEXT NOT NULL CHECK (intervention IN ('1-zorg', '2-netwerkberaad', '3-interventiegesprek',"
  "    '4-interventiegesprek-rvdk', '5-warme-overdracht')),"
  "  state TEXT NOT NULL CHECK (state IN ('niet-gekozen', 'geadviseerd', 'ingezet', 'afgerond')),"
  "  since TEXT NOT NULL,"
  "  who TEXT NOT NULL,"
  "  PRIMARY KEY (case_id, intervention));"
  "CREATE TABLE case_vht ("
  "  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  rvdk_kaart_sent TEXT);";

/* Version 9: the Veiligheidskaart of each case. One row per card (the
 * advice kind); one row per text section that was ever saved, with its
 * revision, so that a save from a window that read an older revision is
 * refused instead of overwriting; scores, Veilig Thuis's conditions and
 * the people the card is shared with; and the versions, each a frozen
 * JSON snapshot. Section ids are not CHECKed (a later card may drop a
 * section and its text must still load). A version's snapshot never
 * changes, and once sent nothing of it does: the triggers hold even
 * against a hand-written UPDATE or DELETE. */
static const char migration_9[] =
  "CREATE TABLE safety_cards ("
  "  case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  advice TEXT NOT NULL DEFAULT 'geen'"
  "    CHECK (advice IN ('geen', 'andere-aanpak', 'gedwongen-kader', 'onveiligheid-dragen')),"
  "  created_at TEXT NOT NULL);"
  "CREATE TABLE safety_card_texts ("
  "  case_id INTEGER NOT NULL REFERENCES safety_cards (case_id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  revision INTEGER NOT NULL CHECK (revision > 0),"
  "  updated_at TEXT NOT NULL,"
  "  updated_by TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (case_id, field));"
  "CREATE TABLE safety_card_scores ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES safety_cards (case_id) ON DELETE CASCADE,"
  "  viewpoint TEXT NOT NULL,"
  "  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
  "  scored_on TEXT NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX safety_card_scores_case ON safety_card_scores (case_id, scored_on);"
  "CREATE TABLE safety_card_conditions ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES safety_cards (case_id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL,"
  "  term TEXT,"
  "  consequence TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX safety_card_conditions_case ON safety_card_conditions (case_id);"
  "CREATE TABLE safety_card_recipients ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES safety_cards (case_id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  needs_consent INTEGER NOT NULL DEFAULT 0 CHECK (needs_consent IN (0, 1)),"
  "  consent_at TEXT,"
  "  consent_by TEXT NOT NULL DEFAULT '');"
  "CREATE INDEX safety_card_recipients_case ON safety_card_recipients (case_id);"
  "CREATE TABLE safety_card_versions ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES safety_cards (case_id),"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  status TEXT NOT NULL"
  "    CHECK (status IN ('concept', 'definitief', 'verstuurd', 'bijgewerkt-na-gesprek')),"
  "  created_at TEXT NOT NULL,"
  "  created_by TEXT NOT NULL DEFAULT '',"
  "  sent_on TEXT,"
  "  sent_at TEXT,"
  "  sent_to TEXT NOT NULL DEFAULT '[]',"
  "  snapshot TEXT NOT NULL,"
  "  UNIQUE (case_id, number));"
  "CREATE TRIGGER safety_card_versions_sent_frozen BEFORE UPDATE ON safety_card_versions"
  "  WHEN OLD.sent_at IS NOT NULL"
  "  BEGIN SELECT RAISE (ABORT, 'a sent version of the Veiligheidskaart cannot be changed'); END;"
  "CREATE TRIGGER safety_card_versions_snapshot_frozen BEFORE UPDATE OF case_id, number, snapshot, created_at"
  "  ON safety_card_versions"
  "  BEGIN SELECT RAISE (ABORT, 'the snapshot of a Veiligheidskaart version cannot be changed'); END;"
  "CREATE TRIGGER safety_card_versions_kept BEFORE DELETE ON safety_card_versions"
  "  BEGIN SELECT RAISE (ABORT, 'a version of the Veiligheidskaart cannot be deleted'); END;";

/* Version 10: who changed which part of a Veiligheidskaart when. One row
 * per stretch of work — the saves of one person on one part close
 * together are counted on one row — so that the history stays readable
 * while autosave writes every few seconds. Parts are the card's section
 * ids and the names of its lists, not CHECKed like the sections. */
static const char migration_10[] =
  "CREATE TABLE safety_card_edits ("
  "  id INTEGER PRIMARY KEY,"
  "  case_id INTEGER NOT NULL REFERENCES safety_cards (case_id) ON DELETE CASCADE,"
  "  part TEXT NOT NULL,"
  "  who TEXT NOT NULL,"
  "  first_at TEXT NOT NULL,"
  "  last_at TEXT NOT NULL,"
  "  saves INTEGER NOT NULL DEFAULT 1 CHECK (saves > 0));"
  "CREATE INDEX safety_card_edits_case ON safety_card_edits (case_id, part, id);";

static const char *migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
  migration_9,
  migration_10,
};

int
sv_sqlite_schema_latest (void)
{
  return (int) G_N_ELEMENTS (migrations);
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, SV_ERROR,
                   (rc & 0xff) == SQLITE_BUSY ? SV_ERROR_DATABASE_LOCKED : SV_ERROR_DATABASE,
                   _("The database could not be brought up to date: %s. It was left as it was."),
                   message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static int
user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

gboolean
sv_sqlite_schema_migrate (sqlite3  *db,
                          int       target,
                          GError  **error)
{
  int version = user_version (db);

  g_return_val_if_fail (target <= sv_sqlite_schema_latest (), FALSE);

  if (version < 0)
    {
      g_set_error_literal (error, SV_ERROR, SV_ERROR_DATABASE_CORRUPT,
                           _("The database version cannot be read."));
      return FALSE;
    }

  /* The schema scripts are fixed text without parameters: sqlite3_exec is
   * the plain way to run several statements; every query that carries data
   * goes through prepared statements. */
  for (; version < target; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec (db, migrations[version], error) || !exec (db, set_version, error) ||
          !exec (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
sv_sqlite_schema_flush_search (SvSqliteStore  *self,
                               GError        **error)
{
  return sv_sqlite_store_run (self,
                              "INSERT OR REPLACE INTO case_search (rowid, names, reason, journal)"
                              "  SELECT id, names, reason, journal FROM case_search_source"
                              "  WHERE id IN (SELECT case_id FROM search_dirty)",
                              error) &&
         sv_sqlite_store_run (self, "DELETE FROM search_dirty", error);
}
