// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connection.h>
#include <banter/itransport.h>
#include <banter/listener.h>
#include <banter/pluginregistry.h>
#include <testidentity.h>
#include <websocketlimits.h>

#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <memory>
#include <utility>

using Banter::Connection;
using Banter::Listener;
using CloseCode = Banter::Connection::CloseCode;
using State = Banter::Connection::State;

namespace {

constexpr qsizetype serverMaxMessageSize = BanterWs::WebSocketLimits::serverMaxMessageSize;
constexpr qsizetype oneMiB = 1024 * 1024;

QUrl localUrl(quint16 port, const QString &host = QStringLiteral("127.0.0.1"))
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    return url;
}

// A port nothing listens on (free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool hasIPv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<State>());
    return result;
}

// Every message a connection receives, in arrival order, as "T:<text>" or "B:<hex>".
std::shared_ptr<QStringList> recordMessages(Connection *connection)
{
    auto log = std::make_shared<QStringList>();
    QObject::connect(connection, &Connection::textReceived, connection,
                     [log](const QString &text) { log->append(QLatin1String("T:") + text); });
    QObject::connect(connection, &Connection::binaryReceived, connection,
                     [log](const QByteArray &data) {
                         log->append(QLatin1String("B:") + QString::fromLatin1(data.toHex()));
                     });
    return log;
}

} // namespace

class tst_WebSocketTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listenerReportsTheBoundPort();
    void localhostServesIPv4AndIPv6Loopback();
    void clientGoesFromConnectingToOpen();
    void serverHandsOverOpenConnections();
    void messageArrivesUnchangedBothWays_data();
    void messageArrivesUnchangedBothWays();
    void messagesKeepTheirOrder();
    void clientCloseIsSeenByTheServer_data();
    void clientCloseIsSeenByTheServer();
    void serverCloseIsSeenByTheClient();
    void droppedConnectionHasNoCloseCode();
    void deletingTheListenerClosesItsConnections();
    void sendingWhileNotOpenFails();

    void connectingToAClosedPortReportsAnError();
    void failedHandshakeDropsTheTcpConnection();
    void listeningOnAPortInUseFails_data();
    void listeningOnAPortInUseFails();
    void listeningOnAnUnsupportedUrlFails_data();
    void listeningOnAnUnsupportedUrlFails();
    void oversizedMessageIsRefusedWithCode1009();
    void messageAtTheSizeLimitArrives();
    void eachReadTakesASliceAndLargerFramesStillArrive_data();
    void eachReadTakesASliceAndLargerFramesStillArrive();
    void receiveBufferIsTheOptionsOrTheSystems();

private:
    struct Link
    {
        Listener *listener = nullptr;
        Connection *client = nullptr;
        Connection *server = nullptr;
    };

    Listener *createListener();
    Connection *createClient();
    // The TCP socket under a client's QWebSocket, once it is connected.
    static QTcpSocket *clientTcpSocket(Connection *client);
    // A listener on url and one client connected to it; both ends open. Check
    // QTest::currentTestFailed() after the call.
    void openLink(Link &link, const QUrl &url = QUrl(QStringLiteral("ws://127.0.0.1:0")));

    Banter::PluginRegistry m_registry;
    Banter::ITransport *m_transport = nullptr;
    std::unique_ptr<QObject> m_scope; // owns what one test creates
};

void tst_WebSocketTransport::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    m_transport = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(m_transport, qPrintable(m_registry.errorString()));
}

