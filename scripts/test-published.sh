#!/usr/bin/env bash
# The deployable build under test: publishes the bot as scripts/publish.sh makes it (trimming, ReadyToRun and all) into
# a temporary folder, then runs the process-level tests (Category=Process: PublishedBuildTests and every test that
# starts the bot as a process) against that build's own executable instead of the built dll. Code that only
# reflection reaches, which a trimmed build may have lost, fails here and not in production.
# Runs after scripts/test.sh's Release build; ends with "N passed, N failed" like every scripts/test-*.sh.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d /tmp/verkostot-published.XXXXXX)
chmod 755 "$work"
started_pg=
cleanup() {
  [ -n "$started_pg" ] && scripts/postgres.sh stop "$work/pg" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
export DOTNET_USE_POLLING_FILE_WATCHER=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# scripts/test.sh exports its PostgreSQL; run alone, this starts its own (TwoInstancesOnPostgresTests needs one).
if [ -z "${VERKOSTOT_TEST_POSTGRES:-}" ]; then
  pg_port=${VERKOSTOT_TEST_PG_PORT:-55432}
  scripts/postgres.sh start "$work/pg" "$pg_port" || { echo "0 passed, 1 failed"; exit 1; }
  started_pg=1
  export VERKOSTOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi

# The tests themselves come from the Release build (scripts/test.sh builds it); run alone, build them first.
if [ ! -f tests/Verkostot.Bot.Tests/bin/Release/net10.0/Verkostot.Bot.Tests.dll ]; then
  dotnet build tests/Verkostot.Bot.Tests -c Release -nologo -v q 2>&1 | tail -n 20
  [ "${PIPESTATUS[0]}" = 0 ] || { echo "0 passed, 1 failed"; exit 1; }
fi

started=$(date +%s)
if ! scripts/publish.sh "$work" 2>&1; then
  echo "scripts/publish.sh failed"
  echo "0 passed, 1 failed"
  exit 1
fi
published=$(date +%s)

log="$work/tests.log"
VERKOSTOT_TEST_PUBLISHED_BOT="$work/publish" \
  dotnet test tests/Verkostot.Bot.Tests -c Release --no-build -nologo --filter "Category=Process" 2>&1 | tee "$log"
echo "published in $((published - started)) s, tested in $(($(date +%s) - published)) s"

line=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+' "$log" | tail -n 1)
if [ -z "$line" ]; then echo "no result from the process tests"; echo "0 passed, 1 failed"; exit 1; fi
f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
echo "$p passed, $f failed"
[ "$f" = 0 ]
