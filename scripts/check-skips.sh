#!/usr/bin/env bash
# Lists the tests that skipped in a CTest run (from its JUnit report, ctest --output-junit) and
# fails when one of them is not on the allow-list (tests/allowed-skips.txt): a skipped test
# proves nothing, so a new skip must be a decision written down, never an accident.
#
#   bash scripts/check-skips.sh build/ctest-junit.xml
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
report=${1:?usage: check-skips.sh JUNIT_REPORT}
allowed_file=${2:-$ROOT/tests/allowed-skips.txt}
[ -s "$report" ] || { echo "check-skips: no test report at $report" >&2; exit 1; }

mapfile -t allowed < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$allowed_file" | grep -v '^$' || true)
# One <testcase name="..."> element per test; CTest 3.25 gives a skipped one (GTEST_SKIP through
# gtest_discover_tests' SKIP_REGULAR_EXPRESSION, or SKIP_RETURN_CODE) a <skipped .../> child.
mapfile -t skipped < <(awk '
    /<testcase / { match($0, / name="[^"]*"/); name = substr($0, RSTART + 7, RLENGTH - 8) }
    /<skipped/ && name != "" { print name; name = "" }
    /<\/testcase>/ { name = "" }' "$report" | sort -u)

if [ ${#skipped[@]} -eq 0 ]; then
    echo "Skipped tests: none"
    exit 0
fi
echo "Skipped tests (${#skipped[@]}):"
unexpected=0
for test in "${skipped[@]}"; do
    mark="allowed"
    found=0
    for entry in "${allowed[@]}"; do
        [ "$test" = "$entry" ] && found=1 && break
    done
    if [ $found -eq 0 ]; then
        mark="NOT ALLOWED"
        unexpected=$((unexpected + 1))
    fi
    echo "  $test ($mark)"
done
if [ $unexpected -gt 0 ]; then
    echo "check-skips: $unexpected test(s) skipped that are not on $(basename "$allowed_file"); make them run, or add them there with the reason" >&2
    exit 1
fi
