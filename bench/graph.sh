#!/bin/sh
# Speed of entgraph's graph library against networkx, side by side on one generated graph (a benchmark, not a
# test: it takes some ten minutes, most of it networkx's Louvain).
#
# usage: bench/graph.sh [BUILD_DIR]       (default: build-bench, configured here as a Release build)
#   BENCH_NODES=100000 BENCH_EDGES=300000 BENCH_SOURCES=100   the defaults
#
# Generates a 100,000-entity, 300,000-link graph (bench/gen_graph.py, seeded), then times GraphML loading,
# PageRank, betweenness from 100 sampled sources and Louvain in entgraph (bench/bench_graph.c, the library calls
# `entgraph query` makes) and in networkx (bench/graph_nx.py, Debian's python3-networkx), and prints the ratios.
# The target is entgraph >= 10x networkx on each.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${1:-$src/build-bench}
nodes=${BENCH_NODES:-100000}
edges=${BENCH_EDGES:-300000}
sources=${BENCH_SOURCES:-100}
py=/usr/bin/python3
[ -x "$py" ] || py=python3

cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target entgraph_bench -j "$(nproc)" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
     "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "versions: igraph $(pkg-config --modversion igraph), networkx $("$py" -c 'import networkx; print(networkx.__version__)')," \
     "Python $("$py" -c 'import platform; print(platform.python_version())')"
echo "graph: $nodes entities, $edges links (generating...)"
"$py" "$here/gen_graph.py" "$nodes" "$edges" "$work/graph.graphml"
echo "       $(du -h "$work/graph.graphml" | cut -f1) of GraphML"
echo "entgraph..."
"$build/entgraph_bench" "$work/graph.graphml" "$sources" >"$work/entgraph.json"
echo "networkx (Louvain alone takes minutes)..."
"$py" "$here/graph_nx.py" "$work/graph.graphml" "$sources" >"$work/networkx.json"
"$py" - "$work/entgraph.json" "$work/networkx.json" "$sources" <<'PY'
import json, sys
eg, nx = (json.load(open(p)) for p in sys.argv[1:3])
rows = [("GraphML loading", "load"), ("PageRank", "pagerank"),
        (f"betweenness, {sys.argv[3]} sources", "betweenness"), ("Louvain", "louvain")]
print(f"{'task':<28}{'entgraph s':>12}{'networkx s':>12}{'ratio':>9}")
worst = None
for name, k in rows:
    r = nx[k] / eg[k] if eg[k] > 0 else float("inf")
    worst = r if worst is None else min(worst, r)
    print(f"{name:<28}{eg[k]:>12.3f}{nx[k]:>12.3f}{r:>8.1f}x")
print(f"PageRank to entgraph's tolerance (L1 change < 1e-10; networkx's default stops at N * 1e-6): networkx "
      f"{nx['pagerank_same_tolerance']:.3f} s, {nx['pagerank_same_tolerance'] / eg['pagerank']:.1f}x")
print(f"Louvain: entgraph {eg['communities']} communities, modularity {eg['modularity']:.4f}; "
      f"networkx {nx['communities']}, {nx['modularity']:.4f}")
print(f"target >= 10x on each: {'met' if worst >= 10 else 'NOT met'} (lowest {worst:.1f}x)")
PY
