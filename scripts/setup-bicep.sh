#!/usr/bin/env bash
# Brings the pinned Bicep CLI (NuGet package Azure.Bicep.CommandLine.linux-x64, version in tools/bicep/bicep.proj)
# into the NuGet packages folder, once; later runs find it there and need no network.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(bash "$root/scripts/bicep.sh" --path)
[ -x "$bin" ] && exit 0
DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet restore "$root/tools/bicep/bicep.proj" -nologo -v q >/dev/null
[ -x "$bin" ] || chmod u+x "$bin" 2>/dev/null || true
[ -x "$bin" ] || { echo "setup-bicep: restored, but $bin is missing" >&2; exit 1; }
echo "setup-bicep: installed $(bash "$root/scripts/bicep.sh" --version)"
