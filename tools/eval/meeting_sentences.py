#!/usr/bin/env python3
"""Meeting sentences of real news to read: GMB training sentences (../shared/data/gmb/ner_dataset.csv, ODbL, never
committed) that name two persons or more and hold a meeting word, one JSON Lines document each, after a neutral first
sentence (so the sentence is no headline). Run `entgraph extract --jsonl` on the output, then list the documents with
no meeting (--misses OUT.jsonl) or every meeting found with its sentence (--found OUT.jsonl) and read them: that is how
the constructions of wire news that were missed or read wrongly were found. No score: the sentences have no meeting
gold, and GMB's sentences are detached from their articles (a "he" at the start names no one here).

usage: meeting_sentences.py CSV > sentences.jsonl
       meeting_sentences.py --misses|--found sentences.jsonl OUT.jsonl"""
import csv, json, re, sys

TRIGGER = re.compile(r"\b(met|meet|meets|meeting|talks|hosted|hosts|received|welcomed|visited|visit|spoke|phoned|"
                     r"telephone|held|discuss|discussed|summit|conferred|sat down|dinner|call)\b")
LEAD = "The report was released on Monday.\n\n"


def detok(words):
    s = " ".join(words)
    s = re.sub(r" (['’]s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r" ([.,;:!?%)])", r"\1", s)
    s = re.sub(r"([($]) ", r"\1", s)
    return s.replace("`` ", '"').replace(" ''", '"')


def sentences(path, last=43162):
    sents, cur = [], None
    with open(path, encoding="latin-1") as f:
        rows = csv.reader(f)
        next(rows)
        for sid, word, _pos, tag in rows:
            if sid:
                if len(sents) == last:
                    break
                cur = []
                sents.append(cur)
            cur.append((word, tag))
    for i, sent in enumerate(sents):
        text = detok([w for w, _ in sent])
        if sum(t == "B-per" for _, t in sent) >= 2 and TRIGGER.search(text):
            yield {"id": f"s{i + 1}", "text": LEAD + text}


def report(kind, docs_path, out_path):
    docs = {d["id"]: d["text"][len(LEAD):] for d in map(json.loads, open(docs_path, encoding="utf-8"))}
    for line in open(out_path, encoding="utf-8"):
        rec = json.loads(line)
        names = {e["id"]: e["name"] for e in rec["entities"]}
        if kind == "--misses" and not rec["meetings"]:
            print(rec["doc"], docs[rec["doc"]], sep="\t")
        for m in rec["meetings"] if kind == "--found" else []:
            print(rec["doc"], " + ".join(names.get(p, p) for p in m["participants"]), m.get("status"),
                  names.get(m.get("place")), docs[rec["doc"]], sep="\t")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] in ("--misses", "--found"):
        report(*sys.argv[1:])
    elif len(sys.argv) == 2:
        for doc in sentences(sys.argv[1]):
            print(json.dumps(doc, ensure_ascii=False))
    else:
        sys.exit(__doc__)
