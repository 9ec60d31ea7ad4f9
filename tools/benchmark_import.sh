#!/usr/bin/env bash
# Import speed against the floor: `gpucompare import` of a generated 50,000-row SkyPilot AWS
# catalog versus sqlite3's own `.import --csv` of the same file into a bare table. Both are
# whole processes on a fresh copy of their database; the median of RUNS runs is reported.
#
#   bash tools/benchmark_import.sh [ROWS] [RUNS]      (after a build: bash scripts/dev.sh build)
#
# Target (issue 6): gpucompare at most 2x sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-50000}
runs=${2:-5}
binary=build/app/gpucompare
[[ -x $binary ]] || { echo "build first: bash scripts/dev.sh build" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt install sqlite3)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tools/generate_skypilot_catalog.py "$rows" "$work/vms.csv"
# The bundled book, as a first start makes it (export refuses a --db that does not exist).
QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" "$binary" export - >/dev/null
cp "$work/data/gpucompare/gpucompare/pricebook.sqlite" "$work/book.sqlite"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ours=()
floor=()
for ((i = 0; i < runs; i++)); do
    cp "$work/book.sqlite" "$work/run.sqlite"
    start=$(now_ms)
    QT_QPA_PLATFORM=offscreen "$binary" import "$work/vms.csv" --provider AWS --db "$work/run.sqlite" >/dev/null
    ours+=($(($(now_ms) - start)))

    rm -f "$work/bare.db"
    start=$(now_ms)
    sqlite3 "$work/bare.db" ".import --csv $work/vms.csv vms"
    floor+=($(($(now_ms) - start)))
done
ours_ms=$(printf '%s\n' "${ours[@]}" | median)
floor_ms=$(printf '%s\n' "${floor[@]}" | median)
ratio=$(awk -v a="$ours_ms" -v b="$floor_ms" 'BEGIN {printf "%.2f", a / b}')
verdict=$(awk -v r="$ratio" 'BEGIN {print (r <= 2.0) ? "met" : "MISSED"}')
printf '%-40s %10s %10s %7s %7s %s\n' figure "value ms" "floor ms" ratio target verdict
printf '%-40s %10s %10s %7s %7s %s\n' "import ${rows}-row SkyPilot AWS catalog" "$ours_ms" \
    "$floor_ms" "$ratio" "<= 2" "$verdict"
