#!/usr/bin/env python3
"""Checks `entgraph export` and `entgraph render` on the hand-made fixture, as other tools read their output.

usage: check_exports.py ENTGRAPH SOURCE_DIR

GEXF: well-formed XML that networkx.read_gexf reads with every entity's label and type and every link's weight
and kind, names that need escaping intact. Neo4j: nodes.csv and relationships.csv with neo4j-admin's headers, one
row per entity and link, every relationship's ends among the node ids. Render: SVG that parses as XML and shows the
names as they are, meetings labelled with their place and drawn in their own class, DOT that Graphviz's dot reads,
a PNG, and the filters (--top, --types, --kinds, --focus/--radius, --min-weight) drawing what they say. HTML: the
embedded data hold no '<', and parse back to the fixture's names."""
import csv, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

import networkx as nx

SVG = "{http://www.w3.org/2000/svg}"
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, file=sys.stderr)


def run(bin_, *args):
    r = subprocess.run([bin_, *args], capture_output=True, text=True)
    check(r.returncode == 0, f"{' '.join(args[:2])} ... exits 0 (got {r.returncode}: {r.stderr.strip()})")
    return r


def svg_nodes(path):
    root = ET.parse(path).getroot()
    nodes = [g for g in root.iter(SVG + "g") if "node" in g.get("class", "").split()]
    edges = [g for g in root.iter(SVG + "g") if "edge" in g.get("class", "").split()]
    texts = {"".join(t.itertext()) for t in root.iter(SVG + "text")}
    return nodes, edges, texts


