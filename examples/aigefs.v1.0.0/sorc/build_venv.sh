#!/bin/bash
#
# Build, clean or debug the aigefs python virtual environment.
# Usage: build_venv.sh [build|clean|debug]
#
set -eu

export HOMEaigefs=${HOMEaigefs:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
venv_dir="${HOMEaigefs}/venv"

usage() {
    echo "usage: $0 [build|clean|debug]" >&2
    exit 1
}

clean() {
    rm -rf "${venv_dir}"
}

build() {
    module reset
    source "${HOMEaigefs}/versions/build.ver"
    module load python/${python_ver:?}

    clean
    python3 -m venv --copies "${venv_dir}"
    # Keep ${HOMEaigefs} literal: it expands when a job sources activate.
    sed -i -E 's|^([[:space:]]*)(export[[:space:]]+)?VIRTUAL_ENV=.*|\1\2VIRTUAL_ENV=${HOMEaigefs}/venv|' \
        "${venv_dir}/bin/activate"

    # pip honours PIP_NO_CACHE_DIR like --no-cache-dir.
    export PIP_NO_CACHE_DIR=1
    "${venv_dir}/bin/python" -m pip install --require-virt \
        -r "${HOMEaigefs}/requirements.txt"
}

case "${1:-build}" in
    build) build ;;
    clean) clean ;;
    debug) set -x; build ;;
    *) usage ;;
esac
