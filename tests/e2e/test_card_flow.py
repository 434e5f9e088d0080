#!/usr/bin/python3
# End-to-end test: write a case's Veiligheidskaart in the real samenveilig
# binary, as an inbrenger would through accessibility (AT-SPI), and find
# every word again after the app was killed and started anew.
#
#   1. start on a fresh database; load the demonstration cases
#   2. open case 2026-0008 and its Veiligheidskaart from the case page: a
#      window of its own, titled with the family, every section there
#   3. write each of the twelve text sections (an input method's way:
#      text inserted at the caret, so that any character arrives), add a
#      score, a condition of Veilig Thuis, an agreement and a recipient;
#      no Save pressed
#   4. three seconds later the app is killed (SIGKILL): what was typed
#      more than two seconds before must be in the database
#   5. the app starts again; the case's card shows each text, the score,
#      the condition, the agreement and the recipient
#   6. one more sentence, then Ctrl+W closes the card (saving first) and
#      Ctrl+Q quits with status 0; the database, opened read-only, holds
#      every section exactly and passes PRAGMA integrity_check
#
# Run by meson (tests/e2e/meson.build, suite 'e2e', TAP), or by hand:
#   dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
#     /usr/bin/python3 tests/e2e/test_card_flow.py
# Environment as for test_case_flow.py: SV_BINARY, SV_SCHEMA_DIR,
# SV_E2E_LOGDIR. Without a display, a session bus or dogtail it prints
# "1..0 # SKIP".

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))

if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('1..0 # SKIP no display/session bus')
    sys.exit(0)

