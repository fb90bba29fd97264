#!/usr/bin/env bash
# End-to-end tests in headless Chromium: the mock build (MSW in the browser), and the production
# build configured through config.json against `npm run mock-api` (see playwright.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
npx vite build --mode mock --logLevel warn
npx vite build --logLevel warn
# The tests write dist/config.json; a later `npm run preview` must not inherit it.
trap 'rm -f dist/config.json' EXIT
npx playwright test "$@"
