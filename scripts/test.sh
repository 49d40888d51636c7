#!/usr/bin/env bash
# Runs every check CI runs, in order, and stops at the first failure:
# formatting, clippy (native and wasm32), the docs' links, native tests and wasm tests in headless Chromium
# (beside them all the release build, the single offline file and the native examples the
# end-to-end tests time), the bundle-size budget, and the end-to-end tests against dist/
# (Chromium; the journey also in Firefox ESR and WebKitGTK).
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

# The release build and the native examples the end-to-end tests time run beside clippy and
# the native and wasm tests. They are mostly one rustc each (LTO into one codegen unit), so on
# CI's 2 cores the other core would wait; they build in target/release and
# target/wasm32-*/release, where clippy and the tests (target/debug) never take Cargo's lock.
# Measured (CI=true .ci/run on clean clones, 2026-12-03): clippy, the tests, the release
# build and the examples took 710-800 s one after another (four runs), 612 s side by side.
# Their output is printed when they end, before the end-to-end tests, which run alone (they
# time the page).
beside_log=$(mktemp)
trap 'rm -f "$log" "$beside_log"; [[ -n ${beside:-} ]] && kill -- "-$beside" 2> /dev/null || true' EXIT
beside_start=$SECONDS
# Its own process group (job control on for this one job), so that a failure of the tests
# stops it and everything it started (the trap kills the group).
set -m
(
  set -euo pipefail
  echo '==> release build, and the single offline file'
  trunk build --release
  node scripts/offline_file.mjs
  printf 'step_seconds{step="release build, and the single offline file (beside the tests)"}=%d\n' $((SECONDS - beside_start))
  # The end-to-end tests time the analyst and the import natively beside the worker
  # (analyst_speed.test.mjs, import.test.mjs: `cargo run --profile bench --example ...`).
  # Built here in one cargo call, so the two examples' LTO links run side by side.
  echo '==> native examples the end-to-end tests time (bench profile)'
  cargo build --quiet --profile bench --example bench_analyst --example import
) < /dev/null > "$beside_log" 2>&1 &
beside=$!
set +m

step "clippy (native)"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

step "docs (no broken link)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --document-private-items --quiet

step "native tests"
cargo test 2>&1 | tee -a "$log"

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test web --test web_determinism --test web_console 2>&1 | tee -a "$log"

step "waiting for the release build and the native examples"
beside_status=0
wait "$beside" || beside_status=$?
beside=''
cat "$beside_log"
grep -E '^step_seconds' "$beside_log" >> "$log" || true
printf 'step_seconds{step="release build and native examples (beside the tests)"}=%d\n' $((SECONDS - beside_start)) | tee -a "$log"
if ((beside_status != 0)); then
  echo "test.sh: the release build or the native examples failed (exit $beside_status)" >&2
  exit "$beside_status"
fi

step "bundle size"
node scripts/bundle_size.mjs

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
