# svdrive.py: drive the real Samen Veilig binary through accessibility
# (AT-SPI), shared by test_case_flow.py, test_meeting_flow.py and
# screenshots.py.
#
# Needs Debian's /usr/bin/python3 (python3-dogtail, python3-pyatspi), a
# display and a D-Bus session bus. GTK 4.8 reports wrong extents over AT-SPI,
# so everything here uses actions and interfaces, never coordinates.

import os
import subprocess
import sys
import time
import traceback

from dogtail.config import config

config.checkForA11y = False
config.logDebugToFile = False
config.logDebugToStdOut = False
config.searchShowingOnly = False
config.defaultDelay = 0.1
config.actionDelay = 0.05  # rawinput sleeps this long after every click
config.typingDelay = 0.02

import pyatspi  # noqa: E402
from dogtail import rawinput  # noqa: E402
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
        # The app may quit (window.close, Ctrl+Q) before it answers: the
        # bus then reports the object gone, the sender disconnected or no
        # reply. Whether it really ended is for the caller to check.
        gone = ('no longer exists', 'disconnected', 'NoReply', 'ServiceUnknown',
                'not provided by any', 'UnknownObject')
        if not any(word in str(exc) for word in gone):
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


def find_button(node, label, prune=HEAVY):
    """A push button (or menu item) by its label. GTK 4.8 names a button
    with a mnemonic "_Label Label": both forms match."""
    def matches(n):
        return ((n.name == label or n.name.endswith(' ' + label))
                and n.roleName in ('push button', 'menu item', 'toggle button'))
    return find(node, pred=matches, prune=prune)


def click(node, label, timeout=DEFAULT_TIMEOUT, prune=HEAVY):
    """Click the button labelled label inside node, once it is there."""
    button = wait_for(f'a button {label!r}', lambda: find_button(node, label, prune), timeout=timeout)
    do_action(button, 'click')
    return button


def wait_text(node, expected, timeout=DEFAULT_TIMEOUT):
    """Wait until a label or text field shows exactly expected."""
    try:
        wait_for(f'{node.name!r} to read {expected!r}', lambda: text_of(node) == expected, timeout=timeout)
    except Failure:
        raise Failure(f'{node.roleName} {node.name!r} reads {text_of(node)!r}, not {expected!r}')


def tab_to(node, limit=25):
    """Press Tab until node has the keyboard focus, as a user would. (The
    text inside an AdwEntryRow is not exposed, so its focus cannot be
    seen: Tab to the widget before it, then once more.)"""
    for _ in range(limit):
        if focused(node):
            return
        rawinput.pressKey('Tab')
        time.sleep(0.15)
    if not focused(node):
        raise Failure(f'Tab never reached {node.roleName} {node.name!r} (are key presses '
                      'delivered? the AT-SPI registry needs DISPLAY in its environment)')


def _typeable(char):
    # The registry types a string through XTest with keysyms it can map
    # (Latin-1 here); other characters come out wrong.
    return ord(char) < 0x100


def type_text(text, into=None):
    """Type text with the keyboard where the focus is. Characters the
    keyboard cannot type (an emoji) are put in at the caret of into, an
    editable text, as an input method or on-screen keyboard would."""
    i = 0
    while i < len(text):
        j = i
        typeable = _typeable(text[i])
        while j < len(text) and _typeable(text[j]) == typeable:
            j += 1
        part = text[i:j]
        if typeable:
            pyatspi.Registry.generateKeyboardEvent(0, part, pyatspi.KEY_STRING)
        else:
            if into is None:
                raise Failure(f'cannot type {part!r} without a text field to put it in')
            caret = into.queryText().caretOffset
            into.queryEditableText().insertText(caret, part, len(part))
            into.queryText().setCaretOffset(caret + len(part))
        time.sleep(config.typingDelay * (j - i) + 0.05)
        i = j


def press(*keys):
    """Press keys one after the other: 'Return', 'Tab', '<Alt>Right'."""
    for key in keys:
        if key.startswith('<'):
            rawinput.keyCombo(key)
        else:
            rawinput.pressKey(key)
        time.sleep(0.1)


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

    def window(self, action, timeout=DEFAULT_TIMEOUT):
        """A top-level window that offers action (e.g. its own
        'chair.next'), the main window included."""
        return wait_for(f'a window with the action {action!r}', lambda: next(
            (w for w in self.toplevels() if action in actions(w)), None), timeout=timeout)

    def respond(self, title, label, timeout=DEFAULT_TIMEOUT):
        """Answer a question (AdwMessageDialog) titled title with the
        button labelled label; returns the window asked in."""
        question = self.dialog(title, action=None, timeout=timeout)
        click(question, label, prune=())
        self.wait_gone(question, timeout=timeout)
        return question

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


def app_env(schema_dir, today='2026-11-22', language='C'):
    """The environment the end-to-end tests run the app in: accessibility
    on, settings in memory, a fixed day, and warnings fatal as in the
    widget tests (SV_E2E_G_DEBUG overrides)."""
    env = dict(os.environ)
    env.pop('GTK_A11Y', None)
    env.update({
        'GSETTINGS_BACKEND': 'memory',
        'GSETTINGS_SCHEMA_DIR': schema_dir,
        'GSK_RENDERER': 'cairo',
        'GDK_BACKEND': 'x11',
        'LANGUAGE': language,
        'LC_ALL': 'C.UTF-8',
        'SV_TODAY': today,
        'TZ': 'Europe/Amsterdam',
    })
    env['G_DEBUG'] = os.environ.get('SV_E2E_G_DEBUG', 'fatal-warnings')
    return env


def run_tap(steps, name, logdir, app_log, todo=None):
    """Run (description, function) steps as TAP subtests. After a failure
    the remaining steps are skipped; a failure is shown with its
    traceback, a screenshot (logdir/NAME-failure-N.png) and the end of the
    app's output. Steps in todo (number -> reason) are expected failures.
    Returns the exit status."""
    todo = todo or {}
    print(f'1..{len(steps)}')
    failed = False
    for number, (desc, run) in enumerate(steps, start=1):
        if failed:
            print(f'ok {number} - {desc} # SKIP an earlier step failed')
            continue
        started = time.monotonic()
        mark = f' # TODO {todo[number]}' if number in todo else ''
        try:
            run()
            print(f'ok {number} - {desc} ({time.monotonic() - started:.1f} s){mark}')
        except Exception:
            failed = not mark
            print(f'not ok {number} - {desc}{mark}')
            for line in traceback.format_exc().splitlines():
                print(f'# {line}')
            shot = screenshot(os.path.join(logdir, f'{name}-failure-{number}.png'))
            if shot:
                print(f'# screenshot: {shot}')
            print(f'# application output: {app_log}')
            try:
                with open(app_log, errors='replace') as log:
                    for line in log.read().splitlines()[-15:]:
                        print(f'#   {line}')
            except OSError:
                pass
        sys.stdout.flush()
    return 1 if failed else 0


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
