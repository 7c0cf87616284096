// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/transportconformancetest.h>

#include <banter/itransport.h>
#include <banter/listener.h>
#include <banter/pluginregistry.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace Banter {

namespace {

// How long a case waits for what a loopback connection does at once; generous, so that a
// loaded machine (a sanitizer build, a busy CI) does not fail a correct transport.
constexpr int waitMs = 20000;

QString describe(const QList<Connection::State> &states)
{
    QStringList names;
    for (Connection::State state : states)
        names.append(QString::number(int(state)));
    return names.join(u',');
}

} // namespace

TransportConformanceTest::TransportConformanceTest(ITransport *transport, const QUrl &listenUrl,
                                                   Capabilities capabilities, QObject *parent)
    : QObject(parent), m_transport(transport), m_listenUrl(listenUrl), m_capabilities(capabilities)
{}

TransportConformanceTest::~TransportConformanceTest() = default;

int TransportConformanceTest::run(int argc, char **argv, const QString &scheme,
                                  const QUrl &listenUrl, Capabilities capabilities)
{
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, argv);
    PluginRegistry registry;
    registry.scan();
    ITransport *transport = registry.transport(scheme);
    if (!transport) {
        qWarning("no transport for \"%s\": %s", qUtf8Printable(scheme),
                 qUtf8Printable(registry.errorString()));
        return 1;
    }
    TransportConformanceTest test(transport, listenUrl, capabilities);
    return QTest::qExec(&test, argc, argv);
}

void TransportConformanceTest::init()
{
    m_clientStates.clear();
}

void TransportConformanceTest::cleanup()
{
    delete m_client;
    delete m_server;
    delete m_listener;
}

bool TransportConformanceTest::openPair()
{
    if (isClientOnly()) {
        m_client = m_transport->createConnection(this);
        connect(m_client, &Connection::stateChanged, this,
                [this](Connection::State state) { m_clientStates.append(state); });
        m_client->open(m_listenUrl);
        return QTest::qWaitFor([this] { return m_client && m_client->isOpen(); }, waitMs);
    }
    m_listener = m_transport->createListener(this);
    if (!m_listener) {
        qWarning("the transport creates no listener: the kit needs one to talk to");
        return false;
    }
    if (!m_listener->listen(m_listenUrl)) {
        qWarning("cannot listen on %s: %s", qUtf8Printable(m_listenUrl.toString()),
                 qUtf8Printable(m_listener->errorString()));
        return false;
    }
    connect(m_listener, &Listener::newConnection, this,
            [this](Connection *connection) { m_server = connection; });
    m_client = m_transport->createConnection(this);
    connect(m_client, &Connection::stateChanged, this,
            [this](Connection::State state) { m_clientStates.append(state); });
    m_client->open(m_listener->url());
    return QTest::qWaitFor(
        [this] { return m_client && m_client->isOpen() && m_server && m_server->isOpen(); },
        waitMs);
}

Connection *TransportConformanceTest::receiver() const
{
    return isClientOnly() ? m_client.data() : m_server.data();
}

bool TransportConformanceTest::checkNoListener()
{
    if (!isClientOnly())
        return false;
    std::unique_ptr<Listener> listener(m_transport->createListener());
    if (listener)
        qWarning("a transport declared client-only creates a listener");
    return !listener;
}

void TransportConformanceTest::opensThroughConnectingToOpen()
{
    QVERIFY(openPair());
    // Every change is signalled once, in order, and the state getter agrees with the signal.
    const QList<Connection::State> expected{Connection::State::Connecting, Connection::State::Open};
    QVERIFY2(m_clientStates == expected, qPrintable(describe(m_clientStates)));
    QCOMPARE(m_client->state(), Connection::State::Open);
    QCOMPARE(m_client->url(), isClientOnly() ? m_listenUrl : m_listener->url());
    QVERIFY2(m_client->errorString().isEmpty(), qPrintable(m_client->errorString()));
}

void TransportConformanceTest::listenerTellsThePortItBound()
{
    if (isClientOnly()) {
        QVERIFY(checkNoListener());
        return;
    }
    QVERIFY(openPair());
    QVERIFY(m_listener->isListening());
    QCOMPARE(m_listener->url().scheme(), m_listenUrl.scheme());
    if (m_listenUrl.port() == 0)
        QVERIFY2(m_listener->url().port() > 0, qPrintable(m_listener->url().toString()));
    m_listener->close();
    QVERIFY(!m_listener->isListening());
}

