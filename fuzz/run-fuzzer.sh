#!/bin/sh
# Fuzzes one target for a while from the repository's corpus (issue 13).
# Usage: run-fuzzer.sh FUZZER CORPUS_DIR FOUND_DIR SECONDS
# New interesting inputs go to FOUND_DIR (the build folder), crashes to FOUND_DIR/crashes:
# copy one into CORPUS_DIR with the fix that it found, so it stays a regression test.
# Leak detection is off: Qt keeps process-wide caches (locale, translations, the SQL driver
# registry) that are never freed, which LeakSanitizer would report as leaks of every input.
set -eu
fuzzer=$1 corpus=$2 found=$3 seconds=$4
mkdir -p "$found/crashes"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$found/crashes/" "$found" "$corpus"
