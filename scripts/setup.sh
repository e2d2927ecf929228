#!/bin/sh
# Installs what MucoTrack needs on Debian 12 / Ubuntu (apt), then configures and builds.
# Usage: scripts/setup.sh [--packages-only] [preset]   (default preset: dev)
#   --packages-only: install what the preset needs, do not configure nor build.
#
# Every package the build, the tests, the package (cpack -G DEB) and the user guide's
# screenshots (a CJK font for the Chinese ones) need is listed here: a fresh machine has nothing else.
# xmllint (libxml2-utils) validates the ODM exports against the CDISC schema in the tests; without it
# that check is skipped, as it was on a fresh machine until it was listed here. Debian's qt6-charts-dev
# needs Qt6OpenGL's CMake files without depending on libqt6opengl6-dev, so it is listed.
set -eu
cd "$(dirname "$0")/.."
ONLY_PACKAGES=0
if [ "${1:-}" = "--packages-only" ]; then ONLY_PACKAGES=1; shift; fi
PRESET=${1:-dev}

PACKAGES="build-essential cmake ninja-build ccache pkg-config file help2man \
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
  qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n libqt6sql6-psql libpq-dev libqt6svg6 \
  libxkbcommon-dev libgl-dev zlib1g-dev libsqlcipher-dev sqlcipher libsodium-dev libssl-dev libboost-math-dev \
  postgresql openssl xvfb xauth dpkg-dev fakeroot lintian appstream desktop-file-utils fonts-wqy-microhei \
  libxml2-utils poppler-utils"
# The fuzz preset (scripts/fuzz.sh; CI runs it) builds with clang and links libFuzzer.
case "$PRESET" in ci|fuzz) PACKAGES="$PACKAGES clang libclang-rt-14-dev" ;; esac
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "Installing:$missing"
  # sudo resets the environment: pass DEBIAN_FRONTEND through env so no package asks a question.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

[ "$ONLY_PACKAGES" = 1 ] && exit 0
cmake --preset "$PRESET"
cmake --build --preset "$PRESET" --parallel "$(nproc)"
