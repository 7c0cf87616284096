// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatclock.h"

#include <QTimer>

namespace Banter {

RepeatClock::RepeatClock(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RepeatClock::due);
}

void RepeatClock::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void RepeatClock::stop()
{
    m_timer->stop();
}

} // namespace Banter
