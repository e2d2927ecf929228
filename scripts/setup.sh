#!/bin/sh
# Installs what MucoTrack needs on Debian 12 / Ubuntu (apt), then configures and builds.
# Usage: scripts/setup.sh [preset]   (default preset: dev)
set -eu
cd "$(dirname "$0")/.."
PRESET=${1:-dev}

PACKAGES="build-essential cmake ninja-build ccache pkg-config \
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev \
  libqt6sql6-psql libxkbcommon-dev libgl-dev libsqlcipher-dev sqlcipher libsodium-dev \
  postgresql openssl xvfb xauth"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "Installing:$missing"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
fi

cmake --preset "$PRESET"
cmake --build --preset "$PRESET" --parallel "$(nproc)"
