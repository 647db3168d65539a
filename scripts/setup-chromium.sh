#!/usr/bin/env bash
# Installs Debian's chromium for the web app's browser tests (tests/Verkostot.Web.Tests drive /usr/bin/chromium
# through Playwright; Playwright itself never downloads a browser here). Skips when it is already there.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "setup-chromium: /usr/bin/chromium is missing; install the chromium package (apt-get install -y chromium)" >&2
  exit 1
fi
[ -x /usr/bin/chromium ] || { echo "setup-chromium: chromium did not install" >&2; exit 1; }
