#!/usr/bin/python3
"""Screenshots of every main screen of Samen Veilig, to look at.

Usage (from the source root, after `ninja -C build`):

    dbus-run-session -- /usr/bin/python3 tests/e2e/screenshots.py OUTDIR [--lang nl]
        [--binary build/src/samenveilig] [--schema-dir build/data]
        [--demo data/demo.json] [--only NAME-PREFIX]

It imports the fictitious demonstration cases (data/demo.json) into a fresh
database (`samenveilig --database DB --import ...`, headless), then, for each
screen size, starts its own Xvfb on a free display number (-displayfd) and a
private D-Bus session for it, runs the app there (LANGUAGE=nl by default,
SV_TODAY=2026-11-22) and drives it through accessibility (AT-SPI, dogtail)
to each screen, saving OUTDIR/NN-name.png with `import -window root`.

With --lang nl the app runs under a Dutch locale, nl_NL.UTF-8, generated
with localedef into the temporary folder (LOCPATH), so that GTK's own texts
(the calendar's month and weekday names) are Dutch as on a Dutch desktop;
--locale C.UTF-8 shows what a machine without that locale shows.

Window size and colour scheme come from a GSettings keyfile written for each
run (GSETTINGS_BACKEND=keyfile, XDG_CONFIG_HOME in a temporary folder), as
there is no window manager under Xvfb to maximize a window.

Needs: Xvfb, dbus-run-session, imagemagick (import), python3-dogtail,
python3-pyatspi (Debian's /usr/bin/python3). Not a test: it fails only when a
screen cannot be reached, and says which.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))

# (size, [screens]) — one Xvfb and one app run per entry.
RUNS = [
    ('1280x800', 'default', ['01-case-list', '02-case-page-top', '03-case-page-household',
                           '04-case-page-journal', '05-new-case-dialog', '05b-date-picker', '06-new-case-refused-date',
                           '07-member-dialog', '08-consent-dialog', '09-close-case-dialog',
                           '10-correction-dialog', '11-meetings', '12-professionals',
                           '13-preferences', '14-shortcuts', '15-main-menu', '16-case-menu',
                           '17-print-preview-journal', '18-print-dialog-contents', '19-case-traject']),
    ('800x600', 'default', ['20-narrow-800x600-list', '21-narrow-800x600-case']),
    ('600x800', 'default', ['22-narrow-600x800-list', '23-narrow-600x800-case',
                          '24-narrow-600x800-new-case-dialog']),
    ('1920x1080', 'default', ['30-projector-1920x1080-case', '31-projector-1920x1080-meetings',
                              '32-projector-1920x1080-trajecten']),
    ('1280x800', 'dark', ['40-dark-case-page', '41-dark-member-dialog', '42-dark-meetings',
                          '43-dark-case-traject', '44-dark-trajecten']),
    # A meeting prepared, run and closed, as the chair sees it (the chair's
    # window opens maximized; with a window manager it fills the screen).
    ('1920x1080', 'default', ['50-meeting-page', '51-chair', '52-projection', '53-chair-agreement',
                              '54-close-meeting', '55-case-agreements']),
    ('1366x768', 'default', ['56-chair-1366x768']),
    ('1280x800', 'dark', ['57-dark-chair', '58-dark-projection']),
    # Who saw what: the case's audit log, the question before names go out
    # without consent, and erasing a closed case once its retention period
    # (20 years) has passed — hence a day in 2046 and closed cases shown.
    ('1280x800', 'default', ['80-audit-log', '81-share-guard']),
    ('1280x800', 'default', ['82-erase-confirmation'], {'SV_TODAY': '2046-06-01'}, 'show-closed-cases=true\n'),
    # An interventiegesprek with the RvdK planned on case GESPREK_CASE: the
    # gate, the plan, a late date, the checklist (with the Veiligheidskaart's
    # state), a letter, the case page, the outcome and its note that it is
    # in the Veiligheidskaart too.
    ('1280x1024', 'default', ['70-planner-gate', '71-planner-normal', '72-planner-late',
                              '73-planner-checklist', '74-letter-editor', '75-case-gesprekken',
                              '76-letters', '77-outcome', '78-outcome-in-card']),
    # The Veiligheidskaart of a case, written as an inbrenger would.
    ('1280x900', 'default', ['60-card-top', '61-card-scores', '62-card-agreements', '63-card-sharing',
                             '64-card-definitief-refused', '65-card-compare']),
    ('1280x900', 'dark', ['66-dark-card-scores']),
]

# The case without consent for the sharing question; the closed one erased.
NO_CONSENT_CASE = '2026-0002'
ERASE_CASE = '2026-0001'

# The case whose interventiegesprek is planned (consultation 12 November).
GESPREK_CASE = '2026-0004'


# What the card of CASE_NUMBER is filled with for the 6x screens: its
# sections (by their English titles), scores (viewpoint, score, date),
# a condition and agreements (the last without who: incomplete).
CARD_TEXTS = [
    ('Reason', 'School meldt dat Luca (12) de laatste weken vaak moe is en over harde ruzies thuis '
               'vertelt. Moeder bevestigt dat vader na het werk regelmatig drinkt en dan snel boos wordt.'),
    ('Worries', 'School en de jeugdconsulent zijn bang dat Luca geslagen wordt als vader gedronken heeft, '
                'en dat Luca zich terugtrekt als er niets verandert. Moeder is bang dat de ruzies '
                'escaleren als vader zijn werk kwijtraakt.'),
    ('Complicating factors', 'Schulden, alcoholgebruik van vader, weinig steun van familie.'),
    ('What is going well', 'Moeder zoekt zelf hulp en houdt contact met school. Oma Riet woont om de hoek '
                           'en Luca mag daar altijd logeren. Vader zegt dat hij wil stoppen met drinken.'),
    ('Safety goals: parents', 'Vader drinkt niet als de kinderen thuis zijn; bij ruzie gaat hij een '
                              'wandeling maken in plaats van te schreeuwen.'),
    ('Voice of the youth', '“Ik wil dat papa stopt met schreeuwen. Bij oma is het rustig.”'),
]
CARD_SCORES = [('Moeder', 3, '01-09-2026'), ('Vader', 2, '01-09-2026'), ('Jeugdconsulent', 3, '01-09-2026'),
               ('Moeder', 5, '06-10-2026'), ('Vader', 4, '06-10-2026'), ('Luca (jeugdige)', 4, '06-10-2026'),
               ('Moeder', 6, '17-11-2026'), ('Vader', 6, '17-11-2026'), ('Luca (jeugdige)', 7, '17-11-2026'),
               ('Jeugdconsulent', 5, '17-11-2026')]
CARD_CONDITION = ('Vader drinkt geen alcohol in huis', '15-01-2027',
                  'Veilig Thuis vraagt een raadsonderzoek aan')
CARD_AGREEMENTS = ['Huisbezoek door de jeugdconsulent', 'Vader meldt zich bij Iriszorg']

# The meeting prepared for the 5x screens: two cases, one with a question
# that names a child (the projection masks it).
MEETING_CASES = ['2026-0004', '2026-0005']
MEETING_QUESTION = 'Welke steun helpt Fatima na de scheiding, en wie praat met Yara?'
AGREEMENT = ('Jeugdconsulent', "Belt met school en 'Veilig Thuis' 📞 over het verzuim", '08-12-2026',
             'Terug in het volgende LEJO')

# The case shown on case pages: one with members, professionals and journal.
CASE_NUMBER = '2026-0003'
# Moved along the traject on screen (consent given, an IT-medewerker linked).
TRAJECT_CASE = '2026-0008'
# Mouse-wheel clicks down the case page to its traject (the first group).
TRAJECT_SCROLL = {'1280x800': 0, '1920x1080': 0}
# Mouse-wheel clicks down the Veiligheidskaart to its sections.
CARD_SCROLL = {'scores': 14, 'agreements': 34}


# --------------------------------------------------------------------------
# Parent: one Xvfb and one D-Bus session per run
# --------------------------------------------------------------------------

def start_xvfb(size):
    read, write = os.pipe()
    proc = subprocess.Popen(['Xvfb', '-displayfd', str(write), '-screen', '0', f'{size}x24',
                             '-nolisten', 'tcp'], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b''
    with os.fdopen(read, 'rb') as pipe:
        while not number.endswith(b'\n'):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        proc.kill()
        raise RuntimeError('Xvfb did not start')
    return proc, ':' + number.decode().strip()


def make_locale(args, work):
    """The LC_ALL (and LOCPATH) to run the app with."""
    if args.locale != 'auto':
        return args.locale, None
    if args.lang.split('_')[0] != 'nl' or not shutil.which('localedef'):
        return 'C.UTF-8', None
    locpath = os.path.join(work, 'locale')
    os.makedirs(locpath, exist_ok=True)
    result = subprocess.run(['localedef', '-i', 'nl_NL', '-f', 'UTF-8',
                             os.path.join(locpath, 'nl_NL.UTF-8')],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if result.returncode > 1:  # 1: warnings only
        print('localedef failed: GTK texts stay English (C.UTF-8)')
        return 'C.UTF-8', None
    return 'nl_NL.UTF-8', locpath


def parent(args):
    os.makedirs(args.outdir, exist_ok=True)
    work = tempfile.mkdtemp(prefix='sv-shots-')
    db = os.path.join(work, 'demo.db')
    env = dict(os.environ, LANGUAGE=args.lang, LC_ALL='C.UTF-8',
               GSETTINGS_BACKEND='memory', GSETTINGS_SCHEMA_DIR=args.schema_dir)
    subprocess.run([args.binary, '--database', db, '--import', args.demo], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    locale, locpath = make_locale(args, work)
    failed = []
    try:
        for run, (size, scheme, screens, *_extra) in enumerate(RUNS):
            if args.only and not any(s.startswith(args.only) for s in screens):
                continue
            xvfb, display = start_xvfb(size)
            try:
                child_env = dict(os.environ, DISPLAY=display)
                child_env.pop('DBUS_SESSION_BUS_ADDRESS', None)
                child_env.pop('XAUTHORITY', None)
                cmd = ['dbus-run-session', '--', sys.executable, os.path.abspath(__file__),
                       args.outdir, '--lang', args.lang, '--binary', args.binary,
                       '--schema-dir', args.schema_dir, '--demo', args.demo,
                       '--locale', locale, '--worker', f'{run}:{db}']
                if locpath:
                    cmd += ['--locpath', locpath]
                if args.only:
                    cmd += ['--only', args.only]
                result = subprocess.run(cmd, env=child_env, stderr=subprocess.PIPE, text=True)
                for line in result.stderr.splitlines():
                    if line.startswith('FAILED') or line.startswith('saved'):
                        print(line)
                        if line.startswith('FAILED'):
                            failed.append(line)
                if result.returncode != 0 and not failed:
                    print(result.stderr[-3000:])
                    failed.append(f'run {size} {scheme} exited {result.returncode}')
            finally:
                xvfb.terminate()
                xvfb.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f'{len(failed)} screen(s) not reached' if failed else 'all screens saved', 'in', args.outdir)
    return 1 if failed else 0


# --------------------------------------------------------------------------
# Worker: inside the private session and display
# --------------------------------------------------------------------------

def catalogue(lang):
    import gettext
    for localedir in (os.path.join(SOURCE_ROOT, 'build', 'po'), '/usr/share/locale'):
        try:
            return gettext.translation('samenveilig', localedir, languages=[lang])
        except OSError:
            continue
    return gettext.NullTranslations()


def translator(lang):
    """The app's own catalogue, so that buttons are found by the labels
    the user reads, in the language of the run."""
    return catalogue(lang).gettext


def worker(args):
    # The run by its place in RUNS: two runs may share a size and scheme.
    run, db = args.worker.split(':', 1)
    size, scheme, run_screens, *extra = RUNS[int(run)]
    extra_env = extra[0] if extra else {}
    extra_keys = extra[1] if len(extra) > 1 else ''

    width, height = (int(x) for x in size.split('x'))
    sys.path.insert(0, HERE)
    import svdrive as sv
    from dogtail import rawinput

    config_home = tempfile.mkdtemp(prefix='sv-shots-config-')
    os.makedirs(os.path.join(config_home, 'glib-2.0', 'settings'))
    with open(os.path.join(config_home, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
        f.write('[org/overbetuwe/SamenVeilig]\n'
                f'window-width={width}\nwindow-height={height}\n'
                f"color-scheme='{scheme}'\nlast-view='cases'\n" + extra_keys)
    # The case journal chosen for the print, as a user would have left it.
    os.makedirs(os.path.join(config_home, 'samenveilig'))
    with open(os.path.join(config_home, 'samenveilig', 'print.ini'), 'w') as f:
        f.write('[Samen Veilig]\nnames=full\njournal=true\njournal-from=2026-11-01\njournal-to=\n')
    env = dict(os.environ)
    env.pop('GTK_A11Y', None)
    env.pop('G_DEBUG', None)
    env.update({
        'GSETTINGS_BACKEND': 'keyfile',
        'XDG_CONFIG_HOME': config_home,
        'GSETTINGS_SCHEMA_DIR': args.schema_dir,
        'GSK_RENDERER': 'cairo',
        'GDK_BACKEND': 'x11',
        'LANGUAGE': args.lang,
        'LC_ALL': args.locale,
        'SV_TODAY': '2026-11-22',
        'TZ': 'Europe/Amsterdam',
    })
    env.update(extra_env)
    if args.locpath:
        env['LOCPATH'] = args.locpath
    # A copy, so that nothing done here changes the next run's data.
    run_db = os.path.join(config_home, 'shots.db')
    shutil.copy(db, run_db)
    # A window manager when there is one: windows are maximized and made
    # fullscreen as on a desktop (the chair's view, the projection).
    wm = None
    if shutil.which('openbox'):
        wm = subprocess.Popen(['openbox'], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
    _ = translator(args.lang)

    def L(msgid):
        return _(msgid).replace('_', '')  # a label as read, mnemonic gone
    log_path = os.path.join(args.outdir, f'app-{size}-{scheme}-{run}.log')
    app = sv.App(args.binary, ['--database', run_db], env, log_path)
    win = app.main_window()
    screens = [s for s in run_screens if not args.only or s.startswith(args.only)]
    status = 0

    def settle(seconds=0.8):
        time.sleep(seconds)  # animations (leaflet, popovers, dialogs)

    def shot(name):
        path = os.path.join(args.outdir, name + '.png')
        sv.screenshot(path)
        print(f'saved {path}', file=sys.stderr)

    def view():
        return sv.wait_for('the case view', lambda: sv.find(win, pred=lambda n: sv.has_action(n, 'cases.load-demo')))

    def page():
        return sv.wait_for('the case page', lambda: sv.find(win, pred=lambda n: sv.has_action(n, 'case.add-entry')))

    def case_list():
        return sv.wait_for('the case list', lambda: sv.find(
            view(), role='list', pred=lambda n: 'list.select-all' in sv.actions(n)))

    def open_case(number=CASE_NUMBER):
        lst = case_list()
        rows = sv.wait_for('rows in the case list', lambda: [c for c in lst.children if c.roleName == 'list item'])
        names = [' '.join(c.name for c in sv.walk(r) if c.roleName == 'filler') for r in rows]
        index = next((i for i, n in enumerate(names) if number in n), 0)
        lst.querySelection().selectChild(index)
        sv.wait_for('the case page to fill', lambda: any(number in t for t in sv.labels_under(page())))
        settle()

    def tab(title, context=None):
        shown = catalogue(args.lang).pgettext(context, title) if context else _(title)
        tabs = sv.wait_for(f'the view switcher tab {title!r}', lambda: [
            t for t in sv.find_all(win, role='page tab', prune=()) if t.name == shown])
        sv.do_action(tabs[0], 'click')
        settle()

    meeting = {}

    def traject_chart():
        return sv.wait_for('the traject chart', lambda: sv.find(
            page(), name=_('Traject: the path of the report'), prune=()))

    def move_case_along(steps):
        """Moves the open case along the chart: steps are the indices of
        the chart's steps (0 received … 4 second discussion), each chosen
        and confirmed as a user would."""
        for step in steps:
            nodes = [n for n in traject_chart().children if 'click' in sv.actions(n)]
            sv.do_action(nodes[step], 'click')
            question = app.dialog(None, action=None)
            sv.click(question, L('_Move'), prune=())
            app.wait_gone(question)
            settle(0.5)

    moved = set()

    def show_case_traject():
        open_case(TRAJECT_CASE)
        if TRAJECT_CASE not in moved:
            move_case_along([1, 2, 3])
            moved.add(TRAJECT_CASE)
        # The traject is the first group of the case page.
        scroll(TRAJECT_SCROLL[size])

    def show_trajecten():
        # Some cases further along, so that the counts differ.
        if TRAJECT_CASE not in moved:
            show_case_traject()
        if CASE_NUMBER not in moved:
            open_case(CASE_NUMBER)
            move_case_along([1, 2])
            moved.add(CASE_NUMBER)
        tab('Trajects', context='view')
        sv.wait_for('the reference chart', lambda: sv.find(
            win, name=_('Traject: open cases per step'), prune=sv.HEAVY))
        settle()

    def plan_view():
        return sv.wait_for('the meetings area', lambda: sv.find(
            win, pred=lambda n: sv.has_action(n, 'meetings.back'), prune=sv.HEAVY))

    def meeting_page():
        return sv.wait_for('the meeting page', lambda: sv.find(
            plan_view(), pred=lambda n: sv.has_action(n, 'meeting.add-case'), prune=()))

    def prepare_meeting():
        """A LEJO on the proposed day with two cases; the first case's
        question names its child."""
        if meeting:
            return
        tab('Meetings')
        view = plan_view()
        sv.click(view, L('_Plan Meeting'), prune=())
        item = sv.wait_for('LEJO in the menu', lambda: sv.find(
            view, role='menu item', pred=lambda n: n.name.startswith('LEJO — '), prune=()))
        sv.do_action(item, 'click')
        editor = app.dialog(None, action='form.save')
        settle(0.5)
        sv.do_action(editor, 'form.save')
        app.wait_gone(editor)
        for number in MEETING_CASES:
            sv.click(meeting_page(), L('_Add Case…'), prune=())
            dialog = app.dialog(None, action=None)
            search = sv.wait_for('the search field', lambda: sv.find(dialog, role='entry', prune=()))
            sv.wait_for('the focus in the search field', lambda: sv.focused(search), timeout=3)
            sv.type_text(number, into=search)
            results = sv.wait_for('the results', lambda: sv.find(dialog, role='list', prune=()))
            sv.wait_for(f'{number} found', lambda: any(
                number in c.name for c in results.children if c.roleName == 'list item'))
            sv.press('Return')
            app.wait_gone(dialog)
        # The case added last is open with the focus in it: Tab from its
        # inbrenger choice into its question, type, Enter stores it.
        agenda = sv.find(meeting_page(), role='list', name=_('Agenda'), prune=())
        row = next(r for r in agenda.children if r.roleName == 'list item' and sv.find(
            r, role='list item', pred=lambda n: n.name.endswith(MEETING_CASES[-1]) or MEETING_CASES[-1] in n.name,
            prune=()))
        question = sv.find(row, role='text', name=_('Question to the meeting'), prune=())
        inbrenger = sv.find(row, role='combo box', prune=())
        sv.tab_to(sv.find(inbrenger, role='push button', prune=()), limit=40)
        sv.press('Tab')
        sv.type_text(MEETING_QUESTION, into=question)
        sv.press('Return')
        settle()
        meeting['ready'] = True

    def chair():
        if 'chair' not in meeting:
            prepare_meeting()
            sv.click(meeting_page(), L('_Start Meeting'), prune=())
            meeting['chair'] = app.window('chair.next')
            settle(1.5)
        return meeting['chair']

    def project():
        c = chair()
        sv.click(c, L('_Project'), prune=())
        item = sv.wait_for('a place to project', lambda: sv.find(
            c, role='menu item', pred=lambda n: n.name in (_('In a Window'),) or n.name.startswith(_('Project on')),
            prune=()))
        sv.do_action(item, 'click')
        projection = app.window('projection.leave')
        settle(0.8)
        if wm is not None and 'projection.toggle-fullscreen' in sv.actions(projection):
            sv.do_action(projection, 'projection.toggle-fullscreen')
            settle(1.5)
        return projection

    def capture_agreement():
        c = chair()
        names = [_('Who'), _('What'), _('By when (dd-mm-yyyy, optional)'), _('How monitored (Enter adds)')]
        for name, value in zip(names, AGREEMENT):
            node = sv.wait_for(f'the field {name!r}', lambda: sv.find(c, role='text', name=name, prune=()))
            sv.set_text(node, value)
        sv.click(c, L('_Add Agreement'), prune=())
        settle()

    def scroll(clicks, x=None, y=None):
        # Mouse wheel over the case page (XTest buttons 4/5): the scroll
        # bars offer no Value interface in GTK 4.8.
        x = x if x is not None else int(width * 0.7) if width > 700 else width // 2
        y = y if y is not None else int(height * 0.6)
        rawinput.absoluteMotion(x, y)
        for _ in range(abs(clicks)):
            rawinput.click(x, y, button=5 if clicks > 0 else 4)
            time.sleep(0.03)
        settle()

    card_state = {}

    def card():
        return app.window('card.keep-mine')

    def card_field(title):
        return sv.wait_for(f'the section {title!r}', lambda: sv.find(card(), role='text', name=_(title), prune=()))

    def card_entry(msgid):
        return sv.wait_for(f'the field {msgid!r}', lambda: sv.find(card(), role='text', name=L(msgid), prune=()))

    def open_card():
        if card_state.get('open'):
            return card()
        open_case()
        sv.click(page(), L('_Open Veiligheidskaart'), prune=())
        window = card()
        sv.do_action(window, 'window.toggle-maximized')
        settle()
        if not card_state.get('filled'):
            for title, text in CARD_TEXTS:
                node = card_field(title)
                node.queryEditableText().insertText(0, text, len(text.encode('utf-8')))
            for viewpoint, score, date in CARD_SCORES:
                sv.set_text(card_entry('Viewpoint (mother, youth, Veilig Thuis, …)'), viewpoint)
                sv.set_text(sv.find(window, role='spin button', prune=()), str(score))
                sv.set_text(card_entry('Date of the score (dd-mm-yyyy)'), date)
                sv.click(window, L('_Add Score'), prune=())
                time.sleep(0.3)
            sv.set_text(card_entry('Condition'), CARD_CONDITION[0])
            sv.set_text(card_entry('Term (dd-mm-yyyy)'), CARD_CONDITION[1])
            sv.set_text(card_entry('Consequence if not met'), CARD_CONDITION[2])
            sv.click(window, L('Add _Condition'), prune=())
            for what in CARD_AGREEMENTS:
                sv.set_text(card_entry('New agreement: what'), what)
                sv.click(window, L('Add the agreement'), prune=())
                time.sleep(0.3)
            sv.set_text(card_entry('Name'), 'Toegang Overbetuwe')
            sv.set_text(card_entry('Organisation or role'), 'gemeentelijke Toegang')
            sv.click(window, L('Add _Recipient'), prune=())
            sv.do_action(window, 'card.save')
            card_state['filled'] = True
        card_state['open'] = True
        settle(1.0)
        return window

    def card_scroll_to(clicks):
        # From the top each time: the same place in every run. The wheel
        # turns in the margin beside the text, never over a field (a spin
        # button would take it).
        scroll(-150, x=120)
        scroll(clicks, x=120)

    def others(*known):
        return [w for w in app.toplevels() if w != win and w not in known]

    def close_dialog(dialog, action='form.cancel', discard_shot=None):
        """Cancel a form; when it asks whether to discard what was typed,
        (take a picture and) discard."""
        sv.do_action(dialog, action)
        deadline = time.monotonic() + sv.DEFAULT_TIMEOUT
        while time.monotonic() < deadline:
            if dialog not in app.toplevels():
                return
            asking = others(dialog)
            if asking:
                settle()
                if discard_shot:
                    shot(discard_shot)
                buttons = sv.wait_for('the buttons of the question', lambda: [
                    b for b in sv.find_all(asking[0], role='push button', prune=())
                    if 'click' in sv.actions(b)])
                # Two layouts of the same buttons (side by side, stacked):
                # the first pair is the one shown; Discard is the second.
                sv.do_action(buttons[1], 'click')
                app.wait_gone(dialog)
                return
            time.sleep(0.1)
        raise sv.Failure(f'{dialog.name!r} did not close')

    def dialog_shot(name, open_fn, title=None, action='form.save', then=None, close='form.cancel',
                    discard_shot=None):
        open_fn()
        dialog = app.dialog(title, action=action)
        settle()
        if then:
            then(dialog)
            settle()
        shot(name)
        close_dialog(dialog, close, discard_shot)

    def refused_date(dialog):
        fields = {n.name: n for n in sv.find_all(dialog, role='text')}
        values = ['Gezin "Ter Horst"', '31-02-2026', 'Zorgen om de kinderen']
        texts = [n for n in fields.values()]
        # household, reported by, date, reason — in that order
        sv.set_text(texts[0], values[0])
        sv.set_text(texts[2], values[1])
        sv.set_text(texts[3], values[2])
        sv.do_action(dialog, 'form.save')
        sv.wait_for('the refused date', lambda: sv.find(dialog, role='alert'))

    def menu_buttons(node):
        # A GtkMenuButton shows as a push button holding the clickable one.
        return [n for n in sv.find_all(node, role='push button')
                if 'click' in sv.actions(n) and n.parent is not None
                and n.parent.roleName == 'push button']

    def open_main_menu():
        sv.do_action(menu_buttons(win)[0], 'click')
        settle(0.5)
        return sv.wait_for('the menu items', lambda: sv.find_all(app.node, role='menu item', prune=()))

    def menu_shot(name, button):
        sv.do_action(button, 'click')
        settle()
        shot(name)
        sv.do_action(button, 'click')  # a second click closes the menu
        settle(0.3)

    def date_picker(dialog):
        sv.do_action(menu_buttons(dialog)[0], 'click')

    def planner():
        return app.dialog(_('Interventiegesprek'), action=None)

    def planner_entry(title):
        return sv.wait_for(f'the field {title!r}', lambda: sv.find(planner(), role='text', name=_(title), prune=()))

    def planner_toggle(title):
        box = sv.wait_for(f'the switch {title!r}', lambda: sv.find(
            planner(), pred=lambda n: n.name.endswith(_(title)) and 'toggle' in sv.actions(n), prune=()))
        sv.do_action(box, 'toggle')

    def planner_scroll(clicks):
        # The planner is centred over the main window by the window manager.
        scroll(clicks, width // 2, height // 2)

    try:
        for name in screens:
            try:
                if name == '01-case-list':
                    case_list()
                    settle(1.0)
                    shot(name)
                elif name == '02-case-page-top' or name.endswith('-case') or name == '40-dark-case-page':
                    open_case()
                    shot(name)
                elif name.endswith('case-traject'):
                    show_case_traject()
                    shot(name)
                    tab('Cases')
                elif name.endswith('trajecten'):
                    show_trajecten()
                    shot(name)
                    tab('Cases')
                elif name == '03-case-page-household':
                    scroll(6)
                    shot(name)
                elif name == '04-case-page-journal':
                    scroll(60)
                    shot(name)
                    scroll(-80)
                elif name.endswith('new-case-dialog'):
                    dialog_shot(name, lambda: sv.do_action(win, 'win.new-case'))
                elif name == '05b-date-picker':
                    dialog_shot(name, lambda: sv.do_action(win, 'win.new-case'), then=date_picker)
                elif name == '15-main-menu':
                    menu_shot(name, menu_buttons(win)[0])
                elif name == '16-case-menu':
                    menu_shot(name, menu_buttons(page())[0])
                elif name == '06-new-case-refused-date':
                    dialog_shot(name, lambda: sv.do_action(win, 'win.new-case'), then=refused_date,
                                discard_shot='06b-discard-changes-question')
                elif name.endswith('member-dialog'):
                    if 'dark' in name:
                        open_case()
                    dialog_shot(name, lambda: sv.do_action(page(), 'case.add-member'))
                elif name == '08-consent-dialog':
                    dialog_shot(name, lambda: sv.do_action(page(), 'case.edit-consent'))
                elif name == '09-close-case-dialog':
                    dialog_shot(name, lambda: sv.do_action(page(), 'case.close'))
                elif name == '10-correction-dialog':
                    def open_correction():
                        lists = sv.find_all(page(), role='list')
                        button = sv.find(lists[-1], role='push button',
                                         pred=lambda n: 'click' in sv.actions(n))
                        sv.do_action(button, 'click')
                    dialog_shot(name, open_correction)
                elif name.endswith('meetings'):
                    tab('Meetings')
                    shot(name)
                    tab('Cases')
                elif name == '12-professionals':
                    tab('Professionals')
                    shot(name)
                    tab('Cases')
                elif name == '50-meeting-page':
                    prepare_meeting()
                    shot(name)
                elif name in ('51-chair', '56-chair-1366x768', '57-dark-chair'):
                    chair()
                    shot(name)
                elif name in ('52-projection', '58-dark-projection'):
                    projection = project()
                    # The second case: its question names the family, masked.
                    sv.do_action(chair(), 'chair.next')
                    settle()
                    shot(name)
                    sv.do_action(chair(), 'chair.previous')
                    sv.do_action(projection, 'projection.leave')
                    if projection in app.toplevels():
                        sv.do_action(projection, 'projection.leave')
                    settle()
                elif name == '53-chair-agreement':
                    capture_agreement()
                    shot(name)
                elif name == '54-close-meeting':
                    sv.click(chair(), L('_Close Meeting…'), prune=())
                    question = app.dialog(_('Close the Meeting?'), action=None)
                    settle()
                    shot(name)
                    sv.click(question, L('Close _Meeting'), prune=())
                    app.wait_gone(question)
                    settle()
                    sv.do_action(chair(), 'window.close')
                    settle()
                elif name == '55-case-agreements':
                    tab('Cases')
                    open_case(MEETING_CASES[0])
                    scroll(3)
                    shot(name)
                elif name == '70-planner-gate':
                    open_case(GESPREK_CASE)
                    sv.click(page(), L('_Plan Interventiegesprek…'), prune=())
                    planner()
                    settle(1.0)
                    planner_toggle('With the RvdK')
                    settle()
                    shot(name)
                elif name == '71-planner-normal':
                    sv.set_text(planner_entry('Veiligheidskaart sent to the RvdK on'), '20-11-2026')
                    joins = sv.wait_for('the RvdK joins', lambda: sv.find(planner(), pred=lambda n: n.name.startswith(
                        _('The RvdK joins')) and 'click' in sv.actions(n), prune=()))
                    sv.do_action(joins, 'click')
                    sv.set_text(planner_entry('Date of the conversation'), '26-11-2026')
                    sv.set_text(planner_entry('Start time (HH:MM)'), '14:00')
                    settle()
                    shot(name)
                elif name == '72-planner-late':
                    sv.set_text(planner_entry('Date of the conversation'), '05-12-2026')
                    settle()
                    planner_scroll(4)
                    shot(name)
                    sv.set_text(planner_entry('Date of the conversation'), '26-11-2026')
                    planner_scroll(-4)
                elif name == '73-planner-checklist':
                    planner_toggle('Security informed')
                    planner_toggle('Room reserved')
                    sv.set_text(planner_entry('Room'), 'Raadzaal')
                    planner_toggle('Plan is final')
                    sv.click(planner(), L('_Save'), prune=())
                    settle(1.5)
                    planner_scroll(40)
                    shot(name)
                elif name == '74-letter-editor':
                    who = _('Edit Letter: %s') % _('Parents and carers')
                    button = sv.wait_for('the letter', lambda: sv.find(
                        planner(), role='push button', pred=lambda n: who in n.name, prune=()))
                    sv.do_action(button, 'click')
                    editor = app.dialog(_('Letter: %s') % _('Parents and carers'), action=None)
                    settle(1.0)
                    shot(name)
                    sv.do_action(editor, 'window.close')
                    app.wait_gone(editor)
                elif name == '75-case-gesprekken':
                    window = planner()
                    sv.do_action(window, 'window.close')
                    app.wait_gone(window)
                    settle()
                    scroll(8)
                    shot(name)
                elif name == '76-letters':
                    # The letters as printed: --export-invitations on the
                    # database the app has open, each page as a PNG.
                    letters = tempfile.mkdtemp(prefix='sv-letters-')
                    subprocess.run([args.binary, '--database', run_db, '--export-invitations', '1',
                                    '--output', letters], env=env, check=True, stdout=subprocess.DEVNULL)
                    for i, pdf in enumerate(sorted(os.listdir(letters))):
                        stem = os.path.join(args.outdir, f'{name}-{i + 1}-{pdf[:-4]}')
                        subprocess.run(['pdftoppm', '-png', '-r', '80', '-singlefile',
                                        os.path.join(letters, pdf), stem], check=True)
                        print(f'saved {stem}.png', file=sys.stderr)
                    shutil.rmtree(letters, ignore_errors=True)
                elif name == '77-outcome':
                    # A conversation of another case, held two days ago.
                    open_case(MEETING_CASES[1])
                    sv.click(page(), L('_Plan Interventiegesprek…'), prune=())
                    planner()
                    settle(1.0)
                    sv.set_text(planner_entry('Date of the conversation'), '20-11-2026')
                    sv.set_text(planner_entry('Start time (HH:MM)'), '10:00')
                    planner_toggle('Independent chair')
                    sv.click(planner(), L('_Save'), prune=())
                    settle(1.0)
                    sv.click(planner(), L('_Record Outcome…'), prune=())
                    outcome = app.dialog(_('Outcome of the Interventiegesprek'), action=None)
                    for box in sv.find_all(outcome, pred=lambda n: 'toggle' in sv.actions(n), prune=()):
                        sv.do_action(box, 'toggle')
                    text = sv.wait_for('the outcome text', lambda: sv.find(
                        outcome, role='text', name=_('Outcome and agreements'), prune=()))
                    sv.tab_to(text)
                    sv.type_text('Ouders stemmen in met het veiligheidsplan; Yara praat elke week met de '
                                 'schoolmaatschappelijk werker. Over zes weken terug in het VeiligheidsTeam.')
                    settle()
                    shot(name)
                elif name == '78-outcome-in-card':
                    # Saved: the outcome is in the Veiligheidskaart too, the
                    # planner says so; its checklist tells the card's state.
                    outcome = app.dialog(_('Outcome of the Interventiegesprek'), action=None)
                    sv.click(outcome, L('_Save'), prune=())
                    app.wait_gone(outcome)
                    planner_scroll(40)
                    settle(0.5)
                    shot(name)
                    sv.do_action(planner(), 'window.close')
                elif name == '17-print-preview-journal':
                    open_case()
                    sv.do_action(page(), 'case.print-preview')
                    preview = app.window('preview.print')
                    settle(1.0)
                    shot(name)
                    sv.do_action(preview, 'window.close')
                    settle()
                elif name == '18-print-dialog-contents':
                    # The print dialog runs in a main loop of its own: the
                    # action answers only once it closes, so it is started
                    # aside and the dialog driven with keys.
                    import threading
                    open_case()
                    runner = threading.Thread(target=lambda: sv.do_action(page(), 'case.print'), daemon=True)
                    runner.start()
                    settle(3.0)
                    for _i in range(2):  # General, Page Setup, then ours (Inhoud)
                        sv.press('<Control>Page_Down')
                    settle()
                    shot(name)
                    sv.press('Escape')
                    runner.join(10)
                    settle()
                elif name == '13-preferences':
                    def open_preferences():
                        items = open_main_menu()
                        item = next((i for i in items if i.name == L('_Preferences')), items[0])
                        sv.do_action(item, 'click')
                    dialog_shot(name, open_preferences, action='window.close', close='window.close')
                elif name == '80-audit-log':
                    # A print preview first, so that the log shows more than
                    # the import and the opening.
                    open_case()
                    sv.do_action(page(), 'case.print-preview')
                    preview = app.window('preview.print')
                    settle(1.0)
                    sv.do_action(preview, 'window.close')
                    settle()
                    dialog_shot(name, lambda: sv.do_action(page(), 'case.audit-log'),
                                action='window.close', close='window.close')
                elif name == '81-share-guard':
                    open_case(NO_CONSENT_CASE)
                    sv.do_action(page(), 'case.print-preview')
                    question = app.dialog(_('No Consent to Share Names'), action=None)
                    settle()
                    shot(name)
                    sv.click(question, L('_Cancel'), prune=())
                    app.wait_gone(question)
                    settle()
                elif name == '82-erase-confirmation':
                    open_case(ERASE_CASE)
                    sv.do_action(page(), 'case.erase')
                    question = app.dialog(None, action=None)
                    settle()
                    shot(name)
                    sv.click(question, L('_Cancel'), prune=())
                    app.wait_gone(question)
                    settle()
                elif name == '14-shortcuts':
                    dialog_shot(name, lambda: sv.do_action(win, 'win.show-help-overlay'),
                                action='window.close', close='window.close')
                elif name == '60-card-top':
                    open_card()
                    card_scroll_to(0)
                    shot(name)
                elif name.endswith('card-scores'):
                    open_card()
                    card_scroll_to(CARD_SCROLL['scores'])
                    shot(name)
                elif name == '62-card-agreements':
                    open_card()
                    card_scroll_to(CARD_SCROLL['agreements'])
                    shot(name)
                elif name == '63-card-sharing':
                    open_card()
                    card_scroll_to(150)
                    shot(name)
                elif name == '64-card-definitief-refused':
                    window = open_card()
                    sv.do_action(window, 'card.make-definitief')
                    question = app.dialog(_('Not Yet Definitief'), action=None)
                    settle()
                    shot(name)
                    sv.click(question, L('_Close'), prune=())
                    app.wait_gone(question)
                elif name == '65-card-compare':
                    window = open_card()
                    sv.do_action(window, 'card.make-concept')
                    settle()
                    node = card_field('Reason')
                    extra = ' Sinds de zomer is vader zijn baan kwijt.'
                    node.queryEditableText().insertText(node.queryText().characterCount, extra,
                                                        len(extra.encode('utf-8')))
                    node = card_field('Voice of the youth')
                    node.queryEditableText().setTextContents('“Ik wil dat papa stopt met schreeuwen. Bij oma is het '
                                                             'rustig, daar kan ik slapen.”')
                    sv.do_action(window, 'card.save')
                    settle()
                    card_scroll_to(150)
                    sv.click(window, L('C_ompare'), prune=())
                    compare = sv.wait_for('the comparison', lambda: next(
                        (w for w in app.toplevels() if w.name == _('Compare Versions')), None))
                    settle()
                    shot(name)
                    sv.do_action(compare, 'window.close')
                    settle()
                elif name.endswith('-list'):
                    case_list()
                    settle(1.0)
                    shot(name)
                else:
                    raise sv.Failure('no recipe for this screen')
            except Exception as exc:
                status = 1
                print(f'FAILED {name}: {exc}', file=sys.stderr)
                sv.screenshot(os.path.join(args.outdir, name + '-FAILED.png'))
                # Close whatever dialog is left open before the next screen.
                for w in others():
                    try:
                        acts = sv.actions(w)
                        close_dialog(w, 'form.cancel' if 'form.cancel' in acts else 'window.close')
                    except Exception:
                        pass
                settle()
    finally:
        app.kill()
        if wm is not None:
            wm.terminate()
        shutil.rmtree(config_home, ignore_errors=True)
        if os.path.exists(log_path) and os.path.getsize(log_path) == 0:
            os.remove(log_path)  # the app said nothing
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('outdir')
    parser.add_argument('--lang', default='nl')
    parser.add_argument('--binary', default=os.path.join(SOURCE_ROOT, 'build', 'src', 'samenveilig'))
    parser.add_argument('--schema-dir', default=os.path.join(SOURCE_ROOT, 'build', 'data'))
    parser.add_argument('--demo', default=os.path.join(SOURCE_ROOT, 'data', 'demo.json'))
    parser.add_argument('--locale', default='auto',
                        help='LC_ALL for the app; auto: nl_NL.UTF-8 for --lang nl when localedef can make it')
    parser.add_argument('--locpath', default=None, help=argparse.SUPPRESS)
    parser.add_argument('--only', default=None, help='only screens whose name starts with this')
    parser.add_argument('--worker', default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.outdir = os.path.abspath(args.outdir)
    args.binary = os.path.abspath(args.binary)
    args.schema_dir = os.path.abspath(args.schema_dir)
    args.demo = os.path.abspath(args.demo)
    return worker(args) if args.worker else parent(args)


if __name__ == '__main__':
    sys.exit(main())
