#!/usr/bin/env bash
# Runs every check CI runs, in order, and stops at the first failure:
# formatting, clippy (native and wasm32), native tests, wasm tests in headless Chromium,
# the release build (and the single offline file), the bundle-size budget, and the
# end-to-end tests against dist/ (Chromium; the journey also in Firefox ESR and WebKitGTK).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Each step's heading says how long the one before took (step_seconds=, for CI's time budget).
last_step='' last_start=$SECONDS
step() {
  if [[ -n $last_step ]]; then
    printf 'step_seconds{step="%s"}=%d\n' "$last_step" $((SECONDS - last_start)) | tee -a "$log"
  fi
  last_step=$* last_start=$SECONDS
  printf '\n==> %s\n' "$*"
}

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test 2>&1 | tee -a "$log"

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web --test web_determinism --test web_console 2>&1 | tee -a "$log"

step "release build, and the single offline file"
trunk build --release
node scripts/offline_file.mjs

step "bundle size"
node scripts/bundle_size.mjs

# The end-to-end tests time the analyst and the import natively beside the worker
# (analyst_speed.test.mjs, import.test.mjs: `cargo run --profile bench --example ...`).
# Built here in one cargo call, so the two examples' LTO links run side by side and the
# build's time is its own step, not hidden in the first e2e file that needed it.
step "native examples the end-to-end tests time (bench profile)"
cargo build --quiet --profile bench --example bench_analyst --example import

# xvfb-run gives WebKitGTK's MiniBrowser the display it needs (tests/e2e/engines.test.mjs);
# Chromium and Firefox run headless and ignore it.
step "end-to-end tests in headless Chromium, Firefox ESR and WebKitGTK"
xvfb-run -a node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ 2>&1 | tee -a "$log"

step "summary"
grep -E '^step_seconds' "$log"
awk '/^test result:/ { p += $4; f += $6 } END { printf "rust_tests_passed=%d rust_tests_failed=%d\n", p, f }' "$log"
grep -E '^ℹ (pass|fail) ' "$log" | sed 's/^ℹ /e2e_tests_/; s/ /=/' || true
grep -oE 'engine_journey_ms\{engine=[a-z]+\}=[0-9]+' "$log" || true
grep -oE 'analyst_profile_(ms\{engine=[a-z]+\}|ratio)=[0-9.]+' "$log" || true
node scripts/bundle_size.mjs --total-only
