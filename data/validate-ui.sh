#!/bin/bash
# validate-ui.sh TOOL UI-DIR [PRELOAD.so]: run `gtk4-builder-tool validate` on
# every .ui file under UI-DIR and report in TAP (meson test, protocol 'tap').
#
# gtk4-builder-tool knows GTK types only; PRELOAD.so (validate-ui-preload.c)
# registers the libadwaita types too. What it still cannot check:
#   - <signal> handlers: the tool looks them up in its own binary, so signal
#     elements are stripped from a copy before validation (line numbers kept);
#   - functions of the application in <closure> (or a multi-line <signal>);
#   - our own Sv* types (children, template parents, <lookup type=…>,
#     properties of the template class itself).
# Such a file is reported as SKIP with the reason; any other error fails.
# The tool needs a display: without one the script re-runs itself under
# xvfb-run.
set -euo pipefail

tool=$1
ui_dir=$2
preload=${3:-}

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  if command -v xvfb-run >/dev/null; then
    exec xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' "$0" "$@"
  fi
  echo '1..0 # SKIP no display and no xvfb-run'
  exit 0
fi

mapfile -t files < <(find "$ui_dir" -name '*.ui' -type f | LC_ALL=C sort)
if (( ${#files[@]} == 0 )); then
  echo "1..0 # SKIP no .ui files in $ui_dir"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export GTK_A11Y=none
echo "1..${#files[@]}"
n=0
for f in "${files[@]}"; do
  n=$((n + 1))
  name=${f#"$ui_dir"/}
  copy="$tmp/$(basename "$f")"
  # Self-closing <signal …/> elements, one per line as GTK writes them.
  sed -E 's#<signal[^>]*/>##g' "$f" > "$copy"
  template=$(sed -nE 's/.*<template[^>]*class="([^"]+)".*/\1/p' "$copy" | head -n 1)

  if out=$(env ${preload:+LD_PRELOAD="$preload"} "$tool" validate "$copy" 2>&1); then
    echo "ok $n - $name"
    continue
  fi
  out=${out//"$copy"/$name}
  if [[ $out =~ Invalid\ (object\ )?type\ \'(Sv[A-Za-z0-9]*)\' ]]; then
    echo "ok $n - $name # SKIP uses ${BASH_REMATCH[2]}, unknown to gtk4-builder-tool"
  elif [[ $out =~ template\ parent\ type\ (Sv[A-Za-z0-9]*) ]]; then
    echo "ok $n - $name # SKIP derives from ${BASH_REMATCH[1]}, unknown to gtk4-builder-tool"
  elif [[ $out =~ No\ function\ named\ .([A-Za-z0-9_]+) ]]; then
    echo "ok $n - $name # SKIP calls ${BASH_REMATCH[1]}() of the application"
  elif [[ -n $template && $out == *"Invalid property: $template."* ]]; then
    echo "ok $n - $name # SKIP sets a property of $template itself"
  else
    echo "not ok $n - $name"
    while IFS= read -r line; do echo "# $line"; done <<<"$out"
  fi
done
