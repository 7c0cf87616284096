// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopturn.h"

#include <QAbstractEventDispatcher>
#include <QPointer>

namespace BanterWs {

namespace {

struct Counter
{
    QPointer<QAbstractEventDispatcher> dispatcher;
    quint64 turn = 0;
};

} // namespace

quint64 EventLoopTurn::current()
{
    thread_local Counter counter;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher)
        return 0;
    if (counter.dispatcher != dispatcher) {
        // The first call in this thread, or the thread's dispatcher was replaced.
        counter.dispatcher = dispatcher;
        Counter *own = &counter;
        QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, dispatcher,
                         [own] { ++own->turn; });
        ++counter.turn;
    }
    return counter.turn;
}

} // namespace BanterWs
