#!/bin/sh
# Golden end-to-end test: build and extract on tests/corpus, compare with tests/golden/expected.
# usage: run.sh ENTGRAPH SOURCE_DIR      (UPDATE=1 rewrites the expected files instead of comparing)
set -eu
bin=$1
src=$2
exp=$src/tests/golden/expected
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$src"
"$bin" build tests/corpus -o "$out" --quiet
"$bin" extract tests/corpus --quiet >"$out/extract.jsonl"
status=0
for f in graph.graphml graph.json graph.dot extract.jsonl; do
    if [ "${UPDATE:-}" = 1 ]; then
        cp "$out/$f" "$exp/$f"
    elif ! diff -u "$exp/$f" "$out/$f"; then
        echo "golden: $f differs from $exp/$f" >&2
        status=1
    fi
done
[ "${UPDATE:-}" = 1 ] && echo "golden: expected files updated"
[ $status = 0 ] && echo "4 passed, 0 failed" || echo "0 passed, 1 failed"
exit $status
