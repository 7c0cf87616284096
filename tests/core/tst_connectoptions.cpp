// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/connectoptions.h>

#include <QTest>

using Banter::ConnectOptions;

Q_DECLARE_METATYPE(Banter::ConnectOptions)

namespace {

ConnectOptions withHeader(const QByteArray &name, const QByteArray &value)
{
    ConnectOptions options;
    options.headers.append({name, value});
    return options;
}

ConnectOptions withSubprotocol(const QString &name)
{
    ConnectOptions options;
    options.subprotocols.append(name);
    return options;
}

ConnectOptions withOrigin(const QString &origin)
{
    ConnectOptions options;
    options.origin = origin;
    return options;
}

ConnectOptions withReceiveBuffer(int bytes)
{
    ConnectOptions options;
    options.receiveBuffer = bytes;
    return options;
}

ConnectOptions withProxy(const QString &proxy, const QString &password = QString())
{
    ConnectOptions options;
    options.proxy = proxy;
    options.proxyPassword = password;
    return options;
}

ConnectOptions withClientKey(const QString &certificate, const QString &key,
                             const QByteArray &passphrase)
{
    ConnectOptions options;
    options.clientCertificate = certificate;
    options.clientKey = key;
    options.clientPassphrase = passphrase;
    return options;
}

} // namespace

class tst_ConnectOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatAHandshakeCanCarry_data();
    void acceptsWhatAHandshakeCanCarry();
    void explainsWhatItRefuses_data();
    void explainsWhatItRefuses();
    void comparesByValue();
    void namesTheProxyAsQtTakesIt();
};

void tst_ConnectOptions::acceptsWhatAHandshakeCanCarry_data()
{
    QTest::addColumn<ConnectOptions>("options");
    QTest::newRow("none") << ConnectOptions();
    QTest::newRow("authorization") << withHeader("Authorization", "Bearer abc.def");
    QTest::newRow("token characters") << withHeader("X-a!#$%&'*+-.^_`|~9", "v");
    QTest::newRow("empty value") << withHeader("X-Empty", "");
    QTest::newRow("UTF-8 value and tab") << withHeader("X-Name", "Grüße\tda");
    QTest::newRow("subprotocol") << withSubprotocol(QStringLiteral("chat.v2"));
    QTest::newRow("origin") << withOrigin(QStringLiteral("https://example.org"));
    QTest::newRow("null origin") << withOrigin(QStringLiteral("null"));
    QTest::newRow("smallest receive buffer") << withReceiveBuffer(ConnectOptions::minReceiveBuffer);
    QTest::newRow("largest receive buffer") << withReceiveBuffer(ConnectOptions::maxReceiveBuffer);
    QTest::newRow("client certificate")
        << withClientKey(QStringLiteral("me.pem"), QStringLiteral("me.key"), "s3cret");
    QTest::newRow("PKCS#12") << withClientKey(QStringLiteral("me.p12"), QString(), "s3cret");
    QTest::newRow("direct") << withProxy(QStringLiteral("direct"));
    QTest::newRow("HTTP proxy") << withProxy(QStringLiteral("http://proxy.example:3128"));
    QTest::newRow("SOCKS5 proxy with a login")
        << withProxy(QStringLiteral("socks5://sam@127.0.0.1:1080"), QStringLiteral("s3cret"));
}

void tst_ConnectOptions::acceptsWhatAHandshakeCanCarry()
{
    QFETCH(ConnectOptions, options);
    QCOMPARE(options.problem(), QString());
}

