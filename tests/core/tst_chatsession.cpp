// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatlines.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/connection.h>
#include <banter/itransport.h>
#include <banter/listener.h>
#include <banter/localization.h>
#include <banter/pluginregistry.h>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Banter;
using namespace std::chrono_literals;

namespace {

// A WebSocket server, from the real transport plugin, that records every text it receives
// across restarts on the same port.
class RecordingServer : public QObject
{
    Q_OBJECT

public:
    explicit RecordingServer(ITransport *transport) : m_transport(transport) {}

    bool start(quint16 port = 0)
    {
        m_listener = m_transport->createListener(this);
        QUrl url(QStringLiteral("ws://127.0.0.1"));
        url.setPort(port);
        if (!m_listener->listen(url))
            return false;
        connect(m_listener, &Listener::newConnection, this, [this](Connection *connection) {
            m_connections.append(connection);
            connect(connection, &Connection::textReceived, this,
                    [this](const QString &text) { received.append(text); });
        });
        return true;
    }

    // A graceful restart: every client gets a close frame, then the listener goes away.
    void stop(Connection::CloseCode code = Connection::CloseCode::GoingAway,
              const QString &reason = QStringLiteral("server restarting"))
    {
        for (Connection *connection : std::as_const(m_connections)) {
            if (connection)
                connection->close(code, reason);
        }
        m_connections.clear();
        delete m_listener;
    }

    quint16 port() const { return quint16(m_listener->url().port()); }
    QUrl url() const { return m_listener->url(); }

    QStringList received;

private:
    ITransport *m_transport;
    QPointer<Listener> m_listener;
    QList<QPointer<Connection>> m_connections;
};

// A loopback TCP relay that can stop forwarding without closing anything: a peer that went
// silent (a dead route, a frozen server) rather than one that went away.
class SilentRelay : public QObject
{
    Q_OBJECT

public:
    bool start(quint16 targetPort)
    {
        m_targetPort = targetPort;
        connect(&m_server, &QTcpServer::newConnection, this, &SilentRelay::accept);
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

    bool isForwarding = true;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            pipe(client, upstream);
            pipe(upstream, client);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }
    void pipe(QTcpSocket *from, QTcpSocket *to)
    {
        connect(from, &QTcpSocket::readyRead, this, [this, from, to] {
            const QByteArray data = from->readAll();
            if (isForwarding)
                to->write(data);
        });
    }

    QTcpServer m_server;
    quint16 m_targetPort = 0;
};

} // namespace

class tst_ChatSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deliversEveryMessageOnceAndInOrderAcrossTwentyRestarts();
    void showsReconnectStatusOncePerAttempt();
    void showsCloseCodeAndReasonInWords();
    void heartbeatDetectsAPeerThatStoppedAnswering();
    void openTimeoutGivesUpOnABlackHole();
    void keepsUnsentMessagesAcrossRestartsOfBanter();
    void reportsAnUnreadableOutboxFileAndKeepsIt();
    void cancelledMessageIsNeverSent();
    void closeByTheUserStopsRetrying();

private:
    QStringList lines() const;
    ChatSession::Settings fastSettings() const;
    QUrl closedPortUrl() const;

    PluginRegistry m_registry;
    ITransport *m_transport = nullptr;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatSession> m_session;
};

QStringList tst_ChatSession::lines() const
{
    return chatLines(*m_model);
}

ChatSession::Settings tst_ChatSession::fastSettings() const
{
    ChatSession::Settings settings;
    settings.reconnect.initial = 10ms;
    settings.reconnect.maximum = 80ms;
    settings.openTimeout = 5s;
    settings.heartbeatInterval = 0ms;
    settings.heartbeatTimeout = 5s;
    return settings;
}

QUrl tst_ChatSession::closedPortUrl() const
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    QUrl url(QStringLiteral("ws://127.0.0.1"));
    url.setPort(probe.serverPort());
    return url;
}

void tst_ChatSession::initTestCase()
{
    // What the user reads, English plurals included (the program installs them the same way).
    Localization::install(QLocale(QLocale::English), Localization::baseCatalogs()
                                                         << QStringLiteral("banterclient"));
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    m_transport = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(m_transport, qPrintable(m_registry.errorString()));
}

void tst_ChatSession::init()
{
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    m_session->setSettings(fastSettings());
}

void tst_ChatSession::cleanup()
{
    m_session.reset();
    m_model.reset();
}

