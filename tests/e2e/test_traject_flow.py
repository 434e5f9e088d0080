#!/usr/bin/python3
# End-to-end test: move a case along the Interventieteam's path in the real
# samenveilig binary, from the report received to Traject III, as a user
# would through accessibility (AT-SPI): the buttons over the chart's steps,
# the questions they ask, and the switch the model asks for.
#
#   1. start on a fresh database; load the demonstration cases
#   2. open case 2026-0008 (consent given, an IT-medewerker linked): the
#      chart shows "Report received" as the current step and only
#      "Screening/triage" as allowed next
#   3. Screening/triage, 1st IT discussion, Investigation and the second
#      discussion, each chosen on the chart and confirmed with Move; after
#      each the chart shows it as the current step
#   4. Traject III is refused while the adviesverslag is not complete: the
#      question says why and changes nothing
#   5. the "Adviesverslag complete" switch turned on; Traject III is now
#      allowed, chosen and confirmed: current step, the steps before it
#      visited on 22 November 2026
#   6. the Trajects area counts the case at Traject III
#   7. Ctrl+Q ends the process with status 0; the database, opened
#      read-only, logs exactly the five moves, in order, dated that day
#      and with a name
#
# Run by meson (tests/e2e/meson.build, suite 'e2e', TAP), or by hand:
#   dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
#     /usr/bin/python3 tests/e2e/test_traject_flow.py
# Environment as for test_case_flow.py: SV_BINARY, SV_SCHEMA_DIR,
# SV_E2E_LOGDIR. Without a display, a session bus or dogtail it prints
# "1..0 # SKIP".

import os
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))

if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('1..0 # SKIP no display/session bus')
    sys.exit(0)

# The session bus was started before the display: hand DISPLAY to the
# services it starts, or the AT-SPI registry cannot send key presses.
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
TODAY = '22 November 2026'

# The chart's steps as screen readers name them (C locale).
RECEIVED = 'Report received'
TRIAGE = 'Screening/triage'
FIRST = '1st IT discussion'
INVESTIGATION = 'Investigation'
ADVICE = '2nd discussion: advice'
III = 'Traject III'
STEPS_TO_III = [TRIAGE, FIRST, INVESTIGATION, ADVICE]
NICKS = ['ontvangen', 'triage', 'eerste-bespreking', 'onderzoek', 'advies', 'traject-3']

STEPS = [
    'the app starts on a fresh database and loads the demonstration cases',
    f'case {CASE} opens at "{RECEIVED}", with only "{TRIAGE}" allowed next',
    'four moves along the chart, each asked and confirmed, each shown as the current step',
    f'"{III}" is refused while the adviesverslag is not complete, and nothing moves',
    f'with the adviesverslag marked complete, the case moves to "{III}"',
    f'the Trajects area counts one open case at "{III}"',
    'Ctrl+Q quits with status 0 and the database logs the five moves',
]

TODO = {}

PRUNE = sv.HEAVY + ('Meetings and participants', 'Attendance')


def list_items(lst):
    return [c for c in lst.children if c.roleName == 'list item'] if lst is not None else []


