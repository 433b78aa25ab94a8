#!/usr/bin/env bash
# Every test, from a fresh clone of the repository: installs what is missing (npm packages,
# code-server, Debian's chromium/ripgrep/libkrb5-dev), then type-checks, bundles, and runs the
# unit tests, the Keras-oracle comparisons (against the committed references), the
# extension-host suite in a real VS Code (code-server here) and the UI flow in chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m› %s\033[0m\n' "$*"; }
step "dependencies"
bash scripts/ensure-node-deps.sh
bash scripts/install-code-server.sh >/dev/null
step "type-check and compile"
npm run -s compile
step "bundle"
npm run -s build
step "unit tests"
npm run -s test:unit
step "oracle: the engine against real Keras's outputs"
npm run -s test:oracle
step "extension-host tests in a real VS Code"
npm run -s test:e2e
step "UI flow in a real VS Code"
npm run -s test:ui
