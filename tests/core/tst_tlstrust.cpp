// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testidentity.h"
#include "chatlines.h"

#include <banter/certificateproblem.h>
#include <chatmodel.h>
#include <chatsession.h>
#include <banter/localization.h>
#include <banter/pluginregistry.h>
#include <truststore.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace std::chrono_literals;
using Banter::CertificateProblem;
using Banter::ChatModel;
using Banter::ChatSession;
using Banter::Connection;
using Banter::PluginRegistry;
using Banter::TrustStore;

// wss:// certificates that the system does not trust: refused by default with the reason and the
// fingerprint in words, accepted once the user trusts exactly that certificate for that host,
// refused again once the trust is revoked.
class tst_TlsTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void untrustedCertificateIsRefusedWithReasonAndFingerprint();
    void trustedCertificateIsAccepted();
    void revokedCertificateIsRefusedAgain();
    void revokingWhileConnectedRefusesTheNextAttempt();
    void anotherCertificateIsRefusedForTheTrustedHost();
    void trustIsForOneHostOnly();
    void noTrustStoreTrustsNothing();

private:
    void startServer(const TestIdentity &identity);
    QUrl serverUrl(const QString &host = QStringLiteral("127.0.0.1")) const;
    QStringList lines() const;
    // Opens the URL and waits for the refusal; returns the problem reported.
    CertificateProblem expectRefusal(const QUrl &url, const TestIdentity &presented);

    QTemporaryDir m_folder;
    TestIdentity m_trusted;
    TestIdentity m_other;
    PluginRegistry m_registry;
    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<std::unique_ptr<QWebSocket>> m_accepted;
    std::unique_ptr<TrustStore> m_store;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatSession> m_session;
};

void tst_TlsTrust::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    Banter::Localization::install(QLocale(QLocale::English), Banter::Localization::baseCatalogs()
                                                                 << QStringLiteral("banterclient"));
    QVERIFY(m_folder.isValid());
    QString error;
    m_trusted = TestIdentity::create(m_folder.path(), QStringLiteral("trusted"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_other = TestIdentity::create(m_folder.path(), QStringLiteral("other"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_trusted.fingerprint() != m_other.fingerprint());

    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("wss")), qPrintable(m_registry.errorString()));
}

void tst_TlsTrust::init()
{
    m_store = std::make_unique<TrustStore>();
    m_store->setFileName(m_folder.filePath(QStringLiteral("trusted-certificates.conf")));
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    ChatSession::Settings settings;
    settings.reconnect.initial = 10ms;
    settings.reconnect.maximum = 20ms;
    settings.heartbeatInterval = 0ms;
    m_session->setSettings(settings);
    m_session->setTrustStore(m_store.get());
}

void tst_TlsTrust::cleanup()
{
    m_session.reset();
    m_model.reset();
    m_accepted.clear();
    m_server.reset();
    m_store.reset();
    QFile::remove(m_folder.filePath(QStringLiteral("trusted-certificates.conf")));
}

void tst_TlsTrust::startServer(const TestIdentity &identity)
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("tls test"),
                                                  QWebSocketServer::SecureMode);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(identity.certificate);
    configuration.setPrivateKey(identity.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(configuration);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->sendTextMessage(QStringLiteral("Welcome to Awesome Chat"));
            m_accepted.emplace_back(socket);
        }
    });
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

QUrl tst_TlsTrust::serverUrl(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(host);
    url.setPort(m_server->serverPort());
    return url;
}

QStringList tst_TlsTrust::lines() const
{
    return chatLines(*m_model);
}

