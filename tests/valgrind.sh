#!/bin/bash
# valgrind.sh [BUILDDIR]: memcheck over start-up and a scripted session, in
# the normal build (build/ by default), not part of the test suite (it takes
# minutes). Passes when valgrind finds no invalid read or write and no
# definite leak; GLib's and GTK's own suppressions cover their one-off
# allocations, tests/valgrind.supp fontconfig's caches.
# Logs go to BUILDDIR/meson-logs/valgrind-*.log.
#   1. The command line: --import of data/demo.json into a new database,
#      --export, --export-ics, --export-overview, --export-agenda, --backup.
#   2. The app under Xvfb (needs a session bus; run it as
#      `dbus-run-session -- xvfb-run -a tests/valgrind.sh`): the case list,
#      the first case opened, the window closed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
app=$build/src/samenveilig
logs=$build/meson-logs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

supp=(--suppressions="$root/tests/valgrind.supp")
for s in /usr/share/glib-2.0/valgrind/glib.supp /usr/share/gtk-4.0/valgrind/gtk.supp; do
  [[ -f $s ]] && supp+=(--suppressions="$s")
done
vg=(valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite
    --errors-for-leak-kinds=definite --error-exitcode=99 --num-callers=30
    "${supp[@]}")
export G_SLICE=always-malloc G_DEBUG=gc-friendly GSETTINGS_BACKEND=memory
export LANGUAGE=C LC_ALL=C.UTF-8 TZ=Europe/Amsterdam SV_TODAY=2026-11-22
failed=0

summary() {  # name logfile
  local definite errors
  definite=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes in \([0-9,]*\) blocks.*/\1 bytes in \2 blocks/p' "$2" | tail -n 1)
  errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$2" | tail -n 1)
  echo "valgrind: $1: ${errors:-?} errors, definitely lost: ${definite:-0 bytes}"
}

run_cli() {  # name args...
  local name=$1; shift
  local log=$logs/valgrind-$name.log
  if ! env -u DISPLAY -u WAYLAND_DISPLAY "${vg[@]}" --log-file="$log" "$app" "$@" >/dev/null 2>&1; then
    echo "valgrind: $name FAILED, see $log"
    failed=1
  fi
  summary "$name" "$log"
}

db=$work/sv.db
run_cli import --database "$db" --import "$root/data/demo.json"
run_cli export --database "$db" --export "$work/all.json"
run_cli export-ics --database "$db" --export-ics "$work/all.ics"
run_cli export-overview --database "$db" --export-overview 2026-0001 --output "$work/o.pdf" --journal
meeting=$(sqlite3 "$db" 'SELECT id FROM meetings ORDER BY id LIMIT 1' 2>/dev/null || true)
if [[ -n $meeting ]]; then
  run_cli export-agenda --database "$db" --export-agenda "$meeting" --output "$work/a.pdf"
else
  echo "valgrind: export-agenda skipped: the demonstration cases have no meeting"
fi
run_cli backup --database "$db" --backup "$work/backup.db"

if [[ -n ${DISPLAY:-} && -n ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
  log=$logs/valgrind-app.log
  export SV_VALGRIND="${vg[*]} --log-file=$log"
  export SV_VALGRIND_APP_LOG=$logs/valgrind-app-output.log
  if ! /usr/bin/python3 "$root/tests/valgrind-session.py" "$app" "$build/data" "$db"; then
    echo "valgrind: app session FAILED, see $log and $SV_VALGRIND_APP_LOG"
    failed=1
  fi
  summary "app: start, open a case, close" "$log"
else
  echo "valgrind: no display or session bus: the app session is skipped"
fi
exit $failed
