// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterserverglobal.h"

#include <QAbstractEventDispatcher>
#include <QList>

#include <chrono>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace Banter {

// The timers of an event dispatcher (EpollEventDispatcher): when the next one is due, and a
// QTimerEvent to each that is. Every operation is logarithmic in the number of timers, so that a
// server with a timer per client does not slow down with the crowd.
//
// Precise and coarse timers are kept to the microsecond; very coarse ones are rounded to whole
// seconds, as Qt's own dispatchers do. A timer whose QTimerEvent is being handled is not sent
// another one from an event loop run inside that handler.
class BANTERSERVER_EXPORT TimerSchedule
{
public:
    using Clock = std::chrono::steady_clock;

    void add(int id, qint64 intervalMs, Qt::TimerType type, QObject *object, Clock::time_point now);
    bool remove(int id);
    // Removes every timer of object; false if it had none.
    bool removeAll(QObject *object);
    QList<QAbstractEventDispatcher::TimerInfo> timersOf(QObject *object) const;
    // Milliseconds until the timer is due (0 if it is overdue), or -1 if there is no such timer.
    int remainingTime(int id, Clock::time_point now) const;
    // When the earliest timer that may fire now is due; none if there is none.
    std::optional<Clock::time_point> nextDeadline() const;
    // Sends a QTimerEvent to each timer due at now, earliest first; returns how many were sent.
    int fire(Clock::time_point now);

    bool isEmpty() const { return m_timers.empty(); }

private:
    struct Timer
    {
        Clock::duration interval;
        Qt::TimerType type;
        QObject *object;
        Clock::time_point deadline;
        bool firing = false;
    };
    using Key = std::pair<Clock::time_point, int>;

    void reschedule(int id, Timer &timer, Clock::time_point now);
    void forgetObject(QObject *object, int id);

    std::unordered_map<int, Timer> m_timers;
    std::set<Key> m_queue; // (deadline, id), earliest first
    std::unordered_multimap<QObject *, int> m_idsByObject;
};

} // namespace Banter
