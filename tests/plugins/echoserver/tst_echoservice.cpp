// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connection.h>
#include <heaptrimmer.h>
#include <banter/itransport.h>
#include <banter/pluginregistry.h>
#include <serverhost.h>

#include <QHostAddress>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <vector>

using Banter::Connection;
using Banter::Listener;
using Banter::ServerHost;
using State = Banter::Connection::State;

namespace {

const QString greeting = QStringLiteral("T:Welcome to Awesome Chat");
const QUrl anyLocalPort(QStringLiteral("ws://127.0.0.1:0"));

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

// The echo service says so once per client, at info level.
void expectClientsConnected(int count)
{
    for (int i = 0; i < count; ++i)
        QTest::ignoreMessage(QtInfoMsg, "client connected");
}

} // namespace

class tst_EchoService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void greetingArrivesFirstThenEchoes();
    void echoKeepsTheMessageAndItsKind_data();
    void echoKeepsTheMessageAndItsKind();
    void manyClientsEachGetTheirOwnEchoes();
    void connectionCountFollowsClients();
    void memoryGoesBackOnceTheLastClientHasLeft();
    void stopClosesEveryClient();
    void startFails_data();
    void startFails();

private:
    Connection *connectClient(const QUrl &url);

    Banter::PluginRegistry m_registry;
    Banter::ITransport *m_transport = nullptr;
    std::unique_ptr<QObject> m_scope; // owns what one test creates
};

void tst_EchoService::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    m_transport = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(m_transport, qPrintable(m_registry.errorString()));
}

