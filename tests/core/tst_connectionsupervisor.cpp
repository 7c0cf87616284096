// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeconnection.h"

#include <connectionsupervisor.h>

#include <QtTest>

#include <cmath>

using namespace Banter;
using namespace std::chrono_literals;

class tst_ConnectionSupervisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reconnectsAfterEveryLossWithGrowingDelays();
    void delaysAreSpreadByTheJitter_data();
    void delaysAreSpreadByTheJitter();
    void backoffStartsOverOnlyOnceAConnectionStayedOpen();
    void stopEndsRetrying();
    void reconnectNowSkipsTheWait();
    void openThatTakesTooLongIsAbandoned();
    void missingPongDeclaresTheConnectionDead();
    void answeredPingsKeepTheConnectionAndMeasureRoundTrips();
    void foreignPongsAreIgnored();
    void noRetryWhenReconnectingIsOff();

private:
    ConnectionSupervisor::Settings fastSettings() const;

    std::unique_ptr<FakeConnection> m_connection;
    std::unique_ptr<ConnectionSupervisor> m_supervisor;
    const QUrl m_url{QStringLiteral("fake://server")};
};

ConnectionSupervisor::Settings tst_ConnectionSupervisor::fastSettings() const
{
    ConnectionSupervisor::Settings settings;
    settings.reconnect.initial = 10ms;
    settings.reconnect.maximum = 40ms;
    settings.reconnect.jitter = 0.0;
    settings.openTimeout = 0ms;
    settings.heartbeatInterval = 0ms;
    settings.heartbeatTimeout = 0ms;
    return settings;
}

void tst_ConnectionSupervisor::init()
{
    m_connection = std::make_unique<FakeConnection>();
    m_supervisor = std::make_unique<ConnectionSupervisor>();
    m_supervisor->setSettings(fastSettings());
    m_supervisor->setRandomSource([] { return 0.5; });
}

void tst_ConnectionSupervisor::cleanup()
{
    m_supervisor.reset();
    m_connection.reset();
}

void tst_ConnectionSupervisor::reconnectsAfterEveryLossWithGrowingDelays()
{
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->becomeOpen();
    QVERIFY(scheduled.isEmpty());

    const QList<qint64> expected{10, 20, 40, 40};
    for (int i = 0; i < expected.size(); ++i) {
        m_connection->drop(); // the peer went away, or this attempt failed
        QCOMPARE(scheduled.size(), i + 1);
        QCOMPARE(scheduled.last().at(0).toInt(), i + 1);
        QCOMPARE(scheduled.last().at(1).toLongLong(), expected.at(i));
        QVERIFY(m_supervisor->isReconnectPending());
        QTRY_COMPARE(m_connection->opens, i + 2);
        QCOMPARE(m_connection->url(), m_url);
        QCOMPARE(m_connection->state(), Connection::State::Connecting);
    }
}

void tst_ConnectionSupervisor::delaysAreSpreadByTheJitter_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<qint64>>("delays");
    // ±20 % of 1 s, 2 s, 4 s, at the two ends of the random source and in its middle.
    QTest::newRow("lowest") << 0.0 << QList<qint64>{800, 1600, 3200};
    QTest::newRow("middle") << 0.5 << QList<qint64>{1000, 2000, 4000};
    QTest::newRow("highest") << std::nextafter(1.0, 0.0) << QList<qint64>{1200, 2400, 4800};
}

void tst_ConnectionSupervisor::delaysAreSpreadByTheJitter()
{
    QFETCH(double, random);
    QFETCH(QList<qint64>, delays);
    auto settings = fastSettings();
    settings.reconnect.initial = 1s;
    settings.reconnect.maximum = 1h;
    settings.reconnect.jitter = 0.2;
    m_supervisor->setSettings(settings);
    m_supervisor->setRandomSource([random] { return random; });
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    for (const qint64 delay : delays) {
        m_connection->drop();
        QCOMPARE(scheduled.last().at(1).toLongLong(), delay);
        m_supervisor->reconnectNow(); // no wait: the delay is what is looked at
    }
}

