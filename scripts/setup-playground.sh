#!/usr/bin/env bash
# Installs the pinned Microsoft 365 Agents Playground into tools/playground (from its lockfile), once.
set -euo pipefail
dir=$(cd "$(dirname "$0")/../tools/playground" && pwd)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup-playground: Node.js 20 or later (with npm) is needed for the Agents Playground" >&2; exit 1
fi
wanted=$(node -p "require('$dir/package-lock.json').packages['node_modules/@microsoft/m365agentsplayground'].version")
installed=$(node -p "try { require('$dir/node_modules/@microsoft/m365agentsplayground/package.json').version } catch { '' }")
[ "$installed" = "$wanted" ] && exit 0
cd "$dir"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
echo "setup-playground: installed @microsoft/m365agentsplayground $wanted"
