#!/usr/bin/env python3
"""Checks `entgraph query` against networkx, computed independently on the same fixture.

usage: check_centrality.py ENTGRAPH SOURCE_DIR

Every centrality `entgraph query --centrality all --json` prints equals networkx's value to 1e-9, with the
normalisations `entgraph query --help` states (betweenness and closeness with distance = 1/weight, computed here
with exact fractions so that ties between paths of equal length are exact). Also: core numbers equal
networkx's core_number; the modularity entgraph reports for its Louvain and Leiden partitions equals networkx's
modularity of those partitions, and the same seed gives the same partition; --path gives a chain of the fewest
links, whose hops are links of the graph; --ego gives the entities within the radius; --neighbors and --meetings
list the links and meetings of an entity; names are found by alias, and an ambiguous name fails listing both
candidates; --min-weight leaves out light links."""
import json, os, subprocess, sys
from fractions import Fraction

import networkx as nx

TOL = 1e-9
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, file=sys.stderr)


def close(a, b):
    return abs(a - b) <= TOL * max(1.0, abs(b))


def run(bin_, *args, ok=True):
    r = subprocess.run([bin_, "query", *args], capture_output=True, text=True)
    if ok:
        check(r.returncode == 0, f"query {' '.join(args)} exits 0 (got {r.returncode}: {r.stderr.strip()})")
    return r


def expected(G):
    """networkx's values, normalised as entgraph states."""
    n = G.number_of_nodes()
    for _, _, d in G.edges(data=True):
        d["dist"] = 1 / Fraction(d["weight"])
    ev = nx.eigenvector_centrality_numpy(G, weight="weight")
    mx = max(abs(x) for x in ev.values())
    return {
        "degree": dict(G.degree()),
        "strength": dict(G.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(G, weight="dist", normalized=False),
        "closeness": nx.closeness_centrality(G, distance="dist"),
        "harmonic": {k: v / (n - 1) for k, v in nx.harmonic_centrality(G, distance="dist").items()},
        "eigenvector": {k: abs(v) / mx for k, v in ev.items()},
        "pagerank": nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000),
    }