void tst_WebSocketTransport::init()
{
    m_scope = std::make_unique<QObject>();
    // The transport has nothing to warn about in any of these tests.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_WebSocketTransport::cleanup()
{
    m_scope.reset();
}

Listener *tst_WebSocketTransport::createListener()
{
    return m_transport->createListener(m_scope.get());
}

Connection *tst_WebSocketTransport::createClient()
{
    return m_transport->createConnection(m_scope.get());
}

void tst_WebSocketTransport::openLink(Link &link, const QUrl &url)
{
    link.listener = createListener();
    QVERIFY(link.listener);
    QVERIFY2(link.listener->listen(url), qPrintable(link.listener->errorString()));
    QSignalSpy accepted(link.listener, &Listener::newConnection);
    link.client = createClient();
    QVERIFY(link.client);
    link.client->open(link.listener->url());
    QTRY_COMPARE(accepted.count(), 1);
    link.server = accepted.at(0).at(0).value<Connection *>();
    QVERIFY(link.server);
    QTRY_COMPARE(link.client->state(), State::Open);
    QCOMPARE(link.server->state(), State::Open);
}

void tst_WebSocketTransport::listenerReportsTheBoundPort()
{
    Listener *listener = createListener();
    QVERIFY(listener);
    QVERIFY(!listener->isListening());
    QVERIFY2(listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))),
             qPrintable(listener->errorString()));
    QVERIFY(listener->isListening());
    QCOMPARE(listener->error(), Listener::Error::NoError);

    const QUrl url = listener->url();
    QCOMPARE(url.scheme(), QStringLiteral("ws"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY2(url.port() > 0, qPrintable(url.toString()));

    // Something really listens there.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
    QVERIFY(probe.waitForConnected(5000));

    listener->close();
    QVERIFY(!listener->isListening());
}

void tst_WebSocketTransport::localhostServesIPv4AndIPv6Loopback()
{
    Listener *listener = createListener();
    QVERIFY2(listener->listen(QUrl(QStringLiteral("ws://localhost:0"))),
             qPrintable(listener->errorString()));
    QCOMPARE(listener->url().host(), QStringLiteral("localhost"));
    const auto port = quint16(listener->url().port());
    QVERIFY(port > 0);
    QSignalSpy accepted(listener, &Listener::newConnection);

    Connection *v4 = createClient();
    v4->open(localUrl(port));
    QTRY_COMPARE(v4->state(), State::Open);
    QTRY_COMPARE(accepted.count(), 1);
    // Whichever address the name resolves to first.
    Connection *byName = createClient();
    byName->open(localUrl(port, QStringLiteral("localhost")));
    QTRY_COMPARE(byName->state(), State::Open);
    QTRY_COMPARE(accepted.count(), 2);

    if (!hasIPv6Loopback())
        QSKIP("this machine has no IPv6 loopback address: ::1 is not checked");
    Connection *v6 = createClient();
    v6->open(localUrl(port, QStringLiteral("::1")));
    QTRY_COMPARE(v6->state(), State::Open);
    QTRY_COMPARE(accepted.count(), 3);
}

void tst_WebSocketTransport::clientGoesFromConnectingToOpen()
{
    Listener *listener = createListener();
    QVERIFY2(listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))),
             qPrintable(listener->errorString()));
    Connection *client = createClient();
    QCOMPARE(client->state(), State::Closed);
    QVERIFY(!client->isOpen());
    QSignalSpy changed(client, &Connection::stateChanged);
    QSignalSpy errors(client, &Connection::errorOccurred);

    client->open(listener->url());
    QCOMPARE(client->state(), State::Connecting);
    QCOMPARE(client->url(), listener->url());
    QTRY_COMPARE(client->state(), State::Open);
    QVERIFY(client->isOpen());
    QCOMPARE(states(changed), QList<State>({State::Connecting, State::Open}));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(client->errorString(), QString());
}

void tst_WebSocketTransport::serverHandsOverOpenConnections()
{
    Link link;
    openLink(link, QUrl(QStringLiteral("ws://127.0.0.1:0/chat?room=1")));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(link.server->parent(), link.listener);
    QCOMPARE(link.server->url().path(), QStringLiteral("/chat"));
    QCOMPARE(link.server->url().query(), QStringLiteral("room=1"));
    QCOMPARE(link.server->closeCode(), 0);
}

