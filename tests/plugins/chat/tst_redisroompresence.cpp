// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RedisRoomPresence against a real redis-server: one name per member across servers, guests
// numbered once, members in the order they came, renames and leaves, operations sent twice done
// once, a server whose heartbeat runs out taking its members with it, and members made known
// again to a Redis that forgot them. Every change is checked as a subscriber hears it.

#include "redisserver.h"

#include <redisconnection.h>
#include <redisroomlog.h>
#include <redisroompresence.h>

#include <QSignalSpy>
#include <QtTest>

using BanterRedis::RedisConnection;
using BanterRedis::RedisRoomLog;
using BanterRedis::RedisRoomPresence;
using BanterRedis::RedisUrl;
using BanterRedis::RedisValue;
using Kind = RedisRoomPresence::Event::Kind;

namespace {

const QString room = QStringLiteral("tea");

} // namespace

class tst_RedisRoomPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void namesAreUniqueAcrossServers();
    void guestsAreNumberedOnce();
    void renamesAndLeavesAreHeard();
    void anOperationSentTwiceIsDoneOnce();
    void aServerWhoseHeartbeatRanOutTakesItsMembers();
    void membersAreMadeKnownAgainToARedisThatForgotThem();
    void noticesAreParsed();

private:
    std::unique_ptr<RedisConnection> open();
    RedisRoomPresence::Claim join(const RedisRoomPresence &presence, const QByteArray &token,
                                  const QString &asked, bool withMembers = true);
    // The next `count` presence notices the subscriber hears.
    QList<RedisRoomPresence::Event> heard(int count);
    void waitForReply(const std::function<void(RedisConnection::Callback)> &send);

    std::unique_ptr<RedisServer> m_server;
    std::unique_ptr<RedisConnection> m_connection;
    std::unique_ptr<RedisConnection> m_subscriber;
    std::unique_ptr<QSignalSpy> m_pushed;
};

void tst_RedisRoomPresence::init()
{
    m_server = std::make_unique<RedisServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_connection = open();
    m_subscriber = open();
    m_pushed = std::make_unique<QSignalSpy>(m_subscriber.get(), &RedisConnection::pushed);
    bool subscribed = false;
    m_subscriber->command({"SUBSCRIBE", RedisRoomLog::channel(room)},
                          [&](const RedisValue &) { subscribed = true; });
    QTRY_VERIFY(subscribed);
}

void tst_RedisRoomPresence::cleanup()
{
    m_pushed.reset();
    m_subscriber.reset();
    m_connection.reset();
    m_server.reset();
}

std::unique_ptr<RedisConnection> tst_RedisRoomPresence::open()
{
    auto connection = std::make_unique<RedisConnection>();
    connection->open(RedisUrl::parse(m_server->tcpUrl(), nullptr));
    return connection;
}

RedisRoomPresence::Claim tst_RedisRoomPresence::join(const RedisRoomPresence &presence,
                                                     const QByteArray &token, const QString &asked,
                                                     bool withMembers)
{
    RedisRoomPresence::Claim result;
    bool done = false;
    presence.join(*m_connection, token, asked, 1000, withMembers,
                  [&](const RedisRoomPresence::Claim &claim, const QString &error) {
                      QVERIFY2(error.isEmpty(), qPrintable(error));
                      result = claim;
                      done = true;
                  });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        QTest::qFail("no reply from Redis within 10 s", __FILE__, __LINE__);
    return result;
}

QList<RedisRoomPresence::Event> tst_RedisRoomPresence::heard(int count)
{
    if (!QTest::qWaitFor([&] { return m_pushed->size() >= count; }, 10000))
        QTest::qFail("the notices did not come within 10 s", __FILE__, __LINE__);
    QList<RedisRoomPresence::Event> events;
    for (int i = 0; i < count && !m_pushed->isEmpty(); ++i) {
        const auto event = RedisRoomPresence::parse(m_pushed->takeFirst().at(1).toByteArray());
        if (event)
            events.append(*event);
    }
    return events;
}

