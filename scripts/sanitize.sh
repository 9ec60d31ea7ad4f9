#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UBSan (the "asan" preset, build-asan/).
# Any finding aborts its test, and the suite fails. (ASAN_OPTIONS in CMakePresets.json leaves
# out strict_string_checks: libxkbcommon-x11 hands strndup an unterminated buffer of exact
# length, which that check reports inside the X11 platform plugin.) Leaks inside system libraries we do not
# build are listed in tests/sanitizers/lsan.supp; ours are not.
#
# The three kill drills (Drills.KilledDuring…) run in the plain suite only. They SIGKILL the
# program at twenty moments, and a killed process never reaches the sanitizers' report; what
# they run to the end (the import, the migration, the update, the reopen of a book a kill left
# unfinished) the sanitized suite runs in its own tests (ImportTest, PriceBookOpen.Migrating…,
# cli_tests.Updates, Drills.AChangeLeftUnfinishedByACrash…). They were a quarter of this part.
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
ctest --preset asan -j "$(nproc)" -E '^cli_tests\.Drills\.KilledDuring' --output-junit "$ROOT/build-asan/ctest-junit.xml" "$@" || status=$?
bash "$ROOT/scripts/check-skips.sh" "$ROOT/build-asan/ctest-junit.xml" || status=1
exit $status
