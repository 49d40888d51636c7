# The two commands of the README, plus the pieces CI and benchmarks use.
SHELL := /bin/bash
PORT ?= 8080
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test dist bench setup fuzz fuzz-import

## Build and serve the app on http://127.0.0.1:$(PORT)/ (installs missing tools first).
serve: setup
	trunk serve --release --address 127.0.0.1 --port $(PORT) --no-autoreload

## Run every test CI runs (installs missing tools first).
test:
	scripts/test.sh

## Build the static site into dist/ (relative paths: host it under any sub-path), and the
## whole app in one file for offline classrooms, dist/plate-trail-offline.html.
dist: setup
	trunk build --release
	node scripts/offline_file.mjs

## Print benchmark numbers: bundle size, simulation and analysis timings.
bench: dist
	node scripts/bundle_size.mjs
	cargo run --profile bench --example bench_sim
	cargo run --profile bench --example bench_analyst
	node scripts/bench_worker.mjs
	node scripts/bench_import.mjs

## Fuzz the share link's decoder: 1,000,000 generated inputs for each of its four properties
## (random text, random bytes, mutated valid links, and the encode/decode round trip).
fuzz:
	LINK_FUZZ_CASES=1000000 cargo test --profile fuzz --lib scenario::link::tests::fuzz

setup:
	scripts/setup.sh

## Fuzz every import parser with 1,000,000 inputs per format (random bytes and mutated real
## files); prints import_fuzz_cases{format=...}= per format. `make test` runs a short pass.
fuzz-import:
	IMPORT_FUZZ_CASES=$${IMPORT_FUZZ_CASES:-1000000} cargo test --profile fuzz --test import_fuzz -- --nocapture --test-threads=2
