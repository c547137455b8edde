#!/usr/bin/env bash
# The Neovim plugin against the real server: headless Neovim (the system's, e.g. Debian's neovim
# package) loads the plugin from this repository and runs test/test.lua on a copy of examples/.
# Builds the server when it is missing or older than its sources; installs nothing.
# Ends with "N passed, N failed" and exits non-zero on any failure.
set -u
plugin=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$plugin/../.." && pwd)
cd "$repo"

fail_early() {
  echo "FAIL $1"
  echo "0 passed, 1 failed"
  exit 1
}

command -v nvim >/dev/null 2>&1 || fail_early "nvim is not installed (Debian: apt-get install neovim)"
command -v dotnet >/dev/null 2>&1 || fail_early "dotnet is not installed"
echo "$(nvim --version | head -n 1)"

server="$repo/src/VenvLsp/bin/Release/net10.0/venvlsp.dll"
newer=""
[ -f "$server" ] && newer=$(find src -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.json' -o -name '*.props' \) \
  -not -path '*/bin/*' -not -path '*/obj/*' -newer "$server" -print -quit)
if [ ! -f "$server" ] || [ -n "$newer" ]; then
  echo "building the server"
  dotnet build src/VenvLsp --configuration Release --nologo --verbosity quiet >/dev/null 2>&1 \
    || dotnet build src/VenvLsp --configuration Release --nologo 2>&1 | tail -n 20
  [ -f "$server" ] || fail_early "the server did not build"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R examples "$work/examples"
# What the command line's --fix makes of the example: :VenvLspFixAll must end at the same text.
cp -R examples "$work/fixed"
# Only the requirements file: fixes that other files ask of it (an import missing from it) are not
# part of its own fix-all.
dotnet "$server" check --fix "$work/fixed/aigfs.v1.0.0/requirements.txt" >/dev/null 2>&1
results="$work/results.txt"

VENVLSP_TEST_WORK="$work" VENVLSP_TEST_SERVER="$server" VENVLSP_TEST_RESULTS="$results" \
  VENVLSP_TEST_FIXED="$work/fixed/aigfs.v1.0.0/requirements.txt" \
  timeout 180 nvim --headless -u NONE -i NONE -n --cmd "set runtimepath^=$plugin" \
  -c "luafile $plugin/test/test.lua" >"$work/nvim.out" 2>&1 </dev/null
status=$?

passed=0
failed=0
if [ -f "$results" ]; then
  while IFS= read -r line; do
    case "$line" in
      "ok "*) passed=$((passed + 1)); echo "$line" ;;
      "not ok "*) failed=$((failed + 1)); echo "$line" ;;
      *) echo "$line" ;;
    esac
  done <"$results"
fi
if [ ! -f "$results" ] || [ $((passed + failed)) -eq 0 ]; then
  echo "not ok Neovim ended (status $status) before writing its results:"
  tail -n 30 "$work/nvim.out" | sed 's/^/    /'
  failed=$((failed + 1))
fi
if [ "$failed" -gt 0 ] && [ -f "$work/venvlsp.log" ]; then
  echo "server log (last lines):"
  tail -n 30 "$work/venvlsp.log" | sed 's/^/    /'
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
