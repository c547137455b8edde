#!/usr/bin/env bash
# Fuzzes the engine's parsers with AFL++ through SharpFuzz.
#
#   tests/VenvLsp.Fuzz/run.sh TARGET MINUTES    one target (see --list), or several (a,b,c), MINUTES each
#   tests/VenvLsp.Fuzz/run.sh all MINUTES       every target in turn, MINUTES each
#   tests/VenvLsp.Fuzz/run.sh --list            the targets
#
# Needs afl++ (Debian: apt-get install -y afl++; installed here when missing and running as root).
# Work files go to $VENVLSP_FUZZ_WORK (default: .work/ here, ignored by git; afl-cmin refuses /tmp). Afterwards:
#   - every crash or hang input is copied to crashes/TARGET/ or hangs/TARGET/ (named by content hash);
#     the test suite replays them, so commit them with the fix;
#   - the target's corpus/TARGET/ is replaced by the AFL++-minimized queue (afl-cmin), capped in size;
#   - one summary line per target: inputs tried, corpus size, crashes, hangs.
# It runs at the lowest priority (nice 19): the machines here are shared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${VENVLSP_FUZZ_WORK:-$here/.work}"
max_corpus_files="${VENVLSP_FUZZ_MAX_CORPUS:-60}"
max_input_bytes=8192
dotnet="$(readlink -f "$(command -v dotnet)")"

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage

build() {
  if ! command -v afl-fuzz >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null
    else
      echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2
    fi
  fi
  echo "== building the harness into $work/bin"
  rm -rf "$work/bin"
  mkdir -p "$work"
  nice -n 19 dotnet build "$here/VenvLsp.Fuzz.csproj" -c Release -o "$work/bin" -p:UseSharedCompilation=false >"$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log"; exit 1; }
  (cd "$here" && dotnet tool restore >/dev/null && dotnet tool run sharpfuzz "$work/bin/VenvLsp.Core.dll") >/dev/null
  echo "   instrumented VenvLsp.Core.dll"
}

keep_findings() {  # TARGET KIND(crashes|hangs)
  local target="$1" kind="$2" found=0
  local from="$work/findings/$target/default/$kind"
  [ -d "$from" ] || { echo 0; return; }
  mkdir -p "$here/$kind/$target"
  for f in "$from"/id:*; do
    [ -f "$f" ] || continue
    cp "$f" "$here/$kind/$target/$(sha1sum "$f" | cut -c1-16)"
    found=$((found + 1))
  done
  rmdir "$here/$kind/$target" 2>/dev/null || true
  echo "$found"
}

minimize() {  # TARGET: the queue, minimized by coverage, becomes the kept corpus
  local target="$1" queue="$work/findings/$target/default/queue" min="$work/min/$target"
  [ -d "$queue" ] || return 0
  rm -rf "$min"
  if AFL_SKIP_BIN_CHECK=1 nice -n 19 afl-cmin -i "$queue" -o "$min" -t 10000 -m none -- "$dotnet" "$work/bin/VenvLsp.Fuzz.dll" "$target" >"$work/cmin-$target.log" 2>&1; then
    rm -rf "$here/corpus/$target"
    mkdir -p "$here/corpus/$target"
    # Keep the kept corpus small: the smallest inputs first, none larger than $max_input_bytes.
    # (head closes the pipe early: no pipefail here.)
    { find "$min" -type f -size -"$max_input_bytes"c -printf '%s %p\n' | sort -n || true; } | head -n "$max_corpus_files" | while read -r _ f; do
      cp "$f" "$here/corpus/$target/$(sha1sum "$f" | cut -c1-16)"
    done
  else
    echo "   afl-cmin failed (see $work/cmin-$target.log); corpus left as it was"
  fi
}

fuzz() {  # TARGET MINUTES
  local target="$1" minutes="$2" out="$work/findings/$1"
  [ -d "$here/corpus/$target" ] || { echo "no corpus/$target" >&2; exit 2; }
  rm -rf "$out"
  mkdir -p "$out"
  echo "== $target for $minutes min"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    AFL_IGNORE_SEED_PROBLEMS=1 AFL_SHUFFLE_QUEUE=1 \
    nice -n 19 afl-fuzz -i "$here/corpus/$target" -o "$out" -t 10000 -m none -V "$((minutes * 60))" \
      -- dotnet "$work/bin/VenvLsp.Fuzz.dll" "$target" >"$work/afl-$target.log" 2>&1 || { tail -n 20 "$work/afl-$target.log"; }
  local stats="$out/default/fuzzer_stats" execs="?" corpus="?"
  if [ -f "$stats" ]; then
    execs=$(awk -F': *' '$1 ~ /^execs_done/ {print $2}' "$stats")
    corpus=$(awk -F': *' '$1 ~ /^corpus_count/ {print $2}' "$stats")
  fi
  local crashes hangs
  crashes=$(keep_findings "$target" crashes)
  hangs=$(keep_findings "$target" hangs)
  minimize "$target"
  echo "$target: $minutes min, $execs inputs tried, $corpus in the queue, $crashes crashes, $hangs hangs" | tee -a "$work/summary.txt"
}

case "$1" in
  --list) dotnet build "$here/VenvLsp.Fuzz.csproj" -c Release -v q >/dev/null && dotnet "$here/bin/Release/net10.0/VenvLsp.Fuzz.dll" --list; exit 0 ;;
  -h|--help) usage ;;
esac
[ $# -eq 2 ] || usage
target="$1"
minutes="$2"
build
if [ "$target" = all ]; then
  for t in $(dotnet "$work/bin/VenvLsp.Fuzz.dll" --list); do fuzz "$t" "$minutes"; done
else
  for t in ${target//,/ }; do fuzz "$t" "$minutes"; done
fi
echo "== replaying every kept input without AFL++ (an instrumented build runs only under afl-fuzz)"
nice -n 19 dotnet build "$here/VenvLsp.Fuzz.csproj" -c Release -o "$work/plain" >>"$work/build.log" 2>&1
for t in $(dotnet "$work/plain/VenvLsp.Fuzz.dll" --list); do
  for kind in corpus crashes hangs; do
    [ -d "$here/$kind/$t" ] || continue
    timeout 300 dotnet "$work/plain/VenvLsp.Fuzz.dll" "$t" --replay "$here/$kind/$t" >/dev/null 2>&1 \
      || echo "   $kind/$t: still fails (see: dotnet $work/plain/VenvLsp.Fuzz.dll $t --replay $here/$kind/$t)"
  done
done
