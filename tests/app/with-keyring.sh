#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a D-Bus session bus of its own with an unlocked GNOME Keyring on it, in a
# home and runtime folder of its own that go away afterwards: tst_connectionsecrets' keyring.
# "with-keyring.sh --none COMMAND" runs it with no keyring and no bus at all.
set -eu
if [ "${1:-}" = --none ]; then
    shift
    exec env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run XDG_DATA_HOME=$scratch/home/.local/share \
    dbus-run-session -- sh -c '
        # A keyring created unlocked with a password on stdin: no prompt, no display.
        printf banter | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@"
