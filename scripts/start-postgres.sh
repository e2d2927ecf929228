#!/bin/sh
# Starts a throwaway PostgreSQL 15 cluster for the central site's tests and prints the
# conninfo to use (MUCOTRACK_TEST_POSTGRES). The cluster lives in $PGTEST_DIR (default
# /tmp/mucotrack-pg) and listens on 127.0.0.1:${PGTEST_PORT:-55432} only.
set -eu
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] || { echo "PostgreSQL server binaries are not installed" >&2; exit 1; }
DIR=${PGTEST_DIR:-/tmp/mucotrack-pg}
PORT=${PGTEST_PORT:-55432}
RUN=""
if [ "$(id -u)" -eq 0 ]; then
  # The server refuses to run as root.
  RUN="runuser -u postgres --"
fi
if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ -n "$RUN" ] && chown postgres "$DIR"
  $RUN "$PGBIN/initdb" -D "$DIR" -U mucotrack --auth=trust >/dev/null
fi
if ! $RUN "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  $RUN "$PGBIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR" start >/dev/null
fi
$RUN "$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U mucotrack -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'mucotrack_test'" | grep -q 1 ||
  $RUN "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U mucotrack mucotrack_test
echo "host=127.0.0.1 port=$PORT dbname=mucotrack_test user=mucotrack"
