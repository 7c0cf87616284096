// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Banter {

namespace {

Q_LOGGING_CATEGORY(lcDispatcher, "banter.dispatcher")

using Clock = TimerSchedule::Clock;

constexpr int maxEventsPerWait = 256;

// What wakes each type of notifier; as Qt's dispatchers have it, an error wakes readers and
// writers, and a hang-up readers. A hang-up also wakes a writer here: a socket that only waits to
// write would otherwise be reported again at once, turn after turn, with nothing woken.
constexpr quint32 wakingEvents[3] = {
    EPOLLIN | EPOLLHUP | EPOLLERR,  // QSocketNotifier::Read
    EPOLLOUT | EPOLLHUP | EPOLLERR, // QSocketNotifier::Write
    EPOLLPRI,                       // QSocketNotifier::Exception
};
constexpr quint32 watchedEvents[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

timespec toTimespec(int microseconds)
{
    return {microseconds / 1000000, long(microseconds % 1000000) * 1000};
}

// epoll_pwait2() (Linux 5.11) waits to the microsecond; older kernels get epoll_wait(), to the
// millisecond, rounded up so that a timer is never woken before it is due.
int waitForEvents(int epollFd, epoll_event *events, int timeoutUs)
{
    static bool hasPwait2 = true;
    if (hasPwait2) {
        const timespec timeout = toTimespec(std::max(timeoutUs, 0));
        const int count = epoll_pwait2(epollFd, events, maxEventsPerWait,
                                       timeoutUs < 0 ? nullptr : &timeout, nullptr);
        if (count >= 0 || errno != ENOSYS)
            return count;
        hasPwait2 = false;
    }
    const int timeoutMs = timeoutUs < 0 ? -1 : (timeoutUs + 999) / 1000;
    return epoll_wait(epollFd, events, maxEventsPerWait, timeoutMs);
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epollFd(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epollFd < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create an epoll instance: %s", std::strerror(errno));
    epoll_event event = {};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    if (epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &event) != 0)
        qFatal("EpollEventDispatcher: cannot watch its eventfd: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epollFd);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    Q_EMIT awake();
    // Events posted from now on call wakeUp(), which makes the wait below return at once.
    QCoreApplication::sendPostedEvents();

    const bool canWait =
        flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.loadRelaxed())
        return false;

    int handled = wait(flags, waitTimeout(flags, canWait));
    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers))
        handled += activate();
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        handled += m_timers.fire(Clock::now());
    return handled > 0;
}

int EpollEventDispatcher::waitTimeout(QEventLoop::ProcessEventsFlags flags, bool canWait) const
{
    if (!canWait)
        return 0;
    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers) &&
        (!m_alwaysReady.empty() || m_readyHead < m_ready.size()))
        return 0;
    if (flags.testFlag(QEventLoop::X11ExcludeTimers))
        return -1;
    const auto deadline = m_timers.nextDeadline();
    if (!deadline)
        return -1;
    const auto left = std::chrono::ceil<std::chrono::microseconds>(*deadline - Clock::now());
    return int(std::clamp<qint64>(left.count(), 0, INT_MAX));
}

int EpollEventDispatcher::wait(QEventLoop::ProcessEventsFlags flags, int timeoutUs)
{
    if (flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) {
        // Only a wake-up or a timer ends this wait: the sockets stay ready for a later turn.
        pollfd wake = {m_wakeFd, POLLIN, 0};
        const timespec timeout = toTimespec(std::max(timeoutUs, 0));
        if (ppoll(&wake, 1, timeoutUs < 0 ? nullptr : &timeout, nullptr) <= 0)
            return 0;
        drainWakeUps();
        return 1;
    }

    applyChanges();
    epoll_event events[maxEventsPerWait];
    const int count = waitForEvents(m_epollFd, events, timeoutUs);
    if (count < 0 && errno != EINTR)
        qCWarning(lcDispatcher, "epoll_wait: %s", std::strerror(errno));
    int woken = 0;
    for (int i = 0; i < count; ++i) {
        if (events[i].data.fd == m_wakeFd) {
            drainWakeUps();
            woken = 1;
        } else {
            collect(events[i].data.fd, events[i].events);
        }
    }
    for (const int fd : m_alwaysReady)
        collect(fd, EPOLLIN | EPOLLOUT);
    return woken;
}

