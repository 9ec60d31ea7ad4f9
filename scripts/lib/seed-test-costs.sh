# Sourced by dev.sh and sanitize.sh: seed_test_costs BUILD_DIR gives a build that has never run
# its tests ctest's cost file from tests/test-costs.txt, so the first run (CI's, on a clean
# clone) starts the slowest tests first instead of in declaration order: with two cores, the
# long drills then run beside the many short tests rather than alone at the end.
seed_test_costs() {
    local costs="$1/Testing/Temporary/CTestCostData.txt"
    [ -f "$costs" ] && return 0
    mkdir -p "$(dirname "$costs")"
    # ctest's format: "name runs average-seconds", then a line "---" and the tests that failed.
    grep -v '^#' "$ROOT/tests/test-costs.txt" | awk 'NF == 2 { print $1, 1, $2 }' > "$costs"
    echo "---" >> "$costs"
}
