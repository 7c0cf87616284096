// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-server as an operator runs it: a storm of clients, a file descriptor limit too low,
// signals, counters, wss:// with a certificate made for the test, and command line mistakes.

#include "banterserverprocess.h"
#include "rawwebsocketclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

#include <sys/resource.h>

using Opcode = RawWebSocketClient::Opcode;

namespace {

constexpr char greeting[] = "Welcome to Awesome Chat";
constexpr int waitMs = 120000;

QRegularExpression line(const QString &pattern)
{
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

// The soft limit raised to the hard one, as banter-server does; returns the limit.
rlim_t raiseOwnFileLimit()
{
    rlimit limit = {};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

// Many clients that each wait for the greeting, send one message and wait for its echo.
class Crowd
{
public:
    Crowd(int size, quint16 port)
    {
        m_clients.reserve(size_t(size));
        for (int i = 0; i < size; ++i) {
            auto *client = new RawWebSocketClient(&m_owner);
            const QByteArray message = "hello " + QByteArray::number(i);
            QObject::connect(client, &RawWebSocketClient::messageReceived, client,
                             [this, client, message] {
                                 if (client->messages().size() == 1 &&
                                     client->texts().value(0) == QLatin1String(greeting)) {
                                     ++m_greeted;
                                     client->sendFrame(Opcode::Text, message);
                                 } else if (client->messages().size() == 2 &&
                                            client->messages().at(1).payload == message) {
                                     ++m_echoed;
                                     if (m_isLeavingWhenEchoed)
                                         client->closeNormally();
                                 }
                             });
            m_clients.push_back(client);
        }
        // All at once, before any of them gets an answer.
        for (RawWebSocketClient *client : m_clients)
            client->open(port);
    }

    // From now on, each client leaves once it has its echo; those that have it leave now.
    void leaveWhenEchoed()
    {
        m_isLeavingWhenEchoed = true;
        for (RawWebSocketClient *client : m_clients) {
            if (client->messages().size() == 2)
                client->closeNormally();
        }
    }

    int greeted() const { return m_greeted; }
    int echoed() const { return m_echoed; }
    const std::vector<RawWebSocketClient *> &clients() const { return m_clients; }
    int count(int closeCode) const
    {
        return int(std::count_if(m_clients.begin(), m_clients.end(),
                                 [closeCode](const RawWebSocketClient *client) {
                                     return client->closeCode() == closeCode;
                                 }));
    }

private:
    QObject m_owner; // of the clients, which go with the crowd
    std::vector<RawWebSocketClient *> m_clients;
    int m_greeted = 0;
    int m_echoed = 0;
    bool m_isLeavingWhenEchoed = false;
};

} // namespace

class tst_BanterServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stormOfClientsIsAcceptedGreetedAndEchoed();
    void tlsIsLoadedBeforeTheFirstClientEvenForWs();
    void signalClosesEveryClientWith1001AndExitsZero_data();
    void signalClosesEveryClientWith1001AndExitsZero();
    void countersArePrintedOnSigusr1AndAtAnInterval();
    void runningOutOfFileDescriptorsPausesAccepting();
    void wssServesWithACertificateMadeForTheTest_data();
    void wssServesWithACertificateMadeForTheTest();
    void badTlsFilesEndTheProgramWithAReason_data();
    void badTlsFilesEndTheProgramWithAReason();
    void badOptionsEndTheProgramWithAReason_data();
    void badOptionsEndTheProgramWithAReason();

private:
    // Writes a self-signed certificate for localhost and 127.0.0.1 and its key into m_dir.
    bool makeCertificate(const QString &keyType);

    rlim_t m_fileLimit = 0;
    std::unique_ptr<QObject> m_scope;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_BanterServer::initTestCase()
{
    m_fileLimit = raiseOwnFileLimit();
}

void tst_BanterServer::init()
{
    m_scope = std::make_unique<QObject>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_BanterServer::cleanup()
{
    m_scope.reset();
    m_dir.reset();
}

void tst_BanterServer::stormOfClientsIsAcceptedGreetedAndEchoed()
{
    // 5,000 at the same instant, or what this machine's file descriptors allow: this process
    // holds one per client, and so does the server.
    const int clients = int(std::min<rlim_t>(5000, m_fileLimit - 200));
    qInfo("a storm of %d clients (file descriptor limit %llu)", clients, qulonglong(m_fileLimit));
    // Debian's default soft limit: banter-server must raise it to serve them all.
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose")},
                 BanterServerProcess::FileLimit{1024, quint64(m_fileLimit)});
    const quint16 port = server.waitForPort();
    QVERIFY2(port > 0, qPrintable(server.describe()));
    QVERIFY(!server.waitForLine(line(QStringLiteral("open file limit raised from 1024 to \\d+")))
                 .isEmpty());

    Crowd crowd(clients, port);

    QTRY_COMPARE_WITH_TIMEOUT(crowd.echoed(), clients, waitMs);
    QCOMPARE(crowd.greeted(), clients);
    // All of them at once, and the server counted them all.
    const qsizetype from = server.outputLines().size();
    server.sendSignal(SIGUSR1);
    QVERIFY2(!server
                  .waitForLine(line(QStringLiteral("clients: %1 connected, %1 served, 0 "
                                                   "refused, 0 dropped; messages: %1 in, %2 "
                                                   "out; bytes: \\d+ in, \\d+ out")
                                        .arg(clients)
                                        .arg(2 * clients)),
                               from)
                  .isEmpty(),
             qPrintable(server.describe()));

    // And every one of them is told when it ends.
    server.sendSignal(SIGTERM);
    QCOMPARE(server.waitForExit(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(crowd.count(1001), clients, waitMs);
}

void tst_BanterServer::tlsIsLoadedBeforeTheFirstClientEvenForWs()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt cannot use TLS here");
    // Every QWebSocket loads the TLS library when it is made, even for ws://: the server does
    // it while it starts, not while its first client waits.
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(server.waitForPort() > 0, qPrintable(server.describe()));
    QFile maps(QStringLiteral("/proc/%1/maps").arg(server.process()->processId()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(mapped.contains("libssl"), "libssl is not mapped into banter-server");
    server.sendSignal(SIGTERM);
    QCOMPARE(server.waitForExit(), 0);
}

void tst_BanterServer::signalClosesEveryClientWith1001AndExitsZero_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << SIGTERM << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << SIGINT << QStringLiteral("SIGINT");
}

void tst_BanterServer::signalClosesEveryClientWith1001AndExitsZero()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, name);
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0")});
    const quint16 port = server.waitForPort();
    QVERIFY2(port > 0, qPrintable(server.describe()));
    Crowd crowd(3, port);
    QTRY_COMPARE_WITH_TIMEOUT(crowd.echoed(), 3, waitMs);

    QElapsedTimer clock;
    clock.start();
    server.sendSignal(signalNumber);

    QCOMPARE(server.waitForExit(), 0);
    qInfo("banter-server exited %lld ms after %s", qlonglong(clock.elapsed()), qPrintable(name));
    QVERIFY(server.outputLines().contains(QStringLiteral("shutting down (%1)").arg(name)));
    QTRY_COMPARE_WITH_TIMEOUT(crowd.count(1001), 3, waitMs);
    for (const RawWebSocketClient *client : crowd.clients())
        QCOMPARE(client->closeReason(), QStringLiteral("server shutting down"));
}

void tst_BanterServer::countersArePrintedOnSigusr1AndAtAnInterval()
{
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--stats-interval"),
                  QStringLiteral("0.2")});
    const quint16 port = server.waitForPort();
    QVERIFY2(port > 0, qPrintable(server.describe()));
    const QRegularExpression counters(QStringLiteral(
        "^clients: (\\d+) connected, (\\d+) served, 0 refused, 0 dropped; messages: (\\d+) "
        "in, (\\d+) out; bytes: (\\d+) in, (\\d+) out$"));
    QVERIFY(!server.waitForLine(counters).isEmpty());

