#!/usr/bin/env bash
# Every translatable string of the sources has a translation in each catalogue: lupdate runs on
# a copy of the catalogue (the repository's file is not touched) and no entry may be left
# unfinished. Fails with the untranslated source texts listed.
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source_dir"/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$source_dir" && "$lupdate" -silent -no-obsolete -locations none app widgets core database -ts "$copy")
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<source>' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts"): $unfinished of $total strings have no translation:"
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//' | head -50
        status=1
    else
        echo "$(basename "$ts"): all $total strings translated"
    fi
done
exit $status
