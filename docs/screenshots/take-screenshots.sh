#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# docs/screenshots/take-screenshots.sh [BUILD_DIR]   (default: build)
# Takes the README's screenshots of the real window on a virtual X server: banter-main.png
# (light), banter-dark.png (dark, time column, a binary message's hex dump) and banter-find.png
# (dark, Find), banter-snippets.png and banter-connections.png (light, the panels, 1000x640),
# banter-tabs.png, banter-options.png, banter-json.png (JSON tree, find by field) and
# banter-echo.png (round trips, Echo Statistics), banter-traffic.png (live charts) and
# banter-network-conditions.png (a chaos+ws:// tab).
# Needs Xvfb, xdotool and ImageMagick's import; uses port 3000 and display :97. The clicks are at
# fixed places of a 900x620 window at the top left (there is no window manager): move them when
# the layout changes.
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

# launch_seeded: banter with banter.conf as given on stdin, in a 1000x640 window; sets $window.
launch_seeded() {
    mkdir -p "$home/config/Banter"
    cat >"$home/config/Banter/banter.conf"
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
        "$build/bin/banter" --color-scheme light >/dev/null 2>&1 &
    banter=$!
    sleep 2
    window=$(xdotool search --name '^Banter$' | head -1)
    xdotool windowsize "$window" 1000 640
    sleep 0.5
}

# finish_shot OUTPUT: takes it, ends banter.
finish_shot() {
    import -window "$window" "$here/$1"
    kill "$banter"
    wait "$banter" 2>/dev/null || true
    banter=
}

# banter-snippets.png: View → Snippets with four snippets (from banter.conf), three sent with
# Ctrl+1, Ctrl+4 and Ctrl+3, and "tick" repeating every 700 ms (Repeat…).
shoot_snippets() {
    launch_seeded <<'CONF'
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
    xdotool mousemove 97 8 click 1 # View
    sleep 0.5
    xdotool mousemove 133 95 click 1 # Snippets
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
    finish_shot banter-snippets.png
}

# banter-connections.png: View → Connections with five saved connections (from banter.conf),
# "Chat lobby" opened, and a message there and back.
shoot_connections() {
    launch_seeded <<'CONF'
[connections]
1\json="{\"name\":\"Local echo\",\"url\":\"ws://localhost:3000\"}"
2\json="{\"name\":\"Prices (staging)\",\"url\":\"wss://staging.example.org:8443/prices\",\"subprotocols\":[\"prices.v2\"]}"
3\json="{\"name\":\"Prices (production)\",\"url\":\"wss://example.org/prices\",\"subprotocols\":[\"prices.v2\"]}"
4\json="{\"name\":\"Sensors broker\",\"url\":\"mqtts://broker.example.org/sensors/#\",\"user\":\"sam\"}"
5\json="{\"name\":\"Chat lobby\",\"url\":\"ws://localhost:3000/lobby\"}"
size=5
CONF
    xdotool mousemove 97 8 click 1 # View
    sleep 0.5
    xdotool mousemove 143 73 click 1 # Connections
    sleep 0.8
    xdotool mousemove 36 129 click 1 # "Chat lobby"
    xdotool mousemove 40 550 click 1 # Open
    sleep 1.2
    xdotool mousemove 500 594 click 1 # the message field
    xdotool type --delay 30 "hello from a saved connection"
    xdotool key Return
    sleep 0.8
    finish_shot banter-connections.png
}

# banter-tabs.png: three tabs brought back from the last session (banter.conf): the embedded echo
# server, its /lobby (whose welcome waits unread) and a server that is not there (retrying); a
# message there and back in the first.
shoot_tabs() {
    launch_seeded <<'CONF'
[window]
tabs="{\"name\":\"tab 1\",\"url\":\"ws://localhost:3000\"}", "{\"name\":\"tab 2\",\"url\":\"ws://localhost:3000/lobby\"}", "{\"name\":\"tab 3\",\"url\":\"wss://localhost:3999/prices\"}"
currentTab=0
CONF
    sleep 1
    xdotool mousemove 500 594 click 1 # the message field
    xdotool type --delay 30 "hello from the first tab"
    xdotool key Return
    sleep 0.8
    finish_shot banter-tabs.png
}

