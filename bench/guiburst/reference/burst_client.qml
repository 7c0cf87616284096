// The reference client's ws_client.qml (../shared/reference/qml-book-websockets-chapter.txt) as
// the chapter prints it, with a probe for bench/run.mjs added and nothing else changed: the url
// comes from the command line, and the probe reports on stdout when the socket opens, when the
// COUNT-th message has been appended, and the longest gap between two ticks of a 2 ms timer.
//   qml burst_client.qml -- ws://127.0.0.1:PORT COUNT
import QtQuick
import QtWebSockets

Rectangle {
    width: 360
    height: 360
    color: '#000'

    ChatView {
        id: box
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: input.top
    }
    ChatInput {
        id: input
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        focus: true
        onAccepted: function(text) {
            print('send message: ' + text)
            socket.sendTextMessage(text)
            box.append('>', text)
            text = ''
        }
    }
    WebSocket {
        id: socket
        url: probe.url
        active: true
        onTextMessageReceived: function (message) {
            box.append('<', message)
            probe.received()
        }
        onStatusChanged: {
            if (socket.status == WebSocket.Error) {
                box.append('#', 'socket error ' + socket.errorString)
            } else if (socket.status == WebSocket.Open) {
                box.append('#', 'socket open')
                probe.start()
            } else if (socket.status == WebSocket.Closed) {
                box.append('#', 'socket closed')
            }
        }
    }

    // The probe: not part of the reference client.
    QtObject {
        id: probe
        readonly property var args: Qt.application.arguments.slice(Qt.application.arguments.indexOf('--') + 1)
        readonly property string url: args[0]
        readonly property int count: Number(args[1])
        property int seen: 0
        property double startedAt: 0
        property double lastTick: 0
        property double maxGap: 0

        function start() {
            startedAt = Date.now()
            lastTick = startedAt
            ticker.running = true
            console.info('probe open')
        }
        function received() {
            if (++seen === count) {
                ticker.running = false
                console.info('probe done seconds=' + ((Date.now() - startedAt) / 1000)
                             + ' max_stall_ms=' + maxGap)
            }
        }
    }
    Timer {
        id: ticker
        interval: 2
        repeat: true
        onTriggered: {
            const now = Date.now()
            probe.maxGap = Math.max(probe.maxGap, now - probe.lastTick)
            probe.lastTick = now
        }
    }
}
