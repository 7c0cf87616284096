// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each network condition's effect, on a clock the test moves by hand: no sleeps, no timing
// thresholds. ChaosSchedule and ChaosLink alone, then a ChaosConnection around a connection that
// records what reaches it.
#include "chaosconnection.h"
#include "chaoslink.h"
#include "chaosschedule.h"
#include "manualclock.h"
#include "recordingconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace BanterChaos;

class tst_ChaosLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyAndJitterKeepOrderWithinBounds();
    void sameSeedSameDelays();
    void echoRoundTripGrowsByTwiceTheLatency();
    void bandwidthTakesBytesOverRate();
    void bandwidthCapsEachDirectionApart();
    void lossIsCloseToTheSettingAndRepeatable();
    void lossNeverTakesPings();
    void disconnectAfterTimeCutsTheLink();
    void disconnectAfterMessagesCutsTheLink();
    void blackholeStopsEverythingBothWays();
    void blackholeAfterMessages();

    void connectionReportsInjectedLoss();
    void connectionBlackholeLeavesPingsUnanswered();
    void connectionCutClosesWithAnError();
    void connectionPeerCloseArrivesBehindItsMessages();
    void connectionPongTellsTheDelayedRoundTrip();
};

namespace {

ChaosConditions conditions(const QString &query)
{
    QString problem;
    const ChaosConditions result =
        ChaosConditions::fromUrl(QUrl(QStringLiteral("chaos+ws://h/?") + query), &problem);
    if (!problem.isEmpty())
        qFatal("%s", qPrintable(problem));
    return result;
}

ChaosLink::Item message(ChaosLink::Direction direction, const QString &text)
{
    ChaosLink::Item item;
    item.direction = direction;
    item.text = text;
    return item;
}

ChaosLink::Item ping(ChaosLink::Direction direction = ChaosLink::Direction::Outgoing)
{
    ChaosLink::Item item;
    item.direction = direction;
    item.kind = ChaosLink::Kind::Ping;
    return item;
}

QStringList texts(const std::vector<ChaosLink::Item> &items)
{
    QStringList result;
    for (const ChaosLink::Item &item : items)
        result.append(item.text);
    return result;
}

constexpr auto out = ChaosLink::Direction::Outgoing;
constexpr auto in = ChaosLink::Direction::Incoming;

} // namespace

void tst_ChaosLink::latencyAndJitterKeepOrderWithinBounds()
{
    ChaosSchedule schedule(conditions(QStringLiteral("latency=100ms&jitter=20ms&seed=42")), 42);
    qint64 previous = 0;
    qint64 shortest = 1000;
    qint64 longest = 0;
    for (qint64 now = 0; now < 5000; now += 3) {
        const qint64 arrival = schedule.schedule(now, 10);
        QVERIFY2(arrival >= previous, "a message overtook one handed in before it");
        const qint64 delay = arrival - now;
        QVERIFY2(delay >= 80 && delay <= 120, qPrintable(QString::number(delay)));
        shortest = std::min(shortest, delay);
        longest = std::max(longest, delay);
        previous = arrival;
    }
    // The jitter is used, not just allowed.
    QVERIFY(shortest < 90);
    QVERIFY(longest > 110);
}

void tst_ChaosLink::sameSeedSameDelays()
{
    const ChaosConditions given = conditions(QStringLiteral("latency=100ms&jitter=50ms"));
    ChaosSchedule a(given, 42);
    ChaosSchedule b(given, 42);
    ChaosSchedule c(given, 43);
    bool differs = false;
    for (qint64 now = 0; now < 10000; now += 200) {
        const qint64 arrival = a.schedule(now, 1);
        QCOMPARE(b.schedule(now, 1), arrival);
        differs = differs || c.schedule(now, 1) != arrival;
    }
    QVERIFY(differs);
}

