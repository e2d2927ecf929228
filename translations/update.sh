#!/bin/sh
# Refresh the translation sources from the code: English is the source language.
set -e
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -silent -no-obsolete core ui app -ts translations/mucotrack_en.ts translations/mucotrack_zh_CN.ts
