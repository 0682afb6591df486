#!/bin/sh
# The German translations are complete for the sources as they are now: lupdate refreshes copies
# of translations/releasedesk_de.ts (from ui/ and app/gui/), releasedesk-cli_de.ts (from app/cli/)
# and releasedesk-core_de.ts (from core/), so a new or changed string arrives unfinished;
# translations/check_ts.py then fails on any unfinished or empty entry, a lost placeholder, a
# broken mnemonic or a count written as "(s)" without %n. The *_en.ts files hold the English
# plural forms and are checked the same way.
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
cp "$root/translations/releasedesk-cli_de.ts" "$work/releasedesk-cli_de.ts"
"$lupdate" -silent -no-obsolete -locations none "$root/app/cli" -ts "$work/releasedesk-cli_de.ts"
"$python" "$root/translations/check_ts.py" "$work/releasedesk-cli_de.ts"
cp "$root/translations/releasedesk-core_de.ts" "$work/releasedesk-core_de.ts"
"$lupdate" -silent -no-obsolete -locations none "$root/core" -ts "$work/releasedesk-core_de.ts"
"$python" "$root/translations/check_ts.py" "$work/releasedesk-core_de.ts"
# English: only the plural forms ("1 file", "3 files"), refreshed with -pluralonly.
for pair in "releasedesk_en.ts:$root/ui $root/app/gui" "releasedesk-cli_en.ts:$root/app/cli" "releasedesk-core_en.ts:$root/core"; do
    file=${pair%%:*}
    sources=${pair#*:}
    cp "$root/translations/$file" "$work/$file"
    # shellcheck disable=SC2086 # the source folders are separate words
    "$lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en $sources -ts "$work/$file"
    "$python" "$root/translations/check_ts.py" "$work/$file"
done
