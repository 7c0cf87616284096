// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"
#include "rawwebsocketclient.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/connection.h>
#include <banter/itransport.h>
#include <banter/pluginregistry.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace std::chrono_literals;
using Banter::ChatModel;
using Banter::ChatSession;
using Banter::Connection;
using Opcode = RawWebSocketClient::Opcode;
using Masking = RawWebSocketClient::Masking;
using State = Banter::Connection::State;

namespace {

QByteArray serverFrame(Opcode opcode, const QByteArray &payload)
{
    return RawWebSocketClient::frame(opcode, payload, Masking::Unmasked);
}

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian(code, payload.data());
    return payload + reason;
}

} // namespace

// The client side of the WebSocket transport against servers that break the rules: each test
// starts a HostileServer of one kind and opens a real client Connection on it.
class tst_HostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pingFloodOfAServerThatDoesNotReadIsCut();
    void maskedFrameFailsTheConnectionWith1002();
    void maskedFrameWithTheHandshakeFailsTheOpen();
    void closeCodeIsReportedAsTheServerSentIt_data();
    void closeCodeIsReportedAsTheServerSentIt();
    void answerOtherThan101IsSaidInWords_data();
    void answerOtherThan101IsSaidInWords();
    void oversizedHandshakeResponseIsRefused();

    void serverThatClosesAfterTheGreetingIsRetriedEverLater();
    void separatorsAndBidiControlsStayInTheirRow();
    void messageUnconfirmedWhenTheConnectionBrokeIsSentAgainOnce();

private:
    // A client connection opened on server; errors are collected into errors.
    Connection *openClient(HostileServer &server, QStringList *errors);

    Banter::PluginRegistry m_registry;
    Banter::ITransport *m_transport = nullptr;
    std::unique_ptr<QObject> m_scope;
};

void tst_HostileServers::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    m_transport = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(m_transport, qPrintable(m_registry.errorString()));
}

void tst_HostileServers::init()
{
    m_scope = std::make_unique<QObject>();
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_HostileServers::cleanup()
{
    m_scope.reset();
}

Connection *tst_HostileServers::openClient(HostileServer &server, QStringList *errors)
{
    Connection *client = m_transport->createConnection(m_scope.get());
    connect(client, &Connection::errorOccurred, m_scope.get(),
            [errors](const QString &error) { errors->append(error); });
    client->open(server.url());
    return client;
}

void tst_HostileServers::pingFloodOfAServerThatDoesNotReadIsCut()
{
    HostileServer server;
    server.setFloodingPings(true);
    QVERIFY(server.listen());
    QStringList errors;
    Connection *client = openClient(server, &errors);
    QSignalSpy gone(&server, &HostileServer::clientGone);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Closed, 60000);
    QCOMPARE(errors,
             QStringList{QStringLiteral("the server sends pings but does not read the "
                                        "answers: over 4 MiB waiting, connection dropped")});
    // The pongs are gone with the connection.
    QCOMPARE(client->bytesToWrite(), 0);
    QTRY_COMPARE(gone.count(), 1);
}

void tst_HostileServers::maskedFrameFailsTheConnectionWith1002()
{
    HostileServer server;
    server.setGreeting(serverFrame(Opcode::Text, "Welcome"));
    QVERIFY(server.listen());
    QStringList errors;
    Connection *client = openClient(server, &errors);
    QStringList texts;
    connect(client, &Connection::textReceived, m_scope.get(),
            [&texts](const QString &text) { texts.append(text); });
    QTRY_COMPARE(texts.size(), 1);
    // A text frame masked as only a client's may be, with one that is fine behind it.
    server.send(RawWebSocketClient::frame(Opcode::Text, "# socket open") +
                serverFrame(Opcode::Text, "after"));
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(client->closeCode(), int(Connection::CloseCode::ProtocolError));
    QCOMPARE(client->closeReason(),
             QStringLiteral("the server sent a masked frame, which only a client may send"));
    QCOMPARE(texts, QStringList{QStringLiteral("Welcome")});
    QCOMPARE(errors, QStringList());
    QTRY_COMPARE(server.clientCloseCode(), 1002);
}

