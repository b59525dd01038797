# Shared helpers for the data generators in tools/data/. Sourced, not run.
#
# npm packages are installed only into a scratch directory under /tmp
# (never into the repository). Set ENTGRAPH_SCRATCH to move it.

# Repository root and data directory, whatever the caller's working directory.
TOOLS_DATA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$TOOLS_DATA_DIR/../.." && pwd)"
DATA_DIR="$REPO_ROOT/data"
SCRATCH_ROOT="${ENTGRAPH_SCRATCH:-/tmp/entgraph-data-npm}"

die() {
    echo "error: $*" >&2
    exit 1
}

need_cmd() {
    command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH${2:+ ($2)}"
}

# npm_scratch_install SUBDIR PKG@VERSION...
# Installs the exact package versions into $SCRATCH_ROOT/SUBDIR unless they
# are already there, and prints that directory (the one holding node_modules).
npm_scratch_install() {
    local sub="$1"; shift
    local dir="$SCRATCH_ROOT/$sub"
    case "$dir" in
        /tmp/*) ;;
        *) die "scratch dir $dir is not under /tmp" ;;
    esac
    mkdir -p "$dir"
    local missing=() spec name ver have
    for spec in "$@"; do
        name="${spec%@*}"; ver="${spec##*@}"
        have=""
        if [ -f "$dir/node_modules/$name/package.json" ]; then
            have="$(node -e 'process.stdout.write(require(process.argv[1]).version)' \
                "$dir/node_modules/$name/package.json")"
        fi
        [ "$have" = "$ver" ] || missing+=("$spec")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        [ -f "$dir/package.json" ] || printf '{"name":"entgraph-data-scratch","private":true}\n' >"$dir/package.json"
        echo "npm install ${missing[*]} into $dir" >&2
        (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "${missing[@]}" >&2) \
            || die "npm install ${missing[*]} failed"
    fi
    printf '%s\n' "$dir"
}

# report FILE: print what was written.
report() {
    local f="$1"
    printf 'wrote %s: %s lines (%s data), %s bytes\n' "${f#"$REPO_ROOT"/}" \
        "$(wc -l <"$f")" "$(grep -cv '^#' "$f" || true)" "$(wc -c <"$f")"
}
