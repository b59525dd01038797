#!/bin/sh
# train.sh: retrain the name tagger (data/tagger.model) from the licensed corpora in ../shared/data.
#
# usage: tools/train/train.sh [ENTGRAPH]
#   ENTGRAPH   the entgraph binary (default: $ENTGRAPH, else build/entgraph); e.g. build-tagger/entgraph
# environment:
#   SHARED     the shared folder (default: ../shared beside the repository)
#   SCRATCH    where the converted corpora go (default: /tmp/entgraph-train); never inside the repository
#   OUT        the model to write (default: data/tagger.model)
#   EPOCHS     training passes (default: 10)
#   BITS       log2 of the feature table's rows (default: entgraph train's own)
#   GUM_GENRES GUM genres to train on (default: the CC BY and public-domain ones; add bio,voyage for the
#              CC BY-SA ones)
#
# Sources, training parts only (doc/tagger.md says why each step is there):
#   GMB       sentences 1-43,162 of ner_dataset.csv (the development set starts at 43,163), converted with
#             ../shared/eval/gmb_to_docs.py (which strips leading titles from person spans), then
#             clean_gold.py (titles left in names, country names typed as organizations, "Bush administration")
#   GUM       gold_train.jsonl (official train split), genres in GUM_GENRES
#   wikigold  all documents but every 10th (wikigold_0010, 0020, ...: held out for eval.sh)
# Every corpus then goes through detok.py: every other document gets its PTB tokenization undone ("Obama’s",
# "(2009),") so that the tagger also learns text as published. Deterministic: same inputs, same model bytes.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-${ENTGRAPH:-$root/build/entgraph}}
shared=${SHARED:-$root/../shared}
scratch=${SCRATCH:-/tmp/entgraph-train}
out=${OUT:-$root/data/tagger.model}
epochs=${EPOCHS:-10}
bits=${BITS:+--bits $BITS}
genres=${GUM_GENRES:-news,interview,academic,court,textbook,speech,vlog,conversation}
here=$root/tools/train
py=/usr/bin/python3
[ -x "$py" ] || py=python3

case $scratch in
"$root"|"$root"/*) echo "train.sh: SCRATCH must be outside the repository" >&2; exit 2 ;;
esac
[ -x "$bin" ] || { echo "train.sh: no entgraph binary at $bin (build it, or pass its path)" >&2; exit 2; }
data=$shared/data
[ -f "$data/gmb/ner_dataset.csv" ] || { echo "train.sh: no corpora under $data (set SHARED)" >&2; exit 2; }

rm -rf "$scratch"
mkdir -p "$scratch"
start=$(date +%s)

echo "== GMB: sentences 1-43,162"
# 43,162 = 14 x 3,083: the training part exactly, as pseudo-documents of 14 sentences
"$py" "$shared/eval/gmb_to_docs.py" "$data/gmb/ner_dataset.csv" "$scratch/gmb" --per-doc 14 --max-docs 3083 >/dev/null
"$py" "$here/clean_gold.py" "$scratch/gmb/gold.jsonl" "$scratch/gmb/docs" "$scratch/gmb/gold_clean.jsonl" \
    --data "$root/data"
"$py" "$here/detok.py" "$scratch/gmb/gold_clean.jsonl" "$scratch/gmb/docs" "$scratch/gmb_dt"

echo "== GUM: train split, genres $genres"
"$py" "$here/filter_gold.py" "$data/gum/gold_train.jsonl" "$scratch/gum_train.jsonl" \
    --manifest "$data/gum/manifest.tsv" --genres "$genres"
"$py" "$here/detok.py" "$scratch/gum_train.jsonl" "$data/gum/docs" "$scratch/gum_dt"

echo "== wikigold: all but every 10th document"
"$py" "$here/filter_gold.py" "$data/wikigold/gold.jsonl" "$scratch/wikigold_train.jsonl" --drop-every 10
"$py" "$here/detok.py" "$scratch/wikigold_train.jsonl" "$data/wikigold/docs" "$scratch/wikigold_dt"

prepared=$(date +%s)
echo "== training ($epochs epochs) -> $out"
"$bin" train --epochs "$epochs" $bits --data "$root/data" -o "$out" \
    "$scratch/gmb_dt/gold.jsonl:$scratch/gmb_dt/docs" \
    "$scratch/gum_dt/gold.jsonl:$scratch/gum_dt/docs" \
    "$scratch/wikigold_dt/gold.jsonl:$scratch/wikigold_dt/docs"
end=$(date +%s)
echo "== done: preparing $((prepared - start)) s, training $((end - prepared)) s, total $((end - start)) s"
ls -l "$out"
