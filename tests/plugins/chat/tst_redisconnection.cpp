// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RedisConnection against a real redis-server (started here, in a temporary folder): commands
// and their replies in order, TCP and Unix sockets, login and database, pub/sub, and every way
// the connection can fail said in words.

#include "redisserver.h"

#include <redisconnection.h>

#include <QSignalSpy>
#include <QtTest>

#include <signal.h>

using BanterRedis::RedisConnection;
using BanterRedis::RedisUrl;
using BanterRedis::RedisValue;

class tst_RedisConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlsAreParsed_data();
    void urlsAreParsed();
    void badUrlsAreSaidInWords_data();
    void badUrlsAreSaidInWords();

    void repliesComeInOrderToTheirCommands();
    void aUnixSocketWorksLikeTcp();
    void passwordAndDatabaseFromTheUrl();
    void aWrongPasswordIsSaid();
    void aMissingPasswordIsSaid();
    void nobodyListeningIsSaid();
    void tlsWithATrustedCertificate();
    void tlsWithAnUntrustedCertificateIsRefusedInWords();
    void anUnreadableCaFileIsSaid();
    void publishedMessagesArePushed();
    void aServerThatGoesAwayFailsWhatWaits();

private:
    static RedisValue run(RedisConnection &connection, const QList<QByteArray> &command);
    static bool openAndWait(RedisConnection &connection, const QString &url);
};

