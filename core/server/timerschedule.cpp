// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerschedule.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <vector>

namespace Banter {

namespace {

// Qt's dispatchers round a very coarse timer to the nearest whole second.
qint64 effectiveInterval(qint64 intervalMs, Qt::TimerType type)
{
    if (type != Qt::VeryCoarseTimer)
        return intervalMs;
    return (intervalMs + 500) / 1000 * 1000;
}

} // namespace

void TimerSchedule::add(int id, qint64 intervalMs, Qt::TimerType type, QObject *object,
                        Clock::time_point now)
{
    remove(id);
    const auto interval = std::chrono::milliseconds(effectiveInterval(intervalMs, type));
    Timer timer{interval, type, object, now + interval};
    m_queue.emplace(timer.deadline, id);
    m_timers.emplace(id, timer);
    m_idsByObject.emplace(object, id);
}

bool TimerSchedule::remove(int id)
{
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return false;
    m_queue.erase({it->second.deadline, id});
    forgetObject(it->second.object, id);
    m_timers.erase(it);
    return true;
}

bool TimerSchedule::removeAll(QObject *object)
{
    const auto [first, last] = m_idsByObject.equal_range(object);
    if (first == last)
        return false;
    for (auto it = first; it != last; ++it) {
        const auto timer = m_timers.find(it->second);
        m_queue.erase({timer->second.deadline, it->second});
        m_timers.erase(timer);
    }
    m_idsByObject.erase(first, last);
    return true;
}

QList<QAbstractEventDispatcher::TimerInfo> TimerSchedule::timersOf(QObject *object) const
{
    QList<QAbstractEventDispatcher::TimerInfo> list;
    const auto [first, last] = m_idsByObject.equal_range(object);
    for (auto it = first; it != last; ++it) {
        const Timer &timer = m_timers.at(it->second);
        const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(timer.interval);
        list.append({it->second, int(interval.count()), timer.type});
    }
    return list;
}

int TimerSchedule::remainingTime(int id, Clock::time_point now) const
{
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return -1;
    if (it->second.deadline <= now)
        return 0;
    // Rounded up: a timer that is due in 0.3 ms has not fired yet.
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(it->second.deadline - now);
    return int(left.count());
}

std::optional<TimerSchedule::Clock::time_point> TimerSchedule::nextDeadline() const
{
    for (const Key &key : m_queue) {
        if (!m_timers.at(key.second).firing)
            return key.first;
    }
    return std::nullopt;
}

int TimerSchedule::fire(Clock::time_point now)
{
    // The ids first: a handler may add, remove or restart any timer, this one included.
    std::vector<int> due;
    for (const Key &key : m_queue) {
        if (key.first > now)
            break;
        due.push_back(key.second);
    }
    int fired = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.deadline > now || it->second.firing)
            continue;
        reschedule(id, it->second, now);
        QObject *object = it->second.object;
        it->second.firing = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        it = m_timers.find(id); // the handler may have removed it, and the table rehashed
        if (it != m_timers.end())
            it->second.firing = false;
    }
    return fired;
}

void TimerSchedule::reschedule(int id, Timer &timer, Clock::time_point now)
{
    m_queue.erase({timer.deadline, id});
    timer.deadline += timer.interval;
    if (timer.deadline <= now) // fell behind: skip what was missed rather than fire in a burst
        timer.deadline = now + timer.interval;
    m_queue.emplace(timer.deadline, id);
}

void TimerSchedule::forgetObject(QObject *object, int id)
{
    const auto [first, last] = m_idsByObject.equal_range(object);
    for (auto it = first; it != last; ++it) {
        if (it->second == id) {
            m_idsByObject.erase(it);
            return;
        }
    }
}

} // namespace Banter
