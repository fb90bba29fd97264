#!/usr/bin/env bash
# Prints the Chromium the browser tests use: $CHROMIUM_PATH, else /usr/bin/chromium. Fails with one
# line saying how to install it; browser tests are never skipped silently.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium not found at $chromium: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "$chromium"