void tst_RedisRoomPresence::waitForReply(const std::function<void(RedisConnection::Callback)> &send)
{
    bool done = false;
    send([&](const RedisValue &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        QTest::qFail("no reply from Redis within 10 s", __FILE__, __LINE__);
}

void tst_RedisRoomPresence::namesAreUniqueAcrossServers()
{
    const RedisRoomPresence a(room, "a", 5000);
    const RedisRoomPresence b(room, "b", 5000);
    QCOMPARE(join(a, "a:1", QStringLiteral("sam")).name, QStringLiteral("sam"));
    const RedisRoomPresence::Claim second = join(b, "b:1", QStringLiteral("sam"));
    QCOMPARE(second.name, QStringLiteral("sam-2"));
    QCOMPARE(second.members, QStringList({QStringLiteral("sam"), QStringLiteral("sam-2")}));
    QCOMPARE(join(a, "a:2", QStringLiteral("sam")).name, QStringLiteral("sam-3"));
    const RedisRoomPresence::Claim fourth = join(b, "b:2", QStringLiteral("ann"));
    QCOMPARE(fourth.members, QStringList({QStringLiteral("sam"), QStringLiteral("sam-2"),
                                          QStringLiteral("sam-3"), QStringLiteral("ann")}));
    // Without asking for the list, only the name.
    QVERIFY(join(a, "a:3", QStringLiteral("zoe"), false).members.isEmpty());

    const QList<RedisRoomPresence::Event> events = heard(5);
    QCOMPARE(events.size(), 5);
    QStringList names;
    for (const RedisRoomPresence::Event &event : events) {
        QCOMPARE(event.kind, Kind::Join);
        QCOMPARE(event.time, 1000);
        names << event.name;
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("sam"), QStringLiteral("sam-2"), QStringLiteral("sam-3"),
                          QStringLiteral("ann"), QStringLiteral("zoe")}));
}

void tst_RedisRoomPresence::guestsAreNumberedOnce()
{
    const RedisRoomPresence a(room, "a", 5000);
    const RedisRoomPresence b(room, "b", 5000);
    // Someone took the name guest-2 before the second guest came.
    QCOMPARE(join(a, "a:1", QString()).name, QStringLiteral("guest-1"));
    QCOMPARE(join(b, "b:1", QStringLiteral("guest-2")).name, QStringLiteral("guest-2"));
    QCOMPARE(join(b, "b:2", QString()).name, QStringLiteral("guest-3"));
    QCOMPARE(join(a, "a:2", QString()).name, QStringLiteral("guest-4"));
}

void tst_RedisRoomPresence::renamesAndLeavesAreHeard()
{
    const RedisRoomPresence a(room, "a", 5000);
    const RedisRoomPresence b(room, "b", 5000);
    join(a, "a:1", QStringLiteral("ann"));
    join(b, "b:1", QStringLiteral("bob"));
    QCOMPARE(heard(2).size(), 2);

    QString renamed;
    b.rename(*m_connection, "b:1", QStringLiteral("ann"), 2000,
             [&](const RedisRoomPresence::Claim &claim, const QString &error) {
                 QVERIFY2(error.isEmpty(), qPrintable(error));
                 renamed = claim.name;
             });
    QTRY_COMPARE(renamed, QStringLiteral("ann-2"));
    const QList<RedisRoomPresence::Event> rename = heard(1);
    QCOMPARE(rename.size(), 1);
    QCOMPARE(rename.at(0).kind, Kind::Rename);
    QCOMPARE(rename.at(0).name, QStringLiteral("ann-2"));
    QCOMPARE(rename.at(0).from, QStringLiteral("bob"));
    QCOMPARE(rename.at(0).requested, QStringLiteral("ann"));
    QCOMPARE(rename.at(0).time, 2000);

    waitForReply([&](RedisConnection::Callback done) {
        a.leave(*m_connection, "a:1", 3000, true, [done](const QString &) { done({}); });
    });
    const QList<RedisRoomPresence::Event> leave = heard(1);
    QCOMPARE(leave.size(), 1);
    QCOMPARE(leave.at(0).kind, Kind::Leave);
    QCOMPARE(leave.at(0).name, QStringLiteral("ann"));
    // The name is free again, and the one who renamed keeps its place in the order.
    const RedisRoomPresence::Claim again = join(a, "a:2", QStringLiteral("ann"));
    QCOMPARE(again.name, QStringLiteral("ann"));
    QCOMPARE(again.members, QStringList({QStringLiteral("ann-2"), QStringLiteral("ann")}));
}

void tst_RedisRoomPresence::anOperationSentTwiceIsDoneOnce()
{
    const RedisRoomPresence a(room, "a", 5000);
    QCOMPARE(join(a, "a:1", QStringLiteral("ann")).name, QStringLiteral("ann"));
    // As after a connection lost before the answer: the same token, the same name, no notice.
    QCOMPARE(join(a, "a:1", QStringLiteral("ann")).name, QStringLiteral("ann"));
    QCOMPARE(join(a, "a:2", QString()).name, QStringLiteral("guest-1"));
    QCOMPARE(join(a, "a:2", QString()).name, QStringLiteral("guest-1"));
    for (int i = 0; i < 2; ++i) {
        waitForReply([&](RedisConnection::Callback done) {
            a.rename(*m_connection, "a:1", QStringLiteral("amy"), 0,
                     [done](const RedisRoomPresence::Claim &, const QString &) { done({}); });
        });
        waitForReply([&](RedisConnection::Callback done) {
            a.leave(*m_connection, "a:2", 0, false, [done](const QString &) { done({}); });
        });
    }
    const QList<RedisRoomPresence::Event> events = heard(4);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(2).kind, Kind::Rename);
    QCOMPARE(events.at(3).kind, Kind::Leave);
    // Nothing more came.
    waitForReply([&](RedisConnection::Callback done) { m_subscriber->command({"PING"}, done); });
    QCOMPARE(m_pushed->size(), 0);
}

