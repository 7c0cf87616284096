// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimerSchedule on a clock of the test's own: which timers fire, in which order, and when next.

#include <timerschedule.h>

#include <QTest>
#include <QTimerEvent>

#include <functional>

using Banter::TimerSchedule;
using namespace std::chrono_literals;

namespace {

// Records the timers it is sent; onTimer runs inside the handler.
class Recorder : public QObject
{
public:
    QList<int> fired;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        fired.append(event->timerId());
        if (onTimer)
            onTimer(event->timerId());
    }
};

const TimerSchedule::Clock::time_point t0{std::chrono::seconds(1000)};

} // namespace

class TimerScheduleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesDueTimersInDeadlineOrder()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 30, Qt::PreciseTimer, &recorder, t0);
        schedule.add(2, 10, Qt::PreciseTimer, &recorder, t0);
        schedule.add(3, 20, Qt::CoarseTimer, &recorder, t0);
        QCOMPARE(schedule.nextDeadline(), t0 + 10ms);

        QCOMPARE(schedule.fire(t0 + 9ms), 0);
        QVERIFY(recorder.fired.isEmpty());
        QCOMPARE(schedule.fire(t0 + 25ms), 2);
        QCOMPARE(recorder.fired, QList<int>({2, 3}));
        QCOMPARE(schedule.fire(t0 + 30ms), 1);
        QCOMPARE(recorder.fired, QList<int>({2, 3, 1}));
    }

    void repeatsAndSkipsWhatWasMissed()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(7, 10, Qt::PreciseTimer, &recorder, t0);
        QCOMPARE(schedule.fire(t0 + 10ms), 1);
        QCOMPARE(schedule.nextDeadline(), t0 + 20ms); // on its own beat
        // Late by several intervals: one event, and the beat starts again from now.
        QCOMPARE(schedule.fire(t0 + 55ms), 1);
        QCOMPARE(schedule.nextDeadline(), t0 + 65ms);
        QCOMPARE(recorder.fired.size(), 2);
    }

    void zeroIntervalTimerFiresOncePerCall()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 0, Qt::CoarseTimer, &recorder, t0);
        QCOMPARE(schedule.fire(t0), 1);
        QCOMPARE(schedule.nextDeadline(), t0);
        QCOMPARE(schedule.fire(t0), 1);
        QCOMPARE(recorder.fired.size(), 2);
    }

    void veryCoarseTimersAreRoundedToSeconds()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 1400, Qt::VeryCoarseTimer, &recorder, t0);
        schedule.add(2, 1600, Qt::VeryCoarseTimer, &recorder, t0);
        schedule.add(3, 1400, Qt::PreciseTimer, &recorder, t0);
        const auto timers = schedule.timersOf(&recorder);
        QCOMPARE(timers.size(), 3);
        for (const auto &timer : timers) {
            const int expected = timer.timerId == 1 ? 1000 : timer.timerId == 2 ? 2000 : 1400;
            QCOMPARE(timer.interval, expected);
        }
        QCOMPARE(schedule.remainingTime(1, t0), 1000);
    }

    void remainingTime()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 10, Qt::PreciseTimer, &recorder, t0);
        QCOMPARE(schedule.remainingTime(1, t0 + 3ms), 7);
        QCOMPARE(schedule.remainingTime(1, t0 + 9700us), 1); // not due yet: rounded up
        QCOMPARE(schedule.remainingTime(1, t0 + 20ms), 0);
        QCOMPARE(schedule.remainingTime(2, t0), -1);
    }

    void addingAnExistingIdRestartsIt()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 10, Qt::PreciseTimer, &recorder, t0);
        schedule.add(1, 50, Qt::PreciseTimer, &recorder, t0 + 5ms);
        QCOMPARE(schedule.timersOf(&recorder).size(), 1);
        QCOMPARE(schedule.fire(t0 + 20ms), 0);
        QCOMPARE(schedule.fire(t0 + 55ms), 1);
    }

    void removeAllTakesOnlyThatObjectsTimers()
    {
        TimerSchedule schedule;
        Recorder a;
        Recorder b;
        schedule.add(1, 10, Qt::PreciseTimer, &a, t0);
        schedule.add(2, 10, Qt::PreciseTimer, &b, t0);
        schedule.add(3, 20, Qt::PreciseTimer, &a, t0);
        QVERIFY(schedule.removeAll(&a));
        QVERIFY(!schedule.removeAll(&a));
        QVERIFY(schedule.timersOf(&a).isEmpty());
        QCOMPARE(schedule.timersOf(&b).size(), 1);
        QVERIFY(!schedule.remove(1));
        QCOMPARE(schedule.fire(t0 + 1s), 1);
        QVERIFY(a.fired.isEmpty());
        QCOMPARE(b.fired, QList<int>({2}));
        QVERIFY(schedule.remove(2));
        QVERIFY(schedule.isEmpty());
        QCOMPARE(schedule.nextDeadline(), std::nullopt);
    }

    void handlerMayRemoveADueTimer()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 10, Qt::PreciseTimer, &recorder, t0);
        schedule.add(2, 20, Qt::PreciseTimer, &recorder, t0);
        recorder.onTimer = [&](int id) {
            if (id == 1)
                schedule.remove(2);
        };
        QCOMPARE(schedule.fire(t0 + 30ms), 1);
        QCOMPARE(recorder.fired, QList<int>({1}));
    }

    void timerAddedByAHandlerWaitsForTheNextCall()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 10, Qt::PreciseTimer, &recorder, t0);
        recorder.onTimer = [&](int id) {
            if (id == 1)
                schedule.add(2, 0, Qt::PreciseTimer, &recorder, t0 + 10ms);
        };
        QCOMPARE(schedule.fire(t0 + 10ms), 1);
        QCOMPARE(schedule.fire(t0 + 10ms), 1);
        QCOMPARE(recorder.fired, QList<int>({1, 2}));
    }

    // An event loop run inside a timer's handler fires the other due timers, but not that one.
    void nestedCallDoesNotReenterAFiringTimer()
    {
        TimerSchedule schedule;
        Recorder recorder;
        schedule.add(1, 0, Qt::PreciseTimer, &recorder, t0);
        schedule.add(2, 5, Qt::PreciseTimer, &recorder, t0);
        std::optional<TimerSchedule::Clock::time_point> nextInside;
        recorder.onTimer = [&](int id) {
            if (id != 1)
                return;
            nextInside = schedule.nextDeadline();
            QCOMPARE(schedule.fire(t0 + 5ms), 1); // timer 2 only
        };
        QCOMPARE(schedule.fire(t0 + 5ms), 1); // timer 2 was fired inside, not again here
        QCOMPARE(recorder.fired, QList<int>({1, 2}));
        QCOMPARE(nextInside, t0 + 5ms); // the firing zero timer is not what is next
    }
};

QTEST_GUILESS_MAIN(TimerScheduleTest)
#include "tst_timerschedule.moc"
