#!/usr/bin/env bash
# Trunk hook (scripts/post_build.sh): prerenders the first screen (the default run's headline
# and town map, drawn by the app's own components through Yew's server-side rendering:
# examples/prerender.rs, built natively) and puts it into the staged index.html inside #app,
# before the loading line. Generated at every build from the code of that build, never
# committed. static/start.js shows it only to a visitor who would see exactly that screen.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"
fragment=target/prerender/first-screen.html
mkdir -p target/prerender
cargo run --quiet --offline --example prerender > "$fragment"
node - "$TRUNK_STAGING_DIR/index.html" "$fragment" <<'JS'
const fs = require('node:fs');
const [page, fragment] = process.argv.slice(2);
const html = fs.readFileSync(page, 'utf8');
// Trunk's minifier may drop the quotes: <div id=app> or <div id="app">.
const opening = /<div id="?app"?>/;
if (!opening.test(html)) throw new Error(`prerender.sh: no <div id="app"> in ${page}`);
if (html.includes('id="first-screen"')) throw new Error(`prerender.sh: ${page} already holds a prerender`);
const screen = fs.readFileSync(fragment, 'utf8').trim();
fs.writeFileSync(page, html.replace(opening, (tag) => tag + screen));
JS