void tst_WebSocketTransport::messageArrivesUnchangedBothWays_data()
{
    QTest::addColumn<bool>("isBinary");
    QTest::addColumn<QByteArray>("payload"); // UTF-8 for a text

    QTest::newRow("text") << false << QByteArray("hello");
    QTest::newRow("binary") << true << QByteArray::fromHex("000102fffe0a0d");
    QTest::newRow("empty text") << false << QByteArray();
    QTest::newRow("empty binary") << true << QByteArray();
    QTest::newRow("binary that is valid UTF-8") << true << QByteArray("hello");
    QTest::newRow("emoji") << false
                           << QStringLiteral("😀 👍🏽 👩‍💻 🇩🇪").toUtf8();
    QTest::newRow("right to left") << false << QStringLiteral("שלום עולם، مرحبا بالعالم").toUtf8();
    QTest::newRow("CJK") << false << QStringLiteral("你好，世界 こんにちは 안녕하세요").toUtf8();

    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    QTest::newRow("every byte value") << true << everyByte;
    QTest::newRow("1 MiB text") << false << QByteArray(oneMiB, 'a');
    // Three-byte characters: any split at a power of two falls inside one of them.
    QTest::newRow("1 MiB non-ASCII text")
        << false << QStringLiteral("€").repeated(oneMiB / 3 + 1).toUtf8();
    QByteArray mebibyte(oneMiB, Qt::Uninitialized);
    for (qsizetype i = 0; i < mebibyte.size(); ++i)
        mebibyte[i] = char((i * 7 + i / 251) & 0xff);
    QTest::newRow("1 MiB binary") << true << mebibyte;
}

void tst_WebSocketTransport::messageArrivesUnchangedBothWays()
{
    QFETCH(bool, isBinary);
    QFETCH(QByteArray, payload);
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;

    for (const auto &[sender, receiver] :
         {std::pair(link.client, link.server), std::pair(link.server, link.client)}) {
        const bool fromClient = sender == link.client;
        QSignalSpy texts(receiver, &Connection::textReceived);
        QSignalSpy binaries(receiver, &Connection::binaryReceived);
        if (isBinary) {
            QVERIFY(sender->sendBinary(payload));
            QTRY_COMPARE(binaries.count(), 1);
            QCOMPARE(texts.count(), 0);
            QVERIFY2(binaries.at(0).at(0).toByteArray() == payload,
                     fromClient ? "client to server" : "server to client");
        } else {
            const QString text = QString::fromUtf8(payload);
            QVERIFY(sender->sendText(text));
            QTRY_COMPARE(texts.count(), 1);
            QCOMPARE(binaries.count(), 0);
            QVERIFY2(texts.at(0).at(0).toString() == text,
                     fromClient ? "client to server" : "server to client");
        }
    }
    QVERIFY(link.client->isOpen());
    QVERIFY(link.server->isOpen());
}

void tst_WebSocketTransport::messagesKeepTheirOrder()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    const auto atServer = recordMessages(link.server);
    const auto atClient = recordMessages(link.client);

    constexpr int count = 2000;
    QStringList expected;
    for (int i = 0; i < count; ++i) {
        const QByteArray number = QByteArray::number(i);
        if (i % 3 == 0) {
            QVERIFY(link.client->sendBinary(number));
            expected.append(QLatin1String("B:") + QString::fromLatin1(number.toHex()));
        } else {
            QVERIFY(link.client->sendText(QString::fromLatin1(number)));
            expected.append(QLatin1String("T:") + QString::fromLatin1(number));
        }
    }
    QTRY_COMPARE(atServer->size(), count);
    QCOMPARE(*atServer, expected);

    // And back.
    for (const QString &message : std::as_const(expected)) {
        if (message.startsWith(QLatin1String("B:")))
            QVERIFY(link.server->sendBinary(QByteArray::fromHex(message.mid(2).toLatin1())));
        else
            QVERIFY(link.server->sendText(message.mid(2)));
    }
    QTRY_COMPARE(atClient->size(), count);
    QCOMPARE(*atClient, expected);
}

