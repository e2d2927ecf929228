#!/bin/sh
# The linker keeps the layers apart: the desktop app and the site CLI load neither Qt Sql
# nor Qt HttpServer and hold none of the central site's code (core/central, app/central).
# Usage: check-layering.sh <program>...
set -u
status=0
for program in "$@"; do
  name=$(basename "$program")
  needed=$(readelf -d "$program" | grep NEEDED)
  for lib in libQt6Sql libQt6HttpServer; do
    if echo "$needed" | grep -q "$lib"; then
      echo "$name loads $lib" >&2
      status=1
    fi
  done
  central=$(nm -C "$program" | grep -E 'muco::(CentralStore|CentralService|CentralBackend|CentralHttpServer|DirectTransport)' | head -n 3)
  if [ -n "$central" ]; then
    echo "$name holds the central site's code:" >&2
    echo "$central" >&2
    status=1
  fi
  [ $status -eq 0 ] && echo "$name: no Qt Sql, no Qt HttpServer, no central code"
done
exit $status
