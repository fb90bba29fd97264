#!/usr/bin/env bash
# In-browser benchmark: builds the mock app, serves it, and times it in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
export CHROMIUM_PATH
npx vite build --mode mock --logLevel warn
# BENCH_PORT: where the app is served (4174 unless set, e.g. when another run uses 4174).
port="${BENCH_PORT:-4174}"
# The server itself, not npx (which would leave it running when killed).
./node_modules/.bin/vite preview --mode mock --outDir dist-mock --host 127.0.0.1 --port "$port" --strictPort > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
BENCH_URL="http://127.0.0.1:$port" npx tsx tests/bench/browser.bench.ts "$@"
# The graph's zoom controls with thousands of nodes drawn (BENCH_ZOOM_SIZES picks the depots).
BENCH_URL="http://127.0.0.1:$port" npx tsx tests/bench/graph-zoom.bench.ts