void tst_ConnectOptions::explainsWhatItRefuses_data()
{
    QTest::addColumn<ConnectOptions>("options");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty name") << withHeader("", "x")
                                << QStringLiteral("\"\" is not a header name");
    QTest::newRow("space in name")
        << withHeader("X Token", "x") << QStringLiteral("\"X Token\" is not a header name");
    QTest::newRow("colon in name")
        << withHeader("X:", "x") << QStringLiteral("\"X:\" is not a header name");
    QTest::newRow("line break in value")
        << withHeader("X-Token", "a\r\nHost: evil")
        << QStringLiteral("the value of the X-Token header holds a line break");
    QTest::newRow("NUL in value") << withHeader("X-Token", QByteArray("a\0b", 3))
                                  << QStringLiteral("the value of the X-Token header");
    QTest::newRow("Host") << withHeader("host", "x")
                          << QStringLiteral("the handshake sets the host header itself");
    QTest::newRow("key") << withHeader("Sec-WebSocket-Key", "x")
                         << QStringLiteral("the handshake sets the Sec-WebSocket-Key header");
    QTest::newRow("Upgrade") << withHeader("UPGRADE", "x")
                             << QStringLiteral("the handshake sets the UPGRADE header");
    QTest::newRow("Origin header")
        << withHeader("Origin", "x") << QStringLiteral("give the origin as the origin option");
    QTest::newRow("protocol header")
        << withHeader("Sec-WebSocket-Protocol", "x")
        << QStringLiteral("give the subprotocols as the subprotocol option");
    QTest::newRow("empty subprotocol")
        << withSubprotocol(QString()) << QStringLiteral("\"\" is not a subprotocol name");
    QTest::newRow("comma in subprotocol")
        << withSubprotocol(QStringLiteral("a,b")) << QStringLiteral("\"a,b\" is not a subprotocol");
    QTest::newRow("non-ASCII subprotocol") << withSubprotocol(QStringLiteral("chät"))
                                           << QStringLiteral("\"chät\" is not a subprotocol");
    QTest::newRow("line break in origin")
        << withOrigin(QStringLiteral("https://a\r\nX: y"))
        << QStringLiteral("the origin \"https://a\r\nX: y\" holds");
    QTest::newRow("space in origin") << withOrigin(QStringLiteral("https://a b"))
                                     << QStringLiteral("the origin \"https://a b\"");
    QTest::newRow("negative receive buffer")
        << withReceiveBuffer(-1)
        << QStringLiteral("a receive buffer of -1 bytes: give 0 (automatic) or 4 KiB to 256 MiB");
    QTest::newRow("receive buffer too small")
        << withReceiveBuffer(ConnectOptions::minReceiveBuffer - 1)
        << QStringLiteral("a receive buffer of 4095 bytes");
    QTest::newRow("receive buffer too large")
        << withReceiveBuffer(ConnectOptions::maxReceiveBuffer + 1)
        << QStringLiteral("a receive buffer of 268435457 bytes");
    QTest::newRow("key without certificate")
        << withClientKey(QString(), QStringLiteral("me.key"), QByteArray())
        << QStringLiteral("the private key me.key needs its client certificate");
    QTest::newRow("passphrase without certificate")
        << withClientKey(QString(), QString(), "s3cret")
        << QStringLiteral("a passphrase needs a client certificate or key to open");
    const QString notAProxy = QStringLiteral("the proxy \"%1\" is not one: give direct, "
                                             "http://host:port or socks5://host:port");
    for (const char *proxy : {"proxy.example:3128", "ftp://proxy.example:21", "http://:3128",
                              "socks5://proxy.example", "http://proxy.example:3128/path"})
        QTest::newRow(proxy) << withProxy(QLatin1String(proxy))
                             << notAProxy.arg(QLatin1String(proxy));
    QTest::newRow("password in the proxy URL")
        << withProxy(QStringLiteral("socks5://sam:s3cret@host:1080"))
        << notAProxy.arg(QStringLiteral("socks5://sam@host:1080"));
    QTest::newRow("proxy password without a user")
        << withProxy(QStringLiteral("socks5://host:1080"), QStringLiteral("s3cret"))
        << QStringLiteral("a proxy password needs a proxy URL with a user");
}

void tst_ConnectOptions::explainsWhatItRefuses()
{
    QFETCH(ConnectOptions, options);
    QFETCH(QString, problem);
    QVERIFY2(options.problem().startsWith(problem), qPrintable(options.problem()));
}

void tst_ConnectOptions::namesTheProxyAsQtTakesIt()
{
    QCOMPARE(ConnectOptions().networkProxy().type(), QNetworkProxy::DefaultProxy);
    QCOMPARE(withProxy(QStringLiteral("direct")).networkProxy().type(), QNetworkProxy::NoProxy);
    const QNetworkProxy http =
        withProxy(QStringLiteral("http://proxy.example:3128")).networkProxy();
    QCOMPARE(http.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(http.hostName(), QStringLiteral("proxy.example"));
    QCOMPARE(http.port(), quint16(3128));
    QVERIFY(http.user().isEmpty());
    const QNetworkProxy socks =
        withProxy(QStringLiteral("socks5://sam@127.0.0.1:1080"), QStringLiteral("s3cret"))
            .networkProxy();
    QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(socks.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(socks.port(), quint16(1080));
    QCOMPARE(socks.user(), QStringLiteral("sam"));
    QCOMPARE(socks.password(), QStringLiteral("s3cret"));
    QVERIFY(withProxy(QStringLiteral("direct")) != ConnectOptions());
    QVERIFY(!withProxy(QStringLiteral("direct")).isEmpty());
}

void tst_ConnectOptions::comparesByValue()
{
    ConnectOptions a = withHeader("X", "1");
    ConnectOptions b = withHeader("X", "1");
    QVERIFY(a == b);
    QVERIFY(!a.isEmpty());
    QVERIFY(ConnectOptions().isEmpty());
    b.origin = QStringLiteral("o");
    QVERIFY(a != b);
    b = a;
    b.subprotocols = {QStringLiteral("p")};
    QVERIFY(a != b);
    b = a;
    b.receiveBuffer = 65536;
    QVERIFY(a != b);
    QVERIFY(!withReceiveBuffer(65536).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ConnectOptions)
#include "tst_connectoptions.moc"
