#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# docs/screenshots/take-screenshots.sh [BUILD_DIR]   (default: build)
# Takes the README's screenshots of the real window on a virtual X server: banter-main.png
# (light), banter-dark.png (dark, time column, a binary message's hex dump) and banter-find.png
# (dark, Find), banter-snippets.png (light, Snippets). Needs Xvfb, xdotool and ImageMagick's import; uses port 3000 and display :97.
# The clicks are at fixed places of a 900x620 window at the top left (there is no window
# manager): move them when the layout changes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
export DISPLAY=:97
home=$(mktemp -d)
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
banter=
cleanup() {
    [ -n "$banter" ] && kill "$banter" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
sleep 1

# shoot SCHEME ROW_Y OUTPUT [timestamps] [find]
shoot() {
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
        "$build/bin/banter" --color-scheme "$1" >/dev/null 2>&1 &
    banter=$!
    sleep 2
    local window
    window=$(xdotool search --name '^Banter$' | head -1)
    xdotool windowsize "$window" 900 620
    sleep 0.5
    xdotool mousemove 300 573 click 1 # the message field
    for message in "hello" "Grüße aus Berlin" '{"type":"subscribe","channel":"prices"}'; do
        xdotool type --delay 80 "$message" # slowly: xdotool maps ü to a spare key meanwhile
        xdotool key Return
        sleep 0.4
    done
    xdotool type --delay 10 "first line"
    xdotool key shift+Return
    xdotool type --delay 10 "second line"
    xdotool key Return
    sleep 0.4
    xdotool mousemove 698 573 click 1 # Hex on
    xdotool mousemove 300 573 click 1
    xdotool type --delay 10 "00 01 02 ff fe 0a 0d"
    xdotool key Return
    sleep 0.4
    xdotool mousemove 698 573 click 1 # Hex off
    if [ "${4:-}" = timestamps ]; then
        xdotool mousemove 97 8 click 1 # View
        sleep 0.4
        xdotool mousemove 150 29 click 1 # Show Timestamps
        sleep 0.3
    fi
    xdotool mousemove 300 "$2" click 1 # the row shown in the detail pane
    xdotool mousemove 300 573 click 1
    sleep 0.5
    import -window "$window" "$here/$3"
    if [ "${5:-}" = find ]; then
        xdotool key ctrl+f
        xdotool type --delay 20 "line"
        sleep 0.8
        import -window "$window" "$here/banter-find.png"
    fi
    kill "$banter"
    wait "$banter" 2>/dev/null || true
    banter=
}

# banter-snippets.png: View → Snippets with four snippets (from banter.conf), three sent with
# Ctrl+1, Ctrl+4 and Ctrl+3, and "tick" repeating every 700 ms (Repeat…). A 1000x640 window.
shoot_snippets() {
    mkdir -p "$home/config/Banter"
    cat >"$home/config/Banter/banter.conf" <<'CONF'
[snippets]
1\name=subscribe
1\message="{\"type\":\"subscribe\",\"channel\":\"prices\",\"id\":\"{{uuid}}\"}"
2\name=tick
2\message=tick {{counter}} at {{now}}
3\name=ping frame
3\kind=binary
3\message=89 00
4\name=login
4\message="{\"type\":\"login\",\"user\":\"{{user}}\"}"
size=4

[variables]
user=sam
CONF
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
        "$build/bin/banter" --color-scheme light >/dev/null 2>&1 &
    banter=$!
    sleep 2
    local window
    window=$(xdotool search --name '^Banter$' | head -1)
    xdotool windowsize "$window" 1000 640
    sleep 0.5
    xdotool mousemove 97 8 click 1 # View
    sleep 0.5
    xdotool mousemove 133 73 click 1 # Snippets
    sleep 0.8
    xdotool mousemove 250 594 click 1 # the message field
    for key in ctrl+1 ctrl+4 ctrl+3; do
        xdotool key "$key"
        sleep 0.4
    done
    xdotool mousemove 780 77 click 1 # "tick"
    xdotool mousemove 870 578 click 1 # Repeat…
    sleep 1
    xdotool mousemove 505 226 click 1 key ctrl+a type "700" # Every
    xdotool mousemove 505 255 click 1 key ctrl+a type "100" # Times
    xdotool mousemove 474 332 click 1 # OK
    sleep 3.9
    xdotool mousemove 200 245 click 1 # a row for the detail pane
    sleep 0.3
    import -window "$window" "$here/banter-snippets.png"
    kill "$banter"
    wait "$banter" 2>/dev/null || true
    banter=
}

shoot light 209 banter-main.png
shoot dark 263 banter-dark.png timestamps find
shoot_snippets
echo "written: $here/banter-main.png banter-dark.png banter-find.png banter-snippets.png"
