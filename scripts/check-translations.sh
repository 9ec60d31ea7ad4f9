#!/usr/bin/env bash
# Every translatable string of the sources has a translation in each catalogue, in the words of
# translations/GLOSSARY.md: lupdate runs on a copy of the catalogue (the repository's file is
# not touched) and
#   - no entry may be left unfinished (the untranslated source texts are listed), and
#   - no translation may be its English source left as is, hold an English word the glossary
#     does not keep in English, or use a word the glossary rejects for one of its terms
#     (scripts/lib/check-glossary.py; each failing message is listed with the reason).
#
#   bash scripts/check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
glossary="$source_dir/translations/GLOSSARY.md"
checker="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/check-glossary.py"
if ! command -v python3 >/dev/null; then
    echo "check-translations: the glossary check needs python3 (bash scripts/dev.sh test installs it)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source_dir"/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # gpucompare_en.ts holds English plural forms only ("1 row", "2 rows").
    plural_only=()
    case "$ts" in *_en.ts) plural_only=(-pluralonly) ;; esac
    (cd "$source_dir" && "$lupdate" -silent "${plural_only[@]}" -no-obsolete -locations none app widgets core database -ts "$copy")
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<source>' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts"): $unfinished of $total strings have no translation:"
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//' | head -50
        status=1
    else
        echo "$(basename "$ts"): all $total strings translated"
    fi
    if [ ${#plural_only[@]} -eq 0 ]; then
        python3 "$checker" "$glossary" "$copy" "$(basename "$ts")" || status=1
    fi
done
exit $status
