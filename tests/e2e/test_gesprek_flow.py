#!/usr/bin/python3
# End-to-end test: plan an interventiegesprek with the RvdK in the real
# samenveilig binary, from the case to the invitations as PDF, as a user
# would through accessibility (AT-SPI).
#
#   1. start on a database with the demonstration cases; open case
#      2026-0004 (VeiligheidsTeam consultation on 12 November 2026)
#   2. "Plan Interventiegesprek…" opens the planner with the latest date,
#      Thursday 26 November 2026, and the household's parent and youths
#   3. with the RvdK the planner explains the gate instead of offering a
#      date; recording the Veiligheidskaart sent (20-11-2026) and then the
#      RvdK's decision to join opens it
#   4. date, time, safety, room and final: both youths are 8 or older on
#      the day; saved, the letters for the parent and both youths appear
#   5. the parents' letter opened and saved as PDF through the file
#      chooser: the PDF reads the purpose, the Dutch date and time, the
#      place, who will be there and the vertrouwenspersoon
#   6. Ctrl+Q ends with status 0; the database holds the conversation as
#      planned, the letter as saved and the case's facts for the
#      deadlines; `--export-invitations` writes the youths' letters too
#
# Run by meson (tests/e2e/meson.build, suite 'e2e', TAP), or by hand:
#   dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
#     /usr/bin/python3 tests/e2e/test_gesprek_flow.py
# Environment as for test_case_flow.py: SV_BINARY, SV_SCHEMA_DIR,
# SV_E2E_LOGDIR. Without a display, a session bus or dogtail it prints
# "1..0 # SKIP".

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

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
DEMO = os.path.join(SOURCE_ROOT, 'data', 'demo.json')

CASE = '2026-0004'
PARENT = 'Samira Fictief'
YOUTHS = ['Noël Fictief', 'Lina Fictief']

STEPS = [
    f'the app starts with the demonstration cases and opens case {CASE}',
    'the planner opens with the latest date and the household',
    'with the RvdK the gate is explained until the Veiligheidskaart is sent and the RvdK joins',
    'date, time, safety, room and final: both youths invited, saved, three letters',
    "the parents' letter saved as PDF through the file chooser reads every required element",
    'Ctrl+Q quits with status 0; the database holds the plan; the youths\' letters export headless',
]

TODO = {}
PRUNE = sv.HEAVY + ('Meetings and participants', 'Attendance')


def list_items(lst):
    return [c for c in lst.children if c.roleName == 'list item'] if lst is not None else []


def pdf_text(path):
    out = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True)
    return ' '.join(out.stdout.split())


