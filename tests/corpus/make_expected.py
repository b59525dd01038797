#!/usr/bin/env python3
"""Regenerate tests/corpus/expected/*.json from the articles and the spec below.

Usage: python3 tests/corpus/make_expected.py tests/corpus

Offsets are never typed by hand: for every entity the spec lists the surface
strings that refer to it, and this script finds them in the article (whole
words only, case-sensitive) and converts character positions to UTF-8 byte
offsets (end-exclusive). Longer surfaces are matched first, so "Okafor" inside
"Amara Okafor" is not counted twice. Every whole-word occurrence of a listed
surface must be claimed by exactly one entity; a surface shared by two
entities (e.g. "Reyes") is split between them with explicit 0-based
occurrence indices. Run check_expected.py afterwards.
"""
import json
import os
import re
import sys

ALL = None  # select every occurrence

# name -> type, surfaces: (surface, form or None, occurrence indices or ALL)
SPEC = {
    "a-summit.txt": {
        "entities": [
            ("Kenya", "country", [("Kenya", None, ALL), ("Kenyan", "demonym", ALL)]),
            ("China", "country", [("China", None, ALL), ("Chinese", "demonym", ALL)]),
            ("Red Sea", "place", [("Red Sea", None, ALL)]),
            ("Amara Okafor", "person", [("Amara Okafor", None, ALL), ("Okafor", None, ALL)]),
            ("Li Wen", "person", [("Li Wen", None, ALL), ("Li", None, ALL)]),
            ("Geneva", "place", [("Geneva", None, ALL)]),
            ("Coastal Trade Council", "organization",
             [("Coastal Trade Council", None, ALL), ("CTC", None, ALL)]),
        ],
        "meetings": [
            {"participants": ["Amara Okafor", "Li Wen"], "place": "Geneva", "status": "held"},
            {"participants": ["Amara Okafor", "Li Wen"], "place": "Geneva", "status": "planned"},
        ],
    },
    "b-trade.txt": {
        "entities": [
            ("Brazil", "country", [("Brazil", None, ALL), ("Brazilian", "demonym", ALL)]),
            ("Kenya", "country", [("Kenya", None, ALL), ("Kenyan", "demonym", ALL)]),
            ("Nairobi", "place", [("Nairobi", None, ALL), ("NAIROBI", None, ALL)]),
            ("Amara Okafor", "person", [("Amara N. Okafor", None, ALL), ("Okafor", None, ALL)]),
            ("Ana Lúcia Ferreira", "person",
             [("Ana Lúcia Ferreira", None, ALL), ("Ferreira", None, ALL)]),
            ("State House", "place", [("State House", None, ALL)]),
            ("Mombasa", "place", [("Mombasa", None, ALL)]),
            ("Coastal Trade Council", "organization",
             [("Coastal Trade Council", None, ALL), ("CTC", None, ALL)]),
        ],
        "meetings": [
            {"participants": ["Amara Okafor", "Ana Lúcia Ferreira"], "place": "Nairobi",
             "status": "held"},
        ],
    },
    "c-followup.txt": {
        "entities": [
            ("Jakarta", "place", [("Jakarta", None, ALL)]),
            ("Amara Okafor", "person", [("Amara Okafor", None, ALL), ("Okafor", None, ALL)]),
            ("Li Wen", "person", [("Li Wen", None, ALL), ("Li", None, ALL)]),
            ("Coastal Trade Council", "organization",
             [("Coastal Trade Council", None, ALL), ("CTC", None, ALL)]),
            # "Ms. Reyes" is Lucia (occurrence 0), "Mr. Reyes" is Daniel (occurrence 1)
            ("Lucia Reyes", "person", [("Lucia Reyes", None, ALL), ("Reyes", None, [0])]),
            ("Daniel Reyes", "person", [("Daniel Reyes", None, ALL), ("Reyes", None, [1])]),
            ("United States", "country", [("U.S.", None, ALL)]),
            ("Kenya", "country", [("Kenyan", "demonym", ALL)]),
        ],
        "meetings": [
            # phone call: no place
            {"participants": ["Amara Okafor", "Li Wen"], "place": None, "status": "held"},
            {"participants": ["Lucia Reyes", "Daniel Reyes"], "place": "Jakarta",
             "status": "cancelled"},
        ],
    },
}


def find_all(text, surface):
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def build(doc, text, spec):
    byte_at = [0]
    for ch in text:
        byte_at.append(byte_at[-1] + len(ch.encode("utf-8")))

    covered = []  # (start, end) char spans already claimed
    mentions = {name: [] for name, _, _ in spec["entities"]}
    groups = {}
    for name, _, surfaces in spec["entities"]:
        for surface, form, sel in surfaces:
            groups.setdefault(surface, []).append((name, form, sel))

    for surface in sorted(groups, key=lambda s: (-len(s), s)):
        cands = [(s, e) for s, e in find_all(text, surface)
                 if not any(cs <= s and e <= ce for cs, ce in covered)]
        if not cands:
            sys.exit(f"{doc}: surface {surface!r} not found")
        claimed = {}
        for name, form, sel in groups[surface]:
            idxs = range(len(cands)) if sel is ALL else sel
            for i in idxs:
                if i >= len(cands):
                    sys.exit(f"{doc}: {surface!r} has no occurrence #{i}")
                if i in claimed:
                    sys.exit(f"{doc}: {surface!r} occurrence #{i} claimed twice")
                claimed[i] = (name, form)
        if len(claimed) != len(cands):
            sys.exit(f"{doc}: {surface!r}: {len(cands) - len(claimed)} occurrence(s) unclaimed")
        for i, (s, e) in enumerate(cands):
            name, form = claimed[i]
            m = {"start": byte_at[s], "end": byte_at[e], "text": text[s:e]}
            if form:
                m["form"] = form
            mentions[name].append(m)
            covered.append((s, e))

    entities = []
    for name, etype, _ in spec["entities"]:
        ms = sorted(mentions[name], key=lambda m: m["start"])
        entities.append({"name": name, "type": etype, "mentions": ms})
    entities.sort(key=lambda ent: ent["mentions"][0]["start"])
    return {"doc": doc, "entities": entities, "meetings": spec["meetings"]}


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(root, "expected")
    os.makedirs(outdir, exist_ok=True)
    for doc, spec in SPEC.items():
        with open(os.path.join(root, doc), encoding="utf-8") as f:
            text = f.read()
        data = build(doc, text, spec)
        out = os.path.join(outdir, doc[:-len(".txt")] + ".json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
        n = sum(len(e["mentions"]) for e in data["entities"])
        print(f"{out}: {len(data['entities'])} entities, {n} mentions, "
              f"{len(data['meetings'])} meetings")


if __name__ == "__main__":
    main()
