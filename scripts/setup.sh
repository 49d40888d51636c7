#!/usr/bin/env bash
# Installs what building and testing Plate Trail needs, and only what is missing or at the
# wrong version. Safe to run again and again: every step checks first.
#
# What and why (see also ../shared/docs/toolchain.md for what works on these machines):
# - the wasm32-unknown-unknown target;
# - Trunk 0.21.14 (0.22 needs a newer rustc than 1.95);
# - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock;
# - npm tools pinned in package.json/package-lock.json: binaryen (wasm-opt 132), terser
#   (minifies the first visit's plain scripts), playwright-core, puppeteer-core, selenium-webdriver and axe-core for the end-to-end tests;
# - Debian's chromium and chromium-driver, firefox-esr, webkit2gtk-driver, xvfb and xauth
#   (tests never download a browser).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 14 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli matching Cargo.lock. `--locked` fails here: the registry mirror
#    lacks one of its locked dependency versions.
if [ ! -f Cargo.lock ]; then
  cargo generate-lockfile
fi
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 6 minutes, once)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# 4. npm tools, exactly as locked. Reinstall only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-lock; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-lock
fi

# 5. Browsers from Debian, never downloaded by a test tool: Chromium and ChromeDriver;
#    Firefox ESR (driven by puppeteer-core over WebDriver BiDi); WebKitGTK's WebDriver with
#    its MiniBrowser, and Xvfb + xauth for the display MiniBrowser needs (`xvfb-run -a`).
#    One apt-get update, and only when something is missing.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/xvfb-run ] || missing+=(xvfb)
[ -x /usr/bin/xauth ] || missing+=(xauth)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y "${missing[@]}"
fi

# 6. The project's crates, so Trunk's offline builds (and the worker's, scripts/build_worker.sh)
#    find them on a fresh machine. Quick when they are already there.
cargo fetch --locked 2>/dev/null || cargo fetch

say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(/usr/bin/chromium --version 2>/dev/null | head -1), $(/usr/bin/firefox-esr --version 2>/dev/null | head -1), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null)"
