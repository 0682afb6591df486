#!/bin/sh
# The German translation is complete for the sources as they are now: lupdate refreshes a copy of
# translations/releasedesk_de.ts from ui/ and app/gui/ (a new or changed tr() string arrives
# unfinished), then translations/check_ts.py fails on any unfinished or empty entry, a lost
# placeholder or a broken mnemonic.
#   check_translations.sh REPO_ROOT LUPDATE PYTHON
set -eu
root=$1
lupdate=$2
python=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/translations/releasedesk_de.ts" "$work/releasedesk_de.ts"
"$lupdate" -silent -no-obsolete -locations none "$root/ui" "$root/app/gui" -ts "$work/releasedesk_de.ts"
"$python" "$root/translations/check_ts.py" "$work/releasedesk_de.ts"
