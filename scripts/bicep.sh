#!/usr/bin/env bash
# Runs the pinned Bicep CLI without network access: `scripts/bicep.sh build infra/main.bicep --no-restore`.
#   --path prints where the binary is; scripts/setup-bicep.sh installs it.
# Offline, because: build, lint and build-params get --no-restore from the caller (nothing here uses a module
# registry); commands without that flag (snapshot) would download the public module index from aka.ms, so every
# HTTP(S) request goes to a proxy address on loopback where nothing listens; and where the kernel allows it, the
# CLI runs in a network namespace of its own with no interface at all (unshare -n). Bicep's own diagnostics tracing
# stays off and the .NET host sends no telemetry.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -nE 's/.*Azure\.Bicep\.CommandLine\.linux-x64" Version="\[([^]]+)\]".*/\1/p' "$root/tools/bicep/bicep.proj")
bin=${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep
if [ "${1:-}" = --path ]; then echo "$bin"; exit 0; fi
if [ ! -x "$bin" ]; then echo "bicep: Bicep CLI $version is not installed; run scripts/setup-bicep.sh" >&2; exit 127; fi

dead=http://127.0.0.1:9
isolate=()
if unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
exec env HTTPS_PROXY=$dead HTTP_PROXY=$dead ALL_PROXY=$dead https_proxy=$dead http_proxy=$dead all_proxy=$dead \
  NO_PROXY= no_proxy= BICEP_TRACING_ENABLED=false DOTNET_CLI_TELEMETRY_OPTOUT=1 \
  "${isolate[@]}" "$bin" "$@"
