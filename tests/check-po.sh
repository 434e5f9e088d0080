#!/bin/bash
# Every string a user can see has a Dutch translation, none fuzzy — also the
# strings added to the sources since po/nl.po was last merged, and every
# source file with translatable strings is listed in po/POTFILES.in.
# Usage: check-po.sh SOURCE_ROOT
set -eu
root=$1
cd "$root"

stats=$(msgfmt --check --statistics -o /dev/null po/nl.po 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*|*error*) exit 1 ;;
esac

missing=$(grep -rlE '(^|[^A-Za-z_])(_|N_|C_|NC_)\(' src | sort | comm -23 - <(grep -v '^#' po/POTFILES.in | sort) || true)
uimissing=$(grep -rl 'translatable="yes"' ui data | sort | comm -23 - <(grep -v '^#' po/POTFILES.in | sort) || true)
if [ -n "$missing$uimissing" ]; then
  echo "not in po/POTFILES.in (run .ci/update-potfiles): $missing $uimissing"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --files-from=po/POTFILES.in --directory=. --output="$tmp/current.pot" \
  --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 2>/dev/null
# msgcmp counts untranslated and fuzzy entries as missing.
if ! msgcmp po/nl.po "$tmp/current.pot"; then
  echo "po/nl.po lacks strings of the sources: ninja -C build samenveilig-update-po, then translate"
  exit 1
fi
