# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/run and scripts/test: installs what is missing from Debian's packages and
# configures and builds Banter with a CMake preset ("default": build/, "asan": build-asan/).

set -euo pipefail

BANTER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and running Banter needs on Debian 12.
BANTER_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libgl-dev fonts-dejavu-core
    libhiredis-dev libmosquitto-dev libssl-dev qtkeychain-qt6-dev
    qt6-charts-dev libqt6opengl6-dev # Qt Charts' CMake package needs Qt6OpenGL's
)

banter_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

banter_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        banter_say "Need root to run: $*  (install sudo or run as root)"
        return 1
    fi
}

# banter_need_packages PACKAGE...: installs those not installed yet, with one apt-get call.
banter_need_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    banter_say "Installing from Debian: ${missing[*]}"
    banter_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    banter_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# banter_need_node: node and npm, from Debian unless some Node.js is installed already.
banter_need_node() {
    if command -v node >/dev/null && command -v npm >/dev/null; then
        return 0
    fi
    command -v node >/dev/null || banter_need_packages nodejs
    command -v npm >/dev/null || banter_need_packages npm
}

# banter_build [PRESET]: configures and builds with that CMake preset (default: "default").
banter_build() {
    local preset=${1:-default}
    cd "$BANTER_ROOT"
    banter_say "Configuring and building (preset $preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}
