// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RedisRoomLog against a real redis-server: concurrent publishers get one order with contiguous
// offsets, subscribers see exactly that order, the stream gives back what was missed, keeps only
// the last records, and a Redis that lost its data starts the room under a new epoch.

#include "redisserver.h"

#include <redisconnection.h>
#include <redisroomlog.h>

#include <QSignalSpy>
#include <QtTest>

using BanterRedis::RedisConnection;
using BanterRedis::RedisRoomLog;
using BanterRedis::RedisUrl;
using BanterRedis::RedisValue;
using Record = BanterRedis::RedisRoomLog::Record;

class tst_RedisRoomLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void concurrentPublishersGetOneOrder();
    void theStreamGivesBackWhatWasMissed();
    void theStreamKeepsTheLastRecords();
    void aRedisThatLostItsDataStartsANewEpoch();
    void aFlushedScriptIsLoadedAgain();
    void aMessagePublishedAgainIsNotPublishedTwice();
    void recordsAreParsed();

private:
    std::unique_ptr<RedisConnection> open();
    static QList<Record> readAll(RedisConnection &connection, const QString &room, quint64 first,
                                 quint64 last);
    static Record publish(RedisConnection &connection, const QString &room, const QByteArray &body,
                          int keep = 1000);

    std::unique_ptr<RedisServer> m_server;
};