void tst_HostileServers::maskedFrameWithTheHandshakeFailsTheOpen()
{
    HostileServer server;
    // In the same write as the 101: seen before Qt has even read the response.
    server.setGreeting(RawWebSocketClient::frame(Opcode::Text, "# socket open"));
    QVERIFY(server.listen());
    QStringList errors;
    Connection *client = openClient(server, &errors);
    QSignalSpy received(client, &Connection::textReceived);
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(received.count(), 0);
    QCOMPARE(errors, QStringList{QStringLiteral(
                         "the server sent a masked frame, which only a client may send")});
}

void tst_HostileServers::closeCodeIsReportedAsTheServerSentIt_data()
{
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    const auto invalid = [](int code) {
        return QStringLiteral("the server sent close code %1, which is invalid").arg(code);
    };
    QTest::newRow("999") << 999 << 1002 << invalid(999);
    QTest::newRow("1005 on the wire") << 1005 << 1002 << invalid(1005);
    QTest::newRow("1006 on the wire") << 1006 << 1002 << invalid(1006);
    QTest::newRow("5000") << 5000 << 1002 << invalid(5000);
    // Registered after RFC 6455; Qt 6.4 takes them as invalid.
    QTest::newRow("1013 try again later") << 1013 << 1013 << QStringLiteral("bye");
    QTest::newRow("1000") << 1000 << 1000 << QStringLiteral("bye");
    QTest::newRow("4000") << 4000 << 4000 << QStringLiteral("bye");
}

void tst_HostileServers::closeCodeIsReportedAsTheServerSentIt()
{
    QFETCH(int, sent);
    QFETCH(int, code);
    QFETCH(QString, reason);
    HostileServer server;
    server.setGreeting(serverFrame(Opcode::Close, closePayload(quint16(sent), "bye")));
    QVERIFY(server.listen());
    QStringList errors;
    Connection *client = openClient(server, &errors);
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(client->closeCode(), code);
    QCOMPARE(client->closeReason(), reason);
}

void tst_HostileServers::answerOtherThan101IsSaidInWords_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("error");
    const QString words = QStringLiteral("the server answered %1 instead of switching to "
                                         "WebSocket (is this a WebSocket endpoint?)");
    QTest::newRow("200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
                         << words.arg(QLatin1String("HTTP 200 OK"));
    QTest::newRow("404, status line only") << QByteArray("HTTP/1.1 404 Not Found\r\n")
                                           << words.arg(QLatin1String("HTTP 404 Not Found"));
    QTest::newRow("control characters") << QByteArray("HTTP/1.0 302 \x1b[31mMoved\r\n\r\n")
                                        << words.arg(QLatin1String("HTTP 302 [31mMoved"));
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                              << words.arg(QLatin1String("SSH-2.0-OpenSSH_9.2"));
}

void tst_HostileServers::answerOtherThan101IsSaidInWords()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, error);
    HostileServer server;
    server.setResponse(response);
    QVERIFY(server.listen());
    QStringList errors;
    Connection *client = openClient(server, &errors);
    QSignalSpy gone(&server, &HostileServer::clientGone);
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(errors, QStringList{error});
    // And the TCP connection is not left open.
    QTRY_COMPARE(gone.count(), 1);
}

void tst_HostileServers::oversizedHandshakeResponseIsRefused()
{
    HostileServer server;
    QByteArray headers = "HTTP/1.1 101 Switching Protocols\r\n";
    while (headers.size() < 1024 * 1024)
        headers += "X-Padding: " + QByteArray(100, 'x') + "\r\n";
    server.setResponse(headers);
    QVERIFY(server.listen());
    QStringList errors;
    Connection *client = openClient(server, &errors);
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(errors, QStringList{QStringLiteral(
                         "the server's handshake response is too large (over 64 KiB)")});
}

