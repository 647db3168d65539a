#!/usr/bin/env bash
# Local run: the bot in developer mode on http://localhost:3978 and the Microsoft 365 Agents Playground (Teams on
# this machine) pointed at it. Everything stays on loopback and works offline. Ctrl-C stops both.
#   BOT_PORT (default 3978) and PLAYGROUND_PORT (default 56150) change the ports.
set -euo pipefail
set -m # each background job gets its own process group, so stopping one stops its children too
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bot_port=${BOT_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}
logs="$root/tools/playground/devTools"
mkdir -p "$logs"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$bot_port" "$playground_port"; do
  if port_busy "$port"; then echo "run: port $port on 127.0.0.1 is already in use (is another run still going?)" >&2; exit 1; fi
done

bash scripts/setup-playground.sh
echo "run: building the bot…"
dotnet build bot -nologo -v q -clp:NoSummary

bot_pid=""; playground_pid=""
stop() {
  trap - INT TERM EXIT
  for pid in "$playground_pid" "$bot_pid"; do
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  echo "run: stopped."
}
trap stop INT TERM EXIT

# Developer mode: Development and no MicrosoftAppId, so the bot takes the Playground's unauthenticated activities
# (and never calls Microsoft: its replies go to the activity's serviceUrl, the Playground).
ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development MicrosoftAppId="" MicrosoftAppPassword="" \
  dotnet run --project bot --no-build --no-launch-profile -- --urls "http://localhost:$bot_port" &
bot_pid=$!

echo "run: waiting for the bot on http://localhost:$bot_port …"
for _ in $(seq 1 120); do
  port_busy "$bot_port" && break
  kill -0 "$bot_pid" 2>/dev/null || { echo "run: the bot stopped during start-up (see above)." >&2; exit 1; }
  sleep 0.5
done
port_busy "$bot_port" || { echo "run: the bot did not start listening within 60 s." >&2; exit 1; }

tools/playground/playground.sh "http://127.0.0.1:$bot_port/api/messages" "$playground_port" >"$logs/playground.out" 2>&1 &
playground_pid=$!
for _ in $(seq 1 60); do
  grep -q "^Listening on $playground_port$" "$logs/playground.out" 2>/dev/null && break
  kill -0 "$playground_pid" 2>/dev/null || { cat "$logs/playground.out" >&2; echo "run: the Agents Playground did not start." >&2; exit 1; }
  sleep 0.5
done
grep -q "^Listening on $playground_port$" "$logs/playground.out" || { cat "$logs/playground.out" >&2; echo "run: the Agents Playground did not start." >&2; exit 1; }

cat <<EOF

  Bot:               http://localhost:$bot_port/api/messages (developer mode)
  Agents Playground: http://127.0.0.1:$playground_port   <- open this in a browser to chat

  You are Iira Ainiala (coordinator) in the mock team "Pienten kuntien verkosto"; Juha Herrala, Tarja Hosiasluoma
  and others are in tools/playground/.m365agentsplayground.yml. Everything runs on this machine and works offline.
  Playground log: tools/playground/devTools/playground.out. Press Ctrl-C to stop both.

EOF
wait "$bot_pid"
