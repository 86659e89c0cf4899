#!/usr/bin/env bash
# Instructions per run of one benchmark path, counted by callgrind (repeatable,
# unlike wall clock on a shared VM): the difference between `--repeat N+1` and
# `--repeat 1`, divided by N, so input generation and start-up cancel out.
#
#   scripts/instructions.sh decode:ews:big_list_1MB [N]      (N defaults to 10)
#
# Prints `decode:ews:big_list_1MB: 30.9 M instructions per run`. Needs valgrind.
# BIN=path/to/ews-bench measures that binary instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
spec=${1:?usage: scripts/instructions.sh case:path:input [N]}
n=${2:-10}
bin=${BIN:-target/release/ews-bench}
[ -n "${BIN:-}" ] || cargo build -q --release -p ews-bench
count() {
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" --only "$spec" --repeat "$1" >/dev/null 2>&1
  callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
  rm -f "$out"
}
one=$(count 1)
many=$(count $((n + 1)))
awk -v a="$one" -v b="$many" -v n="$n" -v s="$spec" 'BEGIN {
  per = (b - a) / n
  if (per >= 1e6) printf "%s: %.2f M instructions per run\n", s, per / 1e6
  else printf "%s: %.1f k instructions per run\n", s, per / 1e3
}'
