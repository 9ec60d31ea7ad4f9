#!/usr/bin/env bash
# The layers' seams (issue 31; the rules are in check-seams.pl). Breaches the tree still has
# are listed in scripts/seams-baseline.txt, each to be removed with its fix: the check fails
# on a breach that is not listed (a new one) and on a listed one that is gone (so the list
# only shrinks).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
baseline="$ROOT/scripts/seams-baseline.txt"
found=$(perl "$ROOT/scripts/check-seams.pl" "$ROOT")
# An empty list (every breach fixed) is no error: grep finding no line must not stop the script.
listed=$({ grep -v '^#' "$baseline" || true; } | sed '/^$/d' | sort)
new=$(comm -23 <(printf '%s\n' "$found" | sed '/^$/d' | sort) <(printf '%s\n' "$listed"))
gone=$(comm -13 <(printf '%s\n' "$found" | sed '/^$/d' | sort) <(printf '%s\n' "$listed"))
status=0
if [ -n "$new" ]; then
    echo "New breaches of the layers' seams (see scripts/check-seams.pl for the rules):"
    printf '  %s\n' "$new"
    status=1
fi
if [ -n "$gone" ]; then
    echo "Fixed, so remove from scripts/seams-baseline.txt:"
    printf '  %s\n' "$gone"
    status=1
fi
if [ $status -eq 0 ] && [ -z "$listed" ]; then
    echo "Seams: no breach, and none listed in scripts/seams-baseline.txt."
elif [ $status -eq 0 ]; then
    echo "Seams: no new breach; $(printf '%s\n' "$listed" | sed '/^$/d' | wc -l) listed in scripts/seams-baseline.txt still to fix."
fi
exit $status