void tst_EchoService::init()
{
    m_scope = std::make_unique<QObject>();
    // Only the messages a test expects.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_EchoService::cleanup()
{
    m_scope.reset();
}

Connection *tst_EchoService::connectClient(const QUrl &url)
{
    Connection *client = m_transport->createConnection(m_scope.get());
    client->open(url);
    return client;
}

void tst_EchoService::greetingArrivesFirstThenEchoes()
{
    ServerHost host(&m_registry);
    QVERIFY2(host.start(anyLocalPort, QStringLiteral("echo")), qPrintable(host.errorString()));
    QVERIFY(host.isRunning());
    QCOMPARE(host.error(), Listener::Error::NoError);
    QVERIFY(host.url().port() > 0);

    expectClientsConnected(1);
    Connection *client = m_transport->createConnection(m_scope.get());
    const auto received = recordMessages(client);
    // Speak at once: the greeting still comes first.
    connect(client, &Connection::stateChanged, client, [client](State state) {
        if (state == State::Open)
            client->sendText(QStringLiteral("first"));
    });
    client->open(host.url());

    QTRY_COMPARE(received->size(), 2);
    QCOMPARE(*received, QStringList({greeting, QStringLiteral("T:first")}));

    QVERIFY(client->sendText(QStringLiteral("hello")));
    QVERIFY(client->sendText(QStringLiteral("world")));
    QTRY_COMPARE(received->size(), 4);
    QCOMPARE(*received, QStringList({greeting, QStringLiteral("T:first"), QStringLiteral("T:hello"),
                                     QStringLiteral("T:world")}));
}

void tst_EchoService::echoKeepsTheMessageAndItsKind_data()
{
    QTest::addColumn<bool>("isBinary");
    QTest::addColumn<QByteArray>("payload"); // UTF-8 for a text

    QTest::newRow("text") << false << QByteArray("hello");
    QTest::newRow("binary") << true << QByteArray::fromHex("000102fffe0a0d");
    QTest::newRow("binary that is valid UTF-8") << true << QByteArray("hello");
    QTest::newRow("text of binary-looking characters") << false << QByteArray("\x01\x02\x7f");
    QTest::newRow("empty text") << false << QByteArray();
    QTest::newRow("empty binary") << true << QByteArray();
    QTest::newRow("unicode text") << false << QStringLiteral("😀 שלום 你好").toUtf8();
    QTest::newRow("1 MiB text") << false << QStringLiteral("€").repeated(349526).toUtf8();
    QTest::newRow("1 MiB binary") << true << QByteArray(1024 * 1024, '\xfe');
}

void tst_EchoService::echoKeepsTheMessageAndItsKind()
{
    QFETCH(bool, isBinary);
    QFETCH(QByteArray, payload);
    ServerHost host(&m_registry);
    QVERIFY2(host.start(anyLocalPort), qPrintable(host.errorString()));
    expectClientsConnected(1);
    Connection *client = connectClient(host.url());
    QSignalSpy texts(client, &Connection::textReceived);
    QSignalSpy binaries(client, &Connection::binaryReceived);
    QTRY_COMPARE(texts.count(), 1); // the greeting
    QVERIFY(client->isOpen());

    if (isBinary) {
        QVERIFY(client->sendBinary(payload));
        QTRY_COMPARE(binaries.count(), 1);
        QVERIFY(binaries.at(0).at(0).toByteArray() == payload);
        QCOMPARE(texts.count(), 1);
    } else {
        const QString text = QString::fromUtf8(payload);
        QVERIFY(client->sendText(text));
        QTRY_COMPARE(texts.count(), 2);
        QVERIFY(texts.at(1).at(0).toString() == text);
        QCOMPARE(binaries.count(), 0);
    }
}

void tst_EchoService::manyClientsEachGetTheirOwnEchoes()
{
    constexpr int clientCount = 50;
    ServerHost host(&m_registry);
    QVERIFY2(host.start(anyLocalPort), qPrintable(host.errorString()));
    QSignalSpy counts(&host, &ServerHost::connectionCountChanged);
    expectClientsConnected(clientCount);

    // Each client sends its own messages as soon as it is open, all at the same time.
    std::vector<Connection *> clients;
    std::vector<std::shared_ptr<QStringList>> received;
    std::vector<QStringList> expected;
    for (int i = 0; i < clientCount; ++i) {
        Connection *client = m_transport->createConnection(m_scope.get());
        QStringList mine = {greeting};
        for (int j = 0; j < 5; ++j)
            mine.append(QStringLiteral("T:client %1 message %2").arg(i).arg(j));
        const QByteArray bytes = QByteArray::number(i) + '\0' + QByteArray::number(i);
        mine.append(QLatin1String("B:") + QString::fromLatin1(bytes.toHex()));
        connect(client, &Connection::stateChanged, client, [client, i, bytes](State state) {
            if (state != State::Open)
                return;
            for (int j = 0; j < 5; ++j)
                client->sendText(QStringLiteral("client %1 message %2").arg(i).arg(j));
            client->sendBinary(bytes);
        });
        received.push_back(recordMessages(client));
        expected.push_back(mine);
        clients.push_back(client);
    }
    for (Connection *client : clients)
        client->open(host.url());

    QTRY_COMPARE(host.connectionCount(), clientCount);
    for (int i = 0; i < clientCount; ++i) {
        QTRY_COMPARE(received[size_t(i)]->size(), expected[size_t(i)].size());
        QCOMPARE(*received[size_t(i)], expected[size_t(i)]);
    }

    for (Connection *client : clients)
        client->close();
    QTRY_COMPARE(host.connectionCount(), 0);
    QCOMPARE(counts.count(), 2 * clientCount);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    // Nothing more arrived anywhere.
    for (int i = 0; i < clientCount; ++i)
        QCOMPARE(*received[size_t(i)], expected[size_t(i)]);
}

void tst_EchoService::connectionCountFollowsClients()
{
    ServerHost host(&m_registry);
    QVERIFY2(host.start(anyLocalPort), qPrintable(host.errorString()));
    QCOMPARE(host.connectionCount(), 0);
    QSignalSpy counts(&host, &ServerHost::connectionCountChanged);

    expectClientsConnected(3);
    Connection *closing = connectClient(host.url());
    Connection *aborting = connectClient(host.url());
    Connection *deleted = connectClient(host.url());
    QTRY_COMPARE(host.connectionCount(), 3);

    // A clean close, a dropped TCP connection and a client that just vanishes all count down.
    closing->close();
    QTRY_COMPARE(host.connectionCount(), 2);
    aborting->abort();
    QTRY_COMPARE(host.connectionCount(), 1);
    delete deleted;
    QTRY_COMPARE(host.connectionCount(), 0);

    QList<int> values;
    for (const QList<QVariant> &arguments : std::as_const(counts))
        values.append(arguments.at(0).toInt());
    QCOMPARE(values, QList<int>({1, 2, 3, 2, 1, 0}));
    QVERIFY(host.isRunning());

    // And the server still serves.
    expectClientsConnected(1);
    Connection *again = connectClient(host.url());
    const auto received = recordMessages(again);
    QTRY_COMPARE(*received, QStringList({greeting}));
    QCOMPARE(host.connectionCount(), 1);
}

void tst_EchoService::memoryGoesBackOnceTheLastClientHasLeft()
{
    if (!Banter::HeapTrimmer::trim())
        QSKIP("this C library cannot return freed memory");
    ServerHost host(&m_registry);
    // A policy for long-running servers: off until asked for.
    QVERIFY(!host.trimsHeap());
    QVERIFY(!host.findChild<Banter::HeapTrimmer *>());
    host.setTrimsHeap(true);
    auto *trimmer = host.findChild<Banter::HeapTrimmer *>(QStringLiteral("heapTrimmer"));
    QVERIFY(trimmer);
    trimmer->setDelay(std::chrono::milliseconds(50));
    QSignalSpy trimmed(trimmer, &Banter::HeapTrimmer::trimmed);
    QVERIFY2(host.start(anyLocalPort), qPrintable(host.errorString()));

    expectClientsConnected(2);
    Connection *first = connectClient(host.url());
    Connection *second = connectClient(host.url());
    QTRY_COMPARE(host.connectionCount(), 2);
    first->close();
    QTRY_COMPARE(host.connectionCount(), 1);
    QTest::qWait(200);
    QCOMPARE(trimmed.count(), 0);

    second->close();
    QTRY_COMPARE(host.connectionCount(), 0);
    QTRY_COMPARE(trimmed.count(), 1);
}

void tst_EchoService::stopClosesEveryClient()
{
    ServerHost host(&m_registry);
    QVERIFY2(host.start(anyLocalPort), qPrintable(host.errorString()));
    const QUrl url = host.url();
    expectClientsConnected(2);
    Connection *first = connectClient(url);
    Connection *second = connectClient(url);
    QTRY_COMPARE(host.connectionCount(), 2);

    host.stop();

    QVERIFY(!host.isRunning());
    QCOMPARE(host.url(), QUrl());
    QCOMPARE(host.connectionCount(), 0);
    QTRY_COMPARE(first->state(), State::Closed);
    QTRY_COMPARE(second->state(), State::Closed);
    // They were told why.
    QCOMPARE(first->closeCode(), int(Connection::CloseCode::GoingAway));
    QCOMPARE(second->closeCode(), int(Connection::CloseCode::GoingAway));

    Connection *late = m_transport->createConnection(m_scope.get());
    QSignalSpy errors(late, &Connection::errorOccurred);
    late->open(url);
    QTRY_COMPARE(errors.count(), 1);
}

void tst_EchoService::startFails_data()
{
    // "%1" stands for a port that is in use.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("service");
    QTest::addColumn<Listener::Error>("error");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("unknown service")
        << QStringLiteral("ws://127.0.0.1:0") << QStringLiteral("karaoke")
        << Listener::Error::OtherError
        << QStringList({QStringLiteral("\"karaoke\""), QStringLiteral("echo")});
    QTest::newRow("unknown scheme")
        << QStringLiteral("foo://127.0.0.1:0") << QStringLiteral("echo")
        << Listener::Error::UnsupportedUrl
        << QStringList({QStringLiteral("\"foo\""), QStringLiteral("ws, wss")});
    QTest::newRow("port in use") << QStringLiteral("ws://127.0.0.1:%1") << QStringLiteral("echo")
                                 << Listener::Error::AddressInUse
                                 << QStringList(
                                        {QStringLiteral("127.0.0.1:%1"), QStringLiteral("in use")});
    QTest::newRow("secure WebSocket")
        << QStringLiteral("wss://127.0.0.1:0") << QStringLiteral("echo")
        << Listener::Error::UnsupportedUrl << QStringList({QStringLiteral("wss://")});
    QTest::newRow("host name") << QStringLiteral("ws://example.com:0") << QStringLiteral("echo")
                               << Listener::Error::AddressNotAvailable
                               << QStringList({QStringLiteral("\"example.com\"")});
    QTest::newRow("no URL") << QString() << QStringLiteral("echo")
                            << Listener::Error::UnsupportedUrl
                            << QStringList({QStringLiteral("invalid URL")});
}

void tst_EchoService::startFails()
{
    QFETCH(QString, url);
    QFETCH(QString, service);
    QFETCH(Listener::Error, error);
    QFETCH(QStringList, words);
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());

    ServerHost host(&m_registry);
    if (url.contains(QLatin1String("%1")))
        url = url.arg(port);
    QVERIFY(!host.start(QUrl(url), service));
    QCOMPARE(host.error(), error);
    for (const QString &word : std::as_const(words)) {
        const QString expected = word.contains(QLatin1String("%1")) ? word.arg(port) : word;
        QVERIFY2(host.errorString().contains(expected), qPrintable(host.errorString()));
    }
    // Nothing is left running.
    QVERIFY(!host.isRunning());
    QCOMPARE(host.url(), QUrl());
    QCOMPARE(host.connectionCount(), 0);

    // A good start after a failed one works, and forgets the failure.
    QVERIFY2(host.start(anyLocalPort), qPrintable(host.errorString()));
    QCOMPARE(host.error(), Listener::Error::NoError);
    QCOMPARE(host.errorString(), QString());
    expectClientsConnected(1);
    const auto received = recordMessages(connectClient(host.url()));
    QTRY_COMPARE(*received, QStringList({greeting}));
}

QTEST_GUILESS_MAIN(tst_EchoService)
#include "tst_echoservice.moc"
