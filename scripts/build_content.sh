#!/usr/bin/env bash
# Trunk hook (Trunk.toml, post_build): copies the long text the app fetches when a page
# opens (the FAQ, About and Take action; rendered from content/ by build.rs) into the site
# as content/*.html, and each translation's as content/<code>/*.html, so the first visit's
# download leaves it out; and every language's short strings but English's (locales/, through
# build.rs) as lang/CODE.json, fetched when chosen.
#
# build.rs writes the pages into its OUT_DIR; cargo names that directory in its JSON
# messages, so this asks cargo (the build Trunk just made is fresh: nothing is rebuilt).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"

profile_flag=()
if [ "${TRUNK_PROFILE:-release}" = release ]; then profile_flag=(--release); fi
out_dir=$(cargo build --offline --target wasm32-unknown-unknown "${profile_flag[@]}" --bin plate-trail \
    --message-format=json 2>/dev/null \
  | node -e '
      let out = "";
      require("readline").createInterface({ input: process.stdin }).on("line", (line) => {
        const message = JSON.parse(line);
        if (message.reason === "build-script-executed" && /#plate-trail@|^plate-trail /.test(message.package_id)) out = message.out_dir;
      }).on("close", () => console.log(out));')
if [ -z "$out_dir" ] || [ ! -f "$out_dir/lazy/faq.html" ]; then
  echo "build_content.sh: cargo named no build-script output with lazy/faq.html (got '$out_dir')" >&2
  exit 1
fi
# Every language's strings but English's (build.rs, from locales/), fetched when chosen.
mkdir -p "$TRUNK_STAGING_DIR/lang"
cp "$out_dir"/lang/*.json "$TRUNK_STAGING_DIR/lang/"
mkdir -p "$TRUNK_STAGING_DIR/content"
cp -R "$out_dir"/lazy/. "$TRUNK_STAGING_DIR/content/"