void TransportConformanceTest::textTravelsBothWays_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("ascii") << QStringLiteral("hello");
    QTest::newRow("non-ascii") << QStringLiteral("héllo wörld ✓ 日本語 🙂");
    QTest::newRow("64 KiB") << QString(64 * 1024, u'x');
}

void TransportConformanceTest::textTravelsBothWays()
{
    QFETCH(QString, message);
    QVERIFY(openPair());
    QSignalSpy atServer(receiver(), &Connection::textReceived);
    QSignalSpy atClient(m_client.data(), &Connection::textReceived);
    QVERIFY(m_client->sendText(message));
    QTRY_COMPARE_WITH_TIMEOUT(atServer.size(), 1, waitMs);
    QCOMPARE(atServer.at(0).at(0).toString(), message);
    if (!isClientOnly()) { // through the echo, the client has already received it
        QVERIFY(m_server->sendText(message));
        QTRY_COMPARE_WITH_TIMEOUT(atClient.size(), 1, waitMs);
        QCOMPARE(atClient.at(0).at(0).toString(), message);
    }

    // Two in a row arrive as two messages, in order.
    QVERIFY(m_client->sendText(QStringLiteral("one")));
    QVERIFY(m_client->sendText(QStringLiteral("two")));
    QTRY_COMPARE_WITH_TIMEOUT(atServer.size(), 3, waitMs);
    QCOMPARE(atServer.at(1).at(0).toString(), QStringLiteral("one"));
    QCOMPARE(atServer.at(2).at(0).toString(), QStringLiteral("two"));
}

void TransportConformanceTest::binaryTravelsBothWaysOrIsRefused()
{
    QVERIFY(openPair());
    const QByteArray bytes = QByteArray::fromHex("00010aff0d0a7f80");
    QSignalSpy atServer(receiver(), &Connection::binaryReceived);
    QSignalSpy atClient(m_client.data(), &Connection::binaryReceived);
    if (!m_capabilities.testFlag(Capability::Binary)) {
        // Refused, not mangled into text, and the connection stays usable.
        QVERIFY(!m_client->sendBinary(bytes));
        QVERIFY(m_client->isOpen());
        QSignalSpy text(receiver(), &Connection::textReceived);
        QVERIFY(m_client->sendText(QStringLiteral("still here")));
        QTRY_COMPARE_WITH_TIMEOUT(text.size(), 1, waitMs);
        QCOMPARE(atServer.size(), 0);
        return;
    }
    QVERIFY(m_client->sendBinary(bytes));
    QTRY_COMPARE_WITH_TIMEOUT(atServer.size(), 1, waitMs);
    QCOMPARE(atServer.at(0).at(0).toByteArray(), bytes);
    if (isClientOnly())
        return;
    QVERIFY(m_server->sendBinary(bytes));
    QTRY_COMPARE_WITH_TIMEOUT(atClient.size(), 1, waitMs);
    QCOMPARE(atClient.at(0).at(0).toByteArray(), bytes);
}

void TransportConformanceTest::closeReachesThePeer_data()
{
    QTest::addColumn<bool>("fromClient");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("client closes, 1000")
        << true << int(Connection::CloseCode::Normal) << QStringLiteral("bye");
    if (!isClientOnly()) { // the echoing peer cannot be told to close
        QTest::newRow("server closes, 1001")
            << false << int(Connection::CloseCode::GoingAway) << QStringLiteral("shutting down");
    }
}

void TransportConformanceTest::closeReachesThePeer()
{
    QFETCH(bool, fromClient);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QVERIFY(openPair());
    if (isClientOnly()) {
        QSignalSpy errors(m_client.data(), &Connection::errorOccurred);
        m_client->close(Connection::CloseCode(code), reason);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), Connection::State::Closed, waitMs);
        QCOMPARE(errors.size(), 0); // a close the client asked for is no error
        QVERIFY(!m_client->sendText(QStringLiteral("late")));
        return;
    }
    Connection *closer = fromClient ? m_client.data() : m_server.data();
    Connection *peer = fromClient ? m_server.data() : m_client.data();
    QSignalSpy peerStates(peer, &Connection::stateChanged);
    closer->close(Connection::CloseCode(code), reason);
    QTRY_COMPARE_WITH_TIMEOUT(peer->state(), Connection::State::Closed, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(closer->state(), Connection::State::Closed, waitMs);
    QCOMPARE(peerStates.last().at(0).value<Connection::State>(), Connection::State::Closed);
    if (m_capabilities.testFlag(Capability::CloseCodes)) {
        QCOMPARE(peer->closeCode(), code);
        QCOMPARE(peer->closeReason(), reason);
    }
    // Closed is final: sending is refused from now on.
    QVERIFY(!closer->sendText(QStringLiteral("late")));
    QVERIFY(!peer->sendText(QStringLiteral("late")));
}