class Flow:
    def __init__(self, db):
        self.db = db
        self.app = None
        self.log_path = os.path.join(LOGDIR, 'e2e-traject-flow-app.log')
        with open(self.log_path, 'w'):
            pass

    # -- places -------------------------------------------------------------

    def tab(self, title):
        tabs = sv.wait_for('the view switcher', lambda: [
            t for t in sv.find_all(self.win, role='page tab', prune=()) if t.name == title])
        sv.do_action(tabs[0], 'click')

    def cases_view(self):
        return sv.wait_for('the case list view', lambda: sv.find(
            self.win, pred=lambda n: sv.has_action(n, 'cases.load-demo'), prune=PRUNE))

    def case_page(self):
        return sv.wait_for('the case page', lambda: sv.find(
            self.win, pred=lambda n: sv.has_action(n, 'case.add-entry'), prune=PRUNE))

    def chart(self):
        return sv.wait_for('the traject chart', lambda: sv.find(
            self.case_page(), name='Traject: the path of the report', prune=()))

    def nodes(self, chart=None):
        """The name of every step's button on the chart, in order."""
        chart = chart or self.chart()
        return [n.name for n in chart.children if sv.has_action(n, 'click')]

    def node(self, label, chart=None):
        chart = chart or self.chart()
        return sv.wait_for(f'the step {label!r} on the chart', lambda: next(
            (n for n in chart.children if n.name.startswith(label + ',') or n.name.startswith(label + ':')),
            None))

    def state(self, label):
        """What the chart says of a step after its name."""
        return self.node(label).name[len(label) + 2:]

    def expect_state(self, label, start):
        try:
            sv.wait_for(f'{label!r} to read {start!r}', lambda: self.state(label).startswith(start), timeout=5)
        except sv.Failure:
            raise sv.Failure(f'the chart says {self.node(label).name!r}, not "{label}, {start}…"')

    def choose(self, label):
        """Choose a step on the chart (its button's action, as Enter does)."""
        sv.do_action(self.node(label), 'click')

    # -- steps --------------------------------------------------------------

    # 1
    def step_start(self):
        self.app = sv.App(BINARY, ['--database', self.db], sv.app_env(SCHEMA_DIR), self.log_path)
        self.win = self.app.main_window()
        view = self.cases_view()
        sv.wait_for('the empty state', lambda: sv.find(view, role='label', name='No Cases Yet'))
        sv.click(view, 'Load Demonstration Cases')
        cases = sv.wait_for('the case list', lambda: sv.find(view, role='list', name='Cases'))
        sv.wait_for('the demonstration cases in the list', lambda: len(list_items(cases)) >= 5)

    # 2
    def step_open(self):
        sv.press('<Control>f')
        view = self.cases_view()
        search = sv.wait_for('the search field', lambda: sv.find(view, role='entry', name='Search cases'))
        sv.wait_for('the focus in the search field', lambda: sv.focused(search), timeout=3)
        sv.type_text(CASE, into=search)
        sv.wait_text(search, CASE)
        cases = sv.find(view, role='list', name='Cases')
        sv.wait_for(f'{CASE} alone in the case list', lambda: len(list_items(cases)) == 1)
        cases.querySelection().selectChild(0)
        page = self.case_page()
        sv.wait_for(f'the case page of {CASE}', lambda: any(CASE in t for t in sv.labels_under(page)))
        names = self.nodes()
        if len(names) != 11:
            raise sv.Failure(f'the chart has {len(names)} step buttons, not 11: {names}')
        self.expect_state(RECEIVED, 'current step since')
        allowed = [n for n in names if 'allowed next step' in n]
        if allowed != [f'{TRIAGE}, allowed next step.']:
            raise sv.Failure(f'the allowed next steps are {allowed}')
        self.expect_state(III, 'not reached')

    # 3
    def step_moves(self):
        for label in STEPS_TO_III:
            self.expect_state(label, 'allowed next step')
            self.choose(label)
            self.app.respond(f'Move to “{label}”?', 'Move')
            self.expect_state(label, f'current step since {TODAY}')
        self.expect_state(RECEIVED, 'visited on')
        self.expect_state(INVESTIGATION, f'visited on {TODAY}')

    # 4
    def step_refused(self):
        # The chart does not offer it ...
        self.expect_state(III, 'not reached')
        # ... and choosing it anyway says why.
        self.choose(III)
        question = self.app.dialog(f'Not to “{III}” Now', action=None)
        said = ' '.join(sv.labels_under(question))
        if 'adviesverslag' not in said:
            raise sv.Failure(f'the refusal does not mention the adviesverslag: {said!r}')
        sv.click(question, 'Close', prune=())
        self.app.wait_gone(question)
        self.expect_state(ADVICE, f'current step since {TODAY}')

    # 5
    def step_to_iii(self):
        page = self.case_page()
        switch = sv.wait_for('the adviesverslag switch', lambda: sv.find(
            page, role='check box', name='Adviesverslag complete', prune=()))
        sv.do_action(switch, 'toggle')
        self.expect_state(III, 'allowed next step')
        self.choose(III)
        self.app.respond(f'Move to “{III}”?', 'Move')
        self.expect_state(III, f'current step since {TODAY}')
        for label in [TRIAGE, FIRST, INVESTIGATION, ADVICE]:
            self.expect_state(label, f'visited on {TODAY}')
        # From Traject III the report can only be closed, which needs the
        # closing checklist: nothing is offered yet.
        allowed = [n for n in self.nodes() if 'allowed next step' in n]
        if allowed:
            raise sv.Failure(f'after Traject III the chart offers {allowed}')

    # 6
    def step_trajecten(self):
        self.tab('Trajects')
        chart = sv.wait_for('the reference chart', lambda: sv.find(
            self.win, name='Traject: open cases per step', prune=sv.HEAVY))
        node = self.node(III, chart)
        sv.wait_for('Traject III counted', lambda: node.name == f'{III}: 1 open case', timeout=5)

    # 7
    def step_stored(self):
        sv.press('<Control>q')
        status = self.app.wait_exit()
        if status != 0:
            raise sv.Failure(f'exit status {status}')
        db = sqlite3.connect(f'file:{self.db}?mode=ro', uri=True)
        try:
            rows = db.execute(
                'SELECT c.number, m.from_step, m.to_step, m.moved_on, m.who'
                '  FROM traject_moves m JOIN cases c ON c.id = m.case_id ORDER BY m.id').fetchall()
            state = db.execute(
                'SELECT t.step, t.adviesverslag FROM case_traject t JOIN cases c ON c.id = t.case_id'
                ' WHERE c.number = ?', (CASE,)).fetchall()
        finally:
            db.close()
        expected = [(CASE, a, b, '2026-11-22') for a, b in zip(NICKS, NICKS[1:])]
        if [r[:4] for r in rows] != expected:
            raise sv.Failure(f'table traject_moves holds {rows}, not {expected}')
        if any(not r[4].strip() for r in rows):
            raise sv.Failure(f'a move was logged without a name: {rows}')
        if state != [('traject-3', 1)]:
            raise sv.Failure(f'table case_traject holds {state} for {CASE}')

    def shutdown(self):
        if self.app is not None:
            self.app.kill()


def main():
    tmp = tempfile.TemporaryDirectory(prefix='sv-e2e-')
    flow = Flow(os.path.join(tmp.name, 'e2e.db'))
    runs = [flow.step_start, flow.step_open, flow.step_moves, flow.step_refused,
            flow.step_to_iii, flow.step_trajecten, flow.step_stored]
    try:
        return sv.run_tap(list(zip(STEPS, runs)), 'e2e-traject-flow', LOGDIR, flow.log_path, TODO)
    finally:
        flow.shutdown()
        tmp.cleanup()


if __name__ == '__main__':
    sys.exit(main())
