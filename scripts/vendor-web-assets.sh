#!/usr/bin/env bash
# Re-vendors the coordinator web app's browser libraries (Fluent UI web components, Teams JavaScript client, the
# Teams theme tokens) from the versions pinned in tools/web/package.json into bot/wwwroot/lib, and records their
# versions and hashes in bot/wwwroot/lib/vendored.json. The output is committed: only a version change needs this.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tools/web"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
node vendor.mjs
