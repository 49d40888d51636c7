#!/usr/bin/env bash
# Trunk hook (Trunk.toml, post_build), one script because Trunk runs a stage's hooks at the
# same time and the last step needs the others done. Side by side: the town-wide worker's
# module (scripts/build_worker.sh), the analyst console's and policy lab's module
# (scripts/build_module.sh tools), presenter mode's page and module
# (scripts/build_present.sh), the long text fetched when its page opens
# (scripts/build_content.sh), the teaching materials' pages (scripts/lesson_pages.sh) and
# the first screen prerendered into index.html (scripts/prerender.sh), then Massachusetts
# today's data files. Then the first visit's two plain scripts and the modules' glue are
# minified (Trunk copies them as they are, and they count against the first-visit budget);
# last the service worker, which lists every file of the build with its
# hash (scripts/service_worker.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"
scripts/build_worker.sh &
worker=$!
scripts/build_present.sh &
present=$!
scripts/build_module.sh tools &
tools=$!
scripts/build_content.sh &
content=$!
scripts/lesson_pages.sh &
lessons=$!
scripts/prerender.sh &
prerender=$!
wait "$worker"
wait "$present"
wait "$tools"
wait "$content"
wait "$lessons"
wait "$prerender"
# terser (package.json) minifies them: start.js is a module (top-level await), worker.js a
# classic worker script.
terser=node_modules/.bin/terser
"$terser" "$TRUNK_STAGING_DIR/start.js" --module --compress --mangle -o "$TRUNK_STAGING_DIR/start.js"
"$terser" "$TRUNK_STAGING_DIR/worker.js" --compress --mangle -o "$TRUNK_STAGING_DIR/worker.js"
# The page's modules' wasm-bindgen glue, which Trunk copies unminified (and index.html's
# integrity for the first visit's).
node scripts/minify_glue.mjs "$TRUNK_STAGING_DIR"
# Massachusetts today's data, fetched when its view opens: the mapped cameras (committed,
# derived from DeFlock's export by `cargo run --example massachusetts_cameras`) and the
# state's outline, reduced from us-atlas's Census boundaries here.
mkdir -p "$TRUNK_STAGING_DIR/data"
cp static/data/massachusetts-alpr.json "$TRUNK_STAGING_DIR/data/"
node scripts/massachusetts_outline.mjs "$TRUNK_STAGING_DIR/data/massachusetts-outline.json"
node scripts/service_worker.mjs "$TRUNK_STAGING_DIR"
