// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosclock.h"

#include <QElapsedTimer>

namespace BanterChaos {

// The real time, in milliseconds since the clock was made (QElapsedTimer: monotonic).
class ChaosSteadyClock : public ChaosClock
{
public:
    ChaosSteadyClock();
    qint64 now() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace BanterChaos
