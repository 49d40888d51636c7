#!/usr/bin/env bash
# Trunk hook (Trunk.toml, post_build), one script because Trunk runs a stage's hooks at the
# same time: first the town-wide worker's module (scripts/build_worker.sh), then the service
# worker, which lists every file of the build, the worker's included
# (scripts/service_worker.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a hook}"
scripts/build_worker.sh
node scripts/service_worker.mjs "$TRUNK_STAGING_DIR"
