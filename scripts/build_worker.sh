#!/usr/bin/env bash
# Trunk hook (Trunk.toml, post_build): builds the town-wide worker's own wasm module
# (src/bin/plate-trail-worker.rs) into Trunk's staging directory as
# plate-trail-worker.js (wasm-bindgen's no-modules glue, which static/worker.js imports with
# importScripts) and plate-trail-worker_bg.wasm.
#
# Why not a Trunk `rel="rust" data-type="worker"` link: Trunk builds every binary with one
# cargo profile, and the two binaries want different ones. The page's module is downloaded
# on every first visit, so it is built for size (`[profile.release]`, opt-level "z"); the
# worker's runs a town month per request and is fetched after the first map, so it is built
# for speed (`[profile.worker]`, opt-level 3, wasm-opt -O3). scripts/opt_level_study.sh has
# the numbers behind the choice. WORKER_OPT_LEVEL and WORKER_WASM_OPT override both (the
# study sets them).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"

bindgen_out=target/worker-bindgen
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  profile=worker
  if [ -n "${WORKER_OPT_LEVEL:-}" ]; then export CARGO_PROFILE_WORKER_OPT_LEVEL="$WORKER_OPT_LEVEL"; fi
  cargo build --quiet --offline --target wasm32-unknown-unknown --profile "$profile" --bin plate-trail-worker
  wasm=target/wasm32-unknown-unknown/$profile/plate-trail-worker.wasm
else
  cargo build --quiet --offline --target wasm32-unknown-unknown --bin plate-trail-worker
  wasm=target/wasm32-unknown-unknown/debug/plate-trail-worker.wasm
fi

wasm-bindgen --target no-modules --no-typescript --out-dir "$bindgen_out" --out-name plate-trail-worker "$wasm"
cp "$bindgen_out/plate-trail-worker.js" "$TRUNK_STAGING_DIR/"
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  # The wasm features rustc 1.95 emits by default, as index.html tells Trunk for the page.
  wasm-opt "-O${WORKER_WASM_OPT:-3}" --enable-bulk-memory --enable-bulk-memory-opt \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue \
    -o "$TRUNK_STAGING_DIR/plate-trail-worker_bg.wasm" "$bindgen_out/plate-trail-worker_bg.wasm"
else
  cp "$bindgen_out/plate-trail-worker_bg.wasm" "$TRUNK_STAGING_DIR/"
fi