class Flow:
    def __init__(self, tmp):
        self.tmp = tmp
        self.db = os.path.join(tmp, 'e2e.db')
        self.pdf = os.path.join(tmp, 'uitnodiging-ouders.pdf')
        self.app = None
        self.log_path = os.path.join(LOGDIR, 'e2e-gesprek-flow-app.log')
        with open(self.log_path, 'w'):
            pass

    def planner(self):
        return self.app.dialog('Interventiegesprek', action=None)

    def entry(self, node, name):
        return sv.wait_for(f'the field {name!r}', lambda: sv.find(node, role='text', name=name, prune=()))

    def toggle(self, node, name):
        box = sv.wait_for(f'the switch {name!r}', lambda: sv.find(
            node, pred=lambda n: n.name.endswith(name) and 'toggle' in sv.actions(n), prune=()))
        sv.do_action(box, 'toggle')

    def edit_button(self, node, who):
        """The Edit button of a letter: its accessible name says whose."""
        return sv.wait_for(f'the letter for {who}', lambda: sv.find(
            node, role='push button', pred=lambda n: f'Edit Letter: {who}' in n.name, prune=()))

    def labels(self, node):
        return ' | '.join(sv.labels_under(node))

    def expect_label(self, node, fragment, timeout=5):
        try:
            sv.wait_for(f'a label with {fragment!r}',
                        lambda: any(fragment in t for t in sv.labels_under(node)), timeout=timeout)
        except sv.Failure:
            raise sv.Failure(f'no label reads {fragment!r}; the window shows: {self.labels(node)[:1500]}')

    # 1
    def step_start(self):
        env = sv.app_env(SCHEMA_DIR)
        subprocess.run([BINARY, '--database', self.db, '--import', DEMO], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        self.app = sv.App(BINARY, ['--database', self.db], env, self.log_path)
        self.win = self.app.main_window()
        view = sv.wait_for('the case list view', lambda: sv.find(
            self.win, pred=lambda n: sv.has_action(n, 'cases.load-demo'), prune=PRUNE))
        cases = sv.wait_for('the case list', lambda: sv.find(view, role='list', name='Cases'))
        rows = sv.wait_for('the cases', lambda: list_items(cases))
        names = [' '.join(c.name for c in sv.walk(r) if c.roleName == 'filler') for r in rows]
        index = next((i for i, n in enumerate(names) if CASE in n), None)
        if index is None:
            raise sv.Failure(f'{CASE} is not in the list: {names}')
        cases.querySelection().selectChild(index)
        self.page = sv.wait_for('the case page', lambda: sv.find(
            self.win, pred=lambda n: sv.has_action(n, 'case.add-entry'), prune=PRUNE))
        sv.wait_for(f'the case page of {CASE}', lambda: any(CASE in t for t in sv.labels_under(self.page)))

    # 2
    def step_open_planner(self):
        sv.click(self.page, 'Plan Interventiegesprek…', prune=())
        planner = self.planner()
        self.expect_label(planner, 'Thursday 26 November 2026')
        for name in [PARENT] + YOUTHS:
            self.expect_label(planner, name)

    # 3
    def step_gate(self):
        planner = self.planner()
        self.toggle(planner, 'With the RvdK')
        self.expect_label(planner, 'cannot be planned yet: first send the completed Veiligheidskaart')
        if sv.find(planner, role='text', name='Date of the conversation', prune=()) is not None:
            raise sv.Failure('a date is offered while the gate is closed')
        sv.set_text(self.entry(planner, 'Veiligheidskaart sent to the RvdK on'), '20-11-2026')
        self.expect_label(planner, 'the Veiligheidskaart was sent on Friday 20 November 2026; record the RvdK’s decision')
        if sv.find(planner, role='text', name='Date of the conversation', prune=()) is not None:
            raise sv.Failure('a date is offered before the RvdK decided')
        joins = sv.wait_for('the choice "The RvdK joins"', lambda: sv.find(
            planner, pred=lambda n: n.name.startswith('The RvdK joins') and 'click' in sv.actions(n), prune=()))
        sv.do_action(joins, 'click')
        self.entry(planner, 'Date of the conversation')

    # 4
    def step_plan(self):
        planner = self.planner()
        sv.set_text(self.entry(planner, 'Date of the conversation'), '26-11-2026')
        sv.set_text(self.entry(planner, 'Start time (HH:MM)'), '14:00')
        self.expect_label(planner, 'Thursday 26 November 2026 at 13:30')   # the preparation
        self.expect_label(planner, 'Monday 23 November 2026')              # the definitive card
        self.expect_label(planner, 'Youth · 17 on the day: invited')
        self.expect_label(planner, 'Youth · 10 on the day: invited')
        self.toggle(planner, 'Security informed')
        self.toggle(planner, 'Room reserved')
        sv.set_text(self.entry(planner, 'Room'), 'Raadzaal')
        self.toggle(planner, 'Plan is final')
        self.expect_label(planner, 'Safety decision recorded')
        sv.click(planner, 'Save', prune=())
        for who in ['Parents and carers'] + YOUTHS:
            try:
                self.edit_button(planner, who)
            except sv.Failure:
                raise sv.Failure(f'no letter for {who}; the window shows: {self.labels(planner)[-1500:]}')

    # 5
    def step_letter_pdf(self):
        planner = self.planner()
        sv.do_action(self.edit_button(planner, 'Parents and carers'), 'click')
        editor = self.app.dialog('Letter: Parents and carers', action=None)
        text = sv.wait_for('the letter text', lambda: sv.find(editor, name='Text of the letter', prune=()))
        if 'Beste Samira Fictief' not in sv.text_of(text):
            raise sv.Failure(f'the letter reads {sv.text_of(text)[:300]!r}')
        sv.click(editor, 'Save as PDF…', prune=())
        chooser = self.app.dialog('Save Letter as PDF', action=None)
        name = sv.wait_for('the file name field', lambda: sv.find(chooser, role='text', prune=()))
        sv.set_text(name, self.pdf)
        sv.click(chooser, 'Save', prune=())
        self.app.wait_gone(chooser)
        sv.wait_for('the PDF', lambda: os.path.exists(self.pdf) and os.path.getsize(self.pdf) > 0)
        text = pdf_text(self.pdf)
        for needle in ['Uitnodiging voor een gesprek over de veiligheid thuis',
                       'Beste Samira Fictief,',
                       'gesprek over de veiligheid van uw gezin',
                       'donderdag 26 november 2026, van 14.00 uur tot 15.30 uur',
                       'het gemeentehuis van Overbetuwe (Raadzaal)',
                       'Samira Fictief (ouder)', 'Noël Fictief (kind)', 'Lina Fictief (kind)',
                       'Raad voor de Kinderbescherming', 'raadsonderzoek',
                       'U mag iemand meenemen die u vertrouwt, een vertrouwenspersoon']:
            if needle not in text:
                raise sv.Failure(f'the PDF lacks {needle!r}: {text[:800]!r}')
        sv.do_action(editor, 'window.close')
        self.app.wait_gone(editor)

    # 6
    def step_stored(self):
        sv.do_action(self.planner(), 'window.close')
        sv.press('<Control>q')
        status = self.app.wait_exit()
        if status != 0:
            raise sv.Failure(f'exit status {status}')
        db = sqlite3.connect(f'file:{self.db}?mode=ro', uri=True)
        try:
            rows = db.execute(
                'SELECT g.id, g.kind, g.rvdk_kaart_sent, g.rvdk_joins, g.day, g.minutes, g.safety, g.final,'
                '  g.room_reserved, g.room_note FROM gesprekken g JOIN cases c ON c.id = g.case_id'
                ' WHERE c.number = ?', (CASE,)).fetchall()
            letters = db.execute('SELECT letter FROM gesprek_letters').fetchall()
            facts = db.execute('SELECT f.ig_date, f.ig_minutes FROM case_facts f JOIN cases c ON c.id = f.case_id'
                               ' WHERE c.number = ?', (CASE,)).fetchall()
        finally:
            db.close()
        if len(rows) != 1 or rows[0][1:] != ('rvdk', '2026-11-20', 1, '2026-11-26', 840, 2, 1, 1, 'Raadzaal'):
            raise sv.Failure(f'table gesprekken holds {rows}')
        if letters != [('ouders',)]:
            raise sv.Failure(f'table gesprek_letters holds {letters}')
        if facts != [('2026-11-26', 840)]:
            raise sv.Failure(f'the case facts are {facts}')
        out = os.path.join(self.tmp, 'brieven')
        os.mkdir(out)
        result = subprocess.run([BINARY, '--database', self.db, '--export-invitations', str(rows[0][0]),
                                 '--output', out], env=sv.app_env(SCHEMA_DIR), capture_output=True, text=True)
        if result.returncode != 0:
            raise sv.Failure(f'--export-invitations failed: {result.stderr}')
        files = sorted(os.listdir(out))
        if len(files) != 3:
            raise sv.Failure(f'--export-invitations wrote {files}')
        lina = next(f for f in files if f.endswith('-lina-fictief.pdf'))
        text = pdf_text(os.path.join(out, lina))
        for needle in ['Hoi Lina Fictief,', 'donderdag 26 november 2026, om 14.00 uur', 'jij zelf',
                       'Noël Fictief (kind)', 'Je mag iemand meenemen die je vertrouwt']:
            if needle not in text:
                raise sv.Failure(f"Lina's letter lacks {needle!r}: {text[:800]!r}")

    def shutdown(self):
        if self.app is not None:
            self.app.kill()


def main():
    if not shutil.which('pdftotext'):
        print('1..0 # SKIP no pdftotext')
        return 0
    tmp = tempfile.TemporaryDirectory(prefix='sv-e2e-')
    flow = Flow(tmp.name)
    runs = [flow.step_start, flow.step_open_planner, flow.step_gate, flow.step_plan,
            flow.step_letter_pdf, flow.step_stored]
    try:
        return sv.run_tap(list(zip(STEPS, runs)), 'e2e-gesprek-flow', LOGDIR, flow.log_path, TODO)
    finally:
        flow.shutdown()
        tmp.cleanup()


if __name__ == '__main__':
    sys.exit(main())
