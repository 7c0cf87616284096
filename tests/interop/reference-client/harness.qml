// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test equipment: loads the reference's ws_client.qml unchanged, prints each row its chat view
// gets as "row <prefix> <message>", and once the server's greeting is shown, types
// "hello from QML" into its input and presses Enter (the input's accepted signal).
import QtQuick

Item {
    width: 360
    height: 360

    property var view: null
    property var input: null
    property int printed: 0
    property bool typed: false

    function find(item, test) {
        if (test(item))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], test);
            if (found)
                return found;
        }
        return null;
    }

    function printRows() {
        for (; printed < view.model.count; ++printed) {
            const row = view.model.get(printed);
            console.log("row " + row.prefix + " " + row.message);
            if (!typed && row.prefix === "<" && row.message === "Welcome to Awesome Chat") {
                typed = true;
                input.text = "hello from QML";
                input.accepted(input.text);
            }
        }
    }

    Loader {
        anchors.fill: parent
        source: "ws_client.qml"
        onLoaded: {
            view = find(item, (candidate) => typeof candidate.append === "function"
                        && candidate.model !== undefined);
            input = find(item, (candidate) => candidate.accepted !== undefined
                         && candidate.text !== undefined);
            if (!view || !input) {
                console.log("harness: the client's chat view or input was not found");
                Qt.exit(2);
                return;
            }
            view.countChanged.connect(printRows);
            printRows();
        }
    }
}
