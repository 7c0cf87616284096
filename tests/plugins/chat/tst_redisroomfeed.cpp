// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RedisRoomFeed against a real redis-server: a room's records in order with contiguous offsets,
// from now or from a known position, gaps that pub/sub left filled from the stream, what the
// stream no longer has counted as lost, and a subscriber that Redis cut off (output buffer limit)
// catching up after it reconnects.

#include "redisserver.h"

#include <redisconnection.h>
#include <redisroomfeed.h>
#include <redisroomlog.h>

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using BanterRedis::RedisConnection;
using BanterRedis::RedisRoomFeed;
using BanterRedis::RedisRoomLog;
using BanterRedis::RedisUrl;
using BanterRedis::RedisValue;
using Record = BanterRedis::RedisRoomLog::Record;
using namespace std::chrono_literals;

class tst_RedisRoomFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliversARoomInOrderFromNow();
    void catchesUpFromAKnownPosition();
    void fillsAGapThatPubSubLeft();
    void countsWhatTheStreamNoLongerHasAsLost();
    void aSubscriberCutOffByRedisCatchesUp();
    void aRoomStartedAnewIsCaughtUpFromItsStart();

private:
    void startFeed(const QString &room, quint64 after = 0, const QByteArray &epoch = {});
    Record publish(const QByteArray &body);
    RedisValue run(const QList<QByteArray> &command);
    // Offsets and bodies the feed delivered for the room, in order.
    QList<quint64> offsets() const;

    std::unique_ptr<RedisServer> m_server;
    std::unique_ptr<RedisConnection> m_publisher;
    std::unique_ptr<RedisRoomFeed> m_feed;
    QList<Record> m_delivered;
    int m_published = 0;
};

void tst_RedisRoomFeed::init()
{
    m_delivered.clear();
    m_published = 0;
    m_server = std::make_unique<RedisServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_publisher = std::make_unique<RedisConnection>();
    m_publisher->open(RedisUrl::parse(m_server->tcpUrl(), nullptr));
    RedisRoomLog::prepare(*m_publisher);
}

void tst_RedisRoomFeed::cleanup()
{
    m_feed.reset();
    m_publisher.reset();
    m_server.reset();
}

void tst_RedisRoomFeed::startFeed(const QString &room, quint64 after, const QByteArray &epoch)
{
    m_feed = std::make_unique<RedisRoomFeed>(RedisUrl::parse(m_server->unixUrl(), nullptr));
    m_feed->setBackoff(BanterRedis::Backoff(10ms, 50ms));
    connect(m_feed.get(), &RedisRoomFeed::delivered, this,
            [this](const QString &, const Record &record) { m_delivered.append(record); });
    QSignalSpy up(m_feed.get(), &RedisRoomFeed::up);
    m_feed->follow(room, after, epoch);
    m_feed->start();
    QVERIFY(up.wait(10000));
}

Record tst_RedisRoomFeed::publish(const QByteArray &body)
{
    Record result;
    bool done = false;
    RedisRoomLog::publish(*m_publisher, QStringLiteral("tea"),
                          "id" + QByteArray::number(++m_published), body, 1000,
                          [&](const Record &record, const QString &) {
                              result = record;
                              done = true;
                          });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        QTest::qFail("no reply from Redis within 10 s", __FILE__, __LINE__);
    return result;
}

RedisValue tst_RedisRoomFeed::run(const QList<QByteArray> &command)
{
    RedisValue result;
    bool done = false;
    m_publisher->command(command, [&](const RedisValue &reply) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        QTest::qFail("no reply from Redis within 10 s", __FILE__, __LINE__);
    return result;
}

QList<quint64> tst_RedisRoomFeed::offsets() const
{
    QList<quint64> result;
    for (const Record &record : m_delivered)
        result.append(record.offset);
    return result;
}

namespace {

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> result;
    for (quint64 offset = first; offset <= last; ++offset)
        result.append(offset);
    return result;
}

} // namespace

void tst_RedisRoomFeed::deliversARoomInOrderFromNow()
{
    publish("before the feed");
    startFeed(QStringLiteral("tea"));
    for (int i = 0; i < 100; ++i)
        publish("m" + QByteArray::number(i));
    QTRY_COMPARE(m_delivered.size(), 100);
    QCOMPARE(offsets(), range(2, 101));
    QCOMPARE(m_delivered.first().body, QByteArray("m0"));
    QCOMPARE(m_feed->counters().gapsFilled, quint64(0));
}

void tst_RedisRoomFeed::catchesUpFromAKnownPosition()
{
    Record third;
    for (int i = 1; i <= 10; ++i) {
        const Record record = publish("m" + QByteArray::number(i));
        if (i == 3)
            third = record;
    }
    // A member came back knowing offset 3: 4..10 from the stream, then what comes next.
    startFeed(QStringLiteral("tea"), third.offset, third.epoch);
    QTRY_COMPARE(m_delivered.size(), 7);
    for (int i = 11; i <= 15; ++i)
        publish("m" + QByteArray::number(i));
    QTRY_COMPARE(m_delivered.size(), 12);
    QCOMPARE(offsets(), range(4, 15));
    QCOMPARE(m_delivered.first().body, QByteArray("m4"));
}

