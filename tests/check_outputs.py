#!/usr/bin/env python3
"""Checks what `entgraph build` and `entgraph extract` write, as a user's tools read it.

usage: check_outputs.py ENTGRAPH SOURCE_DIR

Builds the graph of tests/corpus, then: networkx reads graph.graphml with typed nodes and weighted edges and
graph.json as node-link data; graph.svg is well-formed XML that shows the entity names; `dot` accepts graph.dot;
every extract mention's text equals the bytes at its offsets; the graph read back has the nodes and links that
graph.json lists."""
import json, os, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

import networkx as nx

TYPES = {"person", "organization", "country", "place"}
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, file=sys.stderr)


def main():
    bin_, src = sys.argv[1], sys.argv[2]
    corpus = os.path.join(src, "tests", "corpus")
    with tempfile.TemporaryDirectory() as out:
        r = subprocess.run([bin_, "build", corpus, "-o", out, "--quiet"], capture_output=True, text=True)
        check(r.returncode == 0, f"build exits 0 (got {r.returncode}: {r.stderr})")
        for f in ("graph.graphml", "graph.dot", "graph.svg", "graph.json", "aliases.json"):
            check(os.path.getsize(os.path.join(out, f)) > 0, f"{f} written")
        check(not [f for f in os.listdir(out) if ".tmp." in f], "no temporary files left")

        g = nx.read_graphml(os.path.join(out, "graph.graphml"))
        check(g.number_of_nodes() >= 8, f"graphml has nodes ({g.number_of_nodes()})")
        check(g.number_of_edges() >= 8, f"graphml has edges ({g.number_of_edges()})")
        check(all(d.get("type") in TYPES for _, d in g.nodes(data=True)), "every node has a type")
        check(all(d.get("label") for _, d in g.nodes(data=True)), "every node has a label")
        check(all(d.get("weight", 0) >= 1 for _, _, d in g.edges(data=True)), "every edge has a weight >= 1")
        kinds = {d.get("kind") for _, _, d in g.edges(data=True)}
        check(kinds <= {"cooccurrence", "met", "affiliation", "located_in"}, f"edge kinds {kinds}")
        check({"cooccurrence", "met", "affiliation", "located_in"} <= kinds, "every kind of edge is present")
        check(all(d.get("sentence") for _, _, d in g.edges(data=True) if d["kind"] != "located_in"),
              "every edge stated by the text has an evidence sentence")
        met = {(g.nodes[u]["id"], g.nodes[v]["id"]): d for u, v, d in g.edges(data=True) if d["kind"] == "met"}
        okafor_li = met.get(("person:amara-okafor", "person:li-wen")) or met.get(("person:li-wen", "person:amara-okafor"))
        check(okafor_li is not None and okafor_li.get("place") == "Geneva" and okafor_li.get("status") == "held",
              f"the Okafor-Li meeting has its place and status ({okafor_li})")
        labels = {d["label"] for _, d in g.nodes(data=True)}
        ids = {d["id"]: d for _, d in g.nodes(data=True)}
        check(ids.get("person:amara-okafor", {}).get("type") == "person", "Amara Okafor is one person node")
        check(ids.get("country:ke", {}).get("label") == "Kenya", "Kenya is a country node")
        check(ids.get("country:ke", {}).get("documents") == 3, "Kenya is named in 3 documents")

        with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
            data = json.load(f)
        gj = nx.node_link_graph(data)
        check(gj.number_of_nodes() == g.number_of_nodes(), "json and graphml have the same nodes")
        check(gj.number_of_edges() == g.number_of_edges(), "json and graphml have the same edges")
        check(all(l["evidence"] and all("doc" in e and "start" in e for e in l["evidence"]) for l in data["links"]
                  if l["kind"] != "located_in"), "every link lists its evidence")
        check(all(len(l["evidence"]) == l["weight"] for l in data["links"] if l["kind"] != "located_in"),
              "evidence count equals weight")

        svg = ET.parse(os.path.join(out, "graph.svg")).getroot()
        texts = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
        check("Kenya" in texts and ids.get("person:amara-okafor", {}).get("label") in texts,
              "the SVG shows the names")

        with open(os.path.join(out, "aliases.json"), encoding="utf-8") as f:
            al = json.load(f)["entities"]
        ok = {e["id"]: e for e in al}.get("person:amara-okafor")
        check(ok is not None and {"Amara Okafor", "Okafor", "Amara N. Okafor"} <=
              {fm["text"] for m in ok["members"] for fm in m["forms"]}, "aliases.json lists every form of an entity")
        check(ok is not None and ok["documents"] == 3, "aliases.json counts documents")

        # the user's rules: merge two entities, rename one
        rules = os.path.join(out, "rules.json")
        with open(rules, "w") as f:
            json.dump({"merge": [["person:lucia-reyes", "person:daniel-reyes"]],
                       "label": {"country:ke": "Republic of Kenya"}}, f)
        out2 = os.path.join(out, "merged")
        r = subprocess.run([bin_, "build", corpus, "-o", out2, "--quiet", "--aliases", rules], capture_output=True,
                           text=True)
        check(r.returncode == 0, f"build --aliases exits 0 ({r.stderr})")
        g2 = nx.read_graphml(os.path.join(out2, "graph.graphml"))
        check(g2.number_of_nodes() == g.number_of_nodes() - 1, "a merge rule joins two nodes")
        check("Republic of Kenya" in {d["label"] for _, d in g2.nodes(data=True)}, "a label rule renames a node")
        with open(rules, "w") as f:
            f.write("{\"merge\": 3}")
        r = subprocess.run([bin_, "build", corpus, "-o", out2, "--quiet", "--aliases", rules], capture_output=True,
                           text=True)
        check(r.returncode != 0 and "rules.json" in r.stderr, "bad rules are refused, naming the file")

        r = subprocess.run(["dot", "-Tsvg", os.path.join(out, "graph.dot"), "-o", os.devnull], capture_output=True)
        check(r.returncode == 0, f"dot accepts graph.dot ({r.stderr[:200]!r})")

    r = subprocess.run([bin_, "extract", corpus, "--quiet"], capture_output=True)
    check(r.returncode == 0, "extract exits 0")
    n = 0
    for line in r.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        raw = open(d["doc"], "rb").read()
        for e in d["entities"]:
            check(e["id"].split(":", 1)[0] == e["type"], f"id {e['id']} starts with its type")
            for m in e["mentions"]:
                n += 1
                if raw[m["start"]:m["end"]].decode("utf-8", "replace") != m["text"]:
                    check(False, f"{d['doc']}: mention {m} is not the bytes at its offsets")
    check(n > 20, f"extract found mentions ({n})")

    # two entities of one document that resolve to one (a nickname and the formal name) become one entry, and
    # every id in the record (meetings too) is the resolved one
    with tempfile.TemporaryDirectory() as tmp:
        doc = os.path.join(tmp, "nick.txt")
        with open(doc, "w") as f:
            f.write("Bill Tarrow, the mayor of Leeds, met Anna Quell on Monday in Leeds.\n\n"
                    "Later, William Tarrow told reporters that Quell had agreed to the plan.\n")
        r = subprocess.run([bin_, "extract", doc, "--quiet"], capture_output=True, text=True)
        d = json.loads(r.stdout)
        ids = [e["id"] for e in d["entities"]]
        check(ids.count("person:william-tarrow") == 1 and "person:bill-tarrow" not in ids,
              f"a nickname and the formal name are one entry ({ids})")
        tarrow = [e for e in d["entities"] if e["id"] == "person:william-tarrow"]
        check(bool(tarrow) and [m["text"] for m in tarrow[0]["mentions"]] == ["Bill Tarrow", "William Tarrow"],
              "its mentions are both, in document order")
        check([m["participants"] for m in d["meetings"]] == [["person:william-tarrow", "person:anna-quell"]],
              f"the meeting names the resolved ids ({d['meetings']})")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


sys.exit(main())
