#!/usr/bin/env bash
# The README's test command: type-check, build both browsers, run the unit tests (Vitest) and the
# browser tests (Playwright + Debian's Chromium), then print one closing line `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

fail() { echo "test-all: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

bash tests/scripts/ensure-chromium.sh || fail "Chromium is needed for the browser tests"
npx tsc --noEmit || fail "type-check failed"
npx wxt build >reports/build-chrome.log 2>&1 || { cat reports/build-chrome.log; fail "chrome build failed"; }
npx wxt build -b firefox >reports/build-firefox.log 2>&1 || { cat reports/build-firefox.log; fail "firefox build failed"; }

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit_status=$?
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
e2e_status=$?

node tests/scripts/sum-reports.mjs reports/vitest.json reports/playwright.json
sum_status=$?
if [ $unit_status -ne 0 ] || [ $e2e_status -ne 0 ] || [ $sum_status -ne 0 ]; then exit 1; fi
