#!/bin/sh
# Every string a user can see has a Dutch translation, none fuzzy.
set -eu
stats=$(msgfmt --check --statistics -o /dev/null "$1" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*|*error*) exit 1 ;;
esac
