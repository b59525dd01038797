#!/usr/bin/env python3
"""`entgraph merge` of shards equals one `entgraph build` over all their documents, byte for byte.

usage: check_merge.py ENTGRAPH SOURCE_DIR

The project's articles (tests/corpus and examples) are split in three parts, each built into a shard (two of them
with several threads), the shards merged (once directly, once through a merged shard of the first two), and every
graph file compared with one build over all the articles. Also: -j 1 and -j 2 give the same extract output."""
import filecmp, os, subprocess, sys, tempfile

PASSED = FAILED = 0


def check(cond, what):
    global PASSED, FAILED
    if cond:
        PASSED += 1
    else:
        FAILED += 1
        print("FAIL:", what, file=sys.stderr)


EVIDENCE_MAX = 100   # EG_EVIDENCE_MAX in include/entgraph/corpus.h


def check_evidence_cap(tmp, run):
    """A pair named together in more sentences than are kept: the weight counts them all, the evidence lists the
    first EG_EVIDENCE_MAX (the first few with their text), and shards merge to the same graph."""
    import json
    d = os.path.join(tmp, "many")
    os.mkdir(d)
    n = EVIDENCE_MAX + 37
    for i in range(n):
        with open(os.path.join(d, f"n{i:04d}.txt"), "w") as f:
            f.write(f"Ilsa Marrow and Tomas Brevik opened the harbour fair in Bergen on day {i}. "
                    f"Marrow thanked Brevik for the {i} boats.\n")
    files = sorted(os.path.join(d, f) for f in os.listdir(d))
    one = os.path.join(tmp, "many-one")
    run("build", *files, "-o", one, "-j", "2")
    g = json.load(open(os.path.join(one, "graph.json")))
    pair = [e for e in g["links"] if e["kind"] == "cooccurrence" and
            {e["source"], e["target"]} == {"person:ilsa-marrow", "person:tomas-brevik"}]
    check(len(pair) == 1, "the pair has one co-occurrence edge")
    if pair:
        e = pair[0]
        check(e["weight"] == 2 * n, f"its weight counts every sentence ({e['weight']} == {2 * n})")
        check(len(e["evidence"]) == EVIDENCE_MAX, f"{EVIDENCE_MAX} sentences are listed ({len(e['evidence'])})")
        docs_listed = [x["doc"] for x in e["evidence"]]
        check(docs_listed == sorted(docs_listed) and docs_listed[0].endswith("n0000.txt"),
              "the listed sentences are the first ones, in order")
        check("text" in e["evidence"][0] and "day 0" in e["evidence"][0]["text"], "the first one has its text")
    shards = []
    for i, part in enumerate((files[:40], files[40:41], files[41:])):
        shards.append(os.path.join(tmp, f"many{i}.shard"))
        run("build", *part, "--shard", shards[-1], "-j", "1")
    merged = os.path.join(tmp, "many-merged")
    run("merge", *shards, "-o", merged)
    for f in ("graph.graphml", "graph.json", "aliases.json"):
        check(filecmp.cmp(os.path.join(one, f), os.path.join(merged, f), shallow=False),
              f"past the kept evidence, merged {f} equals one build's")