void tst_ConnectionSupervisor::backoffStartsOverOnlyOnceAConnectionStayedOpen()
{
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->drop();
    QTRY_COMPARE(m_connection->opens, 2);
    m_connection->drop();
    QCOMPARE(scheduled.last().at(0).toInt(), 2);
    QTRY_COMPARE(m_connection->opens, 3);

    // Open, and closed again before stableAfter (10 s): the delays go on growing.
    m_connection->becomeOpen();
    QCOMPARE(m_supervisor->attempt(), 2);
    m_connection->drop();
    QCOMPARE(scheduled.last().at(0).toInt(), 3);
    QCOMPARE(scheduled.last().at(1).toLongLong(), 40);
    QTRY_COMPARE(m_connection->opens, 4);

    // Open for stableAfter: the next loss is retried as the first.
    ConnectionSupervisor::Settings settings = fastSettings();
    settings.stableAfter = 1ms;
    m_supervisor->setSettings(settings);
    m_connection->becomeOpen();
    QTRY_COMPARE(m_supervisor->attempt(), 0);
    m_connection->drop();
    QCOMPARE(scheduled.last().at(0).toInt(), 1);
    QCOMPARE(scheduled.last().at(1).toLongLong(), 10);
}

void tst_ConnectionSupervisor::stopEndsRetrying()
{
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->becomeOpen();
    m_supervisor->stop();
    m_connection->drop();
    QVERIFY(scheduled.isEmpty());
    QVERIFY(!m_supervisor->isReconnectPending());

    // Stopping while a retry waits cancels it too.
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->drop();
    QVERIFY(m_supervisor->isReconnectPending());
    m_supervisor->stop();
    QVERIFY(!m_supervisor->isReconnectPending());
    const int opens = m_connection->opens;
    QTest::qWait(60); // longer than any delay of fastSettings(): nothing may happen
    QCOMPARE(m_connection->opens, opens);
}

void tst_ConnectionSupervisor::reconnectNowSkipsTheWait()
{
    auto settings = fastSettings();
    settings.reconnect.initial = 1h;
    settings.reconnect.maximum = 1h;
    m_supervisor->setSettings(settings);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->drop();
    QVERIFY(m_supervisor->isReconnectPending());
    QVERIFY(m_supervisor->msecsUntilReconnect() > 60 * 1000);

    QSignalSpy reconnecting(m_supervisor.get(), &ConnectionSupervisor::reconnecting);
    m_supervisor->reconnectNow();
    QCOMPARE(reconnecting.size(), 1);
    QCOMPARE(m_connection->opens, 2);
    QVERIFY(!m_supervisor->isReconnectPending());

    // After a manual disconnect too.
    m_connection->becomeOpen();
    m_supervisor->stop();
    m_connection->drop();
    m_supervisor->reconnectNow();
    QCOMPARE(m_connection->opens, 3);
}

void tst_ConnectionSupervisor::openThatTakesTooLongIsAbandoned()
{
    auto settings = fastSettings();
    settings.openTimeout = 20ms;
    settings.reconnect.initial = 1h; // no retry of its own while the test looks
    settings.reconnect.maximum = 1h;
    m_supervisor->setSettings(settings);
    QSignalSpy timedOut(m_supervisor.get(), &ConnectionSupervisor::openTimedOut);
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url); // and never opens

    QTRY_COMPARE(timedOut.size(), 1);
    QCOMPARE(timedOut.first().at(0).toLongLong(), 20);
    QCOMPARE(m_connection->aborts, 1);
    QCOMPARE(scheduled.size(), 1);

    // An open in time cancels the timeout: it opens before the event loop runs again, however
    // busy the machine is.
    m_supervisor->reconnectNow();
    QCOMPARE(m_connection->opens, 2);
    m_connection->becomeOpen();
    QTest::qWait(60);
    QCOMPARE(timedOut.size(), 1);
    QCOMPARE(m_connection->aborts, 1);
}

