// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RedisLink against a real redis-server that goes away and comes back: what is published
// meanwhile waits and goes out in its order, within its bounds; what was on its way is numbered
// once; the log says what happened.

#include "redisserver.h"

#include <redislink.h>

#include <QSignalSpy>
#include <QtTest>

#include <signal.h>

using BanterRedis::RedisLink;
using BanterRedis::RedisRoomLog;
using BanterRedis::RedisUrl;
using Record = BanterRedis::RedisRoomLog::Record;
using namespace std::chrono_literals;

namespace {

// What each published message's callback got, in the order of publishing.
struct Outcome
{
    bool isDone = false;
    Record record;
    QString error;
};

} // namespace

class tst_RedisLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void publishesInOrderWhenUp();
    void waitsWhileRedisIsAwayAndSendsInOrder();
    void beyondItsBoundsAMessageIsRefused();
    void aMessageTooLongWaitingIsRefused();
    void aNumberedMessageNotSeenBackGoesAgainFirst();
    void aRedisKilledWhileMessagesFlowLosesNothing();

private:
    std::unique_ptr<RedisLink> startLink();
    void publish(RedisLink &link, int count, const QByteArray &prefix = "m");

    std::unique_ptr<RedisServer> m_server;
    std::vector<Outcome> m_outcomes;
};

void tst_RedisLink::init()
{
    m_outcomes.clear();
    m_outcomes.reserve(1000);
    m_server = std::make_unique<RedisServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void tst_RedisLink::cleanup()
{
    m_server.reset();
}

std::unique_ptr<RedisLink> tst_RedisLink::startLink()
{
    auto link = std::make_unique<RedisLink>(RedisUrl::parse(m_server->tcpUrl(), nullptr));
    link->setBackoff(BanterRedis::Backoff(10ms, 50ms));
    link->start();
    return link;
}

void tst_RedisLink::publish(RedisLink &link, int count, const QByteArray &prefix)
{
    for (int i = 0; i < count; ++i) {
        const size_t at = m_outcomes.size();
        m_outcomes.emplace_back();
        link.publish(QStringLiteral("tea"), prefix + QByteArray::number(i), 1000,
                     [this, at](const Record &record, const QString &error) {
                         QVERIFY2(!m_outcomes[at].isDone, "a second answer for one message");
                         m_outcomes[at] = {true, record, error};
                     });
    }
}

void tst_RedisLink::publishesInOrderWhenUp()
{
    const auto link = startLink();
    QSignalSpy up(link.get(), &RedisLink::up);
    publish(*link, 100); // given before the link is up: they wait for it
    QVERIFY(up.wait(10000));
    QTRY_COMPARE(link->counters().published, quint64(100));
    for (size_t i = 0; i < m_outcomes.size(); ++i) {
        QVERIFY2(m_outcomes[i].error.isEmpty(), qPrintable(m_outcomes[i].error));
        QCOMPARE(m_outcomes[i].record.offset, quint64(i + 1));
        QCOMPARE(m_outcomes[i].record.body, "m" + QByteArray::number(qulonglong(i)));
    }
    QCOMPARE(link->waiting(), 0);
}

void tst_RedisLink::waitsWhileRedisIsAwayAndSendsInOrder()
{
    const auto link = startLink();
    QSignalSpy up(link.get(), &RedisLink::up);
    QSignalSpy down(link.get(), &RedisLink::down);
    QSignalSpy said(link.get(), &RedisLink::said);
    QVERIFY(up.wait(10000));
    publish(*link, 5, "before ");
    QTRY_COMPARE(link->counters().published, quint64(5));
    // As the room's feed does when it delivers them: they are through.
    link->confirm(QStringLiteral("tea"), m_outcomes[4].record.epoch, 5);

    m_server->stop();
    QVERIFY(down.wait(10000));
    // The five seen back a moment ago wait to go again too (Redis may have handed them to this
    // server only), before the 50 published while Redis is away.
    QCOMPARE(link->waiting(), 5);
    publish(*link, 50, "while away ");
    QCOMPARE(link->waiting(), 55);
    // It keeps trying, and says so, without a busy loop (at most one try per 10 ms here).
    QTRY_VERIFY(said.size() >= 4);
    QVERIFY(said.last().at(0).toString().contains(
        QStringLiteral("redis unreachable at 127.0.0.1:%1").arg(m_server->port())));
    QVERIFY(said.last().at(0).toString().contains(QStringLiteral("; retrying in 0.")));
    QVERIFY(std::none_of(m_outcomes.begin() + 5, m_outcomes.end(),
                         [](const Outcome &outcome) { return outcome.isDone; }));

    // Back, empty (it saves nothing): the five again, then the 50, in their order, under the
    // room's new epoch; published counts each message once.
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(link->waiting(), 0, 10000);
    QCOMPARE(link->counters().published, quint64(55));
    for (int i = 0; i < 50; ++i) {
        const Outcome &outcome = m_outcomes[size_t(5 + i)];
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.record.offset, quint64(5 + i + 1));
        QVERIFY(outcome.record.epoch != m_outcomes[0].record.epoch);
    }
    QList<Record> stream;
    RedisRoomLog::read(link->connection(), QStringLiteral("tea"), 1, 5,
                       [&](const QList<Record> &records, const QString &) { stream = records; });
    QTRY_COMPARE(stream.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(stream.at(i).body, "before " + QByteArray::number(i));
        QCOMPARE(stream.at(i).id, m_outcomes[size_t(i)].record.id);
    }
    QTRY_VERIFY(!said.isEmpty() &&
                said.last().at(0).toString().startsWith(QStringLiteral("redis back after ")));
    QVERIFY2(said.last().at(0).toString().endsWith(QStringLiteral("s; 55 waiting messages sent")),
             qPrintable(said.last().at(0).toString()));
}

