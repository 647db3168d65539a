#!/usr/bin/env bash
# Installs the pinned node tooling that validates the Teams app package and Adaptive Cards (tools/validation).
# Uses the lockfile only (npm ci); skips the install when node_modules already matches it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tools/validation"
if ! command -v npm >/dev/null; then echo "setup-validation: npm is not installed (Node.js 20+ is needed)" >&2; exit 1; fi
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ -d node_modules/@microsoft/app-manifest ]; then exit 0; fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null
