#!/usr/bin/env bash
# Builds the Debian package from build/ and checks it the way the distribution would:
# lintian (no errors), desktop-file-validate, appstreamcli validate --no-net, the files it must
# hold, and that the packaged (stripped) binary runs headless. Run by `scripts/dev.sh test`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/build"

rm -f gpucompare_*.deb
cpack -G DEB >/dev/null
deb=$(ls gpucompare_*_amd64.deb)
echo "Checking $deb"

# lintian says "running with root privileges is not recommended" under root; that is all.
lintian --fail-on error --tag-display-limit 0 "$deb"
desktop-file-validate "$ROOT"/packaging/*.desktop
appstreamcli validate --no-net "$ROOT"/packaging/*.metainfo.xml

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/gpucompare \
    ./usr/share/applications/io.github.gpucompare.GpuCompare.desktop \
    ./usr/share/metainfo/io.github.gpucompare.GpuCompare.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.gpucompare.GpuCompare.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.github.gpucompare.GpuCompare.png \
    ./usr/share/icons/hicolor/128x128/apps/io.github.gpucompare.GpuCompare.png \
    ./usr/share/icons/hicolor/256x256/apps/io.github.gpucompare.GpuCompare.png \
    ./usr/share/man/man1/gpucompare.1.gz \
    ./usr/share/doc/gpucompare/copyright \
    ./usr/share/doc/gpucompare/changelog.gz; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path" >&2; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || { echo "Depends lacks libqt6sql6-sqlite" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q "qt6-qpa-plugins" || { echo "Depends lacks qt6-qpa-plugins" >&2; exit 1; }

# The packaged binary, unpacked (not installed), runs headless and draws a chart.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
"$unpacked/usr/bin/gpucompare" --version
# Without --db: the user's own book, made from the bundled data on first use (in a data folder
# of its own here).
QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$unpacked/data" "$unpacked/usr/bin/gpucompare" \
    export-chart market-share --out "$unpacked/share.png"
[ -s "$unpacked/share.png" ] || { echo "export-chart wrote nothing" >&2; exit 1; }
echo "Package checks passed: $deb"
