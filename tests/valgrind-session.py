#!/usr/bin/python3
"""valgrind-session.py BINARY SCHEMA_DIR DATABASE: the app under valgrind
memcheck (the wrapper command comes in $SV_VALGRIND, split on spaces),
driven through AT-SPI: the case list on DATABASE appears, the first case
is opened, and Ctrl+Q quits. Exits with the app's status (valgrind's
--error-exitcode makes a definite leak an error). Run by tests/valgrind.sh.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'e2e'))
import svdrive as sv  # noqa: E402
from dogtail import rawinput  # noqa: E402

binary, schema_dir, database = sys.argv[1:4]
env = sv.app_env(schema_dir)
env['G_SLICE'] = 'always-malloc'
env['G_DEBUG'] = 'gc-friendly'
# No GL: Mesa's drivers leak on start-up (as in the sanitizer build).
env['GDK_DEBUG'] = 'gl-disable'
wrapper = os.environ['SV_VALGRIND'].split()
app = sv.App(wrapper[0], wrapper[1:] + [binary, '--database', database], env,
             log_path=os.environ.get('SV_VALGRIND_APP_LOG'))
try:
    win = sv.wait_for('the main window', lambda: next(
        (w for w in app.toplevels() if 'win.new-case' in sv.actions(w)), None), timeout=300)
    view = sv.wait_for('the case list view', lambda: sv.find(
        win, pred=lambda n: sv.has_action(n, 'cases.load-demo')), timeout=120)
    lst = sv.wait_for('the case list', lambda: sv.find(view, role='list', name='Cases'), timeout=120)
    sv.wait_for('a case in the list', lambda: [c for c in lst.children if c.roleName == 'list item'],
                timeout=120)
    lst.querySelection().selectChild(0)
    sv.wait_for('the case page', lambda: sv.find(
        win, pred=lambda n: sv.has_action(n, 'case.add-entry')), timeout=120)
    rawinput.keyCombo('<Control>q')
    status = app.wait_exit(timeout=300)
except Exception as e:  # noqa: BLE001
    print(f'valgrind-session: {e}', file=sys.stderr)
    app.kill()
    sys.exit(2)
sys.exit(status)
