#!/usr/bin/env bash
# What the town-wide worker's optimisation level costs in bytes and buys in speed, for the
# worker's module only (the page's first download does not include it, so a faster level
# there costs no first-visit byte). After `make dist`: builds src/bin/plate-trail-worker.rs
# once per level as scripts/build_worker.sh does (rustc's opt-level, wasm-bindgen, the
# matching wasm-opt pass), each in its own target dir under target/opt-study/, swaps it into
# a copy of dist/ and runs scripts/bench_worker.mjs on that copy (the town month in the
# worker and natively, from one run). Prints one line per level:
#   worker_opt_level=3 wasm_opt=3 worker_wasm_bytes=... worker_gzip_bytes=... worker_ms=... native_ms=... ratio=...
# Usage: scripts/worker_opt_study.sh [levels...] (default: z s 2 3). About 4 minutes per level
# on 2 loaded cores. scripts/opt_level_study.sh does the same for the page's module too
# (a whole trunk build per level).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# PLATE_TRAIL_DIST: another build to start from (its page and worker script).
base="${PLATE_TRAIL_DIST:-dist}"
[ -f "$base/index.html" ] || { echo "worker_opt_study: run make dist first" >&2; exit 1; }
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(z s 2 3)
mkdir -p target/opt-study
for level in "${levels[@]}"; do
  case "$level" in
    z|s) wasm_opt="$level" ;;
    *) wasm_opt=3 ;;
  esac
  # The shipped level ([profile.worker]) builds in the default target dir, where the last
  # `make dist` left it; the others each in their own.
  target="target/opt-study/worker-target-$level"
  if [ "$level" = "$(sed -n '/^\[profile.worker\]/,/^\[/s/^opt-level = "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' Cargo.toml)" ]; then target=target; fi
  out="target/opt-study/worker-$level"
  CARGO_TARGET_DIR="$target" CARGO_PROFILE_WORKER_OPT_LEVEL="$level" \
    cargo build --quiet --offline --target wasm32-unknown-unknown --profile worker --bin plate-trail-worker
  rm -rf "$out" && mkdir -p "$out" && (cd "$base" && tar --exclude=.stage -cf - .) | (cd "$out" && tar xf -)
  wasm-bindgen --target no-modules --no-typescript --out-dir "$target/bindgen" --out-name plate-trail-worker \
    "$target/wasm32-unknown-unknown/worker/plate-trail-worker.wasm"
  cp "$target/bindgen/plate-trail-worker.js" "$out/"
  wasm-opt "-O$wasm_opt" --enable-bulk-memory --enable-bulk-memory-opt \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue \
    -o "$out/plate-trail-worker_bg.wasm" "$target/bindgen/plate-trail-worker_bg.wasm"
  bytes=$(stat -c %s "$out/plate-trail-worker_bg.wasm")
  gzip_bytes=$(gzip -9 -c "$out/plate-trail-worker_bg.wasm" | wc -c)
  bench=$(PLATE_TRAIL_DIST="$PWD/$out/" node scripts/bench_worker.mjs)
  echo "$bench" > "$out.bench.txt"
  field() { sed -n "s/^$1=//p" <<< "$bench"; }
  echo "worker_opt_level=$level wasm_opt=$wasm_opt worker_wasm_bytes=$bytes worker_gzip_bytes=$gzip_bytes worker_ms=$(field worker_ms) native_ms=$(field native_ms) ratio=$(field ratio)"
done
