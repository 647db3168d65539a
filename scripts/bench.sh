#!/usr/bin/env bash
# The benchmark: prints figures (requests/s, latency percentiles, start-up time, resident memory, answer accuracy).
# Not a test and not part of scripts/test.sh. Everything it starts listens on 127.0.0.1 only.
#   scripts/bench.sh                      full run (about 2-3 minutes on two cores)
#   scripts/bench.sh --requests 1000 …    see bench/Verkostot.Bench/BenchOptions.cs for the options
#   scripts/bench.sh --comparison-only    only the like-for-like comparison (floor, botbuilder-js echo, ours; ~3 min)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

echo "Building Release (the bench and the bot)…"
for project in bench/Verkostot.Bench/Verkostot.Bench.csproj bench/Verkostot.Bench.Floor/Verkostot.Bench.Floor.csproj; do
  dotnet build "$project" -c Release -nologo -v q 2>&1 | grep -E "error|Warn|warn" || true
done
test -f bench/Verkostot.Bench/bin/Release/net10.0/Verkostot.Bench.dll || { echo "build failed"; exit 1; }

echo "Installing the botbuilder-js echo bot (npm ci, pinned by package-lock.json)…"
(cd bench/botbuilder-echo && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

exec dotnet bench/Verkostot.Bench/bin/Release/net10.0/Verkostot.Bench.dll "$@"
