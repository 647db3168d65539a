#!/usr/bin/env bash
# The test command: builds everything, starts what the tests need on 127.0.0.1 (a throw-away PostgreSQL),
# runs every test project and ends with one line "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d /tmp/verkostot-test.XXXXXX)
chmod 755 "$work"
pg_port=${VERKOSTOT_TEST_PG_PORT:-55432}
cleanup() { scripts/postgres.sh stop "$work/pg" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
# Each test host would otherwise take inotify instances for its configuration files (128 per user by default), and
# the test projects start hundreds of hosts and child bots.
export DOTNET_USE_POLLING_FILE_WATCHER=1
# The Cards tests write every card snapshot here; scripts/test-manifest.sh validates them.
export VERKOSTOT_CARD_SNAPSHOTS=$work/cards

if [ -z "${VERKOSTOT_TEST_POSTGRES:-}" ]; then
  scripts/postgres.sh start "$work/pg" "$pg_port"
  export VERKOSTOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi

# Tooling the tests need (npm packages pinned in tools/): each setup script installs its own.
for setup in scripts/setup-*.sh; do
  [ -e "$setup" ] || continue
  bash "$setup" || { echo "0 passed, 1 failed"; exit 1; }
done

dotnet build Verkostot.Bot.sln -c Release -nologo -v q 2>&1 | tail -n 20
status=${PIPESTATUS[0]}
if [ "$status" != 0 ]; then echo "0 passed, 1 failed"; exit 1; fi

passed=0; failed=0
for proj in tests/*/*.csproj; do
  # Libraries beside the test projects (the test kit) have no tests to run.
  grep -q '<IsTestProject>true</IsTestProject>' "$proj" || continue
  log="$work/$(basename "$proj" .csproj).log"
  dotnet test "$proj" -c Release --no-build -nologo 2>&1 | tee "$log"
  line=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); echo "no result from $proj"; continue; fi
  f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f))
done

for extra in scripts/test-*.sh; do
  [ -e "$extra" ] || continue
  log="$work/$(basename "$extra" .sh).log"
  bash "$extra" >"$log" 2>&1
  # Only the last line of this script may read "N passed, N failed"; the validators' own totals are reworded.
  sed -E "s/^([0-9]+) passed, ([0-9]+) failed$/$(basename "$extra"): \1 checks ok, \2 not ok/" "$log"
  out=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  if [ -z "$out" ]; then failed=$((failed + 1)); echo "no result from $extra"; continue; fi
  passed=$((passed + ${out%% *})); f=${out#*, }; failed=$((failed + ${f%% *}))
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
