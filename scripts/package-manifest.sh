#!/usr/bin/env bash
# Writes artifacts/appPackage.zip: manifest/manifest.json with its placeholders filled from the environment, the
# localization files and the icons. Refuses (exit 1) to package a manifest that does not validate.
#   MicrosoftAppId (or BOT_ID / APP_ID)  the bot's Entra app id; also the Teams app id unless APP_ID is set
#   BOT_DOMAIN                            host name the bot is reached at, e.g. verkostot.kuntaliitto.fi
#   WEBSITE_URL, PRIVACY_URL, TERMS_URL   default to https://$BOT_DOMAIN/, …/tietosuoja, …/kayttoehdot (pages the bot serves)
# Options: MANIFEST_DIR (default manifest/), first argument: output zip (default artifacts/appPackage.zip).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
manifest_dir=$(cd "${MANIFEST_DIR:-$root/manifest}" && pwd)
out=${1:-$root/artifacts/appPackage.zip}
if [ ! -d "$root/tools/validation/node_modules/@microsoft/app-manifest" ]; then bash "$root/scripts/setup-validation.sh"; fi
exec node "$root/tools/validation/package-app.js" "$manifest_dir" "$out"