void tst_RedisRoomFeed::fillsAGapThatPubSubLeft()
{
    startFeed(QStringLiteral("tea"));
    const Record first = publish("one");
    QTRY_COMPARE(m_delivered.size(), 1);
    // Three messages numbered and kept but never published, as if pub/sub had dropped them.
    for (quint64 offset = 2; offset <= 4; ++offset) {
        run({"INCR", "banter:{tea}:offset"});
        run({"XADD", "banter:{tea}:log", QByteArray::number(offset) + "-0", "r",
             QByteArray::number(offset) + "\n" + first.epoch + "\nsilent:" +
                 QByteArray::number(offset) + "\nsilent " + QByteArray::number(offset)});
    }
    publish("five");
    QTRY_COMPARE(m_delivered.size(), 5);
    QCOMPARE(offsets(), range(1, 5));
    QCOMPARE(m_delivered.at(2).body, QByteArray("silent 3"));
    QCOMPARE(m_delivered.at(4).body, QByteArray("five"));
    QCOMPARE(m_feed->counters().gapsFilled, quint64(1));
    QCOMPARE(m_feed->counters().lost, quint64(0));
}

void tst_RedisRoomFeed::countsWhatTheStreamNoLongerHasAsLost()
{
    startFeed(QStringLiteral("tea"));
    QSignalSpy said(m_feed.get(), &RedisRoomFeed::said);
    publish("one");
    QTRY_COMPARE(m_delivered.size(), 1);
    // Three numbers taken, and nothing kept of them.
    for (int i = 0; i < 3; ++i)
        run({"INCR", "banter:{tea}:offset"});
    publish("five");
    publish("six");
    QTRY_COMPARE(m_delivered.size(), 3);
    QCOMPARE(offsets(), (QList<quint64>{1, 5, 6}));
    QCOMPARE(m_feed->counters().lost, quint64(3));
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.last().at(0).toString(),
             QStringLiteral("room tea: 3 messages lost (no longer in redis)"));
}

void tst_RedisRoomFeed::aSubscriberCutOffByRedisCatchesUp()
{
    const QString cli = QStandardPaths::findExecutable(QStringLiteral("redis-cli"));
    QVERIFY2(!cli.isEmpty(), "redis-cli (Debian redis-tools) is missing");
    startFeed(QStringLiteral("tea"));
    QSignalSpy down(m_feed.get(), &RedisRoomFeed::down);
    const Record first = publish("one");
    QTRY_COMPARE(m_delivered.size(), 1);
    QCOMPARE(run({"CONFIG", "SET", "client-output-buffer-limit", "pubsub 4096 0 0"}).string,
             QByteArray("OK"));
    // 300 messages of 1 KB numbered, kept and published at once while this process does not
    // read (redis-cli runs to its end first): Redis cuts the subscriber off at 4 KB.
    const QByteArray script =
        "for i = 1, 300 do "
        "local offset = redis.call('INCR', 'banter:{tea}:offset') "
        "local record = offset .. '\\n' .. ARGV[1] .. '\\nbulk:' .. offset .. '\\n' .. "
        "string.rep('x', 1024) "
        "redis.call('XADD', 'banter:{tea}:log', offset .. '-0', 'r', record) "
        "redis.call('PUBLISH', 'banter:{tea}', record) end return 1";
    QProcess redisCli;
    redisCli.start(cli, {QStringLiteral("-s"), m_server->socketPath(), QStringLiteral("EVAL"),
                         QString::fromLatin1(script), QStringLiteral("0"),
                         QString::fromLatin1(first.epoch)});
    QVERIFY(redisCli.waitForFinished(20000));
    QCOMPARE(redisCli.readAllStandardOutput().trimmed(), QByteArray("1")); // no terminal: raw
    // Cut off, back, and caught up from the stream: every record once, in order.
    QVERIFY(down.wait(10000));
    QVERIFY2(down.at(0).at(0).toString().contains(QStringLiteral("lost the connection")),
             qPrintable(down.at(0).at(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_delivered.size(), 301, 20000);
    QCOMPARE(offsets(), range(1, 301));
    QVERIFY(m_feed->counters().reconnects >= 1);
    publish("after");
    QTRY_COMPARE(m_delivered.size(), 302);
    QCOMPARE(m_delivered.last().body, QByteArray("after"));
}

void tst_RedisRoomFeed::aRoomStartedAnewIsCaughtUpFromItsStart()
{
    publish("one");
    const Record known = publish("two");
    // Redis comes back empty; the room gets three messages under a new epoch before the feed,
    // which knew offset 2 of the old one, is there: it reads them all, from 1.
    m_publisher.reset();
    m_server->stop();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_publisher = std::make_unique<RedisConnection>();
    m_publisher->open(RedisUrl::parse(m_server->tcpUrl(), nullptr));
    RedisRoomLog::prepare(*m_publisher);
    for (int i = 1; i <= 3; ++i)
        publish("new " + QByteArray::number(i));
    startFeed(QStringLiteral("tea"), known.offset, known.epoch);
    QTRY_COMPARE(m_delivered.size(), 3);
    QCOMPARE(offsets(), range(1, 3));
    QCOMPARE(m_delivered.first().body, QByteArray("new 1"));
    QVERIFY(m_delivered.first().epoch != known.epoch);
    publish("new 4");
    QTRY_COMPARE(m_delivered.size(), 4);
    QCOMPARE(m_delivered.last().offset, quint64(4));
}

QTEST_GUILESS_MAIN(tst_RedisRoomFeed)
#include "tst_redisroomfeed.moc"