def main():
    bin_, src = sys.argv[1], sys.argv[2]
    fixture = os.path.join(src, "tests", "fixtures", "meetings.graphml")
    G = nx.read_graphml(fixture)
    labels = {d["id"]: d["label"] for _, d in G.nodes(data=True)}
    hostile = labels["person:gus-oneill"]
    with tempfile.TemporaryDirectory() as out:
        # GEXF
        gexf = os.path.join(out, "g.gexf")
        run(bin_, "export", fixture, "-o", gexf)
        ET.parse(gexf)
        H = nx.read_gexf(gexf)
        check(H.number_of_nodes() == G.number_of_nodes(), "GEXF: every entity")
        check(H.number_of_edges() == G.number_of_edges(), f"GEXF: every link ({H.number_of_edges()})")
        check({n: d["label"] for n, d in H.nodes(data=True)} == labels, "GEXF: labels intact (escaping)")
        check(all(H.nodes[n]["type"] == G.nodes[m]["type"] for m in G for n in [G.nodes[m]["id"]]), "GEXF: types")
        check(all(H.nodes[n]["mentions"] == int(G.nodes[m]["mentions"]) for m in G for n in [G.nodes[m]["id"]]),
              "GEXF: mentions as integers")
        want = sorted((min(G.nodes[u]["id"], G.nodes[v]["id"]), max(G.nodes[u]["id"], G.nodes[v]["id"]), d["kind"],
                       d["weight"]) for u, v, d in G.edges(data=True))
        got = sorted((min(u, v), max(u, v), d["kind"], d["weight"]) for u, v, d in H.edges(data=True))
        check(got == want, "GEXF: weights and kinds of every link")
        met = [d for _, _, d in H.edges(data=True) if d["kind"] == "met"]
        check(sorted(d.get("place", "") for d in met) == ["", 'Geneva & <Co> "Annex"', "Harbour Town"],
              f"GEXF: meeting places {[d.get('place') for d in met]}")
        # Neo4j
        neo = os.path.join(out, "neo")
        run(bin_, "export", fixture, "--format", "neo4j", "-o", neo)
        with open(os.path.join(neo, "nodes.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        check(rows[0][:7] == ["id:ID", "label", "type", ":LABEL", "mentions:int", "documents:int", "country"],
              f"nodes.csv header {rows[0]}")
        check({r[0]: r[1] for r in rows[1:]} == labels, "nodes.csv: ids and labels")
        check(all(r[3] == "Entity;" + r[2].capitalize() for r in rows[1:]), "nodes.csv: labels Entity;<Type>")
        ids = {r[0] for r in rows[1:]}
        with open(os.path.join(neo, "relationships.csv"), newline="", encoding="utf-8") as f:
            rels = list(csv.reader(f))
        check(rels[0][:5] == [":START_ID", ":END_ID", ":TYPE", "weight:int", "evidence:int"],
              f"relationships.csv header {rels[0]}")
        check(len(rels) - 1 == G.number_of_edges(), "relationships.csv: one row per link")
        check(all(r[0] in ids and r[1] in ids for r in rels[1:]), "relationships.csv: ends are node ids")
        check(sorted(r[2] for r in rels[1:]).count("MET") == 3, "relationships.csv: three MET relationships")
        check(all(len(r) == len(rels[0]) for r in rels), "relationships.csv: every row complete")
        check(any('"tariffs" & <quotas>' in r[5] for r in rels[1:]), "relationships.csv: quotes survive")

        # render: SVG
        svg = os.path.join(out, "g.svg")
        run(bin_, "render", fixture, "-o", svg)
        nodes, edges, texts = svg_nodes(svg)
        check(len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges(), "SVG: every entity and link")
        check(hostile in texts and "Fjord & Sons <Ltd>" in texts, "SVG: names that need escaping shown as they are")
        check('Geneva & <Co> "Annex"' in texts and "Harbour Town" in texts, "SVG: meetings labelled with the place")
        check(sum("met" in g.get("class", "").split() for g in edges) == 3, "SVG: meetings in their own class")
        tips = [a.get("{http://www.w3.org/1999/xlink}title", "") for a in ET.parse(svg).getroot().iter(SVG + "a")]
        check(any("inspected the cranes" in t and "(a.txt)" in t for t in tips), "SVG: tooltips with evidence")
        check(not any(a.get("{http://www.w3.org/1999/xlink}href") for a in ET.parse(svg).getroot().iter(SVG + "a")),
              "SVG: no links (hrefs) at all")
        # DOT and PNG
        dot = os.path.join(out, "g.dot")
        run(bin_, "render", fixture, "-o", dot)
        r = subprocess.run(["dot", "-Tsvg", dot], capture_output=True, text=True)
        check(r.returncode == 0, f"dot reads the DOT ({r.stderr[:200]})")
        check(hostile in {"".join(t.itertext()) for t in ET.fromstring(r.stdout).iter(SVG + "text")},
              "DOT keeps the names intact through Graphviz")
        png = os.path.join(out, "g.png")
        run(bin_, "render", fixture, "-o", png, "--color", "community", "--layout", "sfdp")
        with open(png, "rb") as f:
            check(f.read(8) == b"\x89PNG\r\n\x1a\n", "PNG written")
        # filters (entities that lose all their links go: the other Sam Reyes with --types person; those without
        # links in the first place stay: Lone Island with --kinds met)
        for args, n_nodes, n_edges in ((["--top", "3"], 3, None), (["--types", "person"], 8, None),
                                       (["--kinds", "met"], 6, 3), (["--focus", "kenyan", "--radius", "1"], 4, None),
                                       (["--min-weight", "3"], 7, 3)):
            path = os.path.join(out, "f.svg")
            run(bin_, "render", fixture, "-o", path, *args)
            nodes, edges, _ = svg_nodes(path)
            check(len(nodes) == n_nodes and (n_edges is None or len(edges) == n_edges),
                  f"render {args}: {len(nodes)} entities, {len(edges)} links")
        r = subprocess.run([bin_, "render", fixture, "-o", os.path.join(out, "x.svg"), "--focus", "sam reyes"],
                           capture_output=True, text=True)
        check(r.returncode == 1 and "ambiguous" in r.stderr, "render --focus with an ambiguous name: exit 1")
        r = subprocess.run([bin_, "render", fixture, "-o", os.path.join(out, "x.svg"), "--color", "rainbow"],
                           capture_output=True, text=True)
        check(r.returncode == 2, "render --color rainbow: usage error")
        check(not [f for f in os.listdir(out) if ".tmp." in f], "no temporary files left")

        # HTML: the data block
        html = os.path.join(out, "g.html")
        run(bin_, "render", fixture, "-o", html)
        page = open(html, encoding="utf-8").read()
        m = re.search(r'<script type="application/json" id="eg-data">(.*?)</script>', page, re.S)
        check(m is not None, "HTML: the data block")
        block = m.group(1) if m else "{}"
        check("<" not in block and ">" not in block and "&" not in block, "HTML: no <, > or & in the data block")
        data = json.loads(block)
        check({n["id"]: n["label"] for n in data["nodes"]} == labels, "HTML: names intact in the data")
        check(page.count("<script") == 2 and "src=" not in page.split("<main>")[0], "HTML: two inline scripts")
        check(not re.search(r'(?:src|href)="(?:https?:)?//', page), "HTML: nothing loaded from the network")
        check("innerHTML" not in page, "HTML: no innerHTML")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


sys.exit(main())
