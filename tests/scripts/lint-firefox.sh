#!/usr/bin/env bash
# Builds the Firefox package and runs Mozilla's add-on linter on it (`web-ext lint`, the checks
# addons.mozilla.org runs on upload). Fails on any error; warnings are printed for review.
#
# Not `--self-hosted`: we mean to publish on addons.mozilla.org, and that flag hides the checks
# AMO applies to listed add-ons.
#
# Known warnings (each UNSAFE_VAR_ASSIGNMENT, none from our own code; see CHANGELOG / report):
# - card-ui.js and the popup chunk: Preact's own `dom.innerHTML = newHtml.__html`, the branch for
#   `dangerouslySetInnerHTML`, which no component of ours uses (Biome and a unit test forbid it).
# - content.js (twice): `import(url)` of our own web-accessible card-ui.js and fuzzy-tier.js,
#   built from `browser.runtime.getURL`, never from page data.
#
# SL_OUT_DIR picks the build folder (default .output-lint-firefox, so it never clobbers .output).
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT="${SL_OUT_DIR:-.output-lint-firefox}"
export SL_OUT_DIR="$OUT"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! npx wxt build -b firefox >"$log" 2>&1; then
  cat "$log" >&2
  echo "lint-firefox: the Firefox build failed" >&2
  exit 1
fi

dir=""
for candidate in "$OUT/firefox-mv2" "$OUT/firefox-mv3"; do
  if [ -f "$candidate/manifest.json" ]; then dir="$candidate"; fi
done
if [ -z "$dir" ]; then
  echo "lint-firefox: no Firefox build found in $OUT" >&2
  exit 1
fi

# web-ext exits non-zero when the linter reports errors (warnings alone pass).
npx web-ext lint --source-dir "$dir" --no-config-discovery --boring --no-input
echo "lint-firefox: $dir has no lint errors"
