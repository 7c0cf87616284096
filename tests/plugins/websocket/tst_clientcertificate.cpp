// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testidentity.h"

#include <banter/connection.h>
#include <banter/connectoptions.h>
#include <banter/itransport.h>
#include <banter/pluginregistry.h>

#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using Banter::Connection;
using Banter::ConnectOptions;
using State = Banter::Connection::State;

// Mutual TLS: a wss:// server that asks every client for a certificate signed by the one
// authority it knows (here the client's own self-signed certificate), and the WebSocket
// transport showing it the certificate of its options, from PEM files or a PKCS#12 file, or
// failing in words when it has none, a wrong passphrase or a key of another certificate.
class tst_ClientCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theServerSeesTheCertificate_data();
    void theServerSeesTheCertificate();
    void failsInWordsWithoutOne_data();
    void failsInWordsWithoutOne();
    void saysWhatTheServersTlsAlertSays_data();
    void saysWhatTheServersTlsAlertSays();

private:
    QString path(const char *name) const { return m_folder.filePath(QLatin1String(name)); }
    // A wss:// client with a client certificate (none when certificate is empty) that trusts
    // the server's certificate; not open yet.
    std::unique_ptr<Connection> createClient(const QString &certificate, const QString &key,
                                             const QByteArray &passphrase = QByteArray());
    static QUrl urlOf(quint16 port) { return QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(port)); }

    Banter::PluginRegistry m_registry;
    QTemporaryDir m_folder;
    TestIdentity m_serverIdentity;
    TestIdentity m_clientIdentity;
    std::unique_ptr<QWebSocketServer> m_server;
    QPointer<QWebSocket> m_accepted;
};

void tst_ClientCertificate::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("wss")), qPrintable(m_registry.errorString()));
    QString error;
    m_serverIdentity = TestIdentity::create(m_folder.path(), QStringLiteral("server"), &error);
    QVERIFY2(!m_serverIdentity.certificate.isNull(), qPrintable(error));
    m_clientIdentity = TestIdentity::create(m_folder.path(), QStringLiteral("client"), &error);
    QVERIFY2(!m_clientIdentity.certificate.isNull(), qPrintable(error));
    const TestIdentity stranger =
        TestIdentity::create(m_folder.path(), QStringLiteral("stranger"), &error);
    QVERIFY2(!stranger.certificate.isNull(), qPrintable(error));
    QVERIFY2(!TestIdentity::writeEncryptedKey(m_folder.path(), QStringLiteral("client"),
                                              QStringLiteral("s3cret"), &error)
                  .isEmpty(),
             qPrintable(error));
    QVERIFY2(!TestIdentity::writePkcs12(m_folder.path(), QStringLiteral("client"),
                                        QStringLiteral("s3cret"), &error)
                  .isEmpty(),
             qPrintable(error));
}

void tst_ClientCertificate::init()
{
    m_server =
        std::make_unique<QWebSocketServer>(QStringLiteral("mtls"), QWebSocketServer::SecureMode);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_serverIdentity.certificate);
    tls.setPrivateKey(m_serverIdentity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates({m_clientIdentity.certificate});
    m_server->setSslConfiguration(tls);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
        m_accepted = m_server->nextPendingConnection();
        m_accepted->setParent(m_server.get()); // the caller's to delete
    });
}

void tst_ClientCertificate::cleanup()
{
    m_server.reset();
}

std::unique_ptr<Connection> tst_ClientCertificate::createClient(const QString &certificate,
                                                                const QString &key,
                                                                const QByteArray &passphrase)
{
    ConnectOptions options;
    options.clientCertificate = certificate;
    options.clientKey = key;
    options.clientPassphrase = passphrase;
    std::unique_ptr<Connection> client(
        m_registry.transport(QStringLiteral("wss"))->createConnection(nullptr));
    client->setTrustedCertificates({m_serverIdentity.fingerprint()});
    client->setConnectOptions(options);
    return client;
}

void tst_ClientCertificate::theServerSeesTheCertificate_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("PEM") << path("client.pem") << path("client.key") << QByteArray();
    QTest::newRow("encrypted PEM")
        << path("client.pem") << path("client.enc.key") << QByteArray("s3cret");
    QTest::newRow("PKCS#12") << path("client.p12") << QString() << QByteArray("s3cret");
}

void tst_ClientCertificate::theServerSeesTheCertificate()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    const std::unique_ptr<Connection> client = createClient(certificate, key, passphrase);
    QSignalSpy errors(client.get(), &Connection::errorOccurred);
    client->open(urlOf(m_server->serverPort()));
    QTRY_COMPARE(client->state(), State::Open);
    QTRY_VERIFY(m_accepted);
    QCOMPARE(m_accepted->sslConfiguration().peerCertificate(), m_clientIdentity.certificate);
    client->sendText(QStringLiteral("hello"));
    QSignalSpy received(m_accepted.data(), &QWebSocket::textMessageReceived);
    QTRY_COMPARE(received.size(), 1);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
}

