#!/usr/bin/env bash
# The team price book's speed beside a file's (issue 19), whole processes, median of RUNS:
#   1. the window's first painted frame on a 100,000-offer book: SQLite file vs PostgreSQL
#      over a local socket (target: at most 2x the file);
#   2. `gpucompare import` of a generated 50,000-row SkyPilot catalog into the bundled book:
#      file vs database (target: at most 3x the file).
# A form save reaching a second window within 2 s is asserted by the widget test
# TeamBookWindow.AnotherMembersCommitShowsWithinTwoSecondsNamingThemAndKeepsTheSelection.
#
#   bash tools/benchmark_team_book.sh [RUNS]     (after a build; starts its own server)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
binary=build/app/gpucompare
[[ -x $binary ]] || { echo "build first: bash scripts/dev.sh build" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

work=$(mktemp -d)
server="$work/server"
trap 'bash scripts/test-postgres.sh stop "$server" >/dev/null 2>&1; rm -rf "$work"' EXIT
bash scripts/test-postgres.sh start "$server" >/dev/null
admin=$(cat "$server/uri")
db_uri() { echo "${admin/\/postgres\?//$1?}"; }
psql_admin() { psql "$admin" -qAtc "$1" >/dev/null; }

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
first_frame_ms() {
    local start end
    start=$(now_ms)
    end=$(GPUCOMPARE_QUIT_AFTER_FIRST_FRAME=1 XDG_CONFIG_HOME="$work/config" "$binary" --db "$1" 2>/dev/null |
        sed -n 's/^first-frame-epoch-ms //p')
    echo $((end - start))
}

echo "== making a 100,000-offer book (file, then copied to the server)"
build/tests/benchmarks/generate_pricebook 100000 "$work/big.sqlite" >/dev/null
psql_admin "CREATE DATABASE big"
"$binary" copy "$work/big.sqlite" "$(db_uri big)" >/dev/null
file_frames=(); team_frames=()
for ((i = 0; i < runs; i++)); do
    file_frames+=("$(first_frame_ms "$work/big.sqlite")")
    team_frames+=("$(first_frame_ms "$(db_uri big)")")
done
file_frame=$(printf '%s\n' "${file_frames[@]}" | median)
team_frame=$(printf '%s\n' "${team_frames[@]}" | median)

echo "== importing 50,000 rows"
python3 tools/generate_skypilot_catalog.py 50000 "$work/vms.csv"
XDG_DATA_HOME="$work/data" "$binary" export - >/dev/null
bundled="$work/data/gpucompare/gpucompare/pricebook.sqlite"
file_imports=(); team_imports=()
for ((i = 0; i < runs; i++)); do
    cp "$bundled" "$work/run.sqlite"
    start=$(now_ms)
    "$binary" import "$work/vms.csv" --provider AWS --db "$work/run.sqlite" >/dev/null
    file_imports+=($(($(now_ms) - start)))
    psql_admin "CREATE DATABASE run$i"
    "$binary" copy "$bundled" "$(db_uri run$i)" >/dev/null
    start=$(now_ms)
    "$binary" import "$work/vms.csv" --provider AWS --db "$(db_uri run$i)" >/dev/null
    team_imports+=($(($(now_ms) - start)))
done
file_import=$(printf '%s\n' "${file_imports[@]}" | median)
team_import=$(printf '%s\n' "${team_imports[@]}" | median)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "first frame, 100,000 offers:  file ${file_frame} ms   PostgreSQL ${team_frame} ms   ($(ratio "$team_frame" "$file_frame")x; target <= 2x)"
echo "import, 50,000 rows:          file ${file_import} ms   PostgreSQL ${team_import} ms   ($(ratio "$team_import" "$file_import")x; target <= 3x)"