    Crowd crowd(2, port);
    QTRY_COMPARE_WITH_TIMEOUT(crowd.echoed(), 2, waitMs);
    const qsizetype from = server.outputLines().size();
    server.sendSignal(SIGUSR1);
    // "hello 0" and "hello 1", and the two greetings of 23 bytes.
    const QString printed = server.waitForLine(
        line(QStringLiteral("clients: 2 connected, 2 served, 0 refused, 0 dropped; messages: 2 "
                            "in, 4 out; bytes: 14 in, 60 out")),
        from);
    QVERIFY2(!printed.isEmpty(), qPrintable(server.describe()));
    server.sendSignal(SIGTERM);
    QCOMPARE(server.waitForExit(), 0);
}

void tst_BanterServer::runningOutOfFileDescriptorsPausesAccepting()
{
    // With 200 descriptors, beyond about 190 clients accept() would fail: Qt 6.4 then retries
    // it in a busy loop. banter-server stops accepting well before, and takes up again when
    // clients leave; the clients waiting meanwhile are served then.
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0")},
                 BanterServerProcess::FileLimit{200, 200});
    const quint16 port = server.waitForPort();
    QVERIFY2(port > 0, qPrintable(server.describe()));
    QVERIFY(!server
                 .waitForErrorLine(QRegularExpression(
                     QStringLiteral("the process may open only 200 files: fewer clients "
                                    "than --max-clients 10000 can connect")))
                 .isEmpty());

    constexpr int clients = 300;
    Crowd crowd(clients, port);
    QVERIFY2(
        !server
             .waitForErrorLine(QRegularExpression(QStringLiteral("not accepting new clients: \\d+ "
                                                                 "connections use all the file")))
             .isEmpty(),
        qPrintable(server.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(crowd.echoed() > 100, waitMs);
    QVERIFY2(crowd.greeted() < clients, "all were served: the limit did not hold");

    // Those served leave, and the others get their turn.
    crowd.leaveWhenEchoed();
    QTRY_COMPARE_WITH_TIMEOUT(crowd.echoed(), clients, waitMs);
    // Once they have all left, the server says it has room again.
    QVERIFY(!server.waitForLine(line(QStringLiteral("accepting new clients again"))).isEmpty());
    server.sendSignal(SIGTERM);
    QCOMPARE(server.waitForExit(), 0);
}

bool tst_BanterServer::makeCertificate(const QString &keyType)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        qWarning("the wss:// tests make their certificate with the openssl program: install it "
                 "(apt-get install openssl)");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   keyType, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    return process.waitForFinished(waitMs) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

void tst_BanterServer::wssServesWithACertificateMadeForTheTest_data()
{
    QTest::addColumn<bool>("isEllipticCurve");
    QTest::newRow("RSA key") << false;
    QTest::newRow("EC key") << true;
}

void tst_BanterServer::wssServesWithACertificateMadeForTheTest()
{
    QFETCH(bool, isEllipticCurve);
    QString keyType = QStringLiteral("rsa:2048");
    if (isEllipticCurve) {
        // openssl takes the curve from a parameter file.
        QProcess parameters;
        parameters.start(QStringLiteral("openssl"),
                         {QStringLiteral("ecparam"), QStringLiteral("-name"),
                          QStringLiteral("prime256v1"), QStringLiteral("-out"),
                          m_dir->filePath(QStringLiteral("ec.pem"))});
        QVERIFY(parameters.waitForFinished(waitMs) && parameters.exitCode() == 0);
        keyType = QStringLiteral("ec:") + m_dir->filePath(QStringLiteral("ec.pem"));
    }
    QVERIFY2(makeCertificate(keyType), "openssl could not make a certificate");
    const QString certificate = m_dir->filePath(QStringLiteral("cert.pem"));
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                  certificate, QStringLiteral("--tls-key"),
                  m_dir->filePath(QStringLiteral("key.pem"))});
    const quint16 port = server.waitForPort();
    QVERIFY2(port > 0, qPrintable(server.describe()));

    // A client that trusts this certificate only, and checks it.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certificate));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QWebSocket client;
    client.setSslConfiguration(tls);
    QStringList received;
    connect(&client, &QWebSocket::textMessageReceived, m_scope.get(),
            [&received](const QString &text) { received.append(text); });
    QUrl url(QStringLiteral("wss://localhost"));
    url.setPort(port);
    client.open(url);
    QTRY_COMPARE_WITH_TIMEOUT(received, QStringList(QLatin1String(greeting)), waitMs);
    client.sendTextMessage(QStringLiteral("over TLS"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, waitMs);
    QCOMPARE(received.at(1), QStringLiteral("over TLS"));

    // A client that speaks plain ws:// to it is refused, and the server carries on.
    auto *plain = new RawWebSocketClient(m_scope.get());
    plain->open(port);
    QTRY_VERIFY_WITH_TIMEOUT(plain->isDisconnected(), waitMs);
    QCOMPARE(plain->httpStatus(), 0);
    client.sendTextMessage(QStringLiteral("still here"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, waitMs);

    server.sendSignal(SIGTERM);
    QCOMPARE(server.waitForExit(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, waitMs);
    QCOMPARE(int(client.closeCode()), 1001);
}

void tst_BanterServer::badTlsFilesEndTheProgramWithAReason_data()
{
    QTest::addColumn<QString>("certificate"); // in m_dir; "cert.pem" is a good one
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no such certificate")
        << QStringLiteral("missing.pem") << QStringLiteral("key.pem")
        << QStringLiteral("cannot read the certificate .*missing\\.pem: .+");
    QTest::newRow("not a certificate") << QStringLiteral("key.pem") << QStringLiteral("key.pem")
                                       << QStringLiteral(".*key\\.pem holds no PEM certificate");
    QTest::newRow("no such key") << QStringLiteral("cert.pem") << QStringLiteral("missing.pem")
                                 << QStringLiteral(
                                        "cannot read the private key .*missing\\.pem: .+");
    QTest::newRow("not a key") << QStringLiteral("cert.pem") << QStringLiteral("cert.pem")
                               << QStringLiteral(".*cert\\.pem holds no private key that can "
                                                 "be used: .*");
}

void tst_BanterServer::badTlsFilesEndTheProgramWithAReason()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QVERIFY2(makeCertificate(QStringLiteral("rsa:2048")), "openssl could not make a certificate");
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                  m_dir->filePath(certificate), QStringLiteral("--tls-key"), m_dir->filePath(key)});
    QCOMPARE(server.waitForExit(), 1);
    QVERIFY2(!server.waitForErrorLine(line(QStringLiteral("banter-server: ") + reason)).isEmpty(),
             qPrintable(server.describe()));
    QVERIFY(server.outputLines().isEmpty());
}

