#!/usr/bin/env python3
"""Undo the PTB-style tokenization of a corpus for training, keeping its gold offsets right.

Usage:
  detok.py GOLD DOCS_DIR OUT_DIR [--every N]

The training corpora are tokenized text (tokens joined by spaces: "Obama 's visit ( 2009 ) , he said ."), but
entgraph reads news as published ("Obama’s visit (2009), he said."), where the tokenizer sees a possessive
token right after the name. For every N-th document (default 2: every other one; 1: all) this writes the text
with the spaces before , . : ; ? ! ) ] % 's n't 'll 're 've 'd 'm and after ( [ $ removed, quotes attached to
their words, and, in every other such document, typographic apostrophes and quotes (’ “ ”) and "US", "UN", "UK"
for "U.S.", "U.N.", "U.K."; the other documents
are copied unchanged. The gold records are rewritten with offsets (and mention texts) mapped onto the new bytes.
Writes OUT_DIR/docs/* and OUT_DIR/gold.jsonl. Standard library only; deterministic.
"""
import argparse
import json
import os
import re
import sys

ATTACH_LEFT = {",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "...", "'s", "'S", "n't", "N'T", "'ll", "'re",
               "'ve", "'d", "'m", "'LL", "'RE", "'VE", "'D", "'M", "'"}
ATTACH_RIGHT = {"(", "[", "{", "$"}
DOTLESS = {"U.S.": "US", "U.N.": "UN", "U.K.": "UK", "U.S.A.": "USA", "E.U.": "EU"}


def detok_line(line, fancy):
    """Returns (new_line, first, last) for one line of tokens (bytes): first[k] / last[k] is where old byte k
    goes when it starts / ends a mention (they differ only inside a token that was replaced)."""
    toks = [(m.start(), m.end()) for m in re.finditer(rb"\S+", line)]
    out = bytearray()
    mp = [0] * (len(line) + 1)
    last = [0] * (len(line) + 1)
    prev_right = True   # no space before the first token
    quote_open = False
    pos = 0
    for i, (s, e) in enumerate(toks):
        w = line[s:e].decode("utf-8", "replace")
        attach = prev_right
        right = False
        neww = line[s:e]
        if w == "." and out.endswith(b"."):
            # "in the U.S. ." -> "in the U.S.": the abbreviation's period ends the sentence
            for k in range(pos, e):
                mp[k] = last[k] = len(out)
            pos = e
            continue
        if fancy and w in DOTLESS:
            neww = DOTLESS[w].encode()
        if w in ATTACH_LEFT:
            attach = True
            if fancy and w.startswith("'"):
                neww = "\u2019".encode() + line[s + 1:e]
        elif w in ATTACH_RIGHT:
            right = True
        elif w == '"':
            if quote_open:
                attach = True
                if fancy:
                    neww = "\u201d".encode()
            else:
                right = True
                if fancy:
                    neww = "\u201c".encode()
            quote_open = not quote_open
        # bytes between tokens (the spaces): map to the current output position
        for k in range(pos, s):
            mp[k] = last[k] = len(out)
        if not attach and i:
            out += b" "
        start = len(out)
        if neww == line[s:e]:
            for k in range(s, e):
                mp[k] = last[k] = start + (k - s)
        else:
            for k in range(s, e):
                mp[k] = start
                last[k] = start + len(neww) - 1
        out += neww
        pos = e
        prev_right = right
    for k in range(pos, len(line) + 1):
        mp[k] = last[k] = len(out)
    return bytes(out), mp, last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("docs_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--every", type=int, default=2)
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out_dir, "docs"), exist_ok=True)
    n = changed = moved = 0
    with open(args.gold, encoding="utf-8") as f, \
            open(os.path.join(args.out_dir, "gold.jsonl"), "w", encoding="utf-8") as gout:
        for line in f:
            if not line.strip():
                continue
            n += 1
            rec = json.loads(line)
            base = os.path.basename(rec["doc"])
            data = open(os.path.join(args.docs_dir, base), "rb").read()
            if n % args.every == 0:
                changed += 1
                fancy = (changed % 2) == 0
                out = bytearray()
                mp = [0] * (len(data) + 1)
                ml = [0] * (len(data) + 1)
                off = 0
                for ln in data.split(b"\n"):
                    new, m, m2 = detok_line(ln, fancy)
                    for k in range(len(ln) + 1):
                        mp[off + k] = len(out) + m[k]
                        ml[off + k] = len(out) + m2[k]
                    out += new + b"\n"
                    off += len(ln) + 1
                if not data.endswith(b"\n"):
                    out = out[:-1]
                new = bytes(out)
                for ent in rec.get("entities", []):
                    for m in ent.get("mentions", []):
                        s, e = mp[m["start"]], ml[m["end"] - 1] + 1
                        txt = new[s:e].decode("utf-8")
                        m["start"], m["end"], m["text"] = s, e, txt
                        moved += 1
                data = new
            with open(os.path.join(args.out_dir, "docs", base), "wb") as fo:
                fo.write(data)
            rec["doc"] = "docs/" + base
            gout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%s: %d documents, %d detokenized, %d mentions remapped" % (args.out_dir, n, changed, moved),
          file=sys.stderr)


if __name__ == "__main__":
    main()
