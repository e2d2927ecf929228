#!/bin/sh
# Quick start 2: install what is missing, build, and run every test through CTest.
# Usage: scripts/test.sh [preset]   (default: dev; CI uses ci, which adds -Werror)
set -eu
cd "$(dirname "$0")/.."
PRESET=${1:-dev}
scripts/setup.sh "$PRESET"
# GUI tests run offscreen; nothing needs a display.
export QT_QPA_PLATFORM=offscreen
ctest --preset "$PRESET"