void tst_HostileServers::serverThatClosesAfterTheGreetingIsRetriedEverLater()
{
    HostileServer server;
    server.setGreeting(serverFrame(Opcode::Text, "Welcome") +
                       serverFrame(Opcode::Close, closePayload(1000, "bye")));
    QVERIFY(server.listen());
    ChatModel model;
    ChatSession session(&m_registry, &model);
    ChatSession::Settings settings;
    settings.reconnect.initial = 10ms;
    settings.reconnect.maximum = 80ms;
    settings.reconnect.jitter = 0.0;
    settings.heartbeatInterval = 0ms;
    // stableAfter stays 10 s: no connection here lasts that long.
    session.setSettings(settings);
    QSignalSpy scheduled(&session, &ChatSession::reconnectScheduled);
    QVERIFY(session.open(server.url()));
    QTRY_VERIFY(scheduled.size() >= 5);
    session.close();
    // Every connection opened, and yet the delays grew as if none had.
    QVERIFY(server.connectionCount() >= 5);
    const QList<qint64> delays{10, 20, 40, 80, 80};
    for (int i = 0; i < delays.size(); ++i) {
        QCOMPARE(scheduled.at(i).at(0).toInt(), i + 1);
        QCOMPARE(scheduled.at(i).at(1).toLongLong(), delays.at(i));
    }
}

void tst_HostileServers::separatorsAndBidiControlsStayInTheirRow()
{
    HostileServer server;
    const QString fake = QStringLiteral("hi") + QChar(0x2028) + QStringLiteral("# socket open");
    const QString reason = QStringLiteral("bye") + QChar(0x202E);
    server.setGreeting(serverFrame(Opcode::Text, fake.toUtf8()) +
                       serverFrame(Opcode::Close, closePayload(4000, reason.toUtf8())));
    QVERIFY(server.listen());
    ChatModel model;
    ChatSession session(&m_registry, &model);
    QVERIFY(session.open(server.url()));
    QTRY_VERIFY(model.rowCount() >= 3);
    session.close();
    // The message is kept as it came, and shown on one line.
    QCOMPARE(model.index(1).data(ChatModel::PayloadRole).toString(), fake);
    QCOMPARE(ChatModel::displayLine(model.index(1).data(Qt::DisplayRole).toString()),
             ChatModel::isolated(QStringLiteral("hi") + QChar(0x21B5) +
                                 QStringLiteral("# socket open")));
    // The reason cannot turn Banter's closing parenthesis around.
    QCOMPARE(model.index(2).data(ChatModel::LineRole).toString(),
             QStringLiteral("# socket closed (4000 application code: %1)")
                 .arg(ChatModel::isolated(reason)));
}

void tst_HostileServers::messageUnconfirmedWhenTheConnectionBrokeIsSentAgainOnce()
{
    // The first connection breaks once the message and the ping behind it arrived, before the
    // pong that would have confirmed it.
    HostileServer server;
    server.setDroppingFirstConnections(1);
    QVERIFY(server.listen());
    ChatModel model;
    ChatSession session(&m_registry, &model);
    ChatSession::Settings settings;
    settings.reconnect.initial = 10ms;
    settings.reconnect.jitter = 0.0;
    settings.heartbeatInterval = 0ms;
    session.setSettings(settings);
    QVERIFY(session.open(server.url()));
    QTRY_COMPARE(session.state(), Connection::State::Open);
    QVERIFY(session.sendText(QStringLiteral("only once")));
    QTRY_COMPARE(server.connectionCount(), 2);
    QTRY_COMPARE(session.state(), Connection::State::Open);
    // Sent again on the new connection, and confirmed there: once.
    QTRY_COMPARE(session.outboxCount(), 0);
    QCOMPARE(server.clientTexts(), QStringList{QStringLiteral("only once")});
    QCOMPARE(model.index(1).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
             ChatModel::Delivery::Delivered);
}

QTEST_GUILESS_MAIN(tst_HostileServers)
#include "tst_hostileservers.moc"
