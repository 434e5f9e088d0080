#!/usr/bin/python3
# End-to-end test: drive the real samenveilig binary as a user would, through
# accessibility (AT-SPI), and check that what was typed survives a restart.
#
#   1. start on a fresh database file
#   2. New Case: a refused date (31-02-2026) shows its message in the dialog
#   3. ... corrected to 03-11-2026, the case is registered
#   4. two household members through the member dialog (a parent; a youth
#      with a date of birth)
#   5. a journal entry through the text view and the Add Entry button
#   6. the case page shows the members and the entry
#   7. closing the window ends the process with status 0
#   8. start again on the same file; searching "joel" lists exactly the case
#   9. selecting it shows the household, both members and the entry
#  10. Ctrl+Q ends the process with status 0
#  11. a typed New Case form, cancelled and discarded: no warnings
#
# Run by meson (tests/e2e/meson.build, suite 'e2e', TAP), or by hand:
#   dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
#     /usr/bin/python3 tests/e2e/test_case_flow.py
# Environment: SV_BINARY (default build/src/samenveilig), SV_SCHEMA_DIR
# (default build/data), SV_E2E_LOGDIR (screenshots and the app's output on
# failure; default /tmp). Needs Debian's /usr/bin/python3 with
# python3-dogtail and python3-pyatspi, a display and a session bus; without
# them it prints "1..0 # SKIP".

import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))

if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('1..0 # SKIP no display/session bus')
    sys.exit(0)

