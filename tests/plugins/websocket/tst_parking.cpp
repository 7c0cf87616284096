// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Parking (plugins/websocket/acceptedsocket.h): an idle ws:// client gives up its QTcpSocket and
// QWebSocket and gets new ones when it is heard from or spoken to. Seen from outside, nothing
// may change: the echo, the pings, the close frames; and not one stray byte (Qt's answer to the
// replayed opening request) may reach the client.

#include "rawwebsocketclient.h"

#include <banter/pluginregistry.h>
#include <serverhost.h>
#include <banter/serversettings.h>

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using Banter::ServerHost;
using Banter::ServerSettings;
using Opcode = RawWebSocketClient::Opcode;
using namespace std::chrono_literals;

namespace {

const QString greeting = QStringLiteral("Welcome to Awesome Chat");

// How many of Qt's WebSocket objects the server holds: 0 once every client is parked.
int webSockets(const ServerHost &host)
{
    int count = 0;
    for (const QObject *object : host.findChildren<QObject *>()) {
        if (object->inherits("QWebSocket"))
            ++count;
    }
    return count;
}

} // namespace

class tst_Parking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void newClientIsParkedOnceGreeted();
    void greetedClientIsParkedAndWokenByItsMessage();
    void halfAFragmentedMessageKeepsTheClientAwake();
    void serverPingsAParkedClient();
    void parkedClientClosesNormally();
    void parkedClientThatDropsIsForgotten();
    void stopClosesParkedClients();
    void manyParkedClientsAllEcho();
    void parkAfterZeroNeverParks();

private:
    // A server with parkAfter; the port is in host->url().
    std::unique_ptr<ServerHost> startServer(std::chrono::milliseconds parkAfter,
                                            std::chrono::milliseconds idleTimeout = 0ms);
    // Opens a client and waits for its greeting.
    std::unique_ptr<RawWebSocketClient> greetedClient(const ServerHost &host);

    Banter::PluginRegistry m_registry;
};

void tst_Parking::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("ws")), qPrintable(m_registry.errorString()));
}

void tst_Parking::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

std::unique_ptr<ServerHost> tst_Parking::startServer(std::chrono::milliseconds parkAfter,
                                                     std::chrono::milliseconds idleTimeout)
{
    ServerSettings settings;
    settings.url = QUrl(QStringLiteral("ws://127.0.0.1:0"));
    settings.parkAfter = parkAfter;
    settings.idleTimeout = idleTimeout;
    auto host = std::make_unique<ServerHost>(&m_registry);
    if (!host->start(settings))
        qFatal("cannot start the server: %s", qPrintable(host->errorString()));
    return host;
}

std::unique_ptr<RawWebSocketClient> tst_Parking::greetedClient(const ServerHost &host)
{
    auto client = std::make_unique<RawWebSocketClient>();
    client->open(quint16(host.url().port()));
    if (!QTest::qWaitFor([&] { return client->texts() == QStringList{greeting}; }, 10000))
        qFatal("no greeting");
    return client;
}

// Not after parkAfter: at once, so that a crowd coming in never holds all its Qt objects.
void tst_Parking::newClientIsParkedOnceGreeted()
{
    const auto host = startServer(1h);
    const auto first = greetedClient(*host);
    QTRY_COMPARE(webSockets(*host), 0);
    const auto second = greetedClient(*host);
    QTRY_COMPARE(webSockets(*host), 0);
    QCOMPARE(host->connectionCount(), 2);
    second->sendFrame(Opcode::Text, "hi");
    QTRY_COMPARE(second->texts(), QStringList({greeting, QStringLiteral("hi")}));
    // Woken, it stays awake until it has been idle for parkAfter.
    QTest::qWait(200);
    QCOMPARE(webSockets(*host), 1);
}