void tst_WebSocketTransport::clientCloseIsSeenByTheServer_data()
{
    QTest::addColumn<CloseCode>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("normal") << CloseCode::Normal << QStringLiteral("bye");
    QTest::newRow("going away, unicode reason")
        << CloseCode::GoingAway << QStringLiteral("tschüss 👋");
    QTest::newRow("policy, no reason") << CloseCode::PolicyViolated << QString();
}

void tst_WebSocketTransport::clientCloseIsSeenByTheServer()
{
    QFETCH(CloseCode, code);
    QFETCH(QString, reason);
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy clientStates(link.client, &Connection::stateChanged);
    QSignalSpy serverStates(link.server, &Connection::stateChanged);
    QSignalSpy serverErrors(link.server, &Connection::errorOccurred);

    link.client->close(code, reason);

    QTRY_COMPARE(link.server->state(), State::Closed);
    QCOMPARE(link.server->closeCode(), int(code));
    QCOMPARE(link.server->closeReason(), reason);
    QCOMPARE(states(serverStates).last(), State::Closed);
    QTRY_COMPARE(link.client->state(), State::Closed);
    QCOMPARE(states(clientStates), QList<State>({State::Closing, State::Closed}));
    QVERIFY(!link.client->sendText(QStringLiteral("too late")));
    QVERIFY(!link.server->sendText(QStringLiteral("too late")));
}

void tst_WebSocketTransport::serverCloseIsSeenByTheClient()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy clientStates(link.client, &Connection::stateChanged);
    QSignalSpy serverStates(link.server, &Connection::stateChanged);

    link.server->close(CloseCode::PolicyViolated, QStringLiteral("no thanks"));

    QTRY_COMPARE(link.client->state(), State::Closed);
    QCOMPARE(link.client->closeCode(), int(CloseCode::PolicyViolated));
    QCOMPARE(link.client->closeReason(), QStringLiteral("no thanks"));
    QCOMPARE(states(clientStates).last(), State::Closed);
    QTRY_COMPARE(link.server->state(), State::Closed);
    QCOMPARE(states(serverStates), QList<State>({State::Closing, State::Closed}));
}

void tst_WebSocketTransport::droppedConnectionHasNoCloseCode()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy clientErrors(link.client, &Connection::errorOccurred);

    link.server->abort();

    QTRY_COMPARE(link.client->state(), State::Closed);
    // Nobody said goodbye: no code, no reason, and certainly not 1000 (normal).
    QCOMPARE(link.client->closeCode(), 0);
    QCOMPARE(link.client->closeReason(), QString());
    QCOMPARE(link.server->state(), State::Closed);
}

void tst_WebSocketTransport::deletingTheListenerClosesItsConnections()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    const QUrl url = link.listener->url();
    const QPointer<Connection> server = link.server;
    QSignalSpy clientStates(link.client, &Connection::stateChanged);

    delete link.listener;

    // Its connections went with it, and the client noticed.
    QVERIFY(server.isNull());
    QTRY_COMPARE(link.client->state(), State::Closed);
    QCOMPARE(states(clientStates).last(), State::Closed);

    // Nobody answers there any more.
    Connection *late = createClient();
    QSignalSpy errors(late, &Connection::errorOccurred);
    late->open(url);
    QTRY_COMPARE(errors.count(), 1);
    QTRY_COMPARE(late->state(), State::Closed);
}