void tst_ChaosLink::echoRoundTripGrowsByTwiceTheLatency()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("latency=100ms")), &clock);
    const qint64 start = clock.now();
    QCOMPARE(link.push(message(out, QStringLiteral("hi"))), ChaosLink::Outcome::Queued);
    clock.advance(99);
    QVERIFY(link.advance().empty());
    QCOMPARE(link.nextWakeUp(), start + 100);
    clock.advance(1);
    QCOMPARE(texts(link.advance()), QStringList(QStringLiteral("hi")));
    // The server echoes at once; the echo takes the latency again on its way back.
    QCOMPARE(link.push(message(in, QStringLiteral("hi"))), ChaosLink::Outcome::Queued);
    clock.advance(99);
    QVERIFY(link.advance().empty());
    clock.advance(1);
    QCOMPARE(texts(link.advance()), QStringList(QStringLiteral("hi")));
    QCOMPARE(clock.now() - start, 200);
}

void tst_ChaosLink::bandwidthTakesBytesOverRate()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("bandwidth=1000B")), &clock);
    const qint64 start = clock.now();
    link.push(message(out, QString(500, u'a')));
    link.push(message(out, QString(1500, u'b')));
    // 500 bytes at 1000 B/s take 0.5 s; the next 1500 wait for them, then take 1.5 s.
    QCOMPARE(link.queuedBytes(out), 2000);
    QCOMPARE(link.nextWakeUp(), start + 500);
    clock.set(start + 499);
    QVERIFY(link.advance().empty());
    clock.set(start + 500);
    QCOMPARE(link.advance().size(), size_t(1));
    QCOMPARE(link.nextWakeUp(), start + 2000);
    clock.set(start + 2000);
    QCOMPARE(link.advance().size(), size_t(1));
    QCOMPARE(link.queuedBytes(out), 0);
}

void tst_ChaosLink::bandwidthCapsEachDirectionApart()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("bandwidth=1KiB&latency=10ms")), &clock);
    const qint64 start = clock.now();
    link.push(message(out, QString(1024, u'a')));
    link.push(message(in, QString(1024, u'b')));
    // Each direction has its 1 KiB/s: both arrive after 1 s plus the latency.
    clock.set(start + 1010);
    QCOMPARE(texts(link.advance()).size(), 2);
}

void tst_ChaosLink::lossIsCloseToTheSettingAndRepeatable()
{
    ManualClock clock;
    const ChaosConditions given = conditions(QStringLiteral("loss=10%&seed=7"));
    ChaosLink a(given, &clock);
    ChaosLink b(given, &clock);
    int lost = 0;
    for (int i = 0; i < 10000; ++i) {
        const auto outcome = a.push(message(out, QString::number(i)));
        QCOMPARE(b.push(message(out, QString::number(i))), outcome);
        if (outcome == ChaosLink::Outcome::Lost)
            ++lost;
    }
    // 10 % of 10,000 with this seed; a binomial's standard deviation is 30 here.
    QVERIFY2(lost > 850 && lost < 1150, qPrintable(QString::number(lost)));
    QCOMPARE(int(a.advance().size()), 10000 - lost);
}

void tst_ChaosLink::lossNeverTakesPings()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("loss=100%")), &clock);
    QCOMPARE(link.push(message(out, QStringLiteral("gone"))), ChaosLink::Outcome::Lost);
    QCOMPARE(link.push(ping()), ChaosLink::Outcome::Queued);
    QCOMPARE(link.advance().size(), size_t(1));
}

void tst_ChaosLink::disconnectAfterTimeCutsTheLink()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("disconnect-after=30s&latency=1s")), &clock);
    const qint64 start = clock.now();
    QCOMPARE(link.nextWakeUp(), start + 30000);
    clock.set(start + 29500);
    link.push(message(out, QStringLiteral("late")));
    clock.set(start + 29999);
    QVERIFY(link.advance().empty());
    QCOMPARE(link.phase(), ChaosLink::Phase::Flowing);
    clock.set(start + 30000);
    QVERIFY(link.advance().empty());
    QCOMPARE(link.phase(), ChaosLink::Phase::Cut);
    // What was on its way is gone, and nothing more goes in.
    QCOMPARE(link.queuedBytes(out), 0);
    QCOMPARE(link.push(message(out, QStringLiteral("after"))), ChaosLink::Outcome::Swallowed);
    QCOMPARE(link.nextWakeUp(), -1);
}

