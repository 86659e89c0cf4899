#!/usr/bin/env bash
# Generation figures for BENCHMARKS.md, as medians of several runs on this machine:
#   - `ews-codegen generate`: wall time and peak memory (GNU time), and the time of
#     each stage as the tool reports it (load, resolve, name, emit, format);
#   - lines of generated Rust;
#   - `cargo check` of a crate holding the output (with ews-runtime, from an empty
#     target dir each run): wall time and peak memory.
# For the 13 IM operations (from our schemas/) and for all operations of
# Microsoft's files (../shared/ews-schemas, skipped if absent).
# Usage: scripts/generation-figures.sh   (RUNS=5 CHECK_RUNS=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
CHECK_RUNS=${CHECK_RUNS:-3}
if [ ! -x /usr/bin/time ]; then
  echo "needs GNU time (/usr/bin/time): apt-get install -y time" >&2
  exit 1
fi
cargo build --release -q -p ews-codegen
bin=$PWD/target/release/ews-codegen
work=$PWD/target/generation-figures
mkdir -p "$work"

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure NAME ARGS...: prints one markdown table row.
measure() {
  local name=$1; shift
  local out=$work/$name
  rm -rf "$out"; mkdir -p "$out"
  : > "$work/$name.gen"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" generate "$@" --out "$out" --timings > "$work/stdout.txt"
    read -r wall kb < "$work/time.txt"
    stages=$(sed -n 's/^stages: //p' "$work/stdout.txt" | tr -d ',' | awk '{ print $2, $5, $8, $11, $14 }')
    echo "$wall $kb $stages" >> "$work/$name.gen"
  done
  local lines ops types
  lines=$(wc -l < "$out/ews.rs")
  read -r ops types < <(sed -n 's/^generated \([0-9]*\) operations, \([0-9]*\) types.*/\1 \2/p' "$work/stdout.txt")
  local krate=$work/$name-crate
  mkdir -p "$krate/src"
  printf '[package]\nname = "generation-figures-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\news-runtime = { path = "%s" }\n\n[workspace]\n' \
    "$name" "$PWD/runtime" > "$krate/Cargo.toml"
  cp "$out/ews.rs" "$krate/src/ews.rs"
  echo 'include!("ews.rs");' > "$krate/src/lib.rs"
  : > "$work/$name.check"
  for _ in $(seq "$CHECK_RUNS"); do
    rm -rf "$krate/target"
    (cd "$krate" && CARGO_TARGET_DIR="$krate/target" /usr/bin/time -f "%e %M" -o "$work/time.txt" cargo check -q)
    read -r wall kb < "$work/time.txt"
    echo "$wall $kb" >> "$work/$name.check"
  done
  col() { awk -v c="$2" '{ print $c }' "$1" | median; }
  local gen_ms gen_mb check_s check_mb
  gen_ms=$(awk '{ print $1 * 1000 }' "$work/$name.gen" | median)
  gen_mb=$(awk '{ printf "%.0f\n", $2 / 1024 }' "$work/$name.gen" | median)
  check_s=$(col "$work/$name.check" 1)
  check_mb=$(awk '{ printf "%.0f\n", $2 / 1024 }' "$work/$name.check" | median)
  printf '| %s | %s | %s | %s | %s ms | %s MB | %s / %s / %s / %s / %s ms | %s s | %s MB |\n' \
    "$name" "$ops" "$types" "$lines" "$gen_ms" "$gen_mb" \
    "$(col "$work/$name.gen" 3)" "$(col "$work/$name.gen" 4)" "$(col "$work/$name.gen" 5)" \
    "$(col "$work/$name.gen" 6)" "$(col "$work/$name.gen" 7)" "$check_s" "$check_mb"
}

echo "median of $RUNS generation runs and $CHECK_RUNS cargo check runs; $(nproc) cores; $(rustc --version)"
echo
echo '| set | operations | types | lines | generate (wall) | generate (peak) | load / resolve / name / emit / format | cargo check (wall) | cargo check (peak) |'
echo '|---|---|---|---|---|---|---|---|---|'
measure im
if [ -f ../shared/ews-schemas/services.wsdl ]; then
  measure all --wsdl ../shared/ews-schemas/services.wsdl --all-operations
else
  echo "(all operations skipped: ../shared/ews-schemas not found)"
fi
