#!/usr/bin/env bash
# Produces the deployable bot with the publish profile bot/Properties/PublishProfiles/Production.pubxml: a
# self-contained, trimmed linux-x64 build compiled ReadyToRun (less memory, less JIT work at start-up), in
# artifacts/publish/, and the same as artifacts/verkostot-bot.zip for `az webapp deploy --type zip`.
#   scripts/publish.sh [OUTPUT_DIR]        (default: artifacts)
# It starts with `./Verkostot.Bot` or, as the App Service plan from infra/ does, `dotnet Verkostot.Bot.dll` (the
# installed `dotnet` then runs the runtime shipped in the folder).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-$root/artifacts}" && cd "${1:-$root/artifacts}" && pwd)
publish=$out/publish
zipfile=$out/verkostot-bot.zip
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$publish" "$zipfile"
dotnet publish "$root/bot/Verkostot.Bot.csproj" -p:PublishProfile=Production -o "$publish" -nologo -v q
# A deployed instance gets its settings from App Service, never from a developer's files.
rm -f "$publish"/appsettings.Development.json
(cd "$publish" && zip -q -r -X "$zipfile" .)
echo "publish: $publish ($(du -sh "$publish" | cut -f1)), $zipfile ($(du -h "$zipfile" | cut -f1))"
