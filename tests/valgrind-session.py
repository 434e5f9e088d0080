#!/usr/bin/python3
"""valgrind-session.py BINARY SCHEMA_DIR DATABASE: the app under valgrind
memcheck (the wrapper command comes in $SV_VALGRIND, split on spaces),
driven through AT-SPI: the case list on DATABASE appears, the first case
is opened, and the window is closed, which quits. Exits with the app's status (valgrind's
--error-exitcode makes a definite leak an error). Run by tests/valgrind.sh.
"""
import os
import subprocess
import sys
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'e2e'))
import svdrive as sv  # noqa: E402

binary, schema_dir, database = sys.argv[1:4]
env = sv.app_env(schema_dir)
env['G_SLICE'] = 'always-malloc'
env['G_DEBUG'] = 'gc-friendly'
# No GL: Mesa's drivers leak on start-up (as in the sanitizer build).
env['GDK_DEBUG'] = 'gl-disable'
wrapper = os.environ['SV_VALGRIND'].split()
# svdrive.App, with time for valgrind to start the app (minutes, not 20 s).
app = sv.App.__new__(sv.App)
log_path = os.environ.get('SV_VALGRIND_APP_LOG')
app.log = open(log_path, 'ab') if log_path else subprocess.DEVNULL
app.proc = subprocess.Popen(wrapper + [binary, '--database', database], env=env,
                            stdout=app.log, stderr=subprocess.STDOUT)
try:
    app.node = sv.wait_for('the application on the accessibility bus', app._find_app, timeout=300)
    win = sv.wait_for('the main window', lambda: next(
        (w for w in app.toplevels() if 'win.new-case' in sv.actions(w)), None), timeout=300)
    view = sv.wait_for('the case list view', lambda: sv.find(
        win, pred=lambda n: sv.has_action(n, 'cases.load-demo')), timeout=120)
    lst = sv.wait_for('the case list', lambda: sv.find(view, role='list', name='Cases'), timeout=120)
    sv.wait_for('a case in the list', lambda: [c for c in lst.children if c.roleName == 'list item'],
                timeout=120)
    # Under valgrind an AT-SPI call may time out: tried again until it works.
    sv.wait_for('the first case selected', lambda: lst.querySelection().selectChild(0) or True,
                timeout=300)
    sv.wait_for('the case page', lambda: sv.find(
        win, pred=lambda n: sv.has_action(n, 'case.add-entry')), timeout=120)
    # Closing the window as the window manager would: under valgrind a
    # typed Ctrl+Q may reach the window before it has the focus.
    # The first call may time out and still close it: done once the app is gone.
    sv.wait_for('the window closed', lambda: app.proc.poll() is not None or
                sv.do_action(win, 'window.close') or True, timeout=300)
    status = app.wait_exit(timeout=600)
except Exception as e:  # noqa: BLE001
    traceback.print_exc()
    print(f'valgrind-session: {e}', file=sys.stderr)
    app.kill()
    sys.exit(2)
sys.exit(status)