void tst_WebSocketTransport::sendingWhileNotOpenFails()
{
    Connection *client = createClient();
    QVERIFY(!client->sendText(QStringLiteral("before open")));
    QVERIFY(!client->sendBinary(QByteArray("before open")));

    Listener *listener = createListener();
    QVERIFY(listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))));
    client->open(listener->url());
    QCOMPARE(client->state(), State::Connecting);
    QVERIFY(!client->sendText(QStringLiteral("while connecting")));
    QVERIFY(!client->sendBinary(QByteArray("while connecting")));
}

void tst_WebSocketTransport::connectingToAClosedPortReportsAnError()
{
    const quint16 port = closedPort();
    QVERIFY(port > 0);
    Connection *client = createClient();
    QSignalSpy errors(client, &Connection::errorOccurred);
    QSignalSpy changed(client, &Connection::stateChanged);

    client->open(localUrl(port));

    QTRY_COMPARE(errors.count(), 1);
    const QString error = errors.at(0).at(0).toString();
    QVERIFY2(!error.isEmpty(), "the error has no text");
    QCOMPARE(client->errorString(), error);
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(states(changed), QList<State>({State::Connecting, State::Closed}));
    QVERIFY(!client->isOpen());
    // Nobody said anything: there is no close code.
    QCOMPARE(client->closeCode(), 0);
}

void tst_WebSocketTransport::failedHandshakeDropsTheTcpConnection()
{
    // A server that speaks HTTP but refuses the upgrade, and keeps its end open.
    QTcpServer refuser;
    QVERIFY(refuser.listen(QHostAddress::LocalHost, 0));
    QPointer<QTcpSocket> peer;
    connect(&refuser, &QTcpServer::newConnection, m_scope.get(), [&] {
        peer = refuser.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [&] {
            peer->readAll();
            peer->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        });
    });

    Connection *client = createClient();
    QSignalSpy errors(client, &Connection::errorOccurred);
    client->open(localUrl(refuser.serverPort()));

    QTRY_VERIFY(errors.count() >= 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(client->closeCode(), 0);
    // The client does not leave the TCP connection hanging.
    QVERIFY(peer);
    QTRY_COMPARE(peer->state(), QAbstractSocket::UnconnectedState);
}

void tst_WebSocketTransport::listeningOnAPortInUseFails_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("where");
    QTest::newRow("same address") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1");
}

void tst_WebSocketTransport::listeningOnAPortInUseFails()
{
    QFETCH(QString, host);
    QFETCH(QString, where);
    Listener *first = createListener();
    QVERIFY(first->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))));
    const auto port = quint16(first->url().port());

    Listener *second = createListener();
    QSignalSpy errors(second, &Listener::errorOccurred);
    QVERIFY(!second->listen(localUrl(port, host)));
    QCOMPARE(second->error(), Listener::Error::AddressInUse);
    const QString error = second->errorString();
    QVERIFY2(error.contains(QStringLiteral("%1:%2").arg(where).arg(port)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error));
    QVERIFY(!second->isListening());
    // listen() failures are returned, not emitted.
    QCOMPARE(errors.count(), 0);

    // The first one is not disturbed.
    QVERIFY(first->isListening());
    Connection *client = createClient();
    client->open(first->url());
    QTRY_COMPARE(client->state(), State::Open);
}

void tst_WebSocketTransport::listeningOnAnUnsupportedUrlFails_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Listener::Error>("error");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("host name") << QUrl(QStringLiteral("ws://example.com:0"))
                               << Listener::Error::AddressNotAvailable
                               << QStringList({QStringLiteral("\"example.com\""),
                                               QStringLiteral("IP address")});
    QTest::newRow("wss") << QUrl(QStringLiteral("wss://127.0.0.1:0"))
                         << Listener::Error::UnsupportedUrl
                         << QStringList({QStringLiteral("wss://"), QStringLiteral("ws://")});
    QTest::newRow("http") << QUrl(QStringLiteral("http://127.0.0.1:0"))
                          << Listener::Error::UnsupportedUrl
                          << QStringList({QStringLiteral("http://")});
}

