#!/usr/bin/env bash
# Starts the Microsoft 365 Agents Playground against the bot, the only way it may be started here:
# telemetry off, no browser, bound to 127.0.0.1, and a guard that refuses any connection off this machine.
# Usage: [PLAYGROUND_TENANT=name] tools/playground/playground.sh [BOT_ENDPOINT] [PORT]
#   BOT_ENDPOINT defaults to http://127.0.0.1:3978/api/messages, PORT to 56150.
#   PLAYGROUND_TENANT picks the mock tenant tools/playground/<name>.m365agentsplayground.yml (e.g. presidium-member,
#   where you are Juha Herrala); unset, it is .m365agentsplayground.yml, where you are Iira Ainiala.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
endpoint=${1:-http://127.0.0.1:3978/api/messages}
port=${2:-56150}
tenant="$here/${PLAYGROUND_TENANT:-}.m365agentsplayground.yml"
cli="$here/node_modules/@microsoft/m365agentsplayground/cli.js"
if ! command -v node >/dev/null 2>&1; then
  echo "node is not installed: install Node.js 20 or later, then run scripts/setup-playground.sh" >&2; exit 127
fi
if [ ! -f "$cli" ]; then
  echo "The Agents Playground is not installed: run scripts/setup-playground.sh" >&2; exit 127
fi
if [ ! -f "$tenant" ]; then
  echo "No mock tenant $tenant: PLAYGROUND_TENANT names a tools/playground/<name>.m365agentsplayground.yml" >&2; exit 2
fi

export APPLICATION_INSIGHTS_NO_STATSBEAT=true
export TEAMSAPPTESTER_BROWSER=none
export M365_AGENTS_PLAYGROUND_CONFIG_PATH="$tenant"
export M365_AGENTS_PLAYGROUND_LOGFILE=${M365_AGENTS_PLAYGROUND_LOGFILE:-$here/devTools/m365agentsplayground.log}
# The Playground stamps activities with its time zone (its locale is always en-US): make it our users'.
TZ=Europe/Helsinki exec node --require "$here/loopback-only.cjs" "$cli" start \
  --app-endpoint "$endpoint" --channel-id msteams --port "$port" \
  --service-url "http://127.0.0.1:$port/_connector" --disable-telemetry
