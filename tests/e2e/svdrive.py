# svdrive.py: drive the real Samen Veilig binary through accessibility
# (AT-SPI), shared by test_case_flow.py and screenshots.py.
#
# Needs Debian's /usr/bin/python3 (python3-dogtail, python3-pyatspi), a
# display and a D-Bus session bus. GTK 4.8 reports wrong extents over AT-SPI,
# so everything here uses actions and interfaces, never coordinates.

import os
import subprocess
import sys
import time

from dogtail.config import config

config.checkForA11y = False
config.logDebugToFile = False
config.logDebugToStdOut = False
config.searchShowingOnly = False
config.defaultDelay = 0.1
config.actionDelay = 0.05  # rawinput sleeps this long after every click
config.typingDelay = 0.02

import pyatspi  # noqa: E402
from dogtail.tree import root  # noqa: E402

DEFAULT_TIMEOUT = 10.0

# Views whose subtrees are large and never needed when looking for something
# on the case list or case page.
HEAVY = ('SvMeetingsView', 'SvProfessionalsView', 'AdwViewSwitcherTitle')


class Failure(Exception):
    pass


class Fatal(Failure):
    """Raised inside a wait: stop waiting at once."""


def wait_for(what, fn, timeout=DEFAULT_TIMEOUT, interval=0.1):
    """Poll fn() until it returns something truthy; raise Failure after
    timeout seconds. Exceptions from fn (a node gone stale) count as 'not
    yet'."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while True:
        try:
            value = fn()
            if value:
                return value
        except Fatal:
            raise
        except Exception as exc:  # AT-SPI nodes vanish while we look
            last_exc = exc
        if time.monotonic() >= deadline:
            extra = f' (last error: {last_exc})' if last_exc else ''
            raise Failure(f'timed out after {timeout:.0f} s waiting for {what}{extra}')
        time.sleep(interval)


def walk(node, prune=HEAVY):
    """Depth-first walk over node's descendants. Subtrees whose root is
    named in prune are skipped. GTK 4.8 reports no 'showing' state, and the
    hidden pages of a stack are in the tree too: look inside the right
    widget (e.g. the case page, found by its action case.add-entry)."""
    try:
        children = list(node.children)
    except Exception:
        return
    for child in children:
        try:
            if child.name in prune:
                continue
        except Exception:
            continue
        yield child
        yield from walk(child, prune)


def has_action(node, action):
    """Whether node exposes the GTK action (our views expose theirs, which
    names them better than their translated accessible label)."""
    try:
        return action in node.actions
    except Exception:
        return False


def find(node, role=None, name=None, pred=None, prune=HEAVY):
    for child in walk(node, prune):
        try:
            if role is not None and child.roleName != role:
                continue
            if name is not None and child.name != name:
                continue
            if pred is not None and not pred(child):
                continue
            return child
        except Exception:
            continue
    return None


def find_all(node, role=None, name=None, pred=None, prune=HEAVY):
    out = []
    for child in walk(node, prune):
        try:
            if role is not None and child.roleName != role:
                continue
            if name is not None and child.name != name:
                continue
            if pred is not None and not pred(child):
                continue
            out.append(child)
        except Exception:
            continue
    return out


def actions(node):
    try:
        a = node.queryAction()
        return [a.getName(i) for i in range(a.nActions)]
    except Exception:
        return []


def do_action(node, name):
    """Run a named action (a GAction of the widget, or a button's click).
    An action that closes its own window may leave no one to answer: that
    is not an error."""
    names = actions(node)
    if name not in names:
        raise Failure(f'{node.roleName} {node.name!r} has no action {name!r} (has {names})')
    try:
        node.queryAction().doAction(names.index(name))
    except Exception as exc:
        if 'no longer exists' not in str(exc):
            raise


def text_of(node):
    """The text a label or entry shows (getText(0, -1) returns '' in GTK)."""
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return ''


def focused(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def set_text(node, value):
    node.queryEditableText().setTextContents(value)


def labels_under(node):
    return [text_of(n) for n in find_all(node, role='label')]


class App:
    """One run of the binary, with its AT-SPI application node."""

    def __init__(self, binary, args, env, log_path=None):
        self.log = open(log_path, 'ab') if log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen([binary] + args, env=env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.node = wait_for('the application on the accessibility bus', self._find_app, timeout=20)

    def _find_app(self):
        if self.proc.poll() is not None:
            raise Fatal(f'the application exited early with status {self.proc.returncode}')
        for app in root.children:
            try:
                if app.get_process_id() == self.proc.pid:
                    return app
            except Exception:
                continue
        return None

    def toplevels(self):
        if self.proc.poll() is not None:
            raise Fatal(f'the application ended with status {self.proc.returncode}')
        return list(self.node.children)

    def main_window(self):
        return wait_for('the main window', lambda: next(
            (w for w in self.toplevels() if 'win.new-case' in actions(w)), None))

    def dialog(self, title=None, action='form.save', timeout=DEFAULT_TIMEOUT):
        """A top-level window other than the main window, with the given
        title and action (None: any)."""
        def look():
            for w in self.toplevels():
                acts = actions(w)
                if 'win.new-case' in acts:
                    continue
                if action is not None and action not in acts:
                    continue
                if title is not None and w.name != title:
                    continue
                return w
            return None
        return wait_for(f'the window {title or action!r}', look, timeout=timeout)

    def wait_gone(self, window, timeout=DEFAULT_TIMEOUT):
        try:
            title = window.name
        except Exception:  # already gone
            title = 'dialog'

        def gone():
            for w in self.toplevels():
                if w == window:
                    return False
            return True
        wait_for(f'the window {title!r} to close', gone, timeout=timeout)

    def wait_exit(self, timeout=DEFAULT_TIMEOUT):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure(f'the application did not exit within {timeout:.0f} s')

    def kill(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def screenshot(path, display=None):
    env = dict(os.environ)
    if display:
        env['DISPLAY'] = display
    try:
        subprocess.run(['import', '-window', 'root', path], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        return path
    except Exception as exc:
        print(f'# screenshot failed: {exc}', file=sys.stderr)
        return None