void tst_ChaosLink::disconnectAfterMessagesCutsTheLink()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("disconnect-after=3msgs")), &clock);
    // A millisecond apart: at the same time, the outgoing direction goes first.
    link.push(message(out, QStringLiteral("1")));
    link.push(ping());
    clock.advance(1);
    link.push(message(in, QStringLiteral("2")));
    clock.advance(1);
    link.push(message(out, QStringLiteral("3")));
    link.push(message(out, QStringLiteral("4")));
    // The third message arrives, then the link is cut; the ping does not count.
    const std::vector<ChaosLink::Item> arrived = link.advance();
    QCOMPARE(arrived.size(), size_t(4));
    QCOMPARE(arrived.back().text, QStringLiteral("3"));
    QCOMPARE(link.arrivedMessages(), 3);
    QCOMPARE(link.phase(), ChaosLink::Phase::Cut);
}

void tst_ChaosLink::blackholeStopsEverythingBothWays()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("blackhole-after=10s&latency=100ms")), &clock);
    const qint64 start = clock.now();
    link.push(message(out, QStringLiteral("before")));
    clock.set(start + 100);
    QCOMPARE(texts(link.advance()), QStringList(QStringLiteral("before")));
    clock.set(start + 9950);
    link.push(message(out, QStringLiteral("caught")));
    link.push(message(in, QStringLiteral("caught too")));
    clock.set(start + 10000);
    QVERIFY(link.advance().empty());
    QCOMPARE(link.phase(), ChaosLink::Phase::Blackholed);
    // Nothing arrives, however long one waits, and nothing more goes in, pings included.
    QCOMPARE(link.push(message(out, QStringLiteral("into the void"))),
             ChaosLink::Outcome::Swallowed);
    QCOMPARE(link.push(ping()), ChaosLink::Outcome::Swallowed);
    QCOMPARE(link.push(message(in, QStringLiteral("from the void"))),
             ChaosLink::Outcome::Swallowed);
    QCOMPARE(link.nextWakeUp(), -1);
    clock.set(start + 3600 * 1000);
    QVERIFY(link.advance().empty());
    QCOMPARE(link.phase(), ChaosLink::Phase::Blackholed);
}

void tst_ChaosLink::blackholeAfterMessages()
{
    ManualClock clock;
    ChaosLink link(conditions(QStringLiteral("blackhole-after=2msgs")), &clock);
    link.push(message(out, QStringLiteral("1")));
    clock.advance(1);
    link.push(message(in, QStringLiteral("2")));
    clock.advance(1);
    link.push(message(out, QStringLiteral("3")));
    QCOMPARE(texts(link.advance()), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(link.phase(), ChaosLink::Phase::Blackholed);
}

namespace {

// A ChaosConnection around a RecordingConnection, on a clock the test moves.
struct Wrapped
{
    explicit Wrapped(const QString &query)
    {
        auto owned = std::make_unique<ManualClock>();
        clock = owned.get();
        inner = new RecordingConnection;
        connection = std::make_unique<ChaosConnection>(inner, conditions(query), std::move(owned));
    }
    // Moves the clock to ms after the start and lets the connection catch up.
    void at(qint64 ms)
    {
        clock->set(1000 + ms);
        connection->advance();
    }

    ManualClock *clock = nullptr;
    RecordingConnection *inner = nullptr;
    std::unique_ptr<ChaosConnection> connection;
};

} // namespace

void tst_ChaosLink::connectionReportsInjectedLoss()
{
    Wrapped wrapped(QStringLiteral("loss=100%"));
    QSignalSpy notices(wrapped.connection.get(), &Banter::Connection::noticeReported);
    QVERIFY(wrapped.connection->sendText(QStringLiteral("lost")));
    wrapped.inner->receive(QStringLiteral("lost too"));
    wrapped.at(1);
    QCOMPARE(wrapped.inner->sent, QStringList());
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.at(0).at(0).toString(),
             QStringLiteral("network conditions: a sent message was dropped (injected loss)"));
    QCOMPARE(notices.at(1).at(0).toString(),
             QStringLiteral("network conditions: a received message was dropped (injected loss)"));
}

