#!/usr/bin/env python3
"""Verify the golden annotations in CORPUS_DIR/expected/*.json.

Usage: python3 tests/corpus/check_expected.py tests/corpus

For every CORPUS_DIR/NAME.txt there must be CORPUS_DIR/expected/NAME.json
(and vice versa). Checks, per file:
  * the article is valid UTF-8 in the house format (headline line without
    final punctuation, blank line, paragraphs; no CR, no tabs);
  * "doc" names the article; entity names are unique; types are one of
    person, organization, country, place;
  * every mention has 0 <= start < end <= len(bytes), the offsets fall on
    UTF-8 character boundaries, and the bytes at [start, end) decode to
    exactly "text";
  * mentions do not overlap; titles/honorifics and possessive 's are outside
    the span; surrounding whitespace is outside the span; "form", if
    present, is "demonym";
  * completeness: every whole-word occurrence of any annotated mention text,
    and of every word of a person's name, lies inside some annotated
    mention (catches a forgotten "Okafor" or "Mr. Li");
  * meetings: at least two distinct participants, each a person or
    organization entity of this file; place is null or a place entity;
    status is held, planned or cancelled.
Only the standard library is used. Exits 1 on any mismatch, 0 otherwise.
"""
import json
import os
import re
import sys

TYPES = {"person", "organization", "country", "place"}
STATUSES = {"held", "planned", "cancelled"}
FORMS = {"demonym"}
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "President", "Minister",
          "Foreign Minister", "Prime Minister", "the ", "The ")


def check_article(name, raw, errors):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8: {e}")
        return None
    if "\r" in text or "\t" in text:
        errors.append(f"{name}: contains CR or TAB characters")
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        errors.append(f"{name}: expected headline line, blank line, then body")
    elif lines[0].rstrip()[-1] in ".!?:;,":
        errors.append(f"{name}: headline ends with punctuation")
    return text


def check_doc(corpus, stem, errors):
    txt_path = os.path.join(corpus, stem + ".txt")
    json_path = os.path.join(corpus, "expected", stem + ".json")
    tag = os.path.relpath(json_path, corpus)
    with open(txt_path, "rb") as f:
        raw = f.read()
    text = check_article(stem + ".txt", raw, errors)
    try:
        with open(json_path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        errors.append(f"{tag}: cannot load: {e}")
        return
    if data.get("doc") != stem + ".txt":
        errors.append(f"{tag}: doc is {data.get('doc')!r}, expected {stem + '.txt'!r}")

    entities = data.get("entities")
    if not isinstance(entities, list) or not entities:
        errors.append(f"{tag}: no entities")
        return
    by_name = {}
    spans = []  # (start, end, entity name)
    for ent in entities:
        name = ent.get("name")
        if not isinstance(name, str) or not name:
            errors.append(f"{tag}: entity without a name: {ent!r}")
            continue
        if name in by_name:
            errors.append(f"{tag}: duplicate entity {name!r}")
        by_name[name] = ent
        if ent.get("type") not in TYPES:
            errors.append(f"{tag}: {name}: bad type {ent.get('type')!r}")
        mentions = ent.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            errors.append(f"{tag}: {name}: no mentions")
            continue
        for m in mentions:
            s, e, t = m.get("start"), m.get("end"), m.get("text")
            where = f"{tag}: {name} [{s},{e}) {t!r}"
            if not (isinstance(s, int) and isinstance(e, int) and isinstance(t, str)):
                errors.append(f"{where}: start/end must be ints and text a string")
                continue
            if not 0 <= s < e <= len(raw):
                errors.append(f"{where}: offsets out of range (file has {len(raw)} bytes)")
                continue
            try:
                got = raw[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{where}: offsets split a UTF-8 character")
                continue
            if got != t:
                errors.append(f"{where}: bytes at offsets are {got!r}")
                continue
            if t != t.strip():
                errors.append(f"{where}: span includes surrounding whitespace")
            if t.startswith(TITLES):
                errors.append(f"{where}: title/honorific/article inside span")
            if t.endswith(("'s", "\u2019s")):
                errors.append(f"{where}: possessive 's inside span")
            form = m.get("form")
            if form is not None and form not in FORMS:
                errors.append(f"{where}: unknown form {form!r}")
            spans.append((s, e, name))

    spans.sort()
    for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
        if s2 < e1:
            errors.append(f"{tag}: overlapping mentions [{s1},{e1}) {n1} and [{s2},{e2}) {n2}")

    if text is not None:
        surfaces = {raw[s:e].decode("utf-8", "replace") for s, e, _ in spans}
        # also every word of a person's name ("Li" of "Li Wen", "Okafor" of
        # "Amara Okafor"), so that a dropped short-form mention is noticed
        for ent in entities:
            if ent.get("type") == "person" and isinstance(ent.get("name"), str):
                surfaces.update(w for w in ent["name"].split() if len(w) > 1 and w[-1] != ".")
        for surface in sorted(surfaces):
            pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            for mo in pat.finditer(text):
                bs = len(text[:mo.start()].encode("utf-8"))
                be = bs + len(mo.group().encode("utf-8"))
                if not any(s <= bs and be <= e for s, e, _ in spans):
                    errors.append(f"{tag}: unannotated occurrence of {surface!r} at [{bs},{be})")

    meetings = data.get("meetings", [])
    if not isinstance(meetings, list):
        errors.append(f"{tag}: meetings must be a list")
        meetings = []
    for i, mt in enumerate(meetings):
        where = f"{tag}: meeting #{i}"
        parts = mt.get("participants")
        if not isinstance(parts, list) or len(set(parts)) < 2 or len(set(parts)) != len(parts):
            errors.append(f"{where}: needs at least two distinct participants")
            parts = parts if isinstance(parts, list) else []
        for p in parts:
            if p not in by_name:
                errors.append(f"{where}: participant {p!r} is not an entity of this file")
            elif by_name[p].get("type") not in ("person", "organization"):
                errors.append(f"{where}: participant {p!r} is a {by_name[p].get('type')}")
        place = mt.get("place")
        if place is not None:
            if place not in by_name:
                errors.append(f"{where}: place {place!r} is not an entity of this file")
            elif by_name[place].get("type") != "place":
                errors.append(f"{where}: place {place!r} is a {by_name[place].get('type')}")
        if mt.get("status") not in STATUSES:
            errors.append(f"{where}: bad status {mt.get('status')!r}")

    return len(entities), len(spans), len(meetings)


def main():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} CORPUS_DIR", file=sys.stderr)
        return 2
    corpus = sys.argv[1]
    expected = os.path.join(corpus, "expected")
    txts = {f[:-4] for f in os.listdir(corpus) if f.endswith(".txt")}
    jsons = ({f[:-5] for f in os.listdir(expected) if f.endswith(".json")}
             if os.path.isdir(expected) else set())
    errors = []
    for stem in sorted(txts - jsons):
        errors.append(f"{stem}.txt: no expected/{stem}.json")
    for stem in sorted(jsons - txts):
        errors.append(f"expected/{stem}.json: no {stem}.txt")
    if not txts & jsons:
        errors.append(f"{corpus}: no annotated articles found")
    for stem in sorted(txts & jsons):
        before = len(errors)
        counts = check_doc(corpus, stem, errors)
        status = "ok" if len(errors) == before else "FAIL"
        if counts:
            print(f"{stem}: {counts[0]} entities, {counts[1]} mentions, "
                  f"{counts[2]} meetings: {status}")
        else:
            print(f"{stem}: {status}")
    for err in errors:
        print("ERROR:", err, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("all expected annotations match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
