#!/bin/sh
# Extraction speed: entgraph against compromise on the same text in the same run, and entgraph by threads and by
# corpus size. A benchmark, not a test: it prints figures, it asserts nothing.
#
# usage: bench/extract.sh [BUILD_DIR]     (default build-bench, configured here as a Release build)
#   BENCH_ARTICLES=20000   generated articles for the throughput runs
#   BENCH_COMPROMISE=0     skip compromise (it needs the npm registry)
#   BENCH_GMB=DIR          development text to time as well (default ../shared/data/gmb/dev/docs when present)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${1:-$src/build-bench}
n=${BENCH_ARTICLES:-20000}
gmb=${BENCH_GMB:-$src/../shared/data/gmb/dev/docs}
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target entgraph_cli -j "$(nproc)" >/dev/null
eg=$build/entgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
python3 "$src/tools/gen/gen_articles.py" "$n" --jsonl "$work/gen.jsonl"
bytes=$(wc -c <"$work/gen.jsonl")
python3 -c "
import json,sys
with open(sys.argv[1]) as f, open(sys.argv[2], 'w') as o:
    for l in f: o.write(json.loads(l)['text'] + '\n')" "$work/gen.jsonl" "$work/gen.txt"

# seconds a command takes (wall clock), best of 3
best() {
    b=
    for i in 1 2 3; do
        s=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc)
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    done
    echo "$b"
}
rate() { echo "scale=2; $1 / 1000000 / $2" | bc; }

echo "corpus: $n generated articles, $(rate "$bytes" 1) MB"
for j in 1 2; do
    t=$(best "$eg" extract --jsonl "$work/gen.jsonl" -q -j $j)
    echo "entgraph extract -j $j: $t s, $(rate "$bytes" "$t") MB/s, $(echo "scale=0; $n / $t" | bc) documents/s"
    eval "t$j=$t"
done
echo "threads: -j 2 is $(echo "scale=2; $t1 / $t2" | bc)x -j 1"
# what two cores of this machine give at best: two independent one-thread runs at once against one alone
s=$(date +%s.%N)
"$eg" extract --jsonl "$work/gen.jsonl" -q -j 1 >/dev/null &
"$eg" extract --jsonl "$work/gen.jsonl" -q -j 1 >/dev/null
wait
e=$(date +%s.%N)
echo "machine ceiling: two independent -j 1 runs at once do twice the work in $(echo "$e - $s" | bc) s," \
     "$(echo "scale=2; 2 * $t1 / ($e - $s)" | bc)x one run's throughput"
echo "where the time goes (-j 1):"
"$eg" extract --jsonl "$work/gen.jsonl" -q -j 1 --timings 2>&1 >/dev/null | sed 's/^/    /'
t=$(best "$eg" extract --jsonl "$work/gen.jsonl" -q -j 1 --rules-only)
echo "entgraph extract --rules-only -j 1: $t s, $(rate "$bytes" "$t") MB/s"
t=$(best "$eg" build --jsonl "$work/gen.jsonl" -o "$work/out" -q -j 2)
echo "entgraph build -j 2: $t s, $(rate "$bytes" "$t") MB/s (with GraphML, DOT, SVG, JSON and aliases written)"
if [ -d "$gmb" ]; then
    gb=$(cat "$gmb"/*.txt | wc -c)
    t=$(best "$eg" extract "$gmb" -q -j 1)
    echo "GMB development text ($(rate "$gb" 1) MB): $t s, $(rate "$gb" "$t") MB/s with -j 1 (model load included)"
    "$eg" extract "$gmb" -q -j 1 --timings 2>&1 >/dev/null | sed 's/^/    /'
fi

if [ "${BENCH_COMPROMISE:-1}" = 1 ]; then
    mkdir -p "$work/npm"
    if (cd "$work/npm" && npm init -y >/dev/null 2>&1 && npm install --no-audit --no-fund compromise@14 >/dev/null 2>&1); then
        cat >"$work/npm/run.js" <<'JS'
const nlp = require('compromise');
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const t0 = process.hrtime.bigint();
let n = 0;
for (const doc of text.split('\n\n')) {
  const d = nlp(doc);
  n += d.people().length + d.places().length + d.organizations().length;
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${s}`);
JS
        # compromise is slow: time it on the first 2,000 articles and compare per megabyte
        head -c 2000000 "$work/gen.txt" >"$work/small.txt"
        sb=$(wc -c <"$work/small.txt")
        tc=$(cd "$work/npm" && node run.js "$work/small.txt")
        head -c 2000000 "$work/gen.jsonl" | head -n -1 >"$work/small.jsonl"
        ts=$(best "$eg" extract --jsonl "$work/small.jsonl" -q -j 1)
        echo "compromise: $(rate "$sb" "$tc") MB/s on $(rate "$sb" 1) MB; entgraph -j 1 on the same articles: $(rate "$sb" "$ts") MB/s"
        echo "ratio: entgraph is $(echo "scale=1; $tc / $ts" | bc)x compromise on the same articles (one core each;" \
             "entgraph's start-up, about 0.05 s of loading tables and model, included)"
        # per megabyte at scale: entgraph's one-core rate on the whole corpus above against compromise's rate
        echo "ratio per megabyte at scale: $(echo "scale=1; ($bytes / $t1) / ($sb / $tc)" | bc)x" \
             "(entgraph -j 1 on $(rate "$bytes" 1) MB against compromise on $(rate "$sb" 1) MB)"
        # compromise has no threads; entgraph's default is every core (-j 2 above on a 2-core machine)
        echo "ratio per megabyte at scale with -j 2: $(echo "scale=1; ($bytes / $t2) / ($sb / $tc)" | bc)x" \
             "(entgraph on two threads against compromise on its one)"
    else
        echo "compromise: could not be installed from the npm registry; skipped"
    fi
fi
