#!/usr/bin/env python3
"""Writes a synthetic entity graph as GraphML in entgraph's own form, for benchmarks and drawing tests.

usage: gen_graph.py NODES EDGES OUT.graphml [--seed S]

The graph looks like a news graph: entities of the four types with made-up names, grouped in communities of
uneven size, hubs by preferential attachment, a few links between communities, weights (sentence counts) mostly 1
with a long tail, and about 15% of person-person links (3% of all) of kind "met" with a place, a date, a status and a mode.
Every name and sentence is generated here: no text comes from anywhere else."""
import argparse
import random
from xml.sax.saxutils import escape, quoteattr

SYL = ["ka", "lo", "mi", "ra", "ten", "vu", "sa", "dor", "el", "an", "bri", "ko", "zu", "pe", "nor", "ia", "ul",
       "fa", "gri", "ho", "jas", "ne", "ti", "wen", "xo", "yar", "be", "cas", "di", "mon"]
TYPES = [("person", 0.45), ("organization", 0.2), ("country", 0.15), ("place", 0.2)]


def name(rng, words):
    return " ".join("".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(words))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("nodes", type=int)
    ap.add_argument("edges", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n, m = a.nodes, a.edges
    types, labels, ids, comm = [], [], [], []
    seen = set()
    # communities of uneven size: sizes drawn from a heavy tail until n is covered
    c = 0
    while len(comm) < n:
        size = min(n - len(comm), max(3, int(rng.paretovariate(1.3) * 8)))
        comm.extend([c] * size)
        c += 1
    for i in range(n):
        r, acc, t = rng.random(), 0.0, "place"
        for tt, p in TYPES:
            acc += p
            if r < acc:
                t = tt
                break
        while True:
            lab = name(rng, 2 if t in ("person", "organization") else 1)
            if t == "organization":
                lab += rng.choice([" Council", " Group", " Ministry", " Bank", " Institute"])
            if (t, lab) not in seen:
                seen.add((t, lab))
                break
        types.append(t)
        labels.append(lab)
        ids.append(f"{t}:{lab.lower().replace(' ', '-')}-{i}")
    members = {}
    for i, k in enumerate(comm):
        members.setdefault(k, []).append(i)
    places = [i for i in range(n) if types[i] == "place"] or [0]
    # preferential attachment inside communities; 10% of links between them
    deg = [1] * n
    pairs = {}
    tries = 0
    while len(pairs) < m and tries < 20 * m:
        tries += 1
        a_ = rng.randrange(n)
        pool = members[comm[a_]] if rng.random() < 0.9 and len(members[comm[a_]]) > 1 else None
        if pool is None:
            b_ = rng.randrange(n)
        else:
            # choose by degree among a sample of the community
            cand = [pool[rng.randrange(len(pool))] for _ in range(3)]
            b_ = max(cand, key=lambda v: deg[v] * rng.random())
        if a_ == b_:
            continue
        key = (min(a_, b_), max(a_, b_))
        if key in pairs:
            continue
        w = 1
        while rng.random() < 0.35 and w < 60:
            w += rng.randint(1, 3)
        pairs[key] = w
        deg[a_] += w
        deg[b_] += w
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for k, t in [("id", "string"), ("label", "string"), ("type", "string"), ("mentions", "double"),
                 ("documents", "double"), ("country", "string")]:
        out.append(f'  <key id="{k}" for="node" attr.name="{k}" attr.type="{t}"/>')
    for k, t in [("kind", "string"), ("weight", "double"), ("evidence", "double"), ("sentence", "string"),
                 ("doc", "string"), ("place", "string"), ("date", "string"), ("status", "string"),
                 ("mode", "string")]:
        out.append(f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{t}"/>')
    out.append('  <graph id="G" edgedefault="undirected">')
    for i in range(n):
        men = deg[i] + rng.randint(0, 3)
        out.append(f'    <node id="n{i}"><data key="id">{escape(ids[i])}</data><data key="label">{escape(labels[i])}'
                   f'</data><data key="type">{types[i]}</data><data key="mentions">{men}</data>'
                   f'<data key="documents">{max(1, men // 3)}</data><data key="country"></data></node>')
    for (a_, b_), w in pairs.items():
        doc = f"report-{rng.randrange(1, 5000):04d}.txt"
        met = types[a_] == "person" and types[b_] == "person" and rng.random() < 0.15
        kind = "met" if met else "cooccurrence"
        extra = ""
        if met:
            place = labels[rng.choice(places)]
            sent = f"{labels[a_]} met {labels[b_]} in {place}."
            extra = (f'<data key="place">{escape(place)}</data><data key="date">2024-{rng.randint(1, 12):02d}-'
                     f'{rng.randint(1, 28):02d}</data><data key="status">held</data>'
                     f'<data key="mode">{rng.choice(["in-person", "call"])}</data>')
        else:
            sent = f"{labels[a_]} and {labels[b_]} were named in the same sentence of {doc}."
        out.append(f'    <edge source="n{a_}" target="n{b_}"><data key="kind">{kind}</data>'
                   f'<data key="weight">{w}</data><data key="evidence">{w}</data>'
                   f'<data key="sentence">{escape(sent)}</data><data key="doc">{doc}</data>{extra}</edge>')
    out.append("  </graph>\n</graphml>\n")
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
