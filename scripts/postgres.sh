#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL 15 on 127.0.0.1 for the tests.
# Usage: scripts/postgres.sh start DIR PORT | scripts/postgres.sh stop DIR [fast|immediate]
# start on an existing DIR starts that cluster again (after a stop), keeping its data.
set -euo pipefail
cmd=$1; dir=$2; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "PostgreSQL binaries not found; install postgresql" >&2; exit 1
  fi
fi
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres "$dir" "$dir/sock"; else mkdir -p "$dir/sock"; fi
    [ -f "$dir/db/PG_VERSION" ] || as_owner "$bin/initdb" -D "$dir/db" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/db" -l "$dir/log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off -c max_connections=200" start >/dev/null
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/db" -m "${3:-fast}" -w stop >/dev/null || true
    ;;
esac
