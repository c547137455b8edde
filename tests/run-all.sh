#!/usr/bin/env bash
# Runs every test suite of the repository and ends with one line: "N passed, N failed".
#   .NET suites (engine, language server, command line) through `dotnet test`, counted from TRX;
#   editor suites (Neovim, VS Code) when their folders and tools are present.
set -u
cd "$(dirname "$0")/.."
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
passed=0
failed=0

dotnet test VenvLsp.sln --configuration Release --logger "trx" --results-directory "$results/dotnet" 2>&1 | grep -vE '^\s*$' | tail -n 40
status=${PIPESTATUS[0]}
for trx in "$results"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o '<Counters [^>]*' "$trx" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*')
  f=$(grep -o '<Counters [^>]*' "$trx" | grep -o 'failed="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited $status without a failed test: counting the run as one failure"
  failed=$((failed + 1))
fi

for suite in editors/nvim/test/run.sh editors/vscode/test/run.sh; do
  [ -x "$suite" ] || continue
  echo "== $suite"
  out=$("$suite" 2>&1)
  code=$?
  echo "$out" | tail -n 30
  line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
  fi
  if [ "$code" -ne 0 ] && [ -z "$line" ]; then failed=$((failed + 1)); fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
