#!/usr/bin/env python3
"""Extraction quality on eight articles written for the project (tests/articles/*.txt), invented events in the
style of wire news, each built around hard cases: name particles, Arabic articles, acronyms at a paragraph's start,
companies with legal forms, natural features, venues, title-case headlines.

usage: check_articles.py ENTGRAPH SOURCE_DIR

tests/articles/gold.json lists, per article, each entity with its type and every string that names it. A string
counts as found when `entgraph extract` gives some mention with that text a type of the same class (person,
organization, or location for country and place); a mention whose text the gold does not list is an extra.
Demonyms count as mentions of their country. The floor is what the extractor reaches today, less a margin; a
change that falls under it breaks the test."""
import json, os, subprocess, sys

F1_FLOOR = 0.90
CLASS = {"person": "PER", "organization": "ORG", "country": "LOC", "place": "LOC"}


def main():
    bin_, src = sys.argv[1], sys.argv[2]
    folder = os.path.join(src, "tests", "articles")
    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    out = subprocess.run([bin_, "extract", folder, "--quiet"], capture_output=True, check=True, text=True)
    tp = fp = fn = 0
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        name = os.path.basename(rec["doc"])
        want = {m: CLASS[e["type"]] for e in gold[name]["entities"] for m in e["mentions"]}
        got = {}
        for e in rec["entities"]:
            for m in e["mentions"]:
                got.setdefault(m["text"], set()).add(CLASS[e["type"]])
        for text, cls in sorted(want.items()):
            if cls in got.get(text, ()):
                tp += 1
            else:
                fn += 1
                print(f"  {name}: missed {cls} {text!r}" + (f" (got {sorted(got[text])})" if text in got else ""),
                      file=sys.stderr)
        for text in sorted(set(got) - set(want)):
            fp += 1
            print(f"  {name}: extra {sorted(got[text])} {text!r}", file=sys.stderr)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"mention strings P {p:.3f} R {r:.3f} F1 {f1:.3f} (floor {F1_FLOOR})")
    return 0 if f1 >= F1_FLOOR else 1


sys.exit(main())