# banter-options.png: a saved connection with a header, a subprotocol, a login and a SOCKS5
# proxy, opened (in a tab of its own, the first being connected), and its Connection → Options.
shoot_options() {
    launch_seeded <<'CONF'
[connections]
1\json="{\"name\":\"Prices (staging)\",\"url\":\"wss://staging.example.org:8443/prices\",\"user\":\"sam\",\"headers\":[[\"X-Client\",\"banter\"]],\"subprotocols\":[\"prices.v2\"],\"proxy\":\"socks5://proxy.example.org:1080\"}"
size=1
CONF
    xdotool mousemove 97 8 click 1 # View
    sleep 0.5
    xdotool mousemove 143 73 click 1 # Connections
    sleep 0.8
    xdotool mousemove 60 73 click 1 # "Prices (staging)"
    xdotool mousemove 40 550 click 1 # Open
    sleep 1.2
    xdotool mousemove 950 70 click 1 # Options…
    sleep 1
    local dialog
    dialog=$(xdotool search --name '^Connection Options$' | head -1)
    import -window "$dialog" "$here/banter-options.png"
    xdotool key Escape
    finish_shot banter-options-window.png
    rm -f "$here/banter-options-window.png"
}

# banter-json.png: JSON messages to the embedded echo server, found by a field (Find in JSON field
# mode), the log shorter, and the echo of the first shown as a tree in the detail pane.
shoot_json() {
    launch_seeded <<'CONF'
CONF
    xdotool mousemove 500 594 click 1 # the message field
    for message in '{"type":"trade","id":12345678901234567890,"price":101.50,"items":[{"sku":"a-1","qty":2},{"sku":"b-2","qty":0}],"user":{"name":"ana"}}' \
        '{"type":"quote","price":99}' '{"type":"trade","price":87.25,"user":{"name":"bob"}}' hello; do
        xdotool type --delay 5 "$message"
        xdotool key Return
        sleep 0.4
    done
    xdotool key ctrl+f
    sleep 0.4
    xdotool mousemove 80 66 click 1 # Find by: Text
    sleep 0.4
    xdotool mousemove 50 111 click 1 # JSON field
    xdotool mousemove 400 66 click 1 # the condition
    xdotool type --delay 10 '$.type == "trade" and $.price > 100'
    sleep 0.6
    xdotool mousemove 300 111 click 1 # the echo
    xdotool mousemove 500 446 mousedown 1 mousemove 500 300 mouseup 1 # a taller detail pane
    sleep 0.4
    xdotool mousemove 87 335 click 1 # Tree
    sleep 0.3
    xdotool mousemove 60 410 click 1 # items
    sleep 0.3
    finish_shot banter-json.png
}

# banter-echo.png: three messages to the embedded echo server, each row with its round trip, and
# View → Echo Statistics.
shoot_echo() {
    launch_seeded <<'CONF'
CONF
    xdotool mousemove 500 594 click 1 # the message field
    for message in hello '{"type":"ping","n":1}' "third message"; do
        xdotool type --delay 5 "$message"
        xdotool key Return
        sleep 0.3
    done
    xdotool mousemove 97 8 click 1 # View
    sleep 0.5
    xdotool mousemove 150 117 click 1 # Echo Statistics
    sleep 0.6
    finish_shot banter-echo.png
}

# banter-traffic.png: messages to the embedded echo server for a few seconds, and View →
# Traffic under the log (the sparkline in the status bar).
shoot_traffic() {
    launch_seeded <<'CONF'
CONF
    xdotool windowsize "$window" 1000 760
    sleep 0.3
    xdotool mousemove 97 8 click 1 # View
    sleep 0.5
    xdotool mousemove 125 139 click 1 # Traffic
    sleep 0.6
    xdotool mousemove 390 536 click 1 # the message field, above the charts
    for round in 1 2 3 4 5 6 7 8; do
        for message in $(seq "$round"); do
            xdotool type --delay 2 "tick $round.$message"
            xdotool key Return
        done
        sleep 0.9
    done
    sleep 1.2
    finish_shot banter-traffic.png
}

# banter-network-conditions.png: a tab through network conditions (chaos+ws://, 150 ms each
# way, 20 % loss, seed 5) to the embedded echo server, a few messages, one of them lost.
shoot_conditions() {
    launch_seeded <<'CONF'
[window]
tabs="{\"name\":\"tab 1\",\"url\":\"chaos+ws://localhost:3000?latency=150ms&jitter=30ms&loss=20%25&seed=5\"}"
currentTab=0
CONF
    sleep 1
    xdotool mousemove 500 594 click 1 # the message field
    for message in hello "second message" "third message" "fourth message"; do
        xdotool type --delay 5 "$message"
        xdotool key Return
        sleep 0.5
    done
    sleep 1
    finish_shot banter-network-conditions.png
}

shoot light 209 banter-main.png
shoot dark 263 banter-dark.png timestamps find
shoot_snippets
shoot_connections
shoot_tabs
shoot_options
shoot_json
shoot_echo
shoot_traffic
shoot_conditions
echo "written: $here/banter-main.png banter-dark.png banter-find.png banter-snippets.png" \
    "banter-connections.png banter-tabs.png banter-options.png banter-json.png banter-echo.png" \
    "banter-traffic.png banter-network-conditions.png"
