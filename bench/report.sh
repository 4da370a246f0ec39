#!/usr/bin/env bash
# The annual report at scale beside its floor (a documented command, not a timed test).
#
#   bench/report.sh [SIZE...]                       # default: 10000 30000 indicators, SQLite
#   PG_URL=postgres://postgres@127.0.0.1:5432 bench/report.sh 10000
#   BIN=/path/to/older/stratrack bench/report.sh    # another build, same databases
#   KIND=assessment bench/report.sh 10000            # the four-year assessment instead of the annual report
#
# For each size it builds (once, kept in $BENCH_DIR, default /tmp/stratrack-bench) a database holding only
# `stratrack bench-data --indicators SIZE --years 4 --disaggregations 24` (SIZE x 100 approved values), then
# in the same run, alternating, measures 5 times each:
#   floor:  the database's own shell aggregating the approved headline values by indicator and year
#           (sqlite3, or psql with PG_URL), output discarded;
#   report: `stratrack report --plan BENCH --year 2031` (with KIND=assessment, `stratrack report --assessment
#           --plan BENCH`: the years 2028-2031 side by side) into a fresh folder (wall time and peak RSS of the
#           whole process, by GNU time).
# It prints the medians, the ratio report/floor, the peak RSS, the sha256 of the manifest, and with two sizes
# or more the marginal cost per indicator between the first two. The machine (CPU model, cores, load
# average) is printed first. Release build of the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 30000)
RUNS=${RUNS:-5}
KIND=${KIND:-annual}
case "$KIND" in
    annual) REPORT_ARGS=(report --plan BENCH --year 2031) ;;
    assessment) REPORT_ARGS=(report --assessment --plan BENCH) ;;
    *) echo "KIND is annual or assessment" >&2; exit 1 ;;
esac
DIR=${BENCH_DIR:-/tmp/stratrack-bench}
mkdir -p "$DIR"
# BIN=path/to/stratrack measures that binary instead (an older build, for a before/after in the same hour).
if [ -n "${BIN:-}" ]; then
    B=$(realpath "$BIN")
else
    cargo build --release -q -p stratrack
    B=$PWD/target/release/stratrack
fi
for tool in /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench/report.sh needs $tool" >&2; exit 1; }
done
if [ -n "${PG_URL:-}" ]; then
    command -v psql >/dev/null || { echo "bench/report.sh needs psql for PG_URL" >&2; exit 1; }
else
    command -v sqlite3 >/dev/null || { echo "bench/report.sh needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
fi
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $B"
echo "report: ${REPORT_ARGS[*]}"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"

FLOOR_SQL="SELECT indicator_id, year, SUM(value), COUNT(*) FROM measurements WHERE state = 'approved' AND disaggregation = '' GROUP BY indicator_id, year"

median() { python3 -c 'import sys,statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
max() { python3 -c 'import sys; print(max(int(x) for x in sys.argv[1:]))' "$@"; }

declare -A REPORT_S
for n in "${SIZES[@]}"; do
    if [ -n "${PG_URL:-}" ]; then
        name="stratrack_bench_$n"
        url="${PG_URL%/}/$name"
        if ! psql "${PG_URL%/}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
            psql -q "${PG_URL%/}/postgres" -c "CREATE DATABASE $name"
            DATABASE_URL=$url "$B" migrate >/dev/null 2>&1
            echo "bench-data $n on PostgreSQL: $( { /usr/bin/time -f '%e s' env DATABASE_URL="$url" "$B" bench-data --indicators "$n" --years 4 --disaggregations 24 >/dev/null; } 2>&1 | tail -1)"
        fi
        floor_cmd=(psql -q "$url" -o /dev/null -c "$FLOOR_SQL")
    else
        db="$DIR/bench-$n.db"
        url="sqlite://$db?mode=rwc"
        if [ ! -f "$db.done" ]; then
            rm -f "$db" "$db-wal" "$db-shm"
            DATABASE_URL=$url "$B" migrate >/dev/null 2>&1
            echo "bench-data $n on SQLite: $( { /usr/bin/time -f '%e s' env DATABASE_URL="$url" "$B" bench-data --indicators "$n" --years 4 --disaggregations 24 >/dev/null; } 2>&1 | tail -1)"
            touch "$db.done"
        fi
        cat "$db" >/dev/null
        floor_cmd=(sqlite3 "$db" "$FLOOR_SQL")
    fi
    floors=() walls=() peaks=()
    for _ in $(seq "$RUNS"); do
        t0=$(date +%s.%N); "${floor_cmd[@]}" >/dev/null; t1=$(date +%s.%N)
        floors+=("$(python3 -c "print($t1 - $t0)")")
        out="$DIR/out-$n"; rm -rf "$out"
        read -r wall peak < <({ DATABASE_URL=$url /usr/bin/time -f '%e %M' "$B" "${REPORT_ARGS[@]}" --out "$out" >/dev/null; } 2>&1 | tail -1)
        walls+=("$wall") peaks+=("$peak")
    done
    f=$(median "${floors[@]}") r=$(median "${walls[@]}") p=$(max "${peaks[@]}")
    REPORT_S[$n]=$r
    printf '%s indicators (%s values): %s %.2f s (runs: %s), floor %.3f s (runs: %s), ratio %.1fx, peak RSS %d MB (max of %s runs), manifest sha256 %s\n' \
        "$n" "$((n * 100))" "$KIND" "$r" "${walls[*]}" "$f" "$(printf '%.3f ' "${floors[@]}")" \
        "$(python3 -c "print($r / $f)")" "$((p * 1024 / 1000000))" "$RUNS" "$(sha256sum "$out/manifest.json" | cut -c1-64)"
done
if [ ${#SIZES[@]} -ge 2 ]; then
    a=${SIZES[0]} b=${SIZES[1]}
    python3 -c "print(f'marginal cost per indicator ($b minus $a): {(${REPORT_S[$b]} - ${REPORT_S[$a]}) / ($b - $a) * 1000:.3f} ms')"
fi