void tst_ChatSession::deliversEveryMessageOnceAndInOrderAcrossTwentyRestarts()
{
    RecordingServer server(m_transport);
    QVERIFY(server.start());
    const quint16 port = server.port();
    m_session->open(server.url());

    // The driver types a message every few milliseconds, whatever the connection is doing.
    int typed = 0;
    QTimer driver;
    driver.setInterval(2);
    connect(&driver, &QTimer::timeout, this,
            [&] { QVERIFY(m_session->sendText(QStringLiteral("m%1").arg(++typed))); });
    driver.start();

    for (int restart = 0; restart < 20; ++restart) {
        QTRY_COMPARE(m_session->state(), Connection::State::Open);
        const int before = int(server.received.size());
        QTRY_VERIFY(server.received.size() >= before + 5);
        server.stop();
        QTRY_COMPARE(m_session->state(), Connection::State::Closed);
        QVERIFY(server.start(port));
    }
    driver.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxCount(), 0, 20000);

    QStringList expected;
    for (int i = 1; i <= typed; ++i)
        expected.append(QStringLiteral("m%1").arg(i));
    QCOMPARE(server.received, expected);
    QVERIFY(typed > 100);
    const QStringList sentRows = lines().filter(QRegularExpression(QStringLiteral("^> ")));
    QCOMPARE(sentRows.size(), typed);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row).data(ChatModel::KindRole).value<ChatModel::Kind>() ==
            ChatModel::Kind::Sent) {
            QCOMPARE(m_model->index(row).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
                     ChatModel::Delivery::Delivered);
        }
    }
}

void tst_ChatSession::showsReconnectStatusOncePerAttempt()
{
    m_session->setRandomSource([] { return 0.5; });
    auto settings = fastSettings();
    settings.reconnect.initial = 40ms;
    settings.reconnect.maximum = 80ms;
    m_session->setSettings(settings);
    QSignalSpy scheduled(m_session.get(), &ChatSession::reconnectScheduled);
    m_session->open(closedPortUrl());
    QTRY_VERIFY(scheduled.size() >= 3);
    m_session->close();
    const QStringList reconnecting =
        lines().filter(QRegularExpression(QStringLiteral("^# reconnecting in ")));
    QCOMPARE(reconnecting.size(), int(scheduled.size()));
    QCOMPARE(reconnecting.at(0), QStringLiteral("# reconnecting in 0 s (attempt 1)"));
    QCOMPARE(reconnecting.at(1),
             QStringLiteral("# reconnecting in 0.1 s (attempt 2; last error: Connection refused)"));
    QCOMPARE(reconnecting.at(2),
             QStringLiteral("# reconnecting in 0.1 s (attempt 3; last error: Connection refused)"));
    // Not a flood: the first failure is told like the reference client tells it, each retry
    // after it adds one line.
    QCOMPARE(lines().filter(QStringLiteral("# socket error ")).size(), 1);
    QCOMPARE(lines().filter(QStringLiteral("# socket closed")).size(), 1);
    QCOMPARE(lines().size(), 2 + int(scheduled.size()));
}

void tst_ChatSession::showsCloseCodeAndReasonInWords()
{
    RecordingServer server(m_transport);
    QVERIFY(server.start());
    m_session->open(server.url());
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    server.stop(Connection::CloseCode::GoingAway, QStringLiteral("server shutting down"));
    QTRY_VERIFY(
        lines().contains(QStringLiteral("# socket closed (1001 going away: %1)")
                             .arg(ChatModel::isolated(QStringLiteral("server shutting down")))));
    QCOMPARE(ChatSession::describeClose(1009, QString()), QStringLiteral("1009 message too big"));
    QCOMPARE(ChatSession::describeClose(4000, QStringLiteral("x")),
             QStringLiteral("4000 application code: ") + ChatModel::isolated(QStringLiteral("x")));
}

void tst_ChatSession::heartbeatDetectsAPeerThatStoppedAnswering()
{
    RecordingServer server(m_transport);
    QVERIFY(server.start());
    SilentRelay relay;
    QVERIFY(relay.start(server.port()));
    auto settings = fastSettings();
    settings.heartbeatInterval = 100ms;
    settings.heartbeatTimeout = 200ms;
    m_session->setSettings(settings);
    QSignalSpy roundTrips(m_session.get(), &ChatSession::roundTripMeasured);

    QUrl url(QStringLiteral("ws://127.0.0.1"));
    url.setPort(relay.port());
    m_session->open(url);
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    QTRY_VERIFY(roundTrips.size() >= 2); // the heartbeat works while the relay forwards

    relay.isForwarding = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        lines().contains(QStringLiteral(
            "# the server did not answer a ping within 0.2 s: the connection is dead")),
        10000);
    QTRY_VERIFY(lines().filter(QStringLiteral("# reconnecting in")).size() >= 1);

    relay.isForwarding = true;
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Open, 10000);
}

