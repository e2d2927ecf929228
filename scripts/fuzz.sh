#!/bin/sh
# Fuzzes every parser of outside input for a while (issue 13; fuzz/README.md).
# Usage: scripts/fuzz.sh [seconds per target]   (default 60; CI runs it through scripts/test.sh ci)
# Builds the `fuzz` preset (clang, libFuzzer, AddressSanitizer + UBSan: only the core libraries
# and the fuzz targets), then runs each target from the corpus kept in fuzz/corpus/, two at a time.
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
scripts/setup.sh --packages-only fuzz
cmake --preset fuzz -DMUCOTRACK_FUZZ_SECONDS="$SECONDS_EACH" >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"
ctest --preset fuzz
