#!/bin/sh
# tagger.sh: speed of the statistical name tagger (a benchmark, not a test).
#
# usage: bench/tagger.sh [ENTGRAPH [MODEL [DOCS...]]]
#   ENTGRAPH   the entgraph binary (default: $ENTGRAPH, else build/entgraph; build it as Release or
#              RelWithDebInfo, not with sanitizers)
#   MODEL      the model (default: data/tagger.model)
#   DOCS       text files or directories to tag (default: the GMB development documents,
#              ../shared/data/gmb/dev/docs: 120 documents, 105 k tokens, 0.6 MB)
# environment: RUNS (default 20) passes over the documents, whose mean time is reported
#
# Prints the machine, the model load time (one fread of the file plus its checks; the first load of a process
# includes the page faults on fresh memory) and the tagging throughput on one core, in tokens/s and MB/s, for
# tagging alone (documents tokenized beforehand) and for tokenization plus tagging.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-${ENTGRAPH:-$root/build/entgraph}}
model=${2:-$root/data/tagger.model}
if [ $# -gt 2 ]; then
    shift 2
else
    set -- "${SHARED:-$root/../shared}/data/gmb/dev/docs"
fi
runs=${RUNS:-20}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(uname -sm)"
echo "binary:  $bin ($("$bin" --version))"
echo "model:   $model ($(wc -c < "$model") bytes)"
# one core: the tagger is single-threaded; pin it when taskset exists so that the figure is per core
if command -v taskset >/dev/null 2>&1; then
    taskset -c 0 "$bin" tag --bench "$runs" -m "$model" "$@"
else
    "$bin" tag --bench "$runs" -m "$model" "$@"
fi