void EpollEventDispatcher::collect(int fd, quint32 events)
{
    if (fd < 0 || size_t(fd) >= m_watches.size())
        return;
    Watch &watch = m_watches[size_t(fd)];
    for (int type = 0; type < 3; ++type) {
        if (watch.notifiers[type] && (events & wakingEvents[type]))
            queue(fd, watch, type);
    }
}

// Adds the notifier of type to the ones to activate in this turn, once.
void EpollEventDispatcher::queue(int fd, Watch &watch, int type)
{
    const quint8 bit = quint8(1 << type);
    if (!(watch.pending & bit)) {
        watch.pending |= bit;
        m_ready.push_back({fd, type});
    }
}

int EpollEventDispatcher::activate()
{
    // m_ready is shared with the turns of event loops that a notifier's handler may run: they
    // go on with this list where it stands, and a notifier is woken once either way.
    int activated = 0;
    while (m_readyHead < m_ready.size()) {
        const Activation next = m_ready[m_readyHead++];
        if (size_t(next.fd) >= m_watches.size())
            continue;
        Watch &watch = m_watches[size_t(next.fd)];
        const quint8 bit = quint8(1 << next.type);
        if (!(watch.pending & bit))
            continue; // unregistered since
        watch.pending &= quint8(~bit);
        QSocketNotifier *notifier = watch.notifiers[next.type];
        const bool wokenAtOnce = next.type == QSocketNotifier::Write && watch.wokenAtOnce;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
        if (wokenAtOnce && size_t(next.fd) < m_watches.size()) {
            // Still writing: the kernel says when there is room again.
            Watch &after = m_watches[size_t(next.fd)];
            after.wokenAtOnce = false;
            if (after.notifiers[QSocketNotifier::Write])
                markChanged(next.fd);
        }
    }
    m_ready.clear();
    m_readyHead = 0;
    return activated;
}

void EpollEventDispatcher::drainWakeUps()
{
    quint64 count = 0;
    [[maybe_unused]] const auto bytes = ::read(m_wakeFd, &count, sizeof count);
    m_wakeUpPending.storeRelease(0);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr fd = notifier->socket();
    if (fd < 0 || fd > INT_MAX) {
        qCWarning(lcDispatcher, "QSocketNotifier: cannot watch socket %lld", qlonglong(fd));
        return;
    }
    if (size_t(fd) >= m_watches.size())
        m_watches.resize(size_t(fd) + 1);
    Watch &watch = m_watches[size_t(fd)];
    const int type = int(notifier->type());
    if (watch.notifiers[type] && watch.notifiers[type] != notifier)
        qCWarning(lcDispatcher, "QSocketNotifier: multiple notifiers of one type for socket %d",
                  int(fd));
    watch.notifiers[type] = notifier;
    if (type == QSocketNotifier::Write && wakeWriterAtOnce(int(fd), watch))
        return;
    markChanged(int(fd));
}

