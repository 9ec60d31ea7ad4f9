#!/usr/bin/env bash
# scripts/check-skips.sh passes a report whose skips are all allowed, and fails (naming the test)
# on one that is not.
set -euo pipefail
check=${1:?path of check-skips.sh}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat >"$dir/allowed.txt" <<'LIST'
# a comment
core_tests.Allowed.Skip
LIST
report() {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="Linux" tests="3">\n'
    printf '\t<testcase name="core_tests.Ran.Fine" classname="core_tests.Ran.Fine" time="0.1" status="run">\n\t</testcase>\n'
    printf '\t<testcase name="core_tests.Allowed.Skip" classname="core_tests.Allowed.Skip" time="0.1" status="notrun">\n\t\t<skipped message="SKIP_REGULAR_EXPRESSION_MATCHED"/>\n\t</testcase>\n'
    [ $# -gt 0 ] && printf '\t<testcase name="%s" classname="%s" time="0.1" status="notrun">\n\t\t<skipped message="SKIP_REGULAR_EXPRESSION_MATCHED"/>\n\t</testcase>\n' "$1" "$1"
    printf '</testsuite>\n'
}
report >"$dir/ok.xml"
bash "$check" "$dir/ok.xml" "$dir/allowed.txt" >"$dir/ok.out" || { cat "$dir/ok.out"; echo "FAIL: allowed skips refused"; exit 1; }
grep -q "core_tests.Allowed.Skip (allowed)" "$dir/ok.out" || { echo "FAIL: the skip is not listed"; exit 1; }

report widget_tests.New.Skip >"$dir/bad.xml"
if bash "$check" "$dir/bad.xml" "$dir/allowed.txt" >"$dir/bad.out" 2>&1; then
    cat "$dir/bad.out"
    echo "FAIL: a skip not on the allow-list passed"
    exit 1
fi
grep -q "widget_tests.New.Skip (NOT ALLOWED)" "$dir/bad.out" || { cat "$dir/bad.out"; echo "FAIL: the unexpected skip is not named"; exit 1; }

if bash "$check" "$dir/missing.xml" "$dir/allowed.txt" >/dev/null 2>&1; then
    echo "FAIL: a missing report passed"
    exit 1
fi
echo "check-skips: allowed skips pass, an unexpected one fails, a missing report fails"