void tst_ClientCertificate::failsInWordsWithoutOne_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("reason"); // a pattern
    QTest::addColumn<bool>("reachesTheServer");
    QTest::newRow("none")
        << QString() << QString() << QByteArray()
        << "the server closed the connection right after the TLS handshake: it may want a client "
           "certificate \\(Options…, or --client-cert\\)"
        << true;
    QTest::newRow("a certificate the server does not know")
        << path("server.pem") << path("server.key") << QByteArray()
        << "the server closed the connection right after the TLS handshake: it may have refused "
           "the client certificate"
        << true;
    QTest::newRow("the key of another certificate")
        << path("client.pem") << path("server.key") << QByteArray()
        << "the client certificate cannot be used: .*(mismatch|does not certify).*" << true;
    QTest::newRow("wrong passphrase")
        << path("client.pem") << path("client.enc.key") << QByteArray("guess")
        << "the client certificate cannot be used: the passphrase does not open the private "
           "key .*client\\.enc\\.key"
        << false;
    QTest::newRow("PKCS#12, wrong passphrase")
        << path("client.p12") << QString() << QByteArray("guess")
        << "the client certificate cannot be used: .*client\\.p12 is no PKCS#12 file that this "
           "passphrase opens"
        << false;
}

void tst_ClientCertificate::failsInWordsWithoutOne()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, reason);
    QFETCH(bool, reachesTheServer);
    const std::unique_ptr<Connection> client = createClient(certificate, key, passphrase);
    QSignalSpy errors(client.get(), &Connection::errorOccurred);
    QSignalSpy states(client.get(), &Connection::stateChanged);
    client->open(urlOf(m_server->serverPort()));
    QTRY_VERIFY(!errors.isEmpty());
    QTRY_COMPARE(client->state(), State::Closed);
    const QString error = errors.constFirst().constFirst().toString();
    QVERIFY2(
        QRegularExpression(QRegularExpression::anchoredPattern(reason)).match(error).hasMatch(),
        qPrintable(error));
    // Like any attempt that failed: it was connecting, and is closed.
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.constFirst().constFirst().value<State>(), State::Connecting);
    QVERIFY(!m_accepted);
    if (!reachesTheServer) {
        // Files that cannot be used are found before anything is sent.
        QTest::qWait(0);
        QCOMPARE(m_server->findChildren<QSslSocket *>().size(), 0);
    }
}

void tst_ClientCertificate::saysWhatTheServersTlsAlertSays_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason"); // a pattern
    QTest::newRow("none") << QString() << QString()
                          << "the server asks for a client certificate, and none was given "
                             "\\(TLS alert: .+\\)";
    QTest::newRow("of an authority the server does not know")
        << path("stranger.pem") << path("stranger.key")
        << "the server refused the client certificate \\(TLS alert: .+\\)";
}

void tst_ClientCertificate::saysWhatTheServersTlsAlertSays()
{
    // OpenSSL's own server, checking client certificates in the handshake, ends it with a TLS
    // alert that says why (as nginx does with ssl_verify_client on).
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("openssl"),
                 {QStringLiteral("s_server"), QStringLiteral("-accept"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"), path("server.pem"),
                  QStringLiteral("-key"), path("server.key"), QStringLiteral("-Verify"),
                  QStringLiteral("1"), QStringLiteral("-verify_return_error"),
                  QStringLiteral("-CAfile"), path("client.pem")});
    QByteArray output;
    int port = 0;
    const QRegularExpression accepting(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
    QTRY_VERIFY2((output += server.readAll(),
                  port = accepting.match(QString::fromLatin1(output)).captured(1).toInt()) > 0,
                 output.constData());

    const std::unique_ptr<Connection> client = createClient(certificate, key);
    QSignalSpy errors(client.get(), &Connection::errorOccurred);
    client->open(urlOf(quint16(port)));
    QTRY_VERIFY(!errors.isEmpty());
    const QString error = errors.constFirst().constFirst().toString();
    QVERIFY2(
        QRegularExpression(QRegularExpression::anchoredPattern(reason)).match(error).hasMatch(),
        qPrintable(error));
    QTRY_COMPARE(client->state(), State::Closed);
    server.kill();
    server.waitForFinished();
}

QTEST_GUILESS_MAIN(tst_ClientCertificate)
#include "tst_clientcertificate.moc"