# The session bus was started before the display (dbus-run-session --
# xvfb-run ...): hand DISPLAY to the services it starts, or the AT-SPI
# registry cannot send key presses.
subprocess.run(['dbus-update-activation-environment', 'DISPLAY', 'XAUTHORITY'],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

try:
    sys.path.insert(0, HERE)
    import svdrive as sv
    from dogtail import rawinput
except ImportError as exc:
    print(f'1..0 # SKIP no dogtail/pyatspi ({exc})')
    sys.exit(0)

BINARY = os.environ.get('SV_BINARY', os.path.join(SOURCE_ROOT, 'build', 'src', 'samenveilig'))
SCHEMA_DIR = os.environ.get('SV_SCHEMA_DIR', os.path.join(SOURCE_ROOT, 'build', 'data'))
LOGDIR = os.environ.get('SV_E2E_LOGDIR') or tempfile.gettempdir()

HOUSEHOLD = 'Gezin "Ter Horst" 🌻'
REASON = 'Zorgen over de veiligheid van de kinderen'
PARENT = ('Joëlle', 'Ter Horst')
YOUTH = ('Sem', 'Ter Horst', '14-05-2014')
ENTRY = 'Eerste gesprek met moeder: afspraken <vastgelegd> & gedeeld ✓'
QUERY = 'joel'

STEPS = [
    'the app starts on a fresh database',
    'New Case refuses 31-02-2026 and shows why in the dialog',
    'the case is registered once the date is 03-11-2026',
    'two household members added through the member dialog',
    'a journal entry added with the Add Entry button',
    'the case page shows both members and the entry',
    'closing the window ends the process with status 0',
    f'after a restart, searching "{QUERY}" lists exactly the one case',
    'the found case shows household, members and entry',
    'Ctrl+Q quits with status 0',
    'Cancel, then Discard, on a typed form: no warnings, the app goes on',
]

# Steps that fail because of a known bug: TAP "# TODO", an expected failure
# for meson. Once the bug is fixed the step passes, meson reports an
# unexpected pass, and the entry here is to be removed.
TODO = {}


# --------------------------------------------------------------------------
# Helpers that act like a user
# --------------------------------------------------------------------------

def cases_view(win):
    return sv.wait_for('the case list view', lambda: sv.find(win, pred=lambda n: sv.has_action(n, 'cases.load-demo')))


def case_page(win):
    return sv.wait_for('the case page', lambda: sv.find(win, pred=lambda n: sv.has_action(n, 'case.add-entry')))


def fields(dialog):
    """The text fields of a form dialog, by their titles."""
    return {n.name: n for n in sv.find_all(dialog, role='text')}


def fill(dialog, values):
    found = fields(dialog)
    for title, value in values.items():
        if title not in found:
            raise sv.Failure(f'no field {title!r} in {dialog.name!r}; has {sorted(found)}')
        sv.set_text(found[title], value)
        sv.wait_for(f'{title!r} to read {value!r}', lambda: sv.text_of(found[title]) == value)


def alerts(dialog):
    """Texts of the visible field errors (role alert) in a dialog."""
    out = []
    for alert in sv.find_all(dialog, role='alert'):
        text = ' '.join(t for t in sv.labels_under(alert) if t)
        if text:
            out.append(text)
    return out


focused = sv.focused


tab_to = sv.tab_to


def choose(combo, wanted):
    """Pick an item of an AdwComboRow with the keyboard: focus, Space opens
    the list, arrows move, Return picks."""
    def current():
        lists = sv.find_all(combo, role='list', prune=('GtkPopover',))
        return [sv.text_of(n) for n in sv.find_all(lists[0], role='label')] if lists else []
    if wanted in current():
        return
    tab_to(combo)
    rawinput.pressKey('space')
    popover = sv.wait_for('the list of the combo row', lambda: sv.find(combo, role='filler', name='GtkPopover'))
    items = sv.wait_for('the items of the combo row', lambda: sv.find_all(popover, role='list item'))
    labels = [' '.join(sv.labels_under(i)) for i in items]
    if wanted not in labels:
        raise sv.Failure(f'{combo.name!r} has no item {wanted!r}: {labels}')
    # The list takes the focus a moment after it opens.
    sv.wait_for('the focus in the list', lambda: any(focused(i) for i in items), timeout=3)
    rawinput.pressKey('Home')
    for _ in range(labels.index(wanted)):
        rawinput.pressKey('Down')
    sv.wait_for(f'{wanted!r} to have the focus', lambda: focused(items[labels.index(wanted)]), timeout=3)
    rawinput.pressKey('Return')
    sv.wait_for(f'{combo.name!r} to show {wanted!r}', lambda: wanted in current())


def save(app, dialog):
    sv.do_action(dialog, 'form.save')
    app.wait_gone(dialog)


def page_labels(page):
    return sv.labels_under(page)


def page_shows(page, texts):
    labels = page_labels(page)
    return all(any(t in label for label in labels) for t in texts)


def case_rows(win):
    lst = sv.find(cases_view(win), role='list', name='Cases')
    if lst is None:
        return None, []
    return lst, [c for c in lst.children if c.roleName == 'list item']


def row_text(row):
    return ' '.join([row.name] + [c.name for c in sv.walk(row) if c.roleName == 'filler'])


# --------------------------------------------------------------------------
# The steps
# --------------------------------------------------------------------------

class Flow:
    def __init__(self, db):
        self.db = db
        self.app = None
        self.log_path = os.path.join(LOGDIR, 'e2e-case-flow-app.log')
        with open(self.log_path, 'w'):
            pass

    def start(self):
        self.app = sv.App(BINARY, ['--database', self.db], sv.app_env(SCHEMA_DIR), self.log_path)
        self.win = self.app.main_window()

    # 1
    def step_start(self):
        self.start()
        view = cases_view(self.win)
        sv.wait_for('the empty state', lambda: sv.find(view, role='label', name='No Cases Yet'))

    # 2
    def step_refused_date(self):
        sv.do_action(self.win, 'win.new-case')
        self.dialog = self.app.dialog('New Case')
        fill(self.dialog, {
            'Name of the household': HOUSEHOLD,
            'Reason, in a few words': REASON,
            'Date received (dd-mm-yyyy)': '31-02-2026',
        })
        sv.do_action(self.dialog, 'form.save')
        messages = sv.wait_for('a field error in the dialog', lambda: alerts(self.dialog))
        if not any('31 February 2026 does not exist' in m for m in messages):
            raise sv.Failure(f'unexpected message(s): {messages}')
        print(f'# shown: {messages[0]}')
        if self.dialog not in self.app.toplevels():
            raise sv.Failure('the dialog closed although the date was refused')

    # 3
    def step_registered(self):
        fill(self.dialog, {'Date received (dd-mm-yyyy)': '03-11-2026'})
        save(self.app, self.dialog)
        page = case_page(self.win)
        sv.wait_for('the case page of the new case',
                    lambda: page_shows(page, [HOUSEHOLD, REASON, '3 November 2026']))

    def add_member(self, given, family, birth=None, role=None):
        page = case_page(self.win)
        sv.do_action(page, 'case.add-member')
        dialog = self.app.dialog('New Household Member')
        values = {'Given names': given,
                  'Family name, with prefixes such as “de” or “van”': family}
        if birth:
            values['Date of birth (dd-mm-yyyy), if known'] = birth
        fill(dialog, values)
        if role:
            choose(sv.find(dialog, role='combo box', name='Role in the household'), role)
        save(self.app, dialog)

    # 4
    def step_members(self):
        self.add_member(*PARENT, role='Parent or carer')
        self.add_member(*YOUTH, role='Youth')
        page = case_page(self.win)
        sv.wait_for('both members on the page', lambda: page_shows(page, [
            ' '.join(PARENT), ' '.join(YOUTH[:2])]))

    # 5
    def step_entry(self):
        page = case_page(self.win)
        view = sv.find(page, role='text', name='New journal entry')
        if view is None:
            raise sv.Failure('no text view "New journal entry" on the case page')
        sv.set_text(view, ENTRY)
        sv.wait_for('the text view to hold the entry', lambda: sv.text_of(view) == ENTRY)
        button = sv.find(page, role='push button', pred=lambda n: 'Add Entry' in n.name)
        if button is None:
            raise sv.Failure('no Add Entry button')
        sv.do_action(button, 'click')
        journal = sv.find(page, role='list', name='Journal entries, newest first')
        sv.wait_for('the entry in the journal',
                    lambda: ENTRY in sv.labels_under(journal))
        sv.wait_for('the text view to be emptied', lambda: sv.text_of(view) == '')

    def check_page(self):
        page = case_page(self.win)
        expected = [HOUSEHOLD, ' '.join(PARENT), 'Parent or carer',
                    ' '.join(YOUTH[:2]), 'Youth · 12 years · born 14 May 2014', ENTRY]
        try:
            sv.wait_for('the case page to show everything', lambda: page_shows(page, expected))
        except sv.Failure:
            labels = page_labels(page)
            missing = [t for t in expected if not any(t in label for label in labels)]
            raise sv.Failure(f'missing on the case page: {missing}')

    # 6
    def step_page(self):
        self.check_page()

    # 7
    def step_quit(self):
        sv.do_action(self.win, 'window.close')
        status = self.app.wait_exit()
        if status != 0:
            raise sv.Failure(f'exit status {status}')

    # 8
    def step_search(self):
        self.start()
        view = cases_view(self.win)
        entry = sv.wait_for('the search entry', lambda: sv.find(view, role='entry', name='Search cases'))
        sv.set_text(entry, QUERY)

        def one_row():
            lst, rows = case_rows(self.win)
            count = sv.find(view, role='label', pred=lambda n: 'found' in sv.text_of(n))
            if count is None or sv.text_of(count) != '1 case found':
                return None
            return (lst, rows) if len(rows) == 1 else None
        try:
            self.list, rows = sv.wait_for('exactly one case in the list', one_row)
        except sv.Failure:
            lst, rows = case_rows(self.win)
            raise sv.Failure(f'the list shows {[row_text(r) for r in rows]}')
        if HOUSEHOLD not in row_text(rows[0]):
            raise sv.Failure(f'the case found is {row_text(rows[0])!r}')
        print(f'# listed: {row_text(rows[0]).strip()}')

    # 9
    def step_found(self):
        self.list.querySelection().selectChild(0)
        self.check_page()

    # 10
    def step_ctrl_q(self):
        rawinput.keyCombo('<Control>q')
        status = self.app.wait_exit()
        if status != 0:
            raise sv.Failure(f'exit status {status}')

    # 11
    def step_discard(self):
        offset = os.path.getsize(self.log_path)
        self.start()
        sv.do_action(self.win, 'win.new-case')
        dialog = self.app.dialog('New Case')
        fill(dialog, {'Name of the household': 'Gezin Weggegooid'})
        sv.do_action(dialog, 'form.cancel')
        question = self.app.dialog('Discard Changes?', action=None)
        buttons = sv.wait_for('the Discard button', lambda: [
            b for b in sv.find_all(question, role='push button', prune=())
            if 'Discard' in b.name and 'click' in sv.actions(b)])
        sv.do_action(buttons[0], 'click')
        self.app.wait_gone(dialog)
        time.sleep(0.5)  # let a late warning come out
        if self.app.proc.poll() is not None:
            raise sv.Failure(f'the app ended with status {self.app.proc.returncode}')
        with open(self.log_path, errors='replace') as log:
            log.seek(offset)
            bad = [line for line in log if 'WARNING' in line or 'CRITICAL' in line]
        if bad:
            raise sv.Failure(f'the app warned: {bad[0].strip()}')
        sv.do_action(self.win, 'window.close')
        status = self.app.wait_exit()
        if status != 0:
            raise sv.Failure(f'exit status {status}')

    def shutdown(self):
        if self.app is not None:
            self.app.kill()


def main():
    tmp = tempfile.TemporaryDirectory(prefix='sv-e2e-')
    flow = Flow(os.path.join(tmp.name, 'e2e.db'))
    runs = [flow.step_start, flow.step_refused_date, flow.step_registered,
            flow.step_members, flow.step_entry, flow.step_page, flow.step_quit,
            flow.step_search, flow.step_found, flow.step_ctrl_q,
            flow.step_discard]
    try:
        return sv.run_tap(list(zip(STEPS, runs)), 'e2e-case-flow', LOGDIR, flow.log_path, TODO)
    finally:
        flow.shutdown()
        tmp.cleanup()


if __name__ == '__main__':
    sys.exit(main())
