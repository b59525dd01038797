#!/usr/bin/env python3
"""Extraction quality on the project's own annotated articles (tests/corpus/expected/*.json).

usage: check_quality.py ENTGRAPH SOURCE_DIR

Scores `entgraph extract tests/corpus` against the annotations: mentions by exact byte span and type (demonyms
must carry form "demonym"), and meetings by participant pair, place and status. The floors below are what the
extractor reaches today; a change that falls under them breaks the test. A meeting the text says was cancelled or
refused is looked for under "meetings_not_held", and only there: "meetings" lists encounters."""
import json, os, subprocess, sys

MENTION_F1_FLOOR = 0.95
MEETING_PAIRS_FLOOR = 1.0      # every annotated meeting pair is found
PASSED = FAILED = 0


def check(cond, what):
    global PASSED, FAILED
    if cond:
        PASSED += 1
    else:
        FAILED += 1
        print("FAIL:", what, file=sys.stderr)


def main():
    bin_, src = sys.argv[1], sys.argv[2]
    os.chdir(src)
    out = subprocess.run([bin_, "extract", "tests/corpus", "--quiet"], capture_output=True, check=True, text=True)
    pred = {os.path.basename(json.loads(l)["doc"]): json.loads(l) for l in out.stdout.splitlines()}
    tp = fp = fn = 0
    pairs_gold = pairs_found = places_right = statuses_right = 0
    exp_dir = os.path.join("tests", "corpus", "expected")
    for f in sorted(os.listdir(exp_dir)):
        gold = json.load(open(os.path.join(exp_dir, f), encoding="utf-8"))
        p = pred[gold["doc"]]
        gm = {(m["start"], m["end"], e["type"], m.get("form", "name")) for e in gold["entities"] for m in e["mentions"]}
        pm = {(m["start"], m["end"], e["type"], m.get("form", "name")) for e in p["entities"] for m in e["mentions"]}
        tp += len(gm & pm)
        fp += len(pm - gm)
        fn += len(gm - pm)
        for x in sorted(pm - gm):
            print(f"  {gold['doc']}: extra {x}", file=sys.stderr)
        for x in sorted(gm - pm):
            print(f"  {gold['doc']}: missed {x}", file=sys.stderr)
        names = {e["id"]: e["name"] for e in p["entities"]}
        aliases = {}
        for e in p["entities"]:
            for m in e["mentions"]:
                aliases.setdefault(e["id"], set()).add(m["text"])
        def same(pid, gname):
            return pid and (names.get(pid) == gname or gname in aliases.get(pid, set())
                            or gname.split()[-1] in aliases.get(pid, set()))
        check(all(m["status"] not in ("cancelled", "refused") for m in p["meetings"]) and
              all(m["status"] in ("cancelled", "refused") for m in p["meetings_not_held"]),
              f"{gold['doc']}: encounters under meetings, the rest under meetings_not_held")
        for gmt in gold["meetings"]:
            pairs_gold += 1
            a, b = gmt["participants"]
            hit = [m for m in p["meetings"] + p["meetings_not_held"] if any(same(x, a) for x in m["participants"])
                   and any(same(x, b) for x in m["participants"])]
            if hit:
                pairs_found += 1
                places_right += any((m["place"] is None and gmt["place"] is None) or same(m["place"], gmt["place"] or "")
                                    for m in hit)
                statuses_right += any(m["status"] == gmt["status"] for m in hit)
            else:
                print(f"  {gold['doc']}: missed meeting {a} + {b}", file=sys.stderr)
    p_ = tp / (tp + fp) if tp + fp else 0
    r_ = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0
    print(f"mentions P {p_:.3f} R {r_:.3f} F1 {f1:.3f}; meetings {pairs_found}/{pairs_gold} pairs, "
          f"{places_right} places right, {statuses_right} statuses right")
    check(f1 >= MENTION_F1_FLOOR, f"mention F1 {f1:.3f} >= {MENTION_F1_FLOOR}")
    check(pairs_found >= MEETING_PAIRS_FLOOR * pairs_gold, f"meeting pairs {pairs_found}/{pairs_gold}")
    check(places_right >= pairs_found - 1, f"meeting places {places_right}/{pairs_found}")
    print(f"{PASSED} passed, {FAILED} failed")
    return 1 if FAILED else 0


sys.exit(main())
