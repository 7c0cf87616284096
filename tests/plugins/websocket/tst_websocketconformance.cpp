// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SDK's transport conformance kit against the WebSocket plugin, ws:// and wss:// alike in
// what the kit checks; ws:// here, since the kit's client trusts only the system's certificates.
#include <banter/transportconformancetest.h>

#include <QByteArray>
#include <QUrl>

int main(int argc, char **argv)
{
    qputenv("BANTER_PLUGIN_PATH", BANTER_TEST_PLUGIN_DIR);
    using Test = Banter::TransportConformanceTest;
    return Test::run(argc, argv, QStringLiteral("ws"), QUrl(QStringLiteral("ws://127.0.0.1:0")),
                     Test::Capability::Binary | Test::Capability::CloseCodes);
}
