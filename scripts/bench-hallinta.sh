#!/usr/bin/env bash
# The coordinator web app's benchmark: 200 networks, 10 000 people, every page asked for 200 times in a row by a
# signed-in coordinator (the network list by an administrator); prints p50/p95/max per page against the target
# p95 ≤ 100 ms. Not a test and not part of scripts/test.sh; everything listens on 127.0.0.1 only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet build bench/Verkostot.Bench.Hallinta/Verkostot.Bench.Hallinta.csproj -c Release -nologo -v q 2>&1 | grep -E "error|Warn|warn" || true
exec dotnet bench/Verkostot.Bench.Hallinta/bin/Release/net10.0/Verkostot.Bench.Hallinta.dll "$@"
