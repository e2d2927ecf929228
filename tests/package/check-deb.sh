#!/bin/sh
# Builds the Debian package (cpack -G DEB) into a temporary directory and checks what an
# administrator gets: control fields and run-time dependencies, the files, stripped binaries,
# lintian without errors, valid desktop/AppStream/unit files, and the programs run from the
# unpacked package (--help and --version without a display, the DEMO site offscreen).
# Usage: check-deb.sh BUILD_DIR [CPACK]        (CTest runs it: ctest -L package)
set -eu
build=$(cd "$1" && pwd)
cpack=${2:-cpack}
work=$(mktemp -d "${TMPDIR:-/tmp}/mucotrack-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

# The package, built from the build directory's install rules.
if ! (cd "$work" && "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
set -- "$work"/out/mucotrack_*_amd64.deb
[ $# -eq 1 ] && [ -f "$1" ] || { echo "FAIL: no single mucotrack_<version>_amd64.deb in $work/out" >&2; exit 1; }
deb=$1
echo "package: $(basename "$deb"), $(($(stat -c %s "$deb") / 1024)) KiB"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
for dep in libqt6sql6-psql qt6-translations-l10n libqt6widgets6 libqt6httpserver6 libsqlcipher0 libsodium23 libpq5 systemd-sysusers; do
    printf '%s\n' "$depends" | tr ',|' '\n\n' | sed 's/^ *//; s/ .*//' | grep -qx "$dep" \
        && ok "Depends: $dep" || fail "Depends lacks $dep: $depends"
done
field Maintainer | grep -Eq '^[^<]+ <[^@ ]+@[^> ]+>$' && ok "Maintainer: $(field Maintainer)" || fail "Maintainer without an e-mail"
[ "$(field Description | wc -l)" -ge 4 ] && ok "extended description" || fail "no extended description"
for f in Section Priority Homepage Version; do
    [ -n "$(field $f)" ] && ok "$f: $(field $f)" || fail "no $f field"
done
version=$(field Version)
[ "$(basename "$deb")" = "mucotrack_${version}_amd64.deb" ] || fail "file name $(basename "$deb") is not mucotrack_${version}_amd64.deb"

# Control files: the conffile and the maintainer script that makes the user.
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/mucotrack/central.env "$work/control/conffiles" && ok "conffile /etc/mucotrack/central.env" || fail "central.env is not a conffile"
[ -x "$work/control/postinst" ] && grep -q systemd-sysusers "$work/control/postinst" && grep -q 'systemd-tmpfiles --create' "$work/control/postinst" \
    && ok "postinst runs systemd-sysusers and systemd-tmpfiles" || fail "postinst does not make the user and the data directory"

# Contents.
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/mucotrack /usr/bin/mucotrack-cli /usr/bin/mucotrack-central \
    /usr/share/man/man1/mucotrack.1.gz /usr/share/man/man1/mucotrack-cli.1.gz /usr/share/man/man8/mucotrack-central.8.gz \
    /usr/share/icons/hicolor/scalable/apps/org.mucotrack.MucoTrack.svg \
    /usr/share/icons/hicolor/16x16/apps/org.mucotrack.MucoTrack.png /usr/share/icons/hicolor/24x24/apps/org.mucotrack.MucoTrack.png \
    /usr/share/icons/hicolor/32x32/apps/org.mucotrack.MucoTrack.png /usr/share/icons/hicolor/48x48/apps/org.mucotrack.MucoTrack.png \
    /usr/share/icons/hicolor/64x64/apps/org.mucotrack.MucoTrack.png /usr/share/icons/hicolor/128x128/apps/org.mucotrack.MucoTrack.png \
    /usr/share/icons/hicolor/256x256/apps/org.mucotrack.MucoTrack.png \
    /usr/share/applications/org.mucotrack.MucoTrack.desktop /usr/share/metainfo/org.mucotrack.MucoTrack.metainfo.xml \
    /usr/share/doc/mucotrack/copyright /usr/share/doc/mucotrack/changelog.Debian.gz \
    /usr/lib/sysusers.d/mucotrack.conf /usr/lib/tmpfiles.d/mucotrack.conf \
    /usr/lib/systemd/system/mucotrack-central.service /etc/mucotrack/central.env; do
    grep -qx "$path" "$work/contents" && ok "$path" || fail "$path is not in the package"
done

# The unpacked package.
root=$work/root
dpkg-deb -x "$deb" "$root"
for bin in mucotrack mucotrack-cli mucotrack-central; do
    file -b "$root/usr/bin/$bin" | grep -q ', stripped' && ok "$bin is stripped" || fail "$bin is not stripped: $(file -b "$root/usr/bin/$bin")"
done
head -n1 "$root/usr/share/doc/mucotrack/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    && ok "copyright is machine-readable" || fail "copyright is not DEP-5"
grep -q '^License: GPL-3+' "$root/usr/share/doc/mucotrack/copyright" && ok "copyright: GPL-3+" || fail "copyright names no GPL-3+"
gzip -t "$root/usr/share/doc/mucotrack/changelog.Debian.gz" && zcat "$root/usr/share/doc/mucotrack/changelog.Debian.gz" | head -n1 | grep -q "^mucotrack (${version})" \
    && ok "changelog.Debian.gz starts at $version" || fail "changelog.Debian.gz does not start at $version"
grep -q '^d /var/lib/mucotrack-central 0700 mucotrack mucotrack' "$root/usr/lib/tmpfiles.d/mucotrack.conf" \
    && ok "data directory 0700" || fail "tmpfiles.d: no 0700 data directory"
grep -q '^u mucotrack ' "$root/usr/lib/sysusers.d/mucotrack.conf" && ok "sysusers: mucotrack" || fail "sysusers.d makes no mucotrack user"
for page in man1/mucotrack.1.gz man1/mucotrack-cli.1.gz man8/mucotrack-central.8.gz; do
    zcat "$root/usr/share/man/$page" | grep -q '^\.SH DESCRIPTION' && ok "$page" || fail "$page is no man page"
done

if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$root/usr/share/applications/org.mucotrack.MucoTrack.desktop" 2>&1) && [ -z "$out" ] \
        && ok "desktop-file-validate" || fail "desktop-file-validate: $out"
fi
if command -v appstreamcli >/dev/null; then
    out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/org.mucotrack.MucoTrack.metainfo.xml" 2>&1) \
        && ! printf '%s\n' "$out" | grep -q '^[EW]:' && ok "appstreamcli validate: no warning" || fail "appstreamcli validate: $out"
fi
if systemd-analyze security --help 2>/dev/null | grep -q -- '--offline'; then
    unit=$root/usr/lib/systemd/system/mucotrack-central.service
    score=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    systemd-analyze security --offline=yes --threshold=30 "$unit" >/dev/null 2>&1 \
        && ok "systemd-analyze security: $score (3.0 or better)" || fail "systemd-analyze security: $score, worse than 3.0"
fi

# Lintian: no error. (Warnings are listed; the README says which remain and why.)
if command -v lintian >/dev/null; then
    lintian --allow-root "$deb" >"$work/lintian.log" 2>&1 || true
    grep '^[EW]:' "$work/lintian.log" || true
    if grep -q '^E:' "$work/lintian.log"; then fail "lintian reports errors"; else ok "lintian: no error"; fi
else
    fail "lintian is not installed (scripts/setup.sh installs it)"
fi

# The programs, from the unpacked package: no display for --help and --version.
nodisplay="env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8"
[ "$($nodisplay "$root/usr/bin/mucotrack-cli" --version)" = "mucotrack-cli ${version%-*}" ] \
    && ok "mucotrack-cli --version" || fail "mucotrack-cli --version: $($nodisplay "$root/usr/bin/mucotrack-cli" --version 2>&1)"
[ "$($nodisplay "$root/usr/bin/mucotrack-central" --version)" = "mucotrack-central ${version%-*}" ] \
    && ok "mucotrack-central --version" || fail "mucotrack-central --version"
$nodisplay "$root/usr/bin/mucotrack-central" --help | grep -q 'serve --listen' && ok "mucotrack-central --help" || fail "mucotrack-central --help"
$nodisplay "$root/usr/bin/mucotrack-cli" --help | grep -q 'eligibility check' && ok "mucotrack-cli --help" || fail "mucotrack-cli --help"
$nodisplay "$root/usr/bin/mucotrack" --help | grep -q -- '--demo' && ok "mucotrack --help without a display" || fail "mucotrack --help without a display"
$nodisplay "$root/usr/bin/mucotrack" --version | grep -qx "MucoTrack ${version%-*}" && ok "mucotrack --version" || fail "mucotrack --version"
# The desktop app starts on the DEMO site (offscreen) and is still running after 5 s.
rc=0
env HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" QT_QPA_PLATFORM=offscreen \
    timeout 5 "$root/usr/bin/mucotrack" --demo >"$work/demo.log" 2>&1 || rc=$?
[ "$rc" -eq 124 ] && ok "mucotrack --demo starts (offscreen)" || { cat "$work/demo.log" >&2; fail "mucotrack --demo exited with $rc"; }

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the package is complete"
