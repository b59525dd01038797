#!/usr/bin/env python3
"""Bring the name spans of a silver gold file (GMB) to entgraph's conventions (CoNLL's, GUM's) before training.

Usage:
  clean_gold.py GOLD DOCS_DIR OUT --data DATA_DIR [--isodir DIR] [--show N]

Titles.

GMB, a silver corpus, often keeps a title inside or in front of a name ("State Condoleezza Rice" after
"Secretary of", "State Councilor Tang Jiaxuan" as an organization, "U.S. Secretary of State" as an
organization). With the project's own title and honorific lists (DATA_DIR/titles.txt, honorifics.txt), for each
mention (demonyms untouched), tokens being the whitespace-separated words of the document:
  - a title phrase that starts at most three words into the span, or before it, and ends inside it before a
    capitalised word is cut off with everything in front of it ("Oaxaca State Governor Ulises Ruiz" -> "Ulises
    Ruiz"), unless a given name (DATA_DIR/first_names.txt) stands before it ("Khalid Sheikh Mohammed"); repeated;
  - a person or organization span made only of title words (plus a leading "U.S."-like word), titles that begin
    before it included, is dropped;
  - an organization span that lost a title this way and holds no organization word (DATA_DIR/org_words.txt)
    is a person ("State Councilor Wang Yi");
  - place spans are never cut ("Prince Edward Island").
Types.
  - an organization span whose whole text is a country name (iso-codes' ISO 3166-1 names and
    DATA_DIR/country_aliases.tsv: "U.S." in "U.S. officials", "Iran" for its government) is a country, as in GUM
    and as the extractor types it;
  - a span of at most three words right before "administration" ("the Bush administration"), tagged as an
    organization or a place, is a person when its text is tagged as a person elsewhere in the file and is not a
    country, city or place name, a demonym, a known organization (DATA_DIR/org_acronyms.txt) or dotted ("U.N.").
Prints what it changed (counts, and examples with --show N). Standard library only; deterministic.
"""
import argparse
import json
import os
import re
import sys


