#!/usr/bin/env bash
# The benchmark: prints figures (requests/s, latency percentiles, start-up time, resident memory, answer accuracy).
# Not a test and not part of scripts/test.sh. Everything it starts listens on 127.0.0.1 only.
#   scripts/bench.sh                      full run (about 4-5 minutes on two cores)
#   scripts/bench.sh --requests 1000 …    see bench/Verkostot.Bench/BenchOptions.cs for the options
#   scripts/bench.sh --comparison-only    only the like-for-like comparison (floor, then echo and our greeting in 3
#                                         alternating rounds, then 20 questions; ~9 min; --rounds N, --ours-only)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

echo "Building Release (the bench and the bot)…"
dotnet build bench/Verkostot.Bench/Verkostot.Bench.csproj -c Release -nologo -v q 2>&1 | grep -E "error|Warn|warn" || true
test -f bench/Verkostot.Bench/bin/Release/net10.0/Verkostot.Bench.dll || { echo "build failed"; exit 1; }

# The child-process bot is the one that ships (ReadyToRun, scripts/publish.sh); the floor is published the same way.
echo "Publishing the bot (scripts/publish.sh → artifacts/publish) and the floor (→ artifacts/floor)…"
scripts/publish.sh >/dev/null
dotnet publish bench/Verkostot.Bench.Floor/Verkostot.Bench.Floor.csproj -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o artifacts/floor -nologo -v q 2>&1 | grep -E "error|warn" || true

echo "Installing the botbuilder-js echo bot (npm ci, pinned by package-lock.json)…"
(cd bench/botbuilder-echo && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

exec dotnet bench/Verkostot.Bench/bin/Release/net10.0/Verkostot.Bench.dll "$@"
