#!/bin/sh
# eval.sh: score the name tagger alone (`entgraph tag`, no extraction rules) on the development sets.
#
# usage: tools/train/eval.sh [ENTGRAPH [MODEL]]
#   ENTGRAPH   the entgraph binary (default: $ENTGRAPH, else build/entgraph)
#   MODEL      the model (default: data/tagger.model)
# environment: SHARED (default ../shared beside the repository), SCRATCH (default /tmp/entgraph-eval),
#   ERRORS=N   also list N false positives and N false negatives per set
#
# Sets: GMB development (120 documents, sentences 43,163 on), GUM dev and test (official split, all genres),
# the GUM news and interview documents of dev and of test alone, and the wikigold documents train.sh holds out (every
# 10th). Scores: ../shared/eval/ner_score.py, exact span and coarse type (PER, ORG, LOC), micro-averaged.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-${ENTGRAPH:-$root/build/entgraph}}
model=${2:-$root/data/tagger.model}
shared=${SHARED:-$root/../shared}
scratch=${SCRATCH:-/tmp/entgraph-eval}
errors=${ERRORS:-0}
data=$shared/data
score=$shared/eval/ner_score.py
py=/usr/bin/python3
[ -x "$py" ] || py=python3
mkdir -p "$scratch"

# the documents a gold file lists, as paths under DIR
docs_of() {
    "$py" -c 'import json, os, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        print(os.path.join(sys.argv[2], os.path.basename(json.loads(line)["doc"])))' "$1" "$2"
}

"$py" "$root/tools/train/filter_gold.py" "$data/wikigold/gold.jsonl" "$scratch/wikigold_held_out.jsonl" \
    --keep-every 10 >/dev/null
for split in dev test; do
    "$py" "$root/tools/train/filter_gold.py" "$data/gum/gold_$split.jsonl" "$scratch/gum_${split}_news.jsonl" \
        --manifest "$data/gum/manifest.tsv" --genres news,interview >/dev/null
done

"$bin" tag -m "$model" -o "$scratch/gmb_dev.jsonl" "$data/gmb/dev/docs"
# shellcheck disable=SC2046
"$bin" tag -m "$model" -o "$scratch/gum.jsonl" $(docs_of "$data/gum/gold_dev.jsonl" "$data/gum/docs") \
    $(docs_of "$data/gum/gold_test.jsonl" "$data/gum/docs")
# shellcheck disable=SC2046
"$bin" tag -m "$model" -o "$scratch/wikigold.jsonl" $(docs_of "$scratch/wikigold_held_out.jsonl" "$data/wikigold/docs")

printf '%-24s %7s %7s %7s %7s   %7s %7s\n' set micro-F1 PER ORG LOC P R
run() {
    name=$1 gold=$2 pred=$3 docs=$4
    "$py" "$score" "$gold" "$pred" --docs-root "$docs" --json 2>/dev/null | "$py" -c 'import json, sys
r = json.load(sys.stdin)
print("%-24s %7.4f %7.4f %7.4f %7.4f   %7.4f %7.4f" % (sys.argv[1], r["micro"]["f1"], r["PER"]["f1"], r["ORG"]["f1"],
      r["LOC"]["f1"], r["micro"]["precision"], r["micro"]["recall"]))' "$name"
    if [ "$errors" -gt 0 ]; then
        "$py" "$score" "$gold" "$pred" --docs-root "$docs" --errors "$errors" 2>/dev/null | grep -E '^(FP|FN) '
    fi
}
run "GMB dev" "$data/gmb/dev/gold.jsonl" "$scratch/gmb_dev.jsonl" "$data/gmb/dev/docs"
run "GUM dev" "$data/gum/gold_dev.jsonl" "$scratch/gum.jsonl" "$data/gum/docs"
run "GUM test" "$data/gum/gold_test.jsonl" "$scratch/gum.jsonl" "$data/gum/docs"
run "GUM dev news" "$scratch/gum_dev_news.jsonl" "$scratch/gum.jsonl" "$data/gum/docs"
run "GUM test news" "$scratch/gum_test_news.jsonl" "$scratch/gum.jsonl" "$data/gum/docs"
run "wikigold held out" "$scratch/wikigold_held_out.jsonl" "$scratch/wikigold.jsonl" "$data/wikigold/docs"
