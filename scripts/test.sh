#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, lint, unit and integration tests, the production
# bundle check, and the end-to-end tests in a real browser. Ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-reports
# Fail early, before the long steps, when no browser is available.
bash scripts/find-chromium.sh > /dev/null

echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npm run --silent lint
echo "== unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json
echo "== production bundle"; npm run --silent check:bundle
echo "== end-to-end tests"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json bash scripts/e2e.sh --reporter=list,json
node scripts/summarise-tests.mjs test-reports/vitest.json test-reports/playwright.json
