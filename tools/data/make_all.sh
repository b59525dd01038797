#!/usr/bin/env bash
# Regenerates every generated file in data/ and checks all of data/.
# usage: bash tools/data/make_all.sh
# npm packages go to a scratch dir under /tmp (ENTGRAPH_SCRATCH overrides it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

bash "$here/make_demonyms.sh"
bash "$here/make_first_names.sh"
# cities.tsv leaves out names that data/country_aliases.tsv and data/places.tsv own.
bash "$here/make_cities.sh"
node "$here/check_data.js"