void tst_BanterServer::badOptionsEndTheProgramWithAReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("certificate without key")
        << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("cert.pem")}
        << QStringLiteral("wss:// needs both --tls-cert and --tls-key");
    QTest::newRow("message size") << QStringList{QStringLiteral("--max-message-size"),
                                                 QStringLiteral("lots")}
                                  << QStringLiteral("invalid message size \"lots\": .*");
    QTest::newRow("message size of 0")
        << QStringList{QStringLiteral("--max-message-size"), QStringLiteral("0")}
        << QStringLiteral("invalid message size \"0\": .*");
    QTest::newRow("clients") << QStringList{QStringLiteral("--max-clients"), QStringLiteral("-3")}
                             << QStringLiteral("invalid number of clients \"-3\": .*");
    QTest::newRow("output cap") << QStringList{QStringLiteral("--output-cap"),
                                               QStringLiteral("8 parsecs")}
                                << QStringLiteral("invalid output cap \"8 parsecs\": .*");
    QTest::newRow("idle timeout") << QStringList{QStringLiteral("--idle-timeout"),
                                                 QStringLiteral("soon")}
                                  << QStringLiteral("invalid time: .*");
    QTest::newRow("park after") << QStringList{QStringLiteral("--park-after"),
                                               QStringLiteral("never")}
                                << QStringLiteral("invalid time: .*");
    QTest::newRow("handshake timeout of 0")
        << QStringList{QStringLiteral("--handshake-timeout"), QStringLiteral("0")}
        << QStringLiteral("invalid time: .*");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                          << QStringLiteral("invalid port \"70000\": .*");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << QStringLiteral("Unknown option 'colour'\\.");
}

void tst_BanterServer::badOptionsEndTheProgramWithAReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    BanterServerProcess server;
    server.start(arguments);
    QCOMPARE(server.waitForExit(), 1);
    QVERIFY2(!server.waitForErrorLine(line(QStringLiteral("banter-server: ") + reason)).isEmpty(),
             qPrintable(server.describe()));
    QVERIFY(server.outputLines().isEmpty());
}

QTEST_GUILESS_MAIN(tst_BanterServer)
#include "tst_banterserver.moc"