void tst_Parking::greetedClientIsParkedAndWokenByItsMessage()
{
    const auto host = startServer(100ms);
    const auto client = greetedClient(*host);
    // Parked as soon as the greeting was out.
    QTRY_COMPARE(webSockets(*host), 0);
    QCOMPARE(host->connectionCount(), 1);

    client->sendFrame(Opcode::Text, "after parking");
    QTRY_COMPARE(client->texts(), QStringList({greeting, QStringLiteral("after parking")}));
    QCOMPARE(webSockets(*host), 1);

    // Idle again: parked again, by the sweep this time, and woken again.
    QTRY_COMPARE(webSockets(*host), 0);
    client->sendFrame(Opcode::Binary, QByteArray::fromHex("00ff10"));
    QTRY_COMPARE(client->messages().size(), 3);
    QCOMPARE(client->messages().at(2).opcode, Opcode::Binary);
    QCOMPARE(client->messages().at(2).payload, QByteArray::fromHex("00ff10"));

    // Nothing else came: no second HTTP answer (which would read as garbage frames), no close.
    QCOMPARE(client->httpStatus(), 101);
    QCOMPARE(client->closeCode(), -1);
    QVERIFY(!client->isDisconnected());
}

void tst_Parking::halfAFragmentedMessageKeepsTheClientAwake()
{
    const auto host = startServer(50ms);
    const auto client = greetedClient(*host);
    QTRY_COMPARE(webSockets(*host), 0);
    client->sendFrame(Opcode::Text, "hel", RawWebSocketClient::Masking::Masked, false);
    QTRY_COMPARE(webSockets(*host), 1);
    // Many sweeps later the message is still half there, and so is the client's QWebSocket.
    QTest::qWait(500);
    QCOMPARE(webSockets(*host), 1);
    client->sendFrame(Opcode::Continuation, "lo");
    QTRY_COMPARE(client->texts(), QStringList({greeting, QStringLiteral("hello")}));
}

void tst_Parking::serverPingsAParkedClient()
{
    // Pinged after 200 ms of silence: always parked by then.
    const auto host = startServer(20ms, 400ms);
    const auto client = greetedClient(*host);
    QTRY_VERIFY(client->pingsReceived() >= 3);
    // Each pong kept it: still there, and it still echoes.
    QCOMPARE(host->connectionCount(), 1);
    client->sendFrame(Opcode::Text, "still here");
    QTRY_COMPARE(client->texts(), QStringList({greeting, QStringLiteral("still here")}));
    QCOMPARE(client->closeCode(), -1);
}

void tst_Parking::parkedClientClosesNormally()
{
    const auto host = startServer(50ms);
    const auto client = greetedClient(*host);
    QTRY_COMPARE(webSockets(*host), 0);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("disconnected \\(1000\\)")));
    client->closeNormally();
    QTRY_COMPARE(client->closeCode(), 1000);
    QTRY_COMPARE(host->connectionCount(), 0);
}

void tst_Parking::parkedClientThatDropsIsForgotten()
{
    const auto host = startServer(50ms);
    const auto client = greetedClient(*host);
    QTRY_COMPARE(webSockets(*host), 0);
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(QStringLiteral("disconnected without a close frame")));
    client->socket()->abort();
    QTRY_COMPARE(host->connectionCount(), 0);
}

void tst_Parking::stopClosesParkedClients()
{
    const auto host = startServer(50ms);
    const auto first = greetedClient(*host);
    const auto second = greetedClient(*host);
    QTRY_COMPARE(webSockets(*host), 0);
    host->stop();
    QTRY_COMPARE(first->closeCode(), 1001);
    QTRY_COMPARE(second->closeCode(), 1001);
    QCOMPARE(first->closeReason(), QStringLiteral("server shutting down"));
}

void tst_Parking::manyParkedClientsAllEcho()
{
    const auto host = startServer(50ms);
    std::vector<std::unique_ptr<RawWebSocketClient>> clients;
    for (int i = 0; i < 200; ++i)
        clients.push_back(greetedClient(*host));
    QTRY_COMPARE(webSockets(*host), 0);
    for (size_t i = 0; i < clients.size(); ++i)
        clients[i]->sendFrame(Opcode::Text, QByteArray::number(qulonglong(i)));
    for (size_t i = 0; i < clients.size(); ++i) {
        QTRY_COMPARE(clients[i]->texts(), QStringList({greeting, QString::number(qulonglong(i))}));
        QCOMPARE(clients[i]->closeCode(), -1);
    }
    QCOMPARE(host->connectionCount(), 200);
}

void tst_Parking::parkAfterZeroNeverParks()
{
    const auto host = startServer(0ms);
    const auto client = greetedClient(*host);
    QTest::qWait(300);
    QCOMPARE(webSockets(*host), 1);
}

QTEST_GUILESS_MAIN(tst_Parking)
#include "tst_parking.moc"
