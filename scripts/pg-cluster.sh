#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, from Debian's binaries (apt-get install postgresql):
#   scripts/pg-cluster.sh start   initialise (first time) and start it; prints its postgres:// URL
#   scripts/pg-cluster.sh url     prints the URL when it runs (exit 1 when it does not)
#   scripts/pg-cluster.sh stop    stops it and removes its folder
# Its own folder and port (PG_TEST_PORT, default 54329; PG_TEST_DIR, default /tmp/fazhi-pg-<port>, outside the
# work tree so the postgres user can reach it whoever owns the repository), trust auth on loopback only. As
# root it runs as the postgres user: initdb refuses root. Only the URL goes to stdout.
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
DIR="${PG_TEST_DIR:-${TMPDIR:-/tmp}/fazhi-pg-$PORT}"
DIR="$(realpath -m "$DIR")" # absolute: commands for the postgres user run from /
DATA="$DIR/data"
URL="postgres://postgres@127.0.0.1:$PORT/postgres"

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 2
fi

as_owner() {
  # from /, which the postgres user can read whoever owns the checkout (pg_ctl would complain of the cwd)
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
# pg_ctl status alone trusts the pid file, and a server killed without a parent to reap it leaves a zombie
running() {
  [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1 &&
    "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"
}

init() {
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
  chmod 700 "$DIR"
  # C collation: text sorts by code point, as SQLite's BINARY does; no fsync, the data is thrown away
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    return 1
  }
}

# tests throw their data away, so by default nothing waits for the disk; PG_TEST_DURABLE=1 (the benchmarks)
# keeps PostgreSQL's own defaults, so its figures stand beside SQLite's, which syncs its WAL as it runs
launch() {
  local fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_TEST_DURABLE:-}" = 1 ] && fast=""
  as_owner "$BIN/pg_ctl" start -D "$DATA" -l "$DIR/server.log" -w -t 30 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 $fast -c max_connections=200" \
    >/dev/null
}

case "${1:-}" in
  start)
    if ! running; then
      [ -f "$DATA/PG_VERSION" ] || init
      # a folder left half-made (a crash, an interrupted init) is thrown away and made again
      if ! launch; then
        tail -n 5 "$DIR/server.log" >&2 2>/dev/null || true
        init && launch || {
          echo "pg-cluster: could not start on port $PORT (see $DIR/server.log)" >&2
          exit 1
        }
      fi
    fi
    echo "$URL"
    ;;
  url)
    running || exit 1
    echo "$URL"
    ;;
  stop)
    if running; then as_owner "$BIN/pg_ctl" stop -D "$DATA" -m fast -w >/dev/null; fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