void tst_WebSocketTransport::listeningOnAnUnsupportedUrlFails()
{
    QFETCH(QUrl, url);
    QFETCH(Listener::Error, error);
    QFETCH(QStringList, words);
    Listener *listener = createListener();

    QVERIFY(!listener->listen(url));
    QCOMPARE(listener->error(), error);
    QVERIFY(!listener->isListening());
    for (const QString &word : std::as_const(words)) {
        QVERIFY2(listener->errorString().contains(word), qPrintable(listener->errorString()));
    }
}

void tst_WebSocketTransport::oversizedMessageIsRefusedWithCode1009()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy received(link.server, &Connection::binaryReceived);

    QVERIFY(link.client->sendBinary(QByteArray(serverMaxMessageSize + 1, 'x')));

    QTRY_COMPARE_WITH_TIMEOUT(link.client->state(), State::Closed, 20000);
    QCOMPARE(link.client->closeCode(), int(CloseCode::MessageTooBig));
    QTRY_COMPARE(link.server->state(), State::Closed);
    QCOMPARE(received.count(), 0);
}

void tst_WebSocketTransport::messageAtTheSizeLimitArrives()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy received(link.server, &Connection::binaryReceived);

    QVERIFY(link.client->sendBinary(QByteArray(serverMaxMessageSize, 'x')));

    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 20000);
    QCOMPARE(received.at(0).at(0).toByteArray().size(), serverMaxMessageSize);
    QVERIFY(link.client->isOpen());
    QVERIFY(link.server->isOpen());
}

QTcpSocket *tst_WebSocketTransport::clientTcpSocket(Connection *client)
{
    QTcpSocket *tcp = nullptr;
    const QList<QTcpSocket *> sockets = client->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            tcp = socket;
    }
    return tcp;
}

void tst_WebSocketTransport::eachReadTakesASliceAndLargerFramesStillArrive_data()
{
    QTest::addColumn<bool>("secure");
    QTest::newRow("ws") << false;
    QTest::newRow("wss") << true; // a QSslSocket, with its own buffer of what it decrypted
}