void tst_RedisRoomPresence::aServerWhoseHeartbeatRanOutTakesItsMembers()
{
    const RedisRoomPresence mortal(room, "mortal", 300);
    const RedisRoomPresence living(room, "living", 60000);
    join(mortal, "mortal:1", QStringLiteral("ann"));
    join(mortal, "mortal:2", QString());
    join(living, "living:1", QStringLiteral("bob"));
    QCOMPARE(heard(3).size(), 3);

    // The mortal one stops beating; the living one's next beat says its members have left.
    QTest::qWait(400);
    bool forgotten = true;
    waitForReply([&](RedisConnection::Callback done) {
        living.beat(*m_connection, [&forgotten, done](bool isForgotten, const QString &) {
            forgotten = isForgotten;
            done({});
        });
    });
    QVERIFY(!forgotten);
    const QList<RedisRoomPresence::Event> events = heard(2);
    QCOMPARE(events.size(), 2);
    QStringList left;
    for (const RedisRoomPresence::Event &event : events) {
        QCOMPARE(event.kind, Kind::Leave);
        QVERIFY(event.time > 0);
        left << event.name;
    }
    left.sort();
    QCOMPARE(left, QStringList({QStringLiteral("ann"), QStringLiteral("guest-1")}));
    QCOMPARE(join(living, "living:2", QStringLiteral("cy")).members,
             QStringList({QStringLiteral("bob"), QStringLiteral("cy")}));
}

void tst_RedisRoomPresence::membersAreMadeKnownAgainToARedisThatForgotThem()
{
    const RedisRoomPresence a(room, "a", 5000);
    const RedisRoomPresence b(room, "b", 5000);
    join(a, "a:1", QStringLiteral("ann"));
    QCOMPARE(heard(1).size(), 1);
    bool forgotten = true;
    const auto beat = [&] {
        waitForReply([&](RedisConnection::Callback done) {
            a.beat(*m_connection, [&forgotten, done](bool isForgotten, const QString &) {
                forgotten = isForgotten;
                done({});
            });
        });
    };
    beat();
    QVERIFY(!forgotten);

    waitForReply(
        [&](RedisConnection::Callback done) { m_connection->command({"FLUSHALL"}, done); });
    beat();
    QVERIFY(forgotten);
    // Meanwhile someone else took one of the names: it stays theirs.
    join(b, "b:1", QStringLiteral("cy"));
    QCOMPARE(heard(1).size(), 1);
    waitForReply([&](RedisConnection::Callback done) {
        a.restore(*m_connection, {{"a:1", QStringLiteral("ann")}, {"a:2", QStringLiteral("cy")}},
                  4000, [done](const QString &) { done({}); });
    });
    const QList<RedisRoomPresence::Event> events = heard(1);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).kind, Kind::Join);
    QCOMPARE(events.at(0).name, QStringLiteral("ann"));
    QCOMPARE(join(b, "b:2", QStringLiteral("dan")).members,
             QStringList({QStringLiteral("cy"), QStringLiteral("ann"), QStringLiteral("dan")}));
    beat();
    QVERIFY(!forgotten);
}

void tst_RedisRoomPresence::noticesAreParsed()
{
    const auto event = RedisRoomPresence::parse("presence\nrename\n42\nb\na\nc");
    QVERIFY(event);
    QCOMPARE(event->kind, Kind::Rename);
    QCOMPARE(event->time, 42);
    QCOMPARE(event->name, QStringLiteral("b"));
    QCOMPARE(event->from, QStringLiteral("a"));
    QCOMPARE(event->requested, QStringLiteral("c"));
    QVERIFY(!RedisRoomPresence::parse("presence\nwave\n1\na\n\n"));
    QVERIFY(!RedisRoomPresence::parse("presence\njoin\n1\na"));
    QVERIFY(!RedisRoomPresence::parse("1\nepoch\nbody"));
}

QTEST_GUILESS_MAIN(tst_RedisRoomPresence)
#include "tst_redisroompresence.moc"
