#!/usr/bin/env bash
# Trunk hook (Trunk.toml, post_build): builds presenter mode's own wasm module
# (src/bin/plate-trail-present.rs) and its page, present.html, into Trunk's staging
# directory. Presenter mode is a page of its own so the story, the notes window and the QR
# code never enter the first visit's download (index.html), which every visitor pays for.
#
# The module is built like the page's (the release profile, for size: a hall's Wi-Fi is
# same start script as index.html's). present.html gets index.html's hashed stylesheet and
# icon, and the module's content hash as a query string, so a new build is never mixed with
# a cached old one.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"

scripts/build_module.sh present

# present.html: the stylesheet and icon index.html links (hashed by Trunk), its own
# stylesheet (static/present.css, kept out of the first visit's), and a version.
index="$TRUNK_STAGING_DIR/index.html"
css=$(grep -oE 'style-[0-9a-f]+\.css' "$index" | head -1)
icon=$(grep -oE 'icon-[0-9a-f]+\.svg' "$index" | head -1)
version=$(sha256sum "$TRUNK_STAGING_DIR/plate-trail-present_bg.wasm" | cut -c1-16)
if [ -z "$css" ] || [ -z "$icon" ]; then
  echo "build_present.sh: index.html names no hashed stylesheet or icon" >&2
  exit 1
fi
cp static/present.css "$TRUNK_STAGING_DIR/present.css"
sed -e "s|{css}|./$css|" -e "s|{icon}|./$icon|" -e "s|{version}|$version|g" \
  static/present.html > "$TRUNK_STAGING_DIR/present.html"
