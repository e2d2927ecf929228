#!/bin/sh
# Quick start 1: install what is missing, build, and open the app on the DEMO site.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh dev
exec build/dev/app/desktop/mucotrack --demo "$@"
