// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SDK's transport conformance kit against the MQTT plugin: a client-only transport, checked
// against a real mosquitto, where a connection subscribed to the topic it publishes to is the
// echoing peer the kit talks to.
#include "mosquittobroker.h"

#include <banter/transportconformancetest.h>

#include <QCoreApplication>
#include <QUrl>

int main(int argc, char **argv)
{
    qputenv("BANTER_PLUGIN_PATH", BANTER_TEST_PLUGIN_DIR);
    QCoreApplication app(argc, argv);
    MosquittoBroker broker;
    if (!broker.start()) {
        qWarning("%s", qPrintable(broker.errorString()));
        return 1;
    }
    using Test = Banter::TransportConformanceTest;
    return Test::run(argc, argv, QStringLiteral("mqtt"),
                     QUrl(broker.url(QStringLiteral("conformance/echo"))),
                     Test::Capability::Binary | Test::Capability::ClientOnly);
}
