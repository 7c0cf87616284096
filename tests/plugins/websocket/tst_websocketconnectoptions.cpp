// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connection.h>
#include <banter/connectoptions.h>
#include <banter/itransport.h>
#include <banter/pluginregistry.h>

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using Banter::Connection;
using Banter::ConnectOptions;
using State = Banter::Connection::State;

namespace {

// Records the opening handshake of every client, and answers none.
class HandshakeRecorder : public QObject
{
public:
    HandshakeRecorder()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int index = int(requests.size());
                requests.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] {
                    requests[index] += socket->readAll();
                    if (requests[index].contains("\r\n\r\n"))
                        socket->abort(); // no answer: the client gives up
                });
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(m_server.serverPort()));
    }
    bool isComplete(int index) const
    {
        return requests.size() > index && requests.at(index).contains("\r\n\r\n");
    }
    // What request index lacks of the lines it should have, or has of the headers it should
    // not; empty when it is as it should be.
    QString mismatch(int index, const QList<QByteArray> &lines,
                     const QList<QByteArray> &absentHeaders = {}) const
    {
        const QList<QByteArray> received = requests.value(index).split('\n');
        QStringList problems;
        for (const QByteArray &line : lines) {
            if (!received.contains(line + '\r'))
                problems.append(QStringLiteral("no line \"%1\"").arg(QLatin1String(line)));
        }
        for (const QByteArray &name : absentHeaders) {
            for (const QByteArray &line : received) {
                if (line.toLower().startsWith(name.toLower() + ':'))
                    problems.append(QStringLiteral("a line \"%1\"").arg(QLatin1String(line)));
            }
        }
        if (problems.isEmpty())
            return QString();
        return problems.join(QStringLiteral(", ")) + QStringLiteral(" in:\n") +
               QString::fromLatin1(requests.value(index));
    }

    QList<QByteArray> requests;

private:
    QTcpServer m_server;
};

ConnectOptions someOptions()
{
    ConnectOptions options;
    options.headers = {{"Authorization", "Bearer abc.def"}, {"X-Client", "Banter tests"}};
    options.subprotocols = {QStringLiteral("chat.v1"), QStringLiteral("chat.v2")};
    options.origin = QStringLiteral("https://banter.example");
    return options;
}

} // namespace

class tst_WebSocketConnectOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsHeadersSubprotocolsAndOriginInTheHandshake();
    void sendsNoneOfThemWithoutOptions();
    void opensAgainWithTheOptionsGivenLast();
    void serverSeesTheNegotiatedSubprotocolAndOrigin();

private:
    std::unique_ptr<Connection> createConnection();

    Banter::PluginRegistry m_registry;
};

void tst_WebSocketConnectOptions::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("ws")), qPrintable(m_registry.errorString()));
}

std::unique_ptr<Connection> tst_WebSocketConnectOptions::createConnection()
{
    return std::unique_ptr<Connection>(
        m_registry.transport(QStringLiteral("ws"))->createConnection(nullptr));
}

void tst_WebSocketConnectOptions::sendsHeadersSubprotocolsAndOriginInTheHandshake()
{
    HandshakeRecorder server;
    auto client = createConnection();
    client->setConnectOptions(someOptions());
    client->open(server.url());
    QTRY_VERIFY(server.isComplete(0));
    const QString mismatch = server.mismatch(
        0, {"GET /chat HTTP/1.1", "Authorization: Bearer abc.def", "X-Client: Banter tests",
            "Sec-WebSocket-Protocol: chat.v1, chat.v2", "Origin: https://banter.example"});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QTRY_COMPARE(client->state(), State::Closed);
}

void tst_WebSocketConnectOptions::sendsNoneOfThemWithoutOptions()
{
    HandshakeRecorder server;
    auto client = createConnection();
    client->open(server.url());
    QTRY_VERIFY(server.isComplete(0));
    const QString mismatch = server.mismatch(0, {"GET /chat HTTP/1.1"},
                                             {"Origin", "Sec-WebSocket-Protocol", "Authorization"});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void tst_WebSocketConnectOptions::opensAgainWithTheOptionsGivenLast()
{
    // A reconnect opens the same Connection again: the options must go out every time, and a
    // new origin (which QWebSocket takes only when it is made) must be used.
    HandshakeRecorder server;
    auto client = createConnection();
    client->setConnectOptions(someOptions());
    client->open(server.url());
    QTRY_VERIFY(server.isComplete(0));
    QTRY_COMPARE(client->state(), State::Closed);

    client->open(server.url());
    QTRY_VERIFY(server.isComplete(1));
    QString mismatch =
        server.mismatch(1, {"Origin: https://banter.example", "Authorization: Bearer abc.def"});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QTRY_COMPARE(client->state(), State::Closed);

    ConnectOptions other;
    other.origin = QStringLiteral("https://other.example");
    client->setConnectOptions(other);
    client->open(server.url());
    QTRY_VERIFY(server.isComplete(2));
    mismatch = server.mismatch(2, {"Origin: https://other.example"}, {"Authorization"});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QTRY_COMPARE(client->state(), State::Closed);

    client->setConnectOptions(ConnectOptions());
    client->open(server.url());
    QTRY_VERIFY(server.isComplete(3));
    mismatch = server.mismatch(3, {}, {"Origin"});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void tst_WebSocketConnectOptions::serverSeesTheNegotiatedSubprotocolAndOrigin()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    server.setSupportedSubprotocols({QStringLiteral("chat.v2")});
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<QWebSocket> accepted;
    connect(&server, &QWebSocketServer::newConnection, this,
            [&] { accepted.reset(server.nextPendingConnection()); });

    auto client = createConnection();
    client->setConnectOptions(someOptions());
    client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    QTRY_COMPARE(client->state(), State::Open);
    QTRY_VERIFY(accepted);
    QCOMPARE(accepted->subprotocol(), QStringLiteral("chat.v2"));
    QCOMPARE(accepted->origin(), QStringLiteral("https://banter.example"));
    QCOMPARE(accepted->request().rawHeader("X-Client"), QByteArray("Banter tests"));

    QSignalSpy received(client.get(), &Connection::textReceived);
    accepted->sendTextMessage(QStringLiteral("hi"));
    QTRY_COMPARE(received.size(), 1);
}

QTEST_GUILESS_MAIN(tst_WebSocketConnectOptions)
#include "tst_websocketconnectoptions.moc"
