#!/bin/sh
# Quick start 2: install what is missing, build, and run every test through CTest.
# Usage: scripts/test.sh [preset]   (default: dev; CI uses ci, which adds -Werror)
set -eu
cd "$(dirname "$0")/.."
PRESET=${1:-dev}
scripts/setup.sh "$PRESET"
# GUI tests run offscreen; nothing needs a display.
export QT_QPA_PLATFORM=offscreen
# The central site's tests run on the embedded store and on a PostgreSQL cluster of their own.
if conninfo=$(scripts/start-postgres.sh 2>/tmp/mucotrack-pg-start.log); then
  export MUCOTRACK_TEST_POSTGRES="$conninfo"
  echo "PostgreSQL for the central-site tests: $conninfo"
elif [ "${MUCOTRACK_REQUIRE_POSTGRES:-0}" = 1 ]; then
  cat /tmp/mucotrack-pg-start.log >&2
  echo "PostgreSQL could not be started; the central-site tests need it here." >&2
  exit 1
else
  echo "PostgreSQL could not be started; the central-site tests run on the embedded store only." >&2
fi
# CI also fuzzes each parser for a minute (issue 13), before the tests' summary that ends its log.
if [ "$PRESET" = ci ]; then
  scripts/fuzz.sh 60
fi
ctest --preset "$PRESET"
