#!/usr/bin/env bash
# One set-up for everyone: installs the Debian 12 packages the build needs (only the missing
# ones), configures and builds with the default preset, then either launches the app or runs
# the whole test suite.
#
#   bash scripts/dev.sh run [app arguments]   build the application (not the tests), then open
#                                             GPU Cloud Compare
#   bash scripts/dev.sh test                  build, then run every test (headless, the
#                                             end-to-end one under Xvfb), list the skipped
#                                             ones, and check the Debian package
#   bash scripts/dev.sh build                 build only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=lib/ccache-env.sh
source "$ROOT/scripts/lib/ccache-env.sh"
# shellcheck source=lib/seed-test-costs.sh
source "$ROOT/scripts/lib/seed-test-costs.sh"

PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
    libqt6sql6-psql qt6-qpa-plugins
    libgl-dev libgtest-dev libgmock-dev libbenchmark-dev
    fonts-dejavu-core fonts-droid-fallback sqlite3 libsqlite3-dev
    qt6-translations-l10n
    dpkg-dev lintian desktop-file-utils appstream
    xvfb xauth
)
# Only the test command needs a PostgreSQL server (the suite starts its own, as an unprivileged
# user, in a temporary folder; scripts/test-postgres.sh) and Python (the translations' glossary
# check, scripts/lib/check-glossary.py): building and running the app do not.
TEST_PACKAGES=(postgresql-15 python3)

install_missing_packages() {
    local missing=()
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build [TARGET]: the whole tree, or one target and what it needs.
build() {
    cmake --preset default
    cmake --build --preset default ${1:+--target "$1"}
}

command="${1:-run}"
shift || true

if [ "$command" = test ]; then
    install_missing_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
else
    install_missing_packages "${PACKAGES[@]}"
fi
# Running the application needs the application alone: the tests and benchmarks are two thirds
# of the build.
if [ "$command" = run ]; then
    build gpucompare
else
    build
fi

case "$command" in
    run)
        exec "$ROOT/build/app/gpucompare" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM=offscreen
        status=0
        seed_test_costs "$ROOT/build"
        ctest --preset default --output-junit "$ROOT/build/ctest-junit.xml" "$@" || status=$?
        # Which tests skipped, printed last; one not on tests/allowed-skips.txt fails the run.
        bash "$ROOT/scripts/check-skips.sh" "$ROOT/build/ctest-junit.xml" || status=1
        [ $status -eq 0 ] || exit $status
        bash "$ROOT/scripts/check-package.sh"
        bash "$ROOT/scripts/check-package-install.sh"
        ;;
    build)
        ;;
    *)
        echo "usage: bash scripts/dev.sh run|test|build" >&2
        exit 2
        ;;
esac
