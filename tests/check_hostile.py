#!/usr/bin/env python3
"""Hostile input, each case a check: entgraph must never crash or hang, must say what it skipped and why, must
process the rest, and must exit as documented (0 all read, 1 something skipped or not written, 2 usage).

usage: check_hostile.py ENTGRAPH

Every file is generated here, in a temporary directory (nothing large is committed)."""
import json, os, resource, signal, stat, subprocess, sys, tempfile, threading
import xml.etree.ElementTree as ET

import networkx as nx

PASSED = FAILED = 0
GOOD = "Amara Okafor met Li Wen in Geneva on Tuesday.\n"


def check(cond, what):
    global PASSED, FAILED
    if cond:
        PASSED += 1
    else:
        FAILED += 1
        print("FAIL:", what, file=sys.stderr)


def run(args, timeout=120, limit_fsize=None):
    def pre():
        if limit_fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_fsize, limit_fsize))
    return subprocess.run(args, capture_output=True, timeout=timeout, preexec_fn=pre)


def records(stdout):
    return [json.loads(l) for l in stdout.decode("utf-8").splitlines() if l.strip()]


def main():
    eg = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        def path(name, data=None):
            p = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            if data is not None:
                with open(p, "wb") as f:
                    f.write(data if isinstance(data, bytes) else data.encode())
            return p

        good = path("good.txt", GOOD)

        # invalid UTF-8 and NUL bytes: processed, offsets still input bytes
        bad = path("bytes.txt", b"\xfd\xff\xfe Amara Okafor\x00 met \xc3\x28Li Wen in Geneva.\n")
        r = run([eg, "extract", bad, "-q"])
        recs = records(r.stdout)
        check(r.returncode == 0 and len(recs) == 1, f"invalid UTF-8 and NUL bytes are processed ({r.stderr!r})")
        raw = open(bad, "rb").read()
        ms = [m for e in recs[0]["entities"] for m in e["mentions"]] if recs else []
        check(ms and all(raw[m["start"]:m["end"]].decode() == m["text"] for m in ms),
              "offsets of mentions after invalid bytes are input byte offsets")
        check(any(m["text"] == "Amara Okafor" for m in ms), "names after invalid bytes are found")

        # UTF-16 with a byte order mark: skipped with a clear message, the rest processed
        u16 = path("utf16.txt", "\ufeff" .encode("utf-16-le") + GOOD.encode("utf-16-le"))
        r = run([eg, "extract", u16, good, "-q"])
        check(r.returncode == 1 and b"utf16.txt" in r.stderr and b"UTF-16" in r.stderr,
              f"UTF-16 is refused by name ({r.stderr!r})")
        check(len(records(r.stdout)) == 1, "the other document is still written")

        # CRLF line ends
        crlf = path("crlf.txt", "Talks in Geneva\r\n\r\nAmara Okafor met Li Wen.\r\nShe left.\r\n")
        r = run([eg, "extract", crlf, "-q"])
        recs = records(r.stdout)
        raw = open(crlf, "rb").read()
        ms = [m for e in recs[0]["entities"] for m in e["mentions"]]
        check(r.returncode == 0 and any(m["text"] == "Li Wen" for m in ms) and
              all(raw[m["start"]:m["end"]].decode() == m["text"] for m in ms), "CRLF text is read with exact offsets")

        # a 200 MB single-line file: over the document limit, skipped with a message, never cut silently
        big = path("big.txt")
        with open(big, "wb") as f:
            chunk = b"Amara Okafor met Li Wen in Geneva and " * 27000
            for _ in range(200):
                f.write(chunk[:1 << 20])
        r = run([eg, "extract", big, good, "-q"])
        check(r.returncode == 1 and b"big.txt" in r.stderr and b"limit" in r.stderr,
              f"a 200 MB document is skipped with a message ({r.stderr[:200]!r})")
        check(len(records(r.stdout)) == 1, "the rest is still processed")
        os.remove(big)

        # empty files, a binary file, a dangling link and a symbolic-link loop in an input directory
        d = path("dir/a-empty.txt", "")
        path("dir/b-good.txt", GOOD)
        with open("/bin/true", "rb") as f:
            path("dir/c-binary.txt", f.read())
        os.symlink(os.path.join(tmp, "nowhere.txt"), os.path.join(tmp, "dir", "d-dangling.txt"))
        os.symlink(os.path.join(tmp, "dir"), os.path.join(tmp, "dir", "loop"))
        r = run([eg, "extract", os.path.join(tmp, "dir"), "-q"])
        recs = records(r.stdout)
        err = r.stderr.decode()
        check(r.returncode == 1, f"skipped inputs give exit status 1 (got {r.returncode})")
        check([os.path.basename(x["doc"]) for x in recs] == ["a-empty.txt", "b-good.txt"],
              f"empty and good files are read, in order ({[x['doc'] for x in recs]})")
        check(recs and recs[0]["entities"] == [], "an empty file gives an empty record")
        check("c-binary.txt" in err and "binary" in err, f"a binary file is named and skipped ({err})")
        check("d-dangling.txt" in err, "a dangling link is named")
        check("loop" in err, "a symbolic-link loop is named and cut")

        # 100,000 tiny files
        many = os.path.join(tmp, "many")
        os.makedirs(many)
        for i in range(100000):
            with open(os.path.join(many, f"{i:06d}.txt"), "w") as f:
                f.write("Li Wen.\n" if i % 2 else "Okafor said so.\n")
        r = run([eg, "build", many, "-o", os.path.join(tmp, "many-out"), "-q"], timeout=600)
        check(r.returncode == 0, f"100,000 tiny files are read ({r.stderr[:200]!r})")
        al = json.load(open(os.path.join(tmp, "many-out", "aliases.json")))["entities"]
        check(any(e["documents"] == 50000 for e in al), "each of the 100,000 documents is counted")

        # a 10,000-character run of capitalized words; one name repeated a million times
        caps = path("caps.txt", " ".join(["Alder", "Birch", "Cedar", "Maple", "Larch"] * 1700)[:10000])
        r = run([eg, "extract", caps, "-q"], timeout=60)
        recs = records(r.stdout)
        check(r.returncode == 0 and all(len(e["name"].split()) <= 5 for e in recs[0]["entities"]),
              "a run of capitalized words gives no absurd names")
        rep = path("rep.txt", "Amara Okafor met Li Wen. " * 1000000)
        r = run([eg, "build", rep, "-o", os.path.join(tmp, "rep-out"), "-q"], timeout=300)
        check(r.returncode == 0, f"one name repeated a million times is processed ({r.stderr[:200]!r})")
        g = nx.read_graphml(os.path.join(tmp, "rep-out", "graph.graphml"))
        okafor = [d for _, d in g.nodes(data=True) if d["label"] == "Amara Okafor"]
        check(okafor and okafor[0]["mentions"] == 1000000, "and counted exactly")
        os.remove(rep)

        # names that try to break out of XML, DOT and HTML
        evil = path("evil.txt", 'Officials said <script>alert(1)</script> Rita "]; digraph { Moreau & Sons Ltd met '
                                'Li Wen in Geneva.\nPaul \\N O\'Hara\x01 met Anna\x07 Kowalski in Geneva.\n')
        out = os.path.join(tmp, "evil-out")
        r = run([eg, "build", evil, "-o", out, "-q"])
        check(r.returncode == 0, f"hostile names build ({r.stderr!r})")
        try:
            nx.read_graphml(os.path.join(out, "graph.graphml"))
            ET.parse(os.path.join(out, "graph.svg"))
            ET.parse(os.path.join(out, "graph.graphml"))
            ok = True
        except Exception as e:  # noqa: BLE001 - any parse error fails the check
            ok = False
            print(e, file=sys.stderr)
        check(ok, "GraphML and SVG stay well-formed")
        svg = open(os.path.join(out, "graph.svg"), encoding="utf-8").read()
        check("<script>" not in svg, "no script element reaches the SVG")
        r2 = run(["dot", "-Tsvg", os.path.join(out, "graph.dot"), "-o", os.devnull])
        check(r2.returncode == 0, "dot accepts the DOT file")
        dot = open(os.path.join(out, "graph.dot"), encoding="utf-8").read()
        check("digraph {" not in dot.replace('\\"]; digraph {', ""), "no name closes a DOT string")
        g = nx.read_graphml(os.path.join(out, "graph.graphml"))
        r3 = run(["gc", "-n", "-e", os.path.join(out, "graph.dot")])
        counts = r3.stdout.decode().split()[:2] if r3.returncode == 0 else []
        check(counts == [str(g.number_of_nodes()), str(g.number_of_edges())],
              f"Graphviz reads back every entity and link of the DOT file ({counts})")

        # a full disk: a clear error, a non-zero exit, no partial file
        out = os.path.join(tmp, "full-out")
        r = run([eg, "build", good, "-o", out, "-q"], limit_fsize=2000)
        check(r.returncode == 1 and b"graph" in r.stderr, f"a full disk is reported ({r.stderr!r})")
        left = os.listdir(out) if os.path.isdir(out) else []
        check(not [f for f in left if ".tmp." in f], f"no temporary file is left ({left})")
        for f in left:
            if f.endswith((".graphml", ".svg", ".json")):
                try:
                    if f.endswith(".json"):
                        json.load(open(os.path.join(out, f)))
                    else:
                        ET.parse(os.path.join(out, f))
                except Exception:  # noqa: BLE001
                    check(False, f"{f} is whole or absent")
        with open("/dev/full", "wb") as full:
            r3 = subprocess.run([eg, "extract", good, "-q"], stdout=full, stderr=subprocess.PIPE)
        check(r3.returncode == 1 and b"standard output" in r3.stderr, f"writing to a full device fails loudly ({r3.stderr!r})")

        # -o to a device or a pipe writes into it, never renames a file over it ("-o /dev/null")
        fifo = os.path.join(tmp, "pipe")
        os.mkfifo(fifo)
        got = []
        reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
        reader.start()
        r = run([eg, "extract", good, "-o", fifo, "-q"])
        reader.join(timeout=20)
        check(r.returncode == 0 and stat.S_ISFIFO(os.stat(fifo).st_mode) and got and records(got[0]),
              f"extract -o a named pipe writes the records into it and leaves it a pipe ({r.stderr!r})")
        check(not [f for f in os.listdir(tmp) if f.startswith("pipe.tmp")], "no temporary file beside the pipe")

        # -o never overwrites an input
        before = open(good, "rb").read()
        r = run([eg, "extract", good, "-o", good, "-q"])
        check(r.returncode == 2 and open(good, "rb").read() == before, "extract -o refuses to overwrite its input")

        # bad arguments
        check(run([eg, "extract"]).returncode == 2, "no input is a usage error")
        check(run([eg, "frobnicate"]).returncode == 2, "an unknown command is a usage error")
        r = run([eg, "extract", os.path.join(tmp, "missing.txt"), "-q"])
        check(r.returncode == 1 and b"missing.txt" in r.stderr, "a missing file is named")
        jl = path("docs.jsonl", '{"id": "a", "text": "Li Wen met Amara Okafor."}\nnot json\n{"id": 3}\n'
                                '{"id": "b", "text": "Okafor left.", "date": "2024-03-14"}\n')
        r = run([eg, "extract", "--jsonl", jl, "-q"])
        recs = records(r.stdout)
        check(r.returncode == 1 and [x["doc"] for x in recs] == ["a", "b"] and b"docs.jsonl:2" in r.stderr
              and b"docs.jsonl:3" in r.stderr, f"bad JSON Lines records are named by line and skipped ({r.stderr!r})")
        r = run([eg, "extract", jl, "-q"])
        check(r.returncode == 0 and b"--jsonl" in r.stderr and len(records(r.stdout)) == 1,
              f"a .jsonl file without --jsonl is one text document, and the user is told of --jsonl ({r.stderr!r})")
        r = run([eg, "extract", "--jsonl", jl, "-q"])
        check(b"note:" not in r.stderr, "no note when --jsonl is given")
    print(f"{PASSED} passed, {FAILED} failed")
    return 1 if FAILED else 0


sys.exit(main())