void tst_RedisRoomLog::init()
{
    m_server = std::make_unique<RedisServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void tst_RedisRoomLog::cleanup()
{
    m_server.reset();
}

std::unique_ptr<RedisConnection> tst_RedisRoomLog::open()
{
    auto connection = std::make_unique<RedisConnection>();
    connection->open(RedisUrl::parse(m_server->tcpUrl(), nullptr));
    RedisRoomLog::prepare(*connection);
    return connection;
}

QList<Record> tst_RedisRoomLog::readAll(RedisConnection &connection, const QString &room,
                                        quint64 first, quint64 last)
{
    QList<Record> result;
    bool done = false;
    RedisRoomLog::read(connection, room, first, last,
                       [&](const QList<Record> &records, const QString &error) {
                           QVERIFY2(error.isEmpty(), qPrintable(error));
                           result = records;
                           done = true;
                       });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        QTest::qFail("no reply from Redis within 10 s", __FILE__, __LINE__);
    return result;
}

Record tst_RedisRoomLog::publish(RedisConnection &connection, const QString &room,
                                 const QByteArray &body, int keep)
{
    Record result;
    bool done = false;
    // The body as its id, without line breaks as RedisLink's are: the same body is the same
    // message here.
    RedisRoomLog::publish(connection, room, body.toHex(), body, keep,
                          [&](const Record &record, const QString &error) {
                              QVERIFY2(error.isEmpty(), qPrintable(error));
                              result = record;
                              done = true;
                          });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        QTest::qFail("no reply from Redis within 10 s", __FILE__, __LINE__);
    return result;
}

void tst_RedisRoomLog::concurrentPublishersGetOneOrder()
{
    const auto subscriber = open();
    QSignalSpy pushed(subscriber.get(), &RedisConnection::pushed);
    bool subscribed = false;
    subscriber->command({"SUBSCRIBE", RedisRoomLog::channel(QStringLiteral("tea"))},
                        [&](const RedisValue &) { subscribed = true; });
    QTRY_VERIFY(subscribed);

    // Three instances publish 300 messages each into the room at the same time, pipelined.
    std::vector<std::unique_ptr<RedisConnection>> publishers;
    QHash<QByteArray, quint64> offsetOf;
    for (int p = 0; p < 3; ++p)
        publishers.push_back(open());
    for (int i = 0; i < 300; ++i) {
        for (int p = 0; p < 3; ++p) {
            const QByteArray body = "p" + QByteArray::number(p) + " " + QByteArray::number(i);
            RedisRoomLog::publish(*publishers[size_t(p)], QStringLiteral("tea"), body, body, 10000,
                                  [&offsetOf, body](const Record &record, const QString &) {
                                      offsetOf.insert(body, record.offset);
                                  });
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(offsetOf.size(), 900, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 900, 20000);

    // The subscriber got offsets 1..900 in order under one epoch; each publisher's messages in
    // the order it published them; each record is the one its publisher was told about.
    QByteArray epoch;
    QList<int> lastOf(3, -1);
    for (int n = 0; n < 900; ++n) {
        QCOMPARE(pushed.at(n).at(0).toByteArray(), RedisRoomLog::channel(QStringLiteral("tea")));
        const std::optional<Record> record = RedisRoomLog::parse(pushed.at(n).at(1).toByteArray());
        QVERIFY(record);
        QCOMPARE(record->offset, quint64(n + 1));
        if (n == 0)
            epoch = record->epoch;
        QCOMPARE(record->epoch, epoch);
        QCOMPARE(record->id, record->body); // published with the body as its id here
        QCOMPARE(offsetOf.value(record->body), record->offset);
        const int publisher = record->body.mid(1, 1).toInt();
        const int sequence = record->body.mid(3).toInt();
        QCOMPARE(sequence, lastOf[publisher] + 1);
        lastOf[publisher] = sequence;
    }
}

void tst_RedisRoomLog::theStreamGivesBackWhatWasMissed()
{
    const auto connection = open();
    const QByteArray binary("\x00\n\xff\r\n", 5);
    for (int i = 1; i <= 20; ++i)
        publish(*connection, QStringLiteral("tea"), i == 7 ? binary : "m" + QByteArray::number(i));
    publish(*connection, QStringLiteral("other"), "elsewhere");
    // A gap from 5 to 9, as an instance that missed them would ask for it.
    const QList<Record> missed = readAll(*connection, QStringLiteral("tea"), 5, 9);
    QCOMPARE(missed.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(missed.at(i).offset, quint64(5 + i));
    QCOMPARE(missed.at(0).body, QByteArray("m5"));
    QCOMPARE(missed.at(2).body, binary);
    // Beyond the end: what there is.
    QCOMPARE(readAll(*connection, QStringLiteral("tea"), 19, 100).size(), 2);
    QCOMPARE(readAll(*connection, QStringLiteral("other"), 1, 100).size(), 1);
    // The last three, oldest first.
    QList<Record> last;
    RedisRoomLog::readLast(*connection, QStringLiteral("tea"), 3,
                           [&](const QList<Record> &records, const QString &) { last = records; });
    QTRY_COMPARE(last.size(), 3);
    QCOMPARE(last.at(0).offset, quint64(18));
    QCOMPARE(last.at(2).offset, quint64(20));
}

void tst_RedisRoomLog::theStreamKeepsTheLastRecords()
{
    const auto connection = open();
    for (int i = 1; i <= 1000; ++i)
        RedisRoomLog::publish(*connection, QStringLiteral("tea"), QByteArray::number(i),
                              QByteArray::number(i), 100, [](const Record &, const QString &) {});
    const Record last = publish(*connection, QStringLiteral("tea"), "last", 100);
    QCOMPARE(last.offset, quint64(1001));
    // Trimmed with "~": at least the last 100 are there, far fewer than all.
    const QList<Record> kept = readAll(*connection, QStringLiteral("tea"), 1, 1001);
    QVERIFY2(kept.size() >= 100 && kept.size() < 500, qPrintable(QString::number(kept.size())));
    QCOMPARE(kept.last().offset, quint64(1001));
    QVERIFY(readAll(*connection, QStringLiteral("tea"), 1, 10).isEmpty());
}

void tst_RedisRoomLog::aRedisThatLostItsDataStartsANewEpoch()
{
    Record before;
    {
        const auto connection = open();
        publish(*connection, QStringLiteral("tea"), "one");
        before = publish(*connection, QStringLiteral("tea"), "two");
    }
    QCOMPARE(before.offset, quint64(2));
    m_server->stop();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString())); // saves nothing: empty
    const auto connection = open();
    const Record after = publish(*connection, QStringLiteral("tea"), "three");
    QCOMPARE(after.offset, quint64(1));
    QVERIFY(!after.epoch.isEmpty());
    QVERIFY(after.epoch != before.epoch);
}

void tst_RedisRoomLog::aFlushedScriptIsLoadedAgain()
{
    const auto connection = open();
    QCOMPARE(publish(*connection, QStringLiteral("tea"), "one").offset, quint64(1));
    bool flushed = false;
    connection->command({"SCRIPT", "FLUSH"}, [&](const RedisValue &) { flushed = true; });
    QTRY_VERIFY(flushed);
    QCOMPARE(publish(*connection, QStringLiteral("tea"), "two").offset, quint64(2));
    QCOMPARE(publish(*connection, QStringLiteral("tea"), "three").offset, quint64(3));
}

void tst_RedisRoomLog::aMessagePublishedAgainIsNotPublishedTwice()
{
    const auto connection = open();
    const Record first = publish(*connection, QStringLiteral("tea"), "hello");
    publish(*connection, QStringLiteral("tea"), "other");
    // "hello" again, as after a reply lost with the connection: the same record, no new offset.
    const Record again = publish(*connection, QStringLiteral("tea"), "hello");
    QCOMPARE(again.offset, first.offset);
    QCOMPARE(again.epoch, first.epoch);
    QCOMPARE(publish(*connection, QStringLiteral("tea"), "next").offset, quint64(3));
    QCOMPARE(readAll(*connection, QStringLiteral("tea"), 1, 10).size(), 3);
}

void tst_RedisRoomLog::recordsAreParsed()
{
    const std::optional<Record> record =
        RedisRoomLog::parse(QByteArray("12\nab3\nk1:7\nhi\nthere", 20));
    QVERIFY(record);
    QCOMPARE(record->offset, quint64(12));
    QCOMPARE(record->epoch, QByteArray("ab3"));
    QCOMPARE(record->id, QByteArray("k1:7"));
    QCOMPARE(record->body, QByteArray("hi\nthere"));
    QVERIFY(!RedisRoomLog::parse("12\nab3"));
    QVERIFY(!RedisRoomLog::parse("12\nab3\nk1:7"));
    QVERIFY(!RedisRoomLog::parse("x\nab3\nk1:7\nbody"));
    QVERIFY(!RedisRoomLog::parse("0\nab3\nk1:7\nbody"));
    QVERIFY(!RedisRoomLog::parse(""));
}

QTEST_GUILESS_MAIN(tst_RedisRoomLog)
#include "tst_redisroomlog.moc"
