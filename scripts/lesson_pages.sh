#!/usr/bin/env bash
# Trunk hook (Trunk.toml, post_build): copies the teaching materials' pages, which build.rs
# renders from content/teach/*.md into its out dir, into Trunk's staging directory as
# teach/<name>.html (each translation's as teach/<code>/<name>.html, sharing them), with
# their style sheet and script (static/teach.css, static/teach.js).
# The app's Teach view links to them (src/views/teach.rs), so none of their text or code is
# part of the page's first download.
#
# Cargo names the build script's out dir in its JSON messages; the build asked for here is
# the worker's (scripts/build_worker.sh), which has already run or runs now, so this costs a
# second. The lesson pages are the same whichever build rendered them.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"

if [ "${TRUNK_PROFILE:-release}" = release ]; then
  profile=(--profile worker)
else
  profile=()
fi
out_dir=$(cargo build --quiet --offline --target wasm32-unknown-unknown "${profile[@]}" \
    --bin plate-trail-worker --message-format=json |
  node -e '
    let out = "";
    require("node:readline").createInterface({ input: process.stdin }).on("line", (line) => {
      const message = JSON.parse(line);
      if (message.reason === "build-script-executed" && /[#/]plate-trail[@#]/.test(message.package_id)) {
        out = message.out_dir;
      }
    }).on("close", () => console.log(out));')
if [ ! -d "$out_dir/teach" ]; then
  echo "lesson_pages.sh: build.rs wrote no lesson pages (out dir: '${out_dir}')" >&2
  exit 1
fi
mkdir -p "$TRUNK_STAGING_DIR/teach"
cp -R "$out_dir"/teach/. "$TRUNK_STAGING_DIR/teach/"
cp static/teach.css static/teach.js "$TRUNK_STAGING_DIR/teach/"
