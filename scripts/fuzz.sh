#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time (default 60 s each, side by side) on its corpus: the import
# fixtures (every format and every malformed kind) and tests/fuzz/regressions/, plus what earlier
# runs found in build-fuzz/corpus/. A crash fails the run and leaves its input in
# build-fuzz/artifacts/; copy it into tests/fuzz/regressions/, where a unit test replays it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=lib/ccache-env.sh
source "$ROOT/scripts/lib/ccache-env.sh"
seconds=${1:-60}

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing clang and libFuzzer"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-dev >/dev/null
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

mkdir -p build-fuzz/artifacts
# Each fuzzer runs on one core: the two run side by side, each for the whole time.
fuzz() {
    local target=$1
    local corpus="build-fuzz/corpus/$target"
    mkdir -p "$corpus"
    "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$target-" \
        "$corpus" tests/fixtures/import tests/fixtures/import/malformed tests/fuzz/regressions \
        2>"build-fuzz/$target.log"
}
targets=(fuzz_csv_reader fuzz_catalog_import)
declare -A pids
for target in "${targets[@]}"; do
    echo "== $target, ${seconds} s"
    fuzz "$target" &
    pids[$target]=$!
done
status=0
for target in "${targets[@]}"; do
    if ! wait "${pids[$target]}"; then
        tail -40 "build-fuzz/$target.log" >&2
        echo "$target found a crash: see build-fuzz/artifacts/; add the input to tests/fuzz/regressions/" >&2
        status=1
    fi
    echo "== $target"
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" "build-fuzz/$target.log" || true
done
exit $status
