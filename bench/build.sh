#!/bin/sh
# `entgraph build` at scale: generated articles to every graph file, with wall time, peak memory, output sizes and
# where the time went. A benchmark, not a test: it prints figures, it asserts nothing.
#
# usage: bench/build.sh [BUILD_DIR]       (default build-bench, configured here as a Release build)
#   BENCH_SIZES="10000 100000"   numbers of articles (add 1000000 for the million-article run: 2.6 GB of
#                                JSON Lines in the scratch folder, about 5 minutes and 1.7 GB on 2 cores)
#   BENCH_JOBS=N                 threads (default: all processors)
#   TMPDIR                       where the generated articles and outputs go
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${1:-$src/build-bench}
sizes=${BENCH_SIZES:-10000 100000}
jobs=${BENCH_JOBS:-$(nproc)}
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target entgraph_cli -j "$(nproc)" >/dev/null
eg=$build/entgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); build -j $jobs"
for n in $sizes; do
    python3 "$src/tools/gen/gen_articles.py" "$n" --jsonl "$work/gen.jsonl"
    mb=$(du -m "$work/gen.jsonl" | cut -f1)
    /usr/bin/time -f "%e %M" -o "$work/time" "$eg" build --jsonl "$work/gen.jsonl" -o "$work/out" -q -j "$jobs" \
        --timings 2>"$work/timings"
    read -r wall kb <"$work/time"
    echo
    echo "$n articles ($mb MB): $wall s wall, peak memory $((kb / 1024)) MB"
    sed 's/^/    /' "$work/timings"
    (cd "$work/out" && for f in graph.graphml graph.json graph.dot graph.svg graph.html aliases.json; do
        printf '    %-14s %6s MB\n' "$f" "$(du -m "$f" | cut -f1)"
    done)
    rm -rf "$work/out" "$work/gen.jsonl"
done