void TransportConformanceTest::refusedConnectIsReportedAsAnError()
{
    // A port that was just served and is no longer: nobody listens there.
    QUrl url;
    if (isClientOnly()) {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost, 0));
        url = m_listenUrl;
        url.setPort(gone.serverPort());
        gone.close();
    } else {
        QVERIFY(openPair());
        url = m_listener->url();
        delete m_client;
        delete m_server;
        delete m_listener;
    }

    std::unique_ptr<Connection> connection(m_transport->createConnection());
    QSignalSpy errors(connection.get(), &Connection::errorOccurred);
    QSignalSpy states(connection.get(), &Connection::stateChanged);
    connection->open(url);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Closed, waitMs);
    QVERIFY(errors.size() >= 1);
    QVERIFY(!errors.first().at(0).toString().isEmpty());
    QCOMPARE(connection->errorString(), errors.last().at(0).toString());
    for (const QList<QVariant> &change : states)
        QVERIFY(change.at(0).value<Connection::State>() != Connection::State::Open);
}

void TransportConformanceTest::abortWhileConnectingEndsClosed()
{
    QVERIFY(openPair());
    std::unique_ptr<Connection> connection(m_transport->createConnection());
    QSignalSpy states(connection.get(), &Connection::stateChanged);
    connection->open(isClientOnly() ? m_listenUrl : m_listener->url());
    connection->abort();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), Connection::State::Closed, waitMs);
    // Nothing after the end: let the event loop deliver whatever the transport still had queued.
    QCoreApplication::processEvents();
    QCOMPARE(connection->state(), Connection::State::Closed);
    QVERIFY(!connection->sendText(QStringLiteral("after abort")));
}

void TransportConformanceTest::closingTwiceClosesOnce()
{
    QVERIFY(openPair());
    m_client->close();
    m_client->close();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), Connection::State::Closed, waitMs);
    if (!isClientOnly())
        QTRY_COMPARE_WITH_TIMEOUT(m_server->state(), Connection::State::Closed, waitMs);
    m_client->close();
    QCOMPARE(m_clientStates.count(Connection::State::Closed), 1);
    for (int i = 1; i < m_clientStates.size(); ++i)
        QVERIFY2(m_clientStates.at(i) != m_clientStates.at(i - 1),
                 qPrintable(describe(m_clientStates)));
}

void TransportConformanceTest::deletingAnOpenConnectionClosesThePeer()
{
    QVERIFY(openPair());
    if (isClientOnly()) {
        // The echoing peer cannot be watched: the connection must at least go away cleanly
        // (a sanitizer build catches what it leaves behind), and a new one still opens.
        delete m_client;
        QCoreApplication::processEvents();
        QVERIFY(openPair());
        return;
    }
    delete m_client;
    QTRY_COMPARE_WITH_TIMEOUT(m_server->state(), Connection::State::Closed, waitMs);
}

void TransportConformanceTest::sendingWhileNotOpenIsRefused()
{
    std::unique_ptr<Connection> connection(m_transport->createConnection());
    QSignalSpy states(connection.get(), &Connection::stateChanged);
    QCOMPARE(connection->state(), Connection::State::Closed);
    QVERIFY(!connection->sendText(QStringLiteral("too early")));
    QVERIFY(!connection->sendBinary(QByteArrayLiteral("too early")));
    QVERIFY(!connection->ping());
    QCOMPARE(connection->bytesToWrite(), 0);
    connection->close();
    connection->abort();
    QCOMPARE(connection->state(), Connection::State::Closed);
    QCOMPARE(states.size(), 0);
}

void TransportConformanceTest::listeningTwiceOnOnePortFailsInWords()
{
    if (isClientOnly()) {
        QVERIFY(checkNoListener());
        return;
    }
    QVERIFY(openPair());
    std::unique_ptr<Listener> second(m_transport->createListener());
    QVERIFY(!second->listen(m_listener->url()));
    QCOMPARE(second->error(), Listener::Error::AddressInUse);
    QVERIFY(!second->errorString().isEmpty());
    QVERIFY(!second->isListening());
}

} // namespace Banter
