#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UBSan (the "asan" preset, build-asan/).
# Any finding aborts its test, and the suite fails. (ASAN_OPTIONS in CMakePresets.json leaves
# out strict_string_checks: libxkbcommon-x11 hands strndup an unterminated buffer of exact
# length, which that check reports inside the X11 platform plugin.) Leaks inside system libraries we do not
# build are listed in tests/sanitizers/lsan.supp; ours are not.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=lib/ccache-env.sh
source "$ROOT/scripts/lib/ccache-env.sh"
# shellcheck source=lib/seed-test-costs.sh
source "$ROOT/scripts/lib/seed-test-costs.sh"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
status=0
seed_test_costs "$ROOT/build-asan"
ctest --preset asan -j "$(nproc)" --output-junit "$ROOT/build-asan/ctest-junit.xml" "$@" || status=$?
bash "$ROOT/scripts/check-skips.sh" "$ROOT/build-asan/ctest-junit.xml" || status=1
exit $status