void tst_WebSocketTransport::eachReadTakesASliceAndLargerFramesStillArrive()
{
    QFETCH(bool, secure);
    // A plain QWebSocketServer sends: the client is what is looked at.
    QWebSocketServer server(QStringLiteral("slices"), secure ? QWebSocketServer::SecureMode
                                                             : QWebSocketServer::NonSecureMode);
    QTemporaryDir folder;
    QString error;
    const TestIdentity identity =
        secure ? TestIdentity::create(folder.path(), QStringLiteral("s"), &error) : TestIdentity();
    if (secure) {
        QVERIFY2(!identity.certificate.isNull(), qPrintable(error));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(identity.certificate);
        tls.setPrivateKey(identity.key);
        server.setSslConfiguration(tls);
    }
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QPointer<QWebSocket> sender;
    connect(&server, &QWebSocketServer::newConnection, m_scope.get(), [&] {
        sender = server.nextPendingConnection();
        sender->setParent(&server); // the caller's to delete
    });
    Connection *client = createClient();
    if (secure)
        client->setTrustedCertificates({identity.fingerprint()});
    client->open(QUrl(QStringLiteral("%1://127.0.0.1:%2")
                          .arg(secure ? QStringLiteral("wss") : QStringLiteral("ws"))
                          .arg(server.serverPort())));
    QTRY_COMPARE(client->state(), State::Open);
    QTRY_VERIFY(sender);
    sender->setOutgoingFrameSize(oneMiB); // Qt's default splits at 512 KiB
    QTcpSocket *tcp = clientTcpSocket(client);
    QVERIFY(tcp);
    constexpr qint64 slice = BanterWs::WebSocketLimits::clientReadSlice;
    QCOMPARE(tcp->readBufferSize(), slice);

    // What each event-loop turn hands over, and how far the read buffer's bound was raised.
    QStringList received;
    int sinceTurn = 0;
    int mostInOneTurn = 0;
    qint64 largestBound = 0;
    connect(client, &Connection::textReceived, m_scope.get(), [&](const QString &text) {
        received.append(text);
        ++sinceTurn;
    });
    connect(tcp, &QIODevice::readyRead, m_scope.get(),
            [&] { largestBound = std::max(largestBound, tcp->readBufferSize()); });
    QTimer turns; // times out once every event-loop turn
    connect(&turns, &QTimer::timeout, m_scope.get(), [&] {
        mostInOneTurn = std::max(mostInOneTurn, sinceTurn);
        sinceTurn = 0;
    });
    turns.start(0);

    // 4 MiB of short messages at full speed, a dozen messages of 1 MiB (four times the slice:
    // Qt 6.4 waits for a whole frame in the bounded buffer), and short ones again.
    constexpr int shortOnes = 65536;
    const auto shortText = [](int i) {
        return QStringLiteral("s%1").arg(i).leftJustified(64, u'.');
    };
    for (int i = 0; i < shortOnes; ++i)
        sender->sendTextMessage(shortText(i));
    for (int i = 0; i < 12; ++i)
        sender->sendTextMessage(QString(oneMiB, QLatin1Char('a' + i)));
    for (int i = shortOnes; i < 2 * shortOnes; ++i)
        sender->sendTextMessage(shortText(i));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2 * shortOnes + 12, 60000);

    QCOMPARE(received.at(shortOnes - 1), shortText(shortOnes - 1));
    for (int i = 0; i < 12; ++i)
        QCOMPARE(received.at(shortOnes + i), QString(oneMiB, QLatin1Char('a' + i)));
    QCOMPARE(received.last(), shortText(2 * shortOnes - 1));
    // A 64-byte text is a 66-byte frame: no event-loop turn handled more than a slice of them.
    // Over TLS, QSslSocket hands its own reader everything it decrypted, and decrypts all that its
    // plain socket read, slice or not: more than a slice does come in one turn, up to 930 KB seen
    // on a loaded machine (the whole 4 MiB without the slice), so there it is only reported.
    qInfo("most frames handled in one event-loop turn: %d (a slice holds %d)", mostInOneTurn,
          int(slice / 66));
    QVERIFY(mostInOneTurn > 0);
    if (!secure)
        QVERIFY2(mostInOneTurn <= slice / 66, qPrintable(QString::number(mostInOneTurn)));
    QVERIFY2(largestBound >= oneMiB, qPrintable(QString::number(largestBound)));
    QCOMPARE(tcp->readBufferSize(), slice);
}

void tst_WebSocketTransport::receiveBufferIsTheOptionsOrTheSystems()
{
    Link link;
    openLink(link);
    if (QTest::currentTestFailed())
        return;
    QTcpSocket *automatic = clientTcpSocket(link.client);
    QVERIFY(automatic);

    Connection *client = createClient();
    Banter::ConnectOptions options;
    options.receiveBuffer = 48 * 1024; // not half of tcp_rmem's default, 128 KiB
    client->setConnectOptions(options);
    client->open(link.listener->url());
    QTRY_COMPARE(client->state(), State::Open);
    QTcpSocket *set = clientTcpSocket(client);
    QVERIFY(set);

    // Linux reports twice the size set (its bookkeeping); net.core.rmem_max caps what may be set,
    // 212,992 bytes on a stock system.
    const int setSize = set->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
    QCOMPARE(setSize, 2 * options.receiveBuffer);
    // Left to the system, the socket has Linux's default (net.ipv4.tcp_rmem), not a size of ours.
    const int systemSize =
        automatic->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
    QVERIFY2(systemSize > 0 && systemSize != setSize, qPrintable(QString::number(systemSize)));
}

QTEST_GUILESS_MAIN(tst_WebSocketTransport)
#include "tst_websockettransport.moc"
