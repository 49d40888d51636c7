#!/usr/bin/env bash
# What the wasm's optimisation level costs in bytes and buys in speed, one line per level
# (default: z s 2 3; rustc's opt-level with the matching wasm-opt pass).
#
#   scripts/opt_level_study.sh [levels...]
#     Builds the whole app once per level (the page's module and the worker's alike) into
#     target/opt-study/LEVEL and prints the first visit's gzip bytes (scripts/bundle_size.mjs)
#     and the town month in the browser's worker (scripts/bench_worker.mjs). One release build
#     per level: about 4 minutes each on 2 cores.
#       opt_level=3 wasm_opt=3 bundle_gzip_bytes=... worker_gzip_bytes=... worker_ms=... native_ms=... ratio=...
#
#   scripts/opt_level_study.sh --worker-only [levels...]
#     After `make dist`: builds only src/bin/plate-trail-worker.rs per level as
#     scripts/build_worker.sh does, each in its own target dir, swaps it into a copy of dist/
#     (or of $PLATE_TRAIL_DIST) and benches that copy. The page's first download does not
#     include the worker, so a faster level there costs no first-visit byte.
#       worker_opt_level=3 wasm_opt=3 worker_wasm_bytes=... worker_gzip_bytes=... worker_ms=... native_ms=... ratio=...
#
# The shipped levels are Cargo.toml's: [profile.release] (the page) and [profile.worker].
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
worker_only=false
if [ "${1:-}" = "--worker-only" ]; then worker_only=true; shift; fi
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(z s 2 3)
mkdir -p target/opt-study

# The worker's speed in one built copy of the app: worker_ms=, native_ms= and ratio=.
bench_speed() {
  local bench
  bench=$(PLATE_TRAIL_DIST="$PWD/$1/" node scripts/bench_worker.mjs)
  echo "$bench" > "$1.bench.txt"
  for name in worker_ms native_ms ratio; do
    printf ' %s=%s' "$name" "$(sed -n "s/^$name=//p" <<< "$bench")"
  done
}

# The whole app at one level.
study_app() {
  local level=$1 wasm_opt=$2 html="opt-study-$1.html" dist="target/opt-study/$1" sizes
  # A copy of index.html beside it (its paths are relative), with the matching wasm-opt pass.
  sed "s/data-wasm-opt=\"z\"/data-wasm-opt=\"$wasm_opt\"/" index.html > "$html"
  trap 'rm -f "$html"' EXIT
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" WORKER_OPT_LEVEL="$level" WORKER_WASM_OPT="$wasm_opt" \
    trunk build --release --dist "$dist" "$html" > "$dist.log" 2>&1
  rm -f "$html"
  # Trunk names the page index.html whatever its source was called; make sure of it.
  if [ -f "$dist/$html" ]; then mv "$dist/$html" "$dist/index.html"; fi
  sizes=$(PLATE_TRAIL_DIST="$PWD/$dist/" node scripts/bundle_size.mjs --total-only 2>/dev/null || true)
  printf 'opt_level=%s wasm_opt=%s bundle_gzip_bytes=%s worker_gzip_bytes=%s' "$level" "$wasm_opt" \
    "$(sed -n 's/^bundle_gzip_bytes=//p' <<< "$sizes")" "$(sed -n 's/^worker_gzip_bytes=//p' <<< "$sizes")"
  bench_speed "$dist"
  echo
}

# The worker's module alone at one level, in a copy of an existing build.
study_worker() {
  local level=$1 wasm_opt=$2 base="${PLATE_TRAIL_DIST:-dist}" out="target/opt-study/worker-$1"
  local target="target/opt-study/worker-target-$1" bytes
  [ -f "$base/index.html" ] || { echo "opt_level_study: run make dist first" >&2; exit 1; }
  # The shipped level ([profile.worker]) builds in the default target dir, where the last
  # `make dist` left it.
  if [ "$level" = "$(sed -n '/^\[profile.worker\]/,/^\[/s/^opt-level = "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' Cargo.toml)" ]; then target=target; fi
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
  printf 'worker_opt_level=%s wasm_opt=%s worker_wasm_bytes=%s worker_gzip_bytes=%s' "$level" "$wasm_opt" \
    "$bytes" "$(gzip -9 -c "$out/plate-trail-worker_bg.wasm" | wc -c)"
  bench_speed "$out"
  echo
}

for level in "${levels[@]}"; do
  case "$level" in
    z|s) wasm_opt="$level" ;;
    *) wasm_opt=3 ;;
  esac
  if $worker_only; then study_worker "$level" "$wasm_opt"; else study_app "$level" "$wasm_opt"; fi
done