def load_list(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            out.add(line.split("\t")[0].lower())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("docs_dir")
    ap.add_argument("out")
    ap.add_argument("--data", required=True)
    ap.add_argument("--isodir", default="/usr/share/iso-codes/json")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    countries = load_list(os.path.join(args.data, "country_aliases.tsv"))
    orgs = set()
    with open(os.path.join(args.data, "org_acronyms.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                orgs.update(x.lower() for x in line.rstrip("\n").split("\t"))
    with open(os.path.join(args.isodir, "iso_3166-1.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            for k in ("name", "common_name", "official_name"):
                if k in c:
                    countries.add(c[k].lower())
    titles = load_list(os.path.join(args.data, "titles.txt")) | load_list(os.path.join(args.data, "honorifics.txt"))
    titles = {tuple(t.split()) for t in titles}
    maxlen = max(len(t) for t in titles)
    orgwords = load_list(os.path.join(args.data, "org_words.txt"))
    firstnames = load_list(os.path.join(args.data, "first_names.txt"))
    places = set()
    for name in ("demonyms.tsv", "country_aliases.tsv", "cities.tsv", "places.tsv"):
        places |= load_list(os.path.join(args.data, name))
    person_texts = set()   # texts tagged as a person somewhere in the file
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                for ent in json.loads(line).get("entities", []):
                    for m in ent.get("mentions", []):
                        if m.get("type", ent["type"]) == "person":
                            person_texts.add(m["text"])
    stats = {"mentions": 0, "cut": 0, "dropped": 0, "retyped": 0, "org_country": 0, "administration": 0}
    shown = 0
    with open(args.gold, encoding="utf-8") as f, open(args.out, "w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            data = open(os.path.join(args.docs_dir, os.path.basename(rec["doc"])), "rb").read()
            toks = [(m.start(), m.end()) for m in re.finditer(rb"\S+", data)]
            words = [data[s:e].decode("utf-8", "replace").lower() for s, e in toks]
            by_start = {s: i for i, (s, e) in enumerate(toks)}
            by_end = {e: i for i, (s, e) in enumerate(toks)}
            newents = {}
            order = []
            for ent in rec.get("entities", []):
                for m in ent.get("mentions", []):
                    etype = m.get("type", ent["type"])
                    if m.get("form") == "demonym" or m["start"] not in by_start or m["end"] not in by_end:
                        nt, nm = etype, m
                    else:
                        stats["mentions"] += 1
                        a, b = by_start[m["start"]], by_end[m["end"]] + 1
                        a0, nt, nm = a, etype, m
                        if etype in ("person", "organization"):
                            changed = True
                            while changed:
                                changed = False
                                # a title phrase [s, e) with s <= a + 3, e > a, e < b: cut through e
                                for s in range(max(0, a - maxlen + 1), min(a + 4, b)):
                                    for L in range(maxlen, 0, -1):
                                        e = s + L
                                        if e <= a or e >= b or tuple(words[s:e]) not in titles:
                                            continue
                                        # "High Commissioner for Refugees": the title goes on
                                        if not data[toks[e][0]:toks[e][0] + 1].isupper():
                                            continue
                                        # "Khalid Sheikh Mohammed": a given name before it makes it a name
                                        if any(w in firstnames for w in words[a:s]):
                                            continue
                                        # never across a line break
                                        if b"\n" in data[toks[s][0]:toks[e - 1][1]]:
                                            continue
                                        a, changed = e, True
                                        break
                                    if changed:
                                        break
                            # the whole span is title words (after at most one leading word)
                            covered = [False] * (b - a)
                            for s in range(max(0, a - maxlen + 1), b):
                                for L in range(min(maxlen, b - s), 0, -1):
                                    if tuple(words[s:s + L]) in titles:
                                        for k in range(max(s, a), min(s + L, b)):
                                            covered[k - a] = True
                                        break
                            # a leading word the title belongs to: "U.S.", "NATO", "Louisiana", or any word
                            # before a title of two words or more ("Republican Majority Leader"); not a
                            # surname before a one-word title ("Shaukat Sultan", "Nathan King")
                            lead = 0
                            if b - a > 1 and not covered[0]:
                                w0 = data[toks[a][0]:toks[a][1]].decode("utf-8", "replace")
                                lead = 1 if ("." in w0 or w0.isupper() or words[a] in places
                                             or (b - a > 2 and words[a] not in firstnames)) else 0
                            if all(covered[lead:]) and not (lead == 0 and a == a0 and etype == "person" and
                                                            b - a > 1 and tuple(words[a:b]) in titles and
                                                            all(w[:1].isupper() for w in
                                                                data[toks[a][0]:toks[b - 1][1]].decode().split())):
                                stats["dropped"] += 1
                                if shown < args.show:
                                    print("drop  %s %r" % (etype, m["text"]))
                                    shown += 1
                                continue
                            if a > a0:
                                if etype == "organization" and any(w in orgwords for w in words[a0:b]):
                                    a = a0   # "King Abdullah University": leave it
                                else:
                                    while a < b and not words[a][:1].isupper() and not data[toks[a][0]:toks[a][0] + 1].isupper():
                                        a += 1
                                    if a >= b:
                                        stats["dropped"] += 1
                                        continue
                                    stats["cut"] += 1
                                    if etype == "organization":
                                        nt = "person"
                                        stats["retyped"] += 1
                                    text = data[toks[a][0]:toks[b - 1][1]].decode("utf-8")
                                    if shown < args.show:
                                        print("cut   %s %r -> %s %r" % (etype, m["text"], nt, text))
                                        shown += 1
                                    nm = {"start": toks[a][0], "end": toks[b - 1][1], "text": text}
                    if nm is m and m.get("form") != "demonym" and m["start"] in by_start and m["end"] in by_end:
                        a, b = by_start[m["start"]], by_end[m["end"]] + 1
                        text = " ".join(words[a:b])
                        if nt == "organization" and text in countries:
                            nt = "country"
                            stats["org_country"] += 1
                        elif (nt in ("organization", "place", "country") and b - a <= 3 and b < len(words) and
                              words[b] == "administration" and text not in countries and text not in places and
                              m["text"] in person_texts and "." not in text and text not in orgs):
                            nt = "person"
                            stats["administration"] += 1
                            if shown < args.show:
                                print("type  %s %r -> person" % (etype, m["text"]))
                                shown += 1
                    key = (nt, ent["id"])
                    if key not in newents:
                        newents[key] = {"id": "%s:%s" % (nt, ent["id"].split(":", 1)[1]), "name": ent["name"],
                                        "type": nt, "mentions": []}
                        order.append(key)
                    mm = dict(nm)
                    mm.pop("type", None)
                    newents[key]["mentions"].append(mm)
            rec["entities"] = [newents[k] for k in order]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%s: %d mentions; titles: %d cut (%d organization -> person), %d dropped; types: %d organization -> "
          "country, %d before \"administration\" -> person" %
          (args.out, stats["mentions"], stats["cut"], stats["retyped"], stats["dropped"], stats["org_country"],
           stats["administration"]), file=sys.stderr)


if __name__ == "__main__":
    main()
