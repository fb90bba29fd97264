#!/usr/bin/env bash
# In-browser benchmark: builds the mock app, serves it, and times it in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
npx vite build --mode mock --logLevel warn
npx vite preview --mode mock --outDir dist-mock --host 127.0.0.1 --port 4174 --strictPort > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
BENCH_URL=http://127.0.0.1:4174 npx tsx tests/bench/browser.bench.ts "$@"
# The graph's zoom controls with thousands of nodes drawn (BENCH_ZOOM_SIZES picks the depots).
BENCH_URL=http://127.0.0.1:4174 npx tsx tests/bench/graph-zoom.bench.ts