// A socket that is being read from and wants to write almost always has room in its send
// buffer: its writer is woken in this turn without asking the kernel, which saves the two
// epoll_ctl() calls of arming and disarming EPOLLOUT for every reply. Only if it still wants to
// write after that (the buffer was full) is EPOLLOUT armed. A connecting socket, which has no
// reader yet, waits for the kernel: to it a write notification means the connection is made.
bool EpollEventDispatcher::wakeWriterAtOnce(int fd, Watch &watch)
{
    if (!watch.notifiers[QSocketNotifier::Read] || (watch.armed & EPOLLOUT) || watch.alwaysReady)
        return false;
    watch.wokenAtOnce = true;
    queue(fd, watch, QSocketNotifier::Write);
    return true;
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr fd = notifier->socket();
    if (fd < 0 || size_t(fd) >= m_watches.size())
        return;
    Watch &watch = m_watches[size_t(fd)];
    const int type = int(notifier->type());
    if (watch.notifiers[type] != notifier)
        return;
    watch.notifiers[type] = nullptr;
    watch.pending &= quint8(~(1 << type));
    if (type == QSocketNotifier::Write)
        watch.wokenAtOnce = false;
    if (watch.isEmpty())
        forget(int(fd), watch);
    else
        markChanged(int(fd));
}

void EpollEventDispatcher::markChanged(int fd)
{
    Watch &watch = m_watches[size_t(fd)];
    if (!watch.dirty) {
        watch.dirty = true;
        m_changes.push_back(fd);
    }
}

// Hands the kernel what changed since the last wait, once per descriptor.
void EpollEventDispatcher::applyChanges()
{
    for (const int fd : m_changes) {
        if (size_t(fd) >= m_watches.size())
            continue;
        Watch &watch = m_watches[size_t(fd)];
        if (!watch.dirty)
            continue;
        watch.dirty = false;
        quint32 wanted = 0;
        for (int type = 0; type < 3; ++type) {
            if (watch.notifiers[type])
                wanted |= watchedEvents[type];
        }
        if (wanted != watch.armed && !watch.alwaysReady)
            control(fd, watch, wanted);
    }
    m_changes.clear();
}

void EpollEventDispatcher::control(int fd, Watch &watch, quint32 events)
{
    epoll_event event = {};
    event.events = events;
    event.data.fd = fd;
    const int op = watch.armed == 0 ? EPOLL_CTL_ADD : events == 0 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD;
    int result = epoll_ctl(m_epollFd, op, fd, &event);
    // The kernel forgets a descriptor when it is closed; a new one may have its number.
    if (result != 0 && op == EPOLL_CTL_MOD && errno == ENOENT)
        result = epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &event);
    else if (result != 0 && op == EPOLL_CTL_ADD && errno == EEXIST)
        result = epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &event);
    if (result == 0 || (op == EPOLL_CTL_DEL && (errno == ENOENT || errno == EBADF))) {
        watch.armed = events;
    } else if (errno == EPERM) {
        watch.alwaysReady = true;
        m_alwaysReady.push_back(fd);
    } else {
        qCWarning(lcDispatcher, "QSocketNotifier: cannot watch socket %d: %s", fd,
                  std::strerror(errno));
    }
}

// The last notifier of fd is gone: the kernel is told at once, while the descriptor is still
// open, and the table gives back what the highest descriptors held.
void EpollEventDispatcher::forget(int fd, Watch &watch)
{
    if (watch.armed != 0)
        control(fd, watch, 0);
    if (watch.alwaysReady)
        m_alwaysReady.erase(std::find(m_alwaysReady.begin(), m_alwaysReady.end(), fd));
    watch = Watch{};
    while (!m_watches.empty() && m_watches.back().isEmpty())
        m_watches.pop_back();
    if (m_watches.capacity() > 1024 && m_watches.size() < m_watches.capacity() / 4)
        m_watches.shrink_to_fit();
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    m_timers.add(timerId, interval, timerType, object, Clock::now());
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeAll(object);
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    return m_timers.timersOf(object);
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    return m_timers.remainingTime(timerId, Clock::now());
}

void EpollEventDispatcher::wakeUp()
{
    // One write until the loop has woken: postEvent() calls this for every event it posts.
    if (m_wakeUpPending.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        [[maybe_unused]] const auto bytes = ::write(m_wakeFd, &one, sizeof one);
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

} // namespace Banter
