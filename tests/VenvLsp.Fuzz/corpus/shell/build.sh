#!/bin/bash
# Build the aigfs python environment (prototype).
set -x

source ../versions/build.ver

HOMEaigfs=$(cd "$(dirname "$0")/.." && pwd)
venv_dir=${HOMEaigfs}/venv

if command -v virtualenv >/dev/null 2>&1; then
    python3 -m virtualenv "${venv_dir}"
else
    python3 -m venv --always-copy "${venv_dir}"
fi

# Point the venv at the installed package location.
sed -i "s|^VIRTUAL_ENV=.*|VIRTUAL_ENV=${HOMEaigfs}/venv/bin/activate|" "${venv_dir}/bin/activate"

source "${venv_dir}/bin/activate"
pip install --upgrade pip
pip install -r "${HOMEaigfs}/requirements.txt"
pip install --require-virtualev --no-cache-dir netCDF4==1.7.1.post2
deactivate