void tst_ChaosLink::connectionBlackholeLeavesPingsUnanswered()
{
    Wrapped wrapped(QStringLiteral("blackhole-after=10s"));
    QSignalSpy pongs(wrapped.connection.get(), &Banter::Connection::pongReceived);
    QSignalSpy notices(wrapped.connection.get(), &Banter::Connection::noticeReported);
    QSignalSpy received(wrapped.connection.get(), &Banter::Connection::textReceived);
    QVERIFY(wrapped.connection->ping("1"));
    wrapped.at(0); // the ping goes out, the peer answers
    wrapped.at(0); // the pong comes back
    QCOMPARE(pongs.size(), 1);

    wrapped.at(10000);
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.at(0).at(0).toString().contains(QLatin1String("black hole")));
    // Still open, but nothing moves.
    QCOMPARE(wrapped.connection->state(), Banter::Connection::State::Open);
    QVERIFY(wrapped.connection->ping("2"));
    QVERIFY(wrapped.connection->sendText(QStringLiteral("into the void")));
    wrapped.inner->receive(QStringLiteral("from the void"));
    wrapped.at(60000);
    QCOMPARE(wrapped.inner->pings, QByteArrayList({"1"}));
    QCOMPARE(wrapped.inner->sent, QStringList());
    QCOMPARE(pongs.size(), 1);
    QCOMPARE(received.size(), 0);
}

void tst_ChaosLink::connectionCutClosesWithAnError()
{
    Wrapped wrapped(QStringLiteral("disconnect-after=2msgs"));
    QSignalSpy errors(wrapped.connection.get(), &Banter::Connection::errorOccurred);
    for (const char *text : {"1", "2", "3"})
        QVERIFY(wrapped.connection->sendText(QString::fromLatin1(text)));
    QCOMPARE(wrapped.connection->state(), Banter::Connection::State::Open);
    wrapped.at(0);
    QCOMPARE(wrapped.inner->sent, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(wrapped.connection->state(), Banter::Connection::State::Closed);
    QCOMPARE(wrapped.connection->closeCode(), int(Banter::Connection::CloseCode::Abnormal));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).toString(),
             QStringLiteral("network conditions: disconnected after 2 messages (injected)"));
    QVERIFY(!wrapped.connection->sendText(QStringLiteral("closed")));
}

void tst_ChaosLink::connectionPeerCloseArrivesBehindItsMessages()
{
    Wrapped wrapped(QStringLiteral("latency=100ms"));
    QSignalSpy received(wrapped.connection.get(), &Banter::Connection::textReceived);
    QSignalSpy states(wrapped.connection.get(), &Banter::Connection::stateChanged);
    wrapped.inner->receive(QStringLiteral("last words"));
    wrapped.inner->drop(1001);
    wrapped.at(99);
    QCOMPARE(received.size(), 0);
    QCOMPARE(wrapped.connection->state(), Banter::Connection::State::Open);
    wrapped.at(100);
    QCOMPARE(received.size(), 1);
    QCOMPARE(wrapped.connection->state(), Banter::Connection::State::Closed);
    QCOMPARE(wrapped.connection->closeCode(), 1001);
    QCOMPARE(states.size(), 1);
}

void tst_ChaosLink::connectionPongTellsTheDelayedRoundTrip()
{
    Wrapped wrapped(QStringLiteral("latency=40ms"));
    QSignalSpy pongs(wrapped.connection.get(), &Banter::Connection::pongReceived);
    QVERIFY(wrapped.connection->ping("x"));
    wrapped.at(40);
    QCOMPARE(wrapped.inner->pings, QByteArrayList({"x"}));
    QCOMPARE(pongs.size(), 0);
    wrapped.at(80);
    QCOMPARE(pongs.size(), 1);
    QCOMPARE(pongs.at(0).at(0).toULongLong(), 80u);
    QCOMPARE(pongs.at(0).at(1).toByteArray(), QByteArray("x"));
}

QTEST_GUILESS_MAIN(tst_ChaosLink)
#include "tst_chaoslink.moc"
