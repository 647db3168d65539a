#!/usr/bin/env bash
# Takes the start-up profile again: the methods that a restart of the published bot and its first answer run, as the
# JIT names them, into bot/Properties/PublishProfiles/startup-methods.txt. The deployable build compiles only those
# ahead of time (Production.pubxml); everything else is compiled by the JIT when first used. Run it after changes to
# what the bot does at start-up or on its first answer: a stale list is still correct, only slower to start.
#   scripts/startup-profile.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d /tmp/verkostot-startup-profile.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/publish.sh "$work" >/dev/null
dotnet build bench/Verkostot.Bench.Startup -c Release -nologo -v q >/dev/null
# With the precompiled code switched off every method that runs goes through the JIT, which lists it: the first start
# (database created, demo data loaded) and one restart with its first answer, both appended to one list.
dotnet run --no-build -c Release --project bench/Verkostot.Bench.Startup -- --runs 1 --publish "$work/publish" \
  --env DOTNET_ReadyToRun=0 --env DOTNET_JitDisasmSummary=1 --env "DOTNET_JitStdOutFile=$work/jit.txt"
# "  12: JIT compiled Owner:Name(Params) [Tier0, IL size=9, code size=39]" → "Owner:Name(Params)". Dynamic methods
# (expression trees, stubs) have no metadata to compile ahead of time.
sed -nE 's/^ *[0-9]+: JIT compiled (.*) \[[^]]*\]$/\1/p' "$work/jit.txt" | grep -v '^(dynamicClass)' | LC_ALL=C sort -u \
  > bot/Properties/PublishProfiles/startup-methods.txt
echo "startup profile: $(wc -l < bot/Properties/PublishProfiles/startup-methods.txt) methods in bot/Properties/PublishProfiles/startup-methods.txt"