CertificateProblem tst_TlsTrust::expectRefusal(const QUrl &url, const TestIdentity &presented)
{
    QSignalSpy rejected(m_session.get(), &ChatSession::certificateRejected);
    const int acceptedBefore = int(m_accepted.size());
    const int linesBefore = int(lines().size());
    // The log says so too, untranslated.
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("certificate %1 refused")
                               .arg(QString::fromLatin1(presented.fingerprint().toHex()))));
    if (m_session->url() == url && m_session->state() == Connection::State::Closed)
        m_session->reconnectNow();
    else
        m_session->open(url);
    [&] { QTRY_COMPARE(rejected.size(), 1); }();
    [&] { QTRY_COMPARE(m_session->state(), Connection::State::Closed); }();
    // Refused, never opened, not retried.
    const QStringList shown = lines().mid(linesBefore);
    [&] {
        QVERIFY2(!shown.contains(QStringLiteral("# socket open")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY(!m_session->isReconnectPending());
        QCOMPARE(int(m_accepted.size()), acceptedBefore);
    }();
    const auto problem = rejected.first().first().value<CertificateProblem>();
    [&] {
        QCOMPARE(problem.fingerprint, presented.fingerprint());
        QVERIFY2(shown.contains(QStringLiteral("# ") + problem.describe()),
                 qPrintable(shown.join(QLatin1Char('\n'))));
    }();
    return problem;
}

void tst_TlsTrust::untrustedCertificateIsRefusedWithReasonAndFingerprint()
{
    startServer(m_trusted);
    const CertificateProblem problem = expectRefusal(serverUrl(), m_trusted);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(problem.host, QStringLiteral("127.0.0.1"));
    QVERIFY(problem.canBeTrusted);
    QVERIFY(!problem.reasons.isEmpty());
    QVERIFY2(problem.reasons.join(QLatin1Char(' ')).contains(QLatin1String("self-signed")),
             qPrintable(problem.reasons.join(QLatin1Char(' '))));
    QCOMPARE(problem.subject, QStringLiteral("Banter test trusted"));
    QCOMPARE(problem.expiryDate, m_trusted.certificate.expiryDate());

    // In words: host, reason, and the fingerprint as people compare it.
    const QString line = problem.describe();
    QVERIFY2(line.contains(QLatin1String("127.0.0.1")), qPrintable(line));
    QVERIFY2(line.contains(problem.reasons.first()), qPrintable(line));
    const QString fingerprint = CertificateProblem::formatFingerprint(m_trusted.fingerprint());
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QVERIFY2(line.contains(fingerprint), qPrintable(line));
    QVERIFY(lines().contains(
        QStringLiteral("# not retrying: the certificate is refused until you trust it for "
                       "127.0.0.1")));
    // Nothing was trusted behind the user's back.
    QVERIFY(m_store->entries().isEmpty());
}

void tst_TlsTrust::trustedCertificateIsAccepted()
{
    startServer(m_trusted);
    const CertificateProblem problem = expectRefusal(serverUrl(), m_trusted);
    if (QTest::currentTestFailed())
        return;

    // The user trusts exactly the certificate shown, for its host, and tries again.
    QVERIFY(m_store->trust(problem.host, problem.fingerprint));
    m_session->reconnectNow();
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    QTRY_VERIFY2(lines().contains(QStringLiteral("< Welcome to Awesome Chat")),
                 qPrintable(lines().join(QLatin1Char('\n'))));
    QVERIFY(m_session->sendText(QStringLiteral("hello")));
    QTRY_COMPARE(int(m_accepted.size()), 1);

    // It stays trusted across restarts: a new session with a new store reads the file.
    m_session.reset();
    TrustStore reread;
    reread.setFileName(m_store->fileName());
    QVERIFY(reread.isTrusted(QStringLiteral("127.0.0.1"), m_trusted.fingerprint()));
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    m_session->setTrustStore(&reread);
    m_session->open(serverUrl());
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    m_session.reset();
}

void tst_TlsTrust::revokedCertificateIsRefusedAgain()
{
    startServer(m_trusted);
    QVERIFY(m_store->trust(QStringLiteral("127.0.0.1"), m_trusted.fingerprint()));
    m_session->open(serverUrl());
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    m_session->close();
    QTRY_COMPARE(m_session->state(), Connection::State::Closed);

    QVERIFY(m_store->revoke(QStringLiteral("127.0.0.1"), m_trusted.fingerprint()));
    QVERIFY(m_store->entries().isEmpty());
    expectRefusal(serverUrl(), m_trusted);
    // Revoked in the file too.
    TrustStore reread;
    reread.setFileName(m_store->fileName());
    QVERIFY(reread.entries().isEmpty());
}

void tst_TlsTrust::revokingWhileConnectedRefusesTheNextAttempt()
{
    startServer(m_trusted);
    QVERIFY(m_store->trust(QStringLiteral("127.0.0.1"), m_trusted.fingerprint()));
    m_session->open(serverUrl());
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    QTRY_COMPARE(int(m_accepted.size()), 1);

    QVERIFY(m_store->revoke(QStringLiteral("127.0.0.1"), m_trusted.fingerprint()));
    // The server drops the connection; the automatic retry meets a certificate that is no longer
    // trusted, says so although retries are otherwise quiet, and stops retrying.
    QSignalSpy rejected(m_session.get(), &ChatSession::certificateRejected);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("certificate .* refused")));
    m_accepted.front()->abort();
    QTRY_COMPARE(rejected.size(), 1);
    QTRY_COMPARE(m_session->state(), Connection::State::Closed);
    QVERIFY(!m_session->isReconnectPending());
    const auto problem = rejected.first().first().value<CertificateProblem>();
    QVERIFY(lines().contains(QStringLiteral("# ") + problem.describe()));
    QCOMPARE(int(m_accepted.size()), 1);
}

void tst_TlsTrust::anotherCertificateIsRefusedForTheTrustedHost()
{
    // Trusted for this host: the other certificate. The server presents a different one.
    QVERIFY(m_store->trust(QStringLiteral("127.0.0.1"), m_other.fingerprint()));
    startServer(m_trusted);
    const CertificateProblem problem = expectRefusal(serverUrl(), m_trusted);
    QVERIFY(problem.fingerprint != m_other.fingerprint());
}

void tst_TlsTrust::trustIsForOneHostOnly()
{
    // The certificate names localhost and 127.0.0.1 alike; trusted for localhost only.
    QVERIFY(m_store->trust(QStringLiteral("LocalHost"), m_trusted.fingerprint()));
    QVERIFY(m_store->isTrusted(QStringLiteral("localhost"), m_trusted.fingerprint()));
    startServer(m_trusted);
    expectRefusal(serverUrl(QStringLiteral("127.0.0.1")), m_trusted);
}

void tst_TlsTrust::noTrustStoreTrustsNothing()
{
    QVERIFY(m_store->trust(QStringLiteral("127.0.0.1"), m_trusted.fingerprint()));
    m_session->setTrustStore(nullptr);
    startServer(m_trusted);
    expectRefusal(serverUrl(), m_trusted);
}

QTEST_GUILESS_MAIN(tst_TlsTrust)
#include "tst_tlstrust.moc"