def main():
    bin_, src = sys.argv[1], sys.argv[2]
    fixture = os.path.join(src, "tests", "fixtures", "meetings.graphml")
    G = nx.read_graphml(fixture)
    check(G.is_multigraph(), "the fixture has parallel links")
    by_id = {d["id"]: n for n, d in G.nodes(data=True)}

    # every centrality, every entity
    r = run(bin_, fixture, "--centrality", "all", "--top", "0", "--json")
    rows = json.loads(r.stdout)
    check(len(rows) == G.number_of_nodes(), f"one row per entity ({len(rows)})")
    exp = expected(G)
    for name, values in exp.items():
        bad = [(row["id"], row[name], float(values[by_id[row["id"]]])) for row in rows
               if not close(row[name], float(values[by_id[row["id"]]]))]
        check(not bad, f"{name} equals networkx's to {TOL}: {bad[:3]}")
    check([row["rank"] for row in rows] == list(range(1, len(rows) + 1)), "ranks are 1..n")
    first = [row["degree"] for row in rows]
    check(first == sorted(first, reverse=True), "'all' ranks by degree, the first measure")
    # one measure, the ranking and --top/--type
    r = run(bin_, fixture, "-c", "betweenness", "--top", "3", "--type", "person", "--json")
    rows = json.loads(r.stdout)
    bt = exp["betweenness"]
    persons = sorted((n for n, d in G.nodes(data=True) if d["type"] == "person"), key=lambda n: -float(bt[n]))
    check([row["id"] for row in rows] == [G.nodes[n]["id"] for n in persons[:3]],
          f"--top 3 --type person by betweenness: {[row['id'] for row in rows]}")
    check(all(close(row["score"], row["betweenness"]) for row in rows), "score is the first measure")
    # --csv has a header and one line per row
    r = run(bin_, fixture, "-c", "pagerank,degree", "--top", "0", "--csv")
    lines = r.stdout.strip().splitlines()
    check(lines[0].strip() == "rank,label,type,pagerank,degree,id", f"CSV header ({lines[0]!r})")
    check(len(lines) == 1 + G.number_of_nodes(), "CSV has a line per entity")

    # k-cores
    r = run(bin_, fixture, "--kcore", "--top", "0", "--json")
    core = nx.core_number(nx.Graph(G))
    check(all(row["core"] == core[by_id[row["id"]]] for row in json.loads(r.stdout)), "core numbers")

    # communities: modularity as networkx computes it, reproducible
    for method in ("louvain", "leiden"):
        outs = [run(bin_, fixture, "--communities", method, "--top", "0", "--json", "--seed", "5").stdout
                for _ in range(2)]
        check(outs[0] == outs[1], f"{method}: the same seed gives the same communities")
        d = json.loads(outs[0])
        parts = [{by_id[m["id"]] for m in c["members"]} for c in d["communities"]]
        check(sum(len(p) for p in parts) == G.number_of_nodes(), f"{method}: every entity in one community")
        q = nx.community.modularity(G, parts, weight="weight")
        check(close(d["modularity"], q), f"{method}: modularity {d['modularity']} equals networkx's {q}")
        check(d["modularity"] > 0.3, f"{method}: finds structure (modularity {d['modularity']})")
        check([c["size"] for c in d["communities"]] == sorted((c["size"] for c in d["communities"]), reverse=True),
              f"{method}: communities numbered by size")

    # chains
    r = run(bin_, fixture, "--path", "Elif Şahin", "Fjord & Sons <Ltd>", "--json")
    d = json.loads(r.stdout)
    a, b = by_id["person:elif-sahin"], by_id["organization:fjord-sons"]
    check(d["hops"] == nx.shortest_path_length(G, a, b), f"--path takes the fewest links ({d['hops']})")
    check(all(G.has_edge(by_id[h["from_id"]], by_id[h["to_id"]]) for h in d["chain"]), "each hop is a link")
    check(d["chain"][0]["from_id"] == "person:elif-sahin" and d["chain"][-1]["to_id"] == "organization:fjord-sons",
          "the chain runs from A to B")
    check(all(h["sentence"] and h["doc"] and h["evidence"] for h in d["chain"]), "every hop has its evidence")
    # two chains of two links from Bo to the Delta Port Authority: via Ada (1/3 + 1/1) and via Chen (1/1 + 1/4);
    # the strongest (smallest sum of 1/weight) is via Chen
    r = run(bin_, fixture, "--path", "bo lindqvist", "dpa", "--json")
    d = json.loads(r.stdout)
    check([h["to_id"] for h in d["chain"]] == ["person:chen-wei", "organization:delta-port-authority"],
          f"bo to dpa, the strongest of the shortest: {[h['to_id'] for h in d['chain']]}")
    r = run(bin_, fixture, "--path", "hana ito", "kenya", ok=False)
    check(r.returncode == 1 and "not connected" in r.stderr, f"no chain: exit 1 ({r.returncode}, {r.stderr!r})")

    # neighbourhoods, links, meetings
    r = run(bin_, fixture, "--ego", "DPA", "--radius", "2", "--top", "0", "--json")
    got = {row["id"] for row in json.loads(r.stdout)}
    want = {G.nodes[n]["id"] for n in nx.ego_graph(G, by_id["organization:delta-port-authority"], radius=2)}
    check(got == want, f"--ego by alias, radius 2: {sorted(got ^ want)}")
    r = run(bin_, fixture, "--neighbors", "kenyan", "--json")
    rows = json.loads(r.stdout)
    check([row["entity"] for row in rows] == ["Delta Port Authority", "Harbour Town", "Sam Reyes"],
          f"--neighbors heaviest first: {[row['entity'] for row in rows]}")
    r = run(bin_, fixture, "--meetings", "A. Adeyemi", "--json")
    rows = json.loads(r.stdout)
    check([(m["date"], m["with"], m["place"], m["status"], m["mode"]) for m in rows] ==
          [("2024-01-10", "Delta Port Authority", 'Geneva & <Co> "Annex"', "planned", "call"),
           ("2024-03-05", "Bo Lindqvist", "Harbour Town", "held", "in-person")], f"--meetings by date: {rows}")
    r = run(bin_, fixture, "--meetings", "chen wei")
    check("2023-12" in r.stdout and "Elif Şahin" in r.stdout, "--meetings table lists a partial date")
    r = run(bin_, fixture, "--neighbors", "sam reyes", ok=False)
    check(r.returncode == 1 and "person:sam-reyes (" not in r.stderr and "person:sam-reyes)" in r.stderr
          and "person:sam-reyes-2" in r.stderr, f"an ambiguous name lists the candidates ({r.stderr.strip()})")
    r = run(bin_, fixture, "--neighbors", "person:sam-reyes-2", "--json")
    check([row["entity"] for row in json.loads(r.stdout)] == ["Harbour Town"], "an id settles it")
    r = run(bin_, fixture, "--neighbors", "nobody", ok=False)
    check(r.returncode == 1 and "no entity" in r.stderr, "an unknown name: exit 1")

    # --min-weight: the same entities, fewer links
    r = run(bin_, fixture, "-c", "degree", "--min-weight", "2", "--top", "0", "--json")
    light = nx.MultiGraph()
    light.add_nodes_from(G)
    light.add_edges_from((u, v) for u, v, d in G.edges(data=True) if d["weight"] >= 2)
    check(all(row["degree"] == light.degree(by_id[row["id"]]) for row in json.loads(r.stdout)),
          "--min-weight 2 leaves out the lighter links")
    # usage errors
    for args in (["--centrality", "fame"], ["--communities", "magic"], ["--path", "ada"], ["--kcore", "--ego", "x"]):
        r = run(bin_, fixture, *args, ok=False)
        check(r.returncode == 2, f"usage error {args}: exit 2 ({r.returncode})")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


sys.exit(main())
