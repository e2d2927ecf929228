#!/bin/sh
# Regenerates the user guide's screenshots (resources/guide/<language>/img/*.png) from the real
# app on a throwaway copy of the DEMO site, at 1366x768, in English and Simplified Chinese.
#   scripts/guide-screenshots.sh            # both languages
#   scripts/guide-screenshots.sh zh_CN      # one language (en or zh_CN)
# Needs Xvfb (xvfb-run) or falls back to Qt's offscreen platform, and a CJK font for the
# Chinese pictures (Debian: fonts-wqy-microhei or fonts-noto-cjk).
set -eu
cd "$(dirname "$0")/.."
language=${1:-all}
build=build/dev
[ -f "$build/CMakeCache.txt" ] || cmake --preset dev
cmake --build --preset dev --target mucotrack-guide-screenshots
if [ "$language" != en ] && ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "guide-screenshots: no Chinese font installed; the Chinese pictures would show boxes." >&2
    echo "  sudo apt-get install fonts-wqy-microhei" >&2
    exit 1
fi
program="$build/tests/guide/mucotrack-guide-screenshots"
if command -v xvfb-run >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" "$program" --guide resources/guide --language "$language"
else
    QT_QPA_PLATFORM=offscreen "$program" --guide resources/guide --language "$language"
fi