void tst_RedisLink::beyondItsBoundsAMessageIsRefused()
{
    const auto link = startLink();
    link->setLimits({10, 1024 * 1024, 60s});
    QSignalSpy up(link.get(), &RedisLink::up);
    QSignalSpy down(link.get(), &RedisLink::down);
    QVERIFY(up.wait(10000));
    m_server->stop();
    QVERIFY(down.wait(10000));
    publish(*link, 12);
    // The two beyond the bound are told at once, in words; the ten wait.
    for (size_t i = 10; i < 12; ++i) {
        QVERIFY(m_outcomes[i].isDone);
        QVERIFY2(m_outcomes[i].error.contains(QStringLiteral("10 messages")),
                 qPrintable(m_outcomes[i].error));
    }
    QCOMPARE(link->waiting(), 10);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(link->counters().published, quint64(10), 10000);
    QCOMPARE(m_outcomes[9].record.offset, quint64(10));
    QCOMPARE(link->counters().refused, quint64(2));
}

void tst_RedisLink::aMessageTooLongWaitingIsRefused()
{
    const auto link = startLink();
    link->setLimits({100, 1024 * 1024, 300ms});
    QSignalSpy up(link.get(), &RedisLink::up);
    QSignalSpy down(link.get(), &RedisLink::down);
    QVERIFY(up.wait(10000));
    m_server->stop();
    QVERIFY(down.wait(10000));
    publish(*link, 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_outcomes[2].isDone, 10000);
    for (const Outcome &outcome : m_outcomes)
        QVERIFY2(outcome.error.contains(QStringLiteral("away for longer than 0.3 s")),
                 qPrintable(outcome.error));
    QCOMPARE(link->waiting(), 0);
}

void tst_RedisLink::aNumberedMessageNotSeenBackGoesAgainFirst()
{
    const auto link = startLink();
    QSignalSpy up(link.get(), &RedisLink::up);
    QSignalSpy down(link.get(), &RedisLink::down);
    QVERIFY(up.wait(10000));
    publish(*link, 3, "numbered ");
    QTRY_COMPARE(link->counters().published, quint64(3));
    const QByteArray epoch = m_outcomes[0].record.epoch;
    // The feed delivered the first only; a confirmation of another epoch or room counts nothing.
    link->confirm(QStringLiteral("tea"), epoch, 1);
    link->confirm(QStringLiteral("tea"), "another epoch", 3);
    link->confirm(QStringLiteral("coffee"), epoch, 3);

    // Redis dies, taking the last two with it; two more are published while it is away. The
    // first, seen back a moment ago, goes again too: Redis may have handed it to this server only.
    m_server->stop();
    QVERIFY(down.wait(10000));
    QCOMPARE(link->waiting(), 3);
    publish(*link, 2, "while away ");
    QCOMPARE(link->waiting(), 5);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(link->waiting(), 0, 10000);
    QCOMPARE(link->counters().published, quint64(5));
    // In the new epoch the three come first, in order, then the two that waited.
    QVERIFY(m_outcomes[3].record.epoch != epoch);
    QCOMPARE(m_outcomes[3].record.offset, quint64(4));
    QCOMPARE(m_outcomes[4].record.offset, quint64(5));
    Record first;
    bool isRead = false;
    RedisRoomLog::read(link->connection(), QStringLiteral("tea"), 1, 5,
                       [&](const QList<Record> &records, const QString &error) {
                           QVERIFY2(error.isEmpty(), qPrintable(error));
                           QCOMPARE(records.size(), 5);
                           QCOMPARE(records.at(0).body, QByteArray("numbered 0"));
                           QCOMPARE(records.at(1).body, QByteArray("numbered 1"));
                           QCOMPARE(records.at(2).body, QByteArray("numbered 2"));
                           QCOMPARE(records.at(3).body, QByteArray("while away 0"));
                           first = records.at(0);
                           isRead = true;
                       });
    QTRY_VERIFY(isRead);
    QCOMPARE(first.offset, quint64(1));
    QCOMPARE(first.id, m_outcomes[0].record.id);
    // Every message answered once.
    for (const Outcome &outcome : m_outcomes)
        QVERIFY(outcome.isDone);
}

void tst_RedisLink::aRedisKilledWhileMessagesFlowLosesNothing()
{
    const auto link = startLink();
    QSignalSpy up(link.get(), &RedisLink::up);
    QVERIFY(up.wait(10000));
    // Frozen with messages on their way, then killed: some were numbered by the Redis that died
    // (and answered before it did), the others go to the new one.
    publish(*link, 100, "first ");
    m_server->signal(SIGSTOP);
    publish(*link, 100, "second ");
    m_server->signal(SIGKILL);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(link->counters().published, quint64(200), 20000);
    // Every message answered once, without an error; within each epoch, offsets count up from
    // where they start without a gap, in the order of publishing.
    QHash<QByteArray, quint64> lastOffset;
    for (const Outcome &outcome : m_outcomes) {
        QVERIFY(outcome.isDone);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const quint64 previous = lastOffset.value(outcome.record.epoch, 0);
        QCOMPARE(outcome.record.offset, previous + 1);
        lastOffset.insert(outcome.record.epoch, outcome.record.offset);
    }
    QVERIFY(lastOffset.size() <= 2);
}

QTEST_GUILESS_MAIN(tst_RedisLink)
#include "tst_redislink.moc"
