#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests and the demo. Installs it with
# apt-get when missing and we may (root, or sudo without a password). Never downloads a browser
# any other way.
set -euo pipefail
CHROMIUM="${SL_CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "Summit Lens: $CHROMIUM not found; installing Debian's chromium package" >&2
if [ "$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else
  echo "Summit Lens: please install Chromium first: sudo apt-get install chromium" >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
