#!/usr/bin/env python3
"""Select documents of a gold JSON Lines file (the `entgraph extract` format) into a new one.

Usage:
  filter_gold.py GOLD OUT [--manifest TSV --genres G1,G2,...] [--drop-every N | --keep-every N]

--manifest/--genres: keep the documents whose genre (column "genre" of the manifest, keyed by column "doc" =
  the basename without .txt) is listed (GUM's manifest.tsv).
--drop-every N / --keep-every N: number the documents 1, 2, ... in file order and drop / keep every N-th
  (a held-out split of a corpus that has none, such as wikigold).
Prints the number of documents kept. Standard library only; the output is deterministic.
"""
import argparse
import csv
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--manifest")
    ap.add_argument("--genres")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--drop-every", type=int, default=0)
    g.add_argument("--keep-every", type=int, default=0)
    args = ap.parse_args()
    genres = None
    if args.manifest:
        if not args.genres:
            sys.exit("--manifest needs --genres")
        wanted = set(args.genres.split(","))
        genres = {}
        with open(args.manifest, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                genres[row["doc"]] = row["genre"]
    kept = 0
    with open(args.gold, encoding="utf-8") as f, open(args.out, "w", encoding="utf-8") as out:
        n = 0
        for line in f:
            if not line.strip():
                continue
            n += 1
            rec = json.loads(line)
            base = os.path.basename(rec["doc"])
            if genres is not None and genres.get(base[:-4] if base.endswith(".txt") else base) not in wanted:
                continue
            if args.drop_every and n % args.drop_every == 0:
                continue
            if args.keep_every and n % args.keep_every != 0:
                continue
            out.write(line if line.endswith("\n") else line + "\n")
            kept += 1
    print("%s: %d documents" % (args.out, kept))


if __name__ == "__main__":
    main()
