// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeport.h"
#include "proxyprocess.h"

#include <banter/connection.h>
#include <banter/connectoptions.h>
#include <banter/itransport.h>
#include <banter/pluginregistry.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using Banter::Connection;
using Banter::ConnectOptions;
using State = Banter::Connection::State;

// The WebSocket transport through a proxy of the connection's options: SOCKS5 (microsocks) and
// HTTP CONNECT (tinyproxy), with and without a login, and what goes wrong said in words.
class tst_Proxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reachesTheServerThroughTheProxy_data();
    void reachesTheServerThroughTheProxy();
    void saysWhatTheProxyRefused_data();
    void saysWhatTheProxyRefused();

private:
    std::unique_ptr<Connection> createClient(const QString &proxy, const QString &password);

    Banter::PluginRegistry m_registry;
    std::unique_ptr<QWebSocketServer> m_server;
};

void tst_Proxy::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("ws")), qPrintable(m_registry.errorString()));
}

void tst_Proxy::init()
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("behind a proxy"),
                                                  QWebSocketServer::NonSecureMode);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
        QWebSocket *socket = m_server->nextPendingConnection();
        socket->setParent(m_server.get());
        connect(socket, &QWebSocket::textMessageReceived, socket, &QWebSocket::sendTextMessage);
    });
}

void tst_Proxy::cleanup()
{
    m_server.reset();
}

std::unique_ptr<Connection> tst_Proxy::createClient(const QString &proxy, const QString &password)
{
    ConnectOptions options;
    options.proxy = proxy;
    options.proxyPassword = password;
    std::unique_ptr<Connection> client(
        m_registry.transport(QStringLiteral("ws"))->createConnection(nullptr));
    client->setConnectOptions(options);
    return client;
}

void tst_Proxy::reachesTheServerThroughTheProxy_data()
{
    QTest::addColumn<ProxyProcess::Kind>("kind");
    QTest::addColumn<QString>("user");
    QTest::newRow("SOCKS5") << ProxyProcess::Kind::Socks5 << QString();
    QTest::newRow("SOCKS5 with a login") << ProxyProcess::Kind::Socks5 << "sam";
    QTest::newRow("HTTP") << ProxyProcess::Kind::Http << QString();
    QTest::newRow("HTTP with a login") << ProxyProcess::Kind::Http << "sam";
}

void tst_Proxy::reachesTheServerThroughTheProxy()
{
    QFETCH(ProxyProcess::Kind, kind);
    QFETCH(QString, user);
    const QString password = user.isEmpty() ? QString() : QStringLiteral("s3cret");
    ProxyProcess proxy(kind, user, password);
    const QString problem = proxy.problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const std::unique_ptr<Connection> client = createClient(proxy.url(user), password);
    QSignalSpy errors(client.get(), &Connection::errorOccurred);
    QSignalSpy echoes(client.get(), &Connection::textReceived);
    client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort())));
    QTRY_COMPARE(client->state(), State::Open);
    client->sendText(QStringLiteral("through"));
    QTRY_COMPARE(echoes.size(), 1);
    QCOMPARE(echoes.at(0).at(0).toString(), QStringLiteral("through"));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    // The proxy made the connection, not the client.
    QTRY_VERIFY2(proxy.hasConnectedTo(m_server->serverPort()), qPrintable(proxy.log()));
}

void tst_Proxy::saysWhatTheProxyRefused_data()
{
    QTest::addColumn<ProxyProcess::Kind>("kind");
    QTest::addColumn<QString>("user"); // the client's; the proxy's is sam, password s3cret
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("words"); // Qt's, after "through the proxy 127.0.0.1:PORT: "
    QTest::newRow("SOCKS5, no login given")
        << ProxyProcess::Kind::Socks5 << QString() << QString() << "Proxy authentication failed";
    QTest::newRow("SOCKS5, wrong password") << ProxyProcess::Kind::Socks5 << "sam"
                                            << "guess"
                                            << "Proxy authentication failed";
    QTest::newRow("HTTP, no login given")
        << ProxyProcess::Kind::Http << QString() << QString() << "Authentication required";
    QTest::newRow("nobody there") << ProxyProcess::Kind::Socks5 << QString() << QString()
                                  << "Connection to proxy refused";
}

void tst_Proxy::saysWhatTheProxyRefused()
{
    QFETCH(ProxyProcess::Kind, kind);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, words);
    ProxyProcess proxy(kind, QStringLiteral("sam"), QStringLiteral("s3cret"));
    const QString problem = proxy.problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const bool nobodyThere = qstrcmp(QTest::currentDataTag(), "nobody there") == 0;
    const quint16 port = nobodyThere ? freeLoopbackPort() : proxy.port();
    const QString url =
        nobodyThere ? QStringLiteral("socks5://127.0.0.1:%1").arg(port) : proxy.url(user);
    const std::unique_ptr<Connection> client = createClient(url, password);
    QSignalSpy errors(client.get(), &Connection::errorOccurred);
    client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort())));
    QTRY_VERIFY(!errors.isEmpty());
    QTRY_COMPARE(client->state(), State::Closed);
    QCOMPARE(errors.constFirst().constFirst().toString(),
             QStringLiteral("through the proxy 127.0.0.1:%1: %2").arg(port).arg(words));
}

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_proxy.moc"