void tst_ConnectionSupervisor::missingPongDeclaresTheConnectionDead()
{
    auto settings = fastSettings();
    settings.heartbeatInterval = 10ms;
    settings.heartbeatTimeout = 30ms;
    settings.reconnect.initial = 1h; // stays closed while the test looks
    settings.reconnect.maximum = 1h;
    m_supervisor->setSettings(settings);
    QSignalSpy missed(m_supervisor.get(), &ConnectionSupervisor::heartbeatMissed);
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->becomeOpen();

    QTRY_COMPARE(missed.size(), 1);
    QCOMPARE(missed.first().at(0).toLongLong(), 30);
    QVERIFY(!m_connection->pings.isEmpty());
    QCOMPARE(m_connection->aborts, 1);
    QCOMPARE(m_connection->state(), Connection::State::Closed);
    QCOMPARE(scheduled.size(), 1);
}

void tst_ConnectionSupervisor::answeredPingsKeepTheConnectionAndMeasureRoundTrips()
{
    auto settings = fastSettings();
    settings.heartbeatInterval = 5ms;
    settings.heartbeatTimeout = 30ms;
    m_supervisor->setSettings(settings);
    m_connection->answersPings = true;
    QSignalSpy missed(m_supervisor.get(), &ConnectionSupervisor::heartbeatMissed);
    QSignalSpy acknowledged(m_supervisor.get(), &ConnectionSupervisor::acknowledged);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->becomeOpen();

    QTRY_VERIFY(acknowledged.size() >= 10);
    QVERIFY(missed.isEmpty());
    QCOMPARE(m_connection->aborts, 0);
    quint64 previous = 0;
    for (const QList<QVariant> &arguments : std::as_const(acknowledged)) {
        QVERIFY(arguments.at(0).toULongLong() > previous);
        previous = arguments.at(0).toULongLong();
        QVERIFY(arguments.at(1).toLongLong() >= 0);
    }
}

void tst_ConnectionSupervisor::foreignPongsAreIgnored()
{
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->becomeOpen();
    QSignalSpy acknowledged(m_supervisor.get(), &ConnectionSupervisor::acknowledged);
    const quint64 sequence = m_supervisor->sendPing();
    QVERIFY(sequence > 0);
    Q_EMIT m_connection->pongReceived(0, QByteArray("not ours"));
    Q_EMIT m_connection->pongReceived(0, QByteArray(8, '\xff'));
    QVERIFY(acknowledged.isEmpty());
    Q_EMIT m_connection->pongReceived(0, m_connection->pings.last());
    QCOMPARE(acknowledged.size(), 1);
    QCOMPARE(acknowledged.first().at(0).toULongLong(), sequence);
    Q_EMIT m_connection->pongReceived(0, m_connection->pings.last()); // a repeat
    QCOMPARE(acknowledged.size(), 1);

    m_connection->drop();
    QCOMPARE(m_supervisor->sendPing(), quint64(0)); // not open: no ping
}

void tst_ConnectionSupervisor::noRetryWhenReconnectingIsOff()
{
    auto settings = fastSettings();
    settings.reconnects = false;
    m_supervisor->setSettings(settings);
    QSignalSpy scheduled(m_supervisor.get(), &ConnectionSupervisor::reconnectScheduled);
    m_supervisor->supervise(m_connection.get(), m_url);
    m_connection->open(m_url);
    m_connection->drop();
    QVERIFY(scheduled.isEmpty());
    QVERIFY(!m_supervisor->isReconnectPending());
}

QTEST_GUILESS_MAIN(tst_ConnectionSupervisor)
#include "tst_connectionsupervisor.moc"
