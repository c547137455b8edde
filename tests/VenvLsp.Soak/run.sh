#!/usr/bin/env bash
# Soak test (on demand, not in CI): the real `venvlsp serve` on a generated workspace, edited without
# pause, with its memory, open descriptors and threads sampled through /proc.
#
#   tests/VenvLsp.Soak/run.sh [MINUTES] [FILES]     defaults: 30 minutes, 10000 files
#
# Prints a line per sample and a summary (first and last quarter of the editing); writes every
# sample to a TSV report (path printed at the end). Exit code 0 when the server answered every
# request and exited cleanly. Runs at low priority (nice 10): the machines here are shared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
minutes="${1:-30}"
files="${2:-10000}"
nice -n 10 dotnet build "$here/VenvLsp.Soak.csproj" -c Release -v q -nologo >/dev/null
exec nice -n 10 dotnet "$here/bin/Release/net10.0/VenvLsp.Soak.dll" --minutes "$minutes" --files "$files" --sample-seconds "${VENVLSP_SOAK_SAMPLE_SECONDS:-10}"
