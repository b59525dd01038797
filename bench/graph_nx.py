#!/usr/bin/env python3
"""The networkx side of bench/graph.sh: the same four tasks as entgraph_bench, on the same file.

usage: graph_nx.py GRAPH.graphml [SOURCES]
Prints one JSON object of seconds. Betweenness uses the same distance (1 / weight) and the same number of sampled
sources; Louvain the weights; PageRank the weights and damping 0.85, timed twice: with networkx's default tolerance
(the ratio bench/graph.sh reports) and with entgraph's (L1 change below 1e-10), for the record."""
import json, sys, time

import networkx as nx


def timed(f):
    t = time.perf_counter()
    r = f()
    return r, time.perf_counter() - t


def main():
    path = sys.argv[1]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    G, t_load = timed(lambda: nx.read_graphml(path))
    for _, _, d in G.edges(data=True):
        d["dist"] = 1.0 / d.get("weight", 1.0)
    _, t_pr = timed(lambda: nx.pagerank(G, alpha=0.85, weight="weight"))
    # networkx's default tolerance stops at an L1 change below N * 1e-6 (0.1 here); entgraph goes to 1e-10
    _, t_pr_tol = timed(lambda: nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-10 / G.number_of_nodes(),
                                            max_iter=10000))
    _, t_bt = timed(lambda: nx.betweenness_centrality(G, k=k, weight="dist", seed=1))
    parts, t_lv = timed(lambda: nx.community.louvain_communities(G, weight="weight", seed=1))
    q = nx.community.modularity(G, parts, weight="weight")
    print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "load": round(t_load, 4),
                      "pagerank": round(t_pr, 4), "pagerank_same_tolerance": round(t_pr_tol, 4), "betweenness": round(t_bt, 4), "louvain": round(t_lv, 4),
                      "communities": len(parts), "modularity": round(q, 4)}))


if __name__ == "__main__":
    main()
