#!/usr/bin/env bash
# Generates data/demonyms.tsv from the npm package world-countries (ODbL 1.0)
# and tools/data/demonyms_extra.tsv.
# usage: bash tools/data/make_demonyms.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WORLD_COUNTRIES_VERSION=5.1.0

need_cmd node "Node.js 20"
need_cmd npm
[ -r "$TOOLS_DATA_DIR/demonyms_extra.tsv" ] || die "$TOOLS_DATA_DIR/demonyms_extra.tsv missing"

scratch="$(npm_scratch_install demonyms "world-countries@$WORLD_COUNTRIES_VERSION")"

out="$DATA_DIR/demonyms.tsv"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
node "$TOOLS_DATA_DIR/make_demonyms.js" "$scratch/node_modules" "$tmp" "$TOOLS_DATA_DIR/demonyms_extra.tsv"
mv "$tmp" "$out"
trap - EXIT
report "$out"
