#!/usr/bin/env bash
# What the wasm's optimisation level costs in bytes and buys in speed: builds the app once
# per level (rustc's opt-level with the matching wasm-opt pass, for the page's module and the
# worker's alike) into target/opt-study/,
# then prints, per level, the first visit's gzip bytes (scripts/bundle_size.mjs) and the town
# month in the browser's worker (scripts/bench_worker.mjs). Slow: one release build per level
# (about 4 minutes each on 2 cores). Usage: scripts/opt_level_study.sh [levels...]
# (default: z s 2 3). The shipped levels are Cargo.toml's: [profile.release] (the page) and
# [profile.worker] (the worker's module, scripts/build_worker.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(z s 2 3)
mkdir -p target/opt-study
for level in "${levels[@]}"; do
  case "$level" in
    z|s) wasm_opt="$level" ;;
    *) wasm_opt=3 ;;
  esac
  html="opt-study-$level.html"
  # A copy of index.html beside it (its paths are relative), with the matching wasm-opt pass.
  sed "s/data-wasm-opt=\"z\"/data-wasm-opt=\"$wasm_opt\"/" index.html > "$html"
  trap 'rm -f "$html"' EXIT
  dist="target/opt-study/$level"
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" WORKER_OPT_LEVEL="$level" WORKER_WASM_OPT="$wasm_opt" trunk build --release --dist "$dist" "$html" > "target/opt-study/$level.log" 2>&1
  rm -f "$html"
  # Trunk names the page index.html whatever its source was called; make sure of it.
  if [ -f "$dist/$html" ]; then mv "$dist/$html" "$dist/index.html"; fi
  sizes=$(PLATE_TRAIL_DIST="$PWD/$dist/" node scripts/bundle_size.mjs --total-only 2>/dev/null || true)
  bytes=$(sed -n 's/^bundle_gzip_bytes=//p' <<< "$sizes")
  worker_bytes=$(sed -n 's/^worker_gzip_bytes=//p' <<< "$sizes")
  worker=$(PLATE_TRAIL_DIST="$PWD/$dist/" node scripts/bench_worker.mjs | sed -n 's/^town_month_worker_ms=//p')
  echo "opt_level=$level wasm_opt=$wasm_opt bundle_gzip_bytes=$bytes worker_gzip_bytes=$worker_bytes town_month_worker_ms=$worker"
done