void tst_ChatSession::openTimeoutGivesUpOnABlackHole()
{
    // Accepts TCP connections and never answers the WebSocket handshake.
    QTcpServer blackHole;
    QVERIFY(blackHole.listen(QHostAddress::LocalHost));
    auto settings = fastSettings();
    settings.openTimeout = 200ms;
    m_session->setSettings(settings);
    QUrl url(QStringLiteral("ws://127.0.0.1"));
    url.setPort(blackHole.serverPort());
    m_session->open(url);
    QTRY_VERIFY_WITH_TIMEOUT(
        lines().contains(QStringLiteral("# no connection after 0.2 s: giving up on this attempt")),
        10000);
    QTRY_VERIFY(lines().filter(QStringLiteral("# reconnecting in")).size() >= 1);
}

void tst_ChatSession::keepsUnsentMessagesAcrossRestartsOfBanter()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("data/outbox.json"));

    QVERIFY(m_session->setOutboxFile(file));
    m_session->open(closedPortUrl());
    for (const QString &text :
         {QStringLiteral("one"), QStringLiteral("zwei 👋"), QStringLiteral("three")})
        QVERIFY(m_session->sendText(text));
    QVERIFY(m_session->sendBinary(QByteArray::fromHex("00ff")));
    QCOMPARE(m_session->outboxCount(), 4);
    QTRY_VERIFY(QFile::exists(file));
    m_session.reset(); // Banter quits

    // Banter starts again: the messages are back as pending rows, and go out once connected.
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    m_session->setSettings(fastSettings());
    QVERIFY(m_session->setOutboxFile(file));
    QCOMPARE(m_session->outboxCount(), 4);
    QTRY_VERIFY(lines().contains(
        QStringLiteral("# 4 unsent messages from the last session will be sent once connected")));
    QVERIFY(lines().contains(QStringLiteral("> zwei 👋")));

    RecordingServer server(m_transport);
    QVERIFY(server.start());
    m_session->open(server.url());
    QTRY_COMPARE(m_session->outboxCount(), 0);
    QCOMPARE(server.received, QStringList({QStringLiteral("one"), QStringLiteral("zwei 👋"),
                                           QStringLiteral("three")}));
    QTRY_VERIFY(!QFile::exists(file)); // nothing left to keep
}

void tst_ChatSession::reportsAnUnreadableOutboxFileAndKeepsIt()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("outbox.json"));
    QFile garbage(file);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ this is not an outbox");
    garbage.close();

    QVERIFY(!m_session->setOutboxFile(file));
    QTRY_COMPARE(lines().size(), 1);
    QVERIFY2(lines().first().startsWith(QStringLiteral("# the unsent messages in ")),
             qPrintable(lines().first()));
    QVERIFY(lines().first().contains(QStringLiteral("not an outbox file")));

    // The session still works and saves beside the unreadable file, which it leaves alone.
    m_session->open(closedPortUrl());
    QVERIFY(m_session->sendText(QStringLiteral("still here")));
    QTRY_VERIFY(QFile::exists(file + QStringLiteral(".new")));
    QVERIFY(garbage.open(QIODevice::ReadOnly));
    QCOMPARE(garbage.readAll(), QByteArray("{ this is not an outbox"));
}

void tst_ChatSession::cancelledMessageIsNeverSent()
{
    m_session->open(closedPortUrl());
    QVERIFY(m_session->sendText(QStringLiteral("keep")));
    QVERIFY(m_session->sendText(QStringLiteral("take back")));
    m_model->flush();
    const int row = m_model->rowCount() - 1;
    QVERIFY(m_session->cancel(row));
    QVERIFY(!m_session->cancel(row));
    QCOMPARE(m_model->index(row).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
             ChatModel::Delivery::Cancelled);

    RecordingServer server(m_transport);
    QVERIFY(server.start());
    m_session->open(server.url());
    QTRY_COMPARE(m_session->outboxCount(), 0);
    QCOMPARE(server.received, QStringList({QStringLiteral("keep")}));
}

void tst_ChatSession::closeByTheUserStopsRetrying()
{
    RecordingServer server(m_transport);
    QVERIFY(server.start());
    m_session->open(server.url());
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    m_session->close();
    QTRY_COMPARE(m_session->state(), Connection::State::Closed);
    QVERIFY(!m_session->isReconnectPending());
    QVERIFY(lines().filter(QStringLiteral("# reconnecting")).isEmpty());
    m_session->reconnectNow();
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
}

QTEST_GUILESS_MAIN(tst_ChatSession)
#include "tst_chatsession.moc"
