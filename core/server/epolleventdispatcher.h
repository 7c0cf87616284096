// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterserverglobal.h"
#include "timerschedule.h"

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QSocketNotifier>

#include <vector>

namespace Banter {

// An event dispatcher on Linux's epoll, for servers with thousands of clients. Qt's own
// dispatchers hand every socket to poll() on every turn of the event loop and then walk all of
// them, so a turn costs in proportion to the clients connected, busy or not; here a turn costs in
// proportion to the sockets that have something to say. Install it before the application object
// exists:
//
//     QCoreApplication::setEventDispatcher(new Banter::EpollEventDispatcher);
//     QCoreApplication app(argc, argv);
//
// Socket notifiers are level-triggered, like Qt's. Enabling and disabling notifiers during a turn
// is collected and handed to the kernel once, before the next wait, so that a notifier that is
// disabled and enabled again within a turn (a socket that drains its write buffer and then writes
// the next reply) costs no system call. A descriptor that epoll cannot watch (a regular file) is
// always ready, as poll() says of it.
class BANTERSERVER_EXPORT EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    // What is known of one file descriptor; the table is indexed by descriptor.
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {}; // by QSocketNotifier::Type
        quint32 armed = 0;                  // the events the kernel watches for
        quint8 pending = 0;                 // bit per type: to be activated in this turn
        bool dirty = false;                 // in m_changes
        bool alwaysReady = false;           // epoll cannot watch it
        bool wokenAtOnce = false;           // its writer, without asking the kernel
        bool isEmpty() const { return !notifiers[0] && !notifiers[1] && !notifiers[2]; }
    };
    struct Activation
    {
        int fd;
        int type;
    };

    bool wakeWriterAtOnce(int fd, Watch &watch);
    void queue(int fd, Watch &watch, int type);
    void markChanged(int fd);
    void applyChanges();
    void control(int fd, Watch &watch, quint32 events);
    void forget(int fd, Watch &watch);
    int waitTimeout(QEventLoop::ProcessEventsFlags flags, bool canWait) const;
    int wait(QEventLoop::ProcessEventsFlags flags, int timeoutUs);
    void collect(int fd, quint32 events);
    int activate();
    void drainWakeUps();

    int m_epollFd = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakeUpPending;
    QAtomicInt m_interrupted;
    std::vector<Watch> m_watches;
    std::vector<int> m_changes;
    std::vector<int> m_alwaysReady;
    std::vector<Activation> m_ready; // to be activated, from m_readyHead on
    size_t m_readyHead = 0;
    TimerSchedule m_timers;
};

} // namespace Banter
