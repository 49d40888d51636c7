#!/usr/bin/env bash
# Builds one of the app's extra wasm modules, `plate-trail-NAME` (src/bin/plate-trail-NAME.rs),
# into Trunk's staging directory as plate-trail-NAME.js and plate-trail-NAME_bg.wasm
# (wasm-bindgen's `web` target, started by static/start.js like the page's own module).
# Used by scripts/post_build.sh for `tools` (the analyst console and the policy lab) and by
# scripts/build_present.sh for `present` (presenter mode). Built like the page's module:
# the release profile and wasm-opt -Oz, for size, since a visitor waits for the download.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"
name=${1:?usage: build_module.sh NAME}

bindgen_out=target/$name-bindgen
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  cargo build --quiet --offline --target wasm32-unknown-unknown --release --bin "plate-trail-$name"
  wasm=target/wasm32-unknown-unknown/release/plate-trail-$name.wasm
else
  cargo build --quiet --offline --target wasm32-unknown-unknown --bin "plate-trail-$name"
  wasm=target/wasm32-unknown-unknown/debug/plate-trail-$name.wasm
fi

wasm-bindgen --target web --no-typescript --out-dir "$bindgen_out" --out-name "plate-trail-$name" "$wasm"
cp "$bindgen_out/plate-trail-$name.js" "$TRUNK_STAGING_DIR/"
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  # The wasm features rustc 1.95 emits by default, as index.html tells Trunk for the page.
  wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features --enable-bulk-memory --enable-bulk-memory-opt \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue \
    -o "$TRUNK_STAGING_DIR/plate-trail-${name}_bg.wasm" "$bindgen_out/plate-trail-${name}_bg.wasm"
else
  cp "$bindgen_out/plate-trail-${name}_bg.wasm" "$TRUNK_STAGING_DIR/"
fi