RedisValue tst_RedisConnection::run(RedisConnection &connection, const QList<QByteArray> &command)
{
    RedisValue result;
    bool done = false;
    connection.command(command, [&](const RedisValue &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return RedisValue::error("no reply within 10 s");
    return result;
}

bool tst_RedisConnection::openAndWait(RedisConnection &connection, const QString &url)
{
    QString error;
    connection.open(RedisUrl::parse(url, &error));
    return QTest::qWaitFor([&] { return connection.state() != RedisConnection::State::Connecting; },
                           10000) &&
           connection.state() == RedisConnection::State::Ready;
}

void tst_RedisConnection::urlsAreParsed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("database");
    const int tcp = int(RedisUrl::Kind::Tcp);
    QTest::newRow("host and port") << "redis://127.0.0.1:6380" << tcp << "127.0.0.1:6380"
                                   << ""
                                   << "" << 0;
    QTest::newRow("default port") << "redis://cache" << tcp << "cache:6379"
                                  << ""
                                  << "" << 0;
    QTest::newRow("password and db")
        << "redis://:s3cret@localhost:7000/3" << tcp << "localhost:7000"
        << ""
        << "s3cret" << 3;
    QTest::newRow("ACL user") << "redis://app:pw@[::1]:6379/0" << tcp << "::1:6379"
                              << "app"
                              << "pw" << 0;
    QTest::newRow("tls") << "rediss://cache.example.org:6380" << int(RedisUrl::Kind::Tls)
                         << "rediss://cache.example.org:6380"
                         << ""
                         << "" << 0;
    QTest::newRow("unix") << "unix:///run/redis/redis.sock" << int(RedisUrl::Kind::Unix)
                          << "/run/redis/redis.sock"
                          << ""
                          << "" << 0;
    QTest::newRow("unix with db") << "unix:///tmp/r.sock?db=5" << int(RedisUrl::Kind::Unix)
                                  << "/tmp/r.sock"
                                  << ""
                                  << "" << 5;
}

void tst_RedisConnection::urlsAreParsed()
{
    QFETCH(QString, url);
    QString error;
    const RedisUrl parsed = RedisUrl::parse(url, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QFETCH(int, kind);
    QCOMPARE(int(parsed.kind), kind);
    QTEST(parsed.place(), "place");
    QTEST(parsed.user, "user");
    QTEST(parsed.password, "password");
    QTEST(parsed.database, "database");
    // The password is never part of what is shown.
    if (!parsed.password.isEmpty())
        QVERIFY(!parsed.place().contains(parsed.password));
}

void tst_RedisConnection::badUrlsAreSaidInWords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("words");
    QTest::newRow("other scheme") << "http://localhost:6379"
                                  << "unknown scheme \"http\"";
    QTest::newRow("no scheme") << "localhost:6379"
                               << "";
    QTest::newRow("no host") << "redis://:6379"
                             << "no host";
    QTest::newRow("bad port") << "redis://localhost:99999"
                              << "";
    QTest::newRow("bad database") << "redis://localhost:6379/cats"
                                  << "invalid Redis database";
    QTest::newRow("negative database") << "redis://localhost/-1"
                                       << "invalid Redis database";
    QTest::newRow("unix with host") << "unix://host/tmp/r.sock"
                                    << "three slashes";
    QTest::newRow("unix without path") << "unix://"
                                       << "";
    QTest::newRow("empty") << ""
                           << "invalid Redis URL";
    QTest::newRow("cacert without TLS") << "redis://localhost?cacert=/etc/ca.pem"
                                        << "is for TLS: give rediss://";
}

void tst_RedisConnection::badUrlsAreSaidInWords()
{
    QFETCH(QString, url);
    QFETCH(QString, words);
    QString error;
    QVERIFY(!RedisUrl::parse(url, &error).isValid());
    QVERIFY2(!error.isEmpty(), qPrintable(url));
    QVERIFY2(error.contains(words), qPrintable(error));
}

void tst_RedisConnection::repliesComeInOrderToTheirCommands()
{
    RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RedisConnection connection;
    // Given before the connection is ready: they wait, and go out in order.
    QList<RedisValue> replies;
    const QByteArray binary("a\0b\r\nc", 6);
    connection.open(RedisUrl::parse(server.tcpUrl(), nullptr));
    connection.command({"SET", "key", binary}, [&](const RedisValue &r) { replies.append(r); });
    connection.command({"GET", "key"}, [&](const RedisValue &r) { replies.append(r); });
    connection.command({"INCR", "counter"}, [&](const RedisValue &r) { replies.append(r); });
    connection.command({"INCR", "key"}, [&](const RedisValue &r) { replies.append(r); });
    connection.command({"GET", "missing"}, [&](const RedisValue &r) { replies.append(r); });
    connection.command({"EVAL", "return {1, 'two', {3}}", "0"},
                       [&](const RedisValue &r) { replies.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 6, 10000);
    QCOMPARE(replies.at(0).type, RedisValue::Type::Status);
    QCOMPARE(replies.at(0).string, QByteArray("OK"));
    QCOMPARE(replies.at(1).type, RedisValue::Type::String);
    QCOMPARE(replies.at(1).string, binary);
    QCOMPARE(replies.at(2).integer, 1);
    QVERIFY(replies.at(3).isError()); // not an integer: an error reply, the connection stays
    QVERIFY(replies.at(4).isNil());
    QCOMPARE(replies.at(5).elements.size(), 3);
    QCOMPARE(replies.at(5).elements.at(1).string, QByteArray("two"));
    QCOMPARE(replies.at(5).elements.at(2).elements.at(0).integer, 3);
    QCOMPARE(connection.state(), RedisConnection::State::Ready);

    // Many pipelined at once: every reply to its own command.
    int matched = 0;
    for (int i = 0; i < 2000; ++i) {
        connection.command({"ECHO", QByteArray::number(i)}, [&matched, i](const RedisValue &r) {
            matched += r.string == QByteArray::number(i);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(matched, 2000, 10000);
}

void tst_RedisConnection::aUnixSocketWorksLikeTcp()
{
    RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RedisConnection connection;
    QVERIFY(openAndWait(connection, server.unixUrl()));
    QCOMPARE(run(connection, {"PING"}).string, QByteArray("PONG"));
}

void tst_RedisConnection::passwordAndDatabaseFromTheUrl()
{
    RedisServer server;
    QVERIFY2(server.start({QStringLiteral("--requirepass"), QStringLiteral("s3cret")}),
             qPrintable(server.errorString()));
    RedisConnection inThree;
    QVERIFY2(
        openAndWait(inThree, QStringLiteral("redis://:s3cret@127.0.0.1:%1/3").arg(server.port())),
        qPrintable(inThree.errorString()));
    QCOMPARE(run(inThree, {"SET", "where", "three"}).string, QByteArray("OK"));
    RedisConnection inZero;
    QVERIFY(openAndWait(inZero, QStringLiteral("redis://:s3cret@127.0.0.1:%1").arg(server.port())));
    QVERIFY(run(inZero, {"GET", "where"}).isNil());
    QCOMPARE(run(inZero, {"SELECT", "3"}).string, QByteArray("OK"));
    QCOMPARE(run(inZero, {"GET", "where"}).string, QByteArray("three"));
}

void tst_RedisConnection::aWrongPasswordIsSaid()
{
    RedisServer server;
    QVERIFY2(server.start({QStringLiteral("--requirepass"), QStringLiteral("s3cret")}),
             qPrintable(server.errorString()));
    RedisConnection connection;
    QSignalSpy lost(&connection, &RedisConnection::lost);
    bool failed = false;
    connection.command({"PING"}, [&](const RedisValue &r) { failed = r.isError(); });
    QVERIFY(!openAndWait(connection,
                         QStringLiteral("redis://app:wrong@127.0.0.1:%1").arg(server.port())));
    QCOMPARE(lost.size(), 1);
    const QString words = lost.at(0).at(0).toString();
    QVERIFY2(words.contains(QStringLiteral("refused the login of user app")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("WRONGPASS")), qPrintable(words));
    QVERIFY2(!words.contains(QStringLiteral("wrong")), qPrintable(words)); // not the password
    QVERIFY(failed);                                                       // what waited was told
}

void tst_RedisConnection::aMissingPasswordIsSaid()
{
    RedisServer server;
    QVERIFY2(server.start({QStringLiteral("--requirepass"), QStringLiteral("s3cret")}),
             qPrintable(server.errorString()));
    RedisConnection connection;
    QSignalSpy lost(&connection, &RedisConnection::lost);
    QVERIFY(!openAndWait(connection, server.tcpUrl()));
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.at(0).at(0).toString().contains(QStringLiteral("needs a password")),
             qPrintable(lost.at(0).at(0).toString()));
}

void tst_RedisConnection::nobodyListeningIsSaid()
{
    RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString url = server.tcpUrl();
    server.stop();
    RedisConnection connection;
    QSignalSpy lost(&connection, &RedisConnection::lost);
    QVERIFY(!openAndWait(connection, url));
    QCOMPARE(lost.size(), 1);
    const QString words = lost.at(0).at(0).toString();
    QVERIFY2(
        words.startsWith(QStringLiteral("redis unreachable at 127.0.0.1:%1: ").arg(server.port())),
        qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(words));
    // A command given now is answered at once with the reason.
    QVERIFY(run(connection, {"PING"}).string.startsWith("redis unreachable"));
}

void tst_RedisConnection::tlsWithATrustedCertificate()
{
    RedisServer server;
    QVERIFY2(server.startWithTls(), qPrintable(server.errorString()));
    RedisConnection connection;
    QVERIFY2(openAndWait(connection, server.tlsUrl(true)), qPrintable(connection.errorString()));
    QCOMPARE(run(connection, {"SET", "k", QByteArray(100000, 'x')}).string, QByteArray("OK"));
    QCOMPARE(run(connection, {"GET", "k"}).string, QByteArray(100000, 'x'));
}

void tst_RedisConnection::tlsWithAnUntrustedCertificateIsRefusedInWords()
{
    RedisServer server;
    QVERIFY2(server.startWithTls(), qPrintable(server.errorString()));
    RedisConnection connection;
    QSignalSpy lost(&connection, &RedisConnection::lost);
    QVERIFY(!openAndWait(connection, server.tlsUrl(false)));
    QCOMPARE(lost.size(), 1);
    const QString words = lost.at(0).at(0).toString();
    QVERIFY2(words.startsWith(QStringLiteral("redis unreachable at rediss://127.0.0.1:")),
             qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("TLS refused: ")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(words));
    qInfo("%s", qPrintable(words));
}

void tst_RedisConnection::anUnreadableCaFileIsSaid()
{
    RedisConnection connection;
    QSignalSpy lost(&connection, &RedisConnection::lost);
    QVERIFY(!openAndWait(connection,
                         QStringLiteral("rediss://127.0.0.1:1?cacert=/nonexistent/ca.pem")));
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.at(0).at(0).toString(),
             QStringLiteral("redis unreachable at rediss://127.0.0.1:1: no certificate to trust in "
                            "/nonexistent/ca.pem (a PEM file was expected)"));
}

void tst_RedisConnection::publishedMessagesArePushed()
{
    RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RedisConnection subscriber;
    RedisConnection publisher;
    QVERIFY(openAndWait(subscriber, server.tcpUrl()));
    QVERIFY(openAndWait(publisher, server.unixUrl()));
    QSignalSpy pushed(&subscriber, &RedisConnection::pushed);
    const RedisValue confirmed = run(subscriber, {"SUBSCRIBE", "room:a", "room:b"});
    QCOMPARE(confirmed.elements.at(0).string, QByteArray("subscribe"));
    QCOMPARE(confirmed.elements.at(1).string, QByteArray("room:b"));
    const QByteArray binary("\x00\xff\r\n*3\r\n", 9);
    QCOMPARE(run(publisher, {"PUBLISH", "room:a", "hello"}).integer, 1);
    QCOMPARE(run(publisher, {"PUBLISH", "room:b", binary}).integer, 1);
    QCOMPARE(run(publisher, {"PUBLISH", "room:c", "nobody"}).integer, 0);
    QTRY_COMPARE(pushed.size(), 2);
    QCOMPARE(pushed.at(0).at(0).toByteArray(), QByteArray("room:a"));
    QCOMPARE(pushed.at(0).at(1).toByteArray(), QByteArray("hello"));
    QCOMPARE(pushed.at(1).at(1).toByteArray(), binary);
    // PING in subscribed mode is answered to its callback, not pushed.
    QCOMPARE(run(subscriber, {"PING"}).elements.value(0).string, QByteArray("pong"));
    QCOMPARE(pushed.size(), 2);
}

void tst_RedisConnection::aServerThatGoesAwayFailsWhatWaits()
{
    RedisServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RedisConnection connection;
    QVERIFY(openAndWait(connection, server.tcpUrl()));
    QSignalSpy lost(&connection, &RedisConnection::lost);
    // Frozen, then killed with a command waiting: it is told, and the connection says it is lost.
    server.signal(SIGSTOP);
    RedisValue reply;
    bool answered = false;
    connection.command({"PING"}, [&](const RedisValue &r) {
        reply = r;
        answered = true;
    });
    server.signal(SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(reply.isError());
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.at(0).at(0).toString().startsWith(QStringLiteral("lost the connection to redis")),
             qPrintable(lost.at(0).at(0).toString()));
    QCOMPARE(connection.state(), RedisConnection::State::Closed);
}

QTEST_GUILESS_MAIN(tst_RedisConnection)
#include "tst_redisconnection.moc"