def check_sentences_on_disk(tmp, docs, shards, one):
    """With ENTGRAPH_TEXT_MEMORY=0 every evidence sentence goes to the temporary file (as most do in a large run):
    the graph files and shards are the same, the file is gone afterwards, and an unusable TMPDIR is reported."""
    env = dict(os.environ, ENTGRAPH_TEXT_MEMORY="0", TMPDIR=os.path.join(tmp, "spill"))
    os.mkdir(env["TMPDIR"])
    disk = os.path.join(tmp, "disk")
    r = subprocess.run([eg_path(), "build", *docs, "-o", disk, "--shard", disk + ".shard", "-q"], env=env,
                       capture_output=True, text=True)
    check(r.returncode == 0, f"build with the sentences on disk exits 0 ({r.stderr})")
    for f in ("graph.graphml", "graph.json", "aliases.json", "graph.dot"):
        check(filecmp.cmp(os.path.join(one, f), os.path.join(disk, f), shallow=False),
              f"{f} with the sentences on disk equals the one kept in memory")
    r = subprocess.run([eg_path(), "merge", *shards, "-o", disk + "-merged", "-q"], env=env, capture_output=True,
                       text=True)
    check(r.returncode == 0 and filecmp.cmp(os.path.join(one, "graph.json"), os.path.join(disk + "-merged", "graph.json"),
                                            shallow=False), "merge with the sentences on disk equals one build")
    check(os.listdir(env["TMPDIR"]) == [], "the temporary file is gone")
    env["TMPDIR"] = os.path.join(tmp, "missing")
    r = subprocess.run([eg_path(), "build", *docs, "-o", os.path.join(tmp, "x"), "-q"], env=env, capture_output=True,
                       text=True)
    check(r.returncode == 1 and "TMPDIR" in r.stderr, f"an unusable TMPDIR is reported ({r.stderr.strip()})")
    env["ENTGRAPH_TEXT_MEMORY"] = "lots"
    r = subprocess.run([eg_path(), "build", *docs, "-o", os.path.join(tmp, "x"), "-q"], env=env, capture_output=True,
                       text=True)
    check(r.returncode != 0 and "ENTGRAPH_TEXT_MEMORY" in r.stderr, "a bad ENTGRAPH_TEXT_MEMORY is reported")


def eg_path():
    return sys.argv[1]


def main():
    eg, src = sys.argv[1], sys.argv[2]
    os.chdir(src)
    docs = sorted(os.path.join("tests/corpus", f) for f in os.listdir("tests/corpus") if f.endswith(".txt"))
    docs += sorted(os.path.join("examples", f) for f in os.listdir("examples") if f.endswith(".txt"))
    parts = [docs[:2], docs[2:4], docs[4:]]
    with tempfile.TemporaryDirectory() as tmp:
        def run(*args):
            r = subprocess.run([eg, *args, "-q"], capture_output=True, text=True)
            check(r.returncode == 0, f"{' '.join(args[:2])} exits 0 ({r.stderr})")
            return r
        one = os.path.join(tmp, "one")
        run("build", *docs, "-o", one, "-j", "1")
        shards = []
        for i, p in enumerate(parts):
            shards.append(os.path.join(tmp, f"{i}.shard"))
            run("build", *p, "--shard", shards[-1], "-j", "2" if i else "1")
        merged = os.path.join(tmp, "merged")
        run("merge", *shards, "-o", merged)
        ab = os.path.join(tmp, "ab.shard")
        run("merge", shards[0], shards[1], "--shard", ab)
        again = os.path.join(tmp, "again")
        run("merge", ab, shards[2], "-o", again)
        for f in ("graph.graphml", "graph.json", "aliases.json", "graph.dot"):
            check(filecmp.cmp(os.path.join(one, f), os.path.join(merged, f), shallow=False),
                  f"merged {f} equals one build's")
            check(filecmp.cmp(os.path.join(one, f), os.path.join(again, f), shallow=False),
                  f"{f} merged in two steps equals one build's")
        r = subprocess.run([eg, "merge", os.path.join(tmp, "missing.shard"), "-o", os.path.join(tmp, "x"), "-q"],
                           capture_output=True, text=True)
        check(r.returncode == 1 and "missing.shard" in r.stderr, "a missing shard is named")
        bad = os.path.join(tmp, "bad.shard")
        with open(bad, "w") as f:
            f.write('{"shard": 99}\n')
        r = subprocess.run([eg, "merge", bad, "-o", os.path.join(tmp, "x"), "-q"], capture_output=True, text=True)
        check(r.returncode == 1 and "bad.shard" in r.stderr, "a foreign file is refused by name")
        j1 = subprocess.run([eg, "extract", *docs, "-q", "-j", "1"], capture_output=True).stdout
        j3 = subprocess.run([eg, "extract", *docs, "-q", "-j", "3"], capture_output=True).stdout
        check(j1 == j3 and len(j1) > 1000, "extract -j 3 writes what -j 1 writes")
        check_evidence_cap(tmp, run)
        check_sentences_on_disk(tmp, docs, shards, one)
    print(f"{PASSED} passed, {FAILED} failed")
    return 1 if FAILED else 0


sys.exit(main())
