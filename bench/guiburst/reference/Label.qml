// The reference client's Label.qml, as the QML book's WebSockets chapter prints it
// (../shared/reference/qml-book-websockets-chapter.txt).
import QtQuick
Text {
color: '#fff'
horizontalAlignment: Text.AlignLeft
verticalAlignment: Text.AlignVCenter
}
