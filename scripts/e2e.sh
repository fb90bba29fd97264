#!/usr/bin/env bash
# End-to-end tests: builds the app in mock mode and drives it in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
npx vite build --mode mock --logLevel warn
npx playwright test "$@"