subprocess.run(['dbus-update-activation-environment', 'DISPLAY', 'XAUTHORITY'],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

try:
    sys.path.insert(0, HERE)
    import svdrive as sv
except ImportError as exc:
    print(f'1..0 # SKIP no dogtail/pyatspi ({exc})')
    sys.exit(0)

BINARY = os.environ.get('SV_BINARY', os.path.join(SOURCE_ROOT, 'build', 'src', 'samenveilig'))
SCHEMA_DIR = os.environ.get('SV_SCHEMA_DIR', os.path.join(SOURCE_ROOT, 'build', 'data'))
LOGDIR = os.environ.get('SV_E2E_LOGDIR') or tempfile.gettempdir()

CASE = '2026-0008'

# The text sections as screen readers name them (C locale), their ids in
# the database, and what is written into them.
SECTIONS = [
    ('Family and network', 'gezin-netwerk', 'Oma Riet woont om de hoek en past op.'),
    ('Reason', 'aanleiding', 'Melding van school: Luca vertelt over harde ruzies thuis.'),
    ('Worries', 'zorgen', 'School maakt zich zorgen dat Luca geslagen wordt als vader gedronken heeft.'),
    ('Complicating factors', 'risicofactoren', 'Schulden, alcohol, geen werk.'),
    ('What is going well', 'wat-gaat-goed', 'Moeder zoekt zelf hulp; oma is er elke dag.'),
    ('Safety goals: parents', 'doelen-ouders', 'Vader drinkt niet als de kinderen thuis zijn.'),
    ('Safety goals: child', 'doelen-kind', 'Luca slaapt rustig en gaat elke dag naar school.'),
    ('Safety goals: professionals', 'doelen-professionals', 'De jeugdconsulent ziet rust bij elk huisbezoek.'),
    ('Advice of the VeiligheidsTeam', 'advies', 'Interventiegesprek in het vrijwillig kader binnen twee weken.'),
    ('Voice of the youth', 'stem-jeugdige', 'Ik wil dat papa stopt met schreeuwen. Ik wil bij oma logeren – “soms”.'),
    ('Parents’ reaction', 'reactie-ouders', 'Ouders herkennen de zorgen; vader vindt het overdreven.'),
    ('Outcome of the conversation', 'uitkomst-gesprek', 'Afgesproken: vader start bij Iriszorg; naïef optimisme vermeden.'),
]
MORE = ' Vader belt zelf.'

STEPS = [
    'the app starts on a fresh database and loads the demonstration cases',
    f'case {CASE} opens its Veiligheidskaart in a window of its own',
    'each text section, a score, a condition, an agreement and a recipient are written',
    'the app is killed three seconds after the last keystroke',
    'after a restart the card shows every text and record',
    'one more sentence, Ctrl+W and Ctrl+Q: the database holds every section exactly',
]

PRUNE = sv.HEAVY + ('Meetings and participants', 'Attendance')


def list_items(lst):
    return [c for c in lst.children if c.roleName == 'list item'] if lst is not None else []


class Flow:
    def __init__(self, db):
        self.db = db
        self.app = None
        self.card = None
        self.log_path = os.path.join(LOGDIR, 'e2e-card-flow-app.log')
        with open(self.log_path, 'w'):
            pass

    def start(self):
        self.app = sv.App(BINARY, ['--database', self.db], sv.app_env(SCHEMA_DIR), self.log_path)
        self.win = self.app.main_window()

    def cases_view(self):
        return sv.wait_for('the case list view', lambda: sv.find(
            self.win, pred=lambda n: sv.has_action(n, 'cases.load-demo'), prune=PRUNE))

    def case_page(self):
        return sv.wait_for('the case page', lambda: sv.find(
            self.win, pred=lambda n: sv.has_action(n, 'case.add-entry'), prune=PRUNE))

    def open_case(self):
        view = self.cases_view()
        cases = sv.wait_for('the case list', lambda: sv.find(view, role='list', name='Cases'))
        rows = sv.wait_for('the cases', lambda: list_items(cases))
        names = [' '.join(c.name for c in sv.walk(r) if c.roleName == 'filler') for r in rows]
        index = next((i for i, n in enumerate(names) if CASE in n), None)
        if index is None:
            raise sv.Failure(f'{CASE} is not in the case list: {names}')
        cases.querySelection().selectChild(index)
        page = self.case_page()
        sv.wait_for(f'the case page of {CASE}', lambda: any(CASE in t for t in sv.labels_under(page)))
        return page

    def open_card(self):
        page = self.open_case()
        sv.click(page, 'Open Veiligheidskaart', prune=())
        self.card = self.app.window('card.keep-mine')
        sv.wait_for('the card window titled with the family', lambda: self.card.name.startswith('Veiligheidskaart — '))

    def field(self, name):
        return sv.wait_for(f'the section {name!r}', lambda: sv.find(self.card, role='text', name=name, prune=()))

    def entry(self, name):
        return sv.wait_for(f'the field {name!r}', lambda: sv.find(self.card, role='text', name=name, prune=()))

    def write(self, node, text):
        """Text at the caret, as an input method puts it (any character)."""
        caret = node.queryText().characterCount
        node.queryEditableText().insertText(caret, text, len(text.encode('utf-8')))

    # -- steps --------------------------------------------------------------

    def step_start(self):
        self.start()
        view = self.cases_view()
        sv.wait_for('the empty state', lambda: sv.find(view, role='label', name='No Cases Yet'))
        sv.click(view, 'Load Demonstration Cases')
        cases = sv.wait_for('the case list', lambda: sv.find(view, role='list', name='Cases'))
        sv.wait_for('the demonstration cases in the list', lambda: len(list_items(cases)) >= 5)

    def step_open(self):
        self.open_card()
        for name, _, _ in SECTIONS:
            self.field(name)
        for heading in ('Family and Network', 'Safety Scale', 'Agreements', 'Sharing'):
            if heading not in sv.labels_under(self.card):
                raise sv.Failure(f'no heading {heading!r} in the card')

    def step_fill(self):
        for name, _, text in SECTIONS:
            self.write(self.field(name), text)
        sv.set_text(self.entry('Viewpoint (mother, youth, Veilig Thuis, …)'), 'Moeder')
        sv.click(self.card, 'Add Score', prune=())
        sv.set_text(self.entry('Condition'), 'Vader drinkt niet in huis')
        sv.set_text(self.entry('Consequence if not met'), 'Verzoek tot raadsonderzoek')
        sv.click(self.card, 'Add Condition', prune=())
        sv.set_text(self.entry('New agreement: what'), 'Huisbezoek door de jeugdconsulent')
        sv.click(self.card, 'Add the agreement', prune=())
        sv.set_text(self.entry('Name'), 'Toegang Overbetuwe')
        sv.click(self.card, 'Add Recipient', prune=())
        sv.wait_for('the recipient on the card',
                    lambda: 'Toegang Overbetuwe' in [n.name for n in sv.walk(self.card, prune=())])
        self.typed_at = time.monotonic()

    def step_kill(self):
        time.sleep(max(0.0, self.typed_at + 3.0 - time.monotonic()))
        self.app.proc.send_signal(signal.SIGKILL)
        self.app.proc.wait(10)

    def step_restart(self):
        self.start()
        self.open_card()
        for name, _, text in SECTIONS:
            node = self.field(name)
            try:
                sv.wait_text(node, text, timeout=5)
            except sv.Failure:
                raise sv.Failure(f'after the restart {name!r} reads {sv.text_of(node)!r}, not {text!r}')
        names = [n.name for n in sv.walk(self.card, prune=())] + sv.labels_under(self.card)
        for expected in ('Moeder: 5', 'Vader drinkt niet in huis', 'Toegang Overbetuwe'):
            if not any(expected in n for n in names):
                raise sv.Failure(f'{expected!r} is not on the card after the restart')
        agreements = [sv.text_of(n) for n in sv.find_all(self.card, role='text', name='What', prune=())]
        if 'Huisbezoek door de jeugdconsulent' not in agreements:
            raise sv.Failure(f'the agreement is not on the card after the restart: {agreements}')

    def step_close(self):
        name, _, text = SECTIONS[-1]
        self.write(self.field(name), MORE)
        # Ctrl+W at once, well within the two seconds: closing saves.
        sv.do_action(self.card, 'window.close')
        self.app.wait_gone(self.card)
        sv.press('<Control>q')
        status = self.app.wait_exit()
        if status != 0:
            raise sv.Failure(f'exit status {status}')
        db = sqlite3.connect(f'file:{self.db}?mode=ro', uri=True)
        try:
            if db.execute('PRAGMA integrity_check').fetchone()[0] != 'ok':
                raise sv.Failure('the database fails PRAGMA integrity_check')
            rows = dict(db.execute('SELECT t.field, t.text FROM safety_card_texts t'
                                   '  JOIN cases c ON c.id = t.case_id WHERE c.number = ?', (CASE,)).fetchall())
        finally:
            db.close()
        for name, field_id, text in SECTIONS:
            expected = text + (MORE if name == SECTIONS[-1][0] else '')
            if rows.get(field_id) != expected:
                raise sv.Failure(f'the database holds {rows.get(field_id)!r} for {field_id}, not {expected!r}')

    def shutdown(self):
        if self.app is not None:
            self.app.kill()


def main():
    tmp = tempfile.TemporaryDirectory(prefix='sv-e2e-')
    flow = Flow(os.path.join(tmp.name, 'e2e.db'))
    runs = [flow.step_start, flow.step_open, flow.step_fill, flow.step_kill, flow.step_restart, flow.step_close]
    try:
        return sv.run_tap(list(zip(STEPS, runs)), 'e2e-card-flow', LOGDIR, flow.log_path)
    finally:
        flow.shutdown()
        tmp.cleanup()


if __name__ == '__main__':
    sys.exit(main())
