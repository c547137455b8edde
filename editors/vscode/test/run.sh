#!/usr/bin/env bash
# The VS Code extension, checked end to end: install the locked npm packages, type-check, lint,
# package the .vsix (bundle with esbuild, publish the server into server/, vsce package), then the
# Node tests: the real server driven over stdio with VS Code's protocol library, the .vsix contents,
# the manifest, the grammar and the server resolution.
# Each step counts as one test; the Node tests count one each. Ends with "N passed, N failed".
# Needs node (20 or later), npm and the .NET SDK; installs nothing outside this folder.
set -u
cd "$(dirname "$0")/.."

passed=0
failed=0
step() {
  local name=$1
  shift
  local started=$SECONDS
  local log
  log=$(mktemp)
  if "$@" >"$log" 2>&1; then
    echo "ok   $name ($((SECONDS - started)) s)"
    passed=$((passed + 1))
    rm -f "$log"
    return 0
  fi
  echo "FAIL $name ($((SECONDS - started)) s)"
  tail -n 40 "$log" | sed 's/^/     /'
  failed=$((failed + 1))
  rm -f "$log"
  return 1
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

for tool in node npm dotnet; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL $tool is not installed"
    failed=$((failed + 1))
    finish
  fi
done

step "npm ci" npm ci --no-audit --no-fund || finish
step "type-check (tsc --noEmit)" npm run -s typecheck
step "lint (eslint)" npm run -s lint
rm -f venvlsp.vsix
step "package (schema, esbuild bundle, server publish, vsce package)" npm run -s package || finish

tap=$(mktemp)
node --test --test-reporter=tap out/test/ >"$tap" 2>&1
status=$?
# Each failure with its YAML block (error, expected, actual, stack), up to its closing "...".
awk '/^ *not ok/ { show = 1 } show { print "     " $0 } /^ *\.\.\.$/ { show = 0 }' "$tap" | head -n 120
p=$(grep -E '^# pass [0-9]+$' "$tap" | tail -n 1 | grep -oE '[0-9]+')
f=$(grep -E '^# fail [0-9]+$' "$tap" | tail -n 1 | grep -oE '[0-9]+')
echo "node tests: ${p:-0} passed, ${f:-0} failed"
if [ -z "$p" ] || { [ "$status" -ne 0 ] && [ "${f:-0}" -eq 0 ]; }; then
  tail -n 40 "$tap" | sed 's/^/     /'
  f=$(( ${f:-0} + 1 ))
fi
rm -f "$tap"
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-0}))
finish
